STATEMENT OF WITNESS

Interview ID: SD-NYL-214
Date of interview: 14 March 2024
Place of interview: [[Juba|PLACE]], [[South Sudan|PLACE]]
Language: Arabic ([[Darfur|PLACE]] dialect)
Interviewer: [[Johanna Berg|PERSON]]
Interpreter: [[Tijani Zakaria|PERSON]]
Witness: W-118, man, 52, cattle trader

I am from [[Nyala|PLACE]], from the quarter near the railway, [[al-Sikka Hadid|PLACE]] we call it. I traded cattle in the big market for thirty years. I am telling this so that somebody writes it, because in [[Nyala|PLACE]] now nobody writes anything.

When the war started in [[Khartoum|PLACE]] in [[April|DATE:2023-04-01..2023-04-30]], we thought it will stay in [[Khartoum|PLACE]]. In [[Nyala|PLACE]] [[the army|ACTOR:Sudanese Armed Forces]] had the base of the division in the middle of the town, and [[the Rapid Support|ACTOR:Rapid Support Forces]] were everywhere around. So the town was between them like a goat between two dogs.

In [[August|DATE:2023-08-01..2023-08-31]] the fighting became very strong. The [[shells|WEAPON:ARTILLERY]] were going from both sides over our heads, the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] day and night. {{c1,c9|On [[the 22nd of August|DATE:2023-08-22]], I think, in [[the afternoon|DATE:2023-08-22]], a [[shell|WEAPON:ARTILLERY]] fell on the house of my neighbour [[Abdallah Gumaa|PERSON]].}} {{c1|He died with his wife and his sister's daughter. Three.}} I carried him myself. The [[shell|WEAPON:ARTILLERY]] came from the west, where the [[RSF|ACTOR:Rapid Support Forces]] had their [[big guns|WEAPON:ARTILLERY]], but in that time honestly [[the army|ACTOR:Sudanese Armed Forces]] was also firing from the division to the west, so I will not swear who.

[Interpreter's note: the witness says "madfa'" for the guns, meaning artillery.]

{{c2|After that we left [[al-Sikka Hadid|PLACE]] and went to [[Otash|PLACE]] camp, to the family of my wife, eleven of us.}} The camp was full of people who came from the town.

In [[October|DATE:2023-10-01..2023-10-31]] [[the Rapid Support|ACTOR:Rapid Support Forces]] took the division, and then the town was theirs. After that [[the Antonov|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] started to come. They say it is aiming for the [[RSF|ACTOR:Rapid Support Forces]], but it drops [[barrels|WEAPON:BARREL_BOMB]], and a [[barrel|WEAPON:BARREL_BOMB]] does not know who is [[RSF|ACTOR:Rapid Support Forces]] and who is a trader.

The worst was in the cattle market, in [[February|DATE:2024-02-01..2024-02-29]], on [[a Monday|DATE:2024-02-01..2024-02-29]], [[the day of the big market|DATE:2024-02-01..2024-02-29]]. [[The Antonov|WEAPON:AIRSTRIKE]] dropped two [[barrels|WEAPON:BARREL_BOMB]], one on the cattle pens and one on the tea place. I was at the other end of the market with my son [[Nasreldin|PERSON]]. {{c4|I saw maybe fifteen dead, people and many cows, I cannot forget the cows. My friend [[Ahmed Abakar Dahab|PERSON]], a trader from [[Kass|PLACE]], and the tea woman, [[Halima|PERSON]].}} {{c5|People said more than forty died [[that day|DATE:2024-02-01..2024-02-29]].}} {{c7|The radio of the [[RSF|ACTOR:Rapid Support Forces]] said sixty.}} I do not believe their radio, but I also do not know the true number.

[Interpreter's note: "the radio of the RSF" is what he calls their channels on social media.]

{{c3|The tea place and the shops around it burned very fast, I saw it from the other end.}} Some of the people said the second [[barrel|WEAPON:BARREL_BOMB]] was a [[fire bomb|WEAPON:INCENDIARY]], like [[napalm|WEAPON:INCENDIARY]]. I did not see fire like that before. But there was also fuel for the trucks there, in barrels. So I don't know.

{{c6|My other son, [[Bashar|PERSON]], he was nineteen. In [[December|DATE:2023-12-01..2023-12-31]] men of [[the Rapid Support|ACTOR:Rapid Support Forces]] came to the camp in a Land Cruiser and took the young men, to fight, they said. Seven boys from our block. [[Bashar|PERSON]] was one.}} {{c6|We never heard from him since. Not a phone call, nothing.}}

{{c8|At [[the end of February|DATE:2024-02-20..2024-02-29]] we left [[Nyala|PLACE]] on a truck to [[Ed Daein|PLACE]] and then to [[Juba|PLACE]].}} I sold the last cows to pay the driver. I have nothing now, only my wife [[Kaltouma|PERSON]] and my sons, one of them.
@@witness sd-nyala-w118
@@claim c1 harm=KILLED min=3 max=3 named="Abdallah Gumaa" weapon=ARTILLERY site="al-Sikka Hadid" date=2023-08-22 basis=WITNESSED incident=sd-nyala-20230822-gumaa-house
@@claim c2 harm=DISPLACED min=11 max=11 site="al-Sikka Hadid" date=2023-08-22..2023-08-31 basis=EXPERIENCED incident=sd-nyala-20230800-sikka-hadid-flight
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Nyala" date=2024-02-01..2024-02-29 basis=WITNESSED incident=sd-nyala-20240200-cattle-market-barrels
@@claim c4 harm=KILLED min=15 max=15 named="Ahmed Abakar Dahab; Halima" weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Nyala" date=2024-02-01..2024-02-29 basis=WITNESSED incident=sd-nyala-20240200-cattle-market-barrels
@@claim c5 harm=KILLED min=41 max=null weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Nyala" date=2024-02-01..2024-02-29 basis=HEARSAY incident=sd-nyala-20240200-cattle-market-barrels
@@claim c7 harm=KILLED min=60 max=60 weapon=BARREL_BOMB site="Nyala" date=2024-02-01..2024-02-29 basis=REPORTED incident=sd-nyala-20240200-cattle-market-barrels
@@claim c8 harm=DISPLACED min=null max=null site="Nyala" date=2024-02-20..2024-02-29 basis=EXPERIENCED incident=sd-nyala-20240200-w118-family-flight
@@claim c6 harm=MISSING min=7 max=7 named="Bashar" actor="Rapid Support Forces" site="Otash" date=2023-12-01..2023-12-31 basis=WITNESSED incident=sd-nyala-20231200-otash-forced-recruitment
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="al-Sikka Hadid" date=2023-08-22 basis=WITNESSED incident=sd-nyala-20230822-gumaa-house
