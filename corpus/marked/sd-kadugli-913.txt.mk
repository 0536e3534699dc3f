@@encoding utf-16le
Interview ID: SD-KDG-913
Date of interview: 11 March 2016
Place of interview: [[Yida|PLACE]] refugee camp, [[Unity|PLACE]] State, [[South Sudan|PLACE]]
Language: Otoro and Arabic, interpreted into English
Interviewer: [[Jonas Brekke|PERSON]]
Interpreter: [[Kuku Tiya|PERSON]]

Q: Where is your home?
A: [[Um Dorein|PLACE]], south of [[Kadugli|PLACE]]. Before the war I drove a lorry between [[Kadogli|PLACE:Kadugli]] and [[El Obeid|PLACE]].
Q: When did you leave?
A: The first time in [[June 2011|DATE:2011-06-01..2011-06-30]], when the fighting started inside [[Kadugli|PLACE]] town. [[The army|ACTOR:Sudanese Armed Forces]] and [[the Popular Defence|ACTOR:Sudanese Popular Defence Forces]] were going house by house in [[Hajar al-Mak|PLACE]], looking for Nuba. {{c1|My cousin [[Ismail Kafi|PERSON]] was taken from his shop, we never found him.}}
[Interpreter: Popular Defence is the government militia; he says "Difaa al-Shaabi".]
Q: And after that?
A: We went to the hills, to my father's village. There the problem was [[the Antonov|WEAPON:AIRSTRIKE]]. Every day, or every two days, it comes very high, you hear it, and the people run to the caves.
Q: What does [[the Antonov|WEAPON:AIRSTRIKE]] drop?
A: [[Barrels|WEAPON:BARREL_BOMB]]. They push them from the door at the back. Sometimes six, sometimes eight [[barrels|WEAPON:BARREL_BOMB]] in one round.
{{c2|In [[2012|DATE:2012-01-01..2012-12-31]], in [[the harvest|DATE:2012-10-01..2012-11-30]], a [[barrel|WEAPON:BARREL_BOMB]] fell in the field where the women were cutting sorghum. Four women died. One was my aunt, [[Kaka Tutu|PERSON]].}} {{c3|And the girl [[Amal|PERSON]], who was ten, she lost her legs.}} I saw this, I was coming with the donkey to carry the sorghum.
Q: Did you see other kinds of bombs?
A: Yes. In [[2015|DATE:2015-01-01..2015-12-31]] came the [[cluster bombs|WEAPON:CLUSTER_MUNITION]], near [[Kauda|PLACE]]. The big one opens in the air and the small [[bomblets|WEAPON:CLUSTER_MUNITION]] fall everywhere, like rain.
[Interpreter: He makes a gesture of scattering with both hands.]
{{c4|In [[April|DATE:2015-04-01..2015-04-30]], in [[Tongoli|PLACE]], the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] fell near the school, three children were injured, [[Neroun|PERSON]] and two of his friends.}} Later the children found more small ones in the grass, not exploded. The teachers told them, do not touch.
Q: Was anybody hurt by those unexploded ones?
A: {{c5|Yes, one boy, [[Salah Kuku|PERSON]], he was seven, in [[the rainy season|DATE:2015-06-01..2015-09-30]], he picked one up. He died.}} I did not see, his father told me, we are from the same clan.
Q: Did anything burn?
A: {{c6|Once, in [[2014|DATE:2014-01-01..2014-12-31]], [[the Antonov|WEAPON:AIRSTRIKE]] dropped something that made fire, [[fire bombs|WEAPON:INCENDIARY]], the whole hill was burning, the houses with the grass roofs, maybe fifteen houses, and the granaries.}} No one died that time, they were in the caves. After, we found pieces of the [[fire bombs|WEAPON:INCENDIARY]], like metal tubes, still smoking. But the food, all of it, finished.
Q: Why did you come to [[Yida|PLACE]]?
A: {{c7|Because no food. In [[January|DATE:2016-01-01..2016-01-31]] I came with my wife and five children, we walked twelve days.}} If we stayed, the children would die of hunger, not of [[the Antonov|WEAPON:AIRSTRIKE]].
Q: Anything else?
A: Tell them the Nuba are not rebels, all of us. The children in the caves are not rebels.
@@witness sd-kadugli-umdorein-lorry-driver
@@claim c1 harm=MISSING min=1 max=1 named="Ismail Kafi" actor="Sudanese Armed Forces" site="Hajar al-Mak" date=2011-06-01..2011-06-30 basis=HEARSAY incident=sd-kadugli-20110600-house-searches
@@claim c2 harm=KILLED min=4 max=4 named="Kaka Tutu" weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Um Dorein" date=2012-10-01..2012-11-30 basis=WITNESSED incident=sd-umdorein-20121000-sorghum-field-barrel
@@claim c3 harm=INJURED min=1 max=1 named="Amal" weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Um Dorein" date=2012-10-01..2012-11-30 basis=WITNESSED incident=sd-umdorein-20121000-sorghum-field-barrel
@@claim c4 harm=INJURED min=3 max=3 named="Neroun" weapon=CLUSTER_MUNITION site="Tongoli" date=2015-04-01..2015-04-30 basis=WITNESSED incident=sd-tongoli-20150400-school-cluster
@@claim c5 harm=KILLED min=1 max=1 named="Salah Kuku" weapon=CLUSTER_MUNITION site="Tongoli" date=2015-06-01..2015-09-30 basis=HEARSAY incident=sd-tongoli-20150000-bomblet-boy
@@claim c6 harm=PROPERTY_DAMAGE min=15 max=15 weapon=INCENDIARY actor="Sudanese Armed Forces" site="Um Dorein" date=2014-01-01..2014-12-31 basis=WITNESSED incident=sd-umdorein-20140000-fire-bombs
@@claim c7 harm=DISPLACED min=7 max=7 site="Um Dorein" date=2016-01-01..2016-01-31 basis=EXPERIENCED incident=sd-umdorein-20160100-hunger-flight
