@@newline crlf
Interview ID: SMR-817
Interview date: 21/09/2017
Place of interview: [[Samarra|PLACE]], [[Salahuddin|PLACE]] governorate
Language: Arabic
Interviewer: [[Megan Forsyth|PERSON]]
Interpreter: [[Bashir Hadithi|PERSON]]

Q: Thank you. Please tell me your name.
A: Salam alaykum. My name is [[Wisam Abd al-Latif|PERSON]], from [[Samarra|PLACE]], the [[al-Armooshiya|PLACE]] area. I drive a taxi, before and now.
Q: What happened in [[June 2014|DATE:2014-06-01..2014-06-30]]?
A: [[The 5th of June|DATE:2014-06-05]]. [[Thursday|DATE:2014-06-05]]. [[Before the fajr|DATE:2014-06-05]], [[around three|DATE:2014-06-05]], we heard [[machine guns|WEAPON:SMALL_ARMS]] and [[mortars|WEAPON:MORTAR]], very near. [[Daesh|ACTOR:Islamic State]] came in pick-ups from the desert side, from the east, many cars, with the [[dushka|WEAPON:SMALL_ARMS]] on top.
[Interpreter: "dushka" is the heavy machine gun mounted on a vehicle.]
Q: Did they enter your street?
A: {{c1|They entered. At [[sunrise|DATE:2014-06-05]] they were in our street. They knocked on the door of my neighbour [[Abu Sinan|PERSON]], he was a policeman before, retired. They took him out with his son [[Sinan|PERSON]] and shot them both in front of the house.}} I saw from the window of the roof, through the hole for the water pipe. [pause] I cannot forget.
Q: Were others killed in your area?
A: {{c2|In the main street, yes, I saw four bodies, maybe six, police and one old man who sold bread, Hajji [[Nasser|PERSON]].}} {{c7|The people said in all [[Samarra|PLACE]] [[that day|DATE:2014-06-05]] more than fifty died, police and soldiers and people.}}
Q: How did it end?
A: In [[the afternoon|DATE:2014-06-05]] [[the army|ACTOR:Iraqi forces]] came with reinforcement from [[Baghdad|PLACE]], and [[the helicopters|WEAPON:AIRSTRIKE]]. [[The helicopters|WEAPON:AIRSTRIKE]] fired [[missiles|WEAPON:MISSILE]] on the cars of [[Daesh|ACTOR:Islamic State]] in the streets. {{c3,c8|One [[missile|WEAPON:MISSILE]] missed and hit the house of the [[Jubouri|PERSON]] family, two doors from us, and the mother, [[Umm Ayad|PERSON]], was injured in the legs.}} By [[the night|DATE:2014-06-05]] [[Daesh|ACTOR:Islamic State]] went out of the city.
Q: Was your own house damaged?
A: {{c4|My taxi. A [[mortar|WEAPON:MORTAR]] fell in the street and my car burned, it was my work.}} The house, only the windows. Nobody in my house was hurt, thanks to God, we were eight people in one room.
Q: Did they reach the shrine?
A: No. They did not reach the shrine, [[al-Askari|PLACE]]. They wanted to, everybody knows, they wanted to blow it up like in [[2006|DATE:2006-01-01..2006-12-31]]. If they reached it, there would be a war in all [[Iraq|PLACE]], worse than before.
Q: What has happened since then?
A: After [[June|DATE:2014-06-01..2014-06-30]], [[Samarra|PLACE]] was like an island. [[Daesh|ACTOR:Islamic State]] in [[Tikrit|PLACE]] to the north, in the [[Jallam|PLACE]] desert to the east. The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] on the edges of the city was every week, you don't know from who. And the [[car bombs|WEAPON:IED]].
Q: Can you tell me about one?
A: {{c5|[[Two years later|DATE:2016-06-06..2016-07-05]], in [[Ramadan|DATE:2016-06-06..2016-07-05]], a [[suicide vehicle|WEAPON:IED]] exploded at the checkpoint at the south entrance, near the [[al-Mutasim|PLACE]] junction. On the television they said twelve killed, soldiers and people in the cars waiting.}} My cousin [[Ammar Hamid|PERSON]] was in the line of cars, with his friend [[Dhiyab|PERSON]]. {{c6|He lived, but he lost the hearing of one ear, and he has burns on the hands.}}
Q: Did you see that one?
A: No, I heard it from my house, five kilometres. The whole city heard it.
Q: Is there something you want to add?
A: Only that the people of [[Samarra|PLACE]] are not [[Daesh|ACTOR:Islamic State]]. When they came, we did not open the doors. They killed [[Sinan|PERSON]], twenty years, for what?
@@claim c1 harm=KILLED min=2 max=2 named="Abu Sinan; Sinan" weapon=SMALL_ARMS actor="Islamic State" site="al-Armooshiya" date=2014-06-05 basis=WITNESSED incident=iq-samarra-20140605-is-raid-armooshiya
@@claim c2 harm=KILLED min=4 max=6 named="Nasser" site="al-Armooshiya" date=2014-06-05 basis=WITNESSED incident=iq-samarra-20140605-is-raid-armooshiya
@@claim c3 harm=INJURED min=1 max=1 named="Umm Ayad" weapon=MISSILE actor="Iraqi forces" site="al-Armooshiya" date=2014-06-05 basis=WITNESSED incident=iq-samarra-20140605-helicopter-missile-jubouri-house
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="al-Armooshiya" date=2014-06-05 basis=EXPERIENCED incident=iq-samarra-20140605-is-raid-armooshiya
@@claim c5 harm=KILLED min=12 max=12 weapon=IED site="al-Mutasim" date=2016-06-06..2016-07-05 basis=REPORTED incident=iq-samarra-20160000-south-checkpoint-suicide-vehicle
@@claim c6 harm=INJURED min=1 max=1 named="Ammar Hamid" weapon=IED site="al-Mutasim" date=2016-06-06..2016-07-05 basis=HEARSAY incident=iq-samarra-20160000-south-checkpoint-suicide-vehicle
@@claim c7 harm=KILLED min=51 max=null actor="Islamic State" site="Samarra" date=2014-06-05 basis=HEARSAY incident=iq-samarra-20140605-is-attack-city
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Iraqi forces" site="al-Armooshiya" date=2014-06-05 basis=WITNESSED incident=iq-samarra-20140605-helicopter-missile-jubouri-house
@@witness iq-samarra-wisam-abdallatif
