Witness statement (transcript)
Interview ID: AF-DAR-4657
Date of interview: 30 September 2020
Place of interview: [[Kunduz|PLACE]] city
Language: Dari
Interviewer: [[Hannah Vos|PERSON]]
Interpreter: [[Shabnam Rahimi|PERSON]]
Q: You are from [[Dasht-e Archi|PLACE]]?
A: From [[Dashte Archi|PLACE:Dasht-e Archi]], yes, the district centre. I am [[Mahbooba|PERSON]], I was a teacher in the girls' school. My husband [[Farid Jan|PERSON]] has a pharmacy in the bazaar.
Q: Tell me about the day the bazaar was hit.
A: It was [[last year|DATE:2019-01-01..2019-12-31]], in [[the summer|DATE:2019-06-01..2019-08-31]], [[one week after Eid|DATE:2019-06-11]]. There was fighting around the centre since [[the night|DATE:2019-06-10]], we heard it from the house.
A: {{c1|In [[the morning|DATE:2019-06-11]] the [[mortar shells|WEAPON:MORTAR]] came down in the bazaar. My husband was opening the pharmacy. A piece hit his leg, above the knee.}}
A: {{c2|The pharmacy lost the front, the glass, the medicine on the shelves was all on the floor, wet and black. Ten shops, maybe more, were burned in that row.}}
A: {{c3|My husband says he saw three dead before they carried him away: the old shoe seller, Haji [[Nazir Ahmed|PERSON]], and two others.}} {{c4|Later his cousin told us six died. I do not know which is true.}}
Q: Who fired the [[mortars|WEAPON:MORTAR]]?
A: The [[Taliban|ACTOR:Taliban]] say [[the army|ACTOR:Afghan forces]], [[the army|ACTOR:Afghan forces]] says the [[Taliban|ACTOR:Taliban]]. The people only count the dead.
Q: Was the bazaar hit again after that?
A: Yes. {{c5|[[This year|DATE:2020-01-01..2020-12-31]], in [[Asad|DATE:2020-07-22..2020-08-21]], a [[bomb on a motorbike|WEAPON:IED]] exploded near the fuel sellers. Two of the fuel sellers died, I heard.}} {{c6|The stalls there burned, the drums of fuel.}} Nobody from our family was hurt that time. My husband had closed early.
Q: What happened to your family's house?
A: {{c7|[[The jets|WEAPON:AIRSTRIKE]] came in [[the spring|DATE:2020-03-21..2020-06-20]], at [[night|DATE:2020-03-21..2020-06-20]], because the [[Taliban|ACTOR:Taliban]] were in the next house, the house of our neighbour [[Sakhi Dad|PERSON]]. That house was flat in [[the morning|DATE:2020-03-21..2020-06-20]].}}
A: {{c8|The two sons of [[Sakhi Dad|PERSON]], [[Jawid|PERSON]] and [[Hamid|PERSON]], were under it. They were not [[Taliban|ACTOR:Taliban]], they were boys who sold bolani. We washed them in our yard.}}
A: {{c9|Our wall fell and two windows. The cow ran away and we never found her.}}
Q: Is that when you left [[Archi|PLACE:Dasht-e Archi]]?
A: {{c10|Yes. [[Three days after|DATE:2020-03-21..2020-06-20]] we came to [[Kunduz|PLACE]], to my sister. My husband, me, our four children, my mother-in-law. We rent one room.}}
Q: Do you have other family still in [[Dasht-e Archi|PLACE]]?
A: My brother [[Sayed Ali|PERSON]] was a soldier, in [[the army|ACTOR:Afghan forces]], at the post on the hill. {{c11|After the fighting in [[Jawza|DATE:2020-05-21..2020-06-20]] his unit went away and he did not call. Four months, nothing. Nobody at the base in [[Kunduz|PLACE]] can tell us if he is a prisoner or dead.}}
A: If he was killed, someone would tell us. So we wait.
@@witness af-dashtearchi-mahbooba
@@claim c1 harm=INJURED min=1 max=1 named="Farid Jan" weapon=MORTAR site="Dashte Archi" date=2019-06-11 basis=HEARSAY incident=af-dashtearchi-20190617-bazaar-mortars
@@claim c2 harm=PROPERTY_DAMAGE min=10 max=null weapon=MORTAR site="Dashte Archi" date=2019-06-11 basis=HEARSAY incident=af-dashtearchi-20190617-bazaar-mortars
@@claim c3 harm=KILLED min=3 max=3 named="Nazir Ahmed" weapon=MORTAR site="Dashte Archi" date=2019-06-11 basis=HEARSAY incident=af-dashtearchi-20190617-bazaar-mortars
@@claim c4 harm=KILLED min=6 max=6 weapon=MORTAR site="Dashte Archi" date=2019-06-11 basis=HEARSAY incident=af-dashtearchi-20190617-bazaar-mortars
@@claim c5 harm=KILLED min=2 max=2 weapon=IED site="Dashte Archi" date=2020-07-22..2020-08-21 basis=HEARSAY incident=af-dashtearchi-20200800-bazaar-motorbike-bomb
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Dashte Archi" date=2020-07-22..2020-08-21 basis=HEARSAY incident=af-dashtearchi-20200800-bazaar-motorbike-bomb
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Dashte Archi" date=2020-03-21..2020-06-20 basis=WITNESSED incident=af-dashtearchi-20200000-sakhi-dad-house-jets
@@claim c8 harm=KILLED min=2 max=2 named="Jawid; Hamid" weapon=AIRSTRIKE site="Dashte Archi" date=2020-03-21..2020-06-20 basis=WITNESSED incident=af-dashtearchi-20200000-sakhi-dad-house-jets
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Dashte Archi" date=2020-03-21..2020-06-20 basis=EXPERIENCED incident=af-dashtearchi-20200000-sakhi-dad-house-jets
@@claim c10 harm=DISPLACED min=7 max=7 named="Mahbooba; Farid Jan" site="Archi" date=2020-03-21..2020-06-20 basis=EXPERIENCED incident=af-dashtearchi-20200000-mahbooba-family-flight
@@claim c11 harm=MISSING min=1 max=1 named="Sayed Ali" site="Dasht-e Archi" date=2020-05-21..2020-06-20 basis=EXPERIENCED incident=af-dashtearchi-20200600-sayed-ali-missing-soldier
