Witness statement (transcribed from audio)
Interview ID: SD-NYA-3603
Interview date: 2024-05-27
Location: [[Kosti|PLACE]], [[White Nile|PLACE]] State
Language: Arabic (Sudanese dialect)
Interviewer: [[Rasmus Kjeldsen|PERSON]]
Interpreter: [[Wigdan Elfatih|PERSON]]
Q: Please say your name and what you did in [[Nyala|PLACE]].
A: [[Alsadig Ahmed Jabir|PERSON]]. I had a shop for cloth and blankets in the big market of [[Nyala|PLACE]], [[Souq al-Kabir|PLACE]]. Twenty-two years in the same shop, from my father.
Q: When did the war reach [[Nyala|PLACE]]?
A: Quickly, already in [[April|DATE:2023-04-01..2023-04-30]], but the bad time was [[August|DATE:2023-08-01..2023-08-31]]. We lived in [[Hay al-Wadi|PLACE]], near the river bed. [[The army|ACTOR:Sudanese Armed Forces]] was in the division headquarters and the [[Daam|ACTOR:Rapid Support Forces]] all around it, and we were in the middle.
Q: What happened to your family in [[August|DATE:2023-08-01..2023-08-31]]?
A: On [[the 26th|DATE:2023-08-26]], I am sure, [[a Saturday|DATE:2023-08-26]], [[after the asr prayer|DATE:2023-08-26]], the [[big guns|WEAPON:ARTILLERY]] started from the headquarters side.
A: {{c1|One [[shell|WEAPON:ARTILLERY]] fell in the yard of my brother, next to my house. His son [[Mujahid|PERSON]], twelve years, he was feeding the goats, he died there, before we could carry him.}}
A: {{c2|Also his mother was hurt in the arm and two girls of the neighbour, [[Rayan|PERSON]] and [[Sabah|PERSON]], small cuts in the face and legs.}}
Q: You saw this?
A: I was inside my house, I heard it and I ran out. I saw [[Mujahid|PERSON]] on the ground. Yes.
A: {{c3|My house, the wall between us and my brother fell down, and there were cracks all through the rooms, from the floor to the ceiling, you could put your finger inside.}}
Q: Did you stay in [[Hay al-Wadi|PLACE]] after that?
A: No. We went to my wife's family in [[Otash|PLACE]] camp side. The fighting stopped in [[October|DATE:2023-10-01..2023-10-31]], when the [[RSF|ACTOR:Rapid Support Forces]] took the headquarters. Then [[Nyala|PLACE]] was theirs.
Q: Were you ever detained?
A: Yes. In [[December|DATE:2023-12-01..2023-12-31]], [[the first week|DATE:2023-12-01..2023-12-07]]. Somebody told them I send news to [[the army|ACTOR:Sudanese Armed Forces]], because I have a cousin who is an officer.
A: {{c4|Four men of [[the Rapid Support|ACTOR:Rapid Support Forces]] came to the shop and took me, in front of everybody, with a cloth on my eyes. They held me in the basement of a bank building near the market for nineteen days.}}
A: {{c5|They beat me on the feet with a hose. My left foot is still not right, I walk like this, you see.}}
Q: How did you get out?
A: My wife paid. Two million pounds, she sold her gold. They let me out at [[night|DATE:2023-12-20..2023-12-26]] on the road.
Q: Did the same happen to others you know?
A: {{c6|My cousin [[Abdelrahim Jabir|PERSON]], in [[January|DATE:2024-01-01..2024-01-31]], they kidnapped him from his car, they wanted money also. His brother paid and he came back [[after one week|DATE]].}} This I did not see, his brother told me.
A: My wife, they stopped her at the checkpoint by the bridge and took her phone, they looked in it one hour. They gave it back. Nothing more.
Q: You mentioned an attack on the market.
A: Yes. In [[March|DATE:2024-03-01..2024-03-31]], [[three days before Ramadan|DATE:2024-03-08]]. It was [[the army|ACTOR:Sudanese Armed Forces]] now, from the air. [[The Antonov|WEAPON:AIRSTRIKE]] came at [[about ten in the morning|DATE:2024-03-08]].
A: {{c7|It dropped [[barrels|WEAPON:BARREL_BOMB]] on [[Souq al-Kabir|PLACE]], two I think, maybe three. Eleven shops were finished in my row, eleven, I counted them after. Mine also, nothing left of the shop, the blankets burned, the iron door bent like paper.}}
Q: Were people hurt?
A: {{c8|I was at the end of the row, I lay on the ground, and when I stood up I saw the dead, I saw four or five with my eyes.}} {{c9|The emergency room of [[Nyala|PLACE]] put on its Facebook page [[the same evening|DATE:2024-03-08]] that between ten and fifteen were killed in the market and more than thirty injured.}}
Q: Were there [[RSF|ACTOR:Rapid Support Forces]] fighters in the market?
A: They walk everywhere, they buy things. [[That morning|DATE:2024-03-08]] there was no base there, no cars with [[guns|WEAPON:SMALL_ARMS]], only two men buying cigarettes. The market was full of women.
Q: When did you leave [[Nyala|PLACE]]?
A: {{c10|[[After the market|DATE:2024-03-10..2024-03-31]] I had no shop, nothing to stay for. We left in [[the middle of Ramadan|DATE:2024-03-21..2024-03-27]], my wife, my mother and the children, eight of us, by lorry to [[Kosti|PLACE]].}}
Q: Thank you, [[Alsadig|PERSON]].
A: Write that [[Mujahid|PERSON]] was twelve. He wanted to be a driver like his father.
@@witness sd-nyala-alsadig-jabir
@@claim c1 harm=KILLED min=1 max=1 named="Mujahid" weapon=ARTILLERY actor="Sudanese Armed Forces" site="Hay al-Wadi" date=2023-08-26 basis=WITNESSED incident=sd-nyala-20230826-hay-al-wadi-shell
@@claim c2 harm=INJURED min=3 max=3 named="Rayan; Sabah" weapon=ARTILLERY actor="Sudanese Armed Forces" site="Hay al-Wadi" date=2023-08-26 basis=WITNESSED incident=sd-nyala-20230826-hay-al-wadi-shell
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Sudanese Armed Forces" site="Hay al-Wadi" date=2023-08-26 basis=EXPERIENCED incident=sd-nyala-20230826-hay-al-wadi-shell
@@claim c4 harm=DETAINED min=1 max=1 named="Alsadig Ahmed Jabir" actor="Rapid Support Forces" site="Souq al-Kabir" date=2023-12-01..2023-12-07 basis=EXPERIENCED incident=sd-nyala-20231200-alsadig-jabir-bank-basement
@@claim c5 harm=INJURED min=1 max=1 named="Alsadig Ahmed Jabir" actor="Rapid Support Forces" site="Souq al-Kabir" date=2023-12-01..2023-12-26 basis=EXPERIENCED incident=sd-nyala-20231200-alsadig-jabir-bank-basement
@@claim c6 harm=DETAINED min=1 max=1 named="Abdelrahim Jabir" site="Nyala" date=2024-01-01..2024-01-31 basis=HEARSAY incident=sd-nyala-20240100-abdelrahim-jabir-kidnapping
@@claim c7 harm=PROPERTY_DAMAGE min=11 max=11 weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Souq al-Kabir" date=2024-03-08 basis=EXPERIENCED incident=sd-nyala-20240308-big-market-antonov
@@claim c8 harm=KILLED min=4 max=5 weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Souq al-Kabir" date=2024-03-08 basis=WITNESSED incident=sd-nyala-20240308-big-market-antonov
@@claim c9 harm=KILLED min=10 max=15 weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Souq al-Kabir" date=2024-03-08 basis=REPORTED incident=sd-nyala-20240308-big-market-antonov
@@claim c10 harm=DISPLACED min=8 max=8 site="Nyala" date=2024-03-21..2024-03-27 basis=EXPERIENCED incident=sd-nyala-20240300-alsadig-jabir-family-flight
