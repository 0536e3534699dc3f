Interview ID: AF-KDH-723
Interview date: 02/08/2021
Location: [[Kabul|PLACE]], [[Kart-e Seh|PLACE]]
Language: Pashto, interpreted into English
Interviewer: [[Elise Fournier|PERSON]]
Speaker: [[Zalmai Noorzai|PERSON]]
Interpreter: [[Jawid Amiri|PERSON]]

Elise: Thank you for meeting us so soon after you arrived. Where did you live in [[Kandahar|PLACE]]?
Zalmai: In [[Loya Wiala|PLACE]], in the seventh district, near the canal. I am a teacher of mathematics, and in the afternoon I drive a taxi, because the salary is not enough.
Elise: When did the fighting come to [[Loya Wiala|PLACE]]?
Zalmai: In [[the beginning of July|DATE:2021-07-01..2021-07-10]], after the [[Taliban|ACTOR:Taliban]] took the districts around, [[Panjwai|PLACE]], [[Arghandab|PLACE]]. They came into our area by night, through the gardens. Then the police post at the end of our street was fighting every night, and the [[mortars|WEAPON:MORTAR]] of the [[Taliban|ACTOR:Taliban]] on the post, and the [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] from both sides.
Elise: What happened to your neighbours?
Zalmai: On [[the 18th of July|DATE:2021-07-18]], [[a Sunday|DATE:2021-07-18]], in [[the night, maybe eleven|DATE:2021-07-18]], [[the planes|WEAPON:AIRSTRIKE]] of [[the government|ACTOR:Afghan forces]] came. {{c1|They bombed the house of Haji [[Abdul Wali|PERSON]], across the street from us, because the [[Taliban|ACTOR:Taliban]] had been on his roof in [[the evening|DATE:2021-07-18]].}}
Zalmai: {{c2|Five died. His two sons, [[Asadullah|PERSON]] and [[Naseer|PERSON]], and three grandchildren, the oldest was [[Bahir|PERSON]], eight.}} {{c3|Haji [[Abdul Wali|PERSON]] himself was injured, his wife also.}}
Jawid: He is saying the [[Taliban|ACTOR:Taliban]] left the roof before, in [[the evening|DATE:2021-07-18]], and the family was inside.
Zalmai: Yes. When [[the planes|WEAPON:AIRSTRIKE]] came, there were no [[Taliban|ACTOR:Taliban]] on the roof, only the family sleeping. I swear. I helped to take out [[Naseer|PERSON]], he was my student.
Elise: Did anything happen on your street before that?
Zalmai: {{c4|[[Three days before|DATE:2021-07-15]], in [[the morning|DATE:2021-07-15]], a [[roadside bomb|WEAPON:IED]] exploded near the police post, and a boy who sold bolani there, [[Hekmat|PERSON]], twelve years, was killed. I heard it from the house, and I saw the boy after.}} The police said the [[Taliban|ACTOR:Taliban]] put the [[bomb|WEAPON:IED]] for their car. The car was not hurt. Only the boy.
Elise: How did you decide to leave?
Zalmai: {{c5|After the house of Haji [[Abdul Wali|PERSON]], my wife said enough. On [[the 20th|DATE:2021-07-20]] we left for [[Kabul|PLACE]], ten people, my parents, my wife, the children, in my taxi and my brother's car.}} My daughter [[Noor|PERSON]] cried the whole road. Since [[the beginning of July|DATE:2021-07-01..2021-07-10]] there was no noor in [[Kandahar|PLACE]], no light, no electricity, she is afraid of the dark now.
Jawid: "Noor" means light. His daughter is called [[Noor|PERSON]].
Elise: Have you seen other kinds of weapons in [[Kandahar|PLACE]] before?
Zalmai: When I was a boy, in [[2001|DATE:2001-01-01..2001-12-31]], the [[American|ACTOR:US forces]] [[cluster bombs|WEAPON:CLUSTER_MUNITION]] near the [[Kandahar airport|PLACE]]. The small [[bomblets|WEAPON:CLUSTER_MUNITION]] were yellow, like the food packets that [[the Americans|ACTOR:US forces]] dropped, also yellow. {{c6|My cousin [[Shah Wali|PERSON]] picked one in [[the spring of 2002|DATE:2002-03-01..2002-05-31]], he thought it was food, he lost his right hand.}} I saw him in the hospital.
Elise: And the [[magnetic bombs|WEAPON:IED]] people talk about?
Zalmai: Yes, the [[sticky bombs|WEAPON:IED]]. {{c7|In [[June|DATE:2021-06-01..2021-06-30]], in [[Aino Mina|PLACE]], one was put under the car of a man from the municipality, it exploded at the traffic light and a student on a bicycle died, people told me.}} I did not see this one.
Elise: Thank you, [[Zalmai|PERSON]].
Zalmai: I want to go back when it is calm. If the [[Taliban|ACTOR:Taliban]] take the city, I don't know. I am a teacher of girls also. [pause] We will see.
@@witness af-kandahar-zalmai-noorzai
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Afghan forces" site="Loya Wiala" date=2021-07-18 basis=WITNESSED incident=af-kandahar-20210718-loyawiala-abdul-wali-house
@@claim c2 harm=KILLED min=5 max=5 named="Asadullah; Naseer; Bahir" weapon=AIRSTRIKE actor="Afghan forces" site="Loya Wiala" date=2021-07-18 basis=WITNESSED incident=af-kandahar-20210718-loyawiala-abdul-wali-house
@@claim c3 harm=INJURED min=2 max=2 named="Abdul Wali" weapon=AIRSTRIKE actor="Afghan forces" site="Loya Wiala" date=2021-07-18 basis=WITNESSED incident=af-kandahar-20210718-loyawiala-abdul-wali-house
@@claim c4 harm=KILLED min=1 max=1 named="Hekmat" weapon=IED actor="Taliban" site="Loya Wiala" date=2021-07-15 basis=WITNESSED incident=af-kandahar-20210715-loyawiala-police-post-ied
@@claim c5 harm=DISPLACED min=10 max=10 named="Noor" site="Loya Wiala" date=2021-07-20 basis=EXPERIENCED incident=af-kandahar-20210720-noorzai-family-displaced
@@claim c6 harm=INJURED min=1 max=1 named="Shah Wali" weapon=CLUSTER_MUNITION actor="US forces" site="Kandahar airport" date=2002-03-01..2002-05-31 basis=WITNESSED incident=af-kandahar-20020400-airport-bomblet-shah-wali
@@claim c7 harm=KILLED min=1 max=1 weapon=IED site="Aino Mina" date=2021-06-01..2021-06-30 basis=HEARSAY incident=af-kandahar-20210600-ainomina-sticky-bomb
