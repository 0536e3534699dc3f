Interview ID: SRQ-116
Date: 18 June 2020
Place: [[Azaz|PLACE]], northern [[Aleppo|PLACE]]
Interviewer: [[Tom Hale|PERSON]]
Interpreter: [[Nadine Issa|PERSON]]
Speaker: [[Samira|PERSON]], teacher, from [[Saraqib|PLACE]]

Tom: [[Samira|PERSON]], you taught in [[Saraqib|PLACE]] until [[this year|DATE:2020-01-01..2020-06-18]]?
Samira: Until [[January|DATE:2020-01-01..2020-01-31]]. Primary school, the third class. Then the school closed because of the [[shelling|WEAPON:ARTILLERY]] and [[the planes|WEAPON:AIRSTRIKE]].
Tom: What was the situation in the town in [[those weeks|DATE:2020-01-01..2020-01-31]]?
Samira: Every day worse. The [[shelling|WEAPON:ARTILLERY]] came from the east, from [[Abu al-Duhur|PLACE]], from [[Tell Tuqan|PLACE]], where [[the army|ACTOR:Syrian government forces]] was. And above us all the time [[the zanana|WEAPON:DRONE_STRIKE]].
Nadine: The zanana is the small drone. The word means something that buzzes.
Tom: Did [[the drone|WEAPON:DRONE_STRIKE]] attack people, or only watch?
Samira: Both. It watches, then the [[shells|WEAPON:ARTILLERY]] come exactly where it watched. And sometimes it hits by itself. {{c1|My nephew [[Yazan|PERSON]], seventeen, and his friend [[Mohannad|PERSON]], they were on a motorcycle on the road to [[Sarmin|PLACE]]. [[The zanana|WEAPON:DRONE_STRIKE]] hit them, in [[the evening|DATE:2020-01-14]] of [[the 14th of January|DATE:2020-01-14]]. Both of them. They died on the road.}}
Tom: Did you see that?
Samira: No. My brother, the father of [[Yazan|PERSON]], he found them. I saw [[Yazan|PERSON]] only after, at home, to say goodbye.
Tom: You mentioned the school. Was the school itself hit?
Samira: {{c2|Yes. [[The 22nd of January|DATE:2020-01-22]], in [[the morning|DATE:2020-01-22]], the [[cluster bombs|WEAPON:CLUSTER_MUNITION]]. The children were not inside, thank God, we had closed [[one week before|DATE:2020-01-15]]. But the yard, the classrooms on the east side, full of holes.}} The caretaker, [[Abu Jamil|PERSON]], he collected the [[bomblets|WEAPON:CLUSTER_MUNITION]] that did not explode in a bucket. A bucket! I shouted at him.
Tom: Were there fighters in or near the school?
Samira: No. There were no fighters at the school, never. [[The Turkish army|ACTOR:Turkish forces]] had a post outside the town, on the hill, three kilometres, maybe more. They did not come into the town.
Tom: Did anybody get hurt in that attack?
Samira: {{c3|In the houses near the school, yes. A dozen were wounded, and two of them were girls from my class, [[Rahaf|PERSON]] and [[Joud|PERSON]], at home, in the legs.}} {{c4|And the news on the television said eight were killed in [[Saraqeb|PLACE:Saraqib]] [[that day|DATE:2020-01-22]].}} Eight. I knew one of them, Ustaz [[Wael|PERSON]], he taught mathematics in the secondary.
Tom: What did you do after that?
Samira: {{c5|We left. [[The 27th|DATE:2020-01-27]], me, my husband [[Hisham|PERSON]] and our four children, to [[Idlib|PLACE]] city first and then here.}} My mother stayed two more days, she did not want to leave the chickens.
Tom: Did you hear anything about the town after you left?
Samira: Yes. In [[February|DATE:2020-02-01..2020-02-29]] it went from hand to hand, [[the regime|ACTOR:Syrian government forces]], [[the factions|ACTOR:Syrian armed opposition]], [[the regime|ACTOR:Syrian government forces]] again. {{c6|My neighbour sent me a photo: our building is black, burned, from the [[incendiary bombs|WEAPON:INCENDIARY]].}} She said [[the Russians|ACTOR:Russian forces]] threw the [[fire bombs|WEAPON:INCENDIARY]] at [[night|DATE:2020-02-01..2020-02-29]], that the fire came down like rain.
Tom: Do you have hope to return?
Samira: If [[Saraqib|PLACE]] is safe one day, we return the same day. But now? The [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]] are still in the sky.
@@claim c1 harm=KILLED min=2 max=2 named="Yazan; Mohannad" weapon=DRONE_STRIKE date=2020-01-14 basis=HEARSAY incident=sy-saraqib-20200114-sarmin-road-motorcycle
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="Saraqib" date=2020-01-22 basis=WITNESSED incident=sy-saraqib-20200122-school-cluster
@@claim c3 harm=INJURED min=12 max=12 named="Rahaf; Joud" weapon=CLUSTER_MUNITION site="Saraqib" date=2020-01-22 basis=HEARSAY incident=sy-saraqib-20200122-school-cluster
@@claim c4 harm=KILLED min=8 max=8 named="Wael" weapon=CLUSTER_MUNITION site="Saraqeb" date=2020-01-22 basis=REPORTED incident=sy-saraqib-20200122-school-cluster
@@claim c5 harm=DISPLACED min=6 max=6 named="Hisham" site="Saraqib" date=2020-01-27 basis=EXPERIENCED incident=sy-saraqib-20200127-samira-family-flight
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Russian forces" site="Saraqib" date=2020-02-01..2020-02-29 basis=HEARSAY incident=sy-saraqib-20200200-samira-building-fire
@@witness sy-saraqib-samira-teacher
