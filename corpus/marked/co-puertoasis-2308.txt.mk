@@encoding utf-16le
Interview ID: CO-PAS-2308
Date: 2023-08-17
Place of interview: [[Puerto Asís|PLACE]], [[Putumayo|PLACE]]
Language: Spanish, interpreted into English
Interviewer: [[Hannah Oduya|PERSON]]
Interpreter: [[Camilo Benavides|PERSON]]

INT: Good morning. Can you tell me your name and where you are from?
RESP: [[Doris Amparo Yela|PERSON]]. From the vereda [[La Rosa|PLACE]], near [[Teteyé|PLACE]], in [[Puerto Asis|PLACE:Puerto Asís]]. Since [[last year|DATE:2022-01-01..2022-12-31]] I live here in the town, in a room by the port.
INT: Why did you come to the town?
RESP: Because of my husband. [[Jhon Fredy|PERSON]]. [[Jhon Fredy Mavisoy|PERSON]]. He had a boat, he carried people and plantain on the [[Putumayo|PLACE]] river.
RESP: {{c1|It was [[the week the school reopened after the holidays|DATE:2022-01-20..2022-01-31]], in [[late January|DATE:2022-01-20..2022-01-31]] of [[2022|DATE:2022-01-01..2022-12-31]]. He was at the port of [[Puerto Vega|PLACE]] with the boat, and men of the [[Comandos|ACTOR:Comandos de la Frontera]] came, two on a motorbike, and told him to come with them to speak with the boss.}}
RESP: {{c1|The boy who helps him, [[Kevin|PERSON]], saw it. He said [[Jhon Fredy|PERSON]] went without fighting, he thought he would come back.}}
INTERPRETER: She uses "los Comandos", the group called [[Comandos de la Frontera|ACTOR:Comandos de la Frontera]].
INT: And did he come back?
RESP: {{c2|No. [pause] Nineteen months now. No call, no body, no news. Somebody said they saw him in [[Ecuador|PLACE]], somebody said the river. We do not know where he is.}}
RESP: {{c3|The Personería put his name and his photo on their Facebook page with the other disappeared of the municipality. There were eleven names on that list from [[2022|DATE:2022-01-01..2022-12-31]] alone.}}
INT: What happened to the boat?
RESP: {{c4|[[Two weeks later|DATE:2022-02-07..2022-02-14]] I went to [[Puerto Vega|PLACE]] to find it. It was pulled up on the bank and the engine was burned, the plastic melted, the wood black. Somebody poured gasoline.}} It was our whole life, that engine.
INT: Were you threatened?
RESP: They sent a message to my phone. "Leave, señora, don't go asking." {{c5|So I left with my two girls, [[Esperanza|PERSON]] and [[Yurani|PERSON]], in [[March|DATE:2022-03-01..2022-03-31]].}} My older girl is called [[Esperanza|PERSON]], and I tell her, you are the only esperanza I have now.
INT: Did anything happen to your daughters?
RESP: No. Thanks to God they did not touch my girls. I sent them first, with my sister, and then I came.
INT: You mentioned the cooperative in [[Teteyé|PLACE]].
RESP: Yes. I was in the committee of the women. {{c6|In [[November|DATE:2021-11-01..2021-11-30]], [[2021|DATE:2021-01-01..2021-12-31]], somebody threw a [[grenade|WEAPON:EXPLOSIVE_UNSPECIFIED]] into the office of the cooperative at [[night|DATE:2021-11-01..2021-11-30]], the windows blown in, the door torn off, the computer and the papers of thirty families, all destroyed.}}
RESP: {{c7|The radio of [[Puerto Asís|PLACE]] said two men who were sleeping in the back were injured, the guard and his son. I know the guard, Don [[Efraín|PERSON]]... [[Efraín Jojoa|PERSON]].}}
INT: Who threw it?
RESP: People say the [[Carolina Ramírez|ACTOR:FARC dissidents]], because the cooperative did not pay the vaccine, the tax. Other people say the [[Comandos|ACTOR:Comandos de la Frontera]]. Both are there, fighting for the river.
INT: Have you seen fighting between them?
RESP: {{c8|The [[gunfire|WEAPON:SMALL_ARMS]], yes, many times from the house. One time in [[Teteyé|PLACE]], in [[the afternoon|DATE:2021-09-01..2021-09-30]], in [[September|DATE:2021-09-01..2021-09-30]] I think, they were shooting across the school yard, and the teacher put the children on the floor. A girl of ten, [[Dayana|PERSON]], was hit in the arm.}}
RESP: {{c9|And in [[April this year|DATE:2023-04-01..2023-04-30]], the news on the Facebook of the town said three bodies came down the river at [[Puerto Vega|PLACE]], with the hands tied. I did not look. I was afraid one is him.}}
INT: Were you ever stopped by [[the army|ACTOR:Colombian armed forces]] or the police?
RESP: [[The army|ACTOR:Colombian armed forces]] stops the boats at [[Puerto Asís|PLACE]] and checks all the cédulas, they look in the bags and let you go. One time they kept my nephew two hours because his cédula was wet, and then they let him go.
INT: Is there something you want to add?
RESP: Only that I want his body, if he is dead. To bury him in [[La Rosa|PLACE]], next to his mother. [[Jhon Fredy Mavisoy Jamioy|PERSON]], forty-three years.
@@witness co-puertoasis-doris-amparo-yela
@@claim c1 harm=DETAINED min=1 max=1 named="Jhon Fredy" actor="Comandos de la Frontera" site="Puerto Vega" date=2022-01-20..2022-01-31 basis=HEARSAY incident=co-puertoasis-20220100-jhon-fredy-mavisoy-taken
@@claim c2 harm=MISSING min=1 max=1 named="Jhon Fredy" actor="Comandos de la Frontera" site="Puerto Vega" date=2022-01-20..2022-01-31 basis=EXPERIENCED incident=co-puertoasis-20220100-jhon-fredy-mavisoy-taken
@@claim c3 harm=MISSING min=11 max=11 site="Puerto Asis" date=2022-01-01..2022-12-31 basis=REPORTED incident=co-puertoasis-20220000-personeria-missing-list
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null site="Puerto Vega" date=2022-02-07..2022-02-14 basis=WITNESSED incident=co-puertoasis-20220100-jhon-fredy-mavisoy-taken
@@claim c5 harm=DISPLACED min=3 max=3 named="Esperanza; Yurani" site="La Rosa" date=2022-03-01..2022-03-31 basis=EXPERIENCED incident=co-puertoasis-20220300-yela-family-flight
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Teteyé" date=2021-11-01..2021-11-30 basis=HEARSAY incident=co-puertoasis-20211100-teteye-cooperative-grenade
@@claim c7 harm=INJURED min=2 max=2 named="Efraín Jojoa" weapon=EXPLOSIVE_UNSPECIFIED site="Teteyé" date=2021-11-01..2021-11-30 basis=REPORTED incident=co-puertoasis-20211100-teteye-cooperative-grenade
@@claim c8 harm=INJURED min=1 max=1 named="Dayana" weapon=SMALL_ARMS site="Teteyé" date=2021-09-01..2021-09-30 basis=HEARSAY incident=co-puertoasis-20210900-teteye-school-crossfire
@@claim c9 harm=KILLED min=3 max=3 site="Puerto Vega" date=2023-04-01..2023-04-30 basis=REPORTED incident=co-puertoasis-20230400-puerto-vega-river-bodies
