Interview ID: ML-MOU-518
Date of interview: 20 May 2022
Place of interview: [[Sévaré|PLACE]], [[Mopti|PLACE]] region
Language: Fulfulde, interpreted into French and English
Interviewer: [[Camille Roux|PERSON]]
Interpreter: [[Sekou Traoré|PERSON]]

INTERVIEWER: Where are you from?
WITNESS: From [[Moura|PLACE]], in the [[Djenné|PLACE]] circle. I buy and sell cattle. My name, write only [[Hamidou|PERSON]].
INTERVIEWER: Were you in [[Moura|PLACE]] at [[the end of March|DATE:2022-03-20..2022-03-31]]?
WITNESS: Yes. [[Sunday|DATE:2022-03-27]], [[the 27th|DATE:2022-03-27]], [[the day of the big market|DATE:2022-03-27]]. Many people come from the villages, with animals, with rice.
INTERPRETER: He says in [[Moura|PLACE]] the Sunday market is the biggest of the area, people come from twenty, thirty kilometres.
INTERVIEWER: What happened?
WITNESS: In [[the late morning|DATE:2022-03-27]] [[the helicopters|WEAPON:AIRSTRIKE]] came. Before them, in [[the early morning|DATE:2022-03-27]], [[drones|WEAPON:DRONE_STRIKE]] were turning over the town, but they did not fire. Four, five [[helicopters|WEAPON:AIRSTRIKE]]. Some landed outside the town, and soldiers came out. [[Malian soldiers|ACTOR:Malian armed forces]] and [[the white ones|ACTOR:Wagner Group]], the foreigners.
INTERVIEWER: Did [[the helicopters|WEAPON:AIRSTRIKE]] fire?
WITNESS: {{c1|Yes. One [[helicopter|WEAPON:AIRSTRIKE]] fired on people who were running to the river side. I saw two men fall near the well.}} There were some of [[the jihadists|ACTOR:JNIM]] in the market, maybe ten, fifteen, on motorbikes, they fired at the helicopter and they ran. Most of them escaped.
INTERVIEWER: What did [[the soldiers|ACTOR:Malian armed forces]] do then?
WITNESS: {{c2|The [[FAMa|ACTOR:Malian armed forces]] closed the town. Nobody could go out. They took all the men, hundreds of men, to the dry riverbed at the edge of the town, and they kept us there, in the sun, four days.}} They asked everybody: where are the [[Katiba|ACTOR:JNIM]] people? Who is with [[Amadou Koufa|PERSON]]?
INTERPRETER: [[Amadou Koufa|PERSON]] is the leader of the [[Katiba Macina|ACTOR:JNIM]].
INTERVIEWER: Please go on when you can.
WITNESS: {{c3|Every day [[the white soldiers|ACTOR:Wagner Group]] took some men out of the group, ten, twenty, and took them behind the houses. Then we heard the [[shots|WEAPON:SMALL_ARMS]].}} {{c4|On [[the Tuesday|DATE:2022-03-29]] they took my brother [[Oumar|PERSON]] and my cousin [[Bocar Sangaré|PERSON]]. They did not come back.}} [pause] {{c4|We found them on [[Thursday|DATE:2022-03-31]], when [[the soldiers|ACTOR:Malian armed forces]] left, with the others, in the ditch near the garden of [[Ba Sidi|PERSON]].}}
INTERVIEWER: How many people died in [[Moura|PLACE]], in your opinion?
WITNESS: {{c5|I counted the bodies in two places, more than sixty.}} {{c6|People who counted everything say more than three hundred. More than three hundred, yes.}}
INTERVIEWER: Who was doing the [[shooting|WEAPON:SMALL_ARMS]]?
WITNESS: Both. The [[FAMa|ACTOR:Malian armed forces]] and [[the white soldiers|ACTOR:Wagner Group]]. [[The white ones|ACTOR:Wagner Group]] decided. A Malian soldier, a Bambara, he was kind to me, he gave me water, he said "it is not us who choose".
INTERPRETER: FAMa is [[the Malian army|ACTOR:Malian armed forces]]. The white soldiers, people say they are [[Wagner|ACTOR:Wagner Group]], [[the Russians|ACTOR:Wagner Group]].
INTERVIEWER: Was anybody you know hurt but not killed?
WITNESS: {{c7|[[Aissata|PERSON]], the wife of my neighbour [[Amadou Cissé|PERSON]], she was shot in the arm on [[the first day|DATE:2022-03-27]], on the road to the river.}} She is alive, in [[Mopti|PLACE]] now.
INTERVIEWER: Were there fighters among the men who were killed?
WITNESS: Maybe one or two. I don't know everybody. But the men I knew were traders, herders, the tailor, the Koranic teacher [[Alpha Hama Diallo|PERSON]]. There were no weapons with us in the riverbed. If there were fighters, they left [[the first hour|DATE:2022-03-27]].
INTERVIEWER: When did you leave?
WITNESS: {{c8|When [[the soldiers|ACTOR:Malian armed forces]] left, on [[the fifth day|DATE:2022-03-31]], we buried, and [[the next week|DATE:2022-04-01..2022-04-08]] I brought my family to [[Sévaré|PLACE]], eleven people.}} I do not sell cattle now.
@@witness ml-moura-hamidou
@@claim c1 harm=KILLED min=2 max=2 weapon=AIRSTRIKE actor="Malian armed forces" site="Moura" date=2022-03-27 basis=WITNESSED incident=ml-moura-20220327-market-day-killings
@@claim c2 harm=DETAINED min=200 max=null actor="Malian armed forces" site="Moura" date=2022-03-27..2022-03-31 basis=EXPERIENCED incident=ml-moura-20220327-market-day-killings
@@claim c3 harm=KILLED min=null max=null weapon=SMALL_ARMS actor="Wagner Group" site="Moura" date=2022-03-27..2022-03-31 basis=WITNESSED incident=ml-moura-20220327-market-day-killings
@@claim c4 harm=KILLED min=2 max=2 named="Oumar; Bocar Sangaré" weapon=SMALL_ARMS actor="Wagner Group" site="Moura" date=2022-03-29 basis=WITNESSED incident=ml-moura-20220327-market-day-killings
@@claim c5 harm=KILLED min=61 max=null site="Moura" date=2022-03-27..2022-03-31 basis=WITNESSED incident=ml-moura-20220327-market-day-killings
@@claim c6 harm=KILLED min=301 max=null site="Moura" date=2022-03-27..2022-03-31 basis=HEARSAY incident=ml-moura-20220327-market-day-killings
@@claim c7 harm=INJURED min=1 max=1 named="Aissata" weapon=SMALL_ARMS site="Moura" date=2022-03-27 basis=HEARSAY incident=ml-moura-20220327-market-day-killings
@@claim c8 harm=DISPLACED min=11 max=11 site="Moura" date=2022-03-31..2022-04-08 basis=EXPERIENCED incident=ml-moura-20220327-market-day-killings
