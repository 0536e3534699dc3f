WITNESS INTERVIEW
Interview ID: MSL-104
Date of interview: 19 September 2017
Place of interview: [[Hasansham|PLACE]] camp, [[Nineveh|PLACE]]
Language: Arabic
Interviewer: [[Claire Dubois|PERSON]]
Interpreter: [[Haidar Salih|PERSON]]
Q: Please tell me your name and where you lived before.
A: [[Ghanim Younis al-Hayali|PERSON]]. Forty-three years. I lived in [[Hay al-Tanak|PLACE]], in the west of [[Mosul|PLACE]], the right side. The house of my father, two floors, and we built a third floor for my brother.
Q: What happened to the house?
A: It was [[6 May 2017|DATE:2017-05-06]]. [[Saturday|DATE:2017-05-06]]. [[The army|ACTOR:Iraqi forces]] was coming from the north, from [[Mushayrifa|PLACE]], and [[Daesh|ACTOR:Islamic State]] was everywhere in our street. [[Two days before|DATE:2017-05-04]], two of them came into our house with a long [[rifle|WEAPON:SMALL_ARMS]]. They went up on the roof. My father told them, there are children here, go away. The older one said, if you say one more word we take you.
Q: The men on the roof, what did they do?
A: A [[sniper|WEAPON:SMALL_ARMS]]. They shot at [[the army|ACTOR:Iraqi forces]] from our roof. We could not leave, [[Daesh|ACTOR:Islamic State]] shot anybody who goes out toward [[the army|ACTOR:Iraqi forces]]. So we stayed down, in the ground floor, all the family, and the family of my uncle also, because their house was already broken.
Q: What happened on [[the Saturday|DATE:2017-05-06]]?
A: [[Before the afternoon prayer|DATE:2017-05-06]]. I was in the kitchen with my son [[Yousif|PERSON]], making tea on the wood. [[The plane|WEAPON:AIRSTRIKE]] came. I did not hear it, only the [[strike|WEAPON:AIRSTRIKE]]. The three floors came down on us.
Q: Take your time.
A: [crying] {{c1|Twenty-two. Twenty-two from one family, my family and my uncle's family. My father [[Younis|PERSON]], seventy-one. My mother [[Fawziya|PERSON]]. My brother [[Thamer|PERSON]] and his wife [[Suhad|PERSON]] and their four children. My sister [[Raghad|PERSON]], nineteen, she was studying to be a nurse. The small one of my uncle, [[Ruqayya|PERSON]], who was three. I dug them out myself, with the neighbours, two days.}}
Q: And you, and your son?
A: {{c2|My leg was under the wall. They pulled me out in [[the night|DATE:2017-05-06]].}} {{c3|[[Yousif|PERSON]] had his arm broken, and his head, here, a cut.}} We were alive because the kitchen was under the stairs.
Q: What happened to the men on the roof?
A: Nobody found them. The neighbours said they left [[the night before|DATE:2017-05-05]], through the holes in the walls. If they had stayed, at least they would be under the stones with us. God knows.
Q: Who do you think carried out the [[strike|WEAPON:AIRSTRIKE]]?
A: [[The coalition|ACTOR:US-led coalition]]. The [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]] were not working in the city like this, the big [[strikes|WEAPON:AIRSTRIKE]] were from [[the Americans|ACTOR:US-led coalition]]. This is what everybody said. I did not see [[the plane|WEAPON:AIRSTRIKE]].
Q: Did anything happen to your family earlier, under [[Daesh|ACTOR:Islamic State]]?
A: Yes. My cousin [[Faris|PERSON]]. In [[the summer of 2016|DATE:2016-06-01..2016-08-31]], they found a SIM card in his pocket, a SIM of Asiacell, the phone company. [[Daesh|ACTOR:Islamic State]] said it is for spying. {{c4|They took him, and [[after ten days|DATE]] they said on the loudspeaker he was killed in [[Bab al-Tob square|PLACE]], shot, for this. We never got the body.}}
Q: When did you leave [[Mosul|PLACE]]?
A: After the hospital, in [[June|DATE:2017-06-01..2017-06-30]]. We came to [[Hammam al-Alil|PLACE]]. {{c5|There the intelligence of [[the Iraqi forces|ACTOR:Iraqi forces]] took me, three days, because my name is like a name on their list. They put me in a room with sixty men.}} Then they let me go. My wife brought the papers.
Q: Is there anything you want to add?
A: I want the names written. Not a number. My father was a tailor. He never held a [[gun|WEAPON:SMALL_ARMS]] in his life.
@@claim c1 harm=KILLED min=22 max=22 named="Younis; Fawziya; Thamer; Suhad; Raghad; Ruqayya" weapon=AIRSTRIKE actor="US-led coalition" site="Hay al-Tanak" date=2017-05-06 basis=WITNESSED incident=iq-mosul-20170506-tanak-hayali-house
@@claim c2 harm=INJURED min=1 max=1 weapon=AIRSTRIKE actor="US-led coalition" site="Hay al-Tanak" date=2017-05-06 basis=EXPERIENCED incident=iq-mosul-20170506-tanak-hayali-house
@@claim c3 harm=INJURED min=1 max=1 named="Yousif" weapon=AIRSTRIKE actor="US-led coalition" site="Hay al-Tanak" date=2017-05-06 basis=WITNESSED incident=iq-mosul-20170506-tanak-hayali-house
@@claim c4 harm=KILLED min=1 max=1 named="Faris" weapon=SMALL_ARMS actor="Islamic State" site="Bab al-Tob square" date=2016-06-01..2016-08-31 basis=HEARSAY incident=iq-mosul-20160000-faris-execution
@@claim c5 harm=DETAINED min=61 max=61 actor="Iraqi forces" site="Hammam al-Alil" date=2017-06-01..2017-06-30 basis=EXPERIENCED incident=iq-hammamalalil-20170600-hayali-screening
@@witness iq-mosul-ghanim-hayali
