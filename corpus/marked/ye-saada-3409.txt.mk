Notes of telephone interview
Date: 3 March 2019
Researcher: [[Tobias Wren|PERSON]]
Witness: W-3409, woman, about 45, from [[Dahyan|PLACE]], [[Saada|PLACE]] governorate; now in [[Saada|PLACE]] city
Language: Arabic; interpreted on the line by [[Sumaya Hassan|PERSON]]

The call was arranged by the witness's cousin and lasted about fifty minutes. The line dropped three times; the witness called back each time. She gave her name as [[Amatullah al-Ezzi|PERSON]] and asked that it be kept in our files only.

She said she is from [[Dhahyan|PLACE:Dahyan]], north of [[Saada|PLACE]] city, where her family has farms of pomegranates and grapes on the edge of the town. She moved to the city in [[2017|DATE:2017-01-01..2017-12-31]], after the events described below.

Bomblets on the farm. The witness said that in [[the spring of 2016|DATE:2016-03-01..2016-05-31]], "after the rains, when the grapes start", [[the planes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:Saudi-led coalition]] dropped something over the farms at [[night|DATE:2016-03-01..2016-05-31]], and in [[the morning|DATE:2016-03-01..2016-06-01]] the ground between the vines was full of [[small bombs|WEAPON:CLUSTER_MUNITION]] "like the batteries of a radio, with a ribbon". She did not know then that they were [[cluster bombs|WEAPON:CLUSTER_MUNITION]]; "we learned the word later".
{{c1|She said that [[two days later|DATE:2016-03-03..2016-06-02]] her nephew [[Ibrahim|PERSON]], who was ten, picked up one of the [[bomblets|WEAPON:CLUSTER_MUNITION]] near the water channel and it exploded in his hands. She was in the house, she heard the bang and ran out, and she saw him lying in the channel. He died before they reached the health centre.}}
{{c2|His friend [[Qasim|PERSON]], eight, who was standing near him, lost two fingers and has pieces in his legs, she said.}}
She added that after this, men from the village collected "more than fifty" of the [[bomblets|WEAPON:CLUSTER_MUNITION]] in a sack and took them away. Nobody else in the family was hurt by them, she said, "because after [[Ibrahim|PERSON]] no child went to the farm".

The old market in [[Saada|PLACE]] city. Asked about the city, she said her uncle [[Yahya al-Ezzi|PERSON]] had a cloth shop in the old market. {{c3|She said the shop "burned completely, the cloth, the rolls of silk, even the wooden door", in the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] of the city in [[May 2015|DATE:2015-05-01..2015-05-31]], and that "half the shops of that row" were gone.}} She did not see this; her uncle told her, and she saw the burned row herself only [[a year later|DATE:2016-05-01..2016-05-31]]. {{c4|Her uncle told her that the family of [[Muhsin|PERSON]], who sold honey next door, "a mother and her two boys", were killed [[the same night|DATE:2015-05-01..2015-05-31]].}} She could not give a date closer than "[[the middle of May|DATE:2015-05-11..2015-05-20]], [[before Ramadan|DATE:2015-05-01..2015-06-17]]".

The arrest of her husband. She said her husband, [[Ali Shuaib|PERSON]], worked as a driver between [[Dahyan|PLACE]] and the border. {{c5|She said that on [[a night in January 2017|DATE:2017-01-01..2017-01-31]] men of [[Ansar Allah|ACTOR:Houthis]] came to the house "with two cars", dragged him out of the bed in front of the children and took him, accusing him of giving coordinates to [[the aggression|ACTOR:Saudi-led coalition]].}}
{{c6|Since [[that night|DATE:2017-01-01..2017-01-31]], she said, she has had no news of him: he is not in the central prison in [[Saada|PLACE]], the supervisors told her they "know nothing", and she does not know whether he is alive.}}
She said the same men wanted to take her brother-in-law [[Jaber|PERSON]] too, but the elders of the village, among them Sheikh [[Abu Taleb|PERSON]], stood at the door and said they would answer for him, and the men left without him. [[Jaber|PERSON]] was questioned two times afterwards at the office in the city and released each time.
{{c7|She moved with her four children to her brother's house in [[Saada|PLACE]] city in [[February 2017|DATE:2017-02-01..2017-02-28]], "because the house without a man is not safe and the farm is full of those things".}}

Researcher's notes: the witness was calm and precise about the farm; she was less sure about the dates of the market [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]], which she did not see. She distinguished clearly between what she saw ([[Ibrahim|PERSON]]), what her uncle told her (the market), and what she does not know (her husband). She asked twice whether anyone could ask about [[Ali|PERSON]]. Follow-up: ask the cousin for the names of the two boys killed near the honey shop; check whether [[Qasim|PERSON]]'s family will talk.
@@witness ye-dahyan-amatullah-al-ezzi
@@claim c1 harm=KILLED min=1 max=1 named="Ibrahim" weapon=CLUSTER_MUNITION actor="Saudi-led coalition" site="Dhahyan" date=2016-03-03..2016-06-02 basis=WITNESSED incident=ye-dahyan-20160000-ezzi-farm-bomblet-ibrahim
@@claim c2 harm=INJURED min=1 max=1 named="Qasim" weapon=CLUSTER_MUNITION actor="Saudi-led coalition" site="Dhahyan" date=2016-03-03..2016-06-02 basis=WITNESSED incident=ye-dahyan-20160000-ezzi-farm-bomblet-ibrahim
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Saada" date=2015-05-01..2015-05-31 basis=HEARSAY incident=ye-saada-20150500-old-market-cloth-row
@@claim c4 harm=KILLED min=3 max=3 weapon=EXPLOSIVE_UNSPECIFIED site="Saada" date=2015-05-01..2015-05-31 basis=HEARSAY incident=ye-saada-20150500-old-market-cloth-row
@@claim c5 harm=DETAINED min=1 max=1 named="Ali Shuaib" actor="Houthis" site="Dahyan" date=2017-01-01..2017-01-31 basis=WITNESSED incident=ye-dahyan-20170100-ali-shuaib-taken
@@claim c6 harm=MISSING min=1 max=1 named="Ali Shuaib" actor="Houthis" site="Dahyan" date=2017-01-01..2017-01-31 basis=EXPERIENCED incident=ye-dahyan-20170100-ali-shuaib-taken
@@claim c7 harm=DISPLACED min=5 max=5 site="Dahyan" date=2017-02-01..2017-02-28 basis=EXPERIENCED incident=ye-dahyan-20170200-ezzi-family-displaced
