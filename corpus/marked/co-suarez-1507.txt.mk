Interview ID: CO-CAU-1507
Date: 2024-07-09
Location: [[Suárez|PLACE]] ([[Cauca|PLACE]]), parish hall
Language: Spanish, interpreted
Interviewer: [[Pieter Lambrechts|PERSON]]
Interpreter: [[Marcela Obando|PERSON]]

[00:00:04] Q: Could you start with your name and where you live?
[00:00:09] A: [[Floralba Aponzá Cuenú|PERSON]]. I live in [[La Toma|PLACE]], in [[Suárez|PLACE]], all my life, my grandparents also. We are black people of the mine, the gold, with the batea.
[00:00:31] Q: You told us your son was arrested. When was that?
[00:00:36] A: {{c1|In [[August of last year|DATE:2023-08-01..2023-08-31]], [[the 23rd|DATE:2023-08-23]]. [[The army|ACTOR:Colombian armed forces]] came in [[the morning|DATE:2023-08-23]] to the house of my sister, where the boys were, and they took my son [[Jhonier|PERSON]] with his two cousins, the three together, in the truck.}}
[00:01:02] A: They said they were of the [[Jaime Martínez|ACTOR:FARC dissidents]], [[the dissidents|ACTOR:FARC dissidents]]. My son! My son cuts cane and carries gold sand, that's all he does.
[00:01:15] Q: Did you see the arrest?
[00:01:17] A: I saw. I was in the kitchen. They put them on the ground with the faces in the mud, and the neighbours were shouting. {{c1|They had them sixteen days in [[Popayán|PLACE]], and then a judge let them go because there was nothing.}}
[00:01:40] Q: Did anyone else try to take him after that?
[00:01:44] A: Yes, the other side. In [[December|DATE:2023-12-01..2023-12-31]] two boys of [[the dissidents|ACTOR:FARC dissidents]] came on a motorbike to take [[Jhonier|PERSON]] for the group, "because [[the army|ACTOR:Colombian armed forces]] already says you are with us". But the guardia cimarrona, our guard with the sticks, came, twenty, thirty people, and they did not let them. The boys went away.
[Interpreter: the guardia cimarrona is the unarmed community guard of the black communities.]
[00:02:15] Q: Were people killed in [[La Toma|PLACE]]?
[00:02:19] A: {{c2|[[Eusebio Ambuila|PERSON]], one of the guard, they killed him in [[Asnazú|PLACE]], [[after Christmas|DATE:2023-12-26..2023-12-31]], [[the 28th or the 29th|DATE:2023-12-28..2023-12-29]], with [[rifle shots|WEAPON:SMALL_ARMS]] from a motorbike.}} I did not see, I was at home. {{c2|At the market on [[Sunday|DATE:2023-12-31]] people said it was the same boys, for revenge, because the guard sent them away.}}
[00:02:45] A: [pause] He was a good man. He had seven children.
[00:02:52] Q: Your family also has people in [[El Plateado|PLACE]], you said?
[00:02:57] A: My mother, [[Teófilo|PERSON]]'s widow, she went to the [[Plateado|PLACE:El Plateado]] [[ten years ago|DATE:2014-01-01..2014-12-31]] to cook for the pickers. She is there still.
[00:03:08] Q: Did she tell you about the attack on the police there?
[00:03:13] A: {{c3,c4|She called me [[that day|DATE:2024-03-17..2024-03-23]], crying, it was [[the week before Holy Week|DATE:2024-03-17..2024-03-23]], on [[a Sunday|DATE:2024-03-17]] I think, she said the [[cylinders|WEAPON:MORTAR]] of [[the dissidents|ACTOR:FARC dissidents]] fell on the school and on the houses, and two died, the arepa lady, doña [[Ovidia|PERSON]], and a man who was going to milk.}}
[00:03:38] A: {{c4|She said the whole corner of the school was flattened, and the house of her comadre also.}} She was not hurt.
[00:03:50] Q: Is your nephew also there?
[00:03:53] A: {{c5|[[Yhorman|PERSON]], my sister's son, nineteen. He went to [[Argelia|PLACE]], to the coca, to scrape leaves, in [[February|DATE:2024-02-01..2024-02-29]]. He called twice. Since [[the end of February|DATE:2024-02-20..2024-02-29]], nothing, no calls, the phone is dead, and my mother asked and nobody saw him.}}
[00:04:21] A: {{c5|We still do not know where he is.}} My sister made a denuncia at the Personería. They wrote it down. That's all.
[00:04:35] Q: Has there been fighting with [[explosives|WEAPON:EXPLOSIVE_UNSPECIFIED]] near [[Suárez|PLACE]]?
[00:04:40] A: {{c6,c7|On the radio, the community station, they said that in [[June|DATE:2024-06-01..2024-06-30]] a [[bomb|WEAPON:IED]] they had hidden on the road to [[Morales|PLACE]], near the dam, blew up a police truck, and three policemen were wounded.}} {{c6|The truck was left twisted like a can.}}
[00:05:05] A: I did not see it.
[00:05:12] Q: Was anything damaged in [[La Toma|PLACE]] itself?
[00:05:16] A: {{c8|The trapiche of my uncle [[Eliseo|PERSON]], where we grind the cane, in [[April|DATE:2024-04-01..2024-04-30]], there was combat between [[the army|ACTOR:Colombian armed forces]] and [[the dissidents|ACTOR:FARC dissidents]] on the hill, with [[machine guns|WEAPON:SMALL_ARMS]], and the trapiche caught fire and it is finished, the roof, the mill, the oven, all.}}
[Interpreter: a trapiche is a small sugarcane mill.]
[00:05:48] A: Nobody was hurt in the trapiche, we were all in the school, lying on the floor.
[00:05:58] Q: Have you thought about leaving [[La Toma|PLACE]]?
[00:06:02] A: Where would I go? If we leave, the miners with the machines come in the next day. No. I stay.

@@witness co-suarez-floralba-aponza
@@claim c1 harm=DETAINED min=3 max=3 named="Jhonier" actor="Colombian armed forces" site="La Toma" date=2023-08-23 basis=WITNESSED incident=co-suarez-20230823-la-toma-jhonier-arrest
@@claim c2 harm=KILLED min=1 max=1 named="Eusebio Ambuila" weapon=SMALL_ARMS actor="FARC dissidents" site="Asnazú" date=2023-12-28..2023-12-29 basis=HEARSAY incident=co-suarez-20231228-asnazu-guard-ambuila
@@claim c3 harm=KILLED min=2 max=2 named="Ovidia" weapon=MORTAR actor="FARC dissidents" site="Plateado" date=2024-03-17..2024-03-23 basis=HEARSAY incident=co-argelia-20240316-el-plateado-school-cylinders
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="FARC dissidents" site="Plateado" date=2024-03-17..2024-03-23 basis=HEARSAY incident=co-argelia-20240316-el-plateado-school-cylinders
@@claim c5 harm=MISSING min=1 max=1 named="Yhorman" site="Argelia" date=2024-02-20..2024-02-29 basis=WITNESSED incident=co-argelia-20240200-yhorman-raspachin-missing
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Morales" date=2024-06-01..2024-06-30 basis=REPORTED incident=co-suarez-20240600-morales-road-police-truck-bomb
@@claim c7 harm=INJURED min=3 max=3 weapon=IED site="Morales" date=2024-06-01..2024-06-30 basis=REPORTED incident=co-suarez-20240600-morales-road-police-truck-bomb
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="La Toma" date=2024-04-01..2024-04-30 basis=WITNESSED incident=co-suarez-20240400-la-toma-eliseo-trapiche
