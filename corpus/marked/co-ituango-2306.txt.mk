Notes of a phone call
Date: 2022-06-21
Caller: [[Luz Dary Cardona|PERSON]], teacher, corregimiento [[Santa Rita|PLACE]], [[Ituango|PLACE]] ([[Antioquia|PLACE]])
Taken by: [[Julia Restrepo|PERSON]] (notes in English, translated from Spanish as we spoke)
Call length: about 50 minutes, line cut twice

[[Luz Dary|PERSON]] called from [[Medellín|PLACE]], where she has been staying with a sister since [[April|DATE:2022-04-01..2022-04-30]]. She asked that the notes say "profe [[Luz|PERSON]]", as the children call her; she is fine with her full name being kept in the file.

She taught at the rural school in [[Santa Rita|PLACE]] for nine years. She says that from [[late 2021|DATE:2021-10-01..2021-12-31]] [[the dissidents|ACTOR:FARC dissidents]] of [[the 18th front|ACTOR:FARC dissidents]] and the [[Gaitanistas|ACTOR:Clan del Golfo]] were fighting for the road to [[Briceño|PLACE]] and the coca on the hills above the river.

The school. On [[the 12th of March|DATE:2022-03-12]], [[a Saturday|DATE:2022-03-12]], some soldiers of [[the army|ACTOR:Colombian armed forces]] were resting on the football pitch beside the school, and [[around ten in the morning|DATE:2022-03-12]] two [[drones|WEAPON:DRONE_STRIKE]] came over the hill and dropped [[explosives|WEAPON:DRONE_STRIKE]]. {{c2|One fell on the school roof, the zinc roof, and the classroom of third and fourth grade was torn open, the benches and the blackboard in pieces.}} {{c3|She was inside with eleven children for the Saturday reinforcement class. She was cut on the arm and the shoulder, and two of the children were hit, [[Sneider|PERSON]], who is eight, and [[Valentina Úsuga|PERSON]], nine, in the legs.}} She carried [[Valentina|PERSON]] herself to the health post. She says clearly [[the soldiers|ACTOR:Colombian armed forces]] did not fire back at anyone [[that morning|DATE:2022-03-12]], they ran into the trees.

She is sure [[the drones|WEAPON:DRONE_STRIKE]] were from [[the dissidents|ACTOR:FARC dissidents]]: "[[the 18|ACTOR:FARC dissidents]] have the drones, everybody knows, they use them on [[the army|ACTOR:Colombian armed forces]] since last year." She did not see who flew them.

[[Travesías|PLACE]]. She spoke of [[Briceño|PLACE]] also, where her husband's family is. {{c4|In [[May of last year|DATE:2021-05-01..2021-05-31]], she was told by her mother-in-law, Doña [[Rubiela|PERSON]]... [[Rubiela Zapata|PERSON]], that men of [[the Clan|ACTOR:Clan del Golfo]] came to the vereda [[Travesias|PLACE:Travesías]] at [[night|DATE:2021-05-01..2021-05-31]] and took five young men out of their houses, to make them carry supplies or join.}} {{c5|Three were let go after some days. [[Yeison|PERSON]], [[Yeison Zapata|PERSON]], her husband's nephew, and another boy whose name she did not know were not.}} {{c5|"Nobody knows where [[Yeison|PERSON]] is, not even if he is alive." The family gave the name to the Fiscalía and to the search unit.}}

She adds that in [[the same week|DATE:2021-05-01..2021-05-31]] [[the Clan|ACTOR:Clan del Golfo]] tried to take a sixth boy, but the president of the junta and the old men stood in the door of the house and talked with them for two hours and they left without him.

[[Santa Rita|PLACE]] after [[the drones|WEAPON:DRONE_STRIKE]]. {{c6|In [[April|DATE:2022-04-01..2022-04-30]] the fighting came to the edge of the village, with [[gunfire|WEAPON:SMALL_ARMS]] many nights, and the families left. She heard on the community radio that more than four hundred people went down to the town of [[Ituango|PLACE]] in two days, and she thinks it was more.}} {{c7|She left with her two daughters, [[Mariana|PERSON]] and [[Salomé|PERSON]], on [[the 9th of April|DATE:2022-04-09]], in a chiva with the neighbours.}}

Her house. {{c8|A neighbour who went back in [[June|DATE:2022-06-01..2022-06-20]] sent her photos on WhatsApp: the door broken, the fridge and the mattresses taken, and the coffee drying shed behind burned.}} She does not know who did it.

[[Mines|WEAPON:LANDMINE]]. Asked about [[mines|WEAPON:LANDMINE]], she said the path from [[Santa Rita|PLACE]] to the vereda [[El Pescado|PLACE]] has been closed since [[2021|DATE:2021-01-01..2021-12-31]]. {{c9|In [[January|DATE:2022-01-01..2022-01-31]] a mule driver, Don [[Heriberto|PERSON]]... (she corrected: [[Heriberto Graciano|PERSON]]), stepped on a [[mine|WEAPON:LANDMINE]] there and lost the right foot; the mule died.}} She visited him in the hospital in [[Yarumal|PLACE]].

She asked if the school will be repaired. I said I did not know. She said the children are now in a classroom in [[Ituango|PLACE]] town with sixty others, and [[Sneider|PERSON]] still does not want to hear the sound of motorbikes, it sounds like the drones to him.

Follow-up: send her the number of the psychosocial team in [[Medellín|PLACE]]. Ask if she is willing to be interviewed in person.
@@witness co-ituango-luz-dary-cardona
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="FARC dissidents" site="Santa Rita" date=2022-03-12 basis=WITNESSED incident=co-ituango-20220312-santarita-school-drones
@@claim c3 harm=INJURED min=3 max=3 named="Sneider; Valentina Úsuga" weapon=DRONE_STRIKE actor="FARC dissidents" site="Santa Rita" date=2022-03-12 basis=EXPERIENCED incident=co-ituango-20220312-santarita-school-drones
@@claim c4 harm=DETAINED min=5 max=5 actor="Clan del Golfo" site="Travesias" date=2021-05-01..2021-05-31 basis=HEARSAY incident=co-briceno-20210500-travesias-young-men-taken
@@claim c5 harm=MISSING min=2 max=2 named="Yeison; Yeison Zapata" actor="Clan del Golfo" site="Travesias" date=2021-05-01..2021-05-31 basis=HEARSAY incident=co-briceno-20210500-travesias-young-men-taken
@@claim c6 harm=DISPLACED min=401 max=null weapon=SMALL_ARMS site="Santa Rita" date=2022-04-01..2022-04-30 basis=REPORTED incident=co-ituango-20220400-santarita-mass-displacement
@@claim c7 harm=DISPLACED min=3 max=3 named="Mariana; Salomé" site="Santa Rita" date=2022-04-09 basis=EXPERIENCED incident=co-ituango-20220400-santarita-mass-displacement
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="Santa Rita" date=2022-04-09..2022-06-20 basis=HEARSAY incident=co-ituango-20220400-cardona-house-looted
@@claim c9 harm=INJURED min=1 max=1 named="Heriberto; Heriberto Graciano" weapon=LANDMINE site="El Pescado" date=2022-01-01..2022-01-31 basis=HEARSAY incident=co-ituango-20220100-elpescado-path-mine
