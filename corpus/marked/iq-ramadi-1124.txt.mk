Interview ID: IQ-RMD-1124
Date of interview: 3 May 2016
Place of interview: [[Habbaniyah|PLACE]] tourist city camp, [[Anbar|PLACE]]
Language: Arabic
Interviewer: [[Dieter Vogt|PERSON]]
Interpreter: [[Rana Hadithi|PERSON]]

Q: Please tell me your name and where you are from.
A: [[Abdulrazzaq Hamid Fahdawi|PERSON]]. From [[al-Ramadi|PLACE:Ramadi]], [[al-Malaab|PLACE:Hay al-Malab]] district, the sports district. I was a guard at the provincial council building, the government complex.
Q: Was [[al-Malab|PLACE:Hay al-Malab]] bombed before [[Daesh|ACTOR:Islamic State]] took the city?
A: In [[2014|DATE:2014-01-01..2014-12-31]] [[the helicopters|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Iraqi forces]] threw [[barrels|WEAPON:BARREL_BOMB]] on the edges of the city, but not on our street.
Q: You were at the complex in [[May 2015|DATE:2015-05-01..2015-05-31]]?
A: Yes. [[Friday the 15th|DATE:2015-05-15]]. I will never forget. {{c1|In [[the morning|DATE]], not the afternoon, [[around ten|DATE]], eleven, the first [[suicide vehicle|WEAPON:IED]] came to the wall of the complex, a bulldozer with armour, then a Humvee full of explosives. Three [[car bombs|WEAPON:IED]] in one hour, I counted three, the ground was jumping.}}
A: {{c2|Eleven of my colleagues, the guards and police, died at the gate. I know the names of some: [[Sattar Jabbar|PERSON]], [[Qutaiba Aftan|PERSON]], the young [[Bilal|PERSON]].}} {{c3|I was thrown against the wall, my ear was broken inside, I hear nothing from this side.}}
Q: What happened after the explosions?
A: {{c4|[[Daesh|ACTOR:Islamic State]] fighters came in behind the [[car bombs|WEAPON:IED]] with [[machine guns|WEAPON:SMALL_ARMS]]. They shot everybody in uniform. We ran through the back, through the houses. Four of us escaped, maybe more from other doors.}}
Q: Some people say it was in [[the afternoon|DATE]], [[after the Friday prayer|DATE]].
A: Maybe for them. For me it was [[the morning|DATE]]. Maybe there were more [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]] in [[the afternoon|DATE]], near the mosque. The whole day was [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]]. I don't know.
Q: Did [[the coalition|ACTOR:US-led coalition]] aircraft do anything [[that day|DATE]]?
A: Nothing [[that day|DATE]]. There was no [[air strike|WEAPON:AIRSTRIKE]] that we saw. The sandstorm was very strong, they said the planes could not see. If the planes came, maybe it was different.
Q: How did your family leave?
A: {{c5|[[Two days later|DATE:2015-05-17]], when [[the army|ACTOR:Iraqi forces]] withdrew from the [[Anbar Operations Command|PLACE]], we left on foot towards [[Khalidiya|PLACE]], me, my wife, my mother and four children.}} My mother walked twenty kilometres, at sixty-eight years. We slept one night in the open near the canal, the children crying from the cold and the mosquitoes, and in [[the morning|DATE]] a farmer gave us bread and a little yoghurt.
Q: Did you return to [[Ramadi|PLACE]] after it was retaken in [[December|DATE:2015-12-01..2015-12-31]]?
A: {{c6|I went to see in [[February|DATE:2016-02-01..2016-02-29]]. My house in [[al-Malab|PLACE:Hay al-Malab]] is gone, flat. The neighbours said a [[missile|WEAPON:MISSILE]] from [[the drone|WEAPON:DRONE_STRIKE]] hit it, because [[Daesh|ACTOR:Islamic State]] had a position on the roof. [[The Americans|ACTOR:US-led coalition]], they say.}}
A: {{c7,c9|And the house of my brother [[Khamis|PERSON]] next door, [[the jets|WEAPON:AIRSTRIKE]], in [[December|DATE:2015-12-01..2015-12-31]]. He was in [[Baghdad|PLACE]], but his neighbour's family, the [[Alwani|PERSON]] family, who stayed, lost a grandmother, Hajja [[Sabiha|PERSON]], the old lady [[Sabiha Nawaf|PERSON]], under the roof.}}
Q: Were there other dangers in the neighbourhood?
A: {{c8|The houses were full of [[booby traps|WEAPON:IED]]. [[Daesh|ACTOR:Islamic State]] put them in the doors, in the fridges, in the Qurans even. In [[March|DATE:2016-03-01..2016-03-31]] a family went back too early to [[al-Tameem|PLACE]] district and four died when they opened the door, a man and three children.}} I heard this at the camp, everybody talked about it.
Q: What do you need most now?
A: The ear. I need the operation. And the compensation for the house, they took the papers a year ago, nothing.
Q: Thank you.
A: Thank you. Write that the guards of the complex were brave. Nobody writes about the guards.

@@witness iq-ramadi-abdulrazzaq-fahdawi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="Ramadi" date=2015-05-15 basis=WITNESSED incident=iq-ramadi-20150515-car-bombs
@@claim c2 harm=KILLED min=11 max=11 named="Sattar Jabbar; Qutaiba Aftan; Bilal" weapon=IED actor="Islamic State" site="Ramadi" date=2015-05-15 basis=WITNESSED incident=iq-ramadi-20150515-car-bombs
@@claim c3 harm=INJURED min=1 max=1 weapon=IED actor="Islamic State" site="Ramadi" date=2015-05-15 basis=EXPERIENCED incident=iq-ramadi-20150515-car-bombs
@@claim c4 harm=KILLED min=null max=null weapon=SMALL_ARMS actor="Islamic State" site="Ramadi" date=2015-05-15 basis=WITNESSED incident=iq-ramadi-20150515-car-bombs
@@claim c5 harm=DISPLACED min=7 max=7 actor="Islamic State" site="Ramadi" date=2015-05-17 basis=EXPERIENCED incident=iq-ramadi-20150517-fall
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="US-led coalition" site="al-Malab" date=2015-05-17..2016-02-29 basis=HEARSAY incident=iq-ramadi-20150000-fahdawi-house
@@claim c7 harm=KILLED min=1 max=1 named="Sabiha Nawaf" weapon=AIRSTRIKE site="al-Malab" date=2015-12-01..2015-12-31 basis=HEARSAY incident=iq-ramadi-20151200-alwani-house
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null named="Khamis" weapon=AIRSTRIKE site="al-Malab" date=2015-12-01..2015-12-31 basis=HEARSAY incident=iq-ramadi-20151200-alwani-house
@@claim c8 harm=KILLED min=4 max=4 weapon=IED actor="Islamic State" site="al-Tameem" date=2016-03-01..2016-03-31 basis=HEARSAY incident=iq-ramadi-20160300-tameem-boobytrap
