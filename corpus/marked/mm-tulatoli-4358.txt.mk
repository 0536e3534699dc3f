@@encoding utf-16le
Interview ID: MM-TLT-4358
Date of interview: 20 November 2017
Place of interview: [[Kutupalong|PLACE]] camp, [[Cox's Bazar|PLACE]]
Language: Rohingya / Chittagonian, interpreted
Interviewer: [[Ingrid Vos|PERSON]]
Interpreter: [[Md. Salimullah|PERSON]]

[00:00:04] Q: Can you tell us your name and your village?
[00:00:09] A: [[Mohammed Ayub|PERSON]]. Thirty-eight. From [[Tula Tuli|PLACE:Tula Toli]], [[Maungdaw|PLACE]] township. I was a farmer, paddy and betel.
[00:00:21] Q: When did the trouble start in [[Tula Tuli|PLACE:Tula Toli]]?
[00:00:26] A: The first time they came was [[the Sunday|DATE:2017-08-27]], [[two days after the attacks on the posts|DATE:2017-08-27]]. [[The military|ACTOR:Tatmadaw]] and the [[BGP|ACTOR:Myanmar Border Guard Police]], together, maybe thirty, forty.
[00:00:41] A: They went house by house. They searched my house, they took my phone and the money in the box, twenty thousand kyat, and they shouted at me, and they went. Me they did not take.
[00:01:02] A: {{c1|But they took three young men from our para. My cousin [[Shafiullah|PERSON]], twenty-two, and [[Rahim Ullah|PERSON]], the son of the imam, and a boy [[Foyez|PERSON]], seventeen. Tied with a rope, to the truck.}}
[00:01:20] A: {{c2|These three never came back. Not in the jail, not dead, nothing. We never saw them again.}}
[00:01:31] INTERPRETER: He uses the word para, it means the hamlet, the part of the village.
[00:01:38] Q: And [[after that Sunday|DATE:2017-08-27..2017-08-30]]?
[00:01:41] A: [[The Wednesday|DATE:2017-08-30]] was the big day. Early, after [[the fajr|DATE:2017-08-30]]. They came from the north and from the river side. The people ran to the sand by the river, all the people.
[00:01:58] A: I was at the edge, near the bamboo. {{c3|I saw them shoot the men on the sand. With the [[guns|WEAPON:SMALL_ARMS]], the big [[machine gun|WEAPON:SMALL_ARMS]] also. Maybe forty men I saw fall. Maybe more, I could not look long.}}
[00:02:15] A: {{c4|My mother, [[Gul Bahar|PERSON]], she was sixty, she could not run fast. I saw her fall near the water.}} [pause] [crying]
[00:02:40] A: I swam. The river is wide there. I swam to the other side and I lay in the paddy until the dark.
[00:02:51] Q: How many people were killed in [[Tula Tuli|PLACE:Tula Toli]] [[that day|DATE:2017-08-30]], do you know?
[00:02:56] A: {{c5|The people in the camp say more than three hundred from our village.}} I don't know. I saw forty. I say forty.
[00:03:08] A: {{c6|And the houses, all of them burned. Four hundred, five hundred houses, the whole village. They put petrol and they fired the [[launcher|WEAPON:ROCKET]] on the big wooden houses.}} From the paddy I saw the fire all the night.
[00:03:27] Q: Where was your family?
[00:03:30] A: My wife [[Hasina|PERSON]] and the children were in the house of her father, in the other para, up by the hill. They ran to the hill before [[the soldiers|ACTOR:Tatmadaw]] came there. God saved them.
[00:03:46] A: {{c7|I found them on [[the Friday|DATE:2017-09-01]], the Eid day, in the forest. Then we walked, me, [[Hasina|PERSON]], [[Nurul Islam|PERSON]], [[Tasmin|PERSON]] and [[Shahida|PERSON]], the little one on my back, five days to the border.}}
[00:04:05] A: {{c8|At the border, near the hill, a man in front of us stepped on a [[mine|WEAPON:LANDMINE]]. His leg was gone from here. We carried him on a lungi to the [[Bangladesh|PLACE]] side.}}
[00:04:19] Q: Who put the [[mines|WEAPON:LANDMINE]] there?
[00:04:22] A: [[The soldiers|ACTOR:Tatmadaw]], everybody says. Before, there were no [[mines|WEAPON:LANDMINE]] there, people crossed there to sell cows.
[00:04:33] INTERPRETER: He means before August, people used this path.
[00:04:38] Q: Is there anything you want to add?
[00:04:41] A: Only the names of the three boys. [[Shafiullah|PERSON]], [[Rahim Ullah|PERSON]], [[Foyez|PERSON]]. If somebody sees them in a jail, tell them, [[Ayub|PERSON]] is in [[Kutupalong|PLACE]].
@@witness mm-tulatoli-mohammed-ayub
@@claim c1 harm=DETAINED min=3 max=3 named="Shafiullah; Rahim Ullah; Foyez" actor="Tatmadaw" site="Tula Tuli" date=2017-08-27 basis=WITNESSED incident=mm-tulatoli-20170827-three-men-taken
@@claim c2 harm=MISSING min=3 max=3 named="Shafiullah; Rahim Ullah; Foyez" actor="Tatmadaw" site="Tula Tuli" date=2017-08-27 basis=WITNESSED incident=mm-tulatoli-20170827-three-men-taken
@@claim c3 harm=KILLED min=40 max=null weapon=SMALL_ARMS actor="Tatmadaw" site="Tula Tuli" date=2017-08-30 basis=WITNESSED incident=mm-tulatoli-20170830-riverbank-killings
@@claim c4 harm=KILLED min=1 max=1 named="Gul Bahar" actor="Tatmadaw" site="Tula Tuli" date=2017-08-30 basis=WITNESSED incident=mm-tulatoli-20170830-riverbank-killings
@@claim c5 harm=KILLED min=301 max=null site="Tula Tuli" date=2017-08-30 basis=HEARSAY incident=mm-tulatoli-20170830-riverbank-killings
@@claim c6 harm=PROPERTY_DAMAGE min=400 max=500 actor="Tatmadaw" site="Tula Tuli" date=2017-08-30 basis=WITNESSED incident=mm-tulatoli-20170830-riverbank-killings
@@claim c7 harm=DISPLACED min=5 max=5 named="Mohammed Ayub; Hasina; Nurul Islam; Tasmin; Shahida" site="Tula Tuli" date=2017-09-01 basis=EXPERIENCED incident=mm-tulatoli-20170830-riverbank-killings
@@claim c8 harm=INJURED min=1 max=1 weapon=LANDMINE date=2017-09-01..2017-09-06 basis=WITNESSED incident=mm-maungdaw-20170900-border-path-mine
