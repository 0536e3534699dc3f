@@encoding utf-16le
Interview ID: AFR-4506
Date of interview: 3 October 2019
Place of interview: [[Sheikh Maqsoud|PLACE]], [[Aleppo|PLACE]]
Language: Kurmanji, with interpretation
Interviewer: [[Maja Eriksen|PERSON]]
Interpreter: [[Rênas Sheikho|PERSON]]
Speaker: [[Gulistan Hemid|PERSON]]

Maja: You are from [[Rajo|PLACE]]?
Gulistan: From [[Raju|PLACE:Rajo]], yes, the town. But when the war on [[Afrin|PLACE]] started I was many times at my sister's in [[Jinderes|PLACE]].
Rênas: She says that in [[Rajo|PLACE]] the [[shelling|WEAPON:ARTILLERY]] was from [[the first days|DATE:2018-01-20..2018-01-31]], because it is very near the border.
Gulistan: {{c1|At [[the beginning of February|DATE:2018-02-01..2018-02-10]] the [[rockets|WEAPON:ROCKET]] fell on our street. The shop of my husband, a shop of sweets, the front of it opened, the glass, the shelves, everything on the floor.}} Nobody was inside. It was at [[night|DATE:2018-02-01..2018-02-10]].
Maja: Did you stay in [[Rajo|PLACE]] after that?
Gulistan: {{c2|No. We went to [[Jinderes|PLACE]], to my sister [[Nazê|PERSON]], me and my four children and my husband [[Şiyar|PERSON]].}} We thought [[Jinderes|PLACE]] was safer. [laughs] It was not safer.
Maja: What happened in [[Jinderes|PLACE]]?
Gulistan: {{c3|[[The 20th of February|DATE:2018-02-20]], a [[shell|WEAPON:ARTILLERY]] fell in the yard of the olive press of the [[Mistefa|PERSON]] family, near my sister's house. It broke the windows and the gate of the press.}} Nothing more. Nobody was hurt, the workers were at lunch.
Gulistan: {{c4|Then [[two weeks later|DATE:2018-03-06]], on [[the 6th of March|DATE:2018-03-06]], [[a Tuesday|DATE:2018-03-06]] I think, [[the planes|WEAPON:AIRSTRIKE]] came and hit the same press. This time it was finished. The press and four houses around it, all destroyed.}}
Maja: Did you see it?
Gulistan: {{c5|I saw it from the roof of my sister. The smoke was black because of the oil. Five people died there, five, the son of the owner and workers.}} [[The next day|DATE:2018-03-07]] we went to the funeral of the boy, [[Nûredîn|PERSON]]. They buried him in the field, not in the cemetery, because of [[the planes|WEAPON:AIRSTRIKE]].
Rênas: She says they were afraid to go to the cemetery.
Maja: When did you leave [[Jinderes|PLACE]]?
Gulistan: {{c6|[[The 10th of March|DATE:2018-03-10]], more or less. Everybody left, the whole town, on tractors, on foot, to [[Shehba|PLACE:Shahba]].}} For ten days there was no water, no bread, no nour, no light.
Maja: And after [[Shahba|PLACE]]?
Gulistan: In [[May|DATE:2018-05-01..2018-05-31]] we went back to [[Rajo|PLACE]], because of the house. The house was standing. People from outside were living in half of the houses of our street.
Gulistan: {{c7|In [[June|DATE:2018-06-01..2018-06-30]], at [[night|DATE:2018-06-01..2018-06-30]], the military police of [[the factions|ACTOR:Syrian National Army]] came into our house. Six or seven men with [[Kalashnikovs|WEAPON:SMALL_ARMS]]. They took [[Şiyar|PERSON]] in his pyjamas.}}
Gulistan: My son [[Loqman|PERSON]], he is fourteen, they asked him his name at the door and they left him.
Maja: Where did they take your husband?
Gulistan: {{c8|They said to [[Maratah prison|PLACE]], in [[Afrin|PLACE]]. A man who came out from there in [[the autumn|DATE:2018-09-01..2018-11-30]] said he saw [[Şiyar|PERSON]] there, thin, with a broken hand.}}
Gulistan: {{c9|After that, no news. Some say he was moved to [[Turkey|PLACE]], some say to [[al-Rai|PLACE]]. I paid two men who promised to bring news. Nothing. More than one year now I don't know if he is alive.}} [crying]
Maja: I am sorry. Was anything else taken from you?
Gulistan: {{c10|Our olive trees. We had more than two hundred trees on the hill behind [[Rajo|PLACE]]. The men of [[the National Army|ACTOR:Syrian National Army]] cut them for wood and sold them, in [[the winter|DATE:2018-12-01..2019-02-28]].}} My brother-in-law [[Reber|PERSON]] saw the stumps.
Maja: Why did you leave [[Rajo|PLACE]] the second time?
Gulistan: {{c11|After [[Şiyar|PERSON]], I was afraid for [[Loqman|PERSON]]. In [[March|DATE:2019-03-01..2019-03-31]] I paid a smuggler and we came here to [[Aleppo|PLACE]], me and the four children.}} If I had stayed, they would have taken [[Loqman|PERSON]] too, I am sure.
@@witness sy-rajo-gulistan-hemid
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Rajo" date=2018-02-01..2018-02-10 basis=WITNESSED incident=sy-rajo-20180200-siyar-sweet-shop-rockets
@@claim c2 harm=DISPLACED min=6 max=6 named="Şiyar" site="Rajo" date=2018-02-01..2018-02-28 basis=EXPERIENCED incident=sy-rajo-20180200-hemid-family-flight
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Jinderes" date=2018-02-20 basis=WITNESSED incident=sy-jinderes-20180220-olive-press-shell
@@claim c4 harm=PROPERTY_DAMAGE min=4 max=4 weapon=AIRSTRIKE site="Jinderes" date=2018-03-06 basis=WITNESSED incident=sy-jinderes-20180305-mistefa-olive-press
@@claim c5 harm=KILLED min=5 max=5 named="Nûredîn" weapon=AIRSTRIKE site="Jinderes" date=2018-03-06 basis=WITNESSED incident=sy-jinderes-20180305-mistefa-olive-press
@@claim c6 harm=DISPLACED min=null max=null site="Jinderes" date=2018-03-10 basis=EXPERIENCED incident=sy-jinderes-20180310-town-exodus
@@claim c7 harm=DETAINED min=1 max=1 named="Şiyar" weapon=SMALL_ARMS actor="Syrian National Army" site="Rajo" date=2018-06-01..2018-06-30 basis=WITNESSED incident=sy-rajo-20180600-siyar-night-arrest
@@claim c8 harm=DETAINED min=1 max=1 named="Şiyar" actor="Syrian National Army" site="Maratah prison" date=2018-06-01..2018-11-30 basis=HEARSAY incident=sy-rajo-20180600-siyar-night-arrest
@@claim c9 harm=MISSING min=1 max=1 named="Şiyar" actor="Syrian National Army" site="Rajo" date=2018-06-01..2018-06-30 basis=EXPERIENCED incident=sy-rajo-20180600-siyar-night-arrest
@@claim c10 harm=PROPERTY_DAMAGE min=201 max=null actor="Syrian National Army" site="Rajo" date=2018-12-01..2019-02-28 basis=HEARSAY incident=sy-rajo-20181200-hemid-olive-trees-cut
@@claim c11 harm=DISPLACED min=5 max=5 site="Rajo" date=2019-03-01..2019-03-31 basis=EXPERIENCED incident=sy-rajo-20190300-hemid-second-flight
