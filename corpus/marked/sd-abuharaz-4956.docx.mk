WITNESS INTERVIEW
Interview ID: SD-AHZ-4956
Date of interview: 12 May 2024
Place of interview: [[al-Fao|PLACE]], [[Gedaref|PLACE]] State
Language: Arabic (Sudanese), interpreted into English
Interviewer: [[Sophie Marchetti|PERSON]]
Interpreter: [[Mohanad Yousif|PERSON]]
Q: Please tell me your name and your village.
A: [[Elnour Hamad Elsiddig|PERSON]]. Fifty-five years. From [[Abu Haraz|PLACE]], on the east side of the river, in front of [[Wad Madani|PLACE]]. I farm sorghum and vegetables on the canal.
Q: When did the [[RSF|ACTOR:Rapid Support Forces]] come to [[Abu Haraz|PLACE]]?
A: The first time in [[December|DATE:2023-12-01..2023-12-31]], when they took [[Madani|PLACE:Wad Madani]]. They passed through on the road and went on. [[The army|ACTOR:Sudanese Armed Forces]] had left already, there was no [[army|ACTOR:Sudanese Armed Forces]] in [[Abu Haraz|PLACE]], not one soldier.
A: The big day was [[the Friday|DATE:2024-02-16]]. [[The 16th of February|DATE:2024-02-16]]. [[After the Friday prayer|DATE:2024-02-16]], we were coming out of the mosque.
Q: What happened?
A: Maybe fifteen cars of the [[Janjaweed|ACTOR:Rapid Support Forces]] came from the road of [[Hantoub|PLACE]], with the [[Dushka|WEAPON:SMALL_ARMS]] on top. They were shooting in the air, then not in the air.
A: {{c1|My brother [[Awadalla|PERSON]], forty-eight, was at the door of the mosque. The [[bullet|WEAPON:SMALL_ARMS]] went in his chest. When I reached him he was already gone, his eyes to the sky.}}
A: {{c2|[[The next day|DATE:2024-02-17]] we dug twenty-three graves. I dug with my own hands, with my nephews.}} Some of the people we buried, I did not know their faces anymore.
Q: I am sorry. Were you hurt yourself?
A: {{c3|They took me and eleven other men to the primary school. We sat on the floor all the night, they hit us with sticks and with their boots. They asked each one for money on the phone, Bankak.}}
A: {{c4|One of them hit my head on the side, here. Since then this ear does not hear.}}
A: {{c3|In [[the morning|DATE:2024-02-17]] they let us go, all twelve. Maybe because we had nothing more to give.}}
Q: What happened to your farm and your house?
A: {{c5|They burned my store of sorghum, forty sacks, the harvest of the whole year.}} {{c5|They took the pump of the canal and the donkey cart, and they broke the doors of the houses on our street looking for gold.}}
A: They told us, if you hide any soldier we will come back and burn all the village. We did not hide anybody.
Q: Did anything happen in the other villages around [[Abu Haraz|PLACE]] on [[the same day|DATE:2024-02-16]]?
A: My nephew was in [[Hantoub|PLACE]], near the bridge. {{c7|He told me [[the same Friday|DATE:2024-02-16]] [[the drone|WEAPON:DRONE_STRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] hit a car of [[the Rapid Support|ACTOR:Rapid Support Forces]] in [[Hantoub|PLACE]], by the tea places, and a woman who sold tea there, [[Sitt Alnafar|PERSON]], died with them.}}
A: I did not see it. Only my nephew told me. In [[Abu Haraz|PLACE]] there was no [[drone|WEAPON:DRONE_STRIKE]] [[that day|DATE:2024-02-16]], only the [[Janjaweed|ACTOR:Rapid Support Forces]] with their [[guns|WEAPON:SMALL_ARMS]].
Q: When did you leave?
A: {{c8|[[Four days after|DATE:2024-02-20]], all the village left. Everybody, the old people on the carts.}}
A: {{c9|We were eight, my wife, my mother, my children and the two daughters of [[Awadalla|PERSON]]. We walked to [[al-Fao|PLACE]], five days, sleeping under the trees.}}
Q: Is there anyone from the village you still have no news of?
A: {{c10|The son of our neighbour, [[Musab|PERSON]], a boy of seventeen. He ran to the fields when the cars came. Nobody saw him after.}} His mother asks everybody who comes from [[Gezira|PLACE:Al Jazirah]].
Q: Is there anything you want to add?
A: Write the name of my brother, [[Awadalla Hamad Elsiddig|PERSON]]. He was a farmer, he had no gun. He only had the Quran in his pocket.
@@witness sd-abuharaz-elnour-hamad-elsiddig
@@claim c1 harm=KILLED min=1 max=1 named="Awadalla" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Abu Haraz" date=2024-02-16 basis=WITNESSED incident=sd-abuharaz-20240216-friday-rsf-raid
@@claim c2 harm=KILLED min=23 max=23 actor="Rapid Support Forces" site="Abu Haraz" date=2024-02-16 basis=WITNESSED incident=sd-abuharaz-20240216-friday-rsf-raid
@@claim c3 harm=DETAINED min=12 max=12 named="Elnour Hamad Elsiddig" actor="Rapid Support Forces" site="Abu Haraz" date=2024-02-16..2024-02-17 basis=EXPERIENCED incident=sd-abuharaz-20240216-friday-rsf-raid
@@claim c4 harm=INJURED min=1 max=1 named="Elnour Hamad Elsiddig" actor="Rapid Support Forces" site="Abu Haraz" date=2024-02-16..2024-02-17 basis=EXPERIENCED incident=sd-abuharaz-20240216-friday-rsf-raid
@@claim c5 harm=PROPERTY_DAMAGE min=40 max=40 actor="Rapid Support Forces" site="Abu Haraz" date=2024-02-16 basis=EXPERIENCED incident=sd-abuharaz-20240216-friday-rsf-raid
@@claim c10 harm=MISSING min=1 max=1 named="Musab" site="Abu Haraz" date=2024-02-16 basis=HEARSAY incident=sd-abuharaz-20240216-friday-rsf-raid
@@claim c7 harm=KILLED min=1 max=1 named="Sitt Alnafar" weapon=DRONE_STRIKE actor="Sudanese Armed Forces" site="Hantoub" date=2024-02-16 basis=HEARSAY incident=sd-hantoub-20240216-tea-place-drone
@@claim c8 harm=DISPLACED min=null max=null site="Abu Haraz" date=2024-02-20 basis=WITNESSED incident=sd-abuharaz-20240220-village-exodus
@@claim c9 harm=DISPLACED min=8 max=8 named="Elnour Hamad Elsiddig" site="Abu Haraz" date=2024-02-20 basis=EXPERIENCED incident=sd-abuharaz-20240220-village-exodus
