Interview ID: CO-CAU-3103
Interview date: 11 May 2023
Location: [[Popayán|PLACE]], [[Cauca|PLACE]]
Language: Spanish (English transcript)
Interviewer: [[Anneke Vos|PERSON]]
Q: Please tell me your work in [[El Plateado|PLACE]].
A: I am auxiliary nurse. [[Yuri Andrea Realpe|PERSON]]. Eleven years in the puesto de salud of [[El Plateado|PLACE]], the health post, with Doña [[Paz|PERSON]], the head nurse, and [[Marleny Bolaños|PERSON]].
Q: We want to understand [[February|DATE:2023-02-01..2023-02-28]]. What happened at the health post?
A: {{c1|It was the carnival, [[Saturday the 18th|DATE:2023-02-18]], [[after lunch|DATE:2023-02-18]]. [[The army|ACTOR:Colombian armed forces]] had come in [[the morning|DATE:2023-02-18]] to the football field and [[the dissidents|ACTOR:FARC dissidents]] started to throw [[tatucos|WEAPON:MORTAR]] from the hill, those gas cylinders with explosive, at the field.}}
A: {{c1|One [[tatuco|WEAPON:MORTAR]] passed the field and came on us. The roof of the pharmacy came down, all the medicines under the tiles, the fridge with the vaccines broken in two.}}
Q: Were you inside?
A: {{c2|I was in the little room of the vaccines. I was thrown on the floor, my ear was bleeding, still I hear with this one only.}} {{c3|[[Marleny|PERSON]] had a piece in her leg, and a girl who was waiting with her mother, [[Sara Valentina|PERSON]], six years, a cut in the head.}}
A: {{c4|In the street, in front, Don [[Arcesio Males|PERSON]], he sold lottery, he died on the spot.}} I saw him when I crawled out. One man. I know people say more.
Q: Some people in [[Argelia|PLACE]] told us two or three died [[that day|DATE:2023-02-18]].
A: Maybe a soldier, I do not know about the soldiers, they took them in the helicopter. Civilians, one, Don [[Arcesio|PERSON]].
Q: The helicopter was attacking?
A: No, no. Sorry, my English. The helicopter came to take the wounded soldiers, at [[five|DATE:2023-02-18]] maybe. It did not shoot.
Q: [[After that day|DATE:2023-02-18]], could the health post work?
A: {{c5|For two months no. We attended in the house of the priest. And a lot of families went down to [[Argelia|PLACE]] town, to the coliseum, more than a hundred people, I think, [[the same night|DATE:2023-02-18]].}} My husband [[Fabio|PERSON]] took our children there on the motorbike, two trips.
Q: Did anything happen to your family?
A: [pause] In [[November|DATE:2022-11-01..2022-11-30]]. The men of [[Carlos Patiño|ACTOR:FARC dissidents]] came to the vereda at [[night|DATE:2022-11-01..2022-11-30]], they wanted to take [[Fabio|PERSON]], they said he talks to the police. The president of the Junta, Don [[Gonzalo Anacona|PERSON]], and the women, we stood in front of the truck. They shouted, they left. [[Fabio|PERSON]] stayed. Thanks to God.
Q: And other people?
A: {{c6|Yes. Three boys of the school of [[Sinaí|PLACE]] they took from the chiva, the bus, [[the same week|DATE:2022-11-01..2022-11-30]]. [[Kevin Esteban Ordóñez|PERSON]], [[Didier|PERSON]], and a boy I only know as "[[Pollo|PERSON]]".}} The mothers told me in the health post, crying.
A: {{c7|[[Didier|PERSON]] came back [[after two weeks|DATE:2022-11-01..2022-12-31]], thin, he escaped. [[Kevin Esteban|PERSON]] and [[Pollo|PERSON]], nobody knows. The mother of [[Kevin|PERSON]] still goes to the camp to ask, they say "he is not here".}}
Q: You mentioned a [[bombing|WEAPON:AIRSTRIKE]] too, before.
A: {{c8|Ah, yes. That was later, in [[March|DATE:2023-03-01..2023-03-31]], near [[Sinai|PLACE:Sinaí]]. The radio of [[Argelia|PLACE]] said [[the army|ACTOR:Colombian armed forces]] bombed a camp with [[the planes|WEAPON:AIRSTRIKE]], and that the [[bombardment|WEAPON:AIRSTRIKE]] also destroyed the house of the [[Ruiz|PERSON]] family and killed their cows.}} I did not see it. I only heard [[the planes|WEAPON:AIRSTRIKE]], very high, at [[four in the morning|DATE:2023-03-01..2023-03-31]].
Q: Was anyone of the [[Ruiz|PERSON]] family hurt?
A: The radio said no, they were in [[El Plateado|PLACE]] for the market. The house, only the walls.
Q: Is there anything you want to add?
A: Only that there was no military thing at the health post. No soldiers, no [[guns|WEAPON:SMALL_ARMS]]. A health post. We put a white flag on the roof, after. Now they talk about the paz total, the total peace. In [[El Plateado|PLACE]] nobody has seen it.
@@witness co-argelia-yuri-andrea-realpe
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="FARC dissidents" site="El Plateado" date=2023-02-18 basis=WITNESSED incident=co-argelia-20230218-el-plateado-health-post-tatucos
@@claim c2 harm=INJURED min=1 max=1 weapon=MORTAR actor="FARC dissidents" site="El Plateado" date=2023-02-18 basis=EXPERIENCED incident=co-argelia-20230218-el-plateado-health-post-tatucos
@@claim c3 harm=INJURED min=2 max=2 named="Marleny; Sara Valentina" weapon=MORTAR actor="FARC dissidents" site="El Plateado" date=2023-02-18 basis=WITNESSED incident=co-argelia-20230218-el-plateado-health-post-tatucos
@@claim c4 harm=KILLED min=1 max=1 named="Arcesio Males" weapon=MORTAR actor="FARC dissidents" site="El Plateado" date=2023-02-18 basis=WITNESSED incident=co-argelia-20230218-el-plateado-health-post-tatucos
@@claim c5 harm=DISPLACED min=101 max=null site="El Plateado" date=2023-02-18 basis=WITNESSED incident=co-argelia-20230218-el-plateado-health-post-tatucos
@@claim c6 harm=DETAINED min=3 max=3 named="Kevin Esteban Ordóñez; Didier; Pollo" actor="FARC dissidents" site="Sinaí" date=2022-11-01..2022-11-30 basis=HEARSAY incident=co-argelia-20221100-sinai-chiva-boys-taken
@@claim c7 harm=MISSING min=2 max=2 named="Kevin Esteban; Pollo" actor="FARC dissidents" site="Sinaí" date=2022-11-01..2022-11-30 basis=HEARSAY incident=co-argelia-20221100-sinai-chiva-boys-taken
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Colombian armed forces" site="Sinai" date=2023-03-01..2023-03-31 basis=REPORTED incident=co-argelia-20230300-sinai-ruiz-house-bombing
