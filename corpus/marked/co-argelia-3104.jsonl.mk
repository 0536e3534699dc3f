id: co-argelia-3104
interview_date: 2023-06-20
place: Argelia, Cauca, Colombia
language: Spanish, English notes by interviewer

Q: You drive a mototaxi in [[Argelia|PLACE]]?
A: Yes, since [[2015|DATE:2015-01-01..2015-12-31]]. Between [[Argelia|PLACE]] and [[El Plateado|PLACE]], and the veredas. Everybody knows me as "[[Caleño|PERSON]]", because my mother is from [[Cali|PLACE]]. The name is [[Hernán Mosquera|PERSON]].
Q: Were you in [[El Plateado|PLACE]] during the carnival in [[February|DATE:2023-02-01..2023-02-28]]?
A: I was. [[The Sunday|DATE]], no, [[the Saturday|DATE:2023-02-18]], [[the first day of the carnival|DATE:2023-02-18]]. I had brought a lady to the market. We heard the first [[cylinder|WEAPON:MORTAR]] explode at the football field, and then, pum, pum, many.
A: {{c1|One of the [[cilindros|WEAPON:MORTAR]] fell on the health post, the puesto de salud. I saw the dust go up over the roofs, I was at the corner of the bakery, one block.}}
A: {{c2|I took a nurse in my moto, [[Yuri|PERSON]], she had blood in the ear, and a girl with her mother, to the ambulance at the exit of the town.}}
Q: How many people died?
A: {{c3|Two, they say, Don [[Arcesio|PERSON]], the one of the lottery, and a woman from [[La Emboscada|PLACE]] who was buying medicines, I don't know her name.}} I did not see the bodies. [[Caicedo|PERSON]], my colleague, he saw them, he told me [[that night|DATE:2023-02-18]].
Q: Who was firing?
A: The [[cilindros|WEAPON:MORTAR]] come from [[the dissidents|ACTOR:FARC dissidents]], the people of the [[Carlos Patiño|ACTOR:FARC dissidents]] front, they had the hill. [[The army|ACTOR:Colombian armed forces]] fired back with the [[machine gun|WEAPON:SMALL_ARMS]] from the field.
Q: Have you yourself been stopped by armed groups?
A: Many times. Stopped, that is every day. [[The army|ACTOR:Colombian armed forces]] at the bridge checks the papers of the moto, the cédula, they look in my bag, "go ahead". That is nothing.
A: {{c4|But [[last September|DATE:2022-09-01..2022-09-30]] [[the dissidents|ACTOR:FARC dissidents]] took me. I had carried a man to [[Puerto Rico|PLACE]], a vereda, and they said that man was a policeman in civil clothes. They tied my hands and held me nine days in a camp in the mountain, sleeping on plastic.}}
A: {{c5|And my moto, they burned it. I saw it, they made me watch. The tank exploded, the seat melted, finished.}}
Q: How did you get out?
A: My mother and the priest of [[Argelia|PLACE]], Father [[Orlando|PERSON]], they went up and talked. On [[the ninth day|DATE:2022-09-01..2022-10-31]] they let me go. I walked down to [[El Plateado|PLACE]] without shoes.
Q: Was the man you carried also taken?
A: I never saw him again. Maybe he went another way, maybe not. I do not know if he was really a policeman.
Q: You mentioned a colleague who disappeared.
A: {{c6|"[[Chino|PERSON]]". [[Harold Guzmán|PERSON]]. In [[January|DATE:2023-01-01..2023-01-31]], [[the Monday after Reyes|DATE:2023-01-09]], he took a passenger to [[La Emboscada|PLACE]] and he did not come back. His moto also, nothing. Five months now.}}
A: His wife went to the Personería, and they put his photo on the Facebook of the mototaxis of [[Argelia|PLACE]]. Nothing.
Q: Has there been any explosion in [[Argelia|PLACE]] town itself?
A: {{c7|In [[June of last year|DATE:2022-06-01..2022-06-30]], a [[moto bomba|WEAPON:IED]], a [[motorcycle with explosives|WEAPON:IED]], at the entrance of the town, near the police. The windows of the whole block blew in, the pharmacy of Doña [[Mireya|PERSON]] and the shop of cell phones, the glass all over the street.}}
A: {{c8|The radio said three people were wounded, one a policeman.}} I was in [[El Plateado|PLACE]], I came back in [[the afternoon|DATE:2022-06-01..2022-06-30]] and saw the glass.
Q: And [[landmines|WEAPON:LANDMINE]] on your routes?
A: People say the road to [[Puerto Rico|PLACE]] has [[mines|WEAPON:LANDMINE]] on the sides. None of us mototaxis has stepped on one, thanks to God. We do not go off the road, never, not even to pee.
Q: Thank you, [[Hernán|PERSON]].
A: Write that the nurse is alive. [[Yuri|PERSON]]. I think she went to [[Popayán|PLACE]].

@@witness co-argelia-hernan-mosquera
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="El Plateado" date=2023-02-18 basis=WITNESSED incident=co-argelia-20230218-el-plateado-health-post-tatucos
@@claim c2 harm=INJURED min=2 max=2 named="Yuri" weapon=MORTAR site="El Plateado" date=2023-02-18 basis=WITNESSED incident=co-argelia-20230218-el-plateado-health-post-tatucos
@@claim c3 harm=KILLED min=2 max=2 named="Arcesio" weapon=MORTAR site="El Plateado" date=2023-02-18 basis=HEARSAY incident=co-argelia-20230218-el-plateado-health-post-tatucos
@@claim c4 harm=DETAINED min=1 max=1 actor="FARC dissidents" site="Puerto Rico" date=2022-09-01..2022-09-30 basis=EXPERIENCED incident=co-argelia-20220900-caleno-mototaxi-held
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null actor="FARC dissidents" site="Puerto Rico" date=2022-09-01..2022-09-30 basis=WITNESSED incident=co-argelia-20220900-caleno-mototaxi-held
@@claim c6 harm=MISSING min=1 max=1 named="Chino; Harold Guzmán" site="La Emboscada" date=2023-01-09 basis=HEARSAY incident=co-argelia-20230109-chino-guzman-missing
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Argelia" date=2022-06-01..2022-06-30 basis=WITNESSED incident=co-argelia-20220600-town-entrance-moto-bomba
@@claim c8 harm=INJURED min=3 max=3 weapon=IED site="Argelia" date=2022-06-01..2022-06-30 basis=REPORTED incident=co-argelia-20220600-town-entrance-moto-bomba
