Interview ID: SD-KTM-921
Date: 2024-10-03
Location: [[Tawila|PLACE]], [[North Darfur|PLACE]] (by phone from [[Kutum|PLACE]] area)
Language: Arabic and Zaghawa, interpreted
Interviewer: [[Aisha Bello|PERSON]]
Interpreter: [[Abdallah Tirab|PERSON]]

INT: Where are you speaking from?
RESP: From [[Kutum|PLACE]], from [[Kitim|PLACE:Kutum]] as the old people say. Near the wadi. The network is weak, if I am cut, call again.
INT: Tell me about yourself.
RESP: My name is [[Mohammed Abakar Tijani|PERSON]]. I had a shop for cloth in the big market of [[Kutum|PLACE]]. Now there is no market.
INT: What happened to the market?
RESP: You know, since [[August last year|DATE:2023-08-01..2023-08-31]] the [[RSF|ACTOR:Rapid Support Forces]] took [[Kutum|PLACE]], the army base also. Since then [[the Antonov|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] comes to bomb them. But the [[RSF|ACTOR:Rapid Support Forces]] are in the houses, in the market, everywhere, so the [[bombardment|WEAPON:AIRSTRIKE]] falls on us.
{{c1|On [[the 2nd of June|DATE:2024-06-02]], [[a Sunday|DATE:2024-06-02]], in [[the morning, market time|DATE:2024-06-02]], [[the Antonov|WEAPON:AIRSTRIKE]] dropped three [[barrels|WEAPON:BARREL_BOMB]]. Two in the market, one near the [[Kutum mosque|PLACE]].}}
{{c1|I was in my shop. I saw the first [[barrel|WEAPON:BARREL_BOMB]] fall on the row of the tea women. Everything was fire after, the cloth, the plastic, the straw.}}
INT: How many were killed?
RESP: {{c3|We buried nineteen [[that day|DATE:2024-06-02]]. Between nineteen and twenty-five in total, because some died in the following days, we had no hospital.}} {{c4|Among them [[Umm Jidda|PERSON]], a tea woman, and her son [[Nour al-Din|PERSON]], and my neighbour in the market, [[Saleh Bahar|PERSON]], who sold shoes.}}
INT: And injured?
RESP: {{c5|Many. Dozens. With burns mostly. The girl [[Hawaya|PERSON]], who sold onions beside me, and the butcher [[Arbab Dahab|PERSON]].}} [pause] {{c6|My own hands were burned, I tried to take my money box out.}}
INT: Why burns? Was it fire from the [[barrel|WEAPON:BARREL_BOMB]], or from the shops?
RESP: Both, I think. The people said this [[barrel|WEAPON:BARREL_BOMB]] had something inside that makes fire, [[incendiary|WEAPON:INCENDIARY]], like a [[fire bomb|WEAPON:INCENDIARY]]. I don't know. The fire was white in the middle, I never saw fire like that. A soldier's son told me it is [[white phosphorus|WEAPON:INCENDIARY]], I don't know. It did not stop with water.
INTERPRETER: He used "nar bayda", white fire.
INT: Were there [[RSF|ACTOR:Rapid Support Forces]] fighters in the market [[that morning|DATE]]?
RESP: Some, yes, two pick-ups, buying fuel. I will not lie to you. But the market was five hundred people. {{c1|The pick-ups left, and the shops burned, more than forty shops.}}
INT: Has it happened again?
RESP: {{c8|In [[August|DATE:2024-08-01..2024-08-31]], another [[barrel|WEAPON:BARREL_BOMB]], on [[Kassab|PLACE]] camp, outside the town. The people in [[Kassab|PLACE]] told me four children died.}} That I did not see.
INT: Has the [[RSF|ACTOR:Rapid Support Forces]] harmed civilians in [[Kutum|PLACE]]?
RESP: {{c9|Yes, of course. When they entered, they looted everything, and they took the young Zaghawa men. My cousin [[Hassan Yagoub|PERSON]] was taken, until now nobody knows.}} But the [[barrels|WEAPON:BARREL_BOMB]] kill more than them now. Both are killing us.
@@witness sd-kutum-mohammed-tijani
@@claim c1 harm=PROPERTY_DAMAGE min=41 max=null weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Kutum" date=2024-06-02 basis=WITNESSED incident=sd-kutum-20240602-market-barrels
@@claim c3 harm=KILLED min=19 max=25 weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Kutum" date=2024-06-02 basis=WITNESSED incident=sd-kutum-20240602-market-barrels
@@claim c4 harm=KILLED min=3 max=3 named="Umm Jidda; Nour al-Din; Saleh Bahar" weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Kutum" date=2024-06-02 basis=WITNESSED incident=sd-kutum-20240602-market-barrels
@@claim c5 harm=INJURED min=24 max=null named="Hawaya; Arbab Dahab" weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Kutum" date=2024-06-02 basis=WITNESSED incident=sd-kutum-20240602-market-barrels
@@claim c6 harm=INJURED min=1 max=1 weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Kutum" date=2024-06-02 basis=EXPERIENCED incident=sd-kutum-20240602-market-barrels
@@claim c8 harm=KILLED min=4 max=4 weapon=BARREL_BOMB site="Kassab" date=2024-08-01..2024-08-31 basis=HEARSAY incident=sd-kassab-20240800-camp-barrel
@@claim c9 harm=DETAINED min=1 max=null named="Hassan Yagoub" actor="Rapid Support Forces" site="Kutum" date=2023-08-01..2023-08-31 basis=HEARSAY incident=sd-kutum-20230800-rsf-takeover
