Interview ID: MM-LSH-716
Interview date: 2024-11-05
Place of interview: [[Chiang Mai|PLACE]], [[Thailand|PLACE]]
Language: Shan and Burmese, interpreted into English
Interviewer: [[Ruth Abernethy|PERSON]]
Interpreter: [[Sai Lao Kham|PERSON]]

Q: Please tell me where you are from.
A: From [[Lashio|PLACE]], in northern [[Shan|PLACE]]. I had a noodle shop near the [[Myoma market|PLACE]], with my husband [[Sai Aung Myint|PERSON]]. I am [[Nang Kham Hom|PERSON]]. Fifty-two.
Q: When did the fighting come to [[Lashio|PLACE]]?
A: In [[July|DATE:2024-07-01..2024-07-31]]. The [[MNDAA|ACTOR:MNDAA]], [[the Kokang army|ACTOR:MNDAA]], came from the north and attacked [[the military|ACTOR:Tatmadaw]]. Every night [[mortars|WEAPON:MORTAR]], and their small [[drones|WEAPON:DRONE_STRIKE]] dropping on the camps of [[the army|ACTOR:Tatmadaw]]. {{c1,c9|One [[mortar|WEAPON:MORTAR]] fell on the house of [[U Kyaw Soe|PERSON]], our neighbour, near the railway, he was hurt in the arm and his kitchen was destroyed.}} I think it came from the [[Kokang|ACTOR:MNDAA]] side, because it came from the north, but I am not sure.
[Interpreter: "U" is a respectful title for an older man.]
Q: Did you stay in the town?
A: {{c2|No. In [[the middle of July|DATE:2024-07-10..2024-07-20]] we left, nine people, with my sister [[Nang Hseng Noom|PERSON]] and her family, to a monastery outside the town, on the road to [[Hsipaw|PLACE]].}} We came back at [[the end of August|DATE:2024-08-20..2024-08-31]], after [[the Kokang army|ACTOR:MNDAA]] took the town, because the shop is all we have.
Q: What happened after you came back?
A: [[The jets|WEAPON:AIRSTRIKE]]. [[The military|ACTOR:Tatmadaw]] lost the town, so they bombed the town. Every few days. We learned to run to the bunker when we hear the sound.
A: {{c3|[[Sunday|DATE:2024-09-08]], [[8 September|DATE:2024-09-08]], [[around ten in the morning|DATE:2024-09-08]], [[the jet|WEAPON:AIRSTRIKE]] dropped two [[bombs|WEAPON:AIRSTRIKE]] near the [[Myoma market|PLACE]]. Five or six houses were destroyed, the one behind our shop also.}}
A: {{c4|My nephew [[Sai Hseng Leng|PERSON]], nineteen, was carrying rice to the market, he died there. We counted eleven dead at the monastery in [[the evening|DATE:2024-09-08]].}} [crying] {{c8|Later the [[Kokang|ACTOR:MNDAA]] news page on Facebook said fourteen people were killed.}} {{c5|And injured, more than twenty, they took them to the hospital with motorbikes, because there were no ambulances.}}
Q: Were there soldiers or fighters near the market [[that morning|DATE:2024-09-08]]?
A: No. No [[Kokang|ACTOR:MNDAA]] soldiers in the market [[that morning|DATE:2024-09-08]], only sellers and people buying. Their camp is on the other side of town, at the old military headquarters.
Q: You said your husband was taken. Who took him?
A: {{c6|The [[MNDAA|ACTOR:MNDAA]]. At [[the beginning of September|DATE:2024-09-01..2024-09-07]] they came to the shop and took him for questions, because his cousin is a police officer with [[the junta|ACTOR:Tatmadaw]].}} Three days. {{c6|They released him, he was not beaten, but he was very afraid.}}
Q: When did you leave [[Lashio|PLACE]] for [[Thailand|PLACE]]?
A: {{c7|In [[October|DATE:2024-10-01..2024-10-31]]. My husband, me, and our daughter [[Nang Ying|PERSON]], by bus through [[Taunggyi|PLACE]] and then to the border.}} Our shop is closed. [[Ma Thandar|PERSON]], our worker, she is keeping the key.
Q: Is there anything you want to add?
A: People say [[the junta|ACTOR:Tatmadaw]] will come back to [[Lashio|PLACE]] and then they will punish everybody who stayed. If they come back, I will never go home. That is what I think.
@@witness mm-lashio-nang-kham-hom
@@claim c1 harm=INJURED min=1 max=1 named="U Kyaw Soe" weapon=MORTAR site="Lashio" date=2024-07-01..2024-07-31 basis=WITNESSED incident=mm-lashio-20240700-kyaw-soe-house-mortar
@@claim c2 harm=DISPLACED min=9 max=9 site="Lashio" date=2024-07-10..2024-07-20 basis=EXPERIENCED incident=mm-lashio-20240715-nang-kham-hom-family-displaced
@@claim c3 harm=PROPERTY_DAMAGE min=5 max=6 weapon=AIRSTRIKE actor=Tatmadaw site="Myoma market" date=2024-09-08 basis=WITNESSED incident=mm-lashio-20240908-myoma-market-airstrike
@@claim c4 harm=KILLED min=11 max=11 named="Sai Hseng Leng" weapon=AIRSTRIKE actor=Tatmadaw site="Myoma market" date=2024-09-08 basis=WITNESSED incident=mm-lashio-20240908-myoma-market-airstrike
@@claim c5 harm=INJURED min=21 max=null weapon=AIRSTRIKE actor=Tatmadaw site="Myoma market" date=2024-09-08 basis=WITNESSED incident=mm-lashio-20240908-myoma-market-airstrike
@@claim c6 harm=DETAINED min=1 max=1 named="Sai Aung Myint" actor=MNDAA site="Lashio" date=2024-09-01..2024-09-07 basis=WITNESSED incident=mm-lashio-20240900-sai-aung-myint-questioning
@@claim c7 harm=DISPLACED min=3 max=3 named="Nang Ying; Sai Aung Myint" site="Lashio" date=2024-10-01..2024-10-31 basis=EXPERIENCED incident=mm-lashio-20241000-nang-kham-hom-family-displaced
@@claim c8 harm=KILLED min=14 max=14 weapon=AIRSTRIKE site="Myoma market" date=2024-09-08 basis=REPORTED incident=mm-lashio-20240908-myoma-market-airstrike
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Lashio" date=2024-07-01..2024-07-31 basis=WITNESSED incident=mm-lashio-20240700-kyaw-soe-house-mortar
