Interview ID: YE-ADN-713
Date: 02/12/2019
Place of interview: [[Aden|PLACE]], [[al-Mansoura|PLACE]] (office)
Language: Arabic, interpreted
Interviewer: [[Siobhan Kelly|PERSON]]
Interpreter: [[Marwa Ba-Salem|PERSON]]

Q: Where do you live in [[Aden|PLACE]]?
A: In [[Crater|PLACE]], [[Kraytar|PLACE:Crater]] we say, the old town inside the volcano. I have a small shop for electrical things, near the [[Tawila tanks|PLACE]]. Fifty-one years in [[Crater|PLACE]].
Q: What happened in [[2015|DATE:2015-01-01..2015-12-31]]?
A: When the [[Houthis|ACTOR:Houthis]] came into [[Aden|PLACE]], in [[April|DATE:2015-04-01..2015-04-30]], they were on the mountains around [[Crater|PLACE]], and every day the [[Katyusha|WEAPON:ROCKET]] and the [[hawn|WEAPON:MORTAR]] fell on the streets. [Interpreter: "hawn" is the mortar.]
A: {{c1|In [[the first days of Ramadan|DATE:2015-06-18..2015-06-25]], in [[the afternoon, before iftar|DATE:2015-06-18..2015-06-25]], one [[Katyusha|WEAPON:ROCKET]] fell in our street. My son [[Karim|PERSON]], eleven years, was hit in the leg, the bone broken.}} {{c2|The boy of the neighbour, [[Wadee|PERSON]], he was playing football with him, he died.}} [pause] Eleven years also.
Q: How is [[Karim|PERSON]] now?
A: Allah karim, God is generous. He walks, a little bit with the limp. He wants to be a doctor.
Q: Did you stay in [[Crater|PLACE]] after that?
A: {{c3|No. After [[Karim|PERSON]] was injured we went to my brother [[Adel|PERSON]] in [[Sheikh Othman|PLACE]], all of us, seven people, until [[July|DATE:2015-07-01..2015-07-31]], when [[the Resistance|ACTOR:Yemeni government forces]] and [[the Emiratis|ACTOR:Saudi-led coalition]] pushed the [[Houthis|ACTOR:Houthis]] out.}}
Q: You mentioned a [[bomb|WEAPON:IED]] in [[Khormaksar|PLACE]].
A: Yes. In [[early 2019|DATE:2019-01-01..2019-03-31]], [[January or February|DATE:2019-01-01..2019-02-28]]. I was driving to the airport road to bring goods. {{c4|A [[roadside bomb|WEAPON:IED]] exploded under a pickup of [[the Security Belt|ACTOR:Southern Transitional Council]] on the road near [[al-Arish|PLACE]], three soldiers died and a taxi driver who was next to them, [[Nasr Haidara|PERSON]], people said his name after.}} I was maybe two hundred metres behind. I saw the pickup in the air. {{c8|On [[Aden|PLACE]] TV [[the same night|DATE:2019-01-01..2019-02-28]] they said five were killed.}} Nobody claimed it, some people say [[Daesh|ACTOR:Islamic State]]. I don't know.
Q: And in [[August|DATE:2019-08-01..2019-08-31]] [[this year|DATE]]?
A: The war between the brothers. The [[STC|ACTOR:Southern Transitional Council]] and [[the Presidential Protection|ACTOR:Yemeni government forces]], [[the government|ACTOR:Yemeni government forces]]. It started [[the 7th or the 8th|DATE:2019-08-07..2019-08-08]]. There was fighting in [[Khormaksar|PLACE]] and in [[al-Mualla|PLACE]], near the presidential palace. In [[Crater|PLACE]] itself no fighting, no soldiers in our street.
A: {{c5|But [[two days before Eid al-Adha|DATE:2019-08-09]] a [[mortar|WEAPON:MORTAR]] fell on the roof of our building, the water tanks exploded and the ceiling of my shop came down on the goods.}} {{c6|Our neighbour [[Abu Bassem|PERSON]] was on the stairs, he was cut on the head and the arm.}} His son [[Husayn|PERSON]] carried him down to the car. [Interpreter: in our office we write the son's name as [[Hussein|PERSON]].]
Q: Do you know who fired that [[mortar|WEAPON:MORTAR]]?
A: No. Both sides had [[mortars|WEAPON:MORTAR]]. I will not say one side, I did not see.
A: {{c7|Also in [[al-Mualla|PLACE]], my wife's nephew, [[Anis|PERSON]], twenty-two, the [[sniper|WEAPON:SMALL_ARMS]] shot him on the main street when he went to buy bread, on [[the second day of the fighting|DATE:2019-08-08..2019-08-09]].}} This I did not see, his father told me. He was buried on [[the day of Eid|DATE:2019-08-11]].
Q: Is the shop open now?
A: Half. I put a new ceiling with my own money. [[The Transitional Council|ACTOR:Southern Transitional Council]] is in control now, they say they will compensate the people. If they pay, I will believe it.
@@witness ye-aden-crater-shopkeeper-713
@@claim c1 harm=INJURED min=1 max=1 named="Karim" weapon=ROCKET actor="Houthis" site="Crater" date=2015-06-18..2015-06-25 basis=WITNESSED incident=ye-aden-20150620-crater-katyusha-street
@@claim c2 harm=KILLED min=1 max=1 named="Wadee" weapon=ROCKET actor="Houthis" site="Crater" date=2015-06-18..2015-06-25 basis=WITNESSED incident=ye-aden-20150620-crater-katyusha-street
@@claim c3 harm=DISPLACED min=7 max=7 actor="Houthis" site="Crater" date=2015-06-18..2015-07-31 basis=EXPERIENCED incident=ye-aden-20150600-crater-shopkeeper-family-displaced
@@claim c4 harm=KILLED min=4 max=4 named="Nasr Haidara" weapon=IED site="al-Arish" date=2019-01-01..2019-02-28 basis=WITNESSED incident=ye-aden-20190100-arish-road-ied
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Crater" date=2019-08-09 basis=EXPERIENCED incident=ye-aden-20190809-crater-shop-mortar
@@claim c6 harm=INJURED min=1 max=1 named="Abu Bassem" weapon=MORTAR site="Crater" date=2019-08-09 basis=WITNESSED incident=ye-aden-20190809-crater-shop-mortar
@@claim c7 harm=KILLED min=1 max=1 named="Anis" weapon=SMALL_ARMS site="al-Mualla" date=2019-08-08..2019-08-09 basis=HEARSAY incident=ye-aden-20190808-mualla-sniper-anis
@@claim c8 harm=KILLED min=5 max=5 weapon=IED site="al-Arish" date=2019-01-01..2019-02-28 basis=REPORTED incident=ye-aden-20190100-arish-road-ied
