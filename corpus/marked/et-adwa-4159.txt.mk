NOTES OF PHONE CALL
Interview ID: ET-ADW-4159
Date: 22/01/2022
Witness: W-4159, man, 51, teacher from [[Adwa|PLACE]], now in [[Addis Ababa|PLACE]]
Language: Tigrinya and English
Notes by: [[Ruth Danforth|PERSON]]

W-4159 ([[Hadush Gebreslassie|PERSON]]) was reached on his nephew's phone. He arrived in [[Addis Ababa|PLACE]] in [[early January|DATE:2022-01-01..2022-01-10]] after a long journey he did not want to describe. The call lasted about fifty minutes; his English is good and he switched to it for most of the call. His own words are in quotation marks.

He lived all the war in [[Adwa|PLACE]], in the house of his parents near the [[Enda Selassie church|PLACE]]. He says the town was taken "without a real fight" around [[the 20th of November 2020|DATE:2020-11-20]]. {{c1|Before that, for two days, there was a [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] on the edges of the town, and one fell on the house of his uncle [[Zewdu|PERSON]], "the front room gone, the bed of my uncle under the roof".}} Nobody was in the room. He did not know who fired, "[[the federal|ACTOR:Ethiopian National Defense Force]] or [[the Eritreans|ACTOR:Eritrean forces]], both were coming".

His wife's cousin, [[Negasi|PERSON]], lived in [[Aksum|PLACE:Axum]], in [[Hawulti|PLACE:Hawelti]]. {{c2|In [[early December|DATE:2020-12-01..2020-12-10]], "[[the 4th or the 5th|DATE:2020-12-04..2020-12-05]], [[a Saturday|DATE:2020-12-05]] I think", [[Eritrean soldiers|ACTOR:Eritrean forces]] went through [[Hawulti|PLACE:Hawelti]] and took [[Negasi|PERSON]] with "about fifteen men" of his street.}} He knows this from [[Negasi|PERSON]]'s wife, who phoned his wife [[the same week|DATE:2020-12-05..2020-12-12]] from a neighbour's phone. He did not see it.

{{c3|[[Negasi|PERSON]] was not released with the others. In [[February|DATE:2021-02-01..2021-02-28]] a farmer found his body near the river below the airport road, "with the same shirt, so his wife knew him". He was buried in [[Axum|PLACE]] [[the next day|DATE:2021-02-01..2021-02-28]].}} The researcher asked whether others from that street were still missing. He said: {{c9|"One boy, [[Kiflom|PERSON]], the son of my wife's sister, they say he is in [[Eritrea|PLACE]]."}} He added that the boy's mother was in [[Adwa|PLACE]] with her daughters.

{{c4|That family, his wife's sister [[Atsede|PERSON]] and her two daughters, arrived at his house in [[Adwa|PLACE]] in [[February 2021|DATE:2021-02-01..2021-02-28]] on foot from [[Aksum|PLACE:Axum]] and stayed with them until [[June|DATE:2021-06-01..2021-06-30]].}}

On the road between [[Adwa|PLACE]] and [[Adi Abun|PLACE]], in [[January 2021|DATE:2021-01-01..2021-01-31]], a [[roadside bomb|WEAPON:IED]] hit an Eritrean truck. He says soldiers died in it and does not count this as an attack on civilians: "that was the fighters against the soldiers". {{c5|[[The next day|DATE:2021-01-01..2021-01-31]], [[the Eritreans|ACTOR:Eritrean forces]] came to [[Adi Abun|PLACE]] and took "twenty, maybe thirty" men from the village to their camp.}} {{c6|They burned six houses near the road, he saw the smoke from the hill and later walked past the walls.}} He heard that most of the men came back after some weeks. He could not give names.

The researcher asked about [[Adwa|PLACE]] town itself after [[June|DATE:2021-06-01..2021-06-30]]. He said there was "no fighting in the town", [[the Eritreans|ACTOR:Eritrean forces]] and [[the federal|ACTOR:Ethiopian National Defense Force]] had left. {{c7,c8|But in [[the second week of December 2021|DATE:2021-12-06..2021-12-12]], on the road from [[Adwa|PLACE]] to [[Axum|PLACE]], a [[drone|WEAPON:DRONE_STRIKE]] hit a truck with flour for the town.}} {{c7|"The driver, [[Awet|PERSON]], I taught him in grade eight, he died in the cabin."}} {{c8|"The truck was only iron after, and the flour burned on the road."}} He did not see the [[strike|WEAPON:DRONE_STRIKE]]; he went to the site with other men [[two hours later|DATE:2021-12-06..2021-12-12]]. He says it was "[[the federal|ACTOR:Ethiopian National Defense Force]] [[drone|WEAPON:DRONE_STRIKE]], only they have them", and that there were no fighters with the truck.

Asked if he was ever detained himself, he said soldiers had stopped him twice at the checkpoint near the bus station and checked his identity card. "Ten minutes, then go. Teachers they did not want." He was never held.

He asked that the researcher write [[Negasi|PERSON]]'s full name: [[Negasi Gebrezgabher|PERSON]], forty-four, a mechanic.
@@witness et-adwa-hadush-gebreslassie
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Adwa" date=2020-11-18..2020-11-20 basis=WITNESSED incident=et-adwa-20201118-bombardment-zewdu-house
@@claim c2 harm=DETAINED min=15 max=15 named="Negasi" actor="Eritrean forces" site="Hawulti" date=2020-12-04..2020-12-05 basis=HEARSAY incident=et-axum-20201205-hawelti-house-raids
@@claim c3 harm=KILLED min=1 max=1 named="Negasi" actor="Eritrean forces" site="Axum" date=2021-02-01..2021-02-28 basis=HEARSAY incident=et-axum-20201205-hawelti-house-raids
@@claim c4 harm=DISPLACED min=3 max=3 named="Atsede" actor="Eritrean forces" site="Aksum" date=2021-02-01..2021-02-28 basis=WITNESSED incident=et-axum-20210200-atsede-family-flight
@@claim c5 harm=DETAINED min=20 max=30 actor="Eritrean forces" site="Adi Abun" date=2021-01-01..2021-01-31 basis=HEARSAY incident=et-adwa-20210100-adi-abun-reprisal
@@claim c6 harm=PROPERTY_DAMAGE min=6 max=6 actor="Eritrean forces" site="Adi Abun" date=2021-01-01..2021-01-31 basis=WITNESSED incident=et-adwa-20210100-adi-abun-reprisal
@@claim c7 harm=KILLED min=1 max=1 named="Awet" weapon=DRONE_STRIKE actor="Ethiopian National Defense Force" site="Adwa" date=2021-12-06..2021-12-12 basis=HEARSAY incident=et-adwa-20211200-flour-truck-drone
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Ethiopian National Defense Force" site="Adwa" date=2021-12-06..2021-12-12 basis=WITNESSED incident=et-adwa-20211200-flour-truck-drone
@@claim c9 harm=MISSING min=1 max=1 named="Kiflom" actor="Eritrean forces" site="Hawulti" date=2020-12-04..2020-12-05 basis=HEARSAY incident=et-axum-20201205-hawelti-house-raids
