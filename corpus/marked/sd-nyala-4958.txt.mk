Interview ID: SD-NYL-4958
Date of interview: 20.09.2025
Location: [[Kalma|PLACE]] camp, near [[Nyala|PLACE]], [[South Darfur|PLACE]]
Language: Fur and Arabic, interpreted into English
Interviewer: [[Jonas Ekberg|PERSON]] (remote, by video)
Interpreter: [[Hamid Abdallah Yahya|PERSON]]
Format: audio, timestamps from the recording

[00:00:05] Q: Can you tell us your name and how long you have lived in [[Kalma|PLACE]]?
[00:00:10] A: [[Fatna Yagoub Abakar|PERSON]]. I am forty-five, I think. We came to [[Kalma|PLACE]] in [[2004|DATE:2004-01-01..2004-12-31]], when I was a girl.
[00:00:19] Q: Why did your family come?
[00:00:22] A: {{c1|The [[Janjaweed|ACTOR:Janjaweed militias (before 2013)]] burned our village, near [[Mershing|PLACE]], in [[the rainy season|DATE:2004-06-01..2004-09-30]]. My father, my mother and we six children walked to [[Kalma|PLACE]], three days.}} Since then we are here. Twenty-one years in a camp.
[00:00:38] Q: I want to ask about [[October 2023|DATE:2023-10-01..2023-10-31]], when the fighting was in [[Nyala|PLACE]].
[00:00:44] A: Yes. [[The Rapid Support|ACTOR:Rapid Support Forces]] was fighting [[the army|ACTOR:Sudanese Armed Forces]] in the town, at the base of [[the army|ACTOR:Sudanese Armed Forces]]. The [[shells|WEAPON:ARTILLERY]] were going over the camp all the days.
[00:00:55] A: It was [[the Tuesday|DATE:2023-10-24]]. [[Two days before the base fell|DATE:2023-10-24]]. In [[the afternoon|DATE:2023-10-24]], in the market of the camp, where the women sell okra and onions.
[00:01:06] A: {{c2|A [[shell|WEAPON:ARTILLERY]] fell between the tables. The two boys of my neighbour [[Hawa|PERSON]], [[Adam|PERSON]] and [[Ishag|PERSON]], ten and twelve, they were selling water there. They did not come home. We washed them and buried them before the sunset.}}
[00:01:24] Interpreter: She says the boys sold cold water in plastic bags.
[00:01:28] A: {{c3|The sheikh of the camp said between 10 and 15 people were wounded in the market.}} I saw some, not all. {{c4|One woman lost her hand, [[Mariam|PERSON]], she sells peanuts.}}
[00:01:40] Q: Who fired the [[shell|WEAPON:ARTILLERY]]?
[00:01:43] A: It came from the town side, from where [[the army|ACTOR:Sudanese Armed Forces]] was. But [[the Rapid Support|ACTOR:Rapid Support Forces]] also had [[guns|WEAPON:ARTILLERY]] near the camp road. God knows. I did not see who.
[00:01:55] Q: What happened after [[the Rapid Support|ACTOR:Rapid Support Forces]] took [[Nyala|PLACE]]?
[00:01:59] A: {{c5|They came into the camp with their cars. They took the solar panels from the water point of our block and they broke the pump.}} Two weeks we walked to the wadi for water, far, with the donkey.
[00:02:12] A: My husband, [[Abdelmajid|PERSON]]. [[Abdelmajid Ahmed Yousif|PERSON]]. He made charcoal and sold it in the town.
[00:02:20] A: {{c6|In [[Ramadan|DATE:2024-03-11..2024-04-09]], [[the ninth day|DATE:2024-03-19]], he went with the charcoal on the donkey cart. At the checkpoint of [[the Rapid Support|ACTOR:Rapid Support Forces]] on the road to [[Nyala|PLACE]], they took him and two other men from the camp. They said they send news to [[the army|ACTOR:Sudanese Armed Forces]].}}
[00:02:36] A: The other men with carts came back and told me. [crying]
[00:02:41] A: {{c7|From [[that day|DATE:2024-03-19]], one year and a half, nothing. I went to the checkpoint, I went to their office in the town, they say we don't know this man.}}
[00:02:51] Q: Do you know where the other two men are?
[00:02:54] A: One came back [[after two months|DATE:2024-05-19]], [[Suleiman|PERSON]], very thin. He does not talk about it. He says he never saw [[Abdelmajid|PERSON]] inside.
[00:03:04] Q: Has anything else happened to your family?
[00:03:07] A: My brother [[Issa|PERSON]]. He lives in the town, near the airport, he has a small shop for spare parts.
[00:03:14] A: {{c8|In [[May|DATE:2025-05-01..2025-05-31]] [[the planes|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] came to bomb the airport, because [[the Rapid Support|ACTOR:Rapid Support Forces]] keep the drones there. The [[bombs|WEAPON:AIRSTRIKE]] fell on the houses beside. The house of my brother and his shop, two buildings, finished.}}
[00:03:31] A: {{c9|[[Issa|PERSON]] was in the shop. His leg, eh, the leg was crushed under the wall. In the hospital they cut it, below the knee.}}
[00:03:41] Q: Did you see this yourself?
[00:03:43] A: No, his wife called me [[that night|DATE:2025-05-01..2025-05-31]]. After one week I went to see him. I saw the leg, I saw the house, only the door is standing. {{c10|His neighbour's girl, [[Khadiga|PERSON]], she did not survive, they told me.}}
[00:03:58] Q: Were there [[RSF|ACTOR:Rapid Support Forces]] fighters in those houses?
[00:04:01] A: No, in the houses only families. The fighters are inside the airport, with the fence.
[00:04:07] Q: Is it safe in [[Kalma|PLACE]] now?
[00:04:10] A: There is no fighting inside the camp now. Only hunger. If they close the road again, we will have to go, but where? [[Tawila|PLACE]] is full, [[Chad|PLACE]] is far.
[00:04:21] Q: Thank you, [[Fatna|PERSON]].
@@witness sd-kalma-fatna-yagoub-abakar
@@claim c1 harm=DISPLACED min=8 max=8 named="Fatna Yagoub Abakar" actor="Janjaweed militias (before 2013)" site="Mershing" date=2004-06-01..2004-09-30 basis=EXPERIENCED incident=sd-mershing-20040000-abakar-village-burned-flight
@@claim c2 harm=KILLED min=2 max=2 named="Adam; Ishag" weapon=ARTILLERY site="Kalma" date=2023-10-24 basis=WITNESSED incident=sd-kalma-20231024-camp-market-shell
@@claim c3 harm=INJURED min=10 max=15 weapon=ARTILLERY site="Kalma" date=2023-10-24 basis=HEARSAY incident=sd-kalma-20231024-camp-market-shell
@@claim c4 harm=INJURED min=1 max=1 named="Mariam" weapon=ARTILLERY site="Kalma" date=2023-10-24 basis=WITNESSED incident=sd-kalma-20231024-camp-market-shell
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null actor="Rapid Support Forces" site="Kalma" basis=WITNESSED incident=sd-kalma-20230000-block-water-point-pump
@@claim c6 harm=DETAINED min=3 max=3 named="Abdelmajid Ahmed Yousif" actor="Rapid Support Forces" site="Nyala" date=2024-03-19 basis=HEARSAY incident=sd-nyala-20240319-charcoal-carts-checkpoint
@@claim c7 harm=MISSING min=1 max=1 named="Abdelmajid Ahmed Yousif" actor="Rapid Support Forces" site="Nyala" date=2024-03-19 basis=EXPERIENCED incident=sd-nyala-20240319-charcoal-carts-checkpoint
@@claim c8 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Nyala" date=2025-05-01..2025-05-31 basis=WITNESSED incident=sd-nyala-20250500-airport-houses-airstrike
@@claim c9 harm=INJURED min=1 max=1 named="Issa" weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Nyala" date=2025-05-01..2025-05-31 basis=HEARSAY incident=sd-nyala-20250500-airport-houses-airstrike
@@claim c10 harm=KILLED min=1 max=1 named="Khadiga" weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Nyala" date=2025-05-01..2025-05-31 basis=HEARSAY incident=sd-nyala-20250500-airport-houses-airstrike
