WITNESS STATEMENT
Statement ID: HMS-DET-1401
Date of interview: 2 March 2019
Place of interview: [[Gaziantep|PLACE]], [[Turkey|PLACE]]
Language: Arabic, written down in English by the interpreter
Interpreter: [[Lina Haddad|PERSON]]

My name is [[Ghada Moussalli|PERSON]]. I was born in [[Homs|PLACE]], in [[Bab Sbaa|PLACE]], and I lived there with my husband [[Firas Jouejati|PERSON]] and our two children until [[the summer of 2012|DATE:2012-06-01..2012-08-31]]. I want to speak mostly about my husband, because this is why I came.

Before that, in [[February 2012|DATE:2012-02-01..2012-02-29]], when [[the army|ACTOR:Syrian government forces]] was attacking [[Baba Amr|PLACE]], the [[shells|WEAPON:ARTILLERY]] came also to us. {{c1|On [[the 17th|DATE:2012-02-17]], I remember because it was [[a Friday|DATE:2012-02-17]], a [[shell|WEAPON:ARTILLERY]] fell in our street, near the pharmacy of [[Abu Jamil|PERSON]], and killed two boys who were carrying bread, [[Omar Tlass|PERSON]], who was eleven, and his cousin [[Bilal|PERSON]].}} I saw them. I was on the balcony and I saw them fall, I will not say more about how they looked. {{c2|The same [[shell|WEAPON:ARTILLERY]] broke the front of our building and all our windows.}} Nobody in our building was hurt, thank God, we were in the stairs.

[Interpreter's note: she points to the west when she says where it came from, towards [[Baba Amr|PLACE]].]

{{c3|[[After Ramadan|DATE:2012-08-19..2012-08-31]] we left [[Bab Sbaa|PLACE]], all six of us, my husband, me, the two children and his parents, and we went to [[al-Waer|PLACE]], to the flat of his sister.}} [[Al-Waer|PLACE:al-Waer]] was calmer then.

Now my husband. {{c4|On [[the 3rd of October 2012|DATE:2012-10-03]] we were going in a taxi from [[al-Waer|PLACE]] to the centre, for his mother's medicine, and at the checkpoint near the [[Officers' Club|PLACE]] the men of [[Air Force Intelligence|ACTOR:Syrian government forces]] looked at his card and they took him out of the car.}} I saw this with my own eyes. They put a bag on his head and they pushed him into a white car, a Kia.

{{c5|They took me also, because I was shouting. They kept me three days in a room under the building at the checkpoint, with eleven women, and then they let me go without any paper.}} They asked me only about my brothers, where are they, who do they know.

{{c6|My husband, since [[that day|DATE:2012-10-03]], we have not heard from him. Not one word.}} We paid a lawyer, we paid a man who said he knows an officer, we paid much money. Nothing. {{c6|I do not know if he is alive.}} [crying] I am sorry.

{{c7|His brother, [[Nabil Jouejati|PERSON]], was arrested in [[2013|DATE:2013-01-01..2013-12-31]], at the university, by the same people, [[Air Force Intelligence|ACTOR:Syrian government forces]].}} This I did not see, his friend from the faculty told my mother-in-law, he was with him when they took him.

{{c8|In [[the summer of 2018|DATE:2018-06-01..2018-08-31]] the civil registry in [[Homs|PLACE]] gave my mother-in-law a paper that [[Nabil|PERSON]] died in [[January 2014|DATE:2014-01-01..2014-01-31]], "heart attack", it said.}} No body, no grave, only the paper. For [[Firas|PERSON]] there is no paper. {{c6|So for [[Firas|PERSON]], he is still disappeared.}}

{{c9|Also in our building in [[al-Waer|PLACE]], in [[the winter|DATE:2012-12-01..2013-02-28]], a neighbour told me that nine young men from the next street were detained at the same checkpoint in one week.}} I knew two of them by face only.

{{c10|Later, in [[2013|DATE:2013-01-01..2013-12-31]], a Facebook page of the people of [[al-Waer|PLACE]] put a list of more than forty names of men who were taken in the raids on the neighbourhood and never released.}} I read it on the phone of my son, I looked for [[Firas|PERSON]] in it. He was not there, so I don't know what this means.

They threatened me, the officer at the checkpoint, that if I came back to ask they would take my son too. So I stopped going. They did not take my son, I sent him to [[Lebanon|PLACE]].

{{c11|In [[May 2017|DATE:2017-05-01..2017-05-31]], with the agreement for [[al-Waer|PLACE]], we went out in the green buses to [[Jarablus|PLACE]], and after that to [[Turkey|PLACE]].}} My mother-in-law stayed, she says she will wait for [[Firas|PERSON]] in [[Homs|PLACE]]. She is seventy-three.

What I want is simple. If he is dead, give me his body. If he is alive, tell me where.

Signed, [[Ghada Moussalli|PERSON]], read back to her in Arabic.

@@witness sy-homs-ghada-moussalli
@@claim c1 harm=KILLED min=2 max=2 named="Omar Tlass; Bilal" weapon=ARTILLERY actor="Syrian government forces" site="Bab Sbaa" date=2012-02-17 basis=WITNESSED incident=sy-homs-20120217-babsbaa-bread-boys-shell
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Syrian government forces" site="Bab Sbaa" date=2012-02-17 basis=EXPERIENCED incident=sy-homs-20120217-babsbaa-bread-boys-shell
@@claim c3 harm=DISPLACED min=6 max=6 site="Bab Sbaa" date=2012-08-19..2012-08-31 basis=EXPERIENCED incident=sy-homs-20120800-jouejati-family-to-waer
@@claim c4 harm=DETAINED min=1 max=1 named="Firas Jouejati" actor="Syrian government forces" site="Officers' Club" date=2012-10-03 basis=WITNESSED incident=sy-homs-20121003-officers-club-checkpoint-jouejati
@@claim c5 harm=DETAINED min=12 max=12 actor="Syrian government forces" site="Officers' Club" date=2012-10-03 basis=EXPERIENCED incident=sy-homs-20121003-officers-club-checkpoint-jouejati
@@claim c6 harm=MISSING min=1 max=1 named="Firas" actor="Syrian government forces" site="Officers' Club" date=2012-10-03 basis=WITNESSED incident=sy-homs-20121003-officers-club-checkpoint-jouejati
@@claim c7 harm=DETAINED min=1 max=1 named="Nabil Jouejati" actor="Syrian government forces" site="Homs" date=2013-01-01..2013-12-31 basis=HEARSAY incident=sy-homs-20130000-nabil-jouejati-university-arrest
@@claim c8 harm=KILLED min=1 max=1 named="Nabil" site="Homs" date=2014-01-01..2014-01-31 basis=REPORTED incident=sy-homs-20130000-nabil-jouejati-university-arrest
@@claim c9 harm=DETAINED min=9 max=9 actor="Syrian government forces" site="Officers' Club" date=2012-12-01..2013-02-28 basis=HEARSAY incident=sy-homs-20121200-waer-nine-men-checkpoint
@@claim c10 harm=DETAINED min=41 max=null site="al-Waer" date=2013-01-01..2013-12-31 basis=REPORTED incident=sy-homs-20130000-waer-raids-list
@@claim c11 harm=DISPLACED min=null max=null site="al-Waer" date=2017-05-01..2017-05-31 basis=EXPERIENCED incident=sy-homs-20170500-waer-evacuation-buses
