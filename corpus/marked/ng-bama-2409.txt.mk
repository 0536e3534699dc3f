@@encoding utf-16le
Interview date: 2021-02-17
Location: [[Bakassi|PLACE]] camp, [[Maiduguri|PLACE]]
Language: Kanuri, with Hausa and English
Interviewer: [[Tom Hale|PERSON]]
Interpreter: [[Yagana Bukar|PERSON]]
Speaker: [[Hauwa Modu|PERSON]]

Tom: Good afternoon. Can you tell me where you are from?
Yagana: She says she is from [[Bama|PLACE]], from the ward near the old emir's palace, [[Shehuri|PLACE]]. She has been in this camp five years.
Hauwa: Five years and some months. Before that the camp in [[Bama|PLACE]], the hospital camp.
Tom: Why were you in the hospital camp?
Hauwa: When [[the soldiers|ACTOR:Nigerian armed forces]] took back [[Bama|PLACE]], in [[2015|DATE:2015-01-01..2015-12-31]], [[the army|ACTOR:Nigerian armed forces]] brought all of us who came out of the bush to the general hospital. There was a wall and a fence. We could not go out.
Yagana: She is saying before that, for six months, they were under [[Boko Haram|ACTOR:Boko Haram]] in the town. [[Shekau's people|ACTOR:Boko Haram]], she calls them.
Tom: What happened to the men of your family when you came to the camp?
Hauwa: {{c1|[[The second day in the camp|DATE:2015-01-01..2015-12-31]], [[the soldiers|ACTOR:Nigerian armed forces]] called all the men and boys to stand in a line. They took my husband [[Modu Kachalla|PERSON]], and my two sons, [[Bukar|PERSON]] and [[Mustapha|PERSON]], and many others, maybe sixty, into trucks.}}
Yagana: She says they said it was screening. To see who is [[Boko Haram|ACTOR:Boko Haram]].
Tom: Where were they taken?
Hauwa: {{c1|To [[Giwa barracks|PLACE]] in [[Maiduguri|PLACE]], that is what they told us.}} {{c2|My husband came back after one year and four months. He was very thin, he had lost the teeth in front.}}
Tom: And your sons?
Hauwa: {{c3|[[Bukar|PERSON]] came back with him. [[Mustapha|PERSON]], no. Nobody tells us anything about [[Mustapha|PERSON]]. He was nineteen. I went to the office of the Red Cross... [inaudible] ...they wrote his name.}}
Yagana: She says the Red Cross took his name and photo for the tracing. There is no answer yet.
Tom: Was anyone else in your family at risk?
Hauwa: My sister's boy, [[Abba|PERSON]]. The [[CJTF|ACTOR:Civilian JTF]] boys came to the tent [[last year|DATE:2020-01-01..2020-12-31]] to take him, they said his face was on a list. But the bulama of our block, [[Lawan Zanna|PERSON]], he stood at the tent and said he knows the boy since he was born. They went away. [[Abba|PERSON]] is still with us.
Tom: What did you see of [[Bama|PLACE]] when you were inside it, before [[the army|ACTOR:Nigerian armed forces]] came?
Hauwa: {{c4|The market. [[The jets|WEAPON:AIRSTRIKE]] came, I think it was [[March|DATE:2015-03-01..2015-03-31]], before [[the soldiers|ACTOR:Nigerian armed forces]] entered, and they dropped on the market by the motor park. The stalls were on fire, the roofs of zinc were lying in the road.}} {{c5|I saw two women dead near the grinding machine, I knew one, [[Falmata Goni|PERSON]].}}
Tom: Do you know who [[the jets|WEAPON:AIRSTRIKE]] belonged to?
Hauwa: [[The Air Force|ACTOR:Nigerian armed forces]]. [[Boko Haram|ACTOR:Boko Haram]] has no plane.
Tom: Have you been back to [[Bama|PLACE]] since?
Hauwa: {{c6|In [[2019|DATE:2019-01-01..2019-12-31]], once, with the government bus. Our house has no roof, the walls are standing and the trees are cut. Our well was filled with sand.}} I came back to the camp [[the same day|DATE:2019-01-01..2019-12-31]].
Tom: You mentioned your brother in [[Dikwa|PLACE]].
Hauwa: Yes. [[Goni Ali|PERSON]]. He sells fish in [[Dikwa|PLACE]]. [[Last March|DATE:2020-03-01..2020-03-31]], the [[Daula|ACTOR:ISWAP]] came into [[Dikwa|PLACE]] in [[the night|DATE:2020-03-01..2020-03-31]], many vehicles, with the [[big guns|WEAPON:SMALL_ARMS]] and the [[RPG|WEAPON:ROCKET]]. {{c8|They burned the shops in the market, his shop also, and the clinic. He told me on the phone, he said nothing is left of his shop, not even the table.}}
Yagana: Daula is what they say for [[ISWAP|ACTOR:ISWAP]], the other group.
Tom: Was your brother hurt?
Hauwa: {{c7|He ran to the army base with his wife.}} He was not hurt. {{c9|He said four people of his street died, two were shot by [[Daula|ACTOR:ISWAP]] and two were burned in a house.}}
Tom: Did you hear of it anywhere else?
Hauwa: {{c10,c11|On the radio, Dandal Kura, they said three people were killed in [[Dikwa|PLACE]] and many shops destroyed.}}
Yagana: Dandal Kura is the radio station in Kanuri.
Tom: Is there anything you want to add?
Hauwa: Only [[Mustapha|PERSON]]. If he is dead, they should tell me. If he is alive, they should tell me. I am tired of not knowing.
@@witness ng-bama-hauwa-modu
@@claim c1 harm=DETAINED min=60 max=60 named="Modu Kachalla; Bukar; Mustapha" actor="Nigerian armed forces" site="Bama" date=2015-01-01..2015-12-31 basis=WITNESSED incident=ng-bama-20150000-hospital-camp-screening
@@claim c2 harm=DETAINED min=1 max=1 actor="Nigerian armed forces" site="Giwa barracks" basis=WITNESSED incident=ng-bama-20150000-hospital-camp-screening
@@claim c3 harm=MISSING min=1 max=1 named="Mustapha" actor="Nigerian armed forces" site="Bama" basis=EXPERIENCED incident=ng-bama-20150000-hospital-camp-screening
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Nigerian armed forces" site="Bama" date=2015-03-01..2015-03-31 basis=WITNESSED incident=ng-bama-20150300-motor-park-market-airstrike
@@claim c5 harm=KILLED min=2 max=2 named="Falmata Goni" weapon=AIRSTRIKE actor="Nigerian armed forces" site="Bama" date=2015-03-01..2015-03-31 basis=WITNESSED incident=ng-bama-20150300-motor-park-market-airstrike
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="Bama" basis=WITNESSED incident=ng-bama-20150000-modu-house-destroyed
@@claim c7 harm=DISPLACED min=2 max=2 named="Goni Ali" actor="ISWAP" site="Dikwa" date=2020-03-01..2020-03-31 basis=HEARSAY incident=ng-dikwa-20200300-iswap-night-raid
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null named="Goni Ali" actor="ISWAP" site="Dikwa" date=2020-03-01..2020-03-31 basis=HEARSAY incident=ng-dikwa-20200300-iswap-night-raid
@@claim c9 harm=KILLED min=4 max=4 actor="ISWAP" site="Dikwa" date=2020-03-01..2020-03-31 basis=HEARSAY incident=ng-dikwa-20200300-iswap-night-raid
@@claim c10 harm=KILLED min=3 max=3 site="Dikwa" date=2020-03-01..2020-03-31 basis=REPORTED incident=ng-dikwa-20200300-iswap-night-raid
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null site="Dikwa" date=2020-03-01..2020-03-31 basis=REPORTED incident=ng-dikwa-20200300-iswap-night-raid
