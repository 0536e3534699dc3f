TESTIMONY - OLD CITY, MOSUL
Interview ID: NIN-4007
Date of interview: 12 September 2017
Place of interview: [[Khazir|PLACE]] camp, [[Nineveh|PLACE]]
Language: Arabic, interpreted
Interviewer: [[Marit Haugen|PERSON]]
Interpreter: [[Zainab Othman|PERSON]]
Q: Please tell us your name and where you lived.
A: [[Suhaila Abdulqadir|PERSON]]. [[Umm Luay|PERSON]]. In [[Bab al-Tob|PLACE]], behind the old market, my husband's family house.
Q: Is your husband here with you in the camp?
Interpreter: {{c1|She says her husband was taken. She says [[Daesh|ACTOR:Islamic State]] came to the house in [[October|DATE:2016-10-01..2016-10-31]], [[the first days of October|DATE:2016-10-01..2016-10-07]], and took him from the house in front of her and the children.}}
Interpreter: {{c1|She says his name is [[Nashwan Fathi|PERSON]], he was a taxi driver, and they took him because somebody said he had a SIM card for calling [[the army|ACTOR:Iraqi forces]].}}
A: {{c2|Since [[that day|DATE:2016-10-01..2016-10-07]], nothing. I asked the [[hisba|ACTOR:Islamic State]] three times, they said go home, woman.}} Now I ask the government. Nothing also.
Q: What happened when the fighting came to [[Bab al-Toub|PLACE:Bab al-Tob]]?
A: [[The army|ACTOR:Iraqi forces]], [[the federal police|ACTOR:Iraqi forces]], came to the square in [[the middle of March|DATE:2017-03-10..2017-03-20]]. [[The next day|DATE:2017-03-11..2017-03-21]], in [[the morning|DATE:2017-03-11..2017-03-21]], a [[car bomb|WEAPON:IED]] came from the side of the old city, fast, a car covered with iron plates.
A: It exploded at the square, near the soldiers. [Interpreter: she means a [[suicide car bomb|WEAPON:IED]], the armoured kind.] Two soldiers died, I heard, they were fighting, that is the war, that is another thing.
A: {{c3|Our house is one street from the square. The windows, the doors, all came in, the ceiling of the kitchen fell down.}} {{c4|My daughter [[Rusul|PERSON]], she is nine, the glass cut her face, here and here. I took the glass out with my fingers.}}
Q: Was anyone else from your street hurt?
A: Nobody else from our street, thanks God, because everybody was in the rooms at the back. If the car came one hour later, when the people go out for water, it would be a massacre.
Q: You mentioned a [[drone|WEAPON:DRONE_STRIKE]].
A: Yes. [[Six days after the car|DATE:2017-03-16..2017-03-27]]. [[The army|ACTOR:Iraqi forces]] was giving flour at the square, people were standing in a line, maybe fifty people.
A: I was at my door, I was looking for my son [[Ahmad|PERSON]] in the line. {{c5|[[The drone|WEAPON:DRONE_STRIKE]] of [[Daesh|ACTOR:Islamic State]], the small one, it came over and dropped a [[grenade|WEAPON:DRONE_STRIKE]] in the middle of the line.}}
A: {{c6|[[Abu Ghanim|PERSON]], our neighbour, old man, he lost his eye. And a woman from the [[Jarjis|PERSON]] family, her legs, I saw her carried on a door.}} [[Ahmad|PERSON]] was at the end of the line, nothing happened to him.
Q: Do you know if anyone died?
A: I don't know. I did not see anybody dead there. I don't want to say something I did not see.
Q: Do you have family in other parts of [[Mosul|PLACE]]?
A: My sister [[Wijdan|PERSON]], in [[Zinjili|PLACE:al-Zanjili]]. She stayed there until the end, until [[June|DATE:2017-06-01..2017-06-30]]. She came to this camp in [[July|DATE:2017-07-01..2017-07-31]].
A: {{c7|She told me that in [[Ramadan|DATE:2017-05-27..2017-06-24]], [[the 10th of June|DATE:2017-06-10]], the [[shells|WEAPON:ARTILLERY]] fell on the people at the well in [[Zinjili|PLACE:al-Zanjili]], near her house, and twenty people died, the children with the water.}}
A: {{c7|She said it was [[the army|ACTOR:Iraqi forces]] [[shelling|WEAPON:ARTILLERY]], people said this there.}} Other people say it was [[Daesh|ACTOR:Islamic State]]. I was not there. Everybody says something.
Q: When did you leave [[Bab al-Tob|PLACE]]?
A: {{c9|In [[April|DATE:2017-04-01..2017-04-30]]. [[The army|ACTOR:Iraqi forces]] took us out, all the street, on foot to the bridge and then in buses to the camp. Me and the four children.}}
A: People said [[Daesh|ACTOR:Islamic State]] burned the old market after we left. I went back in [[August|DATE:2017-08-01..2017-08-31]], the market is broken, yes, but it was not burned. People say things.
@@witness iq-mosul-suhaila-abdulqadir
@@claim c1 harm=DETAINED min=1 max=1 named="Nashwan Fathi" actor="Islamic State" site="Bab al-Tob" date=2016-10-01..2016-10-07 basis=WITNESSED incident=iq-mosul-20161000-babaltob-nashwan-taken
@@claim c2 harm=MISSING min=1 max=1 named="Nashwan Fathi" actor="Islamic State" site="Bab al-Tob" date=2016-10-01..2016-10-07 basis=EXPERIENCED incident=iq-mosul-20161000-babaltob-nashwan-taken
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="Bab al-Toub" date=2017-03-11..2017-03-21 basis=EXPERIENCED incident=iq-mosul-20170300-babaltob-square-car-bomb
@@claim c4 harm=INJURED min=1 max=1 named="Rusul" weapon=IED actor="Islamic State" site="Bab al-Toub" date=2017-03-11..2017-03-21 basis=WITNESSED incident=iq-mosul-20170300-babaltob-square-car-bomb
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Islamic State" site="Bab al-Toub" date=2017-03-16..2017-03-27 basis=WITNESSED incident=iq-mosul-20170300-babaltob-flour-line-drone
@@claim c6 harm=INJURED min=2 max=2 named="Abu Ghanim" weapon=DRONE_STRIKE actor="Islamic State" site="Bab al-Toub" date=2017-03-16..2017-03-27 basis=WITNESSED incident=iq-mosul-20170300-babaltob-flour-line-drone
@@claim c7 harm=KILLED min=20 max=20 weapon=ARTILLERY actor="Iraqi forces" site="Zinjili" date=2017-06-10 basis=HEARSAY incident=iq-mosul-20170610-zanjili-well-hawn
@@claim c9 harm=DISPLACED min=5 max=5 site="Bab al-Tob" date=2017-04-01..2017-04-30 basis=EXPERIENCED incident=iq-mosul-20170400-babaltob-abdulqadir-flight
