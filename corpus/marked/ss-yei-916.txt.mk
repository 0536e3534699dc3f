Interview ID: SS-YEI-916
Interview date: 23/05/2018
Location: [[Bidibidi|PLACE]] settlement, [[Yumbe|PLACE]], [[Uganda|PLACE]]
Language: English and Bari
Interviewer: [[Tom Hale|PERSON]]
Speaker: [[Mary Kiden Lado|PERSON]]

Tom: Mary, thank you. You came from [[Yei|PLACE]]?
Mary: From [[Yei|PLACE]], yes, [[Hai Jebel|PLACE]], near the [[Yei Civil Hospital|PLACE]]. I was teaching nursery there.
Tom: When did things get bad in [[Yei|PLACE]]?
Mary: After [[July 2016|DATE:2016-07-01..2016-07-31]], after the fighting in [[Juba|PLACE]]. Before that, [[Yei|PLACE]] was peaceful, we were called the small London. [laughs] Then the [[SPLA|ACTOR:South Sudan People's Defence Forces]], [[the government soldiers|ACTOR:South Sudan People's Defence Forces]], started to say that everyone in the bush is [[IO|ACTOR:SPLA-IO]], and the [[IO|ACTOR:SPLA-IO]] started to ambush the roads.
Tom: What happened to your family?
Mary: {{c1|My husband [[Juma Wani|PERSON]], he was a boda-boda driver. In [[September|DATE:2016-09-01..2016-09-30]], on the [[Yei|PLACE]]–[[Morobo|PLACE]] road, his motorbike hit a [[landmine|WEAPON:LANDMINE]]. He died there, with the passenger, a woman from [[Morobo|PLACE]].}}
Tom: Who told you?
Mary: His friend [[Sebit|PERSON]], who was driving behind. He brought the news [[the same evening|DATE:2016-09-01..2016-09-30]]. The people said the [[IO|ACTOR:SPLA-IO]] put the [[mines|WEAPON:LANDMINE]] for the army trucks. Others said [[the soldiers|ACTOR:South Sudan People's Defence Forces]] put them. Me, I don't know. Nobody knows who plants a [[mine|WEAPON:LANDMINE]].
Tom: I'm very sorry.
Mary: [pause] Thank you.
Tom: Did anything happen in the town itself?
Mary: {{c2|Yes. In [[January|DATE:2017-01-01..2017-01-31]], [[the soldiers|ACTOR:South Sudan People's Defence Forces]] came to [[Hai Jebel|PLACE]] at [[night|DATE]] looking for rebels. They took five young men from our street, one was my brother [[Taban Lado|PERSON]]. The others were [[Lemi Sebit|PERSON]], [[Wani Jacob|PERSON]], and the twins of Mama [[Poni|PERSON]], [[Keji|PERSON]] and [[Modi Alex|PERSON]].}} {{c7|[[That same night|DATE:2017-01-01..2017-01-31]] a soldier threw a [[grenade|WEAPON:EXPLOSIVE_UNSPECIFIED]] into the tukul of Mama [[Poni|PERSON]], because she was shouting for her boys. She was hurt in the legs.}} {{c3|[[Two days later|DATE]] they found three of them dead near the river [[Yei|PLACE]]. My brother was one.}} {{c4|The other two, [[Keji|PERSON]] and [[Modi Alex|PERSON]], nobody saw them again.}}
Tom: Did you see [[the soldiers|ACTOR:South Sudan People's Defence Forces]] yourself?
Mary: I saw them from the window, the uniforms, the [[guns|WEAPON:SMALL_ARMS]]. They spoke Dinka. I will not say more than that.
Tom: And then you left?
Mary: {{c5|In [[February|DATE:2017-02-01..2017-02-28]], with my three children and my mother-in-law, we walked through the bush to [[Kaya|PLACE]] and crossed to [[Uganda|PLACE]]. Six days.}} On the way, we heard [[shooting|WEAPON:SMALL_ARMS]] many times, but we were not hurt. If they had caught us on the road, I think they would kill us, because they say all Kakwa are rebels.
Tom: Anything else you saw on the way?
Mary: {{c6|Near [[Kaya|PLACE]] there was a village burned, [[Lujulo|PLACE]], I think, all the tukuls black, maybe thirty.}} Nobody there. Only the goats walking alone.
Tom: Thank you, [[Mary|PERSON]].
Mary: Put also my husband's name in the book. [[Juma Wani|PERSON]]. W-A-N-I.
@@witness ss-yei-mary-kiden
@@claim c1 harm=KILLED min=2 max=2 named="Juma Wani" weapon=LANDMINE site="Yei" date=2016-09-01..2016-09-30 basis=HEARSAY incident=ss-yei-20160900-road-landmine
@@claim c2 harm=DETAINED min=5 max=5 named="Taban Lado; Lemi Sebit; Wani Jacob; Keji; Modi Alex" actor="South Sudan People's Defence Forces" site="Hai Jebel" date=2017-01-01..2017-01-31 basis=WITNESSED incident=ss-yei-20170100-haijebel-arrests
@@claim c3 harm=KILLED min=3 max=3 named="Taban Lado" actor="South Sudan People's Defence Forces" site="Yei" date=2017-01-01..2017-01-31 basis=HEARSAY incident=ss-yei-20170100-haijebel-arrests
@@claim c4 harm=MISSING min=2 max=2 named="Keji; Modi Alex" actor="South Sudan People's Defence Forces" site="Hai Jebel" date=2017-01-01..2017-01-31 basis=HEARSAY incident=ss-yei-20170100-haijebel-arrests
@@claim c5 harm=DISPLACED min=5 max=5 site="Hai Jebel" date=2017-02-01..2017-02-28 basis=EXPERIENCED incident=ss-yei-20170200-flight-to-uganda
@@claim c6 harm=PROPERTY_DAMAGE min=30 max=30 site="Lujulo" date=2017-02-01..2017-02-28 basis=WITNESSED incident=ss-lujulo-20170200-village-burned
@@claim c7 harm=INJURED min=1 max=1 named="Poni" weapon=EXPLOSIVE_UNSPECIFIED actor="South Sudan People's Defence Forces" site="Hai Jebel" date=2017-01-01..2017-01-31 basis=WITNESSED incident=ss-yei-20170100-haijebel-arrests
