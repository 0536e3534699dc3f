WITNESS STATEMENT
Statement ID: SD-GEN-1705
Date of interview: 14 January 2024
Place of interview: [[Adre|PLACE:Adré]], [[Chad|PLACE]]
Language: Masalit and Arabic, interpreted
Interviewer: [[Petra Novak|PERSON]]
Interpreter: [[Mahamat Zakaria|PERSON]]

My name is [[Ibrahim Ishag Haroun|PERSON]]. I am thirty-eight. I was a mechanic in [[El Geneina|PLACE]], in [[al-Tadamon|PLACE]] neighbourhood, I repaired the motorbikes and the small generators. My father is from [[Misterei|PLACE]], my mother from [[Geneina|PLACE:El Geneina]] itself.

The trouble began in [[April|DATE:2023-04-01..2023-04-30]], after [[Khartoum|PLACE]]. At first we thought it will stay in [[Khartoum|PLACE]]. By [[May|DATE:2023-05-01..2023-05-31]] it was in our streets. {{c1|In [[the middle of May|DATE:2023-05-10..2023-05-20]] [[the Rapid Support|ACTOR:Rapid Support Forces]] and the militias with them came to [[al-Tadamon|PLACE]] in [[the evening|DATE:2023-05-10..2023-05-20]] and threw [[petrol bombs|WEAPON:INCENDIARY]] on the houses. Half the street burned, the grass roofs go up very fast.}} {{c1|My workshop burned with everything inside, the tools, two motorbikes of customers, the welding machine. Nothing left.}} I saw it from the roof of my uncle, two streets away.

There was no army in our quarter. [[The army|ACTOR:Sudanese Armed Forces]] stayed in their base and did not come out to us. People say this many times and it is true.

{{c3|In [[June|DATE:2023-06-01..2023-06-30]] we left [[Geneina|PLACE:El Geneina]], I, my wife [[Hawa|PERSON]], our four children, and my mother. Seven persons. We went to [[Ardamata|PLACE]], to the camp, because my wife's sister was there and people said it is safer near the army base.}}

[Interpreter's note: the witness uses "Janjaweed" and "Rapid Support" for the same people.]

We stayed in [[Ardamata|PLACE]] until [[November|DATE:2023-11-01..2023-11-30]]. The [[Janjaweed|ACTOR:Rapid Support Forces]] attacked the army base at [[the beginning of November|DATE:2023-11-01..2023-11-05]], with [[artillery|WEAPON:ARTILLERY]] and many cars. [[The army|ACTOR:Sudanese Armed Forces]] left the base [[after two days|DATE:2023-11-03..2023-11-05]]. Then they came into the camp.

{{c4|It was [[the Sunday|DATE:2023-11-05]], I am almost sure, [[the 5th|DATE:2023-11-05]]. We were walking toward the wadi to cross and go to the border. At the crossing the [[RSF|ACTOR:Rapid Support Forces]] stopped the crowd. They took out the men, only the men, and made us sit in the sand. Maybe sixty men, maybe more.}} They asked everybody: Masalit or Arab? They checked the hands for oil of guns.

{{c5|They shot some of the men in front of us. I saw four shot, one of them was [[Abdelkarim Suleiman|PERSON]], who sold tea at the camp gate. One was a boy, maybe sixteen.}}

{{c6|Me and my cousin [[Yaqub|PERSON]] and about twenty others, they tied our hands and took us in a truck to a house near the market of [[Ardamata|PLACE]]. They held us there six days. They beat us with sticks and with the back of the [[rifles|WEAPON:SMALL_ARMS]].}} They said your families must pay. My wife sold her gold in [[Adre|PLACE:Adré]] and a man brought the money to them. Then they let me go.

{{c7|[[Yaqub|PERSON]] they did not release. His mother had no money. Since [[that day|DATE:2023-11-05]] we have no news of him, not one word.}} Some say the [[RSF|ACTOR:Rapid Support Forces]] took the young men to [[Nyala|PLACE]]. Some say no. I don't know.

{{c8|Later I read on the list that the lawyers published on WhatsApp, the list of the people of [[Ardamata|PLACE]], that of the men taken at the wadi crossing more than forty are still not found, no family has news of them. I cannot say the number myself. I saw only what I told you.}}

At the border, the [[RSF|ACTOR:Rapid Support Forces]] had a last checkpoint. They searched me again, they took the phone, they looked at my face a long time, and then they waved me to go. I walked to [[Adre|PLACE:Adré]] without shoes.

My mother is with us. My children are in the school tent now. I want the name of [[Yaqub|PERSON]] written. [[Yaqub Ahmed Dahab|PERSON]], twenty-four years. If somebody sees him, tell him we are in [[Adre|PLACE:Adré]], in the block of the [[Misterei|PLACE]] people.

@@witness sd-geneina-ibrahim-haroun
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Rapid Support Forces" site="al-Tadamon" date=2023-05-10..2023-05-20 basis=WITNESSED incident=sd-geneina-20230500-tadamon-fire
@@claim c3 harm=DISPLACED min=7 max=7 named="Hawa" site="El Geneina" date=2023-06-01..2023-06-30 basis=EXPERIENCED incident=sd-geneina-20230600-haroun-family-flight
@@claim c4 harm=DETAINED min=60 max=null actor="Rapid Support Forces" site="Ardamata" date=2023-11-05 basis=WITNESSED incident=sd-ardamata-20231105-wadi-crossing-men
@@claim c5 harm=KILLED min=4 max=4 named="Abdelkarim Suleiman" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Ardamata" date=2023-11-05 basis=WITNESSED incident=sd-ardamata-20231105-wadi-crossing-men
@@claim c6 harm=DETAINED min=22 max=22 named="Yaqub" actor="Rapid Support Forces" site="Ardamata" date=2023-11-05 basis=EXPERIENCED incident=sd-ardamata-20231105-wadi-crossing-men
@@claim c7 harm=MISSING min=1 max=1 named="Yaqub" actor="Rapid Support Forces" site="Ardamata" date=2023-11-05 basis=EXPERIENCED incident=sd-ardamata-20231105-wadi-crossing-men
@@claim c8 harm=MISSING min=41 max=null actor="Rapid Support Forces" site="Ardamata" date=2023-11-05 basis=REPORTED incident=sd-ardamata-20231105-wadi-crossing-men
