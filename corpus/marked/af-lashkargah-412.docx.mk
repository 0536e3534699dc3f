INTERVIEW RECORD
Interview ID: AF-LKG-412
Date of interview: 14 October 2021
Place of interview: by telephone, witness in [[Lashkar Gah|PLACE]], [[Helmand|PLACE]]
Language: Pashto, interpreted into English
Interviewer: [[Lena Fischer|PERSON]]
Interpreter: [[Sohaila Rahimi|PERSON]]
Witness: nurse, asked to be called [[Zarmina|PERSON]]
Q: Thank you, [[Zarmina|PERSON]]. Where do you work?
A: In [[Boost hospital|PLACE]], in [[Lashkar Gah|PLACE]], in the surgical ward. Eleven years now. Some people write it Bost hospital.
Q: We are collecting accounts about the bazaar in [[Sangin|PLACE]] in [[2019|DATE:2019-01-01..2019-12-31]]. Do you remember [[that day|DATE]]?
A: Yes, I remember. It was in [[the summer|DATE:2019-06-21..2019-09-22]], [[two years ago|DATE]], in [[Asad|DATE:2019-07-23..2019-08-22]], I think [[the first days|DATE:2019-07-23..2019-07-31]]. The cars came one after the other from [[Sangin|PLACE]], private cars, not ambulances.
Q: What did you see at the hospital?
A: {{c1|Dead people came also, because the families did not know where else to go, between 10 and 15 bodies, I don't remember exactly.}} {{c2|And the wounded, around thirty, many with pieces in the stomach and the head.}} We worked all night. {{c7|Two of the wounded died [[the next day|DATE]] in our ward, an old man and a boy.}}
Q: Did the families say what had happened?
A: They said an [[airstrike|WEAPON:AIRSTRIKE]] on the shops. [[The foreigners|ACTOR:US forces]]' [[planes|WEAPON:AIRSTRIKE]], they said. [[The next day|DATE]] the radio said it was an operation against [[Taliban|ACTOR:Taliban]] commanders. I can only tell you that the ones I treated were shopkeepers and boys, and one woman who was buying cloth.
Q: Let us move to [[this summer|DATE:2021-06-21..2021-09-22]]. What happened in [[Lashkar Gah|PLACE]]?
A: From [[the end of Saratan|DATE:2021-06-22..2021-07-22]] the [[Taliban|ACTOR:Taliban]] came into the city, into [[Bolan|PLACE]] and then close to us, two streets from the hospital. [[The army|ACTOR:Afghan forces]] and [[the commandos|ACTOR:Afghan forces]] were fighting them house by house, and [[the planes|WEAPON:AIRSTRIKE]] were coming day and night.
Q: Were civilians brought to the hospital?
A: Every day. {{c3|[[One day|DATE]], I think [[the 3rd of August|DATE:2021-08-03]], they brought a family from [[Babaji|PLACE]], the wife, the mother and the four children of Haji [[Khudaidad|PERSON]], all six of them dead, from the [[bombing|WEAPON:AIRSTRIKE]] of [[the planes|WEAPON:AIRSTRIKE]] on their house.}} He brought them himself, he was outside when it happened.
Q: Were there also injuries from the fighting on the ground?
A: {{c4|Many, from [[mortars|WEAPON:MORTAR]], from [[bullets|WEAPON:SMALL_ARMS]], for example a girl, [[Mursal|PERSON]], eight years, a [[mortar|WEAPON:MORTAR]] fell in her yard in [[Mukhtar|PLACE]] and her legs were broken.}} Her mother said the [[mortar|WEAPON:MORTAR]] came from the side of the [[Taliban|ACTOR:Taliban]], but who knows.
Q: Was the hospital itself affected?
A: {{c5|My colleague, [[Palwasha|PERSON]], a nurse, was hit by a [[sniper|WEAPON:SMALL_ARMS]] when she was crossing the yard to the pharmacy, in the shoulder.}} Dr. [[Mirwais|PERSON]] operated on her himself. After that we did not cross the yard in the daytime, we went through the corridor. There were [[Taliban|ACTOR:Taliban]] fighters in the buildings on the other side of the road, everybody knew.
Q: Did anything happen to your own family?
A: My brother, [[Abdul Hadi|PERSON]], he was in [[the police|ACTOR:Afghan forces]]. {{c6|On [[the day the city fell|DATE:2021-08-13]], [[the 13th|DATE:2021-08-13]], he went out to go home and he did not arrive, and since then we don't know where he is.}} My mother, [[Bibi Hawa|PERSON]], goes every week to ask. They say they don't have him. If they had him, they would tell us, they say. I don't know.
Q: Is the hospital working now?
A: Yes. Now it is quiet, no fighting. But no salary for three months. And the women doctors, some have left. We are fewer.
@@witness af-lashkargah-zarmina
@@claim c1 harm=KILLED min=10 max=15 weapon=AIRSTRIKE actor="US forces" site="Sangin" date=2019-07-23..2019-07-31 basis=WITNESSED incident=af-sangin-20190723-bazaar
@@claim c2 harm=INJURED min=30 max=30 weapon=AIRSTRIKE actor="US forces" site="Sangin" date=2019-07-23..2019-07-31 basis=WITNESSED incident=af-sangin-20190723-bazaar
@@claim c3 harm=KILLED min=6 max=6 weapon=AIRSTRIKE site="Babaji" date=2021-08-03 basis=WITNESSED incident=af-lashkargah-20210803-babaji-house
@@claim c4 harm=INJURED min=1 max=1 named="Mursal" weapon=MORTAR site="Mukhtar" date=2021-07-22..2021-08-13 basis=WITNESSED incident=af-lashkargah-20210000-mukhtar-mortar
@@claim c5 harm=INJURED min=1 max=1 named="Palwasha" weapon=SMALL_ARMS actor=Taliban site="Boost hospital" date=2021-07-22..2021-08-13 basis=WITNESSED incident=af-lashkargah-20210000-hospital-sniper
@@claim c6 harm=MISSING min=1 max=1 named="Abdul Hadi" site="Lashkar Gah" date=2021-08-13 basis=WITNESSED incident=af-lashkargah-20210813-police-missing
@@claim c7 harm=KILLED min=2 max=2 weapon=AIRSTRIKE actor="US forces" site="Sangin" date=2019-07-24..2019-08-01 basis=WITNESSED incident=af-sangin-20190723-bazaar
