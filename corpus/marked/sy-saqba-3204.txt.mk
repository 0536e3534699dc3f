@@newline crlf
Interview ID: GHT-3204
Interview date: 21/09/2018
Location: [[Idlib|PLACE]] city
Language: Arabic, English by the interviewer
Interviewer: [[Rami Kanaan|PERSON]]

Q: Please introduce yourself.
A: [[Mazen Hamwi|PERSON]], thirty-one. I am from [[Saqba|PLACE]]. In the siege I was a volunteer with the Civil Defence, the team of [[Saqba|PLACE]] and [[Kafrbatna|PLACE:Kafr Batna]] together, because the two towns are like one, you walk from one to the other.
Q: Let's go to [[the end of February|DATE:2018-02-20..2018-02-28]]. What do you remember of [[the 27th|DATE:2018-02-27]]?
A: This was [[the day of the truce|DATE:2018-02-27]] that was not a truce. The five hours. At [[about twelve|DATE:2018-02-27]] we got the call, [[Kafrbatna|PLACE:Kafr Batna]], the market, [[cluster bombs|WEAPON:CLUSTER_MUNITION]]. We went with the pickup, we were there in maybe ten minutes.
Q: What did you find?
A: {{c1|Bodies between the vegetables. I carried myself four, five... I don't remember exactly, I was not counting, I was carrying.}} Some of the [[small bombs|WEAPON:CLUSTER_MUNITION]] had not exploded, they were in the street like tennis balls, green, and we had to walk between them. {{c2|My friend [[Khaldoun|PERSON]], also a volunteer, he stepped wrong, one went off under the pickup, his leg was torn, he lost it below the knee.}}
Q: How many were killed in total, do you know?
A: {{c3|Our centre wrote fourteen names on the list, this was the official number of the Civil Defence.}} {{c4|But people in [[Kafrbatna|PLACE:Kafr Batna]] said more than twenty, because some families buried their dead at home without telling anybody.}}
Q: Did the same thing happen in [[Saqba|PLACE]] [[that day|DATE:2018-02-27]]?
A: In [[Saqba|PLACE]], different. Not [[cluster|WEAPON:CLUSTER_MUNITION]]. [[The same day|DATE:2018-02-27]], in [[the evening|DATE:2018-02-27]], after the five hours were over, [[the jets|WEAPON:AIRSTRIKE]] came and they dropped the fire, the [[napalm|WEAPON:INCENDIARY]], we call it napalm, I don't know the true name. On the east of [[Saqba|PLACE]], near the [[al-Khalil mosque|PLACE]].
Q: What did it do?
A: {{c5|Four houses burned completely, from the inside, and the fire was on the street itself, on the asphalt, you cannot put it out with water.}} {{c6,c11|An old man, [[Abu Nabil al-Shami|PERSON]], burned in his house, we could not reach him. His daughter-in-law, burns on her arms and her face.}} I saw these with my eyes.
Q: You said before the interview there was [[gas|WEAPON:CHEMICAL]] also.
A: Yes. This was later, in [[March|DATE:2018-03-01..2018-03-31]], I think [[the 8th|DATE:2018-03-08]] or around. At [[night|DATE:2018-03-08]]. We were in the basement of the centre and somebody came running, they said come, there is a smell. {{c7|In the basement of the [[Tabbaa|PERSON]] family, near the square, maybe thirty people, they were coughing, the children had foam on the lips, their eyes red.}} It was [[chlorine|WEAPON:CHEMICAL]], the smell of [[chlorine|WEAPON:CHEMICAL]], like the swimming pool. We washed them with water, we took off their clothes. Nobody died from this one, thank God, I want to say this clearly. Nobody died.
Q: Who used the [[chlorine|WEAPON:CHEMICAL]]?
A: [[The regime|ACTOR:Syrian government forces]]. The [[rockets|WEAPON:ROCKET]] came from the direction of [[Harasta|PLACE]], from [[the army|ACTOR:Syrian government forces]] side, people said. I did not see them fired.
Q: I want to ask about detentions. Were any of your family detained?
A: Not by [[the regime|ACTOR:Syrian government forces]], by our side. {{c8|My cousin [[Marwan|PERSON]], in [[2017|DATE:2017-01-01..2017-12-31]], [[the spring|DATE:2017-03-01..2017-05-31]], [[Jaysh al-Islam|ACTOR:Syrian armed opposition]] took him from his shop in [[Saqba|PLACE]] and kept him five weeks in their prison in [[Douma|PLACE]], [[al-Tawba prison|PLACE]].}} {{c8|He told me later, they hung him by his hands.}} Because he was with [[Faylaq al-Rahman|ACTOR:Syrian armed opposition]] before, and the two groups were fighting then.
Q: And you?
A: Me, they stopped me once, the [[Faylaq|ACTOR:Syrian armed opposition]], on the way to [[Douma|PLACE]], at the [[Misraba|PLACE]] road. They checked the card, they asked what is in the car. It was ten minutes. Nothing.
Q: When did you leave [[Saqba|PLACE]]?
A: {{c9|We came out on the buses, on [[the 24th of March|DATE:2018-03-24]], to the north, my mother, my wife and me. The house, we left the door open.}}
Q: Is the house still standing?
A: {{c10|A neighbour who stayed sent a photo on WhatsApp. The front wall is open like a doll's house, you can see our kitchen from the street.}} I look at it sometimes.
@@claim c1 harm=KILLED min=4 max=5 weapon=CLUSTER_MUNITION site="Kafrbatna" date=2018-02-27 basis=WITNESSED incident=sy-kafrbatna-20180227-market-cluster
@@claim c2 harm=INJURED min=1 max=1 named="Khaldoun" weapon=CLUSTER_MUNITION site="Kafrbatna" date=2018-02-27 basis=WITNESSED incident=sy-kafrbatna-20180227-market-cluster
@@claim c3 harm=KILLED min=14 max=14 site="Kafrbatna" date=2018-02-27 basis=REPORTED incident=sy-kafrbatna-20180227-market-cluster
@@claim c4 harm=KILLED min=21 max=null site="Kafrbatna" date=2018-02-27 basis=HEARSAY incident=sy-kafrbatna-20180227-market-cluster
@@claim c5 harm=PROPERTY_DAMAGE min=4 max=4 weapon=INCENDIARY site="al-Khalil mosque" date=2018-02-27 basis=WITNESSED incident=sy-saqba-20180227-khalil-mosque-incendiary
@@claim c6 harm=KILLED min=1 max=1 named="Abu Nabil al-Shami" weapon=INCENDIARY site="al-Khalil mosque" date=2018-02-27 basis=WITNESSED incident=sy-saqba-20180227-khalil-mosque-incendiary
@@claim c7 harm=INJURED min=30 max=30 named="Tabbaa" weapon=CHEMICAL actor="Syrian government forces" site="Saqba" date=2018-03-08 basis=WITNESSED incident=sy-saqba-20180308-tabbaa-basement-chlorine
@@claim c8 harm=DETAINED min=1 max=1 named="Marwan" actor="Syrian armed opposition" site="Saqba" date=2017-03-01..2017-05-31 basis=HEARSAY incident=sy-saqba-20170400-marwan-taken-tawba
@@claim c9 harm=DISPLACED min=3 max=3 site="Saqba" date=2018-03-24 basis=EXPERIENCED incident=sy-saqba-20180324-hamwi-family-buses
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="Saqba" basis=HEARSAY incident=sy-saqba-20180000-hamwi-house-front-wall
@@claim c11 harm=INJURED min=1 max=1 weapon=INCENDIARY site="al-Khalil mosque" date=2018-02-27 basis=WITNESSED incident=sy-saqba-20180227-khalil-mosque-incendiary
@@witness sy-saqba-mazen-hamwi
