TRANSCRIPT OF INTERVIEW
Interview ID: BF-DJB-2405
Date of interview: 12 September 2023
Place of interview: [[Ouagadougou|PLACE]], [[Burkina Faso|PLACE]]
Language: Fulfulde, interpreted into French and English
Interviewer: [[Claire Nkemelu|PERSON]]
Interpreter: [[Issa Sawadogo|PERSON]]
Q: Please tell me who you are and where you come from.
A: I am [[Aminata Dicko|PERSON]]. I was born in [[Djibo|PLACE]], I have five children. My husband is [[Hama Dicko|PERSON]]. He sold goats before, then with the blockade there was nothing to sell.
Q: Your husband is called [[Hama|PERSON]]? Like the city in Syria?
A: I do not know this city. [[Hama|PERSON]] is a Fulani name, many men have it.
Q: What happened to him?
A: In [[March|DATE:2023-03-01..2023-03-31]], it was [[a Tuesday|DATE:2023-03-14]], [[the week the school reopened|DATE:2023-03-13..2023-03-17]], he went out with other men to cut wood on the road of [[Gasseliki|PLACE]], because there was no more wood in the town to cook. {{c1|[[The men of the bush|ACTOR:JNIM]] stopped them there, [[the jihadists|ACTOR:JNIM]], and they took them. My husband, his cousin [[Boubacar|PERSON]], and three others, five men.}}
Q: How do you know this?
A: {{c1|A boy who was with them, [[Souleymane|PERSON]], he ran into the bushes and came back in [[the evening|DATE:2023-03-14]] and told us.}} He said they tied their hands with their own turbans and put them on the motorbikes.
Q: Have you heard from your husband since?
A: {{c2|Nothing. Six months. We do not know where he is, if he is alive or if he is dead.}} Some people say they keep them in the forest near [[Mali|PLACE]] and ask money. Nobody asked us for money. We have no money anyway.
Q: Did anything happen to you or your children?
A: {{c3|My son [[Amadou|PERSON]], he is seventeen, the [[VDP|ACTOR:VDP]] took him at the checkpoint at the entrance of the town, in [[April|DATE:2023-04-01..2023-04-30]], because he is Peul and they said the Peul give food to [[the jihadists|ACTOR:JNIM]].}}
Q: How long was he held?
A: {{c3|Two weeks in a container, near the camp of the soldiers. They beat him on the feet.}} Then the chief of our quarter went to speak for him and they released him. Another time they came for [[Amadou|PERSON]]'s friend [[Ousmane Barry|PERSON]] in our courtyard, they wanted to take him but the old men of the quarter stood in front and said, this one is a child, we know him. So they left him.
Q: What was life like in [[Djibo|PLACE]] at that time?
A: No food coming, the trucks could not come. {{c4|In [[February|DATE:2023-02-01..2023-02-28]] [[the jihadists|ACTOR:JNIM]] blew up the water tower of the [[Secteur 4|PLACE]], I saw it lying on its side, and the big pump by the dam was burned. We went to fetch water at night at the old well, and then that well also, they threw a dead donkey inside, it was ruined.}}
Q: Were there attacks inside the town?
A: {{c5|Yes. The [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]] they threw from outside, I don't know what it was, at [[the end of May|DATE:2023-05-25..2023-05-31]]. One fell on the house of the [[Cissé|PERSON]] family, the roof of straw went up in fire and the mud walls fell.}} {{c6|The old woman [[Fatoumata Cissé|PERSON]] died inside, she could not walk.}}
Q: Who do you think fired them?
A: [[The jihadists|ACTOR:JNIM]]. [[The army|ACTOR:Burkinabè armed forces]] does not fire into the town.
Q: Were you in [[Djibo|PLACE]] when [[the army|ACTOR:Burkinabè armed forces]] used planes?
A: I heard about it. {{c7|People at the market said a [[drone|WEAPON:DRONE_STRIKE]] of [[the army|ACTOR:Burkinabè armed forces]] struck a wedding near [[Pobé|PLACE]], many died there.}} I was not there, I cannot say how many.
Q: When did you leave [[Djibo|PLACE]]?
A: {{c8|In [[July|DATE:2023-07-01..2023-07-31]], with the helicopter of [[the army|ACTOR:Burkinabè armed forces]] that took the sick people and the women, me and my five children, to [[Ouaga|PLACE:Ouagadougou]].}} My mother stayed. She says she will wait for [[Hama|PERSON]].
Q: Is there anything else you want to say?
A: Only that the road to [[Djibo|PLACE]] is closed, the convoys are attacked. {{c9,c10|My brother [[Idrissa|PERSON]] drives a truck, he told me in [[June|DATE:2023-06-01..2023-06-30]] a [[mine|WEAPON:LANDMINE]] on the road of [[Namssiguia|PLACE]] burned three trucks of his convoy and killed two drivers.}} If someone can find my husband, even his body, I will thank God.
@@witness bf-djibo-aminata-dicko
@@claim c1 harm=DETAINED min=5 max=5 named="Hama Dicko; Boubacar" actor="JNIM" site="Gasseliki" date=2023-03-14 basis=HEARSAY incident=bf-djibo-20230314-gasseliki-woodcutters-taken
@@claim c2 harm=MISSING min=1 max=1 actor="JNIM" site="Gasseliki" date=2023-03-14 basis=EXPERIENCED incident=bf-djibo-20230314-gasseliki-woodcutters-taken
@@claim c3 harm=DETAINED min=1 max=1 named="Amadou" actor="VDP" site="Djibo" date=2023-04-01..2023-04-30 basis=EXPERIENCED incident=bf-djibo-20230400-amadou-dicko-vdp-detention
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null actor="JNIM" site="Secteur 4" date=2023-02-01..2023-02-28 basis=WITNESSED incident=bf-djibo-20230200-water-tower-sabotage
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null named="Cissé" weapon=EXPLOSIVE_UNSPECIFIED site="Djibo" date=2023-05-25..2023-05-31 basis=WITNESSED incident=bf-djibo-20230500-cisse-house-shelling
@@claim c6 harm=KILLED min=1 max=1 named="Fatoumata Cissé" weapon=EXPLOSIVE_UNSPECIFIED site="Djibo" date=2023-05-25..2023-05-31 basis=WITNESSED incident=bf-djibo-20230500-cisse-house-shelling
@@claim c7 harm=KILLED min=null max=null weapon=DRONE_STRIKE actor="Burkinabè armed forces" site="Pobé" basis=HEARSAY incident=bf-pobemengao-20230000-wedding-drone
@@claim c8 harm=DISPLACED min=6 max=6 site="Djibo" date=2023-07-01..2023-07-31 basis=EXPERIENCED incident=bf-djibo-20230700-dicko-family-evacuation
@@claim c9 harm=KILLED min=2 max=2 weapon=LANDMINE site="Namssiguia" date=2023-06-01..2023-06-30 basis=HEARSAY incident=bf-djibo-20230600-namssiguia-convoy-ied
@@claim c10 harm=PROPERTY_DAMAGE min=3 max=3 weapon=LANDMINE site="Namssiguia" date=2023-06-01..2023-06-30 basis=HEARSAY incident=bf-djibo-20230600-namssiguia-convoy-ied
