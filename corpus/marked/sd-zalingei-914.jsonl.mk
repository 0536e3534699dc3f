id: SD-ZLG-914
interview_date: 2023-12-05
place: Adre, Chad
language: Fur and Arabic, interpreted

INTERVIEWER: You are from [[Jebel Marra|PLACE]], you said, and then you lived in [[Zalingei|PLACE]]?
WITNESS: Yes. My village is [[Gorlanbang|PLACE]], in the mountain, near [[Golo|PLACE]]. I moved to [[Zalingei|PLACE]] in [[2017|DATE:2017-01-01..2017-12-31]], to [[Hamidiya|PLACE]] camp, after what happened to my children.
INTERVIEWER: What happened?
WITNESS: In [[2016|DATE:2016-01-01..2016-12-31]], the big offensive of [[the government|ACTOR:Sudanese Armed Forces]] in the mountain. [[The planes|WEAPON:AIRSTRIKE]] came every day, [[the Antonov|WEAPON:AIRSTRIKE]] and [[the MiG|WEAPON:AIRSTRIKE]]. In [[the month of August|DATE:2016-08-01..2016-08-31]], or [[the end of July|DATE:2016-07-01..2016-07-31]], I am not sure, they dropped [[bombs|WEAPON:AIRSTRIKE]] that did not explode like the others. Dark smoke, blue and then yellow, and a smell like rotten eggs, like onions burned.
INTERPRETER: She is describing the colour with her scarf. Blue, then yellow-brown.
WITNESS: {{c1|My two sons, [[Mahadi|PERSON]] who was five and [[Hamza|PERSON]] who was three, they were playing near the wadi where the smoke came. [[After two days|DATE:2016-08-01..2016-08-31]] their skin was coming off in pieces, they vomited blood. [[Hamza|PERSON]] died on [[the fourth day|DATE]].}} {{c2|[[Mahadi|PERSON]] lived, but his eyes are not good until now.}}
INTERVIEWER: Were others affected?
WITNESS: {{c3|Many. In [[Gorlanbang|PLACE]] and [[Kaya|PLACE]], I know of eleven children died like that, with the same sickness, in [[those weeks|DATE:2016-08-01..2016-09-30]].}} The old men said these are [[poison bombs|WEAPON:CHEMICAL]], [[chemical|WEAPON:CHEMICAL]]. We did not know this word before. Some young men from the movement said it was the [[poison gas|WEAPON:CHEMICAL]], like in the war of [[Iraq|PLACE]].
INTERVIEWER: Did you see the [[bombs|WEAPON:AIRSTRIKE]] fall?
WITNESS: I saw [[the Antonov|WEAPON:AIRSTRIKE]] and the smoke rising from the wadi, from my house. I did not see the [[bomb|WEAPON:AIRSTRIKE]] itself. Nobody went near, we were afraid of the [[gas|WEAPON:CHEMICAL]].
INTERVIEWER: And then in [[Zalingei|PLACE]], [[this year|DATE]]?
WITNESS: Yes. In [[May|DATE:2023-05-01..2023-05-31]], the [[RSF|ACTOR:Rapid Support Forces]] came into [[Zalingei|PLACE]]. They besieged [[the army|ACTOR:Sudanese Armed Forces]] at the headquarters, and in the town they were looting. {{c4|In [[Hamidiya|PLACE]] camp they shot into the people, I saw three men killed near the water point, one was the sheikh of our block, [[Abdelrahim Yagoub|PERSON]].}}
INTERVIEWER: Did they shell the camp?
WITNESS: {{c5|From the side of [[the army|ACTOR:Sudanese Armed Forces]], [[the tanks|WEAPON:ARTILLERY]] fired back toward the [[RSF|ACTOR:Rapid Support Forces]], and one [[shell|WEAPON:ARTILLERY]] fell in the camp, near the clinic, and killed a woman with her baby.}} I was not there, my neighbour [[Mariam Khamis|PERSON]] saw it and told me.
INTERVIEWER: Why did you come to [[Chad|PLACE]]?
WITNESS: {{c6|The [[RSF|ACTOR:Rapid Support Forces]] was taking the young men, they took my brother's son [[Yahya|PERSON]], we don't know where he is.}} {{c7|In [[June|DATE:2023-06-01..2023-06-30]] we left, me, [[Mahadi|PERSON]] and my mother, walking to the border.}} If we had stayed, they would take [[Mahadi|PERSON]] also, he is fifteen now.
@@witness sd-zalingei-gorlanbang-mother
@@claim c1 harm=KILLED min=1 max=1 named="Hamza" weapon=CHEMICAL actor="Sudanese Armed Forces" site="Gorlanbang" date=2016-08-01..2016-08-31 basis=WITNESSED incident=sd-gorlanbang-20160800-chemical-bombing
@@claim c2 harm=INJURED min=1 max=1 named="Mahadi" weapon=CHEMICAL actor="Sudanese Armed Forces" site="Gorlanbang" date=2016-08-01..2016-08-31 basis=WITNESSED incident=sd-gorlanbang-20160800-chemical-bombing
@@claim c3 harm=KILLED min=11 max=11 weapon=CHEMICAL actor="Sudanese Armed Forces" site="Gorlanbang" date=2016-08-01..2016-09-30 basis=HEARSAY incident=sd-gorlanbang-20160800-chemical-bombing
@@claim c4 harm=KILLED min=3 max=3 named="Abdelrahim Yagoub" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Hamidiya" date=2023-05-01..2023-05-31 basis=WITNESSED incident=sd-zalingei-20230500-hamidiya-shooting
@@claim c5 harm=KILLED min=2 max=2 weapon=ARTILLERY actor="Sudanese Armed Forces" site="Hamidiya" date=2023-05-01..2023-05-31 basis=HEARSAY incident=sd-zalingei-20230500-hamidiya-shell
@@claim c6 harm=DETAINED min=1 max=1 named="Yahya" actor="Rapid Support Forces" site="Zalingei" date=2023-05-01..2023-06-30 basis=HEARSAY incident=sd-zalingei-20230500-hamidiya-shooting
@@claim c7 harm=DISPLACED min=3 max=3 site="Zalingei" date=2023-06-01..2023-06-30 basis=EXPERIENCED incident=sd-zalingei-20230600-flight-to-chad
