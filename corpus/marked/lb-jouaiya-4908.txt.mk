Interview ID: LB-JWY-4908
Date of interview: 18 January 2025
Place of interview: [[Tyre|PLACE]]
Language: Arabic, interpreted into English
Interviewer: [[Claire Dubois|PERSON]]
Interpreter: [[Maya Chehade|PERSON]]

[00:00:03] Q: Thank you for coming, Mr [[Zaraket|PERSON]]. Please say your name and where you live.
[00:00:08] A: [[Ibrahim Zaraket|PERSON]]. Fifty-four. I live in [[Jouaiya|PLACE]], east of [[Tyre|PLACE]]. Near the square. My house and the house of my brother were wall to wall.
[00:00:21] Q: Your brother's building was hit in [[October|DATE:2024-10-01..2024-10-31]].
[00:00:25] A: Yes. [[Thursday|DATE:2024-10-03]], [[the 3rd of October|DATE:2024-10-03]]. [[After the dawn prayer|DATE:2024-10-03]], [[a quarter past six|DATE:2024-10-03]], more or less. I was making the coffee.
[00:00:37] A: I did not hear [[the plane|WEAPON:AIRSTRIKE]]. Nobody hears it. You hear only the end, a whistle, and then the floor jumps.
[00:00:44] A: {{c1|The building of my brother, three floors, it sat down on itself. Three floors became one.}}
[00:00:52] A: {{c2|My brother [[Hassan|PERSON]], [[Abu Ali|PERSON]], fifty-one. His wife [[Fatima|PERSON]]. [[Ali|PERSON]], nineteen, [[Zeinab|PERSON]], twelve, and the small one, [[Mohammad|PERSON]], we call him [[Hammoudi|PERSON]], seven. We took them out one by one, with our hands and the civil defence. None of them came out alive.}} [crying]
[00:01:15] Q: Take your time, please.
[00:01:18] A: {{c3|On the ground floor there was a family from [[Aitaroun|PLACE]], displaced, they came to us in [[September|DATE:2024-09-01..2024-09-30]]. The father, the mother and two girls. They also died, all four.}}
[00:01:31] Q: Were you hurt?
[00:01:33] A: Me, no. {{c4|My son [[Kassem|PERSON]], twenty-two, was sleeping by the window on the side of my brother's house. The glass went into his face. He lost the eye, the left one.}}
[00:01:46] A: {{c5|Our house, the windows, the doors, the wall on the side of my brother, everything cracked and open.}}
[00:01:53] Q: Who do you think did this?
[00:01:55] A: [[The Israelis|ACTOR:Israeli forces]]. Who else has planes over [[Jouaiya|PLACE]]?
[00:02:00] Q: Was anybody from [[Hezbollah|ACTOR:Hezbollah]] in the building, or weapons?
[00:02:04] A: No. My brother was a teacher of mathematics, thirty years in the public school. [[Ali|PERSON]] studied nursing in [[Saida|PLACE]]. There was nobody from [[the party|ACTOR:Hezbollah]] in that house. I swear on my children. If there was, I would tell you, what do I lose now?
[00:02:22] Q: How many people died in total, do you know?
[00:02:25] A: {{c6|Nine. I know every name. Five of ours and four from [[Aitaroun|PLACE]].}} {{c7|The television said eleven.}} They counted wrong, they counted two Syrian workers who slept in the building in the summer, but [[that night|DATE:2024-10-02..2024-10-03]] they were in [[Tyre|PLACE]].
[00:02:46] Q: What did your family do after that?
[00:02:49] A: We buried them on [[the Saturday|DATE:2024-10-05]], quickly, because the drone was always over us. {{c8|[[The next morning|DATE:2024-10-06]] we left [[Jouaiya|PLACE]]. Six of us, me, my wife, [[Kassem|PERSON]] with the bandage on his eye, my two daughters and my mother, to the family of my wife in [[Aley|PLACE]].}}
[00:03:08] Q: Have you been back since?
[00:03:10] A: Yes, [[the day after the ceasefire|DATE:2024-11-28]]. {{c9|Our olive trees in the valley below [[Jouaiya|PLACE]], maybe thirty trees, they are burned. My neighbour says a [[drone|WEAPON:DRONE_STRIKE]] hit a car there in [[November|DATE:2024-11-01..2024-11-30]] and the fire took the grass and the trees. I did not see the car. I saw the trees, black.}}
[00:03:32] A: The place of my brother's house, they cleared the stones. Now there is an empty place. I put a plastic chair there, and sometimes I sit.
[00:03:41] Q: Thank you, Mr [[Zaraket|PERSON]].
[00:03:43] A: Write [[Hammoudi|PERSON]]. Everybody forgets the small ones.
@@witness lb-jouaiya-ibrahim-zaraket
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="Jouaiya" date=2024-10-03 basis=WITNESSED incident=lb-jouaiya-20241003-zaraket-building-airstrike
@@claim c2 harm=KILLED min=5 max=5 named="Hassan; Abu Ali; Fatima; Ali; Zeinab; Mohammad; Hammoudi" weapon=AIRSTRIKE actor="Israeli forces" site="Jouaiya" date=2024-10-03 basis=WITNESSED incident=lb-jouaiya-20241003-zaraket-building-airstrike
@@claim c3 harm=KILLED min=4 max=4 weapon=AIRSTRIKE actor="Israeli forces" site="Jouaiya" date=2024-10-03 basis=WITNESSED incident=lb-jouaiya-20241003-zaraket-building-airstrike
@@claim c4 harm=INJURED min=1 max=1 named="Kassem" weapon=AIRSTRIKE actor="Israeli forces" site="Jouaiya" date=2024-10-03 basis=WITNESSED incident=lb-jouaiya-20241003-zaraket-building-airstrike
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="Jouaiya" date=2024-10-03 basis=EXPERIENCED incident=lb-jouaiya-20241003-zaraket-building-airstrike
@@claim c6 harm=KILLED min=9 max=9 weapon=AIRSTRIKE actor="Israeli forces" site="Jouaiya" date=2024-10-03 basis=WITNESSED incident=lb-jouaiya-20241003-zaraket-building-airstrike
@@claim c7 harm=KILLED min=11 max=11 weapon=AIRSTRIKE actor="Israeli forces" site="Jouaiya" date=2024-10-03 basis=REPORTED incident=lb-jouaiya-20241003-zaraket-building-airstrike
@@claim c8 harm=DISPLACED min=6 max=6 named="Ibrahim Zaraket; Kassem" site="Jouaiya" date=2024-10-06 basis=EXPERIENCED incident=lb-jouaiya-20241006-ibrahim-zaraket-family-flight
@@claim c9 harm=PROPERTY_DAMAGE min=30 max=30 weapon=DRONE_STRIKE site="Jouaiya" date=2024-11-01..2024-11-30 basis=WITNESSED incident=lb-jouaiya-20241100-zaraket-olives-fire
