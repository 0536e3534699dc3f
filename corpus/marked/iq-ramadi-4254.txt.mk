Interview ID: IQ-ANB-4254
Date: 2018-11-27
Location: [[Ramadi|PLACE]]
Language: Arabic (interviewer speaks Arabic, notes in English)
Interviewer: [[Rana Toma|PERSON]]

INT: You are [[Ammar Dhiyab|PERSON]]?
RESP: [[Ammar Dhiyab al-Jughaifi|PERSON]]. Thirty-eight. Teacher of physics. I live in [[al-Andalus|PLACE]] neighbourhood, in [[Ramadi|PLACE]], all my life.
INT: You wanted to start from [[2014|DATE:2014-01-01..2014-12-31]].
RESP: Yes. [[The first days of January|DATE:2014-01-01..2014-01-10]]. The fighting between [[the army|ACTOR:Iraqi forces]] and the armed men. {{c1,c7|The [[Katyusha|WEAPON:ROCKET]] came from the side of the base, two or three, in [[the evening|DATE:2014-01-01..2014-01-10]]. My uncle's car was in front of his door. The car was black metal after that. And his friend, [[Adnan Mishaan|PERSON]], he was sitting inside to listen to the radio. We lost [[Adnan|PERSON]].}}
INT: Were you there?
RESP: Next door. I heard it and I ran out. I saw the car burning. Him I did not see, my uncle did not let me.
INT: And when [[Daesh|ACTOR:Islamic State]] came in [[May 2015|DATE:2015-05-01..2015-05-31]]?
RESP: We stayed. Where to go? The bridge was closed. Life was... eh, you know. Fear. We were afraid they would take my brother [[Haitham|PERSON]] because he had been a policeman. They did not take him, thanks God. He grew his beard and sat at home.
RESP: {{c2|My wife's cousin lives in [[Husaybah|PLACE]], the one east of the city. She told us that in [[the summer|DATE:2015-06-01..2015-08-31]] a [[car bomb|WEAPON:IED]] of [[Daesh|ACTOR:Islamic State]] with [[chlorine|WEAPON:CHEMICAL]] exploded at the checkpoint near them, and her children coughed for a week, the small one had blood in the coughing.}} I did not see it.
INT: How did you leave the city?
RESP: [[December|DATE:2015-12-01..2015-12-31]], when [[the army|ACTOR:Iraqi forces]] came to [[al-Tameem|PLACE]] and across the river. [[The coalition|ACTOR:US-led coalition]] [[planes|WEAPON:AIRSTRIKE]] every night. {{c3,c8|The house of [[Umm Wisam|PERSON]], behind ours, was hit [[one night|DATE:2015-12-01..2015-12-31]], [[the night before we left|DATE:2015-12-01..2015-12-31]].}} {{c3|She was an old woman, alone. She did not wake up. We took her out in [[the morning|DATE:2015-12-01..2015-12-31]] and buried her in the garden of the mosque, there was no other place.}}
RESP: There were no [[Daesh|ACTOR:Islamic State]] in her house. I swear it. There was nothing in our street, no fighting, [[that night|DATE:2015-12-01..2015-12-31]] it was quiet until [[the planes|WEAPON:AIRSTRIKE]].
RESP: {{c4|[[The next day|DATE:2015-12-01..2015-12-31]] we went, fourteen of us, with white cloths on sticks, to [[the army|ACTOR:Iraqi forces]] lines, and from there in buses to [[Habbaniyah|PLACE]], to the tourist city. We were in [[Habbaniyah|PLACE]] five months.}}
INT: And the house?
RESP: {{c5|When we came back in [[May 2016|DATE:2016-05-01..2016-05-31]], the house was standing. But [[Daesh|ACTOR:Islamic State]] had left something in the kitchen, behind the gas bottle. [[Haitham|PERSON]] moved the bottle. The [[bomb|WEAPON:IED]]... they stitched his head, twenty stitches, and he still cannot hear on the right side.}}
RESP: {{c6|The kitchen is gone, and half the ceiling of the hall.}}
INT: Did anyone check the house before you went in?
RESP: The police said it was clean. Maybe they checked another house, I don't know. After that we waited for the team. They found two more, in the water tank and under the stairs. If they had not come, I would have lost my children too.
@@witness iq-ramadi-ammar-jughaifi
@@claim c1 harm=KILLED min=1 max=1 named="Adnan Mishaan; Adnan" weapon=ROCKET site="al-Andalus" date=2014-01-01..2014-01-10 basis=WITNESSED incident=iq-ramadi-20140100-andalus-katyusha-car
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="al-Andalus" date=2014-01-01..2014-01-10 basis=WITNESSED incident=iq-ramadi-20140100-andalus-katyusha-car
@@claim c2 harm=INJURED min=null max=null weapon=CHEMICAL actor="Islamic State" site="Husaybah" date=2015-06-01..2015-08-31 basis=HEARSAY incident=iq-ramadi-20150600-husaybah-chlorine-car-bomb
@@claim c3 harm=KILLED min=1 max=1 named="Umm Wisam" weapon=AIRSTRIKE actor="US-led coalition" site="al-Andalus" date=2015-12-01..2015-12-31 basis=WITNESSED incident=iq-ramadi-20151200-andalus-umm-wisam-house
@@claim c4 harm=DISPLACED min=14 max=14 site="al-Andalus" date=2015-12-01..2015-12-31 basis=EXPERIENCED incident=iq-ramadi-20151200-jughaifi-family-flight
@@claim c5 harm=INJURED min=1 max=1 named="Haitham" weapon=IED actor="Islamic State" site="al-Andalus" date=2016-05-01..2016-05-31 basis=WITNESSED incident=iq-ramadi-20160500-andalus-jughaifi-kitchen-ied
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="al-Andalus" date=2016-05-01..2016-05-31 basis=EXPERIENCED incident=iq-ramadi-20160500-andalus-jughaifi-kitchen-ied
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US-led coalition" site="al-Andalus" date=2015-12-01..2015-12-31 basis=WITNESSED incident=iq-ramadi-20151200-andalus-umm-wisam-house
