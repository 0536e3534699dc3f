SHAHADA / TESTIMONY
Interview ID: PS-JAB-815
Date of interview: 2 December 2024
Place of interview: [[Gaza City|PLACE]], [[al-Shati|PLACE]] camp
Language: Arabic, English summary by the interpreter
Interviewer: [[Nadia Barakat|PERSON]]
Interpreter: [[Khaled Abu Ouda|PERSON]]
Q: You are from [[Jabalia|PLACE]] camp?
A: Yes, born there, my father born there, from [[Block 2|PLACE]], near the [[al-Khulafa mosque|PLACE]]. My name is [[Husayn al-Kahlout|PERSON]], fifty-one, I was a taxi driver, when there was petrol.
Q: We are asking about the siege of [[Jabaliya|PLACE:Jabalia]] that began in [[October|DATE:2024-10-01..2024-10-31]].
A: On [[the 6th of October|DATE:2024-10-06]] it started, at [[night|DATE]]. [[The army|ACTOR:Israeli forces]] came from [[Beit Lahia|PLACE]] side and from the east, and they said everyone go south. But where south? We had been south already, we came back in [[the spring|DATE:2024-03-01..2024-05-31]].
Q: What did you see in the first days?
A: [[The quadcopters|WEAPON:DRONE_STRIKE]]. Everywhere, over the alleys, shooting. And they throw also the [[gas|WEAPON:CHEMICAL]], small canisters of [[tear gas|WEAPON:CHEMICAL]], into the houses, so people go out into the street.
A: {{c1|My nephew [[Omar|PERSON]], sixteen, he went out to bring water on [[the third day|DATE:2024-10-08]], and a [[quadcopter|WEAPON:DRONE_STRIKE]] shot him in the head, near the water point of [[al-Fallujah street|PLACE]].}} {{c1|He died there, we could not reach him until [[the evening|DATE]].}}
Q: Did you see it happen?
A: No, I heard the [[shots|WEAPON:DRONE_STRIKE]] from the window, and the boys who were with him ran back and told us. My brother [[Abu Omar|PERSON]] went crawling to bring him.
Q: Were other people in your block hurt?
A: {{c2,c7|On [[the 12th|DATE:2024-10-12]], around [[the maghrib|DATE:2024-10-12]], the [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] hit the house of the [[Abu Nasr|PERSON]] family, three floors, between twenty and twenty-five people inside, families from different places.}} {{c2|Only four came out alive.}} I don't know if it was a [[plane|WEAPON:AIRSTRIKE]] or a [[shell|WEAPON:ARTILLERY]], I was in the stairwell, I only felt it.
Q: Did [[the army|ACTOR:Israeli forces]] use other weapons in the camp?
A: The [[robots|WEAPON:EXPLOSIVE_UNSPECIFIED]]. Old armoured vehicles full of explosives, they drive them in with remote control and explode them between the houses. {{c3|One [[robot|WEAPON:EXPLOSIVE_UNSPECIFIED]] exploded in [[al-Trans square|PLACE]] in [[the second week|DATE:2024-10-13..2024-10-19]] and six or seven houses fell, our windows broke although we are three hundred metres away.}}
Q: When did you leave?
A: {{c4|On [[the 21st|DATE:2024-10-21]], the [[tear gas|WEAPON:CHEMICAL]] came into our house and the children could not breathe, so we went out, eleven of us, with the white flags, to the checkpoint at the [[Kamal Adwan|PLACE]] side.}}
A: {{c6|At the checkpoint, [[the soldiers|ACTOR:Israeli forces]] separated the men. They took my son [[Anas|PERSON]], twenty, and me, and many men, maybe a hundred.}} {{c5|Me they released [[the same night|DATE]], with the number written on my arm. [[Anas|PERSON]], they kept.}}
Q: Do you know where [[Anas|PERSON]] is now?
A: The lawyer says he is in [[Ofer|PLACE]], the prison, but no visit, nothing. Since [[21 October|DATE:2024-10-21]].
Q: Is there anything more?
A: My wife's name is [[Nour Hamdouna|PERSON]]. She says: "In [[Jabalia|PLACE]], there was no nour in the sky for one month, only [[the quadcopters|WEAPON:DRONE_STRIKE]] with their little red lights." Write this, she wants it written.
@@witness ps-jabalia-husayn-al-kahlout
@@claim c1 harm=KILLED min=1 max=1 named="Omar" weapon=DRONE_STRIKE actor="Israeli forces" site="al-Fallujah street" date=2024-10-08 basis=HEARSAY incident=ps-jabalia-20241008-fallujah-water-point-omar
@@claim c2 harm=KILLED min=16 max=21 named="Abu Nasr" weapon=EXPLOSIVE_UNSPECIFIED site="Block 2" date=2024-10-12 basis=WITNESSED incident=ps-jabalia-20241012-abu-nasr-house
@@claim c3 harm=PROPERTY_DAMAGE min=6 max=7 weapon=EXPLOSIVE_UNSPECIFIED actor="Israeli forces" site="al-Trans square" date=2024-10-13..2024-10-19 basis=WITNESSED incident=ps-jabalia-20241000-trans-square-robot
@@claim c4 harm=DISPLACED min=11 max=11 named="Husayn al-Kahlout" weapon=CHEMICAL actor="Israeli forces" site="Block 2" date=2024-10-21 basis=EXPERIENCED incident=ps-jabalia-20241021-al-kahlout-family-displaced
@@claim c6 harm=DETAINED min=100 max=100 named="Anas; Husayn al-Kahlout" actor="Israeli forces" site="Kamal Adwan" date=2024-10-21 basis=EXPERIENCED incident=ps-jabalia-20241021-kamal-adwan-checkpoint-detentions
@@claim c5 harm=DETAINED min=1 max=1 named="Anas" actor="Israeli forces" site="Kamal Adwan" date=2024-10-21 basis=WITNESSED incident=ps-jabalia-20241021-kamal-adwan-checkpoint-detentions
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Block 2" date=2024-10-12 basis=WITNESSED incident=ps-jabalia-20241012-abu-nasr-house
