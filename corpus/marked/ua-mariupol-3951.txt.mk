Interview ID: UA-MRP-3951
Date of interview: 14 September 2022
Place of interview: [[Zaporizhzhia|PLACE]]
Language: Ukrainian and Russian, interpreted into English
Interviewer: [[Hanna Lewicka|PERSON]]
Interpreter: [[Oksana Fedoruk|PERSON]]

Q: Please say your name and where you lived in [[Mariupol|PLACE]].
A: [[Iryna Kovalchuk|PERSON]], sixty-one years. We lived in [[Livoberezhnyi|PLACE]] district, on [[Mashynobudivnykiv avenue|PLACE]], fifth floor, near [[Skhidnyi|PLACE]]. All my life there.
[Interpreter: she says "prospekt Mashinostroiteley", the Russian name, it is the same avenue.]
Q: Who lived with you?
A: My husband [[Petro|PERSON]]. He had a stroke in [[2019|DATE:2019-01-01..2019-12-31]], he walks with a stick, so we could not run anywhere. Our daughter [[Marta|PERSON]] is in [[Dnipro|PLACE]] with her husband.
Q: When did the fighting come to your district?
A: From [[the first day|DATE:2022-02-24]] we heard it from the side of [[Skhidnyi|PLACE]]. But in our yard, the first [[Grad|WEAPON:ROCKET]], it was [[the 6th of March|DATE:2022-03-06]]. [[Sunday|DATE:2022-03-06]]. I remember because [[Halyna|PERSON]] said, it is [[Forgiveness Sunday|DATE:2022-03-06]], let us forgive each other. And then, eh... [pause]
Q: Take your time.
A: {{c1,c2|We were in the yard, between the buildings, cooking on a fire, maybe fifteen people, and the [[Grad|WEAPON:ROCKET]] came, one, two, many, I did not count.}} {{c1|[[Halyna Sydorenko|PERSON]] from the third entrance and her grandson [[Denys|PERSON]], he was twelve, they died there, by the fire. And two men from the next building, one they called [[Tolik|PERSON]], the other I don't know his name.}}
Q: Were you in the yard yourself?
A: By the door of the entrance, with a bucket. I saw it. I fell down and when I looked up [[Denys|PERSON]] was lying with his hat still on.
Q: Was anyone else hurt?
A: {{c2|Three were wounded, I think three. [[Liuba|PERSON]] from the first floor, her leg, they had to take it in the hospital.}} The others I don't know what happened.
Q: Do you know who fired the [[rockets|WEAPON:ROCKET]]?
A: From the side of [[Skhidnyi|PLACE]], from [[the Russians|ACTOR:Russian armed forces in Ukraine]], from where else. There were no [[Ukrainian soldiers|ACTOR:Ukrainian armed forces]] in our yard. Not one. Only old people and the children and the fire.
Q: What happened to [[Halyna|PERSON]] and the others afterwards?
A: {{c1|We buried them [[the same day|DATE:2022-03-06]], in the flowerbed, [[Halyna|PERSON]] and the boy together, because the ground was soft there.}} The men somebody took in a blanket, I don't know where.
Q: You said your husband was hurt later.
A: Yes. [[A week after|DATE:2022-03-13]], more or less, [[the planes|WEAPON:AIRSTRIKE]] came. We were sleeping in the corridor on the floor, away from the windows, but he went to the kitchen for water. {{c3,c4|The [[bomb|WEAPON:AIRSTRIKE]] fell on the building across the avenue, and the glass went into his face, into his eye, [[Petro|PERSON]]'s left eye.}} {{c4|The building across, number forty-seven, half of it came down, from the roof to the third floor, and burned two days.}}
[Interpreter: she is showing with her hands how the building fell.]
A: The eye he lost. A doctor in the basement of the theatre... no, sorry, not the theatre, a doctor from our building, she pulled out the glass with tweezers.
Q: Were people killed in building forty-seven?
A: I don't know. Nobody could go in. I will not say a number I don't know.
Q: Did anything else happen in your street?
A: People said the big bakery on our avenue was hit, but it was not, I went past it on [[the 15th|DATE:2022-03-15]], it was standing, closed, nothing. People say many things when they are afraid. We were afraid all the time that the [[Grad|WEAPON:ROCKET]] would come back to the yard. Nobody cooked in the yard after that.
Q: When did you leave [[Mariupol|PLACE]]?
A: {{c5|On [[the 20th|DATE:2022-03-20]], in [[the morning|DATE:2022-03-20]], in the car of [[Serhii|PERSON]] from the fourth floor, with [[Petro|PERSON]] and our neighbour [[Valentyna Mykolaivna|PERSON]], through [[Melekino|PLACE]] and [[Berdiansk|PLACE]], four days to [[Zaporizhzhia|PLACE]].}} We left everything, the flat, the cat even, she ran away.
Q: Is there anything you want to add?
A: My son-in-law, [[Marta|PERSON]]'s husband, [[Ahmad|PERSON]], he is from [[Homs|PLACE]], in [[Syria|PLACE]]. When we spoke on the phone, he cried, he said, Mama, in [[Homs|PLACE]] it was the same. {{c6|His brother [[Samer|PERSON]] was killed there by a [[barrel bomb|WEAPON:BARREL_BOMB]] from [[the regime|ACTOR:Syrian government forces]], in [[2013|DATE:2013-01-01..2013-12-31]].}} I never thought it would come to us. That is all.
@@witness ua-mariupol-iryna-kovalchuk
@@claim c1 harm=KILLED min=4 max=4 named="Halyna Sydorenko; Denys; Tolik" weapon=ROCKET actor="Russian armed forces in Ukraine" site="Mashynobudivnykiv avenue" date=2022-03-06 basis=WITNESSED incident=ua-mariupol-20220306-mashynobudivnykiv-yard-grad
@@claim c2 harm=INJURED min=3 max=3 named="Liuba" weapon=ROCKET actor="Russian armed forces in Ukraine" site="Mashynobudivnykiv avenue" date=2022-03-06 basis=WITNESSED incident=ua-mariupol-20220306-mashynobudivnykiv-yard-grad
@@claim c3 harm=INJURED min=1 max=1 named="Petro" weapon=AIRSTRIKE site="Mashynobudivnykiv avenue" date=2022-03-13 basis=WITNESSED incident=ua-mariupol-20220313-mashynobudivnykiv-47-airstrike
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Mashynobudivnykiv avenue" date=2022-03-13 basis=WITNESSED incident=ua-mariupol-20220313-mashynobudivnykiv-47-airstrike
@@claim c5 harm=DISPLACED min=4 max=4 named="Iryna Kovalchuk; Petro; Valentyna Mykolaivna; Serhii" site="Mariupol" date=2022-03-20 basis=EXPERIENCED incident=ua-mariupol-20220320-kovalchuk-flight
@@claim c6 harm=KILLED min=1 max=1 named="Samer" weapon=BARREL_BOMB actor="Syrian government forces" site="Homs" date=2013-01-01..2013-12-31 basis=HEARSAY incident=sy-homs-20130000-samer-barrel-bomb
