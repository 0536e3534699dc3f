Interview ID: LB-BJ-4057
Date: 2011-05-10
Location: [[Bint Jbeil|PLACE]], south [[Lebanon|PLACE]]
Language: Arabic
Interviewer: [[Paul Mercier|PERSON]]
Interpreter: [[Rana Haidar|PERSON]]

INT: Good morning. Please introduce yourself.
RESP: [[Zeinab Jaber|PERSON]], [[Umm Ali|PERSON]]. I am fifty-one. I have lived all my life in [[Bint Jbeil|PLACE]], in the house of my father near [[al-Birkeh|PLACE]], the old pool in the middle of the town. My husband died in a car accident on the road to [[Tyre|PLACE]] in [[2003|DATE:2003-01-01..2003-12-31]], so I am in the house with my son [[Ali|PERSON]].
INT: We are speaking about the war of [[2006|DATE:2006-01-01..2006-12-31]]. When did the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] reach your part of [[Bint Jbeil|PLACE]]?
RESP: From [[the first days|DATE:2006-07-12..2006-07-16]]. But the day I will never forget is [[the Monday|DATE:2006-07-17]], [[the sixth day of the war|DATE:2006-07-17]]. [[Five o'clock in the afternoon|DATE:2006-07-17]], more or less.
RESP: I was at the window of the kitchen, because there was no water and I was watching for the tank of the neighbour. I heard [[the planes|WEAPON:AIRSTRIKE]] of [[the enemy|ACTOR:Israeli forces]], you hear them always, but this time the sound came down, down.
RESP: {{c1|The house of [[Abu Hussein Saad|PERSON]], opposite us across the pool, it was hit and it fell, two floors, in front of my eyes.}} My windows came on me, I had glass in my hair for a week.
INT: Who was in the house?
RESP: {{c2|Seven died. [[Abu Hussein|PERSON]], his wife [[Rabab|PERSON]], their son [[Hussein|PERSON]], the wife of [[Hussein|PERSON]], and their three children. The youngest was [[Nour|PERSON]], two years.}} [pause] {{c2|I saw the men of the civil defence take them out [[the next day|DATE:2006-07-18]], one by one, I counted from my window.}}
RESP: They had no nour in the house for days, no light, no electricity, and they called the baby [[Nour|PERSON]]. Sorry. This is what I think when I remember.
INT: Were there fighters near the house?
RESP: [[The Resistance|ACTOR:Hezbollah]] was in the town, everybody knows, the young men were fighting in the streets on the east side, by the [[Maroun al-Ras|PLACE]] road. Some of them were killed in the fighting, they were fighters, this is their choice. But in the house of [[Abu Hussein|PERSON]] there were only the family. He was seventy-five years old.
RESP: {{c3,c8|And [[the same day|DATE:2006-07-17]] my cousin [[Ghada|PERSON]] phoned from [[Aynata|PLACE]], the village next to us, screaming, [[the planes|WEAPON:AIRSTRIKE]] hit the house of the [[Khanafer|PERSON]] family, two are dead.}} That was another house, another village. People later mix the two.
INT: When did you leave [[Bint Jbeil|PLACE]]?
RESP: {{c4|[[The 22nd of July|DATE:2006-07-22]]. Twelve of us in two cars, with white sheets on the roof, to [[Tyre|PLACE]], and from [[Tyre|PLACE]] to [[Beirut|PLACE]], to a school in [[Hamra|PLACE]].}} The radio said [[the Israelis|ACTOR:Israeli forces]] will hit every car on the roads. If we stayed we would die, if we left we could die. We left.
INT: And when you came back?
RESP: {{c5|[[After the ceasefire|DATE:2006-08-15]], [[the 15th of August|DATE:2006-08-15]]. My house was standing, but without the roof on one side.}} {{c7|Half of [[Bint Jbail|PLACE:Bint Jbeil]] was stones, the old souk, all of it.}}
RESP: Then there was the other problem, the [[cluster bombs|WEAPON:CLUSTER_MUNITION]]. Small, like a battery, with a white ribbon. In the gardens, in the tobacco, on the roofs.
RESP: {{c6|My nephew [[Hadi|PERSON]], twelve years, picked one up in the tobacco field of his father, on the road to [[Aynata|PLACE]]. It was [[the first Sunday of September|DATE:2006-09-03]]. It took two fingers of his right hand, and a small piece went in his eye.}}
RESP: {{c6|I saw his hand when they brought him to my door, [[Kamal|PERSON]] his father was carrying him, running.}}
INT: Did anybody warn you about the [[cluster bombs|WEAPON:CLUSTER_MUNITION]]?
RESP: Later, yes, the teams came with red signs. But the children had already picked many. The tobacco of that year nobody harvested.
@@witness lb-bintjbeil-zeinab-jaber
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="al-Birkeh" date=2006-07-17 basis=WITNESSED incident=lb-bintjbeil-20060717-birkeh-saad-house
@@claim c2 harm=KILLED min=7 max=7 named="Abu Hussein Saad; Rabab; Hussein; Nour" weapon=AIRSTRIKE actor="Israeli forces" site="al-Birkeh" date=2006-07-17 basis=WITNESSED incident=lb-bintjbeil-20060717-birkeh-saad-house
@@claim c3 harm=KILLED min=2 max=2 weapon=AIRSTRIKE site="Aynata" date=2006-07-17 basis=HEARSAY incident=lb-aynata-20060717-khanafer-house
@@claim c4 harm=DISPLACED min=12 max=12 site="Bint Jbeil" date=2006-07-22 basis=EXPERIENCED incident=lb-bintjbeil-20060722-jaber-family-flight
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Bint Jbeil" date=2006-07-12..2006-08-14 basis=WITNESSED incident=lb-bintjbeil-20060000-jaber-house
@@claim c6 harm=INJURED min=1 max=1 named="Hadi" weapon=CLUSTER_MUNITION date=2006-09-03 basis=WITNESSED incident=lb-bintjbeil-20060903-tobacco-field-bomblet
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="Bint Jbail" date=2006-07-12..2006-08-14 basis=WITNESSED incident=lb-bintjbeil-20060000-old-souk-destruction
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Aynata" date=2006-07-17 basis=HEARSAY incident=lb-aynata-20060717-khanafer-house
