WITNESS STATEMENT

Statement ID: YE-HJH-711
Date of interview: 3 March 2020
Place of interview: [[Abs|PLACE]], [[Hajjah|PLACE]] governorate, [[Yemen|PLACE]]
Language: Arabic (Tihama dialect)
Interviewer: [[Leonie Brandt|PERSON]]
Interpreter: [[Nabil Qahtan|PERSON]]
Witness: W-711, woman, about 35 years, displaced

We are from [[Haradh|PLACE]], near the border. We left in [[2015|DATE:2015-01-01..2015-12-31]], in [[the summer|DATE:2015-06-01..2015-08-31]], because every night [[the planes|WEAPON:AIRSTRIKE]] came, and in the day the [[Saudi|ACTOR:Saudi-led coalition]] [[artillery|WEAPON:ARTILLERY]] from across the border. {{c1|We were twenty people from my husband's family, we walked and then a truck took us to [[Abs|PLACE]], and since then we live here in the camp, in the huts of straw.}}

[Interpreter's note: she uses "tayaran", the planes, for all air attacks.]

The thing I want to say is the well. In our area, [[Bani Hassan|PLACE]], there is one well with a pump for all the displaced and the village. The women go with the jerrycans before the sun, because later it is too hot.

It was [[Saturday, the 22nd of September, 2018|DATE:2018-09-22]]. I remember because my nephew had the exams that week. We were at the well [[before sunrise|DATE:2018-09-22]], maybe forty, fifty people, women, children, the donkeys with the water barrels. We heard [[the plane|WEAPON:AIRSTRIKE]] very high, and then the [[strike|WEAPON:AIRSTRIKE]] was on the pump house and the people around it.

{{c2|Eleven died. Eleven, most of them children. My nephew [[Hamdi|PERSON]], thirteen years, and the two daughters of our neighbour [[Zahra|PERSON]], [[Ibtihal|PERSON]] and [[Rehab|PERSON]].}} I saw them with my eyes, I helped to carry [[Hamdi|PERSON]] to the car of [[Ali Shuwai|PERSON]]. {{c3|My daughter [[Amal|PERSON]] was hit in the back, a piece of metal, she was nine, and many others were injured, I don't know how many, maybe twenty.}}

[Interpreter's note: the daughter's name, [[Amal|PERSON]], means "hope". The witness repeated it twice.]

We have no amal now, only God. But [[Amal|PERSON]] lived, thanks God. She walks now.

There were no fighters at the well. No [[Houthis|ACTOR:Houthis]], no soldiers, no weapons. Women and children and donkeys. {{c4|Why they hit the well, I don't know.}} People say [[the aggression|ACTOR:Saudi-led coalition]] thought it was a gathering of fighters. I ask: fighters with jerrycans?

{{c4|The pump house was destroyed, and for one month we brought water from [[Abs|PLACE]] town on the donkeys, two hours.}}

Another thing, [[the next year|DATE:2019-01-01..2019-12-31]], in [[spring|DATE:2019-03-01..2019-05-31]]. The children take the goats to the field behind the camp. There were small [[bombs|WEAPON:CLUSTER_MUNITION]], like batteries, yellow, from the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] that fell there in the war before. {{c5|A boy, [[Aqeel|PERSON]], the son of the shepherd, took one in his hand, and it exploded. I heard it from our hut, like a gun. He died before they reached the hospital in [[Abs|PLACE]].}} {{c6|His brother lost two fingers.}}

And my husband's brother, [[Mansour|PERSON]], he tried to go back to [[Haradh|PLACE]] to see our land, [[last year|DATE:2019-01-01..2019-12-31]], [[before Ramadan|DATE:2019-04-01..2019-05-05]]. {{c7|He stepped on a [[mine|WEAPON:LANDMINE]] at the edge of the farm, the people who were with him told us he lost the leg.}} They say the [[Houthis|ACTOR:Houthis]] put the [[mines|WEAPON:LANDMINE]] when [[the army|ACTOR:Yemeni government forces]] came near [[Haradh|PLACE]], but I did not see who put them.

If we go back, where do we walk? Everything is [[mines|WEAPON:LANDMINE]] there. So we stay in the straw huts.
@@witness ye-hajjah-w711
@@claim c1 harm=DISPLACED min=20 max=20 weapon=AIRSTRIKE actor="Saudi-led coalition" site="Haradh" date=2015-06-01..2015-08-31 basis=EXPERIENCED incident=ye-haradh-20150600-w711-family-displaced
@@claim c2 harm=KILLED min=11 max=11 named="Hamdi; Ibtihal; Rehab" weapon=AIRSTRIKE actor="Saudi-led coalition" site="Bani Hassan" date=2018-09-22 basis=WITNESSED incident=ye-abs-20180922-bani-hassan-well
@@claim c3 harm=INJURED min=20 max=20 named="Amal" weapon=AIRSTRIKE actor="Saudi-led coalition" site="Bani Hassan" date=2018-09-22 basis=WITNESSED incident=ye-abs-20180922-bani-hassan-well
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="Bani Hassan" date=2018-09-22 basis=WITNESSED incident=ye-abs-20180922-bani-hassan-well
@@claim c5 harm=KILLED min=1 max=1 named="Aqeel" weapon=CLUSTER_MUNITION site="Abs" date=2019-03-01..2019-05-31 basis=WITNESSED incident=ye-abs-20190400-camp-field-bomblet
@@claim c6 harm=INJURED min=1 max=1 weapon=CLUSTER_MUNITION site="Abs" date=2019-03-01..2019-05-31 basis=WITNESSED incident=ye-abs-20190400-camp-field-bomblet
@@claim c7 harm=INJURED min=1 max=1 named="Mansour" weapon=LANDMINE actor="Houthis" site="Haradh" date=2019-04-01..2019-05-05 basis=HEARSAY incident=ye-haradh-20190400-mansour-farm-mine
