@@newline crlf
INTERVIEW RECORD
Interview ID: CD-DJG-4853
Interview date: 3 February 2025
Location: [[Kigonze|PLACE]] displacement site, [[Bunia|PLACE]], [[Ituri|PLACE]]
Language: Swahili, interpreted into English
Interviewer: [[Lucie Fontaine|PERSON]]
Interpreter: [[Gédéon Unega|PERSON]]

INT: Please tell me your name and where you come from.
RESP: [[Dorcas Kiza Ngabirano|PERSON]]. I come from [[Largu|PLACE]], in [[Djugu|PLACE]] territory. I was a seller of fish, the dry fish from the lake. We built our house there after the elections, in [[2018|DATE:2018-01-01..2018-12-31]], with the money from the fish.
INT: When did you leave [[Largu|PLACE]]?
RESP: After the attack. It was [[a Sunday|DATE:2022-05-08]]. [[The 8th|DATE:2022-05-08]], in [[May|DATE:2022-05-01..2022-05-31]]. I remember because [[the Saturday before|DATE:2022-05-07]] my daughter [[Aimée|PERSON]] did her first communion, and the dress was still on the chair.
INT: What happened [[that Sunday|DATE:2022-05-08]]?
RESP: In [[the evening|DATE:2022-05-08]], eh, when the sun was going down, the [[CODECO|ACTOR:CODECO]] came from the side of the hills. Many. Some with [[guns|WEAPON:SMALL_ARMS]], most with machetes and spears. We heard the [[shooting|WEAPON:SMALL_ARMS]] at the market first.
RESP: My husband [[Byensi|PERSON]] went out to look for our son, who was at the football. {{c1|He was shot in the leg, here, above the knee, in front of our door. I pulled him inside myself.}}
INT: Where was your son?
RESP: [[Kisembo|PERSON]] came back running [[after some minutes|DATE:2022-05-08]], thanks to God, nothing on him. He was nine.
RESP: {{c2|Then I saw them throw a [[grenade|WEAPON:EXPLOSIVE_UNSPECIFIED]] inside the house of the pastor, [[Ukumu|PERSON]], opposite us. The roof, the whole front, it fell down.}} The pastor was not inside, he was at [[Bunia|PLACE]] that week. His wife and children were hiding with us.
INTERPRETER: She says the pastor's family was in her house under the bed, four children.
INT: Was anyone killed near you?
RESP: {{c3|Our neighbour, old [[Tibamwenda Bagaya|PERSON]], he could not run, his legs were bad. They cut him at his door. I saw him in [[the morning|DATE:2022-05-09]] when we came out.}}
RESP: {{c4|My brother-in-law [[Mugisa|PERSON]] helped to bury. He told me seventeen people died in [[Largu|PLACE]] [[that night|DATE:2022-05-08]]. Seventeen, he counted them himself.}}
INT: Others have told us the number was higher.
RESP: Maybe. He said seventeen. Other people say more, I cannot say.
INT: Where were [[the soldiers|ACTOR:FARDC]]?
RESP: The [[FARDC|ACTOR:FARDC]] were at [[Fataki|PLACE]]. They came [[the next day|DATE:2022-05-09]]. They fired [[mortars|WEAPON:MORTAR]] at the hills from the road. We were afraid the [[bombs|WEAPON:MORTAR]] would fall on us instead. I don't know if they hit anything.
RESP: {{c5|[[That Monday|DATE:2022-05-09]] we left, all of us, me, [[Byensi|PERSON]] on a bicycle pushed by my brother-in-law, the three children. We walked two days to [[Bunia|PLACE]].}} The whole village was on the road.
INT: And since then you have been in [[Kigonze|PLACE]]?
RESP: Yes. Almost three years. [[Byensi|PERSON]] walks with a stick now.
INT: Has the site itself been safe?
RESP: Eh. Mostly. There was one time, in [[June 2023|DATE:2023-06-01..2023-06-30]], people were angry because the food had not come for three months. They closed the road near the gate. {{c6|[[The military|ACTOR:FARDC]] came and threw [[tear gas|WEAPON:CHEMICAL]]. My daughter [[Aimée|PERSON]] was near the water point, her eyes were burning, she vomited, a woman next to her fell down.}}
INT: Who were these soldiers?
RESP: The [[FARDC|ACTOR:FARDC]], the ones who guard the site. Nobody died from the [[gas|WEAPON:CHEMICAL]], I must say. People said a baby died from it, but it was not true, the baby was sick before, from measles.
INT: Do you want to go back to [[Largu|PLACE]]?
RESP: If there was peace I would go tomorrow. The fields are there. But who will protect us?
@@witness cd-djugu-dorcas-kiza-ngabirano
@@claim c1 harm=INJURED min=1 max=1 named="Byensi" weapon=SMALL_ARMS actor=CODECO site="Largu" date=2022-05-08 basis=WITNESSED incident=cd-djugu-20220508-largu-codeco-attack
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED actor=CODECO site="Largu" date=2022-05-08 basis=WITNESSED incident=cd-djugu-20220508-largu-codeco-attack
@@claim c3 harm=KILLED min=1 max=1 named="Tibamwenda Bagaya" actor=CODECO site="Largu" date=2022-05-08 basis=WITNESSED incident=cd-djugu-20220508-largu-codeco-attack
@@claim c4 harm=KILLED min=17 max=17 actor=CODECO site="Largu" date=2022-05-08 basis=HEARSAY incident=cd-djugu-20220508-largu-codeco-attack
@@claim c5 harm=DISPLACED min=6 max=6 named="Byensi" site="Largu" date=2022-05-09 basis=EXPERIENCED incident=cd-djugu-20220509-largu-exodus-bunia
@@claim c6 harm=INJURED min=2 max=2 named="Aimée" weapon=CHEMICAL actor=FARDC site="Kigonze" date=2023-06-01..2023-06-30 basis=WITNESSED incident=cd-bunia-20230600-kigonze-gate-tear-gas
