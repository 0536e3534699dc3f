INTERVIEW RECORD
Interview ID: YE-TAZ-3408
Date: 7 November 2020
Location: [[Taiz|PLACE]], [[Bir Basha|PLACE]]
Language: Arabic
Interviewer: [[Nadia Ferhat|PERSON]]
Q: Please tell me your name and where you live.
A: [[Ilham al-Sharjabi|PERSON]]. [[Umm Fawaz|PERSON]]. We live in [[Bir Basha|PLACE]] now, but before the war we lived in the centre, near the [[Sameel market|PLACE:Samil market]], my husband has a shop of spices there.
Q: You were at the market when it was shelled, in [[2018|DATE:2018-01-01..2018-12-31]]?
A: Yes. It was [[a Wednesday|DATE:2018-03-14]], in [[March|DATE:2018-03-01..2018-03-31]], [[the middle of March|DATE:2018-03-11..2018-03-20]]. I went to my husband's shop in [[the morning|DATE:2018-03-14]] to take money for the gas.
A: I was standing at the door of the shop and I heard the whistle. My husband pulled me inside. It was the [[Katyusha|WEAPON:ROCKET]], people say [[hawn|WEAPON:MORTAR]], but I heard the whistle long, like the [[Katyusha|WEAPON:ROCKET]]. From the [[Houthis|ACTOR:Houthis]], from the [[Salah palace|PLACE]] side, everybody knows where they fire from.
A: {{c1|The glass of the shop came on us, the shelves fell, the turmeric, the cumin, all on the floor, yellow and red, and the walls cracked from the door to the roof.}}
A: {{c2|My husband [[Abdulwahab|PERSON]] had blood on his face and his arm, small pieces of glass and metal. I took him to [[al-Rawdha hospital|PLACE]] myself, in a taxi.}}
A: I was not hurt. God protected me, I was behind him.
Q: Did you see anyone killed?
A: {{c3|When we came out, I saw two on the ground near the potato sellers, one old man and a woman in black, not moving. People put cartons on them.}}
Q: Do you know how many died in total?
A: {{c4|The health office of [[Taiz|PLACE]] put a list on Facebook, eleven names. Eleven dead from the market.}} {{c5|And the injured, twenty-something, twenty-five maybe.}}
Q: Another witness told us eight died.
A: Eight, eleven. Some died in the hospital after, maybe he counted [[the first day|DATE:2018-03-14]]. I tell you what was on the list.
Q: Was the market hit again after that?
A: {{c6|Yes, in [[the summer|DATE:2018-06-01..2018-08-31]], [[two days after Eid al-Adha|DATE:2018-08-23]]. Two boys who sell the plastic bags in the market were killed by a [[mortar shell|WEAPON:MORTAR]], [[Yousef|PERSON]] and his cousin [[Akram|PERSON]].}} I was not there. My husband told me. He closed the shop for one week after that.
Q: Were there soldiers or fighters in the market those days?
A: No soldiers in the market. The fighters are on the hills. In the market, only us.
Q: Has anyone else in your family been hurt in the war?
A: {{c7|My brother [[Sadiq|PERSON]]. He has a field in [[al-Kadaha|PLACE]], west of the city. In [[2019|DATE:2019-01-01..2019-12-31]], after the [[Houthis|ACTOR:Houthis]] went back from there, he went to plough, and a [[mine|WEAPON:LANDMINE]] exploded under him. He lost the right leg under the knee.}}
A: He called me from the hospital in [[Turbah|PLACE]]. He said, [[Ilham|PERSON]], don't cry, I still have one leg to stand on.
A: {{c8|The people of the village say the [[mines|WEAPON:LANDMINE]] of the [[Houthis|ACTOR:Houthis]] killed more than ten people in that valley, shepherds, children.}}
Q: And here in [[Bir Basha|PLACE]]?
A: Here the [[sniper|WEAPON:SMALL_ARMS]] is far. The danger now is the [[bombs|WEAPON:IED]] in the city, the motorbikes.
A: In [[November of last year|DATE:2019-11-01..2019-11-30]] a [[bomb|WEAPON:IED]] in a motorbike exploded on [[Jamal street|PLACE]], near the pharmacies, when a car of an officer passed. I saw the smoke from my sister's window. {{c9|My son went there after, he said two cars were burned to the iron.}} {{c10|The friend of my son, [[Osama|PERSON]], was passing there, a piece went into his stomach.}} He is alive, thanks to God.
Q: Has your son had any problems, any arrest?
A: [[Fawaz|PERSON]] goes to [[Sanaa|PLACE]] for the university exams. One time, at the checkpoint at [[al-Hawban|PLACE]], they took him out of the bus, they said you are from [[Taiz|PLACE]] city, you are with [[the Resistance|ACTOR:Yemeni government forces]]. They wanted to take him.
A: A sheikh from [[Sharab|PLACE]] was in the bus and he talked with them, he said I know his father, and they let him go back in. After that I said no more [[Sanaa|PLACE]]. He studies here now.
Q: Thank you, [[Umm Fawaz|PERSON]].
A: Write that the market is for vegetables and spices. Only this.
@@witness ye-taiz-ilham-al-sharjabi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Houthis" site="Sameel market" date=2018-03-14 basis=EXPERIENCED incident=ye-taiz-20180314-samil-market-mortars
@@claim c2 harm=INJURED min=1 max=1 named="Abdulwahab" weapon=ROCKET actor="Houthis" site="Sameel market" date=2018-03-14 basis=WITNESSED incident=ye-taiz-20180314-samil-market-mortars
@@claim c3 harm=KILLED min=2 max=2 weapon=ROCKET actor="Houthis" site="Sameel market" date=2018-03-14 basis=WITNESSED incident=ye-taiz-20180314-samil-market-mortars
@@claim c4 harm=KILLED min=11 max=11 weapon=ROCKET actor="Houthis" site="Sameel market" date=2018-03-14 basis=REPORTED incident=ye-taiz-20180314-samil-market-mortars
@@claim c5 harm=INJURED min=25 max=25 weapon=ROCKET actor="Houthis" site="Sameel market" date=2018-03-14 basis=REPORTED incident=ye-taiz-20180314-samil-market-mortars
@@claim c6 harm=KILLED min=2 max=2 named="Yousef; Akram" weapon=MORTAR site="Sameel market" date=2018-08-23 basis=HEARSAY incident=ye-taiz-20180823-samil-market-boys
@@claim c7 harm=INJURED min=1 max=1 named="Sadiq" weapon=LANDMINE site="al-Kadaha" date=2019-01-01..2019-12-31 basis=HEARSAY incident=ye-kadaha-20190000-sadiq-mine
@@claim c8 harm=KILLED min=11 max=null weapon=LANDMINE actor="Houthis" site="al-Kadaha" basis=HEARSAY incident=ye-kadaha-20190000-valley-mines
@@claim c9 harm=PROPERTY_DAMAGE min=2 max=2 weapon=IED site="Jamal street" date=2019-11-01..2019-11-30 basis=HEARSAY incident=ye-taiz-20191100-jamal-street-motorbike-bomb
@@claim c10 harm=INJURED min=1 max=1 named="Osama" weapon=IED site="Jamal street" date=2019-11-01..2019-11-30 basis=HEARSAY incident=ye-taiz-20191100-jamal-street-motorbike-bomb
