Interview ID: YE-DRH-4351
Date of interview: 3 March 2019
Place of interview: [[al-Khawkha|PLACE]], [[Hodeidah|PLACE]] governorate
Language: Arabic, interpreted into English
Interviewer: [[Maren Solberg|PERSON]]
Interpreter: [[Hisham al-Absi|PERSON]]

INTERVIEWER: Thank you for seeing us. Please tell me your name and where you are from.
WITNESS: [[Abdulrahman Yahya Qasim|PERSON]]. People call me [[Abu Hamdi|PERSON]]. From [[al-Durayhimi|PLACE]], the town itself, near the old souq. I had a shop for the spare parts of water pumps, for the farms. Thirty years in that shop.
INTERVIEWER: When did the fighting reach [[al-Durayhimi|PLACE]]?
WITNESS: Before the Eid, eh, [[the end of July|DATE:2018-07-20..2018-07-31]]. [[The Giants|ACTOR:Yemeni government forces]] came up from the side of [[al-Tuhayta|PLACE]], through the farms, and the [[Houthis|ACTOR:Houthis]] were inside the town. And [[the planes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:Saudi-led coalition]], every day, every night, you stop hearing them after some time. And [[the Apache helicopters|WEAPON:AIRSTRIKE]] firing [[missiles|WEAPON:MISSILE]] on the [[Houthi|ACTOR:Houthis]] positions at the entrance of the town, but that was on the fighters, that is the fighting, I do not count it.
INTERPRETER: He means the [[Amaliqa|ACTOR:Yemeni government forces]], the brigades from the south, with [[the coalition|ACTOR:Saudi-led coalition]].
INTERVIEWER: Was your house damaged?
WITNESS: {{c1|[[Three days after the Eid|DATE:2018-08-24]], [[after the asr|DATE:2018-08-24]], an [[air strike|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:Saudi-led coalition]] hit the house of Hajj [[Mahdi Saleh|PERSON]], the house behind ours. His house came down, all of it, and with it our back wall and the water tank on our roof.}} {{c2|And the two shops of his sons on the street, the tailor and the phone shop, there was nothing left of them.}}
WITNESS: The [[Mahdi|PERSON]] family had gone to [[Bayt al-Faqih|PLACE]] [[one week before|DATE:2018-08-17]]. Nobody was in the house. Nobody was hurt, not from us, not from them, thanks to God. And I tell you, there was no [[Houthi|ACTOR:Houthis]] in that house, no weapons, nothing. Why they hit it, only God knows.
INTERVIEWER: You told my colleague about your son, [[Hamdi|PERSON]].
WITNESS: Yes. [pause] The raid. {{c3|On [[the 14th of September|DATE:2018-09-14]], [[a Friday|DATE:2018-09-14]], [[after the Friday prayer|DATE:2018-09-14]], the [[Houthis|ACTOR:Houthis]] came with two pickups into our street and took the men out of the houses. Seven men. My son [[Hamdi|PERSON]], twenty-two years, and my nephew [[Walid|PERSON]], the son of my late brother, and [[Ali Hassan Shami|PERSON]] the teacher, and the two sons of [[Zabidi|PERSON]] the fisherman, and two young men from the displaced, I did not know their names.}}
WITNESS: I was at my door, I saw everything. They said, you give coordinates to [[the aggression|ACTOR:Saudi-led coalition]], you are spies. They tied the hands of the boys with their own shirts and put them in the back of the pickup.
INTERVIEWER: Did they take you also?
WITNESS: No. They searched me, they took my phone and looked in it, the pictures, the messages, and they gave it back and said go inside, old man. Maybe because I am old. Maybe God wanted it.
INTERVIEWER: Where did they take the men?
WITNESS: {{c4|[[Hamdi|PERSON]] they kept forty days. First in the school near the souq, then in [[Hodeidah|PLACE]] city, in a building of the security, he told me, with no window.}} Then the sheikhs of our tribe talked with them, and they let him go, thin like a stick. [[Ali|PERSON]] the teacher came back after three months, I think, maybe less.
WITNESS: {{c5|But [[Walid|PERSON]], until today, nothing. No call, no paper, nothing.}} Some people say he is in the Political Security in [[Sanaa|PLACE]], some say other things, I do not want to say it. His mother asks me every day. What do I tell her?
INTERVIEWER: On [[the same day|DATE:2018-09-14]], did anything else happen?
WITNESS: [[The same day|DATE:2018-09-14]], yes. {{c6,c8,c9|In [[the evening|DATE:2018-09-14]] [[the planes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:Saudi-led coalition]] hit a farm in [[al-Nukhayla|PLACE]], north of the town.}} {{c6,c8|People said a farmer died there, [[Hadi|PERSON]], [[Hadi Mubarak|PERSON]], and his son was wounded.}} We heard it from the house. I did not go, nobody could move in the roads.
INTERVIEWER: When did you leave [[al-Durayhimi|PLACE]]?
WITNESS: {{c7|In [[October|DATE:2018-10-01..2018-10-31]], [[the 20th|DATE:2018-10-20]] maybe, at [[night|DATE:2018-10-20]], we left, eleven persons: me, my wife [[Umm Hamdi|PERSON]], [[Hamdi|PERSON]], my daughters [[Sabah|PERSON]] and [[Nouria|PERSON]], and the widow of my brother with her children.}} {{c7|We walked all the night through the farms to [[al-Tuhayta|PLACE]], and from there a car to [[al-Khawkha|PLACE]].}}
WITNESS: The [[sniper|WEAPON:SMALL_ARMS]] was on the road, you hear the [[bullet|WEAPON:SMALL_ARMS]] over your head, but nobody of us was hit. And the [[hawn|WEAPON:MORTAR]] was falling behind us, far. If we had stayed, they would have taken [[Hamdi|PERSON]] again. This is what I was afraid of, more than [[the planes|WEAPON:AIRSTRIKE]].
INTERVIEWER: Is there anything else you want to say?
WITNESS: Write the name of [[Walid|PERSON]]. [[Walid Abdullah Yahya|PERSON]]. Nineteen years. Maybe somebody reads it and knows where he is.
@@witness ye-durayhimi-abdulrahman-yahya-qasim
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Durayhimi" date=2018-08-24 basis=EXPERIENCED incident=ye-durayhimi-20180824-mahdi-house-airstrike
@@claim c2 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Durayhimi" date=2018-08-24 basis=WITNESSED incident=ye-durayhimi-20180824-mahdi-house-airstrike
@@claim c3 harm=DETAINED min=7 max=7 named="Hamdi; Walid; Ali Hassan Shami" actor="Houthis" site="al-Durayhimi" date=2018-09-14 basis=WITNESSED incident=ye-durayhimi-20180914-houthi-raid-men-taken
@@claim c4 harm=DETAINED min=1 max=1 named="Hamdi" actor="Houthis" site="Hodeidah" date=2018-09-14 basis=HEARSAY incident=ye-durayhimi-20180914-houthi-raid-men-taken
@@claim c5 harm=MISSING min=1 max=1 named="Walid" actor="Houthis" site="al-Durayhimi" date=2018-09-14 basis=WITNESSED incident=ye-durayhimi-20180914-houthi-raid-men-taken
@@claim c6 harm=KILLED min=1 max=1 named="Hadi; Hadi Mubarak" weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Nukhayla" date=2018-09-14 basis=HEARSAY incident=ye-nukhayla-20180914-farm-airstrike
@@claim c8 harm=INJURED min=1 max=1 weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Nukhayla" date=2018-09-14 basis=HEARSAY incident=ye-nukhayla-20180914-farm-airstrike
@@claim c7 harm=DISPLACED min=11 max=11 named="Abdulrahman Yahya Qasim; Umm Hamdi; Hamdi; Sabah; Nouria" site="al-Durayhimi" date=2018-10-20 basis=EXPERIENCED incident=ye-durayhimi-20181020-qasim-family-flight
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Nukhayla" date=2018-09-14 basis=HEARSAY incident=ye-nukhayla-20180914-farm-airstrike
