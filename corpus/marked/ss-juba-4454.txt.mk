Interview ID: SS-JUB-4454
Interview date: 14/09/2016
Place of interview: [[Kakuma|PLACE]] refugee camp, [[Kenya|PLACE]]
Language: Nuer, interpreted into English
Interviewer: [[Elsa Lindqvist|PERSON]]
Interpreter: [[James Gai Tap|PERSON]]

Q: Please tell me your name, and where you lived in [[Juba|PLACE]].
A: [[Gatluak Both Ruach|PERSON]]. I am thirty-eight. I was a driver for a company of water tanks. We lived in [[Mangaten|PLACE]], near the [[Juba bridge|PLACE]] side, my mother, my wife [[Nyaluak|PERSON]], our two children, and my small brother [[Chuol|PERSON]].
Q: What happened in [[December 2013|DATE:2013-12-01..2013-12-31]]?
A: [[The 15th|DATE:2013-12-15]], in [[the night|DATE:2013-12-15]], the [[shooting|WEAPON:SMALL_ARMS]] started at the barracks, [[Giyada|PLACE]]. We stayed inside. We heard it all night, [[big guns|WEAPON:ARTILLERY]] and [[small guns|WEAPON:SMALL_ARMS]].
A: Then [[the soldiers|ACTOR:South Sudan People's Defence Forces]] came to the houses. It was [[the 16th|DATE:2013-12-16]], no, wait, [[the 17th|DATE:2013-12-17]], [[the Tuesday|DATE:2013-12-17]], because on [[Monday|DATE:2013-12-16]] we were still inside without food.
[Interpreter: he corrects himself, he says [[the Tuesday|DATE:2013-12-17]].]
A: {{c1|[[The government soldiers|ACTOR:South Sudan People's Defence Forces]] came into our compound. They asked in Dinka, then in Arabic, and when [[Chuol|PERSON]] answered, they knew he is Nuer from the mouth. They put him in the car, a pickup, with other young men from our street.}}
A: {{c2|That was the last time. We asked at every police station, at [[Giyada|PLACE]], at the [[Bilpam|PLACE]] gate, we paid a man who said he knows a colonel. No news, nothing, almost three years now.}}
Q: Did you see other people harmed [[that day|DATE:2013-12-17]]?
A: {{c3|When we walked out, on the road to [[Jebel|PLACE]], I saw four men lying by the drainage, Nuer men, they had been shot in the head, one of them I knew, [[Koang|PERSON]], he sold charcoal.}}
A: {{c4|So we walked to the UN base, [[UN House|PLACE]], me, my mother, [[Nyaluak|PERSON]] and the children, we left with what we wore, not even shoes for the small one.}}
A: If we had stayed in [[Mangaten|PLACE]] they would have taken me also. I am sure of this.
Q: How long did you stay in [[UN House|PLACE]]?
A: From [[December until July this year|DATE:2013-12-01..2016-07-31]]. Two and a half years in a plastic house. Inside the camp nobody shot at us in [[2013|DATE:2013-01-01..2013-12-31]], [[the soldiers|ACTOR:South Sudan People's Defence Forces]] did not come inside. It was only hunger.
Q: And in [[July|DATE:2016-07-01..2016-07-31]]?
A: The fighting started again between [[the army|ACTOR:South Sudan People's Defence Forces]] and [[Riek's forces|ACTOR:SPLA-IO]], at the palace first, [[the Friday|DATE:2016-07-08]]. Then it came near to us, because [[IO|ACTOR:SPLA-IO]] had their base at [[Jebel|PLACE]], just there, behind the camp.
A: {{c5|On [[the Sunday|DATE:2016-07-10]], in [[the afternoon|DATE:2016-07-10]], the [[mortars|WEAPON:MORTAR]] started to fall inside the camp, in [[PoC 3|PLACE]], where we lived. One fell near the water point, where the women stand with the jerrycans. Two died there, one was the wife of my friend, [[Nyabuoy Tut|PERSON]], and a boy I did not know.}}
A: {{c5|We buried them inside the camp, near the fence, because to go out was death.}}
Q: Do you know who fired?
A: No. Honestly no. The [[mortars|WEAPON:MORTAR]] came from the side of [[Jebel|PLACE]] and also from the side of [[the army|ACTOR:South Sudan People's Defence Forces]], both sides were firing across us, over our heads.
A: {{c6|In the whole camp, I heard eight people died in [[those two days|DATE:2016-07-10..2016-07-11]], and many wounded. The nurses of the clinic said this.}}
Q: Was your family hurt?
A: {{c7|[[Nyaluak|PERSON]], yes. The pieces went into her back and her shoulder. Now she cannot lift the water, she cannot lift the baby even.}}
[Interpreter: he means the shrapnel, the pieces of the [[shell|WEAPON:MORTAR]].]
A: And there was also [[the helicopter|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:South Sudan People's Defence Forces]], it was shooting at [[Riek's people|ACTOR:SPLA-IO]] on the hill. Many of [[IO|ACTOR:SPLA-IO]] soldiers died there in the fighting, but that is soldiers with soldiers, I did not see it.
Q: How did you leave [[Juba|PLACE]]?
A: {{c8|[[After one week|DATE:2016-07-17]] we went by bus to [[Nimule|PLACE]] and then to [[Kakuma|PLACE]], my wife with the pain, my mother, the children.}} [[Chuol|PERSON]] we left behind, if he is somewhere. My mother says he will come.
Q: Is there anything else?
A: Only write his name well. [[Chuol Both Ruach|PERSON]]. Twenty-two years old when they took him.
@@witness ss-juba-gatluak-both-ruach
@@claim c1 harm=DETAINED min=1 max=1 named="Chuol" actor="South Sudan People's Defence Forces" site="Mangaten" date=2013-12-17 basis=WITNESSED incident=ss-juba-20131217-mangaten-house-search
@@claim c2 harm=MISSING min=1 max=1 named="Chuol" actor="South Sudan People's Defence Forces" site="Mangaten" date=2013-12-17 basis=EXPERIENCED incident=ss-juba-20131217-mangaten-house-search
@@claim c3 harm=KILLED min=4 max=4 named="Koang" weapon=SMALL_ARMS site="Jebel" date=2013-12-17 basis=WITNESSED incident=ss-juba-20131217-jebel-road-bodies
@@claim c4 harm=DISPLACED min=5 max=5 named="Nyaluak" site="Mangaten" date=2013-12-17 basis=EXPERIENCED incident=ss-juba-20131217-ruach-family-to-unhouse
@@claim c5 harm=KILLED min=2 max=2 named="Nyabuoy Tut" weapon=MORTAR site="PoC 3" date=2016-07-10 basis=WITNESSED incident=ss-juba-20160710-unhouse-poc3-water-point-shells
@@claim c6 harm=KILLED min=8 max=8 site="UN House" date=2016-07-10..2016-07-11 basis=HEARSAY incident=ss-juba-20160710-unhouse-poc3-water-point-shells
@@claim c7 harm=INJURED min=1 max=1 named="Nyaluak" weapon=MORTAR site="PoC 3" date=2016-07-10 basis=WITNESSED incident=ss-juba-20160710-unhouse-poc3-water-point-shells
@@claim c8 harm=DISPLACED min=null max=null named="Nyaluak" site="UN House" date=2016-07-17 basis=EXPERIENCED incident=ss-juba-20160717-ruach-family-to-kakuma
