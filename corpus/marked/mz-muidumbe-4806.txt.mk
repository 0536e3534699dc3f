Interview ID: MZ-MDB-4806
Date: 10 February 2021
Location: [[Metuge|PLACE]], [[Cabo Delgado|PLACE]]
Language: Shimakonde, interpreted into Portuguese and English
Interviewer: [[Rui Fonseca|PERSON]]
Interpreter: [[Celina Mpalume|PERSON]]

[00:00:05] Q: Good morning. Please tell us your name.
[00:00:09] A: [[Luísa Namashulua|PERSON]]. Thirty-four years, I think. I don't have the paper.
[00:00:16] Q: Where did you live before?
[00:00:19] A: In [[Miangalewa|PLACE]]. In [[Muidumbe|PLACE]]. I sold cassava and dried fish by the road.
[00:00:31] Q: We want to ask about the attack on [[Miangalewa|PLACE]] in [[October|DATE:2020-10-01..2020-10-31]]. Can you tell it?
[00:00:39] A: Yes. It was [[the last Saturday of October|DATE:2020-10-31]]. In [[the afternoon|DATE:2020-10-31]], eh, maybe four, five hours.
[00:00:51] Interpreter: She says it was [[the day of the market|DATE:2020-10-31]], so many people were on the road.
[00:01:02] A: They came from the side of [[Namacande|PLACE]]. Young men, many, some with uniforms of the army, some with capulanas on the head. With [[guns|WEAPON:SMALL_ARMS]], with machetes.
[00:01:20] Q: Who were they?
[00:01:23] A: The [[machababos|ACTOR:Ahlu Sunna Wal Jama'a]]. [[Al-Shabaab|ACTOR:Ahlu Sunna Wal Jama'a]]. The young men of the bush.
[00:01:35] A: {{c1|My brother [[Alberto|PERSON]] was at the market. He did not come home. On [[Sunday|DATE:2020-11-01]] the men brought him back in a capulana, and we buried him next to our grandmother.}}
[00:01:56] Q: I'm sorry. How old was he?
[00:01:59] A: Twenty-eight. He had two small children.
[00:02:07] A: {{c2|With him, five more dead that I know. Mama [[Rosa|PERSON]] who sold bread, and the two sons of [[Abílio Nanjala|PERSON]], and two I don't know their names.}}
[00:02:24] Interpreter: She says "Mama" here is how they call an older woman. The woman's name is [[Rosa|PERSON]].
[00:02:33] Q: What did they do in the village?
[00:02:36] A: {{c3|They burned. The health post first, the roof fell inside. Then the church, the Catholic one. Then the houses on the road, ours also.}} {{c9|When I came back from the bush on [[Monday|DATE:2020-11-02]] to look, I found only the walls of my house, black.}}
[00:02:58] Q: Did they take anyone?
[00:03:01] A: {{c4|Yes. They took boys. My son [[Jacinto|PERSON]], fourteen years, and the boy of my neighbour, [[Tomás Chaúque|PERSON]], and others, I think six or seven boys.}}
[00:03:17] A: {{c5|[[Jacinto|PERSON]] ran away from them [[after three weeks|DATE:2020-11-21]]. He walked alone to [[Mueda|PLACE]] and found us there.}} He does not sleep well. He says they made him carry things.
[00:03:34] Q: And [[Tomás|PERSON]]?
[00:03:37] A: {{c6|[[Tomás|PERSON]], nobody knows. His mother went to the police in [[Mueda|PLACE]] and in [[Pemba|PLACE]]. Nothing.}}
[00:03:49] Q: Where did you go after the attack?
[00:03:52] A: {{c7|Into the bush, with my three daughters. Three days walking, to [[Mueda|PLACE]]. There we stayed two months in the house of my cousin.}}
[00:04:08] A: {{c7|Then a truck to [[Pemba|PLACE]], then here to [[Metuge|PLACE]], to this camp. Three places in three months.}}
[00:04:20] Q: Was your husband with you?
[00:04:23] A: {{c8|My husband [[Fernando|PERSON]] came to [[Mueda|PLACE]] later. There [[the military|ACTOR:Mozambican defence forces]] took him at the market, in [[December|DATE:2020-12-01..2020-12-31]]. They said all the young men from [[Miangalewa|PLACE]] are machababos.}}
[00:04:42] A: {{c8|They kept him three days in a container at the base, and let him go when the chief of our quarter came to speak for him.}}
[00:04:55] Q: Did you see a helicopter during the attack, [[the helicopter|WEAPON:AIRSTRIKE]] of [[the South Africans|ACTOR:Dyck Advisory Group]]?
[00:05:03] A: Yes, after, on [[Sunday|DATE:2020-11-01]]. [[The helicopter|WEAPON:AIRSTRIKE]] was shooting into the bush, far, on the other side of the river.
[00:05:15] Q: Did it drop anything, [[barrels|WEAPON:BARREL_BOMB]], [[bombs|WEAPON:AIRSTRIKE]]?
[00:05:19] A: No, no [[barrels|WEAPON:BARREL_BOMB]]. Only [[shooting|WEAPON:SMALL_ARMS]]. In [[Miangalewa|PLACE]] nobody was hurt by [[the helicopter|WEAPON:AIRSTRIKE]], I did not hear of it.
[00:05:30] Q: Have you had any trouble here in [[Metuge|PLACE]]?
[00:05:34] A: No. At the entrance of [[Pemba|PLACE]] [[the police|ACTOR:Mozambican defence forces]] opened all our bags and looked at my daughters' faces, then they said go. That is all. Here it is quiet, only hunger.
[00:05:48] Q: Thank you, [[Luísa|PERSON]].
@@witness mz-muidumbe-luisa-namashulua
@@claim c1 harm=KILLED min=1 max=1 named="Alberto" actor="Ahlu Sunna Wal Jama'a" site="Miangalewa" date=2020-10-31 basis=WITNESSED incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c2 harm=KILLED min=5 max=5 named="Rosa" actor="Ahlu Sunna Wal Jama'a" site="Miangalewa" date=2020-10-31 basis=WITNESSED incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null actor="Ahlu Sunna Wal Jama'a" site="Miangalewa" date=2020-10-31 basis=WITNESSED incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c4 harm=DETAINED min=6 max=7 named="Jacinto; Tomás Chaúque" actor="Ahlu Sunna Wal Jama'a" site="Miangalewa" date=2020-10-31 basis=WITNESSED incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c5 harm=DETAINED min=1 max=1 named="Jacinto" actor="Ahlu Sunna Wal Jama'a" site="Miangalewa" date=2020-10-31 basis=EXPERIENCED incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c6 harm=MISSING min=1 max=1 named="Tomás" actor="Ahlu Sunna Wal Jama'a" site="Miangalewa" date=2020-10-31 basis=HEARSAY incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c7 harm=DISPLACED min=4 max=4 site="Miangalewa" date=2020-10-31 basis=EXPERIENCED incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c8 harm=DETAINED min=1 max=1 named="Fernando" actor="Mozambican defence forces" site="Mueda" date=2020-12-01..2020-12-31 basis=EXPERIENCED incident=mz-mueda-20201200-market-roundup
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null actor="Ahlu Sunna Wal Jama'a" site="Miangalewa" date=2020-10-31 basis=EXPERIENCED incident=mz-muidumbe-20201031-miangalewa-attack
