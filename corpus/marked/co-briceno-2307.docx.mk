Interview ID: CO-BRI-2307
Interview date: 2 April 2023
Location: [[Yarumal|PLACE]], [[Antioquia|PLACE]], in the parish hall
Language: Spanish (English translation by the interviewer)
Interviewer: [[Tomás Echeverri|PERSON]]
Q: Thank you for coming from [[Briceño|PLACE]]. Please tell me who you are.
A: [[Gloria Elena Muñoz|PERSON]]. I am fifty-one. I live in the vereda [[Travesías|PLACE]], in [[Briceno|PLACE:Briceño]], since I married. My husband is [[Arley Zapata|PERSON]].
Q: You told the parish about your son, [[Yeison|PERSON]].
A: Yes. [[Yeison Andrés|PERSON]]. He was nineteen then. {{c1|They came for him on [[the Tuesday after Mother's Day|DATE:2021-05-11]], in [[2021|DATE:2021-01-01..2021-12-31]], [[the 11th of May|DATE:2021-05-11]]. At [[eleven at night|DATE:2021-05-11]], dogs barking, and they knocked with the rifle. Four men, with the armbands of the [[AGC|ACTOR:Clan del Golfo]].}}
A: {{c1,c10|They said only "the boy comes with us, to work, he will be back in fifteen days". [[Arley|PERSON]] said no, and one of them hit him with the [[rifle|WEAPON:SMALL_ARMS]] on the mouth. They took [[Yeison|PERSON]] in his sandals.}}
Q: Were other young men taken [[that night|DATE:2021-05-11]]?
A: {{c2|From [[Travesías|PLACE]], six. I know all the mothers. The son of [[Aurora|PERSON]], the two sons of Don [[Jairo|PERSON]], [[Brayan|PERSON]], [[Yeison|PERSON]] and a boy from [[Palmichal|PLACE]] who worked on the coca.}}
Q: What happened to them?
A: {{c2|Four came back after two weeks, thin, with the feet broken from walking. They said the [[Gaitanistas|ACTOR:Clan del Golfo]] kept them in a camp up in the mountain, carrying food and cable.}} {{c4|[[Yeison|PERSON]] and [[Brayan|PERSON]] did not come back. Almost two years. Nobody tells us anything.}}
Q: Did the ones who came back see your son?
A: [[Wilmar|PERSON]], the son of [[Aurora|PERSON]], says he saw [[Yeison|PERSON]] in the camp the first week, and then they moved him somewhere with [[Brayan|PERSON]]. After that nothing. [crying]
Q: Did you report it?
A: To the Personería, to the Fiscalía in [[Medellín|PLACE]], and to the search unit for the disappeared. When I went to [[Medellín|PLACE]] the bus was stopped by [[the army|ACTOR:Colombian armed forces]] at [[Valdivia|PLACE]], they asked everybody for the cédula and looked in the bags, and then we continued. That is all that happened there.
Q: Were you threatened after you reported?
A: A man came to the store and said, "Señora, if you keep talking, the next one is [[Arley|PERSON]]." They did not do it. But we don't sleep.
Q: Your sister-in-law is a teacher in [[Ituango|PLACE]], in [[Santa Rita|PLACE]]. Do you know about the school there?
A: [[Luz Dary|PERSON]], yes. {{c5|It was [[a Saturday in March|DATE:2022-03-01..2022-03-31]], [[last year|DATE:2022-01-01..2022-12-31]].}} {{c5,c6|[[The drones|WEAPON:DRONE_STRIKE]] of [[the 18|ACTOR:FARC dissidents]] threw [[bombs|WEAPON:DRONE_STRIKE]] at [[the soldiers|ACTOR:Colombian armed forces]] and it fell on the school.}} {{c5|[[Luz|PERSON]] was cut and four children, she told my mother-in-law, four, and they all went in the ambulance to [[Yarumal|PLACE]].}}
A: {{c6|The school, they say the whole roof was gone, it rained inside on the notebooks.}} I did not see. [[Santa Rita|PLACE]] is far from us, one day on the mule.
Q: Was there other violence in [[Travesías|PLACE]] itself?
A: {{c7|In [[June|DATE:2022-06-01..2022-06-30]], [[2022|DATE:2022-01-01..2022-12-31]], there was fighting two days between [[the dissidents|ACTOR:FARC dissidents]] and [[the Clan|ACTOR:Clan del Golfo]] on the hill above. [[Explosives|WEAPON:EXPLOSIVE_UNSPECIFIED]], I don't know which kind, the boom and boom. The trapiche of my brother [[Hernán|PERSON]], the sugarcane mill, was gutted, the roof and the press, everything burned.}}
A: {{c8|And Don [[Aníbal|PERSON]]... [[Aníbal Tuberquia|PERSON]], the one of the little shop at the crossing, they shot him in front of his shop [[the second day|DATE:2022-06-01..2022-06-30]]. With [[gunfire|WEAPON:SMALL_ARMS]] from the road, people say. I heard it from the kitchen but I did not see.}}
Q: Were people killed by [[mines|WEAPON:LANDMINE]] near [[Travesías|PLACE]]?
A: No. Not in our vereda, thanks God, nobody was killed or hurt by [[mines|WEAPON:LANDMINE]]. In [[El Orejón|PLACE]], yes, [[the army|ACTOR:Colombian armed forces]] took out many [[mines|WEAPON:LANDMINE]] there years ago.
Q: Did families leave [[Travesías|PLACE]]?
A: {{c9|After the fighting in [[June|DATE:2022-06-01..2022-06-30]], twelve families went down to [[Briceño|PLACE]] town, maybe fifteen. They are still in the coliseum, some.}} We stayed, for [[Yeison|PERSON]]. If he comes back, somebody must be in the house.
Q: Is there anything you want to add?
A: His photo. Please put his photo. [[Yeison Andrés Zapata Muñoz|PERSON]]. He has a scar on the eyebrow from a fall from the mule, when he was six.
@@witness co-briceno-gloria-elena-munoz
@@claim c1 harm=DETAINED min=1 max=1 named="Yeison Andrés; Yeison" actor="Clan del Golfo" site="Travesías" date=2021-05-11 basis=WITNESSED incident=co-briceno-20210500-travesias-young-men-taken
@@claim c2 harm=DETAINED min=6 max=6 named="Yeison; Brayan" actor="Clan del Golfo" site="Travesías" date=2021-05-11 basis=WITNESSED incident=co-briceno-20210500-travesias-young-men-taken
@@claim c4 harm=MISSING min=2 max=2 named="Yeison; Brayan" actor="Clan del Golfo" site="Travesías" date=2021-05-11 basis=EXPERIENCED incident=co-briceno-20210500-travesias-young-men-taken
@@claim c5 harm=INJURED min=5 max=5 named="Luz" weapon=DRONE_STRIKE actor="FARC dissidents" site="Santa Rita" date=2022-03-01..2022-03-31 basis=HEARSAY incident=co-ituango-20220312-santarita-school-drones
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="FARC dissidents" site="Santa Rita" date=2022-03-01..2022-03-31 basis=HEARSAY incident=co-ituango-20220312-santarita-school-drones
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null named="Hernán" weapon=EXPLOSIVE_UNSPECIFIED site="Travesías" date=2022-06-01..2022-06-30 basis=WITNESSED incident=co-briceno-20220600-travesias-fighting-trapiche
@@claim c8 harm=KILLED min=1 max=1 named="Aníbal; Aníbal Tuberquia" weapon=SMALL_ARMS site="Travesías" date=2022-06-01..2022-06-30 basis=HEARSAY incident=co-briceno-20220600-anibal-tuberquia-killing
@@claim c9 harm=DISPLACED min=12 max=15 site="Travesías" date=2022-06-01..2022-06-30 basis=WITNESSED incident=co-briceno-20220600-travesias-fighting-displacement
@@claim c10 harm=INJURED min=1 max=1 named="Arley" actor="Clan del Golfo" site="Travesías" date=2021-05-11 basis=WITNESSED incident=co-briceno-20210500-travesias-young-men-taken
