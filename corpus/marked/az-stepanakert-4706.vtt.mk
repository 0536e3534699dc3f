WEBVTT - testimony AZ-STK-4706

NOTE
Interview ID: AZ-STK-4706
Date of interview: 2021-03-15
Place of interview: Yerevan, a community centre
Language: Armenian, English voice-over
Witness: Narine Hovsepyan, 44, schoolteacher from Stepanakert

c001
00:00:01.000 --> 00:00:05.200
<v Interviewer>Thank you, [[Narine|PERSON]]. You lived in [[Stepanakert|PLACE]]?

c002
00:00:05.800 --> 00:00:12.400
<v Narine Hovsepyan>Yes, all my life. On [[Azatamartikneri|PLACE:Azatamartikneri avenue]], near the market.
I taught history at school number ten.

c003
00:00:13.000 --> 00:00:16.300
<v Interviewer>What do you remember of [[the 4th of October|DATE:2020-10-04]]?

c004
00:00:16.900 --> 00:00:24.500
<v Narine Hovsepyan>[[Sunday|DATE:2020-10-04]]. We were in the basement already one week,
thirty people, the neighbours, the children on the mattresses.

c005
00:00:25.100 --> 00:00:33.800
<v Narine Hovsepyan>{{c1|In [[the morning|DATE:2020-10-04]] the [[cluster|WEAPON:CLUSTER_MUNITION]] came down on the avenue.
From the basement door: small flashes, all along the road, and the shop windows going.}}

c006
00:00:34.400 --> 00:00:41.900
<v Narine Hovsepyan>{{c2|Our neighbour [[Grigor Avanesyan|PERSON]], [[Grisha|PERSON]], seventy,
had gone up to feed the chickens. He lay in the yard, dead.}}

c007
00:00:42.500 --> 00:00:48.300
<v Narine Hovsepyan>{{c3|His wife [[Siranush|PERSON]] was cut in the leg,
we carried her down on a blanket.}}

c008
00:00:48.900 --> 00:00:52.100
<v Interviewer>Who was firing, do you think?

c009
00:00:52.700 --> 00:01:00.200
<v Narine Hovsepyan>[[The Azeris|ACTOR:Azerbaijani forces]], and [[the Turks|ACTOR:Azerbaijani forces]] with them, we say.
There were no soldiers on our street. Only old people and children.

c010
00:01:00.800 --> 00:01:05.400
<v Narine Hovsepyan>[[Our boys|ACTOR:Artsakh Defence Army]] were at the front, not in the town.
In the basement nobody was hurt, thank God.

c011
00:01:06.000 --> 00:01:10.700
<v Interviewer>You mentioned your cousin before we started.

c012
00:01:11.300 --> 00:01:19.100
<v Narine Hovsepyan>[[Armen|PERSON]]. [[Armen Sargsyan|PERSON]]. He drove bread to the positions,
a civilian, with his old Niva, on the road to [[Shushi|PLACE]].

c013
00:01:19.700 --> 00:01:27.900
<v Narine Hovsepyan>{{c4|His wife [[Lusine|PERSON]] told me. On [[the 12th|DATE:2020-10-12]] [[the drone|WEAPON:DRONE_STRIKE]] followed the Niva
on the curves below [[Shusha|PLACE:Shushi]] and hit it from above.}}

c014
00:01:28.500 --> 00:01:34.400
<v Narine Hovsepyan>{{c4|[[Armen|PERSON]] was thrown out of the door. He was burned,
his back, his arms, and he lost two fingers.}}

c015
00:01:35.000 --> 00:01:37.800
<v Interviewer>Did you see the car yourself?

c016
00:01:38.400 --> 00:01:45.600
<v Narine Hovsepyan>{{c7|No. Wait, I saw it, but later, in [[December|DATE:2020-12-01..2020-12-31]],
on the side of the road, black.}} The day itself, no, I know from [[Lusine|PERSON]].

c017
00:01:46.200 --> 00:01:53.900
<v Narine Hovsepyan>[[The Bayraktar|WEAPON:DRONE_STRIKE]], everybody knew the sound.
You hear it and you don't know if it is for you.

c018
00:01:54.500 --> 00:02:01.600
<v Interviewer>Did you leave [[Stepanakert|PLACE]] during the war?

c019
00:02:02.200 --> 00:02:09.800
<v Narine Hovsepyan>{{c5|On [[the 9th of October|DATE:2020-10-09]], with my two daughters, [[Ani|PERSON]] and [[Mariam|PERSON]],
in a bus to [[Goris|PLACE]], then to [[Yerevan|PLACE]].}}

c020
00:02:10.400 --> 00:02:16.700
<v Narine Hovsepyan>My husband [[Vardan|PERSON]] stayed with the volunteers.
We came back in [[December|DATE:2020-12-01..2020-12-31]], then again we left.

c021
00:02:17.300 --> 00:02:22.500
<v Interviewer>What did you hear about [[Shushi|PLACE]]
at [[the end of October|DATE:2020-10-25..2020-10-31]]?

c022
00:02:23.100 --> 00:02:31.400
<v Narine Hovsepyan>{{c6|The ombudsman wrote, and the television showed it,
that the forest around [[Shushi|PLACE]] was burning from [[phosphorus|WEAPON:INCENDIARY]].}}

c023
00:02:32.000 --> 00:02:37.700
<v Narine Hovsepyan>I did not see the forest. From [[Yerevan|PLACE]] you see only the telephone.

c024
00:02:38.300 --> 00:02:45.500
<v Narine Hovsepyan>{{c8|My neighbour [[Garo|PERSON]], he came from [[Aleppo|PLACE]] in [[2013|DATE:2013-01-01..2013-12-31]],
he said: in [[Aleppo|PLACE]] the [[barrel bombs|WEAPON:BARREL_BOMB]], here [[the drones|WEAPON:DRONE_STRIKE]].}}

c025
00:02:46.100 --> 00:02:51.400
<v Narine Hovsepyan>{{c8|He said he ran from one war to another war.}}
Now he is in [[Yerevan|PLACE]] also, he runs again.

c026
00:02:52.000 --> 00:02:55.300
<v Interviewer>Thank you, [[Narine|PERSON]].
@@witness az-stepanakert-narine-hovsepyan
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION actor="Azerbaijani forces" site="Azatamartikneri" date=2020-10-04 basis=WITNESSED incident=az-stepanakert-20201004-azatamartikneri-cluster
@@claim c2 harm=KILLED min=1 max=1 named="Grigor Avanesyan; Grisha" weapon=CLUSTER_MUNITION actor="Azerbaijani forces" site="Azatamartikneri" date=2020-10-04 basis=WITNESSED incident=az-stepanakert-20201004-azatamartikneri-cluster
@@claim c3 harm=INJURED min=1 max=1 named="Siranush" weapon=CLUSTER_MUNITION actor="Azerbaijani forces" site="Azatamartikneri" date=2020-10-04 basis=WITNESSED incident=az-stepanakert-20201004-azatamartikneri-cluster
@@claim c4 harm=INJURED min=1 max=1 named="Armen Sargsyan; Armen" weapon=DRONE_STRIKE site="Shusha" date=2020-10-12 basis=HEARSAY incident=az-shusha-20201012-sargsyan-niva-drone
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Shusha" date=2020-10-12 basis=WITNESSED incident=az-shusha-20201012-sargsyan-niva-drone
@@claim c5 harm=DISPLACED min=3 max=3 named="Ani; Mariam" site="Stepanakert" date=2020-10-09 basis=EXPERIENCED incident=az-stepanakert-20201009-hovsepyan-flight
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Shushi" date=2020-10-25..2020-10-31 basis=REPORTED incident=az-shusha-20201000-forest-phosphorus
@@claim c8 harm=DISPLACED min=1 max=1 named="Garo" site="Aleppo" date=2013-01-01..2013-12-31 basis=HEARSAY incident=sy-aleppo-20130000-garo-flight
