Interview ID: IQ-BSR-425
Interview date: 2020-10-03
Place of interview: [[Basra|PLACE]], [[Iraq|PLACE]], at the home of the witness
Language: Arabic (Iraqi), interpreted into English
Interviewer: [[Claire Dubois|PERSON]]
Interpreter: [[Rana Jassim|PERSON]]
Speaker: [[Zainab|PERSON]]

Claire: Thank you for having us in your home. Can you start with your son?
Zainab: My son, [[Haider|PERSON]], twenty-three. He finished engineering and there was no work, like all the young men in [[Basra|PLACE]]. In [[October last year|DATE:2019-10-01..2019-10-31]] he went out with the protests, every day, with his friends.
Claire: What happened to him?
Zainab: [[The night of the 28th|DATE:2019-10-28]], near the provincial council. His friend [[Mustafa|PERSON]] brought him home at [[two in the morning|DATE:2019-10-29]], in a tuk-tuk, full of blood. {{c1|A [[bullet|WEAPON:SMALL_ARMS]] in the thigh, from the [[snipers|WEAPON:SMALL_ARMS]] on the roofs, [[Mustafa|PERSON]] said.}} We could not take him to the hospital because they were arresting the wounded there. A nurse from our street took the [[bullet|WEAPON:SMALL_ARMS]] out on my kitchen table.
Claire: Was anyone else hurt [[that night|DATE:2019-10-28]]?
Zainab: {{c2|[[Sajjad|PERSON]], his friend from the university, twenty-two, he was shot in the chest next to [[Haider|PERSON]] and he died before the ambulance, [[Haider|PERSON]] saw it.}} [crying] I knew [[Sajjad|PERSON]] since he was a child.
Claire: Who was shooting?
Zainab: [[The riot police|ACTOR:Iraqi forces]] were in front with the water and the sticks. The [[snipers|WEAPON:SMALL_ARMS]] were other men, in black, on the buildings. The boys say they were from the [[Hashd|ACTOR:Popular Mobilization Forces]], from the armed groups that have offices in [[Basra|PLACE]]. I cannot prove it.
Claire: Was [[Haider|PERSON]] arrested later?
Zainab: {{c3|Yes, in [[December|DATE:2019-12-01..2019-12-31]], [[the security forces|ACTOR:Iraqi forces]] came to the house at [[night|DATE]] and took him, I saw them, and they kept him nine days.}} They told him if he goes back to the square they will burn the house with us inside. He did not go back.
Claire: You mentioned your neighbour, the pharmacist.
Zainab: [[Sabah|PERSON]]. He gave medicine to the protesters for free. {{c4|In [[August this year|DATE:2020-08-01..2020-08-31]], in [[the sabah|DATE]], when he opened the pharmacy, two men on a motorcycle shot him, and he died there on the pavement.}} I heard the [[shots|WEAPON:SMALL_ARMS]] from my kitchen.
Rana: She says "in the sabah", in the morning. His name was also Sabah. She noticed it only now, she says.
Claire: Has anything else happened to your family?
Zainab: {{c5|My brother [[Qusay|PERSON]] spoke on television about [[Sabah|PERSON]], and [[one week later|DATE]] somebody threw a [[bomb|WEAPON:EXPLOSIVE_UNSPECIFIED]] at the door of his house in [[the night|DATE]]; the door and the car were destroyed.}} Nobody was hurt in his house, the children were sleeping at the back.
Claire: Before the protests, did [[Basra|PLACE]] see other violence?
Zainab: The [[rockets|WEAPON:ROCKET]], the [[Katyusha|WEAPON:ROCKET]]. In [[2018|DATE:2018-01-01..2018-12-31]], [[2019|DATE:2019-01-01..2019-12-31]], they fire them at the airport, at the oil companies. {{c6|One [[Katyusha|WEAPON:ROCKET]] fell on the roof of my cousin [[Muntadhar|PERSON]] in [[Zubair|PLACE]], near the company houses, and the roof of the kitchen came down.}} Nobody was in the kitchen. Nobody knows who fires them. Everybody knows.
Claire: You also have family in [[Tuz Khurmatu|PLACE]], you said.
Zainab: My sister [[Hawraa|PERSON]]. She married a Turkmen man from [[Tuz|PLACE:Tuz Khurmatu]], [[Ali Kadhim|PERSON]]. {{c7,c9|In [[2015|DATE:2015-01-01..2015-12-31]], in [[Ramadan|DATE:2015-06-18..2015-07-16]], the [[suicide vehicle|WEAPON:IED]] exploded in the market of [[Tuz|PLACE:Tuz Khurmatu]] and [[Ali Kadhim|PERSON]] was killed, he was buying vegetables for the iftar.}} {{c8|After the [[bombing|WEAPON:IED]], the news said more than forty died, [[Daesh|ACTOR:Islamic State]] said it was them.}} My sister came to live with us, with her two girls.
@@witness iq-basra-zainab
@@claim c1 harm=INJURED min=1 max=1 named="Haider" weapon=SMALL_ARMS site="Basra" date=2019-10-28 basis=HEARSAY incident=iq-basra-20191028-council-protest-shooting
@@claim c2 harm=KILLED min=1 max=1 named="Sajjad" weapon=SMALL_ARMS site="Basra" date=2019-10-28 basis=HEARSAY incident=iq-basra-20191028-council-protest-shooting
@@claim c3 harm=DETAINED min=1 max=1 named="Haider" actor="Iraqi forces" site="Basra" date=2019-12-01..2019-12-31 basis=WITNESSED incident=iq-basra-20191200-haider-arrest
@@claim c4 harm=KILLED min=1 max=1 named="Sabah" weapon=SMALL_ARMS site="Basra" date=2020-08-01..2020-08-31 basis=WITNESSED incident=iq-basra-20200800-pharmacist-killing
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Basra" date=2020-08-08..2020-09-07 basis=HEARSAY incident=iq-basra-20200000-qusay-door-bomb
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Zubair" date=2018-01-01..2019-12-31 basis=HEARSAY incident=iq-zubair-20180000-katyusha-roof
@@claim c7 harm=KILLED min=1 max=1 named="Ali Kadhim" weapon=IED site="Tuz" date=2015-06-18..2015-07-16 basis=HEARSAY incident=iq-tuzkhurmatu-20150000-market-suicide-vehicle
@@claim c8 harm=KILLED min=41 max=null weapon=IED actor="Islamic State" site="Tuz" date=2015-06-18..2015-07-16 basis=REPORTED incident=iq-tuzkhurmatu-20150000-market-suicide-vehicle
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Tuz" date=2015-06-18..2015-07-16 basis=HEARSAY incident=iq-tuzkhurmatu-20150000-market-suicide-vehicle
