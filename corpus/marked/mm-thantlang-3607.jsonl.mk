id: MM-TLG-3607
interview_date: 2022-03-15
place: Farkawn, Mizoram, India
language: Hakha Chin, interpreted into English

INTERVIEWER: Good morning. Please tell me your name and where your home is.
WITNESS: My name is [[Cer Tha Hlei|PERSON]]. My home was in [[Thantlang|PLACE]], in [[Chin|PLACE]] State, the ward near the lower market. I am fifty-six. My husband was an elder in the church.
INTERPRETER: She says "Tlangtlang", that is how people say [[Thantlang|PLACE]] in our language.
INTERVIEWER: When did you leave [[Thantlang|PLACE]]?
WITNESS: The first time, in [[September|DATE:2021-09-01..2021-09-30]], when [[the soldiers|ACTOR:Tatmadaw]] started to fire the [[big guns|WEAPON:ARTILLERY]] into the town from their camp. Everybody ran to [[Mizoram|PLACE]], the whole town, we walked to the [[Tio|PLACE]] river.
INTERVIEWER: What happened before that?
WITNESS: Before, my son-in-law [[Biak Lian Thang|PERSON]]. He is a teacher, he joined the strike, he did not go to work in the schools of [[the junta|ACTOR:Tatmadaw]].
WITNESS: {{c1|At [[the start of September|DATE:2021-09-01..2021-09-07]], he went by motorbike on the [[Hakha|PLACE]] road, and at the checkpoint [[the military|ACTOR:Tatmadaw]] arrested him, with his cousin [[Van Bawi Thang|PERSON]].}} We knew because the driver of the bus behind him came and told my daughter.
WITNESS: {{c2|They kept him in [[Hakha|PLACE]] one month, in a room of the police, they beat him with a rifle butt, his back has marks.}} Then the family paid, and he came out. His cousin is still inside, we hear he is in [[Hakha|PLACE]] prison still. He is not missing, his mother visited him once.
INTERVIEWER: When did you go back to [[Thantlang|PLACE]]?
WITNESS: My husband and I went back in [[November|DATE:2021-11-01..2021-11-30]], to bring the rice and the blankets, because in [[Mizoram|PLACE]] it was cold. The town was empty, only dogs.
INTERVIEWER: What did you see?
WITNESS: {{c10|Already many houses were burned from [[the end of October|DATE:2021-10-25..2021-10-31]], I heard about that in the camp.}} But we saw the second fire ourselves.
WITNESS: {{c3|It was [[the 6th|DATE:2021-11-06]], [[the Saturday|DATE:2021-11-06]], in [[the afternoon|DATE:2021-11-06]]. [[The soldiers|ACTOR:Tatmadaw]] came down the road and went house to house with petrol, and we watched from the hill behind the school, in the bushes.}}
WITNESS: {{c4|Our house burned, the whole wooden house, the sewing machine, the photographs of my mother. Twenty-two houses in our section, I counted the smoke one by one.}}
WITNESS: {{c3|And our church, the roof fell in, the big bell fell down, only the front wall stood.}}
INTERVIEWER: Was anybody in the houses?
WITNESS: No, nobody was hurt in our section, the people were all gone to [[Mizoram|PLACE]].
WITNESS: {{c6|But old [[Lian Hmung|PERSON]], he did not want to leave his pigs. A [[sniper|WEAPON:SMALL_ARMS]] on the hill shot him [[that evening|DATE:2021-11-06]] when he went to feed them, my husband found him in [[the morning|DATE:2021-11-07]].}}
INTERVIEWER: Did the [[Tatmadaw|ACTOR:Tatmadaw]] see you?
WITNESS: They saw my husband at the end, at the bottom of the hill. They shouted, they pointed the [[guns|WEAPON:SMALL_ARMS]], they said we will take you to the camp. He raised his hands, he said I am old, I am a farmer. The officer looked at his identity card and said go. We ran. [crying] Thank God.
INTERVIEWER: Do you have relatives in other towns in [[Chin|PLACE]]?
WITNESS: My younger sister, [[Ngun Hlei Par|PERSON]], lives in [[Mindat|PLACE]]. She told me on the phone about [[May|DATE:2021-05-01..2021-05-31]], the fighting there.
WITNESS: {{c7|She said the [[mortars|WEAPON:MORTAR]] fell into the town for four days, and one broke the big water pipe and the tank of the ward, so for weeks there was no water.}}
WITNESS: {{c8|And her neighbour's boy, [[Salai Ram Cung|PERSON]], [[the military|ACTOR:Tatmadaw]] took him from the house at [[night|DATE:2021-05-17..2021-05-23]], they said he is a fighter. Since then nobody knows where he is, not in prison, not dead, nothing.}}
INTERVIEWER: When was that?
WITNESS: She said [[the week the fighting stopped|DATE:2021-05-17..2021-05-23]]. After [[the soldiers|ACTOR:Tatmadaw]] took back the town.
INTERVIEWER: Is there anything else?
WITNESS: {{c9|Only this, that in [[December|DATE:2021-12-01..2021-12-31]] the radio said, Radio Free Asia, that more houses in [[Thantlang|PLACE]] burned, they said more than five hundred in all.}} So now there is no [[Thantlang|PLACE]]. When we go back, we build from nothing.
@@witness mm-thantlang-cer-tha-hlei
@@claim c1 harm=DETAINED min=2 max=2 named="Biak Lian Thang; Van Bawi Thang" actor=Tatmadaw date=2021-09-01..2021-09-07 basis=HEARSAY incident=mm-thantlang-20210900-hakha-road-teachers-arrest
@@claim c2 harm=DETAINED min=1 max=1 named="Biak Lian Thang" actor=Tatmadaw site="Hakha" date=2021-09-01..2021-10-07 basis=HEARSAY incident=mm-thantlang-20210900-hakha-road-teachers-arrest
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null actor="Tatmadaw" site="Thantlang" date=2021-11-06 basis=WITNESSED incident=mm-thantlang-20211106-lower-market-ward-fire
@@claim c4 harm=PROPERTY_DAMAGE min=22 max=22 actor=Tatmadaw site="Thantlang" date=2021-11-06 basis=EXPERIENCED incident=mm-thantlang-20211106-lower-market-ward-fire
@@claim c6 harm=KILLED min=1 max=1 named="Lian Hmung" weapon=SMALL_ARMS actor=Tatmadaw site="Thantlang" date=2021-11-06 basis=HEARSAY incident=mm-thantlang-20211106-lower-market-ward-fire
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Mindat" date=2021-05-01..2021-05-31 basis=HEARSAY incident=mm-mindat-20210500-ward-water-pipe-mortars
@@claim c8 harm=MISSING min=1 max=1 named="Salai Ram Cung" actor=Tatmadaw site="Mindat" date=2021-05-17..2021-05-23 basis=HEARSAY incident=mm-mindat-20210500-salai-ram-cung-taken
@@claim c9 harm=PROPERTY_DAMAGE min=501 max=null site="Thantlang" date=2021-12-01..2021-12-31 basis=REPORTED incident=mm-thantlang-20211200-radio-house-toll
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null actor="Tatmadaw" site="Thantlang" date=2021-10-25..2021-10-31 basis=HEARSAY incident=mm-thantlang-20211000-first-fire
