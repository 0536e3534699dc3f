Interview ID: UA-ZAP-1220
Date of interview: 2 April 2024
Place of interview: [[Zaporizhzhia|PLACE]], volunteer centre on [[Sobornyi avenue|PLACE]]
Language: Ukrainian
Interviewer: [[Tom Hale|PERSON]]
Interpreter: [[Oksana Melnyk|PERSON]]

Q: Please tell us who you are.
A: [[Liubov Zinchenko|PERSON]]. Liubov, it means love. [laughs] I am sixty-three. I lived in [[Huliaipole|PLACE]] all my life, I was a cook in the kindergarten number four.
Q: When did you leave [[Huliaipole|PLACE]]?
A: In [[February|DATE:2024-02-01..2024-02-29]], [[this year|DATE]]. I stayed two years under the [[shelling|WEAPON:ARTILLERY]]. Then it became impossible.
Q: What changed?
A: [[Gulyaipole|PLACE:Huliaipole]], you understand, is on the front line since [[March 2022|DATE:2022-03-01..2022-03-31]]. [[The Russians|ACTOR:Russian armed forces in Ukraine]] are five kilometres away, maybe less. [[Grad|WEAPON:ROCKET]], [[mortars|WEAPON:MORTAR]], [[artillery|WEAPON:ARTILLERY]], every day. We lived in the cellar, me and my neighbour [[Hanna|PERSON]], two old women with candles.
Q: Can you describe specific attacks you saw?
A: Yes. {{c1|In [[August 2023|DATE:2023-08-01..2023-08-31]], I think [[the 15th|DATE:2023-08-15]], something burning fell on our street, [[Shevchenka street|PLACE]]. White fire, falling like rain, sparks. The soldiers said it was [[phosphorus|WEAPON:INCENDIARY]], or some [[incendiary|WEAPON:INCENDIARY]] thing.}} {{c1|Two houses burned completely, and the roof of the school gym.}}
Q: Was anyone hurt?
A: {{c3|A man on the corner, [[Petro Sydorenko|PERSON]], was burned on his hands trying to save his dog.}} No one died that time. The dog died.
Q: Did you see other attacks?
A: {{c4|In [[autumn|DATE:2023-09-01..2023-11-30]], [[October|DATE:2023-10-01..2023-10-31]] I think, a [[mortar round|WEAPON:MORTAR]] hit the queue for water near the well, and [[Hanna|PERSON]] was hit in the leg, my neighbour.}} {{c5|And a young woman, [[Kateryna|PERSON]], with a baby, was killed, the baby survived.}} I was twenty metres away. I was lucky, I was bending for the bucket.
Q: I'm very sorry.
A: We buried her in the yard of the church, because you could not go to the cemetery, it was under fire.
Q: Have you heard anything about [[gas|WEAPON:CHEMICAL]] in the area?
A: Yes. The soldiers told us. [[Our boys|ACTOR:Ukrainian armed forces]] in the trenches near the town. [[The Russians|ACTOR:Russian armed forces in Ukraine]] drop [[gas grenades|WEAPON:CHEMICAL]] from the small [[drones|WEAPON:DRONE_STRIKE]] on the trenches, the [[tear gas|WEAPON:CHEMICAL]], so the soldiers come out, and then they shoot them. {{c6|In [[January|DATE:2024-01-01..2024-01-31]], a soldier who was staying in the house of my cousin, [[Yurii|PERSON]], he came back from the position with his eyes red and swollen, coughing blood, they said it was the [[gas|WEAPON:CHEMICAL]].}} I saw him myself, he could not breathe normally.
Q: Did the [[gas|WEAPON:CHEMICAL]] ever reach civilians?
A: {{c7|Once, in [[December|DATE:2023-12-01..2023-12-31]], near the outskirts, the wind brought the [[gas|WEAPON:CHEMICAL]], and two old men who were cutting wood, [[Anatolii|PERSON]] and [[Fedir|PERSON]], had their eyes burning, they were coughing for days.}} That is what [[Fedir|PERSON]] told me himself.
Q: Why did you decide to leave in [[February|DATE:2024-02-01..2024-02-29]]?
A: {{c8|Because of the [[bombs|WEAPON:AIRSTRIKE]] from [[the planes|WEAPON:AIRSTRIKE]], the big guided ones. In [[February|DATE:2024-02-01..2024-02-29]] they started to drop them on the town, and one destroyed the House of Culture, and the kindergarten where I worked was hit [[the same week|DATE:2024-02-01..2024-02-29]].}} I said, enough. {{c9|The volunteers took me out, on [[the 18th of February|DATE:2024-02-18]], with [[Hanna|PERSON]] and three other people, [[Nina Bilyk|PERSON]], [[Mykhailo Tkach|PERSON]] and his wife [[Zoia|PERSON]].}}
Q: Were there [[cluster munitions|WEAPON:CLUSTER_MUNITION]] too?
A: Yes, all the time, the [[cassette|WEAPON:CLUSTER_MUNITION]] ones, we call them cassettes, the small ones pop all around. In [[the summer|DATE:2023-06-01..2023-08-31]] my garden was full of holes from them. Nobody was hurt in my garden, it was only vegetables.
Q: Is anyone still in [[Huliaipole|PLACE]]?
A: Maybe a few hundred. Old people, who do not want to go. My cousin [[Yurii|PERSON]] is still there. He says if he leaves, who will feed the cats? [pause] I call him every evening at seven. If he does not answer, I do not sleep.
@@witness ua-huliaipole-liubov-zinchenko
@@claim c1 harm=PROPERTY_DAMAGE min=2 max=2 weapon=INCENDIARY actor="Russian armed forces in Ukraine" site="Shevchenka street" date=2023-08-15 basis=WITNESSED incident=ua-huliaipole-20230815-shevchenka-incendiary
@@claim c3 harm=INJURED min=1 max=1 named="Petro Sydorenko" weapon=INCENDIARY actor="Russian armed forces in Ukraine" site="Shevchenka street" date=2023-08-15 basis=WITNESSED incident=ua-huliaipole-20230815-shevchenka-incendiary
@@claim c4 harm=INJURED min=1 max=1 named="Hanna" weapon=MORTAR actor="Russian armed forces in Ukraine" site="Huliaipole" date=2023-10-01..2023-10-31 basis=WITNESSED incident=ua-huliaipole-20231000-water-queue-mortar
@@claim c5 harm=KILLED min=1 max=1 named="Kateryna" weapon=MORTAR actor="Russian armed forces in Ukraine" site="Huliaipole" date=2023-10-01..2023-10-31 basis=WITNESSED incident=ua-huliaipole-20231000-water-queue-mortar
@@claim c6 harm=INJURED min=1 max=1 weapon=CHEMICAL actor="Russian armed forces in Ukraine" site="Huliaipole" date=2024-01-01..2024-01-31 basis=WITNESSED incident=ua-huliaipole-20240100-trench-gas
@@claim c7 harm=INJURED min=2 max=2 named="Anatolii; Fedir" weapon=CHEMICAL actor="Russian armed forces in Ukraine" site="Huliaipole" date=2023-12-01..2023-12-31 basis=HEARSAY incident=ua-huliaipole-20231200-woodcutters-gas
@@claim c8 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Huliaipole" date=2024-02-01..2024-02-29 basis=WITNESSED incident=ua-huliaipole-20240200-guided-bombs
@@claim c9 harm=DISPLACED min=5 max=5 named="Hanna; Nina Bilyk; Mykhailo Tkach; Zoia" actor="Russian armed forces in Ukraine" site="Huliaipole" date=2024-02-18 basis=EXPERIENCED incident=ua-huliaipole-20240200-guided-bombs
