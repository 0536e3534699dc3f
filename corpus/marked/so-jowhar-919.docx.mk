STATEMENT TRANSCRIPT
Interview ID: SO-JWH-919
Date of interview: 2023-06-20
Place of interview: [[Jowhar|PLACE]], [[Middle Shabelle|PLACE]]
Language: Somali; English by interpreter
Interviewer: [[Ingrid Solberg|PERSON]]
Interpreter: [[Sahra Maxamuud|PERSON]]
Q: You teach at the primary school in [[Jawhar|PLACE:Jowhar]]?
A: Yes, for eleven years. My name is [[Faarax Cali Gurey|PERSON]]. I am also the father of seven.
Q: You wanted to speak about the [[mortar|WEAPON:MORTAR]] attacks.
A: Yes. The [[Shabaab|ACTOR:al-Shabaab]] fire [[mortars|WEAPON:MORTAR]] on the town at night, aiming for the state house and the base of [[the Somali army|ACTOR:Somali forces]]. But they fall on us.
Q: When was the worst time?
A: {{c1|[[The 15th of January|DATE:2023-01-15]], [[around midnight|DATE:2023-01-15]]. Five or six [[mortar rounds|WEAPON:MORTAR]].}} {{c1,c6|One fell in [[Hawlwadaag|PLACE]] quarter, on the house of [[Xaawo Jaamac|PERSON]], a widow.}} {{c1|She died, and two of her grandchildren, [[Ilhaan|PERSON]], who was six, and [[Sabirin|PERSON]].}}
Q: Did you see it yourself?
A: I live two houses from her. {{c1|I heard it, I went out, I helped pull the children. [[Ilhaan|PERSON]] was alive when we pulled her, she died on the way to the hospital.}} [Interpreter: He says "[[Jowhar hospital|PLACE]]", the regional one.]
Q: Were others injured?
A: {{c2|Four people in the street, from the same [[mortar|WEAPON:MORTAR]], one is my student, [[Abshir|PERSON]], twelve years, in the stomach. The others were [[Nimco Xirsi|PERSON]], her husband [[Bashiir|PERSON]], and an old man from the mosque.}}
Q: Have there been other attacks?
A: {{c3|In [[March|DATE:2023-03-01..2023-03-31]], a [[roadside bomb|WEAPON:IED]] near the [[Jowhar livestock market|PLACE]], for a military car. The car passed, the [[bomb|WEAPON:IED]] took a donkey cart. The driver died, the son of the market watchman.}} That I did not see. People told me at the mosque.
Q: What about [[air strikes|WEAPON:AIRSTRIKE]]? Have you heard of any near [[Jowhar|PLACE]]?
A: {{c4|Yes, in [[November|DATE:2022-11-01..2022-11-30]], outside [[Jowhar|PLACE]], near [[Mahaday|PLACE]], [[the drone|WEAPON:DRONE_STRIKE]] fired a [[missile|WEAPON:MISSILE]] at a car on the river road. Three men died.}} The government said they were [[Shabaab|ACTOR:al-Shabaab]] commanders. The family said two were farmers returning from the market.
Q: Whose [[drone|WEAPON:DRONE_STRIKE]]?
A: People say [[the Americans|ACTOR:US forces]]. Some say [[the Turks|ACTOR:Turkish forces]], they also fly drones now for the government. I cannot say, I am a teacher.
Q: You said the government called the men in the car commanders. Did you know any of them?
A: One, yes. [[Cabdi Shiine|PERSON]], he sold bananas to the traders of [[Mogadishu|PLACE]]. His brother [[Ismaaciil|PERSON]] was my classmate in school. I never heard he was with the [[Shabaab|ACTOR:al-Shabaab]]. Maybe he was, maybe not. In this country everybody is something to someone.
Q: Has the school been hit?
A: No. The school was never hit. But in [[January|DATE:2023-01-01..2023-01-31]], after the [[mortars|WEAPON:MORTAR]], the parents kept the children at home two weeks. If a [[mortar|WEAPON:MORTAR]] falls in the classroom, it is forty children.
Q: Anything else?
A: {{c5|Only that my neighbours, the [[Jaamac|PERSON]] family, left after the widow died. Nine people, to [[Mogadishu|PLACE]].}} Their house is empty. People are leaving [[Jowhar|PLACE]] slowly.
@@witness so-jowhar-faarax-gurey
@@claim c1 harm=KILLED min=3 max=3 named="Xaawo Jaamac; Ilhaan; Sabirin" weapon=MORTAR actor="al-Shabaab" site="Hawlwadaag" date=2023-01-15 basis=WITNESSED incident=so-jowhar-20230115-hawlwadaag-mortar
@@claim c2 harm=INJURED min=4 max=4 named="Abshir; Nimco Xirsi; Bashiir" weapon=MORTAR actor="al-Shabaab" site="Hawlwadaag" date=2023-01-15 basis=WITNESSED incident=so-jowhar-20230115-hawlwadaag-mortar
@@claim c3 harm=KILLED min=1 max=1 weapon=IED site="Jowhar livestock market" date=2023-03-01..2023-03-31 basis=HEARSAY incident=so-jowhar-20230300-livestock-market-ied
@@claim c4 harm=KILLED min=3 max=3 weapon=MISSILE site="Mahaday" date=2022-11-01..2022-11-30 basis=HEARSAY incident=so-mahaday-20221100-river-road-drone
@@claim c5 harm=DISPLACED min=9 max=9 named="Jaamac" site="Hawlwadaag" date=2023-01-15..2023-01-31 basis=WITNESSED incident=so-jowhar-20230115-hawlwadaag-mortar
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="al-Shabaab" site="Hawlwadaag" date=2023-01-15 basis=WITNESSED incident=so-jowhar-20230115-hawlwadaag-mortar
