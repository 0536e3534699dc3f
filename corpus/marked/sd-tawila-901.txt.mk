Interview ID: SD-TWL-901
Date of interview: 18 June 2025
Place of interview: [[Tawila|PLACE]], [[North Darfur|PLACE]]
Language: Sudanese Arabic, interpreted into English
Interviewer: [[Helen Marsh|PERSON]]
Interpreter: [[Yousif Adam Haroun|PERSON]]

INTERVIEWER: Please tell me your name and where you came from.
WITNESS: I am [[Hawa Ishag Abdelkarim|PERSON]]. I came from [[Zamzam|PLACE]], the camp south of [[El Fasher|PLACE]]. Now I am here in [[Tawila|PLACE]] with my four children. My husband, eh, he is not with us.
INTERVIEWER: Why did you leave [[Zamzam|PLACE]]?
WITNESS: {{c1|[[The Rapid Support|ACTOR:Rapid Support Forces]] came into [[Zamzam|PLACE]] in [[April|DATE:2025-04-01..2025-04-30]], it was [[a Friday|DATE:2025-04-11]], I think [[the 11th|DATE:2025-04-11]].}} {{c1,c9|They burned the market and they were shooting into the shelters with the [[machine guns|WEAPON:SMALL_ARMS]] on the cars.}} {{c2|My husband [[Adam Yahya|PERSON]] went out to bring his mother and he did not come back. Until now we do not know.}} {{c3|We walked two days to [[Tawila|PLACE]], me and the children and maybe two hundred others from our block.}}
INTERVIEWER: Did you see people killed in [[Zamzam|PLACE]]?
WITNESS: {{c4|I saw three, near the water point. One was [[Khadija|PERSON]], she sold peanuts, she was old, maybe sixty. The other two I did not know.}} The people on the road said hundreds. I don't know that, I saw three.
[Interpreter: She uses "al-Dagalo people" sometimes for the [[RSF|ACTOR:Rapid Support Forces]]; I translate as Rapid Support.]
INTERVIEWER: And here in [[Tawila|PLACE]], has it been safe?
WITNESS: Not safe. In the first weeks, no, nothing happened, there was no [[shelling|WEAPON:ARTILLERY]] in [[Tawila|PLACE]] then. People said the [[RSF|ACTOR:Rapid Support Forces]] would follow us and finish us, that they would come with the cars, but they did not come [[that month|DATE:2025-04-01..2025-04-30]].
Then in [[May|DATE:2025-05-01..2025-05-31]]. It was [[the morning|DATE:2025-05-03]], [[after breakfast|DATE:2025-05-03]], the children were collecting firewood. We heard the first [[shell|WEAPON:ARTILLERY]] fall near [[Dali|PLACE]] camp, the big one at the east side. Then another, and another. Maybe six, maybe eight [[shells|WEAPON:ARTILLERY]], I did not count well.
INTERVIEWER: Where were you exactly?
WITNESS: At the shelter, in the [[Daba Naira|PLACE]] block. It is near [[Dali|PLACE]], maybe five minutes walking. {{c5,c8|One [[shell|WEAPON:ARTILLERY]] fell on the shelter of my neighbour, [[Fatna Abdelrahman|PERSON]].}} {{c5|She died, and her daughter [[Nour|PERSON]], who was nine. I saw them, I helped to put them on the blanket.}} [crying]
INTERVIEWER: Take your time.
WITNESS: [pause] {{c6|My son [[Musa|PERSON]] was hurt in the leg, a small piece. He is fine now, he walks.}} {{c7|The people said [[that day|DATE:2025-05-03]] seven died in [[Dali|PLACE]] and in our block, some said twelve.}} The clinic of the organisation took the injured, I don't know how many.
INTERVIEWER: Who fired the [[shells|WEAPON:ARTILLERY]], do you know?
WITNESS: From the north side, the hills. Everybody says the [[Janjaweed|ACTOR:Rapid Support Forces]], the [[RSF|ACTOR:Rapid Support Forces]], because [[the army|ACTOR:Sudanese Armed Forces]] is not near [[Tawila|PLACE]], and the movement of [[Abdel Wahid|PERSON]] controls here and they do not shell their own. But I did not see who.
INTERVIEWER: Was anything else damaged?
WITNESS: {{c8|The shelter of [[Fatna|PERSON]] was finished, and two more shelters burned, the plastic takes fire quickly.}} Our food also, the sorghum from the distribution, it was inside.
INTERVIEWER: Is there anything else you want to say?
WITNESS: Only, if they find my husband [[Adam|PERSON]], [[Adam Yahya|PERSON]] [[Adam|PERSON]], from [[Zamzam|PLACE]], block seven, tell him we are in [[Tawila|PLACE]]. The nour of my eyes, the children, they ask every night.
@@witness sd-tawila-hawa-ishag
@@claim c1 harm=KILLED min=null max=null weapon=SMALL_ARMS actor="Rapid Support Forces" site="Zamzam" date=2025-04-11 basis=WITNESSED incident=sd-zamzam-20250411-camp-assault
@@claim c2 harm=MISSING min=1 max=1 named="Adam Yahya" actor="Rapid Support Forces" site="Zamzam" date=2025-04-11 basis=EXPERIENCED incident=sd-zamzam-20250411-camp-assault
@@claim c3 harm=DISPLACED min=205 max=205 site="Zamzam" date=2025-04-11 basis=EXPERIENCED incident=sd-zamzam-20250411-camp-assault
@@claim c4 harm=KILLED min=3 max=3 named="Khadija" actor="Rapid Support Forces" site="Zamzam" date=2025-04-11 basis=WITNESSED incident=sd-zamzam-20250411-camp-assault
@@claim c5 harm=KILLED min=2 max=2 named="Fatna Abdelrahman; Nour" weapon=ARTILLERY actor="Rapid Support Forces" site="Daba Naira" date=2025-05-03 basis=WITNESSED incident=sd-tawila-20250503-camp-shelling
@@claim c6 harm=INJURED min=1 max=1 named="Musa" weapon=ARTILLERY actor="Rapid Support Forces" site="Daba Naira" date=2025-05-03 basis=WITNESSED incident=sd-tawila-20250503-camp-shelling
@@claim c7 harm=KILLED min=7 max=12 weapon=ARTILLERY actor="Rapid Support Forces" site="Dali" date=2025-05-03 basis=HEARSAY incident=sd-tawila-20250503-camp-shelling
@@claim c8 harm=PROPERTY_DAMAGE min=3 max=3 weapon=ARTILLERY actor="Rapid Support Forces" site="Daba Naira" date=2025-05-03 basis=WITNESSED incident=sd-tawila-20250503-camp-shelling
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=SMALL_ARMS actor="Rapid Support Forces" site="Zamzam" date=2025-04-11 basis=WITNESSED incident=sd-zamzam-20250411-camp-assault
