TESTIMONY RECORD
Interview ID: NG-RAN-3706
Interview date: 3 May 2019
Place of interview: [[Maiduguri|PLACE]], [[Borno|PLACE]] State
Language: Kanuri, interpreted into English
Interviewer: [[Grace Okafor|PERSON]]
Interpreter: [[Musa Abubakar|PERSON]]
Q: Please tell me your name and where you are from.
A: [[Falmata Bukar|PERSON]]. I am from [[Rann|PLACE]], in [[Kala-Balge|PLACE]]. I was a trader of dried fish and groundnut oil before the troubles.
Q: You were living in the camp in [[Rann|PLACE]] in [[January 2017|DATE:2017-01-01..2017-01-31]]?
A: Yes. We came into the camp from the villages because of [[Boko Haram|ACTOR:Boko Haram]]. Many thousands of people, under the trees, in shelters of mats.
Q: What happened on [[the 17th|DATE:2017-01-17]]?
A: It was [[a Tuesday|DATE:2017-01-17]], [[around midday|DATE:2017-01-17]]. The doctors' people were sharing food, so everybody was outside, in the lines. Then [[the plane|WEAPON:AIRSTRIKE]] came. It went round one time, and we were happy, we thought it brings food or it chases [[Boko Haram|ACTOR:Boko Haram]].
A: Then it dropped. Two times. One [[bomb|WEAPON:AIRSTRIKE]] fell near where the food was shared, one near the shelters of the people from [[Kumshe|PLACE]].
Q: What did you see after?
A: {{c1|The son of my co-wife, [[Babagana|PERSON]], he was eleven, he was standing in the food line. We found him, he was finished.}} {{c2|I saw many dead, I cannot count, maybe twenty, maybe more, just in the place where I was.}}
A: {{c3|My hand, here, a piece cut it, and my mother-in-law [[Kaltume|PERSON]] was hurt in her hip. She walks with a stick now.}}
A: {{c4|And the shelters caught fire, the mats and the grass, the fire went from one to the other. Maybe thirty shelters burned, with the millet and the clothes inside.}}
Q: Did you hear how many people died altogether?
A: {{c5|The radio said fifty-two.}} {{c6|In the camp, the men who dug the graves, they said more than ninety. I believe the men who dug.}}
Q: Whose [[plane|WEAPON:AIRSTRIKE]] was it?
A: [[The Air Force|ACTOR:Nigerian armed forces]]. [[The military|ACTOR:Nigerian armed forces]] said after it was a mistake. A mistake. [[Boko Haram|ACTOR:Boko Haram]] was not in the camp, they were in the bush far away.
Q: Were you in [[Rann|PLACE]] when the town was attacked in [[2019|DATE:2019-01-01..2019-12-31]]?
A: Yes. That one was [[Boko Haram|ACTOR:Boko Haram]], [[Shekau's people|ACTOR:Boko Haram]]. [[The 14th of January|DATE:2019-01-14]], [[a Monday|DATE:2019-01-14]]. The soldiers had gone away from [[Rann|PLACE]] some days before, so the town was open.
A: They came in [[the morning|DATE:2019-01-14]] on motorcycles, shooting with [[guns|WEAPON:SMALL_ARMS]]. {{c7|They set the houses on fire, one after the other, with a lighter and the grass roofs. Our compound, the three houses of my husband's family, all burned.}}
A: {{c8|In our ward I saw them shoot two old men who could not run, Bulama [[Ali|PERSON]] and the blind man [[Modu|PERSON]].}}
Q: Did they take anyone?
A: {{c9|They took girls. From our compound they took [[Yagana|PERSON]], my brother's daughter, she is fifteen, and [[Hauwa|PERSON]], the neighbour's girl. They put them on the motorcycles.}}
A: {{c10|Until today, no news of [[Yagana|PERSON]]. [[Hauwa|PERSON]], some say she escaped to [[Cameroon|PLACE]], we do not know.}}
Q: Where did you go after the attack?
A: {{c11|[[That same day|DATE:2019-01-14]] we ran to [[Cameroon|PLACE]], to [[Bodo|PLACE]], it is near, maybe ten kilometres. All of us from the ward, more than one hundred people.}} Then the Cameroon soldiers sent us back and we came here to [[Maiduguri|PLACE]] in a lorry.
Q: Was anyone from your family stopped when you arrived?
A: At [[Maiduguri|PLACE]] the soldiers screened all the men. They wanted to take my son [[Bukar|PERSON]], because he is tall and has no papers. But the bulama of our ward, [[Lawan Goni|PERSON]], stood and said I know this boy since he was born, and they let him go.
Q: How many people were killed in the [[2019|DATE:2019-01-01..2019-12-31]] attack, do you know?
A: {{c12|I heard the number from the people of the Red Cross, they said more than sixty.}} I don't know. {{c13|I saw the two old men and some bodies on the road, four, five.}}
Q: Is there anything you want to add?
A: Only [[Yagana|PERSON]]. If someone hears of her, [[Yagana Bukar|PERSON]]. She has a mark on her cheek, on the left.
@@witness ng-rann-falmata-bukar
@@claim c1 harm=KILLED min=1 max=1 named="Babagana" weapon=AIRSTRIKE actor="Nigerian armed forces" site="Rann" date=2017-01-17 basis=WITNESSED incident=ng-rann-20170117-camp-airstrike
@@claim c2 harm=KILLED min=20 max=null weapon=AIRSTRIKE actor="Nigerian armed forces" site="Rann" date=2017-01-17 basis=WITNESSED incident=ng-rann-20170117-camp-airstrike
@@claim c3 harm=INJURED min=2 max=2 named="Kaltume" weapon=AIRSTRIKE actor="Nigerian armed forces" site="Rann" date=2017-01-17 basis=EXPERIENCED incident=ng-rann-20170117-camp-airstrike
@@claim c4 harm=PROPERTY_DAMAGE min=30 max=30 weapon=AIRSTRIKE actor="Nigerian armed forces" site="Rann" date=2017-01-17 basis=WITNESSED incident=ng-rann-20170117-camp-airstrike
@@claim c5 harm=KILLED min=52 max=52 weapon=AIRSTRIKE actor="Nigerian armed forces" site="Rann" date=2017-01-17 basis=REPORTED incident=ng-rann-20170117-camp-airstrike
@@claim c6 harm=KILLED min=91 max=null weapon=AIRSTRIKE actor="Nigerian armed forces" site="Rann" date=2017-01-17 basis=HEARSAY incident=ng-rann-20170117-camp-airstrike
@@claim c7 harm=PROPERTY_DAMAGE min=3 max=3 actor="Boko Haram" site="Rann" date=2019-01-14 basis=WITNESSED incident=ng-rann-20190114-town-burned
@@claim c8 harm=KILLED min=2 max=2 named="Ali; Modu" weapon=SMALL_ARMS actor="Boko Haram" site="Rann" date=2019-01-14 basis=WITNESSED incident=ng-rann-20190114-town-burned
@@claim c9 harm=DETAINED min=2 max=2 named="Yagana; Hauwa" actor="Boko Haram" site="Rann" date=2019-01-14 basis=WITNESSED incident=ng-rann-20190114-town-burned
@@claim c10 harm=MISSING min=2 max=2 named="Yagana; Hauwa" actor="Boko Haram" date=2019-01-14 basis=EXPERIENCED incident=ng-rann-20190114-town-burned
@@claim c11 harm=DISPLACED min=101 max=null actor="Boko Haram" site="Rann" date=2019-01-14 basis=EXPERIENCED incident=ng-rann-20190114-town-burned
@@claim c12 harm=KILLED min=61 max=null actor="Boko Haram" site="Rann" date=2019-01-14 basis=REPORTED incident=ng-rann-20190114-town-burned
@@claim c13 harm=KILLED min=4 max=5 actor="Boko Haram" site="Rann" date=2019-01-14 basis=WITNESSED incident=ng-rann-20190114-town-burned
