Interview ID: CD-KWJ-514
Date: 2022-12-12
Place: [[Kanyaruchinya|PLACE]] camp, [[Nyiragongo|PLACE]] territory
Language: Kinyarwanda and Swahili, interpreted into English
Interviewer: [[Marie Delacroix|PERSON]]
Interpreter: [[Eric Bizimana|PERSON]]

INT: Thank you for talking with us. Where did you live before the camp?
RESP: In [[Kiwanja|PLACE]], in the [[Mabungo|PLACE]] quarter, near the road to [[Ishasha|PLACE]]. I sold charcoal and beans.
INT: What happened when the fighting came to [[Kiwanja|PLACE]]?
RESP: It was [[the end of October|DATE:2022-10-25..2022-10-31]]. [[Saturday|DATE:2022-10-29]]. Already from [[Thursday|DATE:2022-10-27]] we heard the [[big guns|WEAPON:ARTILLERY]] and the [[mortars|WEAPON:MORTAR]] on the hills, from [[Rumangabo|PLACE]] side and from the side of [[Rutshuru|PLACE]] centre.
INT: Sorry, [[Thursday or Saturday|DATE:2022-10-27..2022-10-29]]?
RESP: The fighting started [[Thursday|DATE:2022-10-27]]. The [[shell|WEAPON:ARTILLERY]] on our street was [[Saturday|DATE:2022-10-29]], in [[the morning|DATE:2022-10-29]], when I was making the porridge.
INT: Please tell me about that.
RESP: {{c1,c7|It fell on the house of [[Habimana|PERSON]], two doors from me.}} {{c1,c7|The roof came down.}} {{c1|His wife [[Uwase|PERSON]] and the baby were inside. They died. The baby was one year and some months.}} {{c2|[[Habimana|PERSON]] himself was in the yard, his back was cut, and my daughter [[Imani|PERSON]] also, on the leg, from the pieces.}}
INT: Do you know who fired it?
RESP: No. Some people say the [[FARDC|ACTOR:FARDC]] fired from [[Rumangabo|PLACE]] at the [[M23|ACTOR:M23]] who were coming, and it fell short. Some people say it was the [[M23|ACTOR:M23]]. I did not see the [[gun|WEAPON:ARTILLERY]]. I only saw the house.
INT: What did you do then?
RESP: {{c3|[[The same afternoon|DATE:2022-10-29]] we left, me, my husband [[Sebahire|PERSON]], the four children. We walked to [[Kibumba|PLACE]], then here to [[Kanyaruchinya|PLACE]], three days.}} {{c6|Many people were on the road, thousands, with mattresses on the head.}}
INT: Were there any soldiers in your street?
RESP: No. In our street, no soldiers, no positions. The soldiers were at the main road, near the market.
INT: Have you heard from people who stayed in [[Kiwanja|PLACE]]?
RESP: Yes. My brother-in-law stayed, to keep the goats. He says [[the M23 rebels|ACTOR:M23]] are in [[Kiwanja|PLACE]] now, they make the people go to meetings. He is afraid, but nobody in his house was hurt.
INT: Have you heard about [[Kishishe|PLACE]]?
RESP: Yes. Everybody here is talking about it. It was [[the end of November|DATE:2022-11-25..2022-11-30]], [[the 29th|DATE:2022-11-29]] and after. {{c4|A woman from [[Kishishe|PLACE]], [[Nyirabahire|PERSON]], she is in the block of tents behind us. She says the [[M23|ACTOR:M23]] killed more than a hundred people there, in the houses and in the church.}} {{c5|Her husband [[Ntawukiriryayo|PERSON]] they shot with a [[gun|WEAPON:SMALL_ARMS]] in front of her.}}
INT: Did you see this?
RESP: No, I only tell you what she said. She does not sleep. Some nights she shouts.
INT: Some people say that [[the Rwandans|ACTOR:Rwandan forces]] are with [[M23|ACTOR:M23]]. What do you think?
RESP: Hm. I saw soldiers in [[Kiwanja|PLACE]] with new uniforms and new boots, who spoke only Kinyarwanda, not Swahili. I cannot say more. If I say more and I go back, they will find me.
INT: Is there anything else?
RESP: [[Imani|PERSON]] is walking again. Imani means faith, you know. Her name is what we have left. Write also that in the camp the children have cholera now, not [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]], but cholera.
@@witness cd-kiwanja-mapendo-nyirasafari
@@claim c1 harm=KILLED min=2 max=2 named="Uwase" weapon=ARTILLERY site="Mabungo" date=2022-10-29 basis=WITNESSED incident=cd-kiwanja-20221029-mabungo-shell
@@claim c2 harm=INJURED min=2 max=2 named="Habimana; Imani" weapon=ARTILLERY site="Mabungo" date=2022-10-29 basis=WITNESSED incident=cd-kiwanja-20221029-mabungo-shell
@@claim c3 harm=DISPLACED min=6 max=6 site="Kiwanja" date=2022-10-29 basis=EXPERIENCED incident=cd-kiwanja-20221029-exodus
@@claim c4 harm=KILLED min=101 max=null actor="M23" site="Kishishe" date=2022-11-29 basis=HEARSAY incident=cd-kishishe-20221129-killings
@@claim c5 harm=KILLED min=1 max=1 named="Ntawukiriryayo" weapon=SMALL_ARMS actor="M23" site="Kishishe" date=2022-11-29 basis=HEARSAY incident=cd-kishishe-20221129-killings
@@claim c6 harm=DISPLACED min=2000 max=null site="Kiwanja" date=2022-10-29 basis=WITNESSED incident=cd-kiwanja-20221029-exodus
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Mabungo" date=2022-10-29 basis=WITNESSED incident=cd-kiwanja-20221029-mabungo-shell
