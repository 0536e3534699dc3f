@@encoding utf-16le
Interview ID: CO-VAL-2808
Interview date: 2023-07-19
Place of interview: [[Buenaventura|PLACE]], [[Valle del Cauca|PLACE]]
Language: Spanish, English summary by the interpreter
Interviewer: [[Camila Arboleda|PERSON]]

[00:00:05] INT: We are in the coliseum. Tell me who you are.
[00:00:09] W: [[Eusebio Angulo Riascos|PERSON]], fifty-two years, fisherman and a little teacher of music, the marimba. From the river [[Naya|PLACE]], from [[Puerto Merizalde|PLACE]], near the mouth.
[00:00:31] INT: When did you come to [[Buenaventura|PLACE]]?
[00:00:35] W: On [[the 4th of March|DATE:2023-03-04]] we arrived here. We left on [[the 2nd|DATE:2023-03-02]], [[a Thursday|DATE:2023-03-02]], in [[the night|DATE:2023-03-02]].
[00:00:48] INT: Why did you leave?
[00:00:51] W: Because of the combats. The [[Jaime Martínez|ACTOR:FARC dissidents]], [[the dissidents|ACTOR:FARC dissidents]], and the [[ELN|ACTOR:ELN]], they are fighting for the river, for the coca and the routes to the sea. From [[the end of February|DATE:2023-02-25..2023-02-28]] there was [[shooting|WEAPON:SMALL_ARMS]] every day, up the river, in the mangroves.
[00:01:20] W: {{c1|On [[the 1st of March|DATE:2023-03-01]], eh, in [[the afternoon|DATE:2023-03-01]], the [[bullets|WEAPON:SMALL_ARMS]] came into the town itself. The [[machine guns|WEAPON:SMALL_ARMS]], the [[rifles|WEAPON:SMALL_ARMS]], and they threw [[grenades|WEAPON:EXPLOSIVE_UNSPECIFIED]] also. The house of my neighbour [[Nicolasa|PERSON]] was full of holes like a grater, and the health post lost all its windows.}}
[00:01:52] INT: Was anybody hurt?
[00:01:55] W: {{c2|A boy, [[Yeferson|PERSON]], seven years, the grandson of [[Nicolasa|PERSON]], got a [[bullet|WEAPON:SMALL_ARMS]] in the shoulder. I carried him to the boat myself, to take him to [[Buenaventura|PLACE]].}} He is alive, thanks God, he is here in the coliseum with his mother, you can see him.
[00:02:20] W: [pause] Nobody was killed in [[Puerto Merizalde|PLACE]] [[that day|DATE:2023-03-01]]. People say two fighters died in the mangrove, but that is them, not us, and I did not see it.
[00:02:41] INT: How many families came with you?
[00:02:45] W: {{c3|From [[Merizalde|PLACE:Puerto Merizalde]] and the veredas near, more than a hundred families, I think a hundred and twenty, the Personería counted. All in the boats, with the pigs, with the chickens, one lady with her refrigerator.}} {{c4|I came with my wife [[Ana Felisa|PERSON]] and the three children.}}
[00:03:12] INT: You said your brother was taken.
[00:03:16] W: My younger brother, [[Wilber|PERSON]]. [[Wilber Angulo|PERSON]]. Also a fisherman.
[00:03:25] W: {{c5|[[Two weeks before we left|DATE:2023-02-16]], more or less, he went to fish up at [[San Francisco del Naya|PLACE]], and the [[elenos|ACTOR:ELN]] stopped the canoe and took him with the motor and everything. They said he was an informant of the others.}} His friend who was with him, [[Harold|PERSON]], they let go with a message: "nobody fishes here."
[00:03:58] INT: Do you know where [[Wilber|PERSON]] is now?
[00:04:02] W: {{c6|No. That is the thing. We do not know. Five months and nothing, no call, no proof of life. My mother Doña [[Petrona|PERSON]] is sick from this.}}
[00:04:22] INT: Did [[the army|ACTOR:Colombian armed forces]] come to [[Puerto Merizalde|PLACE]]?
[00:04:26] W: [[The Navy|ACTOR:Colombian armed forces]] came, [[the marines|ACTOR:Colombian armed forces]], after we left. At the pier in [[Buenaventura|PLACE]] they searched our bags, looked at everybody's cédula, asked questions to the young men, one hour, two hours. Then they let everybody go. They did not take anybody.
[00:04:55] INT: Is your house still there?
[00:04:58] W: {{c7|My cousin [[Ramiro|PERSON]] went back in [[May|DATE:2023-05-01..2023-05-31]] to see. He says our house, the door is broken, everything is taken, the marimba also, and my canoe is burned at the beach.}} The school is still standing, he says, but it is empty.
[00:05:30] W: {{c8|Also the radio of [[Buenaventura|PLACE]] said that in [[April|DATE:2023-04-01..2023-04-30]] there was a [[bomb|WEAPON:LANDMINE]] on the river, a [[mine|WEAPON:LANDMINE]] in the path to the estero, and a man from [[Taparal|PLACE]] lost the leg.}} I do not know him.
[00:05:52] INT: Do you want to go back?
[00:05:55] W: If the fighting stops, tomorrow. If it does not stop, we would die there. Here we die slowly, in the coliseum, but slowly.
[00:06:14] INT: Thank you, [[Eusebio|PERSON]].
[00:06:16] W: Write the name of my brother well. [[Wilber Angulo Riascos|PERSON]]. With the two surnames.

@@witness co-buenaventura-eusebio-angulo
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Nicolasa" weapon=SMALL_ARMS site="Puerto Merizalde" date=2023-03-01 basis=WITNESSED incident=co-buenaventura-20230301-merizalde-combat
@@claim c2 harm=INJURED min=1 max=1 named="Yeferson" weapon=SMALL_ARMS site="Puerto Merizalde" date=2023-03-01 basis=WITNESSED incident=co-buenaventura-20230301-merizalde-combat
@@claim c3 harm=DISPLACED min=101 max=null site="Merizalde" date=2023-03-02 basis=REPORTED incident=co-buenaventura-20230302-naya-displacement
@@claim c4 harm=DISPLACED min=5 max=5 named="Ana Felisa" site="Puerto Merizalde" date=2023-03-02 basis=EXPERIENCED incident=co-buenaventura-20230302-naya-displacement
@@claim c5 harm=DETAINED min=1 max=1 named="Wilber" actor="ELN" site="San Francisco del Naya" date=2023-02-16 basis=HEARSAY incident=co-buenaventura-20230216-wilber-angulo-taken
@@claim c6 harm=MISSING min=1 max=1 named="Wilber" actor="ELN" site="San Francisco del Naya" date=2023-02-16 basis=EXPERIENCED incident=co-buenaventura-20230216-wilber-angulo-taken
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="Puerto Merizalde" basis=HEARSAY date=2023-03-02..2023-05-31 incident=co-buenaventura-20230302-naya-displacement
@@claim c8 harm=INJURED min=1 max=1 weapon=LANDMINE site="Taparal" date=2023-04-01..2023-04-30 basis=REPORTED incident=co-buenaventura-20230400-taparal-mine
