@@encoding utf-16le
Interview ID: AF-HEL-410
Date: 2019-08-06
Location: [[Lashkar Gah|PLACE]], [[Helmand|PLACE]]
Language: Pashto (interview conducted and translated by the interviewer)
Interviewer: [[Farhad Karimi|PERSON]]

INT: Please tell me your work and where you were living.
RESP: I have a shop in the bazaar of [[Sangin|PLACE]], motorcycle parts, chains, tyres. I live in a village near the bazaar, ten minutes on the motorcycle. I have seven children.
INT: You came to [[Lashkar Gah|PLACE]] because of what happened in the bazaar?
RESP: Yes. Because of [[the plane|WEAPON:AIRSTRIKE]].
INT: When was that?
RESP: At [[the end of Saratan|DATE:2019-06-22..2019-07-22]]. I think [[the 31st of Saratan|DATE:2019-07-22]], [[the last day of the month|DATE:2019-07-22]], because [[the next day|DATE:2019-07-23]] my nephew [[Ihsanullah|PERSON]] had his engagement and it was in [[Asad|DATE:2019-07-23..2019-08-22]]. Maybe I am wrong by one day.
INT: What time of the day?
RESP: [[The afternoon|DATE]], [[the time of asr|DATE]]. The bazaar was full, it was hot, people were buying ice and watermelon.
INT: What did you see?
RESP: I was in my shop. I heard [[the plane|WEAPON:AIRSTRIKE]], very high, we always hear them. Then two [[missiles|WEAPON:MISSILE]], one after the other, on the row of shops across the road, where the tea house is. Everything was dust. I was thrown on the floor. {{c1|When I stood up I went out, and I saw the bodies, I counted eight people dead on the road and inside the shops.}} {{c2|[[Gul Ahmad|PERSON]], who sells cloth, he was dead, and [[Sher Mohammad|PERSON]], the tea-seller, and his boy, I don't know the name of the boy, maybe twelve years.}}
INT: Were you or your family hurt?
RESP: {{c3|My son [[Naqibullah|PERSON]], he was in front of my shop fixing a motorcycle, a piece went in his arm and in his face, near the eye.}} We took him to [[Lashkar Gah|PLACE]], to the [[Emergency hospital|PLACE]]. He can see with the eye, thanks to God.
INT: How many people died altogether?
RESP: {{c4|In the bazaar people said fourteen were killed, some from the [[Alizai|PERSON]] family, three brothers from one house.}} That is what people said at the funerals. I saw eight myself, I told you.
INT: Were there [[Taliban|ACTOR:Taliban]] in the bazaar?
RESP: Everybody knows the [[Taliban|ACTOR:Taliban]] come to the bazaar, they buy like everyone. But [[that day|DATE]] there was no fighting. No [[Taliban|ACTOR:Taliban]] with [[guns|WEAPON:SMALL_ARMS]] in the road, I would have seen them from my shop. Maybe there was one man they wanted, I don't know, people say that. But why the whole bazaar?
INT: Who do you think did it?
RESP: [[The Americans|ACTOR:US forces]]' [[plane|WEAPON:AIRSTRIKE]], people say. [[The Afghan army|ACTOR:Afghan forces]] [[planes|WEAPON:AIRSTRIKE]] are small, they fly low, we see them. This one was very high, we could not see it.
INT: Did anything else happen to your family in the last years?
RESP: Yes. My sister's husband, [[Amanullah|PERSON]]. {{c5|[[Last year|DATE:2018-01-01..2018-12-31]], in [[the autumn|DATE:2018-09-23..2018-12-21]], his car went on a [[roadside bomb|WEAPON:IED]] on the road from [[Sangin|PLACE]] to [[Gereshk|PLACE]], and he died, and the driver also.}} I was not there, his brother called me. People said the [[Taliban|ACTOR:Taliban]] put it for the army vehicles. [[The police|ACTOR:Afghan forces]] came [[after two hours|DATE]] and took the pieces of the car.
INT: And your cousin you mentioned before we began?
RESP: [[Wali Jan|PERSON]]. He was a teacher in the government school. {{c6|In [[the spring|DATE:2019-03-21..2019-06-21]] the [[Talibs|ACTOR:Taliban]] took him from the road near [[Sarwan Qala|PLACE]], they said he works for the government, and they kept him for forty days.}} Then the elders spoke with them and they let him go. He does not teach now. If he teaches again they will kill him, they told him that.
INT: Thank you. Is there something you want to add?
RESP: Write that the people in the bazaar were shopkeepers. Only shopkeepers and children.
@@witness af-sangin-w410
@@claim c1 harm=KILLED min=8 max=8 weapon=MISSILE actor="US forces" site="Sangin" date=2019-07-22 basis=WITNESSED incident=af-sangin-20190723-bazaar
@@claim c2 harm=KILLED min=3 max=3 named="Gul Ahmad; Sher Mohammad" weapon=MISSILE actor="US forces" site="Sangin" date=2019-07-22 basis=WITNESSED incident=af-sangin-20190723-bazaar
@@claim c3 harm=INJURED min=1 max=1 named="Naqibullah" weapon=MISSILE actor="US forces" site="Sangin" date=2019-07-22 basis=WITNESSED incident=af-sangin-20190723-bazaar
@@claim c4 harm=KILLED min=14 max=14 named="Alizai" weapon=MISSILE actor="US forces" site="Sangin" date=2019-07-22 basis=HEARSAY incident=af-sangin-20190723-bazaar
@@claim c5 harm=KILLED min=2 max=2 named="Amanullah" weapon=IED actor=Taliban site="Sangin" date=2018-09-23..2018-12-21 basis=HEARSAY incident=af-sangin-20180000-gereshk-road-ied
@@claim c6 harm=DETAINED min=1 max=1 named="Wali Jan" actor=Taliban site="Sarwan Qala" date=2019-03-21..2019-06-21 basis=HEARSAY incident=af-sarwanqala-20190000-teacher-abduction
