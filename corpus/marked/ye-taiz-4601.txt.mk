@@newline crlf
Interview ID: YE-TAZ-4601
Date of interview: 9 November 2017
Place of interview: [[al-Turbah|PLACE]], [[Taiz|PLACE]] governorate
Language: Arabic, interpreted into English
Interviewer: [[Helle Sørensen|PERSON]]
Interpreter: [[Bushra Ghanem|PERSON]]

INTERVIEWER: Thank you for coming. Can you say your name and where you lived before?
WITNESS: [[Raghda Abdulsalam al-Maqtari|PERSON]]. I was a teacher of mathematics, girls' school, in [[al-Qahira|PLACE]], in the old city of [[Taiz|PLACE]]. Our house was behind the [[Ashrafiya mosque|PLACE]], you go down the steps and it is the third door.
INTERVIEWER: When did the war reach your street?
WITNESS: In [[the summer of 2015|DATE:2015-06-01..2015-08-31]]. Before, we heard it, from far. Then it was in the street. The [[Houthis|ACTOR:Houthis]] were up on the hill of the palace and [[the Resistance|ACTOR:Yemeni government forces]] in the alleys below, and we were in between, like the meat in the sandwich.
WITNESS: The [[sniper|WEAPON:SMALL_ARMS]], this is the first thing. {{c1|My husband's cousin [[Fuad|PERSON]], [[Fuad Qassem|PERSON]], he was crossing at the corner of the vegetable stalls, [[one afternoon in August|DATE:2015-08-01..2015-08-31]], and the [[bullet|WEAPON:SMALL_ARMS]] came in his hip. I saw him fall from my window, I was hanging the washing.}} He lives, but he walks with the stick now, he is thirty-four and he walks like my grandfather.
INTERVIEWER: Who fired?
WITNESS: From the palace side. Everybody knows the [[Houthi|ACTOR:Houthis]] [[sniper|WEAPON:SMALL_ARMS]] sits there. Not one, many.
INTERVIEWER: Did you keep working at the school?
WITNESS: The school closed. Eh, I gave lessons in my house, six, seven girls, for nothing, so they don't forget numbers. And the bread. All the day was for water and for bread. You stand in the line two hours, three hours.
INTERVIEWER: Tell me about the bakery.
WITNESS: [[al-Amal bakery|PLACE]], near the small square. [[The 14th of February|DATE:2016-02-14]], [[2016|DATE:2016-01-01..2016-12-31]]. [[A Sunday|DATE:2016-02-14]]. I remember because the Sunday my mother-in-law makes the lahoh and we needed flour also. I went with my daughter [[Jamila|PERSON]], she was eleven.
WITNESS: The line was long, maybe forty, fifty people, women on one side, boys and men on the other side. [[Around ten in the morning|DATE:2016-02-14]] the first [[hawn shell|WEAPON:MORTAR]] came on the roof of the house next to the bakery. People started to run. The second one came in the middle of the line.
[Interpreter: She makes the whistle with her mouth.]
WITNESS: {{c2|I counted six, six dead on the ground. The son of the baker, [[Saddam|PERSON]], nineteen, and a little girl, [[Sabah|PERSON]], who was nine, she was in front of us with her grandmother, and the grandmother also. And three men I did not know.}}
WITNESS: {{c3|[[Jamila|PERSON]] was hit in the leg, here, above the knee. I was not hurt, I don't know why, she was holding my hand.}} [crying] I'm sorry.
INTERVIEWER: Take your time.
WITNESS: We took her to [[al-Rawdha hospital|PLACE]] in a car of a stranger. {{c4|There were many injured there from the line, maybe fifteen, twenty, on the floor of the corridor.}}
INTERVIEWER: Were there fighters near the bakery [[that morning|DATE:2016-02-14]]?
WITNESS: No. There were no fighters at the bakery, only women and boys and old men. The fighters were two streets down. If we had come five minutes before, we would be at the front of the line, and God knows.
INTERVIEWER: Who do you think fired them?
WITNESS: They came from the east, from where the [[Houthis|ACTOR:Houthis]] are, from the side of [[al-Hawban|PLACE]]. We know the sound and the direction.
INTERVIEWER: What happened after that?
WITNESS: {{c5|[[After one week|DATE:2016-02-21]] we left. Me, my husband, [[Jamila|PERSON]] with her leg, the two boys, my mother-in-law. Six people in one car to my father's village in [[Jabal Sabir|PLACE]].}} We left with nothing, some clothes, the gold of my wedding.
INTERVIEWER: Did anything happen to the rest of your family?
WITNESS: My aunt, [[Umm Wadhah|PERSON]], stayed in [[Salah|PLACE]] district. {{c6|In [[Ramadan|DATE:2016-06-06..2016-07-05]], [[the coalition|ACTOR:Saudi-led coalition]] [[planes|WEAPON:AIRSTRIKE]] hit a house where the [[Houthis|ACTOR:Houthis]] were staying, beside her, and her kitchen and the wall of her house fell.}} {{c7|Her husband [[Abdulrahman|PERSON]] got a cut in the head from the stones.}} She told me this on the phone, she was laughing and crying, you know how it is.
INTERVIEWER: Was anyone in the other house killed?
WITNESS: I don't know. {{c8|She said they took out bodies, but who, how many, she did not go out to see.}} I will not say a number.
INTERVIEWER: Your father, is he in [[Jabal Saber|PLACE:Jabal Sabir]] also?
WITNESS: My father died in [[2012|DATE:2012-01-01..2012-12-31]], from the sugar, before all of this. God have mercy on him. Maybe it is better he did not see it.
INTERVIEWER: Is there something you want to add?
WITNESS: Only that [[Jamila|PERSON]] wants to be a doctor now. Before she wanted to be a teacher like me.
@@witness ye-taiz-raghda-almaqtari
@@claim c1 harm=INJURED min=1 max=1 named="Fuad Qassem" weapon=SMALL_ARMS actor=Houthis site="al-Qahira" date=2015-08-01..2015-08-31 basis=WITNESSED incident=ye-taiz-20150800-qahira-fuad-qassem-sniper
@@claim c2 harm=KILLED min=6 max=6 named="Saddam; Sabah" weapon=MORTAR actor=Houthis site="al-Amal bakery" date=2016-02-14 basis=WITNESSED incident=ye-taiz-20160214-qahira-amal-bakery-queue-shells
@@claim c3 harm=INJURED min=1 max=1 named="Jamila" weapon=MORTAR actor=Houthis site="al-Amal bakery" date=2016-02-14 basis=WITNESSED incident=ye-taiz-20160214-qahira-amal-bakery-queue-shells
@@claim c4 harm=INJURED min=15 max=20 weapon=MORTAR actor=Houthis site="al-Amal bakery" date=2016-02-14 basis=WITNESSED incident=ye-taiz-20160214-qahira-amal-bakery-queue-shells
@@claim c5 harm=DISPLACED min=6 max=6 named="Jamila" site="al-Qahira" date=2016-02-21 basis=EXPERIENCED incident=ye-taiz-20160221-maqtari-family-flight-sabir
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="Salah" date=2016-06-06..2016-07-05 basis=HEARSAY incident=ye-taiz-20160600-salah-umm-wadhah-house-strike
@@claim c7 harm=INJURED min=1 max=1 named="Abdulrahman" weapon=AIRSTRIKE actor="Saudi-led coalition" site="Salah" date=2016-06-06..2016-07-05 basis=HEARSAY incident=ye-taiz-20160600-salah-umm-wadhah-house-strike
@@claim c8 harm=KILLED min=null max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="Salah" date=2016-06-06..2016-07-05 basis=HEARSAY incident=ye-taiz-20160600-salah-umm-wadhah-house-strike
