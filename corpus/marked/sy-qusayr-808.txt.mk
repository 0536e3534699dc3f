Transcript of recorded interview
Interviewer: [[Owen Pryce|PERSON]]
Speaker: [[Samar Zahra|PERSON]]
Interpreter: [[Dalal Azar|PERSON]]
Place: [[Arsal|PLACE]], [[Lebanon|PLACE]]
Date: 11 October 2013

Owen: Thank you for meeting us. Can you start with where you lived?
Samar: In [[al-Qusayr|PLACE:Qusayr]], the western side, near the [[Khalid bin al-Walid mosque|PLACE]]. Not the big one in [[Homs|PLACE]], our small one.
Dalal: She wants to be clear it is a local mosque with the same name.
Owen: Understood. When did the fighting reach your area?
Samar: The [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] was there from [[2012|DATE:2012-01-01..2012-12-31]], but small. [[The planes|WEAPON:AIRSTRIKE]] came sometimes. {{c1,c6|In [[March|DATE:2013-03-01..2013-03-31]], I think [[the beginning of March|DATE:2013-03-01..2013-03-10]], [[the jets|WEAPON:AIRSTRIKE]] hit the vegetable market in [[Qusair|PLACE:Qusayr]], in [[the morning|DATE:2013-03-01..2013-03-10]] when it is full.}} {{c1|My husband [[Muhannad|PERSON]] told me between ten and fifteen people died, he helped to carry.}} I did not go, I was afraid for the children.
Owen: And in [[May|DATE:2013-05-01..2013-05-31]]?
Samar: In [[May|DATE:2013-05-01..2013-05-31]] it was the real attack. [[The 19th of May|DATE:2013-05-19]], [[Sunday|DATE:2013-05-19]], early. [[Hezbollah|ACTOR:Hezbollah]] and [[the army|ACTOR:Syrian government forces]] together. [[Shelling|WEAPON:ARTILLERY]], [[rockets|WEAPON:ROCKET]], [[the planes|WEAPON:AIRSTRIKE]], all in the same time. My sister [[Sabah|PERSON]] called from [[Homs|PLACE]], she said they say on the television [[al-Qusayr|PLACE:Qusayr]] is finished, and we were still inside, alive.
Owen: Was anyone in your family hurt?
Samar: [crying] {{c2|My son, [[Nour|PERSON]]. Nine years. [[That first day|DATE:2013-05-19]] a [[shell|WEAPON:ARTILLERY]] fell in the yard of our building, and a piece entered his stomach.}} We took him to the hospital under the ground, the field hospital. The doctor, [[Qassem|PERSON]], with the nurse [[Hiyam|PERSON]], operated with a lamp from a car battery.
Owen: How is he now?
Samar: He lives. He is here with me. He doesn't speak much.
Owen: Do you know who fired the [[shell|WEAPON:ARTILLERY]]?
Samar: From the side of the villages... no, don't write that, write from the side of [[Hezbollah|ACTOR:Hezbollah]] positions, on the east, [[Hezbollah|ACTOR:Hezbollah]] and [[the regime|ACTOR:Syrian government forces]]. There were no [[Free Army|ACTOR:Syrian armed opposition]] in our building, only families.
Owen: How did you leave the town?
Samar: {{c3|[[The night of the 4th of June|DATE:2013-06-04..2013-06-05]], when the fighters decided to go out, we went with them, thousands of people, on foot, to the north, to [[al-Dabaa|PLACE]] and then towards the mountains of [[Arsal|PLACE]].}} Three, four days of walking. We carried [[Nour|PERSON]] on a door, then on a donkey.
Owen: Were you attacked on the way?
Samar: {{c4|On the road near [[Shamsin|PLACE]] they fired on us with [[machine guns|WEAPON:SMALL_ARMS]] from the hills, and many people fell. I saw maybe seven, eight people dead by the road, I don't know their names.}} We put the children in the ditch and waited until the dark.
Owen: Was everyone in your family able to leave?
Samar: {{c5|No. My brother-in-law [[Rabie|PERSON]] stayed behind to carry an old man from the [[Mashaal|PERSON]] family, and since [[that night|DATE:2013-06-04..2013-06-05]] we don't know where he is. Some say [[the army|ACTOR:Syrian government forces]] took the wounded at the checkpoints.}}
Owen: Have you been able to ask anyone?
Samar: Everyone. The Red Cross also. Nothing.
Dalal: She asks whether you can send his name to them.
Owen: We will pass it on with her permission.
@@claim c1 harm=KILLED min=10 max=15 weapon=AIRSTRIKE site="Qusair" date=2013-03-01..2013-03-10 basis=HEARSAY incident=sy-qusayr-20130300-vegetable-market-airstrike
@@claim c2 harm=INJURED min=1 max=1 named="Nour" weapon=ARTILLERY actor="Hezbollah" site="al-Qusayr" date=2013-05-19 basis=WITNESSED incident=sy-qusayr-20130519-zahra-yard-shell
@@claim c3 harm=DISPLACED min=2000 max=null site="al-Qusayr" date=2013-06-04..2013-06-05 basis=EXPERIENCED incident=sy-qusayr-20130605-exodus-north
@@claim c4 harm=KILLED min=7 max=8 weapon=SMALL_ARMS site="Shamsin" date=2013-06-05..2013-06-08 basis=WITNESSED incident=sy-shamsin-20130605-exodus-road-fire
@@claim c5 harm=MISSING min=1 max=1 named="Rabie" site="al-Qusayr" date=2013-06-04..2013-06-05 basis=WITNESSED incident=sy-qusayr-20130605-rabie-missing
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Qusair" date=2013-03-01..2013-03-10 basis=HEARSAY incident=sy-qusayr-20130300-vegetable-market-airstrike
@@witness sy-qusayr-samar-zahra
