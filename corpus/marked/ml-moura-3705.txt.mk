Interview ID: ML-MRA-3705
Date: 2022-06-02
Place of interview: [[Mopti|PLACE]], [[Mali|PLACE]]
Interviewer: [[Claire Dumont|PERSON]]
Interpreter: [[Bakary Coulibaly|PERSON]]
Language: Fulfulde, with French
Speaker: [[Hawa Bocoum|PERSON]]

Claire: Thank you for receiving us, [[Hawa|PERSON]]. You are from [[Moura|PLACE]]?
Hawa: From [[Mourah|PLACE:Moura]], yes, we say it like that too. My husband's family has fields by the river and some cows.
Bakary: She says the family of her husband are farmers and also they keep animals, like many there.
Claire: You told [[Bakary|PERSON]] that your husband was arrested. When was this?
Hawa: In [[January|DATE:2022-01-01..2022-01-31]]. [[The second Sunday|DATE:2022-01-09]], [[the market day|DATE:2022-01-09]]. I know because it was the first market after the new year of the whites, eh, and I had sold my shea butter.
Claire: What happened?
Hawa: {{c1|[[The soldiers|ACTOR:Malian armed forces]] came in three pickups to the market. They looked for men with beards, with the trousers short. They took my husband [[Allaye|PERSON]] with his two brothers, [[Boubacar|PERSON]] and [[Bourama|PERSON]], they tied their hands with their own turbans.}}
Bakary: She means the [[FAMa|ACTOR:Malian armed forces]], [[the Malian army|ACTOR:Malian armed forces]].
Hawa: {{c2|They also burned the motorbikes. Three motorbikes, in front of the house of [[Allaye|PERSON]]'s father, they poured the petrol and burned them. And they kicked in the door of the little shop and carried the rice sacks to the pickup.}}
Claire: Were there other men taken [[that day|DATE:2022-01-09]]?
Hawa: {{c3|Seven, eight men. From the market. [[Allaye|PERSON]] and his brothers, the butcher, two young Bozo fishermen, I don't know their names.}}
Claire: Where were they taken?
Hawa: They said [[Sévaré|PLACE]], the camp of [[the soldiers|ACTOR:Malian armed forces]]. We went there, [[Boubacar|PERSON]]'s wife and me. At the gate they said they don't know these names.
Hawa: {{c4|Two of them came back [[after one month|DATE:2022-02-09]], the fishermen. They said they were held in a container, in the heat, and beaten.}} {{c5|My husband, no. We still do not know where he is. Nobody says dead, nobody says alive.}}
Claire: I am sorry. [pause] Do you want to stop?
Hawa: No. Write it.
Claire: Were your husband or his brothers with any armed group?
Hawa: Never. [[Allaye|PERSON]] was afraid of [[the men of the bush|ACTOR:JNIM]] like everybody. They came to the village sometimes to preach, they took the zakat, the cows. He paid like everybody, because if you don't pay they kill your animals.
Claire: Did anything else happen in the area before you left?
Hawa: {{c6|My uncle [[Sambou|PERSON]]. It was [[two weeks after|DATE:2022-01-23]], on the road to [[Sofara|PLACE]]. His cart went on a [[mine|WEAPON:LANDMINE]]. He died, and the boy who drove the donkey, [[Ousmane|PERSON]], eleven years old.}} {{c8|The cart, the donkey, nothing was left, only the wheels, black.}}
Claire: Did you see it?
Hawa: No, I was at home. My cousin [[Fatoumata|PERSON]] was on the road behind with her goats, she saw the smoke. She came running to tell us.
Claire: Who put the [[mine|WEAPON:LANDMINE]], do people say?
Hawa: People say [[the jihadists|ACTOR:JNIM]] put [[mines|WEAPON:LANDMINE]] on that road for the army trucks. But the army trucks were not there [[that day|DATE:2022-01-23]]. Only my uncle.
Claire: You said you were not in [[Moura|PLACE]] at [[the end of March|DATE:2022-03-20..2022-03-31]].
Hawa: No. I had gone to [[Mopti|PLACE]] for my sister, she was giving birth. So what happened in [[Moura|PLACE]] at that time, I did not see it, I cannot tell you. Others saw, ask them.
Claire: And after that, coming to [[Mopti|PLACE]], were you stopped on the road?
Hawa: At the checkpoint before [[Sévaré|PLACE]], [[the soldiers|ACTOR:Malian armed forces]] stopped the bus. They made my son [[Amadou|PERSON]] get down, he is seventeen, they looked at his papers, they asked him questions, Fulani, Fulani, where is your father. [[After an hour|DATE]] they let him get back in the bus. I was praying the whole hour.
Claire: Where do you live now?
Hawa: {{c7|Here, with my sister, since [[April|DATE:2022-04-01..2022-04-30]]. Me and my four children. We cannot go back to [[Moura|PLACE]]. The house is there, empty.}}
Claire: Is there something else you want to say?
Hawa: If you see [[Allaye Bocoum|PERSON]], tell him his children are in [[Mopti|PLACE]]. His daughter is called [[Salam|PERSON]], she is four. She asks every day.
Bakary: Salam, like the peace. She says the girl asks about her father every day.
@@witness ml-moura-hawa-bocoum
@@claim c1 harm=DETAINED min=3 max=3 named="Allaye; Boubacar; Bourama" actor="Malian armed forces" site="Moura" date=2022-01-09 basis=WITNESSED incident=ml-moura-20220109-market-arrests
@@claim c2 harm=PROPERTY_DAMAGE min=3 max=3 actor="Malian armed forces" site="Moura" date=2022-01-09 basis=WITNESSED incident=ml-moura-20220109-market-arrests
@@claim c3 harm=DETAINED min=7 max=8 named="Allaye; Boubacar; Bourama" actor="Malian armed forces" site="Moura" date=2022-01-09 basis=WITNESSED incident=ml-moura-20220109-market-arrests
@@claim c4 harm=DETAINED min=2 max=2 actor="Malian armed forces" date=2022-01-09..2022-02-09 basis=HEARSAY incident=ml-moura-20220109-market-arrests
@@claim c5 harm=MISSING min=1 max=1 named="Allaye" actor="Malian armed forces" date=2022-01-09 basis=EXPERIENCED incident=ml-moura-20220109-market-arrests
@@claim c6 harm=KILLED min=2 max=2 named="Sambou; Ousmane" weapon=LANDMINE actor="JNIM" date=2022-01-23 basis=HEARSAY incident=ml-moura-20220123-sofara-road-cart-mine
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=LANDMINE actor="JNIM" date=2022-01-23 basis=HEARSAY incident=ml-moura-20220123-sofara-road-cart-mine
@@claim c7 harm=DISPLACED min=5 max=5 site="Moura" date=2022-04-01..2022-04-30 basis=EXPERIENCED incident=ml-moura-20220400-bocoum-family-flight
