@@encoding utf-16le
Interview ID: RAS-1608
Date: 2020-01-17
Location: [[al-Hasakah|PLACE]], [[Syria|PLACE]]
Language: Kurmanji and Arabic, interpreted
Interviewer: [[Tom Reyes|PERSON]]
Interpreter: [[Lazgin Ferhad|PERSON]]

[00:00:04] Q: Thank you for coming. Please say your name and your work.
[00:00:09] A: [[Zilan Ibo|PERSON]]. I am a nurse. Before the war I worked in the health centre in [[Serê Kaniyê|PLACE:Ras al-Ain]], [[Ras al-Ain|PLACE]] in Arabic. After that, in [[Tal Tamr|PLACE]] hospital, in the emergency.
[00:00:31] Q: Where were you when the operation started, on [[the 9th of October|DATE:2019-10-09]]?
[00:00:38] A: At home, in [[Serê Kaniyê|PLACE:Ras al-Ain]], in the [[Zardasht|PLACE]] neighbourhood. About four o'clock, [[the afternoon|DATE:2019-10-09]], the [[Turkish|ACTOR:Turkish forces]]... eh, the [[Turkish|ACTOR:Turkish forces]] [[planes|WEAPON:AIRSTRIKE]] and the [[artillery|WEAPON:ARTILLERY]] together.
[00:00:57] A: {{c1|Our street had many holes after one hour. The house of [[Abu Dijwar|PERSON]] lost the whole front wall, you could see the beds from the street.}} {{c2|Our car was in the garage and it burned, it melted, only the metal was left.}}
[00:01:20] Q: Was anybody hurt on your street?
[00:01:24] A: Not on our street, no, nobody [[that day|DATE:2019-10-09]]. Everybody ran to the cellars. In the other streets, I don't know.
[00:01:36] Q: When did you leave?
[00:01:39] A: [[The next morning|DATE:2019-10-10]]. With my mother and my sister [[Berfin|PERSON]], in the car of a neighbour, to [[Tal Tamr|PLACE]], because the hospital there needed nurses.
[00:01:58] Q: Tell me about the hospital in [[those days|DATE:2019-10-10..2019-10-31]].
[00:02:03] A: It was like a... [pause] like a station. Cars coming, pick-ups, people in the back. No beds. We put them in the corridor.
[00:02:19] A: {{c3,c12|On [[the 13th|DATE:2019-10-13]] [[the drone|WEAPON:DRONE_STRIKE]] hit a car on the road from [[Ras al-Ein|PLACE:Ras al-Ain]], near [[Aliya|PLACE]] village.}} {{c3|They brought two dead to us, a man and his son, [[Ferhad Lokman|PERSON]] and [[Renas|PERSON]], the boy was maybe fifteen.}}
[00:02:44] Q: How do you know it was a [[drone|WEAPON:DRONE_STRIKE]]?
[00:02:47] A: The driver who brought them said this. {{c12|He saw it in the sky, then the car was on fire.}} I only saw the bodies.
[00:02:59] Q: There were reports of burn injuries. Did you see any?
[00:03:05] A: Yes. This I saw with my eyes. On [[the 16th|DATE:2019-10-16]], in [[the evening|DATE:2019-10-16]], they brought people from [[Serê Kaniyê|PLACE:Ras al-Ain]].
[00:03:19] A: {{c4|Six, I think six, with burns. A girl of eleven, [[Mizgin|PERSON]], the skin of her back was black and it was still, how do you say, still burning under the bandage.}} {{c4|Dr. [[Raman|PERSON]] said it is [[phosphorus|WEAPON:INCENDIARY]], white [[phosphorus|WEAPON:INCENDIARY]], from [[the Turks|ACTOR:Turkish forces]].}}
[00:03:42] Interpreter: She says the doctor, [[Raman|PERSON]], he was the head of the emergency.
[00:04:07] Q: Later, did anything happen in [[Tal Tamr|PLACE]] itself?
[00:04:12] A: Yes, in [[November|DATE:2019-11-01..2019-11-30]]. [[The factions|ACTOR:Syrian National Army]] came close, to the villages on the [[M4|PLACE]] road. They fired [[mortars|WEAPON:MORTAR]].
[00:04:27] A: {{c11|It was [[the week the school reopened|DATE:2019-11-17..2019-11-23]], I remember because my sister was so happy. A [[mortar|WEAPON:MORTAR]] fell on the school yard in [[Tal Tamr|PLACE]], and the classrooms on that side, all the windows blown in, the doors broken. I went there after my shift and saw it.}}
[00:04:49] A: {{c6|Two children were hurt, small injuries, I cleaned them myself in the hospital.}} Nobody killed, thank God.
[00:05:01] Q: Were there fighters at the school?
[00:05:04] A: No. There were no [[YPG|ACTOR:Syrian Democratic Forces]] in the school, no fighters, nobody. Only teachers.
[00:05:14] Q: You mentioned the [[M4|PLACE]] road. Did anything happen to people you know there?
[00:05:20] A: {{c7|My cousin [[Rezvan|PERSON]] and his friend [[Ninos|PERSON]], an Assyrian boy from [[Tal Kepchi|PLACE]], they were driving on the [[M4|PLACE]] near [[Tal Tamr|PLACE]], [[the end of October|DATE:2019-10-25..2019-10-31]]. [[The factions|ACTOR:Syrian National Army]] stopped them at a checkpoint they made on the road and took them.}}
[00:05:44] A: {{c8|We have no news since. The number of [[Rezvan|PERSON]] is closed. One man called once and asked for money, then nothing.}}
[00:05:57] Q: Has anyone seen them since?
[00:06:00] A: {{c9|A man released from [[Ras al-Ain|PLACE]] in [[December|DATE:2019-12-01..2019-12-31]] told my uncle he saw [[Ninos|PERSON]] in a prison there, in the old bakery building. [[Rezvan|PERSON]], he did not see.}}
[00:06:17] Q: Is your family still in [[Tal Tamr|PLACE]]?
[00:06:20] A: My mother, yes. Me, I came to [[Hasakah|PLACE:al-Hasakah]] for this work. {{c10|Our house in [[Serê Kaniyê|PLACE:Ras al-Ain]], a family of the fighters lives in it now, the neighbours sent a photo.}}
[00:06:36] Q: Is there anything else you want to say?
[00:06:39] A: Write the name of [[Mizgin|PERSON]]. She lived. She is in [[Qamishli|PLACE]], still with bandages. She asks me when she can go back to school.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null actor="Turkish forces" site="Zardasht" date=2019-10-09 basis=WITNESSED incident=sy-rasalain-20191009-zardasht-street-strikes
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null actor="Turkish forces" site="Zardasht" date=2019-10-09 basis=EXPERIENCED incident=sy-rasalain-20191009-zardasht-street-strikes
@@claim c3 harm=KILLED min=2 max=2 named="Ferhad Lokman; Renas" weapon=DRONE_STRIKE site="Aliya" date=2019-10-13 basis=WITNESSED incident=sy-rasalain-20191013-aliya-road-drone-car
@@claim c4 harm=INJURED min=6 max=6 named="Mizgin" weapon=INCENDIARY actor="Turkish forces" site="Serê Kaniyê" date=2019-10-16 basis=WITNESSED incident=sy-rasalain-20191016-phosphorus-burns
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Syrian National Army" site="Tal Tamr" date=2019-11-17..2019-11-23 basis=WITNESSED incident=sy-taltamr-20191100-school-mortar
@@claim c6 harm=INJURED min=2 max=2 weapon=MORTAR actor="Syrian National Army" site="Tal Tamr" date=2019-11-17..2019-11-23 basis=WITNESSED incident=sy-taltamr-20191100-school-mortar
@@claim c7 harm=DETAINED min=2 max=2 named="Rezvan; Ninos" actor="Syrian National Army" site="M4" date=2019-10-25..2019-10-31 basis=HEARSAY incident=sy-taltamr-20191000-m4-checkpoint-rezvan-ninos
@@claim c8 harm=MISSING min=1 max=1 named="Rezvan" actor="Syrian National Army" site="M4" date=2019-10-25..2019-10-31 basis=EXPERIENCED incident=sy-taltamr-20191000-m4-checkpoint-rezvan-ninos
@@claim c9 harm=DETAINED min=1 max=1 named="Ninos" actor="Syrian National Army" site="Ras al-Ain" date=2019-12-01..2019-12-31 basis=HEARSAY incident=sy-taltamr-20191000-m4-checkpoint-rezvan-ninos
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="Serê Kaniyê" basis=REPORTED incident=sy-rasalain-20191000-ibo-house-seized
@@claim c12 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Aliya" date=2019-10-13 basis=WITNESSED incident=sy-rasalain-20191013-aliya-road-drone-car
@@witness sy-rasalain-zilan-ibo
