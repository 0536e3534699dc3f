Interview ID: IQ-DHK-1121
Date of interview: 2022-09-14
Place of interview: [[Zakho|PLACE]], [[Duhok|PLACE]] governorate
Language: Kurmanji (Badini), interpreted into English
Interviewer: [[Annika Salo|PERSON]]
Interpreter: [[Shivan Berwari|PERSON]]

Annika: Thank you for talking with us. Please tell me who you are.
Ferhad: I am [[Ferhad Sabri Doski|PERSON]]. I work at the tourist resort at [[Parakh|PLACE]], [[Barakh|PLACE:Parakh]], near [[Zakho|PLACE]], I sell ice cream and drinks in the summer. In the winter I work in construction in [[Dohuk|PLACE:Duhok]].
Annika: You were at the resort on [[20 July|DATE:2022-07-20]]?
Ferhad: Yes. It was [[the afternoon|DATE:2022-07-20]], about two, maybe half past two. Very hot, forty-five degrees, so the resort was full. Many families from the south, from [[Baghdad|PLACE]], [[Najaf|PLACE]], [[Babil|PLACE]], they come to the mountains for the cool water.
Ferhad: {{c1|Then the [[shells|WEAPON:ARTILLERY]] came. First one, in the water, near the small waterfall. Then another, then another. Four, five [[shells|WEAPON:ARTILLERY]], I am not sure. One fell among the families sitting on the carpets, under the trees.}}
[Interpreter: he uses the word "topa", it means artillery shells.]
Ferhad: {{c2|I saw a child, a girl, maybe one year, dead, and her mother holding her. A young man who had come for his honeymoon, he was dead, and his wife screaming.}} {{c8|I put a man in my car, his leg was broken, I drove to [[Zakho|PLACE]] hospital.}}
Annika: Do you know how many were killed?
Ferhad: {{c3,c9|The government said nine killed, and more than twenty injured. Nine from the south, tourists.}} But I heard later one more died in the hospital in [[Duhok|PLACE]], so maybe ten.
Annika: Where do you think the fire came from?
Ferhad: From the [[Turkish|ACTOR:Turkish forces]] bases on the mountain, there are bases above [[Parakh|PLACE]], everybody sees them. [[The Turks|ACTOR:Turkish forces]] said it was not them, it was the [[PKK|ACTOR:PKK]]. But the [[PKK|ACTOR:PKK]] has no [[artillery|WEAPON:ARTILLERY]] like this there. I don't know, I am not a soldier.
Annika: Had there been attacks in that area before?
Ferhad: Many times, in the villages. {{c4,c10|In [[2021|DATE:2021-01-01..2021-12-31]], in [[the spring|DATE:2021-03-01..2021-05-31]], the [[Turkish|ACTOR:Turkish forces]] [[drone|WEAPON:DRONE_STRIKE]] hit a car near [[Sharanish|PLACE]] with a [[missile|WEAPON:MISSILE]], two men inside, shepherds, people said, [[Hawar|PERSON]] and his cousin.}} {{c4|Both died.}} I did not see it. My brother-in-law lives in [[Sharanish|PLACE]], he told me.
Ferhad: {{c5|And the [[air strikes|WEAPON:AIRSTRIKE]] on [[Kani Masi|PLACE]], in the [[Berwari Bala|PLACE]] area, many times, they burned the orchards, the walnuts, the apples. My uncle has orchards there, he lost two hundred trees.}} {{c6|The [[fire bombs|WEAPON:INCENDIARY]], maybe, I don't know what they use, the trees burned for two days.}} My uncle said white smoke, like [[phosphorus|WEAPON:INCENDIARY]], but he is not an expert.
Annika: Did your uncle leave?
Ferhad: {{c7|Yes, in [[2020|DATE:2020-01-01..2020-12-31]], after the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] in [[June|DATE:2020-06-01..2020-06-30]], he brought his family to [[Duhok|PLACE]]. Nine people. Many families left those villages, forty villages are empty now, they say.}}
Annika: Was anyone from your family hurt in those years?
Ferhad: Nobody, God protected us. Only fear. Sometimes at night in [[Zakho|PLACE]] you hear [[the jets|WEAPON:AIRSTRIKE]] going to the mountains, then "boom, boom" far away.
Annika: How is the resort now?
Ferhad: Closed for some weeks after, then opened again. Few people come now. The families from the south are afraid. My business is zero. I sell ice cream to the soldiers at the checkpoint. [laughs]
Annika: Is there anything else you want to say?
Ferhad: The man in my car, I don't know his name. He said "[[Karrar|PERSON]]" maybe, he was from [[Karbala|PLACE]], I think. He kept asking for his son. I hope his son is alive. Write that, maybe he reads it.

@@witness iq-duhok-ferhad-doski
@@claim c1 harm=KILLED min=null max=null weapon=ARTILLERY site="Parakh" date=2022-07-20 basis=WITNESSED incident=iq-zakho-20220720-parakh-resort
@@claim c2 harm=KILLED min=2 max=2 weapon=ARTILLERY site="Parakh" date=2022-07-20 basis=WITNESSED incident=iq-zakho-20220720-parakh-resort
@@claim c8 harm=INJURED min=1 max=1 named="Karrar" weapon=ARTILLERY site="Parakh" date=2022-07-20 basis=WITNESSED incident=iq-zakho-20220720-parakh-resort
@@claim c3 harm=KILLED min=9 max=9 weapon=ARTILLERY site="Parakh" date=2022-07-20 basis=REPORTED incident=iq-zakho-20220720-parakh-resort
@@claim c9 harm=INJURED min=21 max=null weapon=ARTILLERY site="Parakh" date=2022-07-20 basis=REPORTED incident=iq-zakho-20220720-parakh-resort
@@claim c4 harm=KILLED min=2 max=2 named="Hawar" weapon=DRONE_STRIKE actor="Turkish forces" site="Sharanish" date=2021-03-01..2021-05-31 basis=HEARSAY incident=iq-zakho-20210000-sharanish-drone
@@claim c5 harm=PROPERTY_DAMAGE min=200 max=200 weapon=AIRSTRIKE site="Kani Masi" basis=HEARSAY incident=iq-amadiya-20200000-kanimasi-orchards
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Kani Masi" basis=HEARSAY incident=iq-amadiya-20200000-kanimasi-orchards
@@claim c7 harm=DISPLACED min=9 max=9 weapon=EXPLOSIVE_UNSPECIFIED site="Kani Masi" date=2020-06-01..2020-06-30 basis=WITNESSED incident=iq-amadiya-20200600-kanimasi-displacement
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Turkish forces" site="Sharanish" date=2021-03-01..2021-05-31 basis=HEARSAY incident=iq-zakho-20210000-sharanish-drone
