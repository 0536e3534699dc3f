Interview ID: CD-OIC-4208
Date: 2023-02-16
Location: [[Kanyaruchinya|PLACE]] camp, [[Nyiragongo|PLACE]] territory
Language: Swahili, interpreted into English
Interviewer: [[Mette Halvorsen|PERSON]]
Interpreter: [[Justin Kambasu|PERSON]]

[00:00:04] Q: Can you tell me your name and your work?
[00:00:09] A: [[Kataliko Mughanda|PERSON]]. I am a driver of moto, a taxi-moto. Before in [[Beni|PLACE]], then in [[Kiwanja|PLACE]].
[00:00:21] Q: You were born in [[Oicha|PLACE]]?
[00:00:24] A: Yes, [[Oicha|PLACE]]. My parents are still there, in [[Oicha|PLACE]] town. My sister was farming outside, at [[Mayimoya|PLACE]].
[00:00:38] Interpreter: He says [[Mayi-Moya|PLACE:Mayimoya]], on the road to [[Eringeti|PLACE]].
[00:00:44] Q: What happened to your sister?
[00:00:49] A: It was in [[March 2020|DATE:2020-03-01..2020-03-31]]. [[The 12th|DATE:2020-03-12]], I think. The [[ADF|ACTOR:ADF]] came into the fields in [[the afternoon|DATE:2020-03-12]], when the people were harvesting beans.
[00:01:10] A: I was in [[Beni|PLACE]] with my moto. My cousin called me, he said come, come. {{c1|I came [[the next morning|DATE:2020-03-13]] with [[the soldiers|ACTOR:FARDC]], and I saw them in the field, my sister [[Kyakimwa|PERSON]] and her husband [[Sivanzire|PERSON]]. They were cut with machetes. Her husband also had a [[bullet|WEAPON:SMALL_ARMS]] in the chest.}}
[00:01:41] Interpreter: He needs a moment.
[00:01:58] A: {{c2|In that place they killed nine. Nine people from the fields. The chief of [[Mayimoya|PLACE]] said nine.}}
[00:02:09] Q: Were [[the soldiers|ACTOR:FARDC]] nearby when it happened?
[00:02:13] A: The [[FARDC|ACTOR:FARDC]] had a position two kilometres from there. They came only when it was finished. Nobody fought the [[ADF|ACTOR:ADF]] [[that day|DATE:2020-03-12]].
[00:02:27] Q: You mentioned [[Beni|PLACE]] earlier. Were you in [[Beni|PLACE]] during the protests in [[2019|DATE:2019-01-01..2019-12-31]]?
[00:02:34] A: Yes. At [[the end of November|DATE:2019-11-20..2019-11-30]]. The people were angry because of the killings, every week the killings, and the MONUSCO doing nothing.
[00:02:51] A: {{c3|[[The Monday|DATE:2019-11-25]] we went to the town hall, many, many people. [[The soldiers|ACTOR:FARDC]] threw the [[gas|WEAPON:CHEMICAL]]. My friend [[Ezechiel|PERSON]] fell down, he could not breathe. We carried him to the pharmacy.}}
[00:03:12] A: {{c4|And they were shooting also. A young boy, a student, near the roundabout, he got a [[bullet|WEAPON:SMALL_ARMS]] in the leg. I saw him on the ground.}}
[00:03:25] Q: Who was shooting?
[00:03:28] A: [[The soldiers|ACTOR:FARDC]] and the police, together. I cannot say which one hit the boy.
[00:03:39] Q: When did you move to [[Kiwanja|PLACE]]?
[00:03:42] A: In [[2021|DATE:2021-01-01..2021-12-31]]. In [[Beni|PLACE]] there was no more work, too many motos. In [[Kiwanja|PLACE]] there was work, the road to [[Rutshuru|PLACE]], the road to [[Ishasha|PLACE]].
[00:04:01] Q: Let's talk about [[October|DATE:2022-10-01..2022-10-31]]. What did you see?
[00:04:06] A: [[The 20th of October|DATE:2022-10-20]]. The fighting started in [[the morning|DATE:2022-10-20]] between the [[M23|ACTOR:M23]] and [[the army|ACTOR:FARDC]] near [[Ntamugenga|PLACE]]. [[M23|ACTOR:M23]], which is [[the Rwandans|ACTOR:Rwandan forces]], that is what everybody says.
[00:04:24] A: {{c5|The [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]] fell on the village itself. Not only on [[the soldiers|ACTOR:FARDC]]. On the houses.}}
[00:04:33] A: {{c6|I went with my moto on the road to [[Ntamugenga|PLACE]], to bring people out. I brought two wounded to the hospital in [[Rutshuru|PLACE]]. One mama, her leg was open, from the knee. And one small girl, maybe six, with the head bleeding.}}
[00:04:55] Q: Did anyone die?
[00:04:58] A: {{c7|People at the hospital said four died in [[Ntamugenga|PLACE]] [[that day|DATE:2022-10-20]]. One was a baby. I did not see them.}}
[00:05:10] Q: Who fired those [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]]?
[00:05:13] A: They came from the hills of [[M23|ACTOR:M23]]. But I must say the truth: [[the army|ACTOR:FARDC]] also had [[big guns|WEAPON:ARTILLERY]] on the other side. I don't know whose [[bomb|WEAPON:EXPLOSIVE_UNSPECIFIED]] fell where. I am a driver, not a soldier.
[00:05:31] Q: What happened to you after that?
[00:05:34] A: {{c8|At [[the end of October|DATE:2022-10-27..2022-10-31]] the [[M23|ACTOR:M23]] came into [[Kiwanja|PLACE]]. I took my wife and the two children on the moto, all four of us on one moto, and we came here to [[Kanyaruchinya|PLACE]].}}
[00:05:52] A: The moto is the only thing I have. If they had taken the moto, we would have nothing at all.
[00:06:01] Q: Is there anything you would like to add?
[00:06:04] A: Only that [[Oicha|PLACE]], [[Beni|PLACE]], [[Kiwanja|PLACE]]: everywhere I go, the war comes after me. [laughs] I don't know where to go next.
@@witness cd-oicha-kataliko-mughanda
@@claim c1 harm=KILLED min=2 max=2 named="Kyakimwa; Sivanzire" actor="ADF" site="Mayimoya" date=2020-03-12 basis=WITNESSED incident=cd-oicha-20200312-mayimoya-fields-adf
@@claim c2 harm=KILLED min=9 max=9 actor="ADF" site="Mayimoya" date=2020-03-12 basis=HEARSAY incident=cd-oicha-20200312-mayimoya-fields-adf
@@claim c3 harm=INJURED min=1 max=1 named="Ezechiel" weapon=CHEMICAL actor="FARDC" site="Beni" date=2019-11-25 basis=WITNESSED incident=cd-beni-20191125-townhall-protest-teargas
@@claim c4 harm=INJURED min=1 max=1 weapon=SMALL_ARMS site="Beni" date=2019-11-25 basis=WITNESSED incident=cd-beni-20191125-townhall-protest-teargas
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Ntamugenga" date=2022-10-20 basis=WITNESSED incident=cd-rutshuru-20221020-ntamugenga-bombs
@@claim c6 harm=INJURED min=2 max=2 weapon=EXPLOSIVE_UNSPECIFIED site="Ntamugenga" date=2022-10-20 basis=WITNESSED incident=cd-rutshuru-20221020-ntamugenga-bombs
@@claim c7 harm=KILLED min=4 max=4 weapon=EXPLOSIVE_UNSPECIFIED site="Ntamugenga" date=2022-10-20 basis=HEARSAY incident=cd-rutshuru-20221020-ntamugenga-bombs
@@claim c8 harm=DISPLACED min=4 max=4 actor="M23" site="Kiwanja" date=2022-10-27..2022-10-31 basis=EXPERIENCED incident=cd-rutshuru-20221000-mughanda-family-flight
