Witness interview (transcript)
Interview ID: IQ-MSL-4904
Date of interview: 14 October 2017
Place of interview: [[Hasansham|PLACE]] camp, [[Nineveh|PLACE]]
Language: Arabic (Moslawi)
Interviewer: [[Pieter Jansen|PERSON]]
Interpreter: [[Lana Kareem|PERSON]]
Q: Please tell me your name and where you lived in [[Mosul|PLACE]].
A: [[Salem Mahmoud al-Obaidi|PERSON]], [[Abu Yahya|PERSON]]. Fifty-two. I lived in the [[Old City|PLACE]], in [[al-Maydan|PLACE]], three hundred metres from the [[Tigris|PLACE]]. My shop was in [[Bab al-Saray|PLACE]], fabrics for women, for thirty years.
Q: Is the shop still there?
A: No. {{c1|In [[March|DATE:2017-03-01..2017-03-31]], at [[night|DATE:2017-03-01..2017-03-31]], an [[air strike|WEAPON:AIRSTRIKE]] hit the market of [[Bab al-Saray|PLACE]]. My neighbour in the market, [[Abu Nashwan|PERSON]], told me [[the next morning|DATE:2017-03-01..2017-03-31]]: eleven shops in the row burned, mine with them, all the fabric.}} I did not go to see it. [[Daesh|ACTOR:Islamic State]] had closed the market, nobody could go.
Q: Tell me about the day you left the [[Old City|PLACE]].
A: It was, eh, [[Ramadan|DATE:2017-05-27..2017-06-25]]. [[The 22nd of Ramadan|DATE:2017-06-17]], [[the Saturday|DATE:2017-06-17]]. We ate the suhur, and [[before the dawn prayer|DATE:2017-06-17]] we went out, because we heard the soldiers of [[the golden division|ACTOR:Iraqi forces]] were at the end of our street, near the river.
A: We were about forty people. Six families from our street and some others, with a white sheet on a stick. [[Daesh|ACTOR:Islamic State]] had said they would kill anybody who leaves, but if we stayed we would die anyway, from hunger or from [[the planes|WEAPON:AIRSTRIKE]].
A: {{c2|When we came to the open ground by the river, the [[Daesh|ACTOR:Islamic State]] [[snipers|WEAPON:SMALL_ARMS]] started shooting from behind us, from a minaret, I think, or from a roof. I saw five fall. The son of my neighbour, [[Mustafa|PERSON]], sixteen years. [[Umm Saad|PERSON]] and her sister. Two men I did not know, from [[Bab Lagash|PLACE]]. They did not move again. We could not take them, we left them on the ground.}}
A: {{c3|My wife [[Sahar|PERSON]] was hit in the leg, above the knee, and the bone broke. I carried her on my back to [[the soldiers|ACTOR:Iraqi forces]].}} {{c3|Now she cannot walk, only with the frame, and the doctors say maybe never without it.}}
Q: Were other people hurt?
A: {{c7|Yes. A dozen, maybe, the people said later, wounded in the legs, in the back.}} I don't know exactly. I was looking only at my wife.
Q: Who was shooting? Are you sure?
A: [[Daesh|ACTOR:Islamic State]]. From behind us, from the side of the old houses. [[The soldiers|ACTOR:Iraqi forces]] were in front of us and they did not shoot at us, they were shouting, run, run. I am sure.
Q: Do you know how many died [[that morning|DATE:2017-06-17]]?
A: {{c4|Later, in the camp, the people from our street said six died. The sixth was an old man, Hajji [[Sabri|PERSON]]. He was hit in the stomach and he died in the car on the way to the clinic.}}
[Interpreter: Hajji is what they call an old man who made the pilgrimage; the man's name was [[Sabri|PERSON]].]
Q: What happened after [[the soldiers|ACTOR:Iraqi forces]] took you?
A: They took us in a Humvee to a clinic in a house, then an ambulance took [[Sahar|PERSON]] to [[Hamdaniya hospital|PLACE]]. Me they sent with the others to [[Hammam al-Alil|PLACE]], for the checking.
A: {{c5|At [[Hammam al-Alil|PLACE]] [[the security forces|ACTOR:Iraqi forces]] kept me, because my name, [[Salem Mahmoud|PERSON]], is the same as a name on their list. Nineteen days they kept me, in a house with sixty or seventy men, one toilet. Then an officer came and said, it is not you, go.}}
A: Nineteen days I did not know if my wife was alive. When I found her in [[Hamdaniya|PLACE]] she cried and she said, I thought you died also.
Q: Have you been back to [[al-Maydan|PLACE]]?
A: Once, in [[September|DATE:2017-09-01..2017-09-30]]. {{c6|Our house, the front is open to the street, the second floor is on the first floor.}} You cannot enter, they say there are [[bombs|WEAPON:IED]] of [[Daesh|ACTOR:Islamic State]] still in the houses. I took a photo and I came back.
Q: Is there anything you want to add?
A: The boy, [[Mustafa|PERSON]]. His mother asks everybody if they saw where he was buried. Nobody knows. Please, if somebody knows, tell her.
@@witness iq-mosul-salem-obaidi
@@claim c1 harm=PROPERTY_DAMAGE min=11 max=11 weapon=AIRSTRIKE site="Bab al-Saray" date=2017-03-01..2017-03-31 basis=HEARSAY incident=iq-mosul-20170300-babalsaray-market-airstrike
@@claim c2 harm=KILLED min=5 max=5 named="Mustafa; Umm Saad" weapon=SMALL_ARMS actor="Islamic State" site="al-Maydan" date=2017-06-17 basis=WITNESSED incident=iq-mosul-20170617-maydan-crossing-snipers
@@claim c3 harm=INJURED min=1 max=1 named="Sahar" weapon=SMALL_ARMS actor="Islamic State" site="al-Maydan" date=2017-06-17 basis=WITNESSED incident=iq-mosul-20170617-maydan-crossing-snipers
@@claim c4 harm=KILLED min=6 max=6 named="Sabri" weapon=SMALL_ARMS actor="Islamic State" site="al-Maydan" date=2017-06-17 basis=HEARSAY incident=iq-mosul-20170617-maydan-crossing-snipers
@@claim c5 harm=DETAINED min=1 max=1 named="Salem Mahmoud" actor="Iraqi forces" site="Hammam al-Alil" date=2017-06-17..2017-06-18 basis=EXPERIENCED incident=iq-hammamalalil-20170600-obaidi-screening
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="al-Maydan" basis=WITNESSED incident=iq-mosul-20170000-maydan-obaidi-house
@@claim c7 harm=INJURED min=12 max=12 weapon=SMALL_ARMS actor="Islamic State" site="al-Maydan" date=2017-06-17 basis=HEARSAY incident=iq-mosul-20170617-maydan-crossing-snipers
