WEBVTT - LB-BAA-3405

NOTE
Interview LB-BAA-3405, recorded 21 January 2025 in Zahle.
Arabic, Syrian dialect; captions are the interpreter's English.
The witness is a Syrian refugee who has lived in Lebanon since 2014.

q01
00:00:02.000 --> 00:00:06.000
<v Interviewer>Please tell us your name and where you come from.

q02
00:00:06.600 --> 00:00:13.200
<v Mahmoud>[[Mahmoud Qaddour|PERSON]], [[Abu Rayan|PERSON]]. From [[Kafr Zita|PLACE]], in the countryside of [[Hama|PLACE]], in [[Syria|PLACE]].

q03
00:00:13.800 --> 00:00:20.500
<v Mahmoud>In [[Baalbak|PLACE:Baalbek]] I am the natour, the concierge, of a building in [[Sharawna|PLACE:Hay al-Sharawneh]]. Ten years I live in the small room under the stairs.

q04
00:00:21.100 --> 00:00:25.400
<v Interviewer>Why did you leave [[Kafr Zita|PLACE]]?

q05
00:00:26.000 --> 00:00:33.800
<v Mahmoud>{{c1|In [[the winter of 2014|DATE:2014-01-01..2014-03-20]] the [[barrels|WEAPON:BARREL_BOMB]] of [[the regime|ACTOR:Syrian government forces]] fell on us every day, and one fell on the house of my father. The roof came down, the whole house was finished.}}

q06
00:00:34.400 --> 00:00:38.900
<v Mahmoud>We were in the basement of my uncle, this is why we are alive.

q07
00:00:39.500 --> 00:00:47.600
<v Mahmoud>Then in [[April|DATE:2014-04-01..2014-04-30]], [[the 11th|DATE:2014-04-11]], [[a Friday|DATE:2014-04-11]], in [[the evening|DATE:2014-04-11]], [[the helicopter|WEAPON:AIRSTRIKE]] dropped something, not loud, and a yellow smoke came, and the smell, like the bleach for the floors.

q08
00:00:48.200 --> 00:00:56.900
<v Mahmoud>{{c2|My daughter [[Rahaf|PERSON]], she was four, and my mother, they could not breathe, they were coughing, the eyes red. I carried them to the field hospital myself.}}

q09
00:00:57.500 --> 00:01:04.000
<v Mahmoud>The doctors said it is [[chlorine|WEAPON:CHEMICAL]]. The daughter of my uncle, [[Hama|PERSON]], yes, her name is Hama, like the city, she was a nurse there.

q10
00:01:04.600 --> 00:01:10.300
<v Mahmoud>{{c3|[[Hama|PERSON]] told me [[that night|DATE:2014-04-11]] more than a hundred people came to them choking.}}

q11
00:01:10.900 --> 00:01:14.500
<v Interviewer>Did anyone in your family disappear in [[Syria|PLACE]]?

q12
00:01:15.100 --> 00:01:22.800
<v Mahmoud>My brother [[Obaida|PERSON]]. {{c4|In [[the summer of 2012|DATE:2012-06-01..2012-08-31]] we were in the pickup, the two of us, at the checkpoint of [[the army|ACTOR:Syrian government forces]] in [[Mhardeh|PLACE]]. They took him out, they took his ID, they put him in their room.}}

q13
00:01:23.400 --> 00:01:29.900
<v Mahmoud>Me they searched, they hit me one time, they let me drive away. Him they kept.

q14
00:01:30.500 --> 00:01:37.200
<v Mahmoud>{{c5|Since then we know nothing. He is not on any list, nobody saw him in any prison. Twelve years.}}

q15
00:01:37.800 --> 00:01:42.600
<v Interviewer>Thank you. Let us talk about [[Baalbek|PLACE]]. You were there in [[November|DATE:2024-11-01..2024-11-30]]?

q16
00:01:43.200 --> 00:01:50.800
<v Mahmoud>Yes. The building of [[Abu Wissam|PERSON]] was next to my building, only a small road between. [[The first Friday of November|DATE:2024-11-01]].

q17
00:01:51.400 --> 00:01:58.600
<v Mahmoud>I was in my room under the stairs. The [[Israeli|ACTOR:Israeli forces]] [[planes|WEAPON:AIRSTRIKE]], we heard them all day, and at [[night|DATE:2024-11-01]] two [[missiles|WEAPON:MISSILE]], very close.

q18
00:01:59.200 --> 00:02:06.700
<v Mahmoud>{{c6|The front of my building fell in the street, the balconies, and the generator of the building burned with the diesel.}}

q19
00:02:07.300 --> 00:02:12.400
<v Mahmoud>{{c7|A stone fell on my head, here, they sewed it in [[Dar al-Amal hospital|PLACE]].}}

q20
00:02:13.000 --> 00:02:20.900
<v Mahmoud>{{c8|I saw the building of [[Abu Wissam|PERSON]], it was not there. Only a mountain of concrete and the smoke.}} We dug with the hands until the civil defence came.

q21
00:02:21.500 --> 00:02:28.200
<v Mahmoud>{{c9|We found [[Umm Wissam|PERSON]], under the kitchen, she was dead.}} {{c11|And later the small girl, dead also. Her I did not see, the young men told me.}}

q22
00:02:28.800 --> 00:02:34.900
<v Mahmoud>{{c10|The sheikh of the mosque said at the funeral thirteen died, from the building and from the street.}}

q23
00:02:35.500 --> 00:02:39.800
<v Interviewer>Thirteen? Other people told us nine.

q24
00:02:40.400 --> 00:02:46.300
<v Mahmoud>Maybe. I say what the sheikh said. There were also people from outside, maybe they were not counted.

q25
00:02:46.900 --> 00:02:50.400
<v Interviewer>Did you have any problems after the [[strike|WEAPON:AIRSTRIKE]]?

q26
00:02:51.000 --> 00:02:58.800
<v Mahmoud>On the road to [[Zahle|PLACE]], at the checkpoint, the soldiers took my papers, the residency, everything, they asked questions one hour.

q27
00:02:59.400 --> 00:03:04.700
<v Mahmoud>Then they gave back the papers and said go. It was fine. I am a Syrian, I am used to it.

q28
00:03:05.300 --> 00:03:12.600
<v Mahmoud>Nobody else from my family was hurt in [[Baalbek|PLACE]]. My wife and [[Rahaf|PERSON]] were in [[Zahle|PLACE]] already, with her sister.

q29
00:03:13.200 --> 00:03:17.000
<v Interviewer>Is there anything you want to add?

q30
00:03:17.600 --> 00:03:24.400
<v Mahmoud>{{c1,c6|Two times my house is destroyed, in [[Syria|PLACE]] and now here.}} I don't have a third country to go.
@@witness lb-baalbek-mahmoud-qaddour
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Kafr Zita" date=2014-01-01..2014-03-20 basis=EXPERIENCED incident=sy-kafrzita-20140000-qaddour-house
@@claim c2 harm=INJURED min=2 max=2 named="Rahaf" weapon=CHEMICAL site="Kafr Zita" date=2014-04-11 basis=WITNESSED incident=sy-kafrzita-20140411-chlorine
@@claim c3 harm=INJURED min=101 max=null weapon=CHEMICAL site="Kafr Zita" date=2014-04-11 basis=HEARSAY incident=sy-kafrzita-20140411-chlorine
@@claim c4 harm=DETAINED min=1 max=1 named="Obaida" actor="Syrian government forces" site="Mhardeh" date=2012-06-01..2012-08-31 basis=WITNESSED incident=sy-mhardeh-20120000-obaida-checkpoint
@@claim c5 harm=MISSING min=1 max=1 named="Obaida" site="Mhardeh" date=2012-06-01..2012-08-31 basis=EXPERIENCED incident=sy-mhardeh-20120000-obaida-checkpoint
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="Sharawna" date=2024-11-01 basis=EXPERIENCED incident=lb-baalbek-20241101-sharawneh-mortada-building
@@claim c7 harm=INJURED min=1 max=1 weapon=AIRSTRIKE actor="Israeli forces" site="Sharawna" date=2024-11-01 basis=EXPERIENCED incident=lb-baalbek-20241101-sharawneh-mortada-building
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="Sharawna" date=2024-11-01 basis=WITNESSED incident=lb-baalbek-20241101-sharawneh-mortada-building
@@claim c9 harm=KILLED min=1 max=1 named="Umm Wissam" weapon=AIRSTRIKE actor="Israeli forces" site="Sharawna" date=2024-11-01 basis=WITNESSED incident=lb-baalbek-20241101-sharawneh-mortada-building
@@claim c10 harm=KILLED min=13 max=13 weapon=AIRSTRIKE actor="Israeli forces" site="Sharawna" date=2024-11-01 basis=HEARSAY incident=lb-baalbek-20241101-sharawneh-mortada-building
@@claim c11 harm=KILLED min=1 max=1 weapon=AIRSTRIKE actor="Israeli forces" site="Sharawna" date=2024-11-01 basis=HEARSAY incident=lb-baalbek-20241101-sharawneh-mortada-building
