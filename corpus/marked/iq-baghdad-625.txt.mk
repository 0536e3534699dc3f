Interview ID: IQ-BGD-625
Date: 14 January 2017
Location: [[Baghdad|PLACE]], [[Iraq|PLACE]]
Language: Arabic, some English
Interviewer: [[Peter Håkansson|PERSON]]
Interpreter: [[Ban Yaseen|PERSON]]

INT: Thank you for meeting us in your shop. Please tell me your name.
RESP: [[Karrar al-Saadi|PERSON]]. This is my juice shop, in [[al-Karrada|PLACE:Karrada]], on the inside street, [[Karrada Dakhil|PLACE]]. Twelve years. Pomegranate, orange, banana with milk. Everybody knows [[Karrar|PERSON]]'s juice.
INT: You told us about a [[car bomb|WEAPON:IED]] here in [[2016|DATE:2016-01-01..2016-12-31]].
RESP: Yes. [[Two weeks before Ramadan|DATE:2016-05-20..2016-05-24]], in [[May|DATE:2016-05-01..2016-05-31]]. At [[night|DATE:2016-05-20..2016-05-24]], maybe ten, eleven, when the young people come for juice after the football. A car was parked in front of the mobile phone shop, three shops from me. A white Kia. Nobody noticed it.
INT: What happened?
RESP: It exploded. The [[car bomb|WEAPON:IED]]. I was behind the counter, the fridge fell on me, this saved me, I think. {{c2|My worker, [[Muqtada Sattar|PERSON]], nineteen, he was on the pavement with the glasses. He died.}} [pause] {{c2|Between ten and twelve people died in the street, I saw many of them, boys, and one girl, [[Mariam Kadhim|PERSON]], she was maybe twelve, she came with her father [[Abu Mariam|PERSON]] for juice.}} He lived. {{c3|Many wounded, thirty, more.}}
INT: Were you hurt?
RESP: {{c4|My arm, here, the glass, and my ears, for one month I heard only whistling.}} {{c5|The shop, all the front, the glass, the fridges, finished.}}
INT: Was there any target nearby, a checkpoint or an office?
RESP: No. No police, no army, no party office in this part of the street. Shops and young people. If I had closed ten minutes later, I would be with [[Muqtada|PERSON]] now. Maybe that is better, I don't know. [crying]
INT: Do you know who was responsible?
RESP: {{c6|[[Daesh|ACTOR:Islamic State]] wrote on the internet [[the next day|DATE:2016-05-21..2016-05-25]] that they did it, they said they killed twenty Rafidha.}} They always say more. Rafidha is what they call the Shia.
INT: Were you here in [[July|DATE:2016-07-01..2016-07-31]], at the time of the big [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]]?
RESP: The big one, yes, in [[Ramadan|DATE:2016-06-06..2016-07-05]], [[a few days before Eid|DATE:2016-07-02..2016-07-04]]. It was at [[al-Hadi centre|PLACE]] and the other shops, fifteen minutes from me, walking. [[After the suhoor|DATE:2016-07-03]], no, before, [[after midnight|DATE:2016-07-03]]. I was at home. I heard it. I did not go there, I could not, after May. {{c7|The television said more than two hundred died}}, {{c12|some say three hundred, people burned inside the shops.}} A [[truck bomb|WEAPON:IED]], they said, in the crowd of the Eid shopping.
INT: Did you lose anyone there?
RESP: {{c8|A neighbour, the son of [[Umm Haidar|PERSON]], [[Mustafa Jasim|PERSON]], he worked in the clothes shop at the centre. They found only his watch.}}
INT: You also mentioned [[Sadr City|PLACE]].
RESP: My cousin [[Muntazer|PERSON]] sells vegetables in [[al-Muraidi market|PLACE]], in [[Madinat al-Sadr|PLACE:Sadr City]]. {{c9,c13|[[Three days before Eid al-Adha|DATE:2016-09-09]], a [[car bomb|WEAPON:IED]] exploded in the market, in [[the morning|DATE:2016-09-09]], when it was full for the Eid.}} {{c9|[[Muntazer|PERSON]] was hit in the back and the legs, he is still walking with crutches.}} {{c10|He says more than thirty died, he saw them from the ground.}}
INT: Have there been other attacks on your family?
RESP: This is not the first time. {{c11|My brother [[Nabras|PERSON]], in [[2006|DATE:2006-01-01..2006-12-31]], in the bad days, gunmen stopped his car on the [[Mohammed al-Qasim highway|PLACE]] and killed him with [[machine guns|WEAPON:SMALL_ARMS]]. People in the next cars heard the [[gunfire|WEAPON:SMALL_ARMS]] and did not stop.}} Nobody knows who. One militia, another militia. He was twenty-five. [pause] [[Baghdad|PLACE]] is like this. You make juice, you open in the morning, you thank God in the evening.
@@claim c2 harm=KILLED min=10 max=12 named="Muqtada Sattar; Mariam Kadhim" weapon=IED site="Karrada Dakhil" date=2016-05-20..2016-05-24 basis=WITNESSED incident=iq-baghdad-20160522-karrada-juice-shops-car-bomb
@@claim c3 harm=INJURED min=30 max=null weapon=IED site="Karrada Dakhil" date=2016-05-20..2016-05-24 basis=WITNESSED incident=iq-baghdad-20160522-karrada-juice-shops-car-bomb
@@claim c4 harm=INJURED min=1 max=1 weapon=IED site="Karrada Dakhil" date=2016-05-20..2016-05-24 basis=EXPERIENCED incident=iq-baghdad-20160522-karrada-juice-shops-car-bomb
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Karrada Dakhil" date=2016-05-20..2016-05-24 basis=EXPERIENCED incident=iq-baghdad-20160522-karrada-juice-shops-car-bomb
@@claim c6 harm=KILLED min=20 max=20 weapon=IED actor="Islamic State" site="Karrada Dakhil" date=2016-05-20..2016-05-24 basis=REPORTED incident=iq-baghdad-20160522-karrada-juice-shops-car-bomb
@@claim c7 harm=KILLED min=201 max=null weapon=IED site="al-Hadi centre" date=2016-07-03 basis=REPORTED incident=iq-baghdad-20160703-karrada-hadi-centre
@@claim c8 harm=KILLED min=1 max=1 named="Mustafa Jasim" weapon=IED site="al-Hadi centre" date=2016-07-03 basis=HEARSAY incident=iq-baghdad-20160703-karrada-hadi-centre
@@claim c9 harm=INJURED min=1 max=1 named="Muntazer" weapon=IED site="al-Muraidi market" date=2016-09-09 basis=HEARSAY incident=iq-baghdad-20160909-sadrcity-muraidi-market-car-bomb
@@claim c10 harm=KILLED min=31 max=null weapon=IED site="al-Muraidi market" date=2016-09-09 basis=HEARSAY incident=iq-baghdad-20160909-sadrcity-muraidi-market-car-bomb
@@claim c11 harm=KILLED min=1 max=1 named="Nabras" weapon=SMALL_ARMS site="Mohammed al-Qasim highway" date=2006-01-01..2006-12-31 basis=HEARSAY incident=iq-baghdad-20060000-nabras-alsaadi-killing
@@claim c12 harm=KILLED min=300 max=300 weapon=IED site="al-Hadi centre" date=2016-07-03 basis=HEARSAY incident=iq-baghdad-20160703-karrada-hadi-centre
@@claim c13 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="al-Muraidi market" date=2016-09-09 basis=HEARSAY incident=iq-baghdad-20160909-sadrcity-muraidi-market-car-bomb
@@witness iq-baghdad-karrar-alsaadi
