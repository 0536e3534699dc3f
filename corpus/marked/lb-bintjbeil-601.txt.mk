Interview ID: LB-BJ-601
Interview date: 14/03/2007
Place of interview: [[Tyre|PLACE]], [[Lebanon|PLACE]]
Language: Arabic
Interviewer: [[Marit Solvang|PERSON]]
Interpreter: [[Rania Chamseddine|PERSON]]

[Interpreter: The witness asked that her husband's family name be used, not her father's.]

Q: Thank you for coming. Can you tell me your name and where you lived during the war?
A: [[Fadia Hijazi|PERSON]]. [[Hijazi|PERSON]] is my husband's family. I am from [[Aitaroun|PLACE]] originally, but since the wedding I live in [[Bint Jbeil|PLACE]], in the old quarter, under the market. In the house of my father-in-law, Hajj [[Kamel Hijazi|PERSON]]. Three floors, and a basement where he kept the tobacco.
Q: When did the war reach [[Bint Jbeil|PLACE]]?
A: From the first days. [[The 13th|DATE:2006-07-13]], [[the 14th|DATE:2006-07-14]], [[the planes|WEAPON:AIRSTRIKE]] were already over us, day and night, and the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] never stopped. We did not leave because they were hitting the road, any car on the road, and my mother-in-law could not walk, her knees. So we went down in the basement, all the family, and also the [[Dakroub|PERSON]] family from the house opposite, because our basement was stronger. Twenty-two people, more or less, in one room.
Q: What happened on the day the house was hit?
A: It was [[the 25th of July|DATE:2006-07-25]]. I know because [[the day before|DATE:2006-07-24]] was the birthday of my son [[Wissam|PERSON]], eleven years, and we made him a cake of biscuits, without oven. {{c6|[pause] In [[the night|DATE:2006-07-25]], maybe [[two o'clock|DATE:2006-07-25]], [[the planes|WEAPON:AIRSTRIKE]] of [[the Israelis|ACTOR:Israeli forces]] hit the house.}} One [[strike|WEAPON:AIRSTRIKE]] and then another one, I think two. The three floors came on top of the basement. Half of the basement stayed, half came down.
Q: Who was in the half that came down?
A: {{c1|My father-in-law, Hajj [[Kamel|PERSON]], seventy-four. My mother-in-law [[Wadad|PERSON]]. My husband's sister [[Sawsan|PERSON]] and her two girls, [[Rim|PERSON]] and [[Hanin|PERSON]], seven and nine. And from the [[Dakroub|PERSON]] family four people, the old man [[Abu Fouad|PERSON]], his wife and his two sons. Nine people.}} [crying]
Q: We can stop.
A: No, it is fine. {{c2|I was in the other half, with my children and my husband [[Rabih|PERSON]]. My son [[Wissam|PERSON]], his leg was broken under a stone.}} {{c3|Me, a cut on the head, here, nothing.}}
Q: How did you get out?
A: [[Rabih|PERSON]] dug with his hands and with a piece of wood. We came out [[the next morning|DATE:2006-07-26]] through the small window of the basement, when there was a quiet hour. The others we could not take out. We buried them [[after the ceasefire|DATE:2006-08-14..2006-08-20]], when we came back.
Q: Were there fighters in or near the house?
A: In our house, no. There were no weapons in our house, I swear on my children. [[The Resistance|ACTOR:Hezbollah]] was in the hills and in the valley, everybody knows this, but not with us, not in the old quarter [[that night|DATE]]. [[The Israelis|ACTOR:Israeli forces]] threw papers from the sky saying everybody must leave. Leave how? If we had taken the road to [[Tebnine|PLACE]] that week, maybe we would be dead in the car instead of in the basement. God knows.
Q: Where did you go after?
A: {{c4|On [[the 27th|DATE:2006-07-27]], I think, we walked, I swear we walked, with the [[Dakroub|PERSON]] children, to [[Ain Ebel|PLACE]], and from there the Red Cross took us to [[Sour|PLACE:Tyre]], to a school. We were fourteen from the two families.}}
Q: You mentioned before the interview that your nephew was hurt after the war.
A: Yes, [[Jad|PERSON]], the son of my brother, in [[Aitaroun|PLACE]]. It was maybe [[three weeks after the ceasefire|DATE:2006-09-01..2006-09-07]]. The fields were full of the [[small bombs|WEAPON:CLUSTER_MUNITION]], the [[cluster bombs|WEAPON:CLUSTER_MUNITION]], in the tobacco, on the roofs, in the olive trees. {{c5|[[Jad|PERSON]] is twelve. He picked up one of the [[bomblets|WEAPON:CLUSTER_MUNITION]] near the tobacco, he thought it is a small bottle of perfume, and it exploded in his hand. He lost two fingers.}} I was not there, my brother called me [[that evening|DATE]]. People say [[the Israelis|ACTOR:Israeli forces]] fired most of the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] in [[the last three days before the ceasefire|DATE:2006-08-11..2006-08-14]]. I don't know this, I was in [[Tyre|PLACE]].
Q: And the house in [[Bint Jbeil|PLACE]]?
A: {{c6|The house is finished. Nothing stays, only the stairs of the basement.}} I want the names written, please. Hajj [[Kamel|PERSON]], [[Wadad|PERSON]], [[Sawsan|PERSON]], [[Rim|PERSON]], [[Hanin|PERSON]]. And the [[Dakroub|PERSON]] people. Not only "nine people".
@@claim c1 harm=KILLED min=9 max=9 named="Kamel; Wadad; Sawsan; Rim; Hanin; Abu Fouad" weapon=AIRSTRIKE actor="Israeli forces" site="Bint Jbeil" date=2006-07-25 basis=WITNESSED incident=lb-bintjbeil-20060725-hijazi-basement
@@claim c2 harm=INJURED min=1 max=1 named="Wissam" weapon=AIRSTRIKE actor="Israeli forces" site="Bint Jbeil" date=2006-07-25 basis=WITNESSED incident=lb-bintjbeil-20060725-hijazi-basement
@@claim c3 harm=INJURED min=1 max=1 weapon=AIRSTRIKE actor="Israeli forces" site="Bint Jbeil" date=2006-07-25 basis=EXPERIENCED incident=lb-bintjbeil-20060725-hijazi-basement
@@claim c4 harm=DISPLACED min=14 max=14 site="Bint Jbeil" date=2006-07-27 basis=EXPERIENCED incident=lb-bintjbeil-20060727-hijazi-dakroub-flight
@@claim c5 harm=INJURED min=1 max=1 named="Jad" weapon=CLUSTER_MUNITION actor="Israeli forces" site="Aitaroun" date=2006-09-01..2006-09-07 basis=HEARSAY incident=lb-aitaroun-20060900-jad-bomblet
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="Bint Jbeil" date=2006-07-25 basis=WITNESSED incident=lb-bintjbeil-20060725-hijazi-basement
@@witness lb-bintjbeil-fadia-hijazi
