id: SLD-2906
interview_date: 2015-08-30
place: Kirkuk, Iraq
language: Arabic

INT: Thank you for coming. Can you give me your name?
RESP: [[Qahtan Salim al-Douri|PERSON]]. I am from [[Tikrit|PLACE]], the [[al-Qadisiya|PLACE]] quarter. I worked in the electricity department, before.
INT: When did [[ISIS|ACTOR:Islamic State]] come to [[Tikrit|PLACE]]?
RESP: [[The 11th of June|DATE:2014-06-11]], [[last year|DATE:2014-01-01..2014-12-31]], the day after [[Mosul|PLACE]]. Very fast. In [[the morning|DATE:2014-06-11]] we woke up and they were at [[al-Zuhour roundabout|PLACE]], no, eh, the [[Zuhour roundabout|PLACE:al-Zuhour roundabout]], with the black flag. The police were gone already.
INT: Did they harm your family?
RESP: {{c1|My brother [[Raad|PERSON]] was a police officer. [[Three days after they came|DATE:2014-06-14]], four of them came to our house [[after the maghrib|DATE:2014-06-14]] and they dragged him out in front of my mother.}} They said only questions, he will come back tomorrow. {{c2|He never came back. We asked in the court of [[Daesh|ACTOR:Islamic State]], they said we don't know this name. We still do not know where he is.}}
INT: I am sorry. And you?
RESP: Me, they checked my papers many times at the checkpoints, they looked on my phone. Once they said we will take you to the sharia court because of my cigarettes. But I paid a fine and they left me. That is all.
INT: Do you know anything about [[al-Alam|PLACE]]?
RESP: My wife is from [[al-Alam|PLACE]], from the [[Jubouri|PERSON]] family. They fought [[Daesh|ACTOR:Islamic State]] for two weeks, the tribe alone. {{c3|When [[Daesh|ACTOR:Islamic State]] entered, at [[the end of June|DATE:2014-06-21..2014-06-30]], people told us they took the men of the fighting families, between 10 and 15 from my wife's family alone.}} {{c4|And they blew up the houses of the sheikhs, six houses, with [[explosives|WEAPON:EXPLOSIVE_UNSPECIFIED]], we saw it on their video, on the internet.}}
INT: When did you leave [[Tikrit|PLACE]]?
RESP: {{c5|In [[March|DATE:2015-03-01..2015-03-31]], when the big operation started. [[The second day|DATE:2015-03-03]], my family, fourteen people, we went out by the river road at [[night|DATE:2015-03-03]] to [[Samarra|PLACE]] side.}} The [[Hashd|ACTOR:Popular Mobilization Forces]] and [[the army|ACTOR:Iraqi forces]] were coming from [[al-Dour|PLACE]] and from the south.
INT: Did you see any attacks while leaving?
RESP: {{c6|Yes. On the road, before [[al-Dour|PLACE]], a [[mortar|WEAPON:MORTAR]]... no, I think it was a [[rocket|WEAPON:ROCKET]], a [[Katyusha|WEAPON:ROCKET]], fell near the car in front of us. The driver, [[Ismail|PERSON]], he was killed, and his wife was wounded.}} We don't know from which side. Everybody was firing.
INT: After the city was retaken, did you return?
RESP: No. I did not go. {{c7|My cousin [[Luay|PERSON]] went in [[April|DATE:2015-04-01..2015-04-30]]. He told me our street, half of it is burned, the houses of [[al-Qadisiya|PLACE]] and the shops, they burned them after the fighting.}} He does not know who. Some say the [[Hashd|ACTOR:Popular Mobilization Forces]], some say [[Daesh|ACTOR:Islamic State]] put [[bombs|WEAPON:IED]] in the houses before leaving. {{c8|Our own house, [[the planes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:US-led coalition]] hit it at [[the end of March|DATE:2015-03-21..2015-03-31]], there was a [[Daesh|ACTOR:Islamic State]] [[sniper|WEAPON:SMALL_ARMS]] on the roof of the neighbour, [[Luay|PERSON]] said, so now it is just a hole and the walls.}}
INT: Were you ever arrested after leaving [[Tikrit|PLACE]]?
RESP: {{c9|Yes, in [[Samarra|PLACE]], at the checkpoint of the [[Hashd|ACTOR:Popular Mobilization Forces]], they arrested me with my two sons, [[Ali|PERSON]] and [[Hamza|PERSON]]. They held us in a basement for twelve days.}} Every night questions, who do you know in [[Daesh|ACTOR:Islamic State]], who. {{c10|[[Hamza|PERSON]] was beaten until his ear was bleeding.}} Then a sheikh from our tribe came and they let us go, all three.
INT: Is there anything about chemicals? People mentioned gas.
RESP: {{c11|Yes, near [[al-Alam|PLACE]], in [[the spring|DATE:2015-03-01..2015-05-31]], the TV said [[Daesh|ACTOR:Islamic State]] used a [[chlorine bomb|WEAPON:CHEMICAL]] against [[the army|ACTOR:Iraqi forces]], and some soldiers were choking, they took them to hospital.}} But I did not see it. I was already in [[Kirkuk|PLACE]].
@@claim c1 harm=DETAINED min=1 max=1 named="Raad" actor="Islamic State" site="Tikrit" date=2014-06-14 basis=WITNESSED incident=iq-tikrit-20140614-raad-taken
@@claim c2 harm=MISSING min=1 max=1 named="Raad" actor="Islamic State" site="Tikrit" date=2014-06-14 basis=EXPERIENCED incident=iq-tikrit-20140614-raad-taken
@@claim c3 harm=DETAINED min=10 max=15 actor="Islamic State" site="al-Alam" date=2014-06-21..2014-06-30 basis=HEARSAY incident=iq-alalam-20140627-tribal-men-abducted
@@claim c4 harm=PROPERTY_DAMAGE min=6 max=6 weapon=EXPLOSIVE_UNSPECIFIED actor="Islamic State" site="al-Alam" date=2014-06-21..2014-06-30 basis=REPORTED incident=iq-alalam-20140600-sheikhs-houses-demolished
@@claim c5 harm=DISPLACED min=14 max=14 site="Tikrit" date=2015-03-03 basis=EXPERIENCED incident=iq-tikrit-20150303-douri-family-flight
@@claim c6 harm=KILLED min=1 max=1 named="Ismail" weapon=ROCKET site="al-Dour" date=2015-03-03 basis=WITNESSED incident=iq-aldour-20150303-road-rocket
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="al-Qadisiya" date=2015-04-01..2015-04-30 basis=HEARSAY incident=iq-tikrit-20150400-qadisiya-burning
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US-led coalition" site="Tikrit" date=2015-03-21..2015-03-31 basis=HEARSAY incident=iq-tikrit-20150300-douri-house-airstrike
@@claim c9 harm=DETAINED min=3 max=3 named="Ali; Hamza" actor="Popular Mobilization Forces" site="Samarra" date=2015-03-01..2015-03-31 basis=EXPERIENCED incident=iq-samarra-20150300-douri-checkpoint-arrest
@@claim c10 harm=INJURED min=1 max=1 named="Hamza" actor="Popular Mobilization Forces" site="Samarra" date=2015-03-01..2015-03-31 basis=WITNESSED incident=iq-samarra-20150300-douri-checkpoint-arrest
@@claim c11 harm=INJURED min=null max=null weapon=CHEMICAL actor="Islamic State" site="al-Alam" date=2015-03-01..2015-05-31 basis=REPORTED incident=iq-alalam-20150000-chlorine-bomb
@@witness iq-tikrit-qahtan-salim-douri
