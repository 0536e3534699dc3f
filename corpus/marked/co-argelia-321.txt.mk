Interview ID: CO-ARG-321
Date: 2024-11-22
Location: [[Popayán|PLACE]], [[Cauca|PLACE]], [[Colombia|PLACE]]
Language: Spanish, interpreted
Interviewer: [[Sarah Whitcombe|PERSON]]
Interpreter: [[Andrés Quiñones|PERSON]]

INT: Where did you live until [[last month|DATE:2024-10-01..2024-10-31]]?
RESP: In [[El Plateado|PLACE]], in [[Argelia|PLACE]], [[Cauca|PLACE]]. Up in the canyon of the [[Micay|PLACE]]. I had a small shop, groceries, beer, minutes for the phone.
INT: Who controlled [[El Plateado|PLACE]] [[before October|DATE]]?
RESP: Everybody knows. The [[Carlos Patiño|ACTOR:FARC dissidents]], [[the dissidents|ACTOR:FARC dissidents]]. They were the law there, their commander they call "[[el Mono|PERSON]]" said who can open a shop, who must leave. Then on [[the 12th of October|DATE:2024-10-12]] [[the army|ACTOR:Colombian armed forces]] came, many soldiers, helicopters, to take the town.
INT: What happened after [[the army|ACTOR:Colombian armed forces]] arrived?
RESP: Combat, every day, [[the first week|DATE:2024-10-12..2024-10-19]]. [[Gunfire|WEAPON:SMALL_ARMS]] from the hills, from the houses at the edge. We stayed inside, under the beds, on the floor. And then [[the drones|WEAPON:DRONE_STRIKE]].
INT: Tell me about [[the drones|WEAPON:DRONE_STRIKE]].
RESP: [[The dissidents|ACTOR:FARC dissidents]] fly small [[drones|WEAPON:DRONE_STRIKE]] with [[explosives|WEAPON:DRONE_STRIKE]] tied below and drop them on the soldiers. But the soldiers were in the town, in the park, near the school, near the people.
RESP: On [[Sunday the 20th|DATE:2024-10-20]], in [[the afternoon|DATE]], a [[drone|WEAPON:DRONE_STRIKE]] dropped its charge near the football field, where the soldiers had their tents, and also the children were playing. {{c2|Two children were wounded, a boy of nine, [[Brayan|PERSON]], and his little sister [[Valentina|PERSON]], in the legs.}} {{c3|And doña [[Esperanza Muñoz|PERSON]], sixty-two, who sold empanadas at the corner of the field, she was killed.}}
INTERPRETER: Her name, Esperanza, means hope. He said afterwards, "there went our esperanza".
RESP: Yes. She was the esperanza of the town, she fed everybody. Now we have no esperanza. [pause]
INT: Were you there?
RESP: I was at my shop, two blocks. I heard the buzz, then the explosion. I ran. I saw doña [[Esperanza|PERSON]] on the ground. The soldiers put the children in their truck to the health post.
INT: Was anybody else hurt?
RESP: {{c4|Two soldiers, I think, also wounded. I saw them carried.}}
INT: Who do you hold responsible?
RESP: [[The dissidents|ACTOR:FARC dissidents]] threw [[the drone|WEAPON:DRONE_STRIKE]], that is clear, nobody else has [[drones|WEAPON:DRONE_STRIKE]] like that. But also [[the army|ACTOR:Colombian armed forces]] put the tents in the middle of the people. Both.
INT: Are there [[landmines|WEAPON:LANDMINE]] around [[El Plateado|PLACE]]?
RESP: Yes, on the paths to the farms, [[the dissidents|ACTOR:FARC dissidents]] put [[mines|WEAPON:LANDMINE]] so [[the army|ACTOR:Colombian armed forces]] cannot come up. {{c5|In [[September|DATE:2024-09-01..2024-09-30]], before all this, a mule driver, [[Wilmer|PERSON]], lost his leg on the path to [[La Emboscada|PLACE]].}} I knew him, he brought the coffee down to my shop.
INT: Has anyone in your family been affected?
RESP: {{c6|My nephew [[Yeferson|PERSON]], sixteen. In [[August|DATE:2024-08-01..2024-08-31]] he went to a party in [[Sinaí|PLACE]] and he never came home. People say [[the dissidents|ACTOR:FARC dissidents]] took him to the mountains, to train.}} My sister has not slept since [[August|DATE:2024-08-01..2024-08-31]]. If [[the army|ACTOR:Colombian armed forces]] had come a year earlier, maybe [[Yeferson|PERSON]] would be in school.
INT: Why did you leave?
RESP: {{c7|After [[the drone|WEAPON:DRONE_STRIKE]], my wife [[Nubia|PERSON]] said enough. On [[the 26th|DATE:2024-10-26]] we closed the shop and came down to [[Popayán|PLACE]], the four of us, with two bags.}} Many families came down [[that week|DATE]], thirty, forty, nobody counted.
INT: Will you go back?
RESP: When there is peace. Real peace. Not the peace of the papers.
@@witness co-argelia-shopkeeper-321
@@claim c2 harm=INJURED min=2 max=2 named="Brayan; Valentina" weapon=DRONE_STRIKE actor="FARC dissidents" site="El Plateado" date=2024-10-20 basis=WITNESSED incident=co-argelia-20241020-el-plateado-field-drone
@@claim c3 harm=KILLED min=1 max=1 named="Esperanza Muñoz" weapon=DRONE_STRIKE actor="FARC dissidents" site="El Plateado" date=2024-10-20 basis=WITNESSED incident=co-argelia-20241020-el-plateado-field-drone
@@claim c4 harm=INJURED min=2 max=2 weapon=DRONE_STRIKE actor="FARC dissidents" site="El Plateado" date=2024-10-20 basis=WITNESSED incident=co-argelia-20241020-el-plateado-field-drone
@@claim c5 harm=INJURED min=1 max=1 named="Wilmer" weapon=LANDMINE actor="FARC dissidents" site="La Emboscada" date=2024-09-01..2024-09-30 basis=HEARSAY incident=co-argelia-20240900-la-emboscada-mine-wilmer
@@claim c6 harm=MISSING min=1 max=1 named="Yeferson" actor="FARC dissidents" site="Sinaí" date=2024-08-01..2024-08-31 basis=HEARSAY incident=co-argelia-20240800-sinai-yeferson-missing
@@claim c7 harm=DISPLACED min=4 max=4 site="El Plateado" date=2024-10-26 basis=EXPERIENCED incident=co-argelia-20241026-shopkeeper-family-displaced
