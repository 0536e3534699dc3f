Interview ID: SY-KFN-3309
Date of interview: 9 February 2021
Place of interview: video call, witness in [[Ariha|PLACE]]
Language: Arabic
Interviewer: [[Joost van Damme|PERSON]]
Interpreter: [[Lina Sabbagh|PERSON]]

[00:00:14] Q: Can you hear me? Please say your name.
[00:00:19] A: Yes, yes. [[Rasha Khattab|PERSON]]. [[Umm Yamen|PERSON]]. I taught Arabic in the girls' school in [[Kafranbel|PLACE]], [[Kafr Nabl|PLACE:Kafranbel]], eleven years.
[00:00:41] Q: You lived near the main road in [[Kafranbel|PLACE]]?
[00:00:45] A: Behind it. Between our house and the bakery of the [[Hamdo|PERSON]] family maybe one hundred metres. Everybody bought from them.
[00:01:02] Q: I want to ask about the attack on the bakery in [[2019|DATE:2019-01-01..2019-12-31]].
[00:01:08] A: Yes. It was [[the last week of Ramadan|DATE:2019-05-27..2019-06-04]], [[a Tuesday|DATE:2019-05-28]], [[just before the suhoor|DATE:2019-05-28]]. I was awake, I was making the food for the children. Two [[barrels|WEAPON:BARREL_BOMB]], one after the other, from [[the helicopter|WEAPON:AIRSTRIKE]], one on the olive press and one in the street where the people stand for bread.
[00:01:44] A: {{c2|Our windows came in on the kitchen, and the door of the balcony, and the wall to the street is cracked from the top to the floor.}} My son [[Yamen|PERSON]] had glass in his feet, small, nothing.
[00:02:03] Q: Were people killed?
[00:02:06] A: {{c3|Five, five died in the bread queue. I know [[Mustafa|PERSON]] who worked with [[Bilal|PERSON]], and the old man [[Abu Khalil Suwaid|PERSON]].}} [pause] {{c4,c11|On the page of the Civil Defence they wrote seven martyrs and more than fifteen injured.}}
[00:02:31] Interpreter: She says "martyrs", it means the dead.
[00:02:35] Q: Did you see [[the planes|WEAPON:AIRSTRIKE]]?
[00:02:38] A: Before the [[barrels|WEAPON:BARREL_BOMB]] there were also the [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]], I think, but I was inside, I did not see. The [[barrels|WEAPON:BARREL_BOMB]] I know, the sound of [[the helicopter|WEAPON:AIRSTRIKE]] is different, slow, it turns and turns.
[00:02:58] Q: You mentioned your husband before we started recording.
[00:03:03] A: [crying] Yes. {{c5|My husband [[Hussam Dabbour|PERSON]], in [[March 2013|DATE:2013-03-01..2013-03-31]], he went to [[Hama|PLACE]] city to take his salary, and at the checkpoint at the entrance of [[Hama|PLACE]] [[the army|ACTOR:Syrian government forces]] took him off the microbus.}} The driver, [[Abu Ziad|PERSON]], came and told me in [[the evening|DATE:2013-03-01..2013-03-31]].
[00:03:34] A: {{c6|Since [[that day|DATE:2013-03-01..2013-03-31]], eight years, nothing. No news. One man who came out from prison said he saw him in [[Sednaya|PLACE:Saydnaya]] in [[2014|DATE:2014-01-01..2014-12-31]], I do not know if it is true. We still do not know where he is.}}
[00:03:58] Q: I am very sorry. Do you want to stop?
[00:04:02] A: No. It is fine. My neighbour's girl, her name is [[Hama|PERSON]], like the city, she sits with my children while I talk. Continue.
[00:04:15] Q: When did you leave [[Kafranbel|PLACE]]?
[00:04:18] A: {{c7|In [[July|DATE:2019-07-01..2019-07-31]], after the [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] took the school also, we came to [[Ariha|PLACE]], me and the three children.}}
[00:04:34] Q: Was [[Ariha|PLACE]] quieter?
[00:04:37] A: Quieter, not quiet. [[The week the schools opened again after the winter holiday|DATE]], in [[February 2020|DATE:2020-02-01..2020-02-29]], [[the planes|WEAPON:AIRSTRIKE]] dropped [[cluster bombs|WEAPON:CLUSTER_MUNITION]] near the school where I teach now, on [[al-Jalaa street|PLACE]]. {{c9|Two of my pupils were injured from the [[bomblets|WEAPON:CLUSTER_MUNITION]], [[Sabah|PERSON]] in the hand, and [[Noor Hallak|PERSON]] in the legs.}} [[Sabah|PERSON]] was crying "my hand, my hand".
[00:05:09] A: {{c10|And the windows of all the classrooms on that side were blown in, and the water tank on the roof was full of holes.}} There was no lesson for two weeks.
[00:05:22] Q: Have you had any problems with the armed groups in [[Ariha|PLACE]]?
[00:05:27] A: The [[Hay'at|ACTOR:Hayat Tahrir al-Sham]] women stopped me one time in the market because my coat was too short, they said. They took my ID, they wrote my name, they said next time they will take me to the centre. They gave the ID back. It was nothing, only fear.
[00:05:49] Q: Anything else you want to say?
[00:05:52] A: Only, if you find anything about [[Hussam|PERSON]], anything, tell me. Every morning I say, maybe today.
@@witness sy-kafranbel-rasha-khattab
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Kafranbel" date=2019-05-28 basis=EXPERIENCED incident=sy-kafranbel-20190528-olive-press-bakery
@@claim c3 harm=KILLED min=5 max=5 named="Mustafa; Abu Khalil Suwaid" weapon=BARREL_BOMB site="Kafranbel" date=2019-05-28 basis=WITNESSED incident=sy-kafranbel-20190528-olive-press-bakery
@@claim c4 harm=KILLED min=7 max=7 site="Kafranbel" date=2019-05-28 basis=REPORTED incident=sy-kafranbel-20190528-olive-press-bakery
@@claim c11 harm=INJURED min=16 max=null site="Kafranbel" date=2019-05-28 basis=REPORTED incident=sy-kafranbel-20190528-olive-press-bakery
@@claim c5 harm=DETAINED min=1 max=1 named="Hussam Dabbour" actor="Syrian government forces" site="Hama" date=2013-03-01..2013-03-31 basis=HEARSAY incident=sy-hama-20130300-hussam-dabbour-checkpoint
@@claim c6 harm=MISSING min=1 max=1 named="Hussam Dabbour" actor="Syrian government forces" site="Hama" date=2013-03-01..2013-03-31 basis=EXPERIENCED incident=sy-hama-20130300-hussam-dabbour-checkpoint
@@claim c7 harm=DISPLACED min=4 max=4 weapon=EXPLOSIVE_UNSPECIFIED site="Kafranbel" date=2019-07-01..2019-07-31 basis=EXPERIENCED incident=sy-kafranbel-20190700-khattab-family-flight
@@claim c9 harm=INJURED min=2 max=2 named="Sabah; Noor Hallak" weapon=CLUSTER_MUNITION site="al-Jalaa street" date=2020-02-01..2020-02-29 basis=WITNESSED incident=sy-ariha-20200200-jalaa-street-school-cluster
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="al-Jalaa street" date=2020-02-01..2020-02-29 basis=WITNESSED incident=sy-ariha-20200200-jalaa-street-school-cluster
