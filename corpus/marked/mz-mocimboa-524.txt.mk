Interview ID: MZ-MDP-524
Date of interview: 2022-09-15
Place of interview: [[Mocímboa da Praia|PLACE]], [[Cabo Delgado|PLACE]]
Language: Portuguese and Kimwani
Interviewer: [[Inês Tavares|PERSON]]
Interpreter: [[Hilário Cossa|PERSON]]

Interviewer: You are back in [[Mocímboa|PLACE:Mocímboa da Praia]] since when?
Witness: Since [[June|DATE:2022-06-01..2022-06-30]]. After [[the Rwandans|ACTOR:Rwandan forces]] took the town back, the people started to come little by little. I am [[Amisse Nurdine|PERSON]], I was a teacher of Portuguese at the secondary school for twenty years.
Interviewer: When did the violence start for you?
Witness: The very first day. [[The 5th of October 2017|DATE:2017-10-05]]. [[Early morning|DATE:2017-10-05]], [[before the prayer of the dawn|DATE:2017-10-05]]. {{c1|Young men with [[guns|WEAPON:SMALL_ARMS]] attacked the police station and the post of the district. They killed two policemen, one of them [[Matias Chande|PERSON]], and the chief of our neighbourhood, [[Luís Cassimo|PERSON]].}} At that time we did not have a name for them. Later people said [[al-Shabaab|ACTOR:Ahlu Sunna Wal Jama'a]], or [[Ansar al-Sunna|ACTOR:Ahlu Sunna Wal Jama'a]].
Interviewer: And after that?
Witness: {{c2|After that the police of the [[UIR|ACTOR:Mozambican defence forces]] took many young men, they said these are [[the insurgents|ACTOR:Ahlu Sunna Wal Jama'a]]. My nephew [[Faizal|PERSON]], seventeen years, they took him in [[2018|DATE:2018-01-01..2018-12-31]] from the mosque and he was six months in the prison in [[Pemba|PLACE]] without judge.}} He was not an insurgent. He was playing football.
Interviewer: Were you in the town in [[2020|DATE:2020-01-01..2020-12-31]]?
Witness: Yes. {{c3|In [[June 2020|DATE:2020-06-01..2020-06-30]], at the end, they came into the town and stayed three days. [[The helicopter|WEAPON:AIRSTRIKE]] of [[the South Africans|ACTOR:Dyck Advisory Group]] came and fired [[rockets|WEAPON:ROCKET]] on the houses where they thought [[the insurgents|ACTOR:Ahlu Sunna Wal Jama'a]] were.}} {{c3,c9|One [[rocket|WEAPON:ROCKET]] fell on the house of my neighbour [[Ussene|PERSON]], his wife [[Rabia|PERSON]] died and his small girl.}}
Interpreter: He says "the South Africans" for the private company with the helicopters, [[DAG|ACTOR:Dyck Advisory Group]].
Witness: {{c4|In the same days [[the insurgents|ACTOR:Ahlu Sunna Wal Jama'a]] threw [[petrol bombs|WEAPON:INCENDIARY]] on the houses of people who worked for the government. The house of my colleague [[Celestino Mário|PERSON]] burned completely.}} I saw the boys prepare the [[fire bombs|WEAPON:INCENDIARY]] behind the market, with the bottles of beer from the bar they had closed.
Interviewer: When did you leave?
Witness: {{c5|In [[August 2020|DATE:2020-08-01..2020-08-31]], when they took the port. [[The 12th|DATE:2020-08-12]], I think. We left in a fishing boat to [[Pemba|PLACE]], my wife [[Fátima Amade|PERSON]], me, our five children.}} [[The army|ACTOR:Mozambican defence forces]] left by the sea also, before us. Nobody defended.
Interviewer: Were you in the camps for displaced people?
Witness: In [[Metuge|PLACE]], yes, almost two years. {{c6|In [[March 2021|DATE:2021-03-01..2021-03-31]], at the food distribution, there was a problem, people were pushing, and [[the police|ACTOR:Mozambican defence forces]] threw [[tear gas|WEAPON:CHEMICAL]] into the people. Many children fell, vomiting, I carried one boy to the health post.}} The [[gas|WEAPON:CHEMICAL]] was in my eyes until the night.
Interviewer: Did you hear about [[Palma|PLACE]] [[that month|DATE]]?
Witness: {{c7|Yes. My son-in-law [[Abudo|PERSON]] was in [[Palma|PLACE]]. He came to [[Metuge|PLACE]] in [[April|DATE:2021-04-01..2021-04-30]]. He told me in [[Palma|PLACE]] more than seventy people were killed, he helped to bury some of them near the airstrip.}}
Interviewer: What did you find when you came back here?
Witness: {{c8|My house is standing but with no roof, no doors, no windows. Everything taken.}} {{c4|The school is broken.}} The market is empty. {{c4|Many houses in the centre are burned.}} My daughter [[Saquina|PERSON]] cried when she saw her school. But the people come back, because where else.
Interviewer: Do you feel safe now?
Witness: In the town, with [[the Rwandans|ACTOR:Rwandan forces]], yes, a little. Outside the town, no. If you go to the fields far, they can come. Nobody was attacked in the town since we came back, but we don't sleep well.
@@witness mz-mocimboa-amisse-nurdine
@@claim c1 harm=KILLED min=3 max=3 named="Matias Chande; Luís Cassimo" weapon=SMALL_ARMS actor="Ahlu Sunna Wal Jama'a" site="Mocímboa da Praia" date=2017-10-05 basis=WITNESSED incident=mz-mocimboa-20171005-police-station-attack
@@claim c2 harm=DETAINED min=1 max=1 named="Faizal" actor="Mozambican defence forces" site="Mocímboa da Praia" date=2018-01-01..2018-12-31 basis=HEARSAY incident=mz-mocimboa-20180000-faizal-detained
@@claim c3 harm=KILLED min=2 max=2 named="Rabia" weapon=ROCKET actor="Dyck Advisory Group" site="Mocímboa da Praia" date=2020-06-25..2020-06-30 basis=WITNESSED incident=mz-mocimboa-20200627-helicopter-rocket-ussene-house
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Ahlu Sunna Wal Jama'a" site="Mocímboa da Praia" date=2020-06-25..2020-06-30 basis=WITNESSED incident=mz-mocimboa-20200627-insurgent-occupation
@@claim c5 harm=DISPLACED min=7 max=7 named="Fátima Amade" actor="Ahlu Sunna Wal Jama'a" site="Mocímboa da Praia" date=2020-08-12 basis=EXPERIENCED incident=mz-mocimboa-20200812-port-taken
@@claim c6 harm=INJURED min=null max=null weapon=CHEMICAL actor="Mozambican defence forces" site="Metuge" date=2021-03-01..2021-03-31 basis=WITNESSED incident=mz-metuge-20210300-distribution-tear-gas
@@claim c7 harm=KILLED min=71 max=null site="Palma" date=2021-03-24..2021-03-31 basis=HEARSAY incident=mz-palma-20210324-town-attack
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="Mocímboa da Praia" date=2020-08-12..2022-06-30 basis=EXPERIENCED incident=mz-mocimboa-20200812-port-taken
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Dyck Advisory Group" site="Mocímboa da Praia" date=2020-06-25..2020-06-30 basis=WITNESSED incident=mz-mocimboa-20200627-helicopter-rocket-ussene-house
