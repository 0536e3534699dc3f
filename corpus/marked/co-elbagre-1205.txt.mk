Interview ID: CO-ANT-1205
Date: 2023-05-19
Place of interview: [[Caucasia|PLACE]], [[Antioquia|PLACE]]
Language: Spanish
Interviewer: [[Lucía Restrepo|PERSON]]
Interpreter: none, transcribed and translated by [[Andrés Quintero|PERSON]]

INT: Good morning. Thank you for coming. Can you say your name?
RESP: Yes. [[Yesenia Palacios Mosquera|PERSON]]. I am thirty-four. I was born in [[Puerto Claver|PLACE]], that is a corregimiento of [[El Bagre|PLACE]], on the river.
INT: And what do you do there?
RESP: I had a little restaurant, eh, comida corriente, for the miners. Rice, fish, soup. Near the dock.
INT: Tell me what happened in [[April|DATE:2023-04-01..2023-04-30]].
RESP: It was [[Holy Saturday|DATE:2023-04-08]], the [[Sábado Santo|DATE:2023-04-08]], [[the eighth of April|DATE:2023-04-08]]. I know because the procession was [[the day before|DATE:2023-04-07]], and the priest did not come that year because of the situation.
INT: What situation?
RESP: The fighting between the [[Gaitanistas|ACTOR:Clan del Golfo]] and the [[ELN|ACTOR:ELN]]. For months already. The [[ELN|ACTOR:ELN]] was up the river, and the [[Gaitanistas|ACTOR:Clan del Golfo]], the [[Clan del Golfo|ACTOR:Clan del Golfo]], whatever you want to call them, they controlled the town. Everybody paid the vacuna, the tax, to them.
INT: What happened [[that Saturday|DATE:2023-04-08]]?
RESP: At [[night|DATE:2023-04-08]], [[about ten|DATE:2023-04-08]], there was music in the billiards of don [[Efraín|PERSON]]. Young people. I was closing the restaurant, washing pots. Then the motorbikes came, two or three motorbikes, men with hoods. They went into the billiards and they shot, with [[rifles|WEAPON:SMALL_ARMS]], many [[shots|WEAPON:SMALL_ARMS]], ta-ta-ta-ta.
INT: Did you see it?
RESP: I saw the motorbikes pass in front of my restaurant, yes. The [[shooting|WEAPON:SMALL_ARMS]] I heard, it is maybe thirty meters. I threw myself on the floor with my daughter.
INT: And afterwards?
RESP: {{c1|Afterwards I went out, and I saw three boys dead on the floor of the billiards. [[Brayan|PERSON]], the son of my comadre, he was nineteen. [[Deiner Córdoba|PERSON]]. And [[Wilmar|PERSON]], I don't remember his surname, he worked in the dredge.}} [crying]
INT: Take your time.
RESP: {{c2|And two more were wounded, one in the stomach. They took them in a boat to [[El Bagre|PLACE]], to the hospital, because in [[Puerto Claver|PLACE]] there is only a health post.}}
INT: Who were the men on the motorbikes?
RESP: People say they were the [[ELN|ACTOR:ELN]], coming to punish the boys because they said the boys were informers for [[the Clan|ACTOR:Clan del Golfo]]. Other people say it was [[the Clan|ACTOR:Clan del Golfo]] itself cleaning its own people. I don't know. They had hoods. I don't say who it was.
INT: I understand. What happened after [[that night|DATE:2023-04-08]]?
RESP: [[The next day|DATE:2023-04-09]] a pamphlet appeared at the dock, that all the families of the boys had to leave, and some other names also, and my name was not there, but my brother [[Jhon Jairo|PERSON]] was on it. {{c3|So we left, on [[the Monday|DATE:2023-04-10]], [[the 10th|DATE:2023-04-10]], my brother, me, my two children, my mother. Five people. Many left, maybe forty families, maybe more.}}
INT: Were you threatened directly?
RESP: Not me. But if we had stayed they would have killed my brother, that is sure. That is how it is there.
INT: Had anything happened before, in [[Puerto Claver|PLACE]]?
RESP: Yes, in [[January|DATE:2023-01-01..2023-01-31]], [[January of this year|DATE:2023-01-01..2023-01-31]], there was a [[drone|WEAPON:DRONE_STRIKE]] that dropped something near the soccer field, one of those [[drones|WEAPON:DRONE_STRIKE]] with explosives. {{c4|It hit the roof of the house of the [[Hinestroza|PERSON]] family, but nobody was hurt, thank God, they were in the back.}} Nobody was hurt in that one. Everybody said it was the [[ELN|ACTOR:ELN]] because they use the drones.
INT: And [[the army|ACTOR:Colombian armed forces]]? Was [[the army|ACTOR:Colombian armed forces]] in the town?
RESP: [[The army|ACTOR:Colombian armed forces]] came after the killing, [[three days later|DATE:2023-04-11]], they stayed one week and then they left. When they leave, the others come back.
INT: Is there something else you want to add?
RESP: Only that [[Brayan|PERSON]] was not an informer. He was a boy who liked music. His mother [[Luz Dary|PERSON]] still lives there, she did not want to leave her son's grave.
@@witness co-elbagre-yesenia-palacios
@@claim c1 harm=KILLED min=3 max=3 named="Brayan; Deiner Córdoba; Wilmar" weapon=SMALL_ARMS site="Puerto Claver" date=2023-04-08 basis=WITNESSED incident=co-elbagre-20230408-puertoclaver-billiards
@@claim c2 harm=INJURED min=2 max=2 weapon=SMALL_ARMS site="Puerto Claver" date=2023-04-08 basis=WITNESSED incident=co-elbagre-20230408-puertoclaver-billiards
@@claim c3 harm=DISPLACED min=5 max=5 site="Puerto Claver" date=2023-04-10 basis=EXPERIENCED incident=co-elbagre-20230408-puertoclaver-billiards
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="ELN" site="Puerto Claver" date=2023-01-01..2023-01-31 basis=HEARSAY incident=co-elbagre-20230100-soccerfield-drone
