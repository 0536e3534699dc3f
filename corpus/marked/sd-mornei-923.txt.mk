Interview ID: SD-MRN-923
Date of interview: 27 July 2023
Place of interview: [[Adré|PLACE]] transit site, [[Chad|PLACE]]
Language: Masalit, through an interpreter
Interviewer: [[Johanna Frei|PERSON]]
Interpreter: [[Ismail Abdelmoula|PERSON]]

INTERVIEWER: Please ask her name and where she lived.
INTERPRETER: She says her name is [[Kaltouma Yahya Bosh|PERSON]]. She lived in [[Mornei|PLACE]] camp, in [[West Darfur|PLACE]], for nineteen years.
INTERVIEWER: Nineteen years. So she came to [[Mornei|PLACE]] in [[2004|DATE:2004-01-01..2004-12-31]]?
WITNESS: Yes, [[2004|DATE:2004-01-01..2004-12-31]]. Before, we were in [[Hashaba|PLACE]], a village near [[Murnei|PLACE:Mornei]], on the wadi.
INTERVIEWER: What happened in [[Hashaba|PLACE]]?
INTERPRETER: She says the [[Janjaweed|ACTOR:Janjaweed militias (before 2013)]] came on horses and camels, and before them [[the Antonov|WEAPON:AIRSTRIKE]].
WITNESS: {{c1|[[The Antonov|WEAPON:AIRSTRIKE]] threw [[barrels|WEAPON:BARREL_BOMB]] and the [[fire bombs|WEAPON:INCENDIARY]], the ones that burn like [[napalm|WEAPON:INCENDIARY]], the whole village was burning before the horses came.}} {{c2|My father and my two brothers, [[Adam Bosh|PERSON]] and [[Abdelkarim|PERSON]], the [[Janjaweed|ACTOR:Janjaweed militias (before 2013)]] shot them at the well.}}
INTERPRETER: She says "nar al-tayyara", the fire of the plane. I think she means [[incendiary|WEAPON:INCENDIARY]].
INTERVIEWER: When was that, does she remember the month?
WITNESS: It was [[the beginning of the rains|DATE:2004-06-01..2004-07-31]]. People had planted already.
INTERVIEWER: Let's talk about [[this year|DATE]]. What happened in [[Mornei|PLACE]] in [[2023|DATE:2023-01-01..2023-12-31]]?
WITNESS: {{c3|After the war started in [[Khartoum|PLACE]], in [[June|DATE:2023-06-01..2023-06-30]], the [[RSF|ACTOR:Rapid Support Forces]] and the Arab militias came to [[Mornei|PLACE]]. They shot into the camp with the [[Dushka|WEAPON:SMALL_ARMS]], they burned the market and the blocks of the Masalit.}}
INTERPRETER: Dushka is the heavy machine gun on the car.
INTERVIEWER: Were people killed in the camp?
WITNESS: {{c4|Many. I saw seven myself, on the road to the water point. One was my neighbour's son, [[Sabil|PERSON]], he was thirteen.}} {{c5|The sheikh of the camp said more than sixty people died in [[Mornei|PLACE]] in those three days.}}
INTERVIEWER: Did they use any planes this time?
WITNESS: No. This time, no plane, no Antonov. Only the cars and the [[guns|WEAPON:SMALL_ARMS]].
INTERPRETER: She says the fire this time was by hand, with matches and fuel. Not from the air.
INTERVIEWER: How did she come to [[Chad|PLACE]]?
WITNESS: {{c6|We walked four days, my mother, my three daughters and me. [[Amal|PERSON]] is the youngest, seven.}} On the road near [[Misterei|PLACE]] the militias stopped us. They took our money, the phones. {{c7|They took a young man walking with us, [[Dawood|PERSON]], they said he is a soldier. He is not a soldier, he is a student.}}
INTERVIEWER: Does she know what happened to [[Dawood|PERSON]]?
WITNESS: Nothing. If they had found my husband with us, they would have killed him. Thanks to God he was already in [[Chad|PLACE]].
@@witness sd-mornei-kaltouma-bosh
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Sudanese Armed Forces" site="Hashaba" date=2004-06-01..2004-07-31 basis=EXPERIENCED incident=sd-hashaba-20040000-village-burning
@@claim c2 harm=KILLED min=3 max=3 named="Adam Bosh; Abdelkarim" weapon=SMALL_ARMS actor="Janjaweed militias (before 2013)" site="Hashaba" date=2004-06-01..2004-07-31 basis=WITNESSED incident=sd-hashaba-20040000-village-burning
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=SMALL_ARMS actor="Rapid Support Forces" site="Mornei" date=2023-06-01..2023-06-30 basis=WITNESSED incident=sd-mornei-20230600-camp-attack
@@claim c4 harm=KILLED min=7 max=7 named="Sabil" actor="Rapid Support Forces" site="Mornei" date=2023-06-01..2023-06-30 basis=WITNESSED incident=sd-mornei-20230600-camp-attack
@@claim c5 harm=KILLED min=61 max=null actor="Rapid Support Forces" site="Mornei" date=2023-06-01..2023-06-30 basis=HEARSAY incident=sd-mornei-20230600-camp-attack
@@claim c6 harm=DISPLACED min=5 max=5 named="Amal" site="Mornei" date=2023-06-01..2023-06-30 basis=EXPERIENCED incident=sd-mornei-20230600-camp-attack
@@claim c7 harm=DETAINED min=1 max=1 named="Dawood" site="Misterei" date=2023-06-01..2023-07-27 basis=WITNESSED incident=sd-misterei-20230600-road-abduction
