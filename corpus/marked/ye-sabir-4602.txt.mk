@@encoding utf-16le
Interview ID: YE-SBR-4602
Interview date: 14/03/2018
Location: [[al-Misrakh|PLACE]], south of [[Taiz|PLACE]]
Language: Arabic (Taizi dialect)
Interviewer: [[Marta Llorens|PERSON]]
Interpreter: [[Yasser Abdo Farhan|PERSON]]

Q: Where are you from?
A: From [[al-Shaqab|PLACE]], in [[Sabir|PLACE]], on the mountain. [[Abdulghani Mohsen al-Absi|PERSON]]. I grow qat and some coffee, and my father grew it before me, and his father.
Q: When did the fighting come to [[al-Shaqab|PLACE]]?
A: The fighting was always up, on the top, from [[2015|DATE:2015-01-01..2015-12-31]]. The [[Houthis|ACTOR:Houthis]] have positions above us and [[the Resistance|ACTOR:Yemeni government forces]] below. In our village we are on the line, eh, like on the edge of a knife.
A: {{c1|[[The autumn of 2016|DATE:2016-09-01..2016-11-30]], I think [[October|DATE:2016-10-01..2016-10-31]], [[the tanks|WEAPON:ARTILLERY]] from above fired on the houses. The house of my neighbour [[Abdo Saeed|PERSON]] was hit two times.}} {{c2|He died, and his wife [[Umm Bassem|PERSON]] died, under the roof. I pulled her out with my hands, with the young men, she was already gone.}}
[Interpreter: He is not sure if it was tanks or [[artillery|WEAPON:ARTILLERY]], he only heard them from the house.]
Q: Was anyone else in the house?
A: {{c3|Their son [[Bassem|PERSON]] was in the room of the cows, he came out with his arm broken.}} The other children were in [[Taiz|PLACE]] with their uncle, thanks God.
Q: Did the [[shelling|WEAPON:ARTILLERY]] continue?
A: On and off. Some weeks quiet, some weeks every night. We sleep in the lower room, the one built in the rock.
Q: You mentioned your nephew before we started.
A: Yes. [[Karim|PERSON]]. My brother's son. Fourteen years. {{c4|In [[January|DATE:2017-01-01..2017-01-31]], [[2017|DATE:2017-01-01..2017-12-31]], he took the donkey to the well, by the path behind the terraces, the path we used all our life, and there was a [[mine|WEAPON:LANDMINE]]. I heard it from the house. I ran. He lost his leg, the right one, from the knee.}}
Q: Who put the [[mine|WEAPON:LANDMINE]]?
A: Nobody saw them put it. But the path goes up to where the [[Houthis|ACTOR:Houthis]] were, and after that, the boys of [[the Resistance|ACTOR:Yemeni government forces]] found more [[mines|WEAPON:LANDMINE]] there, eleven I think, with wires. I cannot tell you more than that.
A: [[Karim|PERSON]] is in [[Aden|PLACE]] now, for the artificial leg. Allah karim, he will walk.
[Interpreter: "Allah karim" means God is generous.]
Q: Were there [[air strikes|WEAPON:AIRSTRIKE]] near your village?
A: On the top, yes. In [[the summer of 2017|DATE:2017-06-01..2017-08-31]] [[the planes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:Saudi-led coalition]] hit the [[Houthi|ACTOR:Houthis]] position on the peak, the [[al-Arous|PLACE]] peak. People say twelve of the fighters died there. They were fighting, it is war, this is not my story.
Q: And in the village?
A: No. In the village nothing fell from the sky. Not one house.
Q: People in [[Taiz|PLACE]] talked about [[gas|WEAPON:CHEMICAL]]. Did you see anything like that?
A: In [[the spring|DATE:2017-03-01..2017-05-31]] people said the [[Houthis|ACTOR:Houthis]] fired [[gas shells|WEAPON:CHEMICAL]] on [[al-Shaqab|PLACE]], because of a white smoke and a smell like onions. I was there. My eyes were burning a little, yes. But the medic said it was smoke from the burning grass. I don't know. I don't say gas.
Q: What happened to your son?
A: [[Nasr|PERSON]]. He is twenty-two. {{c5|[[The 6th of March|DATE:2018-03-06]], [[last week|DATE:2018-03-05..2018-03-11]], no, [[eight days ago|DATE:2018-03-06]], in the qat market in [[al-Misrakh|PLACE]], men in uniform with the pickup took him. I was standing beside him. They said, you are from the mountain, you carry for the [[Houthis|ACTOR:Houthis]].}}
Q: Which forces?
A: Men of [[the Resistance|ACTOR:Yemeni government forces]], from the brigade here. I went to the commander, and they said he is being checked. {{c6|Until today, no visit, no telephone, nothing. We don't know where they keep him.}}
Q: Has your family had to leave [[Sabir|PLACE]]?
A: {{c7|After [[Karim|PERSON]], my brother took his family, nine people, down to [[al-Misrakh|PLACE]]. They rent two rooms.}} Me, I stayed for the qat and the cows. If I leave, who will water? Everything dies.
Q: Is there anything else?
A: Write the name of [[Nasr Abdulghani|PERSON]]. Maybe someone reads it and knows where he is.
@@witness ye-sabir-abdulghani-alabsi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Abdo Saeed" weapon=ARTILLERY actor=Houthis site="al-Shaqab" date=2016-10-01..2016-10-31 basis=WITNESSED incident=ye-sabir-20161000-shaqab-abdo-saeed-house-tank
@@claim c2 harm=KILLED min=2 max=2 named="Abdo Saeed; Umm Bassem" weapon=ARTILLERY actor=Houthis site="al-Shaqab" date=2016-10-01..2016-10-31 basis=WITNESSED incident=ye-sabir-20161000-shaqab-abdo-saeed-house-tank
@@claim c3 harm=INJURED min=1 max=1 named="Bassem" weapon=ARTILLERY actor=Houthis site="al-Shaqab" date=2016-10-01..2016-10-31 basis=WITNESSED incident=ye-sabir-20161000-shaqab-abdo-saeed-house-tank
@@claim c4 harm=INJURED min=1 max=1 named="Karim" weapon=LANDMINE site="al-Shaqab" date=2017-01-01..2017-01-31 basis=WITNESSED incident=ye-sabir-20170100-shaqab-karim-mine
@@claim c5 harm=DETAINED min=1 max=1 named="Nasr" actor="Yemeni government forces" site="al-Misrakh" date=2018-03-06 basis=WITNESSED incident=ye-misrakh-20180306-nasr-abdulghani-taken
@@claim c6 harm=MISSING min=1 max=1 named="Nasr" actor="Yemeni government forces" site="al-Misrakh" date=2018-03-06 basis=EXPERIENCED incident=ye-misrakh-20180306-nasr-abdulghani-taken
@@claim c7 harm=DISPLACED min=9 max=9 site="al-Shaqab" date=2017-01-01..2017-01-31 basis=WITNESSED incident=ye-sabir-20170100-shaqab-absi-brother-family-flight
