Interview ID: AM-MRT-610
Date: 2021-06-14
Location: [[Martuni|PLACE]]
Language: Armenian
Interviewer: [[Elise Brekke|PERSON]]
Interpreter: [[Ani Harutyunyan|PERSON]]

INT: Please tell me who you are.
RESP: [[Seyran Avanesyan|PERSON]]. Sixty-one. I grow grapes and some wheat. All my life in [[Martuni|PLACE]], also in the first war, in [[the nineties|DATE:1990-01-01..1999-12-31]]. My wife [[Knarik|PERSON]] and I, and our son [[Hayk|PERSON]], he is twenty.
INT: What happened in [[Martuni|PLACE]] when the war began?
RESP: From the first morning the [[Grad|WEAPON:ROCKET]] fell on the town. And [[artillery|WEAPON:ARTILLERY]], big [[shells|WEAPON:ARTILLERY]], and [[mortars|WEAPON:MORTAR]] on the villages closer to the front. We went to the cellar with the wine, it is stone, old. {{c1|On [[the third day|DATE:2020-09-29]], I think [[the 29th|DATE:2020-09-29]], a [[Grad|WEAPON:ROCKET]] fell in the street behind the school. Our neighbour [[Babken|PERSON]], he was seventy, he went out to feed his chickens. He died there in the street.}} {{c2|His granddaughter [[Mane|PERSON]], eleven, was behind him in the door, she was cut in the face and the stomach.}} I carried her to the car myself.
INT: Who fired the [[rockets|WEAPON:ROCKET]], in your view?
RESP: [[The Azerbaijanis|ACTOR:Azerbaijani forces]]. We call them [[the Turks|ACTOR:Azerbaijani forces]], it is the same for us, excuse me. They fired from the east, from the plain. In [[Martuni|PLACE]] itself there was no fighting in the streets, the front was far, eight, ten kilometres.
INT: You mentioned [[drones|WEAPON:DRONE_STRIKE]] before we started.
RESP: Yes. [[The Bayraktar|WEAPON:DRONE_STRIKE]]. You hear it like a mosquito, very high, all day. {{c3,c7,c8|In [[the second week|DATE:2020-10-04..2020-10-10]], the brothers [[Gagik|PERSON]] and [[Aram Ohanyan|PERSON]] drove to [[Stepanakert|PLACE]] for bread and medicine, in their Niva, and on the road near [[Karmir Shuka|PLACE]] [[the drone|WEAPON:DRONE_STRIKE]] hit the car.}} {{c3,c7|[[Gagik|PERSON]] died, [[Aram|PERSON]] lost his arm.}} I did not see it; [[Aram|PERSON]] told me himself, in the hospital.
INT: And your son?
RESP: [pause] [[Hayk|PERSON]] was doing his army service when the war started. {{c4|On [[the 16th of October|DATE:2020-10-16]] he called us for the last time, from near [[Jrakan|PLACE:Jabrayil]]. Since [[that day|DATE]] we do not know anything. Not in the lists of the dead, not in the lists of prisoners.}}
INTERPRETER: [[Jrakan|PLACE:Jabrayil]] is the Armenian name. The Azerbaijanis say [[Jabrayil|PLACE]].
RESP: [[Knarik|PERSON]] goes every week to the office of the missing in [[Stepanakert|PLACE]]. Every week.
INT: I'm very sorry. Did you hear about what happened in [[Hadrut|PLACE]]?
RESP: I heard, yes. My cousin [[Ruben|PERSON]] was married to a woman from [[Taghaser|PLACE]], near [[Hadrut|PLACE]]. {{c5|Her old father and mother did not leave the village, they said who will touch two old people. [[Ruben|PERSON]] says [[the soldiers|ACTOR:Azerbaijani forces]] found them in their house and shot them both with [[automatic rifles|WEAPON:SMALL_ARMS]], in [[the middle of October|DATE:2020-10-10..2020-10-20]].}} {{c5|Their names were [[Suren|PERSON]] and [[Zhenya|PERSON]].}} This I only know from [[Ruben|PERSON]], and he knows from a video. I did not see the video. I don't want to see it.
INT: Has anything happened since the ceasefire?
RESP: The [[mines|WEAPON:LANDMINE]]. {{c6|[[Last month|DATE:2021-05-01..2021-05-31]], the son of [[Ruben|PERSON]], [[Gor|PERSON]], nineteen, went to the fields near [[Taghavard|PLACE]] to cut grass and stepped on a [[mine|WEAPON:LANDMINE]]. He lost his foot.}} Whose [[mine|WEAPON:LANDMINE]], nobody knows, maybe ours from [[the nineties|DATE:1990-01-01..1999-12-31]], maybe theirs from [[last autumn|DATE:2020-09-01..2020-11-30]]. The fields around [[Taghavard|PLACE]] are a [[minefield|WEAPON:LANDMINE]] now, all of it. If the war had not stopped in [[November|DATE:2020-11-01..2020-11-30]], they would have taken [[Martuni|PLACE]] also, everybody says.
INT: Is there anything else you want to say?
RESP: Write the name of my son. [[Hayk Avanesyan|PERSON]]. Born [[2000|DATE:2000-01-01..2000-12-31]].
@@claim c1 harm=KILLED min=1 max=1 named="Babken" weapon=ROCKET actor="Azerbaijani forces" site="Martuni" date=2020-09-29 basis=WITNESSED incident=am-martuni-20200929-school-street-grad
@@claim c2 harm=INJURED min=1 max=1 named="Mane" weapon=ROCKET actor="Azerbaijani forces" site="Martuni" date=2020-09-29 basis=WITNESSED incident=am-martuni-20200929-school-street-grad
@@claim c3 harm=KILLED min=1 max=1 named="Gagik" weapon=DRONE_STRIKE site="Karmir Shuka" date=2020-10-04..2020-10-10 basis=HEARSAY incident=am-karmirshuka-20201000-ohanyan-niva-drone
@@claim c7 harm=INJURED min=1 max=1 named="Aram" weapon=DRONE_STRIKE site="Karmir Shuka" date=2020-10-04..2020-10-10 basis=HEARSAY incident=am-karmirshuka-20201000-ohanyan-niva-drone
@@claim c4 harm=MISSING min=1 max=1 named="Hayk" site="Jrakan" date=2020-10-16 basis=EXPERIENCED incident=am-jrakan-20201016-hayk-avanesyan-missing
@@claim c5 harm=KILLED min=2 max=2 named="Suren; Zhenya" weapon=SMALL_ARMS actor="Azerbaijani forces" site="Taghaser" date=2020-10-10..2020-10-20 basis=HEARSAY incident=am-hadrut-20201015-taghaser-elderly-couple
@@claim c6 harm=INJURED min=1 max=1 named="Gor" weapon=LANDMINE site="Taghavard" date=2021-05-01..2021-05-31 basis=HEARSAY incident=am-taghavard-20210500-gor-mine
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Karmir Shuka" date=2020-10-04..2020-10-10 basis=HEARSAY incident=am-karmirshuka-20201000-ohanyan-niva-drone
@@witness am-martuni-seyran-avanesyan
