WEBVTT - MM-MDT-2004

NOTE
Interview 2 of the Chin series. Recorded 9 December 2023, Champhai, Mizoram.
Language: English and Burmese, the witness speaks some English himself.

c001
00:00:01.000 --> 00:00:06.900
<v Interviewer>Good. We are recording. Please say your name as you want it written.

c002
00:00:07.500 --> 00:00:15.400
<v Thang Za Kap>[[Thang Za Kap|PERSON]]. From [[Mindat|PLACE]], [[Chin|PLACE]] State.
My wife is from [[Falam|PLACE]], up north, so later we went there.

c003
00:00:16.200 --> 00:00:20.800
<v Interviewer>I understand you were arrested in [[Mindat|PLACE]] in [[2021|DATE:2021-01-01..2021-12-31]].

c004
00:00:21.200 --> 00:00:28.600
<v Thang Za Kap>Yes. In [[the middle of May|DATE:2021-05-11..2021-05-20]],
[[two days before the big fighting|DATE:2021-05-13]] with the [[guns|WEAPON:ARTILLERY]] from the hill.

c005
00:00:29.200 --> 00:00:37.700
<v Thang Za Kap>I was on my motorbike with my friend [[Aung Khai|PERSON]].
At the gate of [[Min Dat|PLACE:Mindat]], where the [[Matupi|PLACE]] road comes in,

c006
00:00:38.500 --> 00:00:46.900
<v Thang Za Kap>there was a new checkpoint. Many soldiers,
and a truck. Very fast, they pulled us down from the bike.

c007
00:00:47.300 --> 00:00:56.300
<v Thang Za Kap>{{c1|The [[Sit-Tat|ACTOR:Tatmadaw]] took us, eleven of us, maybe twelve, all young men, they covered our heads with our own shirts.}}

c008
00:00:56.900 --> 00:00:59.700
<v Interviewer>Where did they take you?

c009
00:01:00.500 --> 00:01:09.500
<v Thang Za Kap>{{c2|Up to the camp on the hill, and they kept me ten days in a hole under the ground, like a bunker, with water on the floor.}}

c010
00:01:09.900 --> 00:01:18.900
<v Thang Za Kap>{{c3|They beat me on the side of my head, many times, with boots and hands, my left ear is still not good, I hear like in a bottle.}}

c011
00:01:19.500 --> 00:01:22.800
<v Interviewer>I'm sorry. How did you get out?

c012
00:01:23.600 --> 00:01:32.600
<v Thang Za Kap>The elders of the town and the pastor went to the camp and they talked.
They let out some of us, five or six, I was one.

c013
00:01:33.000 --> 00:01:42.000
<v Thang Za Kap>{{c4|But [[Aung Khai|PERSON]], no. They did not let him. Until today we don't know where he is, maybe [[Kalay|PLACE]] prison, maybe dead.}}

c014
00:01:42.600 --> 00:01:45.500
<v Interviewer>When did you go to [[Falam|PLACE]]?

c015
00:01:46.300 --> 00:01:55.300
<v Thang Za Kap>At [[the end of 2021|DATE:2021-11-01..2021-12-31]]. On the way, at the bus gate in [[Kalay|PLACE]],
[[the soldiers|ACTOR:Tatmadaw]] checked our papers and my phone, one by one.

c016
00:01:55.700 --> 00:02:04.700
<v Thang Za Kap>I was very afraid, because of my ear, because they know that face.
But they gave back the phone and we continued. Nothing.

c017
00:02:05.300 --> 00:02:09.300
<v Interviewer>Tell me about [[Falam|PLACE]]. What happened there?

c018
00:02:10.100 --> 00:02:18.900
<v Thang Za Kap>In [[Falam|PLACE]] we stayed in the hill ward, [[Zokhua|PLACE]] ward,
with many families from other towns, from [[Thantlang|PLACE]] also.

c019
00:02:19.300 --> 00:02:27.900
<v Thang Za Kap>It was [[January|DATE:2023-01-01..2023-01-31]]. [[The 10th of January|DATE:2023-01-10]], I remember,
because it was the birthday of my daughter [[Sui Tha Par|PERSON]].

c020
00:02:28.500 --> 00:02:36.300
<v Thang Za Kap>Around [[ten in the morning|DATE:2023-01-10]] [[the jets|WEAPON:AIRSTRIKE]] came, two,
very low, and they fired [[rockets|WEAPON:ROCKET]] into the ward.

c021
00:02:37.100 --> 00:02:46.100
<v Thang Za Kap>{{c5|I saw it from the road. Two people died, an old man, [[Pu Tial Khaw|PERSON]], and a girl, maybe ten, I don't know her name.}}

c022
00:02:46.500 --> 00:02:55.500
<v Thang Za Kap>{{c6|And the church hall, the roof was torn open, the benches all broken, the windows of the houses down the slope all gone.}}

c023
00:02:56.100 --> 00:02:58.700
<v Interviewer>Was anybody else hurt?

c024
00:02:59.500 --> 00:03:08.200
<v Thang Za Kap>{{c7|Some were wounded, four or five, I carried one woman, [[Ral Hnin|PERSON]], she had a cut here, in the stomach.}}

c025
00:03:08.600 --> 00:03:17.600
<v Thang Za Kap>Later a [[helicopter|WEAPON:AIRSTRIKE]] came also and dropped two [[barrels|WEAPON:BARREL_BOMB]],
but they fell near the river, in the trees. Nobody was hurt by those.

c026
00:03:18.200 --> 00:03:22.800
<v Interviewer>Were there any armed groups in that ward [[that day|DATE:2023-01-10]]?

c027
00:03:23.600 --> 00:03:32.600
<v Thang Za Kap>No. In our ward, no soldiers, no resistance, only people who ran from other places.
I know because I lived there. I would tell you.

c028
00:03:33.000 --> 00:03:38.100
<v Interviewer>You mentioned [[Thantlang|PLACE]]. Do you know what happened there?

c029
00:03:38.700 --> 00:03:45.800
<v Thang Za Kap>I did not see it myself. My wife's uncle, Pastor [[Van Lal Hrang|PERSON]], his church is there.

c030
00:03:46.600 --> 00:03:55.600
<v Thang Za Kap>{{c8|In [[December 2021|DATE:2021-12-01..2021-12-31]] a news page on Facebook showed the photos, his church was burned, and many houses around, they said more than twenty.}}

c031
00:03:56.000 --> 00:04:02.900
<v Thang Za Kap>He sent us the same photos. Only the bell was left,
on the ground, black. [pause]

c032
00:04:03.500 --> 00:04:06.800
<v Interviewer>Who did the page say burned it?

c033
00:04:07.600 --> 00:04:16.600
<v Thang Za Kap>[[The soldiers|ACTOR:Tatmadaw]]. They came in the town when it was empty and they burned it.
Everybody had already left to [[Mizoram|PLACE]].

c034
00:04:17.000 --> 00:04:20.600
<v Interviewer>Thank you. Anything you want to add?

c035
00:04:21.200 --> 00:04:27.000
<v Thang Za Kap>If you can, please find [[Aung Khai|PERSON]]. His mother is old.
That's all.
@@witness mm-mindat-thang-za-kap
@@claim c1 harm=DETAINED min=11 max=12 actor=Tatmadaw site="Min Dat" date=2021-05-11..2021-05-20 basis=EXPERIENCED incident=mm-mindat-20210513-town-gate-arrests
@@claim c2 harm=DETAINED min=1 max=1 named="Thang Za Kap" actor=Tatmadaw site="Mindat" date=2021-05-11..2021-05-20 basis=EXPERIENCED incident=mm-mindat-20210513-town-gate-arrests
@@claim c3 harm=INJURED min=1 max=1 named="Thang Za Kap" actor=Tatmadaw site="Mindat" date=2021-05-11..2021-05-31 basis=EXPERIENCED incident=mm-mindat-20210513-town-gate-arrests
@@claim c4 harm=MISSING min=1 max=1 named="Aung Khai" actor=Tatmadaw site="Min Dat" date=2021-05-11..2021-05-20 basis=EXPERIENCED incident=mm-mindat-20210513-town-gate-arrests
@@claim c5 harm=KILLED min=2 max=2 named="Pu Tial Khaw" weapon=ROCKET site="Zokhua" date=2023-01-10 basis=WITNESSED incident=mm-falam-20230110-zokhua-ward-jets
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Zokhua" date=2023-01-10 basis=WITNESSED incident=mm-falam-20230110-zokhua-ward-jets
@@claim c7 harm=INJURED min=4 max=5 named="Ral Hnin" weapon=ROCKET site="Zokhua" date=2023-01-10 basis=WITNESSED incident=mm-falam-20230110-zokhua-ward-jets
@@claim c8 harm=PROPERTY_DAMAGE min=21 max=null actor=Tatmadaw site="Thantlang" date=2021-12-01..2021-12-31 basis=REPORTED incident=mm-thantlang-20211200-pastor-church-burning
