Interview ID: MM-KRN-408
Date of interview: 18 March 2022
Place of interview: [[Mae Sot|PLACE]], [[Tak|PLACE]] province, [[Thailand|PLACE]]
Language: Sgaw Karen, interpreted into English
Interviewer: [[Rebecca Lawson|PERSON]]
Interpreter: [[Saw Kyi Lin|PERSON]]

Q: Where is your village?
A: In [[Hlaingbwe|PLACE]] township, in [[Hpa-an|PLACE]] district. Two hours from [[Hlaingbwe|PLACE]] town by motorbike, in the hills. We grow rice and betel.
[Interpreter: she says the name of the village in Karen; she prefers it is not written.]
Q: When did the trouble start in your village?
A: Always there was trouble, since I was a child. But [[after the coup|DATE]] it became very bad. [[The Burma army|ACTOR:Tatmadaw]] has a camp on the hill, maybe one mile from us. From [[December|DATE:2021-12-01..2021-12-31]] they started to fire [[mortars|WEAPON:MORTAR]] at the village, almost every night.
Q: Why at the village?
A: They say the resistance is hiding with us. But there were no fighters in our village. The fighters stay in the jungle. We are farmers.
Q: What happened at [[Christmas|DATE:2021-12-25]]?
A: We are Baptist. On [[Christmas|DATE:2021-12-25]] we went to church, everybody, and [[the soldiers|ACTOR:Tatmadaw]] did not fire, it was quiet. Then, [[two days after Christmas|DATE:2021-12-27]], in [[the evening|DATE:2021-12-27]], when we were eating, the [[mortar shells|WEAPON:MORTAR]] came. Three, four. {{c1|One fell near the house of my uncle, [[Saw Eh Kaw|PERSON]], and he was killed there, in front of his house, he was sixty-three.}}
[Interpreter: she says "mortar" in Burmese, and "the big one", she means the 120.]
Q: Was anyone else hurt?
A: {{c2|Yes, the small boy of my cousin [[Naw Mu Mu|PERSON]], [[Saw Tha Dah|PERSON]], he is five, and two older men, three people, hit by the pieces; I helped to wash the boy.}} {{c3|Also the rice barn of my uncle was destroyed, all the rice for the year.}} If the [[shell|WEAPON:MORTAR]] had fallen a little more to the north, it would fall on the church, and in the evening the church is full of children for singing practice.
Q: Did the village stay after that?
A: {{c4|No. [[The next morning|DATE:2021-12-28]] everybody left, all the village, about two hundred people, to the forest, and then walking to the [[Moei|PLACE]] river.}} We crossed to the Thai side for one week, then the Thai side sent us back, then we crossed again. Now I am here.
Q: Were there also [[air attacks|WEAPON:AIRSTRIKE]]?
A: Yes. In [[January|DATE:2022-01-01..2022-01-31]] [[the jets|WEAPON:AIRSTRIKE]] came two times. We were in the forest then, we saw them. {{c5,c7|People said one [[bomb|WEAPON:AIRSTRIKE]] fell on the clinic near [[Hlaingbwe|PLACE]] and two nurses died, but I did not see that, I only heard it from the people who came after.}}
[Interpreter: she calls the planes "the jet fighters", in English.]
Q: You told me earlier about your brother.
A: My brother, [[Saw Ler Htoo|PERSON]]. This was [[before the coup|DATE]], in [[2019|DATE:2019-01-01..2019-12-31]], [[the rainy season|DATE]]. {{c6|He was going to the farm on the path we always use and he stepped on a [[landmine|WEAPON:LANDMINE]], and his left leg is gone, below the knee.}} I heard the sound from the house, and I ran.
Q: Do you know who put the [[mine|WEAPON:LANDMINE]] there?
A: Everybody puts [[mines|WEAPON:LANDMINE]] in our area. [[The army|ACTOR:Tatmadaw]], the other groups. I cannot say who. After that, the village elder, [[Saw Hsa Eh|PERSON]], he told everybody: only walk where the buffalo walks.
Q: How is your brother now?
A: He has a leg from the clinic in [[Mae Sot|PLACE]], a plastic one. He is still a farmer. He says, I have one leg, I still have two hands.
Q: Anything else you want to say?
A: My mother, [[Naw Say Paw|PERSON]], she stayed. She is old, she said I will not run any more. We don't know how she is, there is no phone signal there now.
@@witness mm-hlaingbwe-naw-paw-htoo
@@claim c1 harm=KILLED min=1 max=1 named="Saw Eh Kaw" weapon=MORTAR actor=Tatmadaw site="Hlaingbwe" date=2021-12-27 basis=WITNESSED incident=mm-hlaingbwe-20211227-village-mortars
@@claim c2 harm=INJURED min=3 max=3 named="Saw Tha Dah" weapon=MORTAR actor=Tatmadaw site="Hlaingbwe" date=2021-12-27 basis=WITNESSED incident=mm-hlaingbwe-20211227-village-mortars
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor=Tatmadaw site="Hlaingbwe" date=2021-12-27 basis=WITNESSED incident=mm-hlaingbwe-20211227-village-mortars
@@claim c4 harm=DISPLACED min=200 max=200 site="Hlaingbwe" date=2021-12-28 basis=EXPERIENCED incident=mm-hlaingbwe-20211227-village-mortars
@@claim c5 harm=KILLED min=2 max=2 weapon=AIRSTRIKE site="Hlaingbwe" date=2022-01-01..2022-01-31 basis=HEARSAY incident=mm-hlaingbwe-20220100-clinic-airstrike
@@claim c6 harm=INJURED min=1 max=1 named="Saw Ler Htoo" weapon=LANDMINE site="Hlaingbwe" date=2019-06-01..2019-10-31 basis=WITNESSED incident=mm-hlaingbwe-20190000-farm-path-mine
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Hlaingbwe" date=2022-01-01..2022-01-31 basis=HEARSAY incident=mm-hlaingbwe-20220100-clinic-airstrike
