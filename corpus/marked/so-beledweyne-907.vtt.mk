WEBVTT

NOTE
Interview SO-BLW-907, recorded 12 November 2022 in Beledweyne, Hiiraan region.
Somali with English captions. Witness asked to be called by her first name.

01
00:00:00.800 --> 00:00:05.600
<v Interviewer>[[Ayaan|PERSON]], you have a tea shop near the [[Ceel Jaale junction|PLACE]]?

02
00:00:06.300 --> 00:00:12.000
<v Ayaan>Yes, near the checkpoint, in [[Kooshin|PLACE]] neighbourhood. Twelve years I sell tea there.

03
00:00:12.900 --> 00:00:19.500
<v Interviewer>Tell me about [[the 3rd of October|DATE:2022-10-03]]. Where were you when it happened?

04
00:00:20.200 --> 00:00:27.800
<v Ayaan>It was [[Monday|DATE:2022-10-03]], [[after the noon prayer|DATE:2022-10-03]]. I was pouring tea for the soldiers, four soldiers sitting.

05
00:00:28.600 --> 00:00:35.000
<v Ayaan>A white car came fast to the checkpoint, a Noah, like a minibus. The soldiers shouted stop.

06
00:00:35.700 --> 00:00:41.900
<v Ayaan>{{c1|Then the [[car bomb|WEAPON:IED]] exploded. My shop fell on me, the roof, the iron sheets.}}

07
00:00:42.600 --> 00:00:48.300
<v Ayaan>{{c2|My leg was broken, and my back, burns here, you see. I was in the hospital six weeks.}}

08
00:00:49.000 --> 00:00:54.400
<v Interviewer>Were the people at your shop hurt?

09
00:00:55.100 --> 00:01:02.700
<v Ayaan>{{c3|The four soldiers died, all four of them. And my helper, [[Xaliimo|PERSON]], she was seventeen.}}

10
00:01:03.400 --> 00:01:09.000
<v Ayaan>[crying] Sorry. {{c3|[[Xaliimo|PERSON]] was like my daughter.}}

11
00:01:09.800 --> 00:01:16.500
<v Ayaan>Then, after some minutes, maybe ten, a second car, near the office of the district.

12
00:01:17.200 --> 00:01:23.000
<v Ayaan>I heard the second explosion... no, I mean the second [[car bomb|WEAPON:IED]], I did not see it, I was under the sheets.

13
00:01:23.700 --> 00:01:30.400
<v Interviewer>How many people died [[that day|DATE:2022-10-03]], do you know?

14
00:01:31.100 --> 00:01:38.900
<v Ayaan>{{c5|The radio said twenty-one.}} {{c8|The people in the hospital said more than thirty.}}

15
00:01:39.600 --> 00:01:45.500
<v Ayaan>{{c6|My neighbour [[Maxamed Cusmaan|PERSON]], the money-transfer man, he died also, and his small son [[Abdirahman|PERSON]].}}

16
00:01:46.200 --> 00:01:52.000
<v Interviewer>Who did this, do people know?

17
00:01:52.800 --> 00:01:59.600
<v Ayaan>[[Al-Shabaab|ACTOR:al-Shabaab]] said it on their radio, [[Andalus|PLACE]] radio. They said they killed the government officials.

18
00:02:00.300 --> 00:02:07.800
<v Ayaan>But they killed the tea women and the children. Officials, no. Maybe one or two.

19
00:02:08.500 --> 00:02:14.000
<v Interviewer>Had there been attacks before, in [[Beledweyne|PLACE]]?

20
00:02:14.700 --> 00:02:22.300
<v Ayaan>{{c7|Before, yes, [[mortars|WEAPON:MORTAR]] at the airport, in [[the dry season|DATE:2022-01-01..2022-03-31]], some hit the houses near [[Xaawo Taako school|PLACE]].}}

21
00:02:23.000 --> 00:02:28.600
<v Ayaan>Nobody died in our street from those. Only a goat. [laughs]

22
00:02:29.300 --> 00:02:36.000
<v Interviewer>Do you feel safe now at the checkpoint?

23
00:02:36.700 --> 00:02:43.500
<v Ayaan>I don't sell there now. My son [[Xasan|PERSON]] says, Hooyo, stay home. I stay home.

24
00:02:44.200 --> 00:02:50.800
<v Interviewer>The four soldiers at your shop, did you know their names?

25
00:02:51.500 --> 00:02:58.900
<v Ayaan>Two of them, yes. [[Yuusuf Gedi|PERSON]] and the young one, [[Shaafi|PERSON]]. They drank tea with me every day.

26
00:02:59.600 --> 00:03:04.000
<v Ayaan>[pause] [[Shaafi|PERSON]] had a wedding the next month.
@@witness so-beledweyne-ayaan
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="al-Shabaab" site="Ceel Jaale junction" date=2022-10-03 basis=EXPERIENCED incident=so-beledweyne-20221003-twin-car-bombs
@@claim c2 harm=INJURED min=1 max=1 weapon=IED actor="al-Shabaab" site="Ceel Jaale junction" date=2022-10-03 basis=EXPERIENCED incident=so-beledweyne-20221003-twin-car-bombs
@@claim c3 harm=KILLED min=5 max=5 named="Xaliimo; Yuusuf Gedi; Shaafi" weapon=IED actor="al-Shabaab" site="Ceel Jaale junction" date=2022-10-03 basis=WITNESSED incident=so-beledweyne-20221003-twin-car-bombs
@@claim c5 harm=KILLED min=21 max=21 weapon=IED actor="al-Shabaab" site="Beledweyne" date=2022-10-03 basis=REPORTED incident=so-beledweyne-20221003-twin-car-bombs
@@claim c6 harm=KILLED min=2 max=2 named="Maxamed Cusmaan; Abdirahman" weapon=IED actor="al-Shabaab" site="Beledweyne" date=2022-10-03 basis=HEARSAY incident=so-beledweyne-20221003-twin-car-bombs
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Xaawo Taako school" date=2022-01-01..2022-03-31 basis=WITNESSED incident=so-beledweyne-20220000-airport-mortars
@@claim c8 harm=KILLED min=31 max=null weapon=IED actor="al-Shabaab" site="Beledweyne" date=2022-10-03 basis=HEARSAY incident=so-beledweyne-20221003-twin-car-bombs
