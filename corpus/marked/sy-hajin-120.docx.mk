WITNESS INTERVIEW
Interview ID: DEZ-120
Date of interview: 4 April 2019
Place of interview: [[al-Hol|PLACE]] camp, [[al-Hasakah|PLACE]]
Language: Arabic
Interviewer: [[Ingrid Solberg|PERSON]]
Interpreter: [[Yasmin Khoury|PERSON]]
Q: Please tell me your name and where you are from.
A: [[Saleh Hamad al-Shuwaikh|PERSON]]. From [[Hajin|PLACE]], in the countryside of [[Deir al-Zor|PLACE:Deir ez-Zor]], on the river. Before the war I was a driver, I drove the trucks of vegetables to [[Deir ez-Zor|PLACE]] city.
Q: Until when did you stay in [[Hajin|PLACE]]?
A: Until [[January|DATE:2019-01-01..2019-01-31]]. [[Daesh|ACTOR:Islamic State]] did not let anybody go. Who tried to go, they shot. {{c1|My uncle [[Mutlaq|PERSON]] tried in [[October|DATE:2018-10-01..2018-10-31]], with his wife, at [[night|DATE:2018-10-01..2018-10-31]], to the side of the [[SDF|ACTOR:Syrian Democratic Forces]]. The [[sniper|WEAPON:SMALL_ARMS]] of [[Daesh|ACTOR:Islamic State]] killed him near the canal.}} His wife came back alone, in [[the morning|DATE]].
Q: What was happening in the town in [[those months|DATE:2018-10-01..2019-01-31]]?
A: [[The coalition|ACTOR:US-led coalition]] [[planes|WEAPON:AIRSTRIKE]] every day, and the [[artillery|WEAPON:ARTILLERY]] of [[the Americans|ACTOR:US-led coalition]] from the other side of the river, from the [[big guns|WEAPON:ARTILLERY]]. And [[Daesh|ACTOR:Islamic State]] fired [[mortars|WEAPON:MORTAR]] on the villages of the [[SDF|ACTOR:Syrian Democratic Forces]]. We were in the middle.
Q: You told me before about a night with fire.
A: Yes. [[November|DATE:2018-11-01..2018-11-30]]. I think [[the second week|DATE:2018-11-08..2018-11-14]]. [[After midnight|DATE:2018-11-08..2018-11-15]] something opened over [[Hajin|PLACE]], like fireworks, white, many small lights coming down slowly, slowly. Where it falls, it burns. The ground burns, the walls.
Q: What did people call it?
A: [[White phosphorus|WEAPON:INCENDIARY]]. The young men said it. Some said [[napalm|WEAPON:INCENDIARY]]. For me it was white fire.
Q: Was anyone hurt?
A: {{c2|The house of our neighbour [[Abu Dhiab|PERSON]] burned, it was a house of mud and wood, it burned to the ground.}} {{c3|His two children, [[Dhiab|PERSON]] and [[Hala|PERSON]], had burns on the hands and the face, they had run out through the yard.}} I put them in my car and drove them to the clinic, but there was no medicine for burns. We put yoghurt. [pause] Yoghurt.
Q: Who do you think used that weapon?
A: It came from where the [[artillery|WEAPON:ARTILLERY]] of [[the Americans|ACTOR:US-led coalition]] was. [[Daesh|ACTOR:Islamic State]] had no such thing. But I am a driver, I am not an expert.
Q: Were there [[Daesh|ACTOR:Islamic State]] fighters near your house?
A: In our street, no. There was no [[Daesh|ACTOR:Islamic State]] in our street, they were in the centre, near the hospital, and at the front. Maybe they passed in the street at night, I cannot know everything.
Q: Did other members of your family suffer harm?
A: {{c4|My cousin [[Fayez|PERSON]] and his family were in [[al-Shaafa|PLACE]].}} {{c4,c7|In [[December|DATE:2018-12-01..2018-12-31]] an [[air strike|WEAPON:AIRSTRIKE]] hit the house, they said, seven people, the whole family except one girl.}} This I heard from a man who came from [[al-Shaafa|PLACE]]. I did not see.
Q: How did you leave?
A: {{c5|In [[January|DATE:2019-01-01..2019-01-31]], my wife [[Khitam|PERSON]], my mother and our five children, on foot, at [[night|DATE:2019-01-01..2019-01-31]], with a smuggler, to [[al-Bahra|PLACE]] and then to the checkpoint of the [[SDF|ACTOR:Syrian Democratic Forces]].}} The smuggler said, walk behind me, exactly. There were [[mines|WEAPON:LANDMINE]] from [[Daesh|ACTOR:Islamic State]] on the sides of the path. {{c6|A man in the group behind us stepped on a [[mine|WEAPON:LANDMINE]], I heard it and the screaming.}} We did not go back to look. We could not.
Q: Is there anything else you want to say?
A: In [[2016|DATE:2016-01-01..2016-12-31]], in [[Deir ez-Zor|PLACE]] city, I saw the [[barrels|WEAPON:BARREL_BOMB]] of [[the regime|ACTOR:Syrian government forces]]. In [[2018|DATE:2018-01-01..2018-12-31]] I saw the fire of [[the Americans|ACTOR:US-led coalition]]. [[Daesh|ACTOR:Islamic State]] killed my uncle. Everybody hit us. Write that.
@@claim c1 harm=KILLED min=1 max=1 named="Mutlaq" weapon=SMALL_ARMS actor="Islamic State" site="Hajin" date=2018-10-01..2018-10-31 basis=HEARSAY incident=sy-hajin-20181000-mutlaq-canal-sniper
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="US-led coalition" site="Hajin" date=2018-11-08..2018-11-15 basis=WITNESSED incident=sy-hajin-20181100-white-phosphorus
@@claim c3 harm=INJURED min=2 max=2 named="Dhiab; Hala" weapon=INCENDIARY actor="US-led coalition" site="Hajin" date=2018-11-08..2018-11-15 basis=WITNESSED incident=sy-hajin-20181100-white-phosphorus
@@claim c4 harm=KILLED min=7 max=7 named="Fayez" weapon=AIRSTRIKE site="al-Shaafa" date=2018-12-01..2018-12-31 basis=HEARSAY incident=sy-shaafa-20181200-fayez-family-strike
@@claim c5 harm=DISPLACED min=8 max=8 named="Khitam" site="Hajin" date=2019-01-01..2019-01-31 basis=EXPERIENCED incident=sy-hajin-20190100-shuwaikh-family-flight
@@claim c6 harm=INJURED min=1 max=1 weapon=LANDMINE actor="Islamic State" date=2019-01-01..2019-01-31 basis=WITNESSED incident=sy-hajin-20190100-escape-path-mine
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Shaafa" date=2018-12-01..2018-12-31 basis=HEARSAY incident=sy-shaafa-20181200-fayez-family-strike
@@witness sy-hajin-saleh-shuwaikh
