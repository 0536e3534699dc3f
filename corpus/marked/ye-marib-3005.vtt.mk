WEBVTT

NOTE Interview YE-MRB-3005, recorded in Marib city, 9 March 2021.
Arabic, English interpretation. Speaker: Hind, schoolteacher, from Hodeidah, displaced twice.

h01
00:00:01.000 --> 00:00:06.000
<v Interviewer>Thank you, [[Hind|PERSON]]. You were in [[Hodeidah|PLACE]] during the fighting in [[2018|DATE:2018-01-01..2018-12-31]]?

h02
00:00:06.500 --> 00:00:13.200
<v Hind>Yes, in [[al-Haly|PLACE:al-Hali]], near the [[Sunaydar bakery|PLACE:al-Sunaidar bakery]]. Our flat was on the third floor, over a pharmacy.

h03
00:00:13.700 --> 00:00:21.000
<v Hind>{{c1|It was [[a Monday|DATE:2018-11-05]], [[the first Monday of November|DATE:2018-11-05]], [[early morning|DATE:2018-11-05]], the [[air strike|WEAPON:AIRSTRIKE]] hit the bakery while the line was long.}}

h04
00:00:21.500 --> 00:00:28.000
<v Hind>{{c2|From our window we watched the smoke, and our windows, all of them, were blown in on the children.}}

h05
00:00:28.500 --> 00:00:35.000
<v Hind>{{c3|My daughter [[Salam|PERSON]], she is nine, the glass cut her forehead, six stitches.}} Salam, it means peace. There was no peace.

h06
00:00:35.500 --> 00:00:42.000
<v Interviewer>Did you go down to the street?

h07
00:00:42.500 --> 00:00:50.800
<v Hind>My husband [[Khaled Abdullah al-Qirshi|PERSON]] went down. {{c4|He said eight were dead on the ground, and one was the baker himself, [[Ameen|PERSON]], the one with the white beard.}}

h08
00:00:51.300 --> 00:00:57.400
<v Hind>Others said more. {{c12|The Houthi TV said twelve, but they say what they want.}}

h09
00:00:57.900 --> 00:01:04.000
<v Interviewer>How do you know it came from the air [[that day|DATE:2018-11-05]]?

h10
00:01:04.500 --> 00:01:11.200
<v Hind>Because we heard them. The [[Saudi|ACTOR:Saudi-led coalition]] [[jets|WEAPON:AIRSTRIKE]], eh, you hear them first, a long sound like tearing cloth, then the hit.

h11
00:01:11.700 --> 00:01:17.000
<v Hind>{{c5|We left [[al-Hudaydah|PLACE:Hodeidah]] [[three days later|DATE:2018-11-08]], with a bus, to [[Sanaa|PLACE]], then here to [[Marib|PLACE]].}}

h12
00:01:17.500 --> 00:01:23.000
<v Interviewer>And in [[Marib|PLACE]] you stayed in a camp?

h13
00:01:23.500 --> 00:01:31.000
<v Hind>In [[al-Juba|PLACE]], first, in the tents of [[al-Rawda|PLACE]] camp, then in [[Raghwan|PLACE]] with my husband's cousin, because he had land there.

h14
00:01:31.500 --> 00:01:39.200
<v Hind>{{c6|In [[February this year|DATE:2021-02-01..2021-02-28]], when the [[Houthis|ACTOR:Houthis]] attacked toward [[Marib|PLACE]], we had to run again from [[Raghwan|PLACE]], in [[the night|DATE:2021-02-01..2021-02-28]], with nothing.}}

h14b
00:01:39.500 --> 00:01:47.000
<v Hind>{{c14|Before we ran, eh, the [[shelling|WEAPON:ARTILLERY]]... no, I mean the [[Katyusha rockets|WEAPON:ROCKET]], they fell on the farm for two days, and the greenhouse of tomatoes, it was torn apart, the plastic hanging like flags.}}

h14c
00:01:47.500 --> 00:01:53.600
<v Hind>{{c14|Also the water pump, the diesel one, it is broken in pieces, and the house of the guard, the roof is gone.}} The cousin cried for the pump more than for the house.

h15
00:01:54.200 --> 00:02:00.500
<v Hind>{{c7|And our cousin, [[Mujahid|PERSON]], the [[Houthis|ACTOR:Houthis]] took him from the farm, with his two sons, they said they work for [[the army|ACTOR:Yemeni government forces]].}}

h16
00:02:01.000 --> 00:02:06.500
<v Hind>{{c8|We have no news of them until now.}}

h17
00:02:07.000 --> 00:02:13.500
<v Interviewer>Did anything happen in [[al-Juba|PLACE]]?

h18
00:02:14.000 --> 00:02:21.900
<v Hind>Yes. {{c9|[[Two weeks ago|DATE:2021-02-21]], [[Sunday the 21st|DATE:2021-02-21]], a [[missile|WEAPON:MISSILE]] fell near the camp of [[al-Juba|PLACE]], the ballistic one, it came from the [[Houthis|ACTOR:Houthis]], everybody knows.}}

h19
00:02:22.400 --> 00:02:29.500
<v Hind>{{c10,c9|I did not see it, my neighbour [[Umm Ramzi|PERSON]] told me, a boy and his grandfather died, and the tents burned, maybe fifteen tents.}}

h20
00:02:30.000 --> 00:02:36.500
<v Hind>{{c11,c16|Then [[the same week|DATE:2021-02-21..2021-02-27]] [[the drone|WEAPON:DRONE_STRIKE]], the one that explodes itself, it hit a car on the road of [[Sirwah|PLACE]], and the local council wrote that two men were killed.}}

h21
00:02:37.000 --> 00:02:42.500
<v Interviewer>Have you ever been stopped at checkpoints yourself?

h22
00:02:43.000 --> 00:02:50.500
<v Hind>At [[al-Faleq|PLACE]] checkpoint, [[the army|ACTOR:Yemeni government forces]] checked our papers, very long, because our card says [[Hodeidah|PLACE]].

h23
00:02:51.000 --> 00:02:57.500
<v Hind>They wanted to take my husband, to question him, but an officer from the Obeidah tribe said he knows him, and they let us go.

h24
00:02:58.000 --> 00:03:03.500
<v Interviewer>One last thing, the bakery in [[al-Hali|PLACE]]. How sure are you of the date?

h25
00:03:04.000 --> 00:03:10.500
<v Hind>Very sure. It was the day after my mother's operation, [[the 5th|DATE:2018-11-05]]. Write it.

@@witness ye-hodeidah-hind-al-qirshi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="Sunaydar bakery" date=2018-11-05 basis=WITNESSED incident=ye-hodeidah-20181105-hali-bakery
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Haly" date=2018-11-05 basis=EXPERIENCED incident=ye-hodeidah-20181105-hali-bakery
@@claim c3 harm=INJURED min=1 max=1 named="Salam" weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Haly" date=2018-11-05 basis=EXPERIENCED incident=ye-hodeidah-20181105-hali-bakery
@@claim c4 harm=KILLED min=8 max=8 named="Ameen" weapon=AIRSTRIKE actor="Saudi-led coalition" site="Sunaydar bakery" date=2018-11-05 basis=HEARSAY incident=ye-hodeidah-20181105-hali-bakery
@@claim c12 harm=KILLED min=12 max=12 weapon=AIRSTRIKE site="Sunaydar bakery" date=2018-11-05 basis=REPORTED incident=ye-hodeidah-20181105-hali-bakery
@@claim c5 harm=DISPLACED min=null max=null site="al-Hudaydah" date=2018-11-08 basis=EXPERIENCED incident=ye-hodeidah-20181105-hali-bakery
@@claim c6 harm=DISPLACED min=null max=null actor="Houthis" site="Raghwan" date=2021-02-01..2021-02-28 basis=EXPERIENCED incident=ye-raghwan-20210200-offensive
@@claim c7 harm=DETAINED min=3 max=3 named="Mujahid" actor="Houthis" site="Raghwan" date=2021-02-01..2021-02-28 basis=HEARSAY incident=ye-raghwan-20210200-offensive
@@claim c8 harm=MISSING min=3 max=3 named="Mujahid" actor="Houthis" site="Raghwan" basis=HEARSAY incident=ye-raghwan-20210200-offensive
@@claim c9 harm=PROPERTY_DAMAGE min=15 max=15 weapon=MISSILE actor="Houthis" site="al-Juba" date=2021-02-21 basis=HEARSAY incident=ye-marib-20210221-juba-missile
@@claim c10 harm=KILLED min=2 max=2 weapon=MISSILE actor="Houthis" site="al-Juba" date=2021-02-21 basis=HEARSAY incident=ye-marib-20210221-juba-missile
@@claim c11 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE site="Sirwah" date=2021-02-21..2021-02-27 basis=REPORTED incident=ye-sirwah-20210200-car-drone
@@claim c14 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Houthis" site="Raghwan" date=2021-02-01..2021-02-28 basis=WITNESSED incident=ye-raghwan-20210200-offensive
@@claim c16 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Sirwah" date=2021-02-21..2021-02-27 basis=REPORTED incident=ye-sirwah-20210200-car-drone
