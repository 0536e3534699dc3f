Interview ID: IQ-TAF-4253
Date: 9 February 2018
Place of interview: [[Hammam al-Alil|PLACE]] camp, [[Nineveh|PLACE]]
Language: Turkmen and Arabic, interpreted into English
Interviewer: [[Jonas Weber|PERSON]]
Interpreter: [[Aysel Bayatli|PERSON]]

Q: Please say your name, and where you lived.
A: [[Sabah Khalil al-Beg|PERSON]]. From [[Tal Afar|PLACE]], [[al-Nasr|PLACE]] neighbourhood, near the grain silos.
[Interpreter: his name is [[Sabah|PERSON]], like the word for morning. He laughs, he says everybody makes this joke.]
Q: You stayed in [[Tall Afar|PLACE:Tal Afar]] under [[ISIS|ACTOR:Islamic State]]?
A: Yes. Three years. In [[June 2014|DATE:2014-06-01..2014-06-30]], when they came, our Shia neighbours, the family of [[Abbas Kahya|PERSON]], they went in [[the same night|DATE:2014-06-01..2014-06-30]], to [[Sinjar|PLACE]] and then to the south. {{c1|They left with what they were wearing, the door open, the food on the fire. I saw them go, eleven people in one pick-up.}}
Q: Were you or your family harmed by [[ISIS|ACTOR:Islamic State]] in those years?
A: {{c2|My brother [[Hazim|PERSON]], in [[2015|DATE:2015-01-01..2015-12-31]], they took him to the citadel because they found cigarettes in his pocket. He spent twenty days with them. He came home with his back blue from the cable.}}
A: My father, God have mercy on him, he died in [[2012|DATE:2012-01-01..2012-12-31]], of sugar, before all this. I say it so you do not write him with the others.
Q: Tell me about [[August 2017|DATE:2017-08-01..2017-08-31]].
A: The operation started, [[the planes|WEAPON:AIRSTRIKE]] every night. [[Daesh|ACTOR:Islamic State]] put a [[machine gun|WEAPON:SMALL_ARMS]] on the roof of the house of [[Abu Falah|PERSON]], two houses from us. We were afraid [[the planes|WEAPON:AIRSTRIKE]] will hit the whole street. We did not sleep.
A: {{c3,c10|On [[the 22nd|DATE:2017-08-22]], [[after the dawn prayer|DATE:2017-08-22]], the [[air strike|WEAPON:AIRSTRIKE]] came on that house. The roof came down. [[Abu Falah|PERSON]] was not there, but his wife [[Khadija|PERSON]] and the three girls were in the back room. We dug with our hands until noon. We carried them to the small cemetery behind the silos, four of them, in blankets.}}
A: The two [[Daesh|ACTOR:Islamic State]] on the roof, they were killed also. They were fighting, that is their business.
Q: Was your house damaged?
A: {{c4|The windows, all. And a wall of the guest room fell into the yard.}} {{c10|Not like [[Abu Falah|PERSON]]'s house, his house is just a hole now.}}
Q: When did you leave [[Tal Afar|PLACE]]?
A: [[Two days later|DATE:2017-08-24]]. [[Daesh|ACTOR:Islamic State]] were running to [[al-Ayadiya|PLACE]] and the [[mortars|WEAPON:MORTAR]] were falling from both sides. One fell in the street when we were going out, nobody was hurt from it, God protected us.
A: {{c5|We went out on foot, my mother, my wife, the six children, my brother [[Hazim|PERSON]] and his family, nineteen people, toward [[the army|ACTOR:Iraqi forces]] side, to the south.}}
A: {{c6|On the path near the old quarry, my nephew [[Ridha|PERSON]], he is fourteen, stepped on something. A [[mine|WEAPON:LANDMINE]], or an [[IED|WEAPON:IED]] they left, I don't know the difference. His foot, there is no foot now. Only to the ankle.}}
[Interpreter: he shows with his hand, below the knee.]
A: Yes, below the knee, I said it wrong.
Q: Who helped him?
A: [[The army|ACTOR:Iraqi forces]]. The soldiers at the line, they carried him to their Humvee. They did not shoot at us, they gave us water. I must say this. {{c6|The ambulance took him to [[Mosul|PLACE]], to the hospital in [[Hamdaniya|PLACE]], I think, and they cut the rest there.}}
Q: And after?
A: {{c8|They checked the men at [[al-Kisik|PLACE]], names on a computer. My cousin [[Muwaffaq|PERSON]], they put him in the car, his name was like the name of some [[Daesh|ACTOR:Islamic State]]. Five months now. His wife goes to the court in [[Tal Afar|PLACE]] every week.}}
A: {{c5|We came here, to [[Hammam al-Alil|PLACE]], [[three days before Eid al-Adha|DATE:2017-08-29]]. We have been in tents since.}}
A: People said the silos were blown up by [[Daesh|ACTOR:Islamic State]] before they left. No, the silos are standing, I saw them from the road. Only burned.
@@witness iq-talafar-sabah-khalil-beg
@@claim c1 harm=DISPLACED min=11 max=11 actor="Islamic State" site="al-Nasr" date=2014-06-01..2014-06-30 basis=WITNESSED incident=iq-talafar-20140600-kahya-family-flight
@@claim c2 harm=DETAINED min=1 max=1 named="Hazim" actor="Islamic State" site="Tal Afar" date=2015-01-01..2015-12-31 basis=WITNESSED incident=iq-talafar-20150000-hazim-citadel-detention
@@claim c3 harm=KILLED min=4 max=4 named="Khadija" weapon=AIRSTRIKE site="al-Nasr" date=2017-08-22 basis=WITNESSED incident=iq-talafar-20170822-nasr-abufalah-house-airstrike
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Nasr" date=2017-08-22 basis=EXPERIENCED incident=iq-talafar-20170822-nasr-abufalah-house-airstrike
@@claim c5 harm=DISPLACED min=19 max=19 named="Hazim" site="Tal Afar" date=2017-08-24 basis=EXPERIENCED incident=iq-talafar-20170824-beg-family-flight
@@claim c6 harm=INJURED min=1 max=1 named="Ridha" weapon=LANDMINE site="Tal Afar" date=2017-08-24 basis=WITNESSED incident=iq-talafar-20170824-quarry-path-ridha-mine
@@claim c8 harm=DETAINED min=1 max=1 named="Muwaffaq" actor="Iraqi forces" site="al-Kisik" date=2017-08-24..2017-08-31 basis=WITNESSED incident=iq-kisik-20170800-muwaffaq-screening-detention
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Nasr" date=2017-08-22 basis=WITNESSED incident=iq-talafar-20170822-nasr-abufalah-house-airstrike
