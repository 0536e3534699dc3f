Interview ID: IQ-RMD-1105
Date of interview: 11/06/2017
Place of interview: [[Amiriyat al-Fallujah|PLACE]] camp office
Language: Arabic (Iraqi), interpreted
Interviewer: [[Katrin Almqvist|PERSON]]
Interpreter: [[Zaid al-Rawi|PERSON]]
Q: Please tell us who you are and where you lived.
A: I am [[Khalid Ibrahim al-Dulaimi|PERSON]], [[Abu Omar|PERSON]]... eh, [[Abu Omar|PERSON]], fifty-three. I was a clerk in the municipality. We lived in [[Hay al-Mu'allimin|PLACE]], in [[Ramadi|PLACE]], near the [[Ramadi Grand Mosque|PLACE]].
Q: When did you leave [[Ramadi|PLACE]]?
A: In [[May 2015|DATE:2015-05-01..2015-05-31]], when [[Daesh|ACTOR:Islamic State]] came in. It was [[a Friday|DATE]], I remember, because I was in the mosque. [[The fourteenth|DATE:2015-05-14]]... no, [[the fifteenth|DATE:2015-05-15]]. The fifteenth.
Q: What did you see [[that day|DATE]]?
A: {{c1|[[After the Friday prayer|DATE]] we heard the first [[car bomb|WEAPON:IED]], very big, at the gate of the government compound, then another and another. People said ten, some said more than ten [[suicide vehicles|WEAPON:IED]], armoured, like tanks.}} {{c2|The police of [[Hay al-Malab|PLACE]], my cousin's son [[Mustafa|PERSON]] was with them, he was killed at the checkpoint near the [[al-Malab|PLACE:Hay al-Malab]] market, twenty-two years old.}}
Q: Did you see this yourself?
A: Not [[Mustafa|PERSON]]. His father told me [[the next morning|DATE:2015-05-16]]. The smoke I saw, everybody saw it.
Q: What happened to your family?
A: {{c3|On [[Sunday|DATE:2015-05-17]] they took [[Ramadi|PLACE]] completely, and [[the army|ACTOR:Iraqi forces]] ran. [[That day|DATE:2015-05-17]] we left, eleven of us, my wife, my mother, my seven children, and my brother [[Rafi'|PERSON]] and his wife.}} We walked to the [[Bzeibiz bridge|PLACE]], on the [[Euphrates|PLACE]]. Three days we waited there, under the sun, because they did not let us cross to [[Baghdad|PLACE]] without a sponsor.
Q: Did anything happen to you on the way?
A: {{c4,c9|On the road near [[al-Sufiya|PLACE]], [[Daesh|ACTOR:Islamic State]] shot at the cars. A [[sniper|WEAPON:SMALL_ARMS]] from the side of the grain silos. My brother [[Rafi'|PERSON]] was hit in the shoulder, and a woman in the car before us, I don't know her name, she died.}}
Q: What about your house?
A: I came back in [[summer 2016|DATE:2016-06-01..2016-08-31]] to see it. {{c5|Nothing. One wall only. [[The coalition|ACTOR:US-led coalition]] bombed it, or [[the army|ACTOR:Iraqi forces]] with [[artillery|WEAPON:ARTILLERY]], I don't know which, maybe both.}} The neighbour, Hajj [[Sabri|PERSON]], [[Sabri al-Jumaili|PERSON]], said an [[air strike|WEAPON:AIRSTRIKE]] in [[December|DATE:2015-12-01..2015-12-31]] because [[Daesh|ACTOR:Islamic State]] were using the school next door.
Q: Was anyone in the house then?
A: Nobody of us, we were in the camp. {{c6|But the family of [[Sabri|PERSON]], the [[Jumaili|PERSON]] family, they stayed, they could not leave, [[Daesh|ACTOR:Islamic State]] did not let them. His son [[Salam|PERSON]] and his grandson died in the [[bombardment|WEAPON:AIRSTRIKE]] of [[the planes|WEAPON:AIRSTRIKE]], in [[the end of December|DATE:2015-12-01..2015-12-31]], when [[the Iraqi army|ACTOR:Iraqi forces]] entered [[Hay al-Hawz|PLACE]].}}
Q: How did [[Sabri|PERSON]] get out?
A: [[The army|ACTOR:Iraqi forces]] took them out in [[January|DATE:2016-01-01..2016-01-31]], through the river. He told me this in the camp, sitting like I sit with you. We pray for salam, for peace, and I pray for [[Salam|PERSON]] his son.
Q: Are there still dangers in [[Ramadi|PLACE]]?
A: {{c7|The [[mines|WEAPON:LANDMINE]]. [[Daesh|ACTOR:Islamic State]] left [[mines|WEAPON:LANDMINE]] in the houses, in the fridges, under the doors. In [[April 2016|DATE:2016-04-01..2016-04-30]] my neighbour's boy, [[Yassin Hamad|PERSON]], twelve years old, lost his legs from a [[mine|WEAPON:LANDMINE]] in the garden when the families went back to check.}} {{c8|Between 10 and 15 people in our area were killed by [[mines|WEAPON:LANDMINE]] that year, people say.}}
Q: Do you want to go back?
A: Of course. But to what? If they had not destroyed the bridges, maybe I could work. There is no work. The camp is hard but there is a school for my children.
Q: Thank you, [[Abu Omar|PERSON]].
A: Thank you, and thanks to [[Zaid|PERSON]] for translating, he is also from [[Anbar|PLACE]].
@@witness iq-ramadi-khalid-dulaimi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="Ramadi" date=2015-05-15 basis=WITNESSED incident=iq-ramadi-20150515-car-bombs
@@claim c2 harm=KILLED min=1 max=1 named="Mustafa" weapon=IED actor="Islamic State" site="al-Malab" date=2015-05-15 basis=HEARSAY incident=iq-ramadi-20150515-car-bombs
@@claim c3 harm=DISPLACED min=11 max=11 named="Rafi'" actor="Islamic State" site="Ramadi" date=2015-05-17 basis=EXPERIENCED incident=iq-ramadi-20150517-fall
@@claim c4 harm=INJURED min=1 max=1 named="Rafi'" weapon=SMALL_ARMS actor="Islamic State" site="al-Sufiya" date=2015-05-17 basis=WITNESSED incident=iq-ramadi-20150517-sufiya-road
@@claim c9 harm=KILLED min=1 max=1 weapon=SMALL_ARMS actor="Islamic State" site="al-Sufiya" date=2015-05-17 basis=WITNESSED incident=iq-ramadi-20150517-sufiya-road
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Hay al-Mu'allimin" date=2015-12-01..2015-12-31 basis=WITNESSED incident=iq-ramadi-20151200-muallimin-strike
@@claim c6 harm=KILLED min=2 max=2 named="Salam" weapon=AIRSTRIKE site="Hay al-Hawz" date=2015-12-01..2015-12-31 basis=HEARSAY incident=iq-ramadi-20151200-jumaili-house
@@claim c7 harm=INJURED min=1 max=1 named="Yassin Hamad" weapon=LANDMINE actor="Islamic State" site="Ramadi" date=2016-04-01..2016-04-30 basis=HEARSAY incident=iq-ramadi-20160400-yassin-mine
@@claim c8 harm=KILLED min=10 max=15 weapon=LANDMINE actor="Islamic State" site="Ramadi" date=2016-01-01..2016-12-31 basis=HEARSAY incident=iq-ramadi-20160000-mines
