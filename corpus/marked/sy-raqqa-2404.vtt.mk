WEBVTT

NOTE
Interview ID: SY-RQA-2404
Interview date: 2018-04-11
Location: Ain Issa camp, Raqqa governorate
Interviewer: Jonas Lindqvist; interpreter: Hiba Darwish
Witness asked to be called Umm Ayman.

c001
00:00:01.000 --> 00:00:07.827
<v Interviewer>[[Umm Ayman|PERSON]], you lived in [[al-Badu|PLACE]], in [[Raqqa|PLACE]] city?

c002
00:00:08.327 --> 00:00:17.518
<v Umm Ayman>In [[al-Bado|PLACE:al-Badu]], yes, behind the mosque of [[al-Rahma|PLACE]].
My husband's family house, three floors, we had the top.

c003
00:00:18.018 --> 00:00:27.073
<v Umm Ayman>My name is [[Fatima al-Saleh|PERSON]], but everybody says [[Umm Ayman|PERSON]].
[[Ayman|PERSON]] is my oldest, he is sixteen now.

c004
00:00:27.573 --> 00:00:32.491
<v Interviewer>Tell me what happened at the bakery.

c005
00:00:32.991 --> 00:00:44.818
<v Umm Ayman>It was [[the end of July|DATE:2017-07-22..2017-07-31]], [[a Saturday|DATE:2017-07-22]], I think.
Around [[noon|DATE:2017-07-22]]. I sent [[Ayman|PERSON]] for bread because there was nothing.

c006
00:00:45.318 --> 00:00:53.600
<v Umm Ayman>{{c1|Then the sound. The whole house jumped, the glass
of our kitchen came in on the floor, on the gas bottle.}}

c007
00:00:54.100 --> 00:01:01.518
<v Umm Ayman>I ran down in my house clothes, without shoes.
The bakery is two streets from us, maybe less.

c008
00:01:02.018 --> 00:01:11.118
<v Umm Ayman>{{c2|I saw people on the ground, pieces of people. I will not say it.
The building next to the bakery had come down on the line.}}

c009
00:01:11.618 --> 00:01:20.764
<v Umm Ayman>{{c3|My son was sitting against the wall, his leg open here,
from the knee, and his friend [[Omar Hilal|PERSON]] was holding him.}}

c010
00:01:21.264 --> 00:01:26.045
<v Interviewer>What hit the bakery, do you know?

c011
00:01:26.545 --> 00:01:38.873
<v Umm Ayman>A [[plane|WEAPON:AIRSTRIKE]]. [[The planes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:US-led coalition]], who else had planes there.
We heard it come, [[the plane|WEAPON:AIRSTRIKE]], before the sound.

c012
00:01:39.373 --> 00:01:47.291
<v Umm Ayman>{{c4|Seventeen died, they said in the mosque.
Seventeen, and the baker [[Abu Hamza|PERSON]] with them.}}

c013
00:01:47.791 --> 00:01:56.709
<v Umm Ayman>{{c5|Later a page on Facebook from [[Raqqa|PLACE]] wrote nineteen
killed in the bread line of [[Hay al-Badu|PLACE:al-Badu]].}}

c014
00:01:57.209 --> 00:02:03.809
<v Interviewer>Was there anything there before [[that day|DATE:2017-07-22..2017-07-31]]?

c015
00:02:04.309 --> 00:02:15.682
<v Umm Ayman>{{c6|[[Two weeks before|DATE:2017-07-08..2017-07-17]], a [[drone|WEAPON:DRONE_STRIKE]] hit a car in front of that same bakery.
The car burned, the shutter of the bakery was bent.}}

c016
00:02:16.182 --> 00:02:25.373
<v Umm Ayman>Nobody was killed that time, the car was empty,
the men had gone inside to buy. [[Daesh|ACTOR:Islamic State]] men, it was their car.

c017
00:02:25.873 --> 00:02:30.700
<v Interviewer>How did you leave [[Raqqa|PLACE]]?

c018
00:02:31.200 --> 00:02:44.255
<v Umm Ayman>{{c7|In [[August|DATE:2017-08-01..2017-08-31]], [[the week of the big heat|DATE:2017-08-07..2017-08-13]], we went out with
the people of [[Abu Khalil|PERSON]], nine of us, toward [[al-Ferdous|PLACE]] and the bridge.}}

c019
00:02:44.755 --> 00:02:56.627
<v Umm Ayman>{{c8|On the way the [[hawn|WEAPON:MORTAR]] fell near us in [[al-Firdous|PLACE:al-Ferdous]],
from the [[Daesh|ACTOR:Islamic State]] side, and [[Abu Khalil|PERSON]]'s wife was cut in the arm.}}

c020
00:02:57.127 --> 00:03:01.727
<v Interviewer>Who is [[Abu Khalil|PERSON]]?

c021
00:03:02.227 --> 00:03:11.236
<v Umm Ayman>Our neighbour. [[Yousef Khalil|PERSON]]. He carried my son on his back
the whole way, you understand, on his back, with the leg.

c022
00:03:11.736 --> 00:03:17.927
<v Interviewer>And when you reached the [[SDF|ACTOR:Syrian Democratic Forces]]?

c023
00:03:18.427 --> 00:03:29.436
<v Umm Ayman>{{c9|They took my husband, [[Abdulrahman|PERSON]], at the screening point, him
and two of the [[Khalil|PERSON]] boys, and they held them forty days in [[Ain Issa|PLACE]].}}

c024
00:03:29.936 --> 00:03:38.218
<v Umm Ayman>They said, we have to check who is [[Daesh|ACTOR:Islamic State]].
He came out, thank God, he was only a plumber.

c025
00:03:38.718 --> 00:03:46.500
<v Umm Ayman>My brother [[Nasser|PERSON]] they also questioned, one hour,
in a tent, then they let him go with us.

c026
00:03:47.000 --> 00:03:51.327
<v Interviewer>Did your house survive?

c027
00:03:51.827 --> 00:04:02.109
<v Umm Ayman>{{c10|When my husband went back in [[November|DATE:2017-11-01..2017-11-30]], the top floor,
our floor, was not there. Only the stairs going up to the sky.}}

c028
00:04:02.609 --> 00:04:11.936
<v Umm Ayman>{{c11|My cousin [[Sabah|PERSON]] told me half of [[al-Badu|PLACE]] is flattened,
and the mosque of [[al-Rahma|PLACE]] has no minaret.}}

c029
00:04:12.436 --> 00:04:21.764
<v Umm Ayman>We are still here in the tent. [[Ayman|PERSON]] walks with a stick.
Sabah al-khair, he says to me every morning, like nothing happened.
@@witness sy-raqqa-fatima-alsaleh
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Bado" date=2017-07-22..2017-07-31 basis=EXPERIENCED incident=sy-raqqa-20170722-badu-bakery-airstrike
@@claim c2 harm=KILLED min=null max=null site="al-Bado" date=2017-07-22..2017-07-31 basis=WITNESSED incident=sy-raqqa-20170722-badu-bakery-airstrike
@@claim c3 harm=INJURED min=1 max=1 named="Ayman" site="al-Bado" date=2017-07-22..2017-07-31 basis=WITNESSED incident=sy-raqqa-20170722-badu-bakery-airstrike
@@claim c4 harm=KILLED min=17 max=17 named="Abu Hamza" weapon=AIRSTRIKE actor="US-led coalition" site="al-Bado" date=2017-07-22..2017-07-31 basis=HEARSAY incident=sy-raqqa-20170722-badu-bakery-airstrike
@@claim c5 harm=KILLED min=19 max=19 site="Hay al-Badu" date=2017-07-22..2017-07-31 basis=REPORTED incident=sy-raqqa-20170722-badu-bakery-airstrike
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="al-Bado" date=2017-07-08..2017-07-17 basis=HEARSAY incident=sy-raqqa-20170700-badu-bakery-car-drone
@@claim c7 harm=DISPLACED min=9 max=9 named="Abu Khalil" site="al-Bado" date=2017-08-07..2017-08-13 basis=EXPERIENCED incident=sy-raqqa-20170800-alsaleh-family-flight
@@claim c8 harm=INJURED min=1 max=1 weapon=MORTAR actor="Islamic State" site="al-Firdous" date=2017-08-07..2017-08-13 basis=WITNESSED incident=sy-raqqa-20170800-ferdous-mortar-fleeing-family
@@claim c9 harm=DETAINED min=3 max=3 named="Abdulrahman; Khalil" actor="Syrian Democratic Forces" site="Ain Issa" date=2017-08-07..2017-08-13 basis=WITNESSED incident=sy-raqqa-20170800-ainissa-screening-detention
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="al-Bado" date=2017-11-01..2017-11-30 basis=HEARSAY incident=sy-raqqa-20170800-alsaleh-house-destroyed
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null site="al-Badu" basis=HEARSAY incident=sy-raqqa-20170800-badu-destruction
