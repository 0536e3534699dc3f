@@encoding utf-16le
Interview ID: AF-FRB-1221
Date of interview: 2021-09-20
Place of interview: [[Mazar-i-Sharif|PLACE]]
Language: Uzbek, interpreted into Dari and then English
Interviewer: [[Parwin Hakimi|PERSON]]
Interpreter: [[Bahodir Rahimi|PERSON]]

[00:00:05] Q: Please tell me your name and where you are from.
[00:00:10] A: [[Jamila Ergash|PERSON]]. From [[Maimana|PLACE]], [[Faryab|PLACE]]. I was a teacher of Uzbek language in a girls' school.
[00:00:24] INTERPRETER: She says her first name means beautiful, and she laughs that her mother was optimistic.
[00:00:31] Q: When did you leave [[Maymana|PLACE:Maimana]]?
[00:00:35] A: After the fall, in [[August|DATE:2021-08-01..2021-08-31]]. But I want to tell you about before, because before was worse for us.
[00:00:47] Q: Please go on.
[00:00:49] A: {{c1|In [[2018|DATE:2018-01-01..2018-12-31]], in the month of [[Saratan|DATE:2018-06-22..2018-07-22]], in [[summer|DATE:2018-06-01..2018-08-31]], there was a [[car bomb|WEAPON:IED]] near the gate of the police headquarters. My brother [[Rustam|PERSON]] was passing in his taxi.}} {{c2|He was injured, glass in the eyes. Now he sees with one eye only.}}
[00:01:12] Q: Did you see the explosion?
[00:01:14] A: No, I was in the school. I heard it, everybody in [[Maimana|PLACE]] heard it. The windows of the school shook. {{c3|People said eight died, some said twelve, police and people in the street.}} The [[Taliban|ACTOR:Taliban]] said on their page that it was them. I did not read it myself, my nephew read it.
[00:01:38] Q: What happened next in [[Maimana|PLACE]]?
[00:01:41] A: Every year the [[Taliban|ACTOR:Taliban]] came closer. From [[Pashtun Kot|PLACE]], from [[Qaysar|PLACE]], from [[Almar|PLACE]]. In [[2021|DATE:2021-01-01..2021-12-31]], in [[the spring|DATE:2021-03-01..2021-05-31]], they were at the edge of the city.
[00:01:58] A: {{c4|In [[Jawza|DATE:2021-05-22..2021-06-21]], [[the month before the summer|DATE:2021-05-22..2021-06-21]], [[mortars|WEAPON:MORTAR]] fell on our district, the [[Kocha-e-Qazi|PLACE]] area, I think three or four [[mortars|WEAPON:MORTAR]] in one evening.}}
[00:02:15] A: {{c5,c11|One fell in the yard of our neighbours, the [[Turkmani|PERSON]] family, and the grandmother, [[Bibi Ogulgul|PERSON]], was killed, and her grandson [[Begmurod|PERSON]] was hurt in the stomach.}} I saw the grandmother. I helped to wash her body.
[00:02:36] Q: Who fired the [[mortars|WEAPON:MORTAR]]?
[00:02:39] A: The [[Taliban|ACTOR:Taliban]], from the hills. [[The army|ACTOR:Afghan forces]] fired back from the city with [[artillery|WEAPON:ARTILLERY]]. Both were firing. But the [[mortars|WEAPON:MORTAR]] that fell on us came from outside, from the [[Taliban|ACTOR:Taliban]] side.
[00:02:55] Q: Were there [[airstrikes|WEAPON:AIRSTRIKE]]?
[00:02:57] A: Yes, [[the government|ACTOR:Afghan forces]] [[planes|WEAPON:AIRSTRIKE]] bombed the villages around, [[Almar|PLACE]] side. We heard them. Not in the city. {{c6,c12|My husband's cousin [[Abdul Qahar|PERSON]] lives in [[Almar|PLACE]]; he told us that in [[June|DATE:2021-06-01..2021-06-30]] a [[bomb|WEAPON:AIRSTRIKE]] from [[the planes|WEAPON:AIRSTRIKE]] fell on a house in his village and a family was killed, five people, a father and children.}} The government said they were [[Taliban|ACTOR:Taliban]]. [[Abdul Qahar|PERSON]] says they were farmers.
[00:03:30] Q: What happened when the city fell?
[00:03:33] A: The [[Taliban|ACTOR:Taliban]] entered [[Maimana|PLACE]] on [[14 August|DATE:2021-08-14]], I think, or [[the 13th|DATE:2021-08-13]]. There was fighting in [[the night|DATE:2021-08-13..2021-08-14]], [[gunfire|WEAPON:SMALL_ARMS]], [[rockets|WEAPON:ROCKET]], some [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]], I don't know what. We stayed in the inner room.
[00:03:52] A: {{c7|In [[the morning|DATE:2021-08-14]] the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] had destroyed the shops near the bazaar, four or five shops, and the roof of the mosque of our street.}} That I saw when we went out for bread.
[00:04:10] Q: Was anyone in your family harmed when the [[Taliban|ACTOR:Taliban]] came?
[00:04:15] A: {{c8|My husband, [[Ozod|PERSON]], was a soldier in the army. In [[the first week|DATE:2021-08-14..2021-08-21]], [[Taliban|ACTOR:Taliban]] men came to our house and took him, they said for questions.}} {{c9|He has not come back. Five weeks now. We do not know where he is.}}
[00:04:34] INTERPRETER: She is crying. [pause]
[00:04:50] A: {{c10|That is why I left, with my two daughters, to [[Mazar|PLACE:Mazar-i-Sharif]], to my sister.}} A teacher of girls, and the wife of a soldier. What would they do with me?
[00:05:04] Q: Is there anything you want to add?
[00:05:07] A: Write his name, please. [[Ozod Ergash|PERSON]]. Thirty-nine years. If somebody has seen him in a prison, tell us.
@@witness af-maimana-jamila-ergash
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Taliban" site="Maimana" date=2018-06-22..2018-07-22 basis=HEARSAY incident=af-maimana-20180600-police-hq-car-bomb
@@claim c2 harm=INJURED min=1 max=1 named="Rustam" weapon=IED actor="Taliban" site="Maimana" date=2018-06-22..2018-07-22 basis=HEARSAY incident=af-maimana-20180600-police-hq-car-bomb
@@claim c3 harm=KILLED min=8 max=12 weapon=IED actor="Taliban" site="Maimana" date=2018-06-22..2018-07-22 basis=HEARSAY incident=af-maimana-20180600-police-hq-car-bomb
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Taliban" site="Kocha-e-Qazi" date=2021-05-22..2021-06-21 basis=WITNESSED incident=af-maimana-20210500-kochaeqazi-mortars
@@claim c5 harm=KILLED min=1 max=1 named="Bibi Ogulgul" weapon=MORTAR actor="Taliban" site="Kocha-e-Qazi" date=2021-05-22..2021-06-21 basis=WITNESSED incident=af-maimana-20210500-kochaeqazi-mortars
@@claim c11 harm=INJURED min=1 max=1 named="Begmurod" weapon=MORTAR actor="Taliban" site="Kocha-e-Qazi" date=2021-05-22..2021-06-21 basis=WITNESSED incident=af-maimana-20210500-kochaeqazi-mortars
@@claim c6 harm=KILLED min=5 max=5 weapon=AIRSTRIKE actor="Afghan forces" site="Almar" date=2021-06-01..2021-06-30 basis=HEARSAY incident=af-almar-20210600-house-airstrike
@@claim c7 harm=PROPERTY_DAMAGE min=4 max=5 weapon=EXPLOSIVE_UNSPECIFIED site="Maimana" date=2021-08-14 basis=WITNESSED incident=af-maimana-20210814-city-fall
@@claim c8 harm=DETAINED min=1 max=1 named="Ozod" actor="Taliban" site="Maimana" date=2021-08-14..2021-08-21 basis=WITNESSED incident=af-maimana-20210814-soldier-detained
@@claim c9 harm=MISSING min=1 max=1 named="Ozod" actor="Taliban" site="Maimana" date=2021-08-14..2021-09-20 basis=EXPERIENCED incident=af-maimana-20210814-soldier-detained
@@claim c10 harm=DISPLACED min=3 max=3 actor="Taliban" site="Maimana" date=2021-08-14..2021-09-20 basis=EXPERIENCED incident=af-maimana-20210814-soldier-detained
@@claim c12 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Afghan forces" site="Almar" date=2021-06-01..2021-06-30 basis=HEARSAY incident=af-almar-20210600-house-airstrike
