WITNESS STATEMENT
Interview ID: MM-BTD-3006
Date: 2024-07-16
Place of interview: [[Kutupalong|PLACE]] camp, [[Cox's Bazar|PLACE]]
Language: Rohingya, interpreted into English
Interviewer: [[Elena Varga|PERSON]]
Interpreter: [[Mohammed Shofi|PERSON]]
Q: Where did you live before you came to [[Bangladesh|PLACE]]?
A: In a village on the side of [[Buthidaung|PLACE]], [[Ywet Nyo Taung|PLACE]], close to the river. My name is [[Nur Kalima|PERSON]], wife of [[Rashid Ahmed|PERSON]].
Q: When did the fighting come to your village?
A: In the dry time, in [[April|DATE:2024-04-01..2024-04-30]], the [[AA|ACTOR:Arakan Army]] came near, and [[the military|ACTOR:Tatmadaw]] was in the town. Both sides were shooting over our heads, day and night.
Q: Can you tell me about the day your house was hit?
A: {{c1|It was [[two days after Eid|DATE:2024-04-12]], the small Eid, so [[the 12th|DATE:2024-04-12]] I think. A [[drone|WEAPON:DRONE_STRIKE]], eh, [[the drone|WEAPON:DRONE_STRIKE]] dropped something on the shop of my brother-in-law, and the shop, nothing was left, the rice sacks, the oil, everything on fire.}}
A: {{c2|My brother-in-law [[Dil Mohammed|PERSON]], he was burned on the back and the arms.}} I saw it, I was at the well with the water pot.
Q: Who sent [[the drone|WEAPON:DRONE_STRIKE]]?
A: People said it was the [[AA|ACTOR:Arakan Army]], because [[the soldiers|ACTOR:Tatmadaw]] had no drones in that place. I don't know for sure.
INTERPRETER: She says she is not certain, she repeats what the neighbours said.
Q: What happened after that?
A: {{c3|In [[May|DATE:2024-05-01..2024-05-31]], [[the middle of May|DATE:2024-05-11..2024-05-20]], they burned [[Buthidaung|PLACE]] town. From our village we watched the sky orange all the night, and the people who ran from the town told us the houses were set on fire one by one.}}
A: {{c4|My cousin [[Hasina Begum|PERSON]] lived in the town, ward five. She told me the men of [[the Arakan Army|ACTOR:Arakan Army]] threw [[fire bottles|WEAPON:INCENDIARY]] on the roofs, bamboo roofs, they burn in one minute.}} {{c4|Her house and all her street, maybe forty houses, all ash.}}
Q: Were people killed in the town?
A: {{c6|She says yes, an old man who could not walk, [[Abul Kalam|PERSON]], he was inside his house.}} Others I don't know.
Q: I want to ask about your husband.
A: [crying] [pause] {{c7|The [[Tatmadaw|ACTOR:Tatmadaw]] took him in [[February|DATE:2024-02-01..2024-02-29]], before all this. They came to the village with a list, they took the young men for their army, my husband and eight others, in a truck, to the battalion in [[Buthidaung|PLACE]].}}
Q: Did you see this?
A: Yes, with my eyes. They pulled him from the house by his shirt. {{c8|After that he was at the front, people say, near [[Kyauktaw|PLACE]]. Since [[March|DATE:2024-03-01..2024-03-31]] no news, no phone, we don't know if he is alive.}}
Q: Were other men in the family taken?
A: My son [[Ayas|PERSON]] they also wanted, he is seventeen. [[The soldiers|ACTOR:Tatmadaw]] looked at his face and his papers, the NVC card, and the village chairman, [[U Maung Hla|PERSON]], told them he is a child, and they left him. This time.
Q: Did [[the Arakan Army|ACTOR:Arakan Army]] stop you when you left?
A: {{c9|Yes. At the checkpoint on the road to [[Maungdaw|PLACE]], they took my son-in-law [[Jamal Hussain|PERSON]] and two other boys, they said for questions, they kept them.}} {{c10|[[Jamal|PERSON]] came back [[after ten days|DATE]], very thin, but the two others, we do not know where they are.}} The rest of us they searched, they took the gold from my ears and let us go.
Q: How did you cross?
A: {{c11|At [[the end of May|DATE:2024-05-25..2024-05-31]], we crossed the [[Naf|PLACE]] river at [[night|DATE:2024-05-25..2024-05-31]], eleven of us, with a boat man who took the money.}}
A: {{c12|On the bank before the boat, a [[mortar|WEAPON:MORTAR]] fell near the group in front of us, and a girl, maybe ten years, was killed, her name was [[Amina|PERSON]], I heard the mother shouting her name.}} Nobody in our group was hurt.
Q: Anything else you want recorded?
A: There were also [[mines|WEAPON:LANDMINE]] near the river, people said, but we walked behind the boat man in his steps, so nothing happened to us.
A: Write the name of my husband. [[Rashid Ahmed|PERSON]], son of [[Sultan Ahmed|PERSON]]. Maybe someone sees it.

@@witness mm-buthidaung-nur-kalima
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Ywet Nyo Taung" date=2024-04-12 basis=WITNESSED incident=mm-buthidaung-20240412-drone-shop
@@claim c2 harm=INJURED min=1 max=1 named="Dil Mohammed" weapon=DRONE_STRIKE site="Ywet Nyo Taung" date=2024-04-12 basis=WITNESSED incident=mm-buthidaung-20240412-drone-shop
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null site="Buthidaung" date=2024-05-11..2024-05-20 basis=WITNESSED incident=mm-buthidaung-20240500-town-burning
@@claim c4 harm=PROPERTY_DAMAGE min=40 max=40 weapon=INCENDIARY actor="Arakan Army" site="Buthidaung" date=2024-05-11..2024-05-20 basis=HEARSAY incident=mm-buthidaung-20240500-town-burning
@@claim c6 harm=KILLED min=1 max=1 named="Abul Kalam" actor="Arakan Army" site="Buthidaung" date=2024-05-11..2024-05-20 basis=HEARSAY incident=mm-buthidaung-20240500-town-burning
@@claim c7 harm=DETAINED min=9 max=9 named="Rashid Ahmed" actor="Tatmadaw" site="Ywet Nyo Taung" date=2024-02-01..2024-02-29 basis=WITNESSED incident=mm-buthidaung-20240200-conscription
@@claim c8 harm=MISSING min=1 max=1 named="Rashid Ahmed" actor="Tatmadaw" site="Kyauktaw" date=2024-03-01..2024-03-31 basis=HEARSAY incident=mm-buthidaung-20240200-conscription
@@claim c9 harm=DETAINED min=3 max=3 named="Jamal Hussain" actor="Arakan Army" date=2024-05-21..2024-05-31 basis=WITNESSED incident=mm-maungdaw-20240500-road-checkpoint
@@claim c10 harm=MISSING min=2 max=2 actor="Arakan Army" date=2024-05-21..2024-05-31 basis=WITNESSED incident=mm-maungdaw-20240500-road-checkpoint
@@claim c11 harm=DISPLACED min=11 max=11 site="Naf" date=2024-05-25..2024-05-31 basis=EXPERIENCED incident=mm-maungdaw-20240500-road-checkpoint
@@claim c12 harm=KILLED min=1 max=1 named="Amina" weapon=MORTAR site="Naf" date=2024-05-25..2024-05-31 basis=WITNESSED incident=mm-naf-20240500-riverbank-mortar
