WITNESS STATEMENT - INTERVIEW TRANSCRIPT
Interview ID: SD-GZR-4555
Interview date: 3 July 2026
Location: [[Faisal|PLACE]], [[Giza|PLACE]], [[Egypt|PLACE]]
Language: Arabic (Sudanese), English in parts
Interviewer: [[Hannah Okafor|PERSON]]
Interpreter: [[Mazin Elfatih|PERSON]]
Q: Can you say your name and where you are from?
A: My name is [[Mohanad Abdelmoniem Elhag|PERSON]]. I am from [[Wad Alnoura|PLACE:Wad al-Nourah]], in [[Gezira|PLACE:Al Jazirah]], west of [[Wad Madani|PLACE]]. I was a student of agriculture in the [[University of Gezira|PLACE]], in [[Madani|PLACE:Wad Madani]].
Q: Were you in [[Wad Madani|PLACE]] when the war came there?
A: {{c1|Yes. When the [[RSF|ACTOR:Rapid Support Forces]] entered [[Madani|PLACE:Wad Madani]], in [[December|DATE:2023-12-01..2023-12-31]], I ran from the hostel [[the same night|DATE:2023-12-19]], [[the 19th|DATE:2023-12-19]], with three friends, on foot, to my village.}} It is maybe forty kilometres. We slept in the canal. In the village it was quiet for some months. We thought, they will not come to a small village of farmers.
Q: What happened in [[June|DATE:2024-06-01..2024-06-30]]?
A: [[The 5th|DATE:2024-06-05]]. Ten days before the big Eid. Early, [[after the fajr|DATE:2024-06-05]], they came from the north side, maybe thirty, forty cars. {{c2|First the [[shells|WEAPON:ARTILLERY]], they fell on the houses near the mosque, one house of mud just went down.}} Then the cars came inside and they were shooting with the [[Dushka|WEAPON:SMALL_ARMS]] at anybody in the street.
Q: Where were you?
A: In our house, on the east side. {{c3|My mother went out to bring my small brother from the neighbours, and a [[bullet|WEAPON:SMALL_ARMS]] hit her in the leg, here, in the thigh.}} I pulled her inside. We lay on the floor, I don't know, three hours, four hours.
Q: Did you see people killed?
A: {{c4|Yes. When the [[shooting|WEAPON:SMALL_ARMS]] stopped, near [[the dhuhr|DATE:2024-06-05]], I went out. In our street I saw the body of my uncle, Hajj [[Elnour Elhag|PERSON]], in front of his shop. And my friend [[Karim Babiker|PERSON]], twenty-four, we studied together in the secondary.}} Allah karim. [pause] I am sorry.
Q: Take your time.
A: {{c5|In [[the evening|DATE:2024-06-05]] we buried them. The people made a big grave in the yard of the school, because we could not go to the cemetery, they were still at the edge of the village. I carried, I counted thirty-eight in that grave, myself.}}
Q: We have heard different numbers for [[Wad al-Nourah|PLACE]].
A: Yes, everybody has a number. {{c6|The resistance committee read a list in the mosque [[three days after|DATE:2024-06-08]], a hundred and four names, with the children.}} Some were buried in other places, some in the fields, so thirty-eight is only what I saw. On the Facebook I saw more, two hundred, but I cannot say that.
Q: Some people also talked about [[gas|WEAPON:CHEMICAL]].
A: Some people said the [[RSF|ACTOR:Rapid Support Forces]] used [[chemical weapons|WEAPON:CHEMICAL]] in [[Wad an-Noura|PLACE:Wad al-Nourah]]. I don't think so. It was the smoke of the houses burning and the dust. I did not see people coughing, nothing like that.
Q: Did they take anyone?
A: {{c7|They took my cousin [[Musab|PERSON]] and [[Omer Eltayeb|PERSON]], our neighbour, they tied them and put them in the back of the car.}} They said "you are the Kizan, you are with [[the army|ACTOR:Sudanese Armed Forces]]". [[Musab|PERSON]] they released [[after a week|DATE:2024-06-12]] near [[Managil|PLACE:Al Managil]], they beat him very much. {{c8|[[Omer|PERSON]], until now, nothing.}}
INTERPRETER: Kizan is what people call the Islamists of the old regime.
Q: Was there fighting in the village? Were there soldiers of [[the army|ACTOR:Sudanese Armed Forces]]?
A: No army. Some young men had old guns, for the cows, for the thieves. Two of them shot at the cars, yes, and they were killed fighting, I will not lie to you. But the others were farmers, women, children.
Q: What happened after?
A: {{c9|[[Two days later|DATE:2024-06-07]], [[the plane|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] came, [[the Antonov|WEAPON:AIRSTRIKE]], and it bombed at the west edge, where the [[RSF|ACTOR:Rapid Support Forces]] cars were sitting. It destroyed the house of [[Abu Hadia|PERSON]], the old store of grain.}} There was nobody inside, the family had gone already. If the plane came on [[the 5th|DATE:2024-06-05]], maybe it could help us, but it came after.
Q: When did you leave?
A: {{c10|[[The same week|DATE:2024-06-07..2024-06-11]]. Me, my mother on a donkey cart, my brothers, my sisters, seven of us. To [[Managil|PLACE:Al Managil]], then to [[Kassala|PLACE]], then after one year to [[Egypt|PLACE]].}}
Q: How is your mother?
A: She walks. With a stick, but she walks. She says each day the names of the ones in the grave.
@@witness sd-wadalnourah-mohanad-elhag
@@claim c1 harm=DISPLACED min=4 max=4 actor="Rapid Support Forces" site="Madani" date=2023-12-19 basis=EXPERIENCED incident=sd-wadmadani-20231219-elhag-student-flight
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Rapid Support Forces" site="Wad Alnoura" date=2024-06-05 basis=WITNESSED incident=sd-wadalnoura-20240605-village-attack
@@claim c3 harm=INJURED min=1 max=1 weapon=SMALL_ARMS actor="Rapid Support Forces" site="Wad Alnoura" date=2024-06-05 basis=WITNESSED incident=sd-wadalnoura-20240605-village-attack
@@claim c4 harm=KILLED min=2 max=2 named="Elnour Elhag; Karim Babiker" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Wad Alnoura" date=2024-06-05 basis=WITNESSED incident=sd-wadalnoura-20240605-village-attack
@@claim c5 harm=KILLED min=38 max=38 actor="Rapid Support Forces" site="Wad Alnoura" date=2024-06-05 basis=WITNESSED incident=sd-wadalnoura-20240605-village-attack
@@claim c6 harm=KILLED min=104 max=104 site="Wad al-Nourah" date=2024-06-05 basis=REPORTED incident=sd-wadalnoura-20240605-village-attack
@@claim c7 harm=DETAINED min=2 max=2 named="Musab; Omer Eltayeb" actor="Rapid Support Forces" site="Wad al-Nourah" date=2024-06-05 basis=WITNESSED incident=sd-wadalnoura-20240605-village-attack
@@claim c8 harm=MISSING min=1 max=1 named="Omer" actor="Rapid Support Forces" site="Wad al-Nourah" date=2024-06-05 basis=HEARSAY incident=sd-wadalnoura-20240605-village-attack
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Wad al-Nourah" date=2024-06-07 basis=WITNESSED incident=sd-wadalnourah-20240607-antonov-west-edge
@@claim c10 harm=DISPLACED min=7 max=7 site="Wad al-Nourah" date=2024-06-07..2024-06-11 basis=EXPERIENCED incident=sd-wadalnourah-20240607-elhag-family-flight
