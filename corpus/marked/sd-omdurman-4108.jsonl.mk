id: SD-OMD-4108
interview_date: 2023-11-12
place: Kassala, Sudan
language: Arabic (Sudanese), interpreted

INTERVIEWER: Thank you for meeting us. Please tell me your name and your work.
WITNESS: Sabah al-kheir. [[Mubarak Osman el-Tayeb|PERSON]], fifty-two. I sold vegetables in [[Souq Libya|PLACE]] in [[Omdurman|PLACE]], twenty years, the same place, under the same neem tree.
INTERVIEWER: What happened at the market?
WITNESS: [[The 3rd of September|DATE:2023-09-03]]. [[A Sunday|DATE:2023-09-03]], I am sure of [[the Sunday|DATE:2023-09-03]], because the tomatoes come from [[Shendi|PLACE]] on Sunday. [[Around ten in the morning|DATE:2023-09-03]] the [[shells|WEAPON:ARTILLERY]] came, four, maybe five, in the vegetable section.
INTERVIEWER: Where did they come from?
WITNESS: From the east, from across the river, from the side of [[the Rapid Support|ACTOR:Rapid Support Forces]]. They were sitting in [[Bahri|PLACE]] then. There were no soldiers in the vegetable section, only sellers, women with baskets, the boys with carts.
WITNESS: {{c1|[[Abdelmoneim|PERSON]], who sold onions next to me, and his son, they were lying together. I closed their eyes myself.}} {{c2|My nephew [[Musab|PERSON]], eighteen, he was carrying boxes for me. The metal went into his belly. They opened him at the [[al-Nau hospital|PLACE]] and sewed him, the doctors said pray.}}
INTERVIEWER: How many people died, do you know?
WITNESS: {{c3|The radio, Radio Omdurman, said fifteen.}} {{c4|I saw more than that lying in the mud, twenty, maybe more.}} I don't know, I was with [[Musab|PERSON]], I was not counting.
INTERVIEWER: And the market itself?
WITNESS: {{c5|My stall, the tree, the crates, nothing is left. The roof of the vegetable section came down on one side, the iron sheets.}}
INTERVIEWER: Were there other attacks near you?
WITNESS: My friend [[Ahmed Babiker|PERSON]] lives in [[Dar al-Salam|PLACE]], in [[Ombada|PLACE]]. {{c6,c8|In [[August|DATE:2023-08-01..2023-08-31]], at [[night|DATE:2023-08-01..2023-08-31]], no electricity, a [[drone|WEAPON:DRONE_STRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] hit the house next to his, where the [[RSF|ACTOR:Rapid Support Forces]] boys were sleeping.}} {{c6|His mother, in the next room, she did not wake up.}} He told me at the funeral.
INTERPRETER: He said "the RSF boys". He means fighters of the [[RSF|ACTOR:Rapid Support Forces]].
INTERVIEWER: Did the [[RSF|ACTOR:Rapid Support Forces]] threaten the market?
WITNESS: They said on their pages that they would shell the souq again if [[the army|ACTOR:Sudanese Armed Forces]] did not leave the radio building. Only words, we heard them every week.
INTERVIEWER: When did you leave [[Omdurman|PLACE]]?
WITNESS: {{c7|[[One week after the market|DATE:2023-09-10]]. We left with a bus, me, my wife, my daughter [[Sabah|PERSON]] and her two children, to my uncle's house here in [[Kassala|PLACE]].}} [[Musab|PERSON]] stayed in the hospital with his mother.
INTERVIEWER: Is [[Musab|PERSON]] better?
WITNESS: When I call, they say he is the same. In shaa Allah.
@@witness sd-omdurman-mubarak-eltayeb
@@claim c1 harm=KILLED min=2 max=2 named="Abdelmoneim" weapon=ARTILLERY actor="Rapid Support Forces" site="Souq Libya" date=2023-09-03 basis=WITNESSED incident=sd-omdurman-20230902-souq-libya-vegetable-shells
@@claim c2 harm=INJURED min=1 max=1 named="Musab" weapon=ARTILLERY actor="Rapid Support Forces" site="Souq Libya" date=2023-09-03 basis=WITNESSED incident=sd-omdurman-20230902-souq-libya-vegetable-shells
@@claim c3 harm=KILLED min=15 max=15 weapon=ARTILLERY site="Souq Libya" date=2023-09-03 basis=REPORTED incident=sd-omdurman-20230902-souq-libya-vegetable-shells
@@claim c4 harm=KILLED min=20 max=null weapon=ARTILLERY actor="Rapid Support Forces" site="Souq Libya" date=2023-09-03 basis=WITNESSED incident=sd-omdurman-20230902-souq-libya-vegetable-shells
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Rapid Support Forces" site="Souq Libya" date=2023-09-03 basis=EXPERIENCED incident=sd-omdurman-20230902-souq-libya-vegetable-shells
@@claim c6 harm=KILLED min=1 max=1 weapon=DRONE_STRIKE actor="Sudanese Armed Forces" site="Dar al-Salam" date=2023-08-01..2023-08-31 basis=HEARSAY incident=sd-omdurman-20230800-dar-alsalam-babiker-drone
@@claim c7 harm=DISPLACED min=5 max=5 named="Sabah" site="Omdurman" date=2023-09-10 basis=EXPERIENCED incident=sd-omdurman-20230910-eltayeb-family-flight
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Sudanese Armed Forces" site="Dar al-Salam" date=2023-08-01..2023-08-31 basis=HEARSAY incident=sd-omdurman-20230800-dar-alsalam-babiker-drone
