id: SD-MST-1706
interview_date: 2024-02-19
place: Adre, Chad (Ourang site)
language: Arabic (Sudanese), partly Masalit

Q: Thank you for sitting with us. What is your name?
A: [[Zahara Musa Idriss|PERSON]]. Write [[Umm Nureldin|PERSON]], everybody here knows me like that.
Q: Where are you from, [[Umm Nureldin|PERSON]]?
A: [[Misterei|PLACE]]. Some people write [[Masteri|PLACE:Misterei]], it is the same. South of [[Geneina|PLACE:El Geneina]], one day by donkey.
Q: What happened in [[Misterei|PLACE]]?
A: It was [[the week before the Eid of the sacrifice|DATE:2023-06-20..2023-06-27]], [[last year|DATE:2023-01-01..2023-12-31]]. In [[the morning|DATE:2023-06-20..2023-06-27]] we heard the engines. Many cars, with the big [[guns|WEAPON:SMALL_ARMS]] on top, and men on horses and camels. The [[Janjaweed|ACTOR:Rapid Support Forces]].
INTERPRETER: She says "the Janjaweed", she means [[the Rapid Support|ACTOR:Rapid Support Forces]] and the Arab militias who came with them.
A: {{c1|They went first to the market. They burned the shops and they threw something in the big well, the well of the market, so nobody can drink from it. It is ruined since.}} {{c2|My husband [[Abdallah|PERSON]] went out to see where is our son. He did not come back. Not [[that day|DATE:2023-06-20..2023-06-27]], not after. We asked everybody, we asked the ones who buried the dead, nobody saw his body.}}
Q: Did you see anyone killed yourself?
A: {{c3|Yes. Hajja... no, I mean old [[Fatna|PERSON]], our neighbour, and her grandson [[Abakar|PERSON]], they were shot at her door, I saw from behind our fence.}} {{c4|People in the camp after said in [[Misterei|PLACE]] [[that day|DATE:2023-06-20..2023-06-27]] they killed maybe forty, maybe more.}} I don't know, I counted only two.
Q: What happened to your house?
A: {{c5|Our house is mud and grass. They put fire on the roof. Also the grain store, three sacks of sorghum, all burned.}} So we walked. Me, my son [[Nureldin|PERSON]], my two daughters. {{c6|We went to [[Ardamata|PLACE]], to the camp, four of us, because my sister was there.}}
Q: And in [[Ardamata|PLACE]]?
A: [[Erdemata|PLACE:Ardamata]] we stayed like five months. Then in [[November|DATE:2023-11-01..2023-11-30]] it was the same again. The [[RSF|ACTOR:Rapid Support Forces]] took the army base. [[Two days after the army left|DATE:2023-11-05]], [[a Sunday|DATE:2023-11-05]], everybody ran to the wadi to go to [[Chad|PLACE]].
Q: Were you at the wadi?
A: Yes. {{c7|At the crossing they stopped us. They took my son [[Nureldin|PERSON]], he is nineteen, with all the men, I think a hundred men or more, they put them on the ground.}} {{c8|I saw them shoot seven, maybe eight. I closed the eyes of my daughter with my hand.}}
Q: What happened to [[Nureldin|PERSON]]?
A: {{c7|They kept him three days in a house in [[Erdemata|PLACE:Ardamata]], with others, tied.}} Then they brought him to the road and told him run. His back was full of marks from the whip. He is here now, he works carrying water.
Q: Did other people you know come back?
A: {{c9|The son of my sister, [[Hamid|PERSON]], no. He was taken in the same crowd. Nothing from him until now.}} My sister goes to the Red Cross every week to ask.
Q: Has the fighting reached [[Geneina|PLACE:El Geneina]] again since?
A: I hear the radio, Radio Dabanga. {{c10,c11|In [[January|DATE:2024-01-01..2024-01-31]] they said a [[drone|WEAPON:DRONE_STRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] hit a house in [[El Geneina|PLACE]] near the airport, and three people died.}} And the people who come from there now say the [[RSF|ACTOR:Rapid Support Forces]] are everywhere in the town.
Q: Has anyone threatened you here in [[Chad|PLACE]]?
A: No one touched us here. But on the road, at [[Kongo Haraza|PLACE]], the [[RSF|ACTOR:Rapid Support Forces]] at the checkpoint looked at my papers and said: "Next time we find you, we take you also." Only talk. They let us go.
Q: Is there something else you want to say?
A: I want to know where is [[Abdallah|PERSON]]. That is all. If he is in a prison, tell me which prison.
@@witness sd-misterei-zahara-idriss
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null actor="Rapid Support Forces" site="Misterei" date=2023-06-20..2023-06-27 basis=WITNESSED incident=sd-misterei-20230600-market-well-attack
@@claim c2 harm=MISSING min=1 max=1 named="Abdallah" actor="Rapid Support Forces" site="Misterei" date=2023-06-20..2023-06-27 basis=EXPERIENCED incident=sd-misterei-20230600-market-well-attack
@@claim c3 harm=KILLED min=2 max=2 named="Fatna; Abakar" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Misterei" date=2023-06-20..2023-06-27 basis=WITNESSED incident=sd-misterei-20230600-market-well-attack
@@claim c4 harm=KILLED min=40 max=null actor="Rapid Support Forces" site="Misterei" date=2023-06-20..2023-06-27 basis=HEARSAY incident=sd-misterei-20230600-market-well-attack
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null actor="Rapid Support Forces" site="Misterei" date=2023-06-20..2023-06-27 basis=EXPERIENCED incident=sd-misterei-20230600-market-well-attack
@@claim c6 harm=DISPLACED min=4 max=4 named="Nureldin" site="Misterei" date=2023-06-20..2023-06-27 basis=EXPERIENCED incident=sd-misterei-20230600-market-well-attack
@@claim c7 harm=DETAINED min=100 max=null named="Nureldin" actor="Rapid Support Forces" site="Erdemata" date=2023-11-05 basis=WITNESSED incident=sd-ardamata-20231105-wadi-crossing-men
@@claim c8 harm=KILLED min=7 max=8 weapon=SMALL_ARMS actor="Rapid Support Forces" site="Erdemata" date=2023-11-05 basis=WITNESSED incident=sd-ardamata-20231105-wadi-crossing-men
@@claim c9 harm=MISSING min=1 max=1 named="Hamid" actor="Rapid Support Forces" site="Erdemata" date=2023-11-05 basis=HEARSAY incident=sd-ardamata-20231105-wadi-crossing-men
@@claim c10 harm=KILLED min=3 max=3 weapon=DRONE_STRIKE actor="Sudanese Armed Forces" site="El Geneina" date=2024-01-01..2024-01-31 basis=REPORTED incident=sd-geneina-20240100-airport-house-drone
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Sudanese Armed Forces" site="El Geneina" date=2024-01-01..2024-01-31 basis=REPORTED incident=sd-geneina-20240100-airport-house-drone
