id: SY-HRT-4902
interview_date: 2017-02-20
place: Gaziantep, Turkey
language: Arabic, interpreted into English

Q: Please, your name, and where you are from.
A: [[Mustafa Bakkour|PERSON]]. Fifty-eight years. From [[Haritan|PLACE:Hraytan]], north of [[Aleppo|PLACE]], ten minutes by car from the city. I had land there, olives and pistachio, and a well.
Q: When did the war come close to [[Haritan|PLACE:Hraytan]]?
A: It was always close, since [[2012|DATE:2012-01-01..2012-12-31]]. But [[the summer of 2016|DATE:2016-06-01..2016-08-31]] was the worst, when [[the regime|ACTOR:Syrian government forces]] wanted to close the [[Castello road|PLACE]]. [[The helicopter|WEAPON:AIRSTRIKE]] every day, the [[barrels|WEAPON:BARREL_BOMB]] every day.
Q: Can you tell me about one day you remember well?
A: [[The 15th of July|DATE:2016-07-15]], [[Friday|DATE:2016-07-15]]. I remember because it was [[the night of the coup|DATE:2016-07-15]] in [[Turkey|PLACE]], we were watching the television [[that night|DATE:2016-07-15]] with no roof over half of the house. [laughs] Yes, you can laugh.
A: [[After the Friday prayer|DATE:2016-07-15]] [[the helicopter|WEAPON:AIRSTRIKE]] came and dropped two [[barrels|WEAPON:BARREL_BOMB]] on our street, one in the street and one on the house of my brother.
A: {{c1|Four houses fell. The house of my brother [[Saleh|PERSON]], the house of [[Abu Khaled|PERSON]] our neighbour, and two houses after them.}} {{c2|Our house lost the roof of two rooms.}}
A: {{c3|The three children of [[Abu Khaled|PERSON]] were playing in his yard. [[Rami|PERSON]], [[Hala|PERSON]] and [[Yazan|PERSON]]. All three of them. I pulled out [[Hala|PERSON]] myself, she was not breathing.}} {{c3|We buried them [[the next day in the evening|DATE:2016-07-16]], because [[the helicopter|WEAPON:AIRSTRIKE]] was still in the sky in the day.}}
A: {{c4|My wife [[Fatima|PERSON]] was in the kitchen. The glass and the fire burned her arm, here, from the hand to the elbow.}} She has the marks now, she does not wear short sleeves.
[Interpreter: He points at his own forearm.]
Q: Was anybody from your brother's family hurt?
A: No, thank God. [[Saleh|PERSON]] and his family were in [[Azaz|PLACE]] [[that week|DATE:2016-07-11..2016-07-17]], at a wedding. They lost the house but nobody died.
Q: Were there fighters in your street?
A: No. The fighters were on the front, at the [[Mallah farms|PLACE]] and near the road. In our street only families. Farmers.
Q: You said you read about [[that month|DATE:2016-07-01..2016-07-31]].
A: Yes. {{c5|The local council of [[Hraytan|PLACE]] wrote on their page, at [[the end of July|DATE:2016-07-25..2016-07-31]], that twenty-three people of the town died in [[July|DATE:2016-07-01..2016-07-31]] from the [[barrels|WEAPON:BARREL_BOMB]] and the [[Russian|ACTOR:Russian forces]] [[air strikes|WEAPON:AIRSTRIKE]].}} Twenty-three, with the three children. I read it on the telephone of my son.
Q: What happened after that?
A: {{c6|In [[August|DATE:2016-08-01..2016-08-31]] my grandson [[Hamza|PERSON]], eight, found a small ball in the field between [[Haritan|PLACE:Hraytan]] and [[Kafr Hamra|PLACE]]. It was a [[cluster bomb|WEAPON:CLUSTER_MUNITION]] from [[the planes|WEAPON:AIRSTRIKE]]. It exploded in his hand. I heard it from the well and I ran, I carried him to the car.}}
A: {{c6|He has three fingers now on the right hand. He learned to write with the left.}}
Q: And your land?
A: {{c7|The [[shelling|WEAPON:ARTILLERY]] burned the olives, about eighty trees, and broke the pump of the well.}} I know because I saw it, the trees were black like charcoal, in [[September|DATE:2016-09-01..2016-09-30]]. Forty years I was growing these trees.
[Interpreter: He told me before that he is not sure if the olives burned in [[August|DATE:2016-08-01..2016-08-31]] or in [[September|DATE:2016-09-01..2016-09-30]].]
Q: When did you leave?
A: {{c8|In [[October|DATE:2016-10-01..2016-10-31]]. Nine of us, my wife, my son and his family, my daughter. First to [[Azaz|PLACE]], to a tent, then in [[December|DATE:2016-12-01..2016-12-31]] we crossed to [[Turkey|PLACE]].}} Almost all the village left, only some old men stayed to guard the houses.
Q: You also mentioned your son, [[Ahmad|PERSON]].
A: Yes. {{c9|In [[2013|DATE:2013-01-01..2013-12-31]], [[the first months|DATE:2013-01-01..2013-04-30]], [[the air force intelligence|ACTOR:Syrian government forces]] took him from the university in [[Aleppo|PLACE]], with other students. They kept him five weeks. He lost twelve kilos.}} He does not tell me what they did. His mother knows some things, I know only that he does not like closed doors.
Q: Do you want to go back to [[Haritan|PLACE:Hraytan]]?
A: If there is no [[regime|ACTOR:Syrian government forces]], tomorrow. If [[the regime|ACTOR:Syrian government forces]] comes back, never. They said on their television that everybody who left is a terrorist. So, we are terrorists, with the children. [pause] Write the names of the children of [[Abu Khaled|PERSON]], please.
@@witness sy-hraytan-mustafa-bakkour
@@claim c1 harm=PROPERTY_DAMAGE min=4 max=4 weapon=BARREL_BOMB actor="Syrian government forces" site="Haritan" date=2016-07-15 basis=WITNESSED incident=sy-hraytan-20160715-bakkour-street-barrels
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Haritan" date=2016-07-15 basis=EXPERIENCED incident=sy-hraytan-20160715-bakkour-street-barrels
@@claim c3 harm=KILLED min=3 max=3 named="Rami; Hala; Yazan" weapon=BARREL_BOMB actor="Syrian government forces" site="Haritan" date=2016-07-15 basis=WITNESSED incident=sy-hraytan-20160715-bakkour-street-barrels
@@claim c4 harm=INJURED min=1 max=1 named="Fatima" weapon=BARREL_BOMB actor="Syrian government forces" site="Haritan" date=2016-07-15 basis=WITNESSED incident=sy-hraytan-20160715-bakkour-street-barrels
@@claim c5 harm=KILLED min=23 max=23 weapon=BARREL_BOMB site="Hraytan" date=2016-07-01..2016-07-31 basis=REPORTED incident=sy-hraytan-20160700-council-july-toll
@@claim c6 harm=INJURED min=1 max=1 named="Hamza" weapon=CLUSTER_MUNITION site="Kafr Hamra" date=2016-08-01..2016-08-31 basis=WITNESSED incident=sy-hraytan-20160800-hamza-bakkour-bomblet
@@claim c7 harm=PROPERTY_DAMAGE min=80 max=80 weapon=ARTILLERY site="Haritan" date=2016-08-01..2016-09-30 basis=WITNESSED incident=sy-hraytan-20160000-bakkour-olives-shelling
@@claim c8 harm=DISPLACED min=9 max=9 named="Mustafa Bakkour" site="Haritan" date=2016-10-01..2016-10-31 basis=EXPERIENCED incident=sy-hraytan-20161000-bakkour-family-flight
@@claim c9 harm=DETAINED min=1 max=1 named="Ahmad" actor="Syrian government forces" site="Aleppo" date=2013-01-01..2013-04-30 basis=HEARSAY incident=sy-aleppo-20130000-ahmad-bakkour-university-arrest
