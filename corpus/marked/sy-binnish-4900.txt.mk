Interview ID: SY-BNS-4900
Date of interview: 9 March 2020
Place of interview: [[Sarmada|PLACE]], [[Idlib|PLACE]] governorate
Language: Arabic, interpreted into English
Interviewer: [[Tessa Lindqvist|PERSON]]
Interpreter: [[Ghias Barakat|PERSON]]

Q: Please tell me your name and what you did in [[Binnish|PLACE]].
A: [[Fawaz al-Dahhan|PERSON]], [[Abu Riad|PERSON]]. Forty-six years. I sold vegetables in the souq al-hal of [[Binnish|PLACE]], twenty years, the same place, the same stall.
[Interpreter: He says souq al-hal, it is the wholesale market for vegetables, the farmers bring the trucks there.]
Q: You told my colleague about the market in [[December|DATE:2019-12-01..2019-12-31]]. Can you tell me what happened?
A: Yes. It was [[Monday|DATE:2019-12-02]], [[the 2nd of December|DATE:2019-12-02]]. I remember because [[the day before|DATE:2019-12-01]] the rain started and the ground of the market was all mud. [[About nine in the morning|DATE:2019-12-02]], the market was full, people buying before the prices go up again.
A: First we heard [[the planes|WEAPON:AIRSTRIKE]], high, going round and round. The observers on the radio said a [[Russian|ACTOR:Russian forces]] [[plane|WEAPON:AIRSTRIKE]] took off from [[Hmeimim|PLACE]]. We are used to it, we did not run. This was our mistake.
A: Two [[strikes|WEAPON:AIRSTRIKE]], one after the other, maybe one minute between. The first fell at the end where the trucks unload, the second in the middle, on the stalls.
A: {{c1|My stall, finished. The stalls all around me, the covered part, the trucks of the farmers from [[Taftanaz|PLACE]], everything was burning. More than twenty stalls, I think, burned to the iron.}}
Q: Were people hurt?
A: {{c2|I saw nine bodies. I counted them, because I helped to put them in the pickup of the civil defence. [[Abu Hassan|PERSON]], who sold bread at the entrance, seventy years old. [[Mahmoud Sweid|PERSON]], the porter, nineteen. A woman with her small girl, I did not know them, they were not from [[Binnish|PLACE]].}}
A: {{c3|And my nephew [[Omar|PERSON]], fifteen, he works with me in the summer and in the holidays. A piece of metal went through his leg, the left one. They cut it above the knee in [[Bab al-Hawa hospital|PLACE]]. Now he cannot walk without the crutches.}} [crying]
Q: Take your time.
A: It's okay. Write it.
A: {{c4,c5|[[That evening|DATE:2019-12-02]] the civil defence wrote on their page: fourteen martyrs in the market, and more than forty wounded.}} Fourteen. I saw nine, the others died in the hospitals, or they took them before I came.
Q: Were there fighters in the market, or a military position near it?
A: No. No fighters, no weapons, vegetables. The nearest checkpoint is on the road to [[Idlib|PLACE]], far from the market. And there was no [[shelling|WEAPON:ARTILLERY]] [[that day|DATE:2019-12-02]], nothing, only [[the planes|WEAPON:AIRSTRIKE]].
Q: Who do you think carried out the [[strike|WEAPON:AIRSTRIKE]]?
A: [[The Russians|ACTOR:Russian forces]]. The observers said it was [[the Russians|ACTOR:Russian forces]]. [[The regime|ACTOR:Syrian government forces]] also has planes, but in the morning, like this, so high, usually it is [[the Russians|ACTOR:Russian forces]]. I am not one hundred percent sure, I did not see the pilot. [laughs]
Q: You mentioned your brother before we started recording.
A: [[Adnan|PERSON]], my older brother. He was a teacher of Arabic.
A: {{c6|In [[2012|DATE:2012-01-01..2012-12-31]], in [[November|DATE:2012-11-01..2012-11-30]], he went to [[Hama|PLACE]] for the papers of his salary. At the checkpoint of [[Morek|PLACE]] [[the army|ACTOR:Syrian government forces]] took him off the bus with two other men.}} The driver of the bus, [[Abu Jamil|PERSON]], came to our house [[that night|DATE:2012-11-01..2012-11-30]] and told us.
A: {{c7|Since then, nothing. Seven years. We paid a lawyer in [[Damascus|PLACE]], he took the money and said maybe [[Saydnaya|PLACE]], maybe the [[Palestine branch|PLACE]]. We never heard of him again.}}
[Interpreter: He says "far' Falastin", he means the [[Palestine branch|PLACE]], a prison of the intelligence in [[Damascus|PLACE]].]
Q: When did you leave [[Binnish|PLACE]]?
A: {{c8|In [[February|DATE:2020-02-01..2020-02-29]], when [[the regime|ACTOR:Syrian government forces]] took [[Saraqib|PLACE]] and the [[shelling|WEAPON:ARTILLERY]] came every night. [[The 9th|DATE:2020-02-09]], I think, [[a Sunday|DATE:2020-02-09]]. Eleven of us, in one car and a tractor of my cousin, to here, to [[Sarmada|PLACE]].}} The whole street left, nobody stayed, only the cats.
A: [[The regime|ACTOR:Syrian government forces]] radio said they would enter [[Binnish|PLACE]] in one week and burn the houses of the people who went out against them. They did not enter. But we don't go back.
Q: Do you know what happened to your house?
A: My cousin [[Hisham|PERSON]] stayed, he is stubborn. {{c9|He told me a [[shell|WEAPON:ARTILLERY]] fell in our yard in [[the last week of February|DATE:2020-02-23..2020-02-29]]. The kitchen is open to the sky, the windows all gone.}} I did not see it. He sent me one photo, but the telephone [inaudible], I could not open it.
Q: Is there anything else you want to say?
A: Only that [[Omar|PERSON]] wants to go to school again. With one leg you can go to school. Write that also.
@@witness sy-binnish-fawaz-dahhan
@@claim c1 harm=PROPERTY_DAMAGE min=21 max=null weapon=AIRSTRIKE actor="Russian forces" site="Binnish" date=2019-12-02 basis=WITNESSED incident=sy-binnish-20191202-vegetable-market-airstrike
@@claim c2 harm=KILLED min=9 max=9 named="Abu Hassan; Mahmoud Sweid" weapon=AIRSTRIKE actor="Russian forces" site="Binnish" date=2019-12-02 basis=WITNESSED incident=sy-binnish-20191202-vegetable-market-airstrike
@@claim c3 harm=INJURED min=1 max=1 named="Omar" weapon=AIRSTRIKE actor="Russian forces" site="Binnish" date=2019-12-02 basis=WITNESSED incident=sy-binnish-20191202-vegetable-market-airstrike
@@claim c4 harm=KILLED min=14 max=14 weapon=AIRSTRIKE actor="Russian forces" site="Binnish" date=2019-12-02 basis=REPORTED incident=sy-binnish-20191202-vegetable-market-airstrike
@@claim c5 harm=INJURED min=41 max=null weapon=AIRSTRIKE actor="Russian forces" site="Binnish" date=2019-12-02 basis=REPORTED incident=sy-binnish-20191202-vegetable-market-airstrike
@@claim c6 harm=DETAINED min=3 max=3 named="Adnan" actor="Syrian government forces" site="Morek" date=2012-11-01..2012-11-30 basis=HEARSAY incident=sy-morek-20121100-adnan-dahhan-checkpoint
@@claim c7 harm=MISSING min=1 max=1 named="Adnan" actor="Syrian government forces" site="Morek" date=2012-11-01..2012-11-30 basis=EXPERIENCED incident=sy-morek-20121100-adnan-dahhan-checkpoint
@@claim c8 harm=DISPLACED min=11 max=11 named="Fawaz al-Dahhan" site="Binnish" date=2020-02-09 basis=EXPERIENCED incident=sy-binnish-20200209-dahhan-family-flight
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Binnish" date=2020-02-23..2020-02-29 basis=HEARSAY incident=sy-binnish-20200200-dahhan-house-shell
