Interview ID: SS-LER-925
Date of interview: 19 August 2018
Place of interview: [[Bentiu|PLACE]] PoC site, [[Unity|PLACE]]
Language: Nuer, interpreted into English
Interviewer: [[Marta Rossi|PERSON]]
Interpreter: [[Kuol Gatwech Both|PERSON]]

Q: Please say your name.
A: [[Gatluak Riek Chuol|PERSON]]. From [[Leer|PLACE]] county, [[Thonyor|PLACE]] side, my village is [[Guat|PLACE]].
Q: [[Nyakuoth Gatluak|PERSON]], from your area, spoke to us in [[Malakal|PLACE]]. Do you know her?
A: [[Nyakuoth|PERSON]]! Yes, she is my father's brother's daughter. Her husband [[Bol Kuany|PERSON]] died in the same attack as my people. She is alive? Thanks to God.
[Interpreter: He is very moved. He asks if she has her children with her. I told him we cannot share that.]
Q: Tell me about the attack.
A: It was [[2015|DATE:2015-01-01..2015-12-31]], [[the fifth of May|DATE:2015-05-05]]. I know because my son was born [[two days before|DATE:2015-05-03]]. In [[the early morning|DATE:2015-05-05]], the soldiers of [[the government|ACTOR:South Sudan People's Defence Forces]], the [[SPLA|ACTOR:South Sudan People's Defence Forces]], with the youth of Bul Nuer from [[Mayom|PLACE]] and [[Koch|PLACE]], came from the north.
{{c1|First [[the helicopter|WEAPON:AIRSTRIKE]] came and fired on the cattle camp, [[the gunship|WEAPON:AIRSTRIKE]]. Then the men on foot, shooting.}} {{c1|They burned all the tukuls in [[Guat|PLACE]], and the church.}}
Q: Who was killed?
A: {{c3|In my family: my father [[Riek Chuol Nhial|PERSON]], my cousin's husband [[Bol Kuany|PERSON]], my brother [[Duoth|PERSON]], and my brother's wife [[Nyamuch|PERSON]].}} {{c4|In the village, many more. [[Tut Lam|PERSON]], [[Gai Puok|PERSON]], the old man [[Kuach Jock|PERSON]], [[Nyadak|PERSON]] and her baby.}} We counted [inaudible]...
Q: Sorry, the number?
A: {{c5|Thirty-two. We counted thirty-two bodies when we came back [[after one week|DATE]]. Some were burned in the tukuls.}}
Q: Were people taken?
A: {{c6|The girls. They took maybe ten girls from [[Guat|PLACE]], [[Nyaruach|PERSON]] and [[Nyalual|PERSON]] also, the daughters of my aunt.}} Nobody came back.
Q: And the cattle?
A: All. Two hundred head from our family alone. A Nuer without cattle, what is he.
Q: Where did you go?
A: {{c7|Into the swamp, to the islands, three weeks. Then to [[Bentiu|PLACE]], to this PoC, with my wife and the baby and my mother.}}
Q: Has there been fighting near [[Leer|PLACE]] again?
A: {{c8|Yes, [[this year|DATE]], [[April|DATE:2018-04-01..2018-04-30]], the [[IO|ACTOR:SPLA-IO]] and the [[SSPDF|ACTOR:South Sudan People's Defence Forces]] fought in [[Leer|PLACE]] town. My cousin [[Gatkuoth|PERSON]] went there to look for cows, he says there was [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] in the market, [[grenades|WEAPON:EXPLOSIVE_UNSPECIFIED]], and two women were killed in the market.}} I was not there. I only tell what he told.
Q: Was the hospital affected in [[2015|DATE:2015-01-01..2015-12-31]]?
A: The MSF hospital in [[Leer|PLACE]] was looted, all of it, the people said. No one was killed there, they had run. I did not see.
Q: Is there anything else you want to say?
A: If my father had run to the swamp like us, he would be alive. He said, I am old, they will not touch an old man. They touched him.
@@witness ss-leer-gatluak-riek
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="South Sudan People's Defence Forces" site="Guat" date=2015-05-05 basis=WITNESSED incident=ss-leer-20150505-village-raid
@@claim c3 harm=KILLED min=4 max=4 named="Riek Chuol Nhial; Bol Kuany; Duoth; Nyamuch" actor="South Sudan People's Defence Forces" site="Guat" date=2015-05-05 basis=WITNESSED incident=ss-leer-20150505-village-raid
@@claim c4 harm=KILLED min=6 max=null named="Tut Lam; Gai Puok; Kuach Jock; Nyadak" actor="South Sudan People's Defence Forces" site="Guat" date=2015-05-05 basis=WITNESSED incident=ss-leer-20150505-village-raid
@@claim c5 harm=KILLED min=32 max=32 actor="South Sudan People's Defence Forces" site="Guat" date=2015-05-05 basis=WITNESSED incident=ss-leer-20150505-village-raid
@@claim c6 harm=MISSING min=10 max=10 named="Nyaruach; Nyalual" actor="South Sudan People's Defence Forces" site="Guat" date=2015-05-05 basis=WITNESSED incident=ss-leer-20150505-village-raid
@@claim c7 harm=DISPLACED min=4 max=4 site="Guat" date=2015-05-05 basis=EXPERIENCED incident=ss-leer-20150505-village-raid
@@claim c8 harm=KILLED min=2 max=2 weapon=EXPLOSIVE_UNSPECIFIED site="Leer" date=2018-04-01..2018-04-30 basis=HEARSAY incident=ss-leer-20180400-market-fighting
