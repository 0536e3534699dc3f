Interview ID: CO-PGZ-825
Interview date: 14/10/2023
Place of interview: [[Mocoa|PLACE]], [[Putumayo|PLACE]]
Language: Spanish (interpreted; the interpreter's remarks are in brackets)
Interviewer: [[Lucas Ferreira|PERSON]]

Q: Can you say your name and your community?
A: [[Wilson Jamioy|PERSON]], I am Inga on my mother's side. I am the president of the junta of the vereda [[El Cedro|PLACE]], in [[Puerto Guzmán|PLACE]]. Was president. Now I am here.
Q: Why did you come to [[Mocoa|PLACE]]?
A: Because I was on the list. The [[Carolina Ramírez|ACTOR:FARC dissidents]], the front of [[the dissidents|ACTOR:FARC dissidents]] that controls the river, they put out a list of people who have to leave in forty-eight hours. Nine names. Mine was number four.
[Interpreter: he says "la lista", the list, and "la Carolina", the name of the front.]
Q: When was that?
A: In [[July|DATE:2023-07-01..2023-07-31]], [[the 10th|DATE:2023-07-10]], more or less. {{c1|I left [[the same night|DATE:2023-07-10]], with my wife [[Clara|PERSON]] and my two small ones, [[Yesica|PERSON]] and [[Jhoan|PERSON]], on the motorbike, through the mud, to [[Puerto Guzman|PLACE:Puerto Guzmán]] town and then the bus.}}
Q: Were the others on the list harmed?
A: {{c2|One did not leave. Don [[Evelio|PERSON]], [[Evelio Chindoy|PERSON]], the old teacher, he said "I am seventy, where will I go". They killed him in his house [[a week later|DATE:2023-07-17]], with [[gunfire|WEAPON:SMALL_ARMS]], at [[night|DATE]].}} His daughter called me crying. I did not see it, I was already here.
Q: Did you see other violence in [[El Cedro|PLACE]] before you left?
A: The [[mines|WEAPON:LANDMINE]]. {{c3|In [[March|DATE:2023-03-01..2023-03-31]], a boy of eleven, [[Juan Esteban|PERSON]], the son of [[Ovidio|PERSON]], stepped on a [[mine|WEAPON:LANDMINE]] on the path to the school, the short path by the stream.}} {{c3|He died there. I carried him with his father, in a hammock, two hours.}} [pause]
[Interpreter: he is silent for a moment.]
A: After that, the children walk the long way, one hour more. The teachers made a sign with the skull. There are more [[mines|WEAPON:LANDMINE]] there, nobody has taken them out.
Q: Who put the [[mines|WEAPON:LANDMINE]]?
A: To stop [[the army|ACTOR:Colombian armed forces]], and to stop the other group, the ones from the border. Everybody puts. But on that path, the [[Carolina|ACTOR:FARC dissidents]] was the one in the area.
Q: Were there attacks with [[explosives|WEAPON:EXPLOSIVE_UNSPECIFIED]] on the town?
A: {{c4|Yes, on the police station in [[Puerto Guzmán|PLACE]], in [[2022|DATE:2022-01-01..2022-12-31]], in [[November|DATE:2022-11-01..2022-11-30]], with [[tatucos|WEAPON:MORTAR]], the homemade [[mortars|WEAPON:MORTAR]].}} {{c4,c7|Two fell on the house of a family next to the station, the [[Muchavisoy|PERSON]] family, and the grandmother was injured, and a child.}} The police were not hurt, they were in their trenches.
Q: Was there also [[drone|WEAPON:DRONE_STRIKE]] use?
A: [[This year|DATE:2023-01-01..2023-12-31]], yes, I heard. Not in my vereda. In [[Puerto Guzmán|PLACE]] they say a [[drone|WEAPON:DRONE_STRIKE]] dropped something on the army base, but I don't know if somebody was hurt.
Q: Are other families from [[El Cedro|PLACE]] displaced?
A: {{c6|Of the nine on the list, seven left, with their families, maybe thirty people in all.}} {{c5|And after they killed [[Evelio|PERSON]], another twelve families, more or less, left also, because of fear.}} The vereda was eighty families. Now it is maybe fifty.
Q: Did you report to the authorities?
A: To the Personería, yes, here in [[Mocoa|PLACE]]. They wrote everything. They said they will study the case. [laughs] The case. Study.
Q: Is there something you want to add?
A: Only that [[Juan Esteban|PERSON]] wanted to be a footballer. He played with a ball of plastic bags. That's all.
@@witness co-puertoguzman-wilson-jamioy
@@claim c1 harm=DISPLACED min=4 max=4 named="Wilson Jamioy; Clara; Yesica; Jhoan" actor="FARC dissidents" site="El Cedro" date=2023-07-10 basis=EXPERIENCED incident=co-puertoguzman-20230710-el-cedro-list-displacement
@@claim c2 harm=KILLED min=1 max=1 named="Evelio; Evelio Chindoy" weapon=SMALL_ARMS site="El Cedro" date=2023-07-17 basis=HEARSAY incident=co-puertoguzman-20230717-evelio-chindoy-killing
@@claim c3 harm=KILLED min=1 max=1 named="Juan Esteban" weapon=LANDMINE site="El Cedro" date=2023-03-01..2023-03-31 basis=WITNESSED incident=co-puertoguzman-20230300-el-cedro-school-path-mine
@@claim c4 harm=INJURED min=2 max=2 named="Muchavisoy" weapon=MORTAR site="Puerto Guzmán" date=2022-11-01..2022-11-30 basis=HEARSAY incident=co-puertoguzman-20221100-police-station-tatucos
@@claim c6 harm=DISPLACED min=30 max=30 actor="FARC dissidents" site="El Cedro" date=2023-07-10..2023-10-14 basis=HEARSAY incident=co-puertoguzman-20230710-el-cedro-list-displacement
@@claim c5 harm=DISPLACED min=12 max=12 site="El Cedro" date=2023-07-17..2023-10-14 basis=HEARSAY incident=co-puertoguzman-20230700-el-cedro-fear-displacement
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Puerto Guzmán" date=2022-11-01..2022-11-30 basis=HEARSAY incident=co-puertoguzman-20221100-police-station-tatucos
