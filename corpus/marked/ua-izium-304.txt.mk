Interview ID: UA-IZM-304
Date: 2022-11-03
Place of interview: [[Izium|PLACE]], [[Kharkiv|PLACE]] oblast
Language: Ukrainian, with some Russian
Interviewer: [[Marta Kowalczyk|PERSON]]
Interpreter: [[Bohdan Savchuk|PERSON]]
Witness: [[Halyna|PERSON]], 58, school cook

Marta: [[Halyna|PERSON]], thank you. You lived in the centre of [[Izium|PLACE]]?
Halyna: On [[Soborna street|PLACE]], yes. Five-storey building, the third entrance. Thirty-one years in that flat.
Marta: When did the [[bombing|WEAPON:AIRSTRIKE]] of the centre begin?
Halyna: Eh, from [[the beginning of March|DATE:2022-03-01..2022-03-07]]. [[The planes|WEAPON:AIRSTRIKE]] came low, you heard them and then, boom, the whole house jumps. We went down to the basement of the next building, number... it had a better basement, with the old bomb shelter door.
Marta: Tell me about the day that building was hit.
Halyna: [[Sunday|DATE:2022-03-06]]. [[The 6th of March|DATE:2022-03-06]]. In [[the afternoon|DATE]], [[around three|DATE]], maybe later. I went up to my flat to take water, and that saved me. The sound... a [[plane|WEAPON:AIRSTRIKE]], very loud, and then the whole building next door folded, from the top, into the basement.
Marta: How many people were in that basement?
Halyna: Forty. Maybe more, because people from the private houses came also.
Halyna: {{c1|I saw them take out eleven dead, with my own eyes, over three days, because they dug by hand.}} {{c2|People say nineteen died there in the end, the men who dug counted nineteen.}} {{c1|[[Oksana Lytvyn|PERSON]], my neighbour, and her son [[Denys|PERSON]], he was eight. [[Denys|PERSON]] always carried a yellow toy truck.}} [crying]
Marta: We can stop.
Halyna: No. Continue.
Marta: Were there [[Ukrainian soldiers|ACTOR:Ukrainian armed forces]] in the building or near it?
Halyna: Not in the building. [[Our soldiers|ACTOR:Ukrainian armed forces]] were on the other side of the river, near the bridge, and they left in [[the first days of April|DATE:2022-04-01..2022-04-05]]. In our building only old people and mothers.
Marta: You said [[the planes|WEAPON:AIRSTRIKE]]. Whose [[planes|WEAPON:AIRSTRIKE]]?
Halyna: [[Russian|ACTOR:Russian armed forces in Ukraine]]. [[Izyum|PLACE:Izium]] was Ukrainian then, who else had [[planes|WEAPON:AIRSTRIKE]] over us? [[The Russians|ACTOR:Russian armed forces in Ukraine]] came into the town on [[the 1st of April|DATE:2022-04-01]], more or less.
Marta: What happened under occupation?
Halyna: {{c3|My son [[Andriy|PERSON]] was taken at the checkpoint near the bus station, [[three days after Easter|DATE:2022-04-27]], by [[the occupiers|ACTOR:Russian armed forces in Ukraine]].}} They looked at his phone, they found a photo of a tank, a Ukrainian tank from 2014, and they took him. {{c3|They kept him forty days in the police building, in the cellar, and they beat him.}} He came back without two teeth and he does not talk about it.
Marta: And other people from your street?
Halyna: {{c4|[[Viktor Kulyk|PERSON]], the husband of my friend [[Nina|PERSON]], they took him in [[May|DATE:2022-05-01..2022-05-31]] and until today nobody knows where he is.}} She wrote to everybody, the Red Cross, the police, even Father [[Ioann|PERSON]] from the church asked. Nothing.
Marta: After [[the Ukrainian army|ACTOR:Ukrainian armed forces]] returned in [[September|DATE:2022-09-01..2022-09-30]], was it safe?
Halyna: Safe? No. The [[mines|WEAPON:LANDMINE]]. The little green ones, the [[petals|WEAPON:LANDMINE]], [[lepestki|WEAPON:LANDMINE]] we call them, they were in the grass near the school and on the path to the cemetery. {{c5|[[Borys|PERSON]] from the fourth entrance, sixty-four years old, stepped on one in [[October|DATE:2022-10-01..2022-10-31]], [[the 2nd|DATE:2022-10-02]], and lost his foot.}} I heard it from my kitchen and I saw them carry him.
Marta: Has anything been rebuilt?
Halyna: Nothing yet. If they had not bombed, my grandchildren would still live here. {{c6|Now my daughter and the two small ones are in [[Poland|PLACE]], in [[Wrocław|PLACE]]. I put them on the evacuation bus myself in [[March|DATE:2022-03-01..2022-03-31]], before the occupation.}} I stay. Somebody has to wait for [[Viktor|PERSON]], and for the apple trees.
@@witness ua-izium-halyna-304
@@claim c1 harm=KILLED min=11 max=11 named="Oksana Lytvyn; Denys" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Soborna street" date=2022-03-06 basis=WITNESSED incident=ua-izium-20220306-soborna-basement
@@claim c2 harm=KILLED min=19 max=19 weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Soborna street" date=2022-03-06 basis=HEARSAY incident=ua-izium-20220306-soborna-basement
@@claim c3 harm=DETAINED min=1 max=1 named="Andriy" actor="Russian armed forces in Ukraine" site="Izyum" date=2022-04-27 basis=HEARSAY incident=ua-izium-20220427-andriy-detention
@@claim c4 harm=MISSING min=1 max=1 named="Viktor Kulyk" actor="Russian armed forces in Ukraine" site="Izyum" date=2022-05-01..2022-05-31 basis=HEARSAY incident=ua-izium-20220500-viktor-kulyk-missing
@@claim c5 harm=INJURED min=1 max=1 named="Borys" weapon=LANDMINE site="Izyum" date=2022-10-02 basis=WITNESSED incident=ua-izium-20221002-borys-petal-mine
@@claim c6 harm=DISPLACED min=3 max=3 site="Izium" date=2022-03-01..2022-03-31 basis=WITNESSED incident=ua-izium-20220300-halyna-family-displaced
