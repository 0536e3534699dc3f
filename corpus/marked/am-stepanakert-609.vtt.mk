WEBVTT

NOTE
AM-STP-609. Recorded 3 March 2021, Yerevan.
Russian and Armenian; English voice-over by the interpreter.

v001
00:00:02.000 --> 00:00:06.000
<v Interviewer>What was your work during the war?</v>

v002
00:00:06.800 --> 00:00:14.000
<v Vahram>Rescuer. Emergency service of [[Stepanakerd|PLACE:Stepanakert]], nine years.
My name is [[Vahram Mkrtchyan|PERSON]]. Forty-four.</v>

v003
00:00:14.500 --> 00:00:19.000
<v Interviewer>Were you working on [[the day of the attack|DATE]] near the market?</v>

v004
00:00:19.600 --> 00:00:27.000
<v Vahram>The market, yes. [[The second Sunday of the war|DATE:2020-10-04]].
We came [[maybe ten minutes after|DATE]], me, [[Artur|PERSON]] and [[Levon|PERSON]], two cars.</v>

v005
00:00:27.500 --> 00:00:35.000
<v Vahram>It was the [[cassette rockets|WEAPON:CLUSTER_MUNITION]], the [[Smerch|WEAPON:CLUSTER_MUNITION]].
Small holes everywhere, in the asphalt, in the cars, in the trees.</v>

v006
00:00:35.500 --> 00:00:43.000
<v Vahram>{{c1|At the bus stop two were dead. Uncle [[Grisha|PERSON]], who always sat
on the bench there, and a woman, I did not know her.}}</v>

v007
00:00:43.500 --> 00:00:50.000
<v Vahram>{{c2|The wounded, more than twenty. We took them
to the republican hospital, three trips, all the cars.}}</v>

v008
00:00:50.500 --> 00:00:55.500
<v Interviewer>Another person told us four people died at the bus stop.</v>

v009
00:00:56.000 --> 00:01:04.000
<v Vahram>Maybe. Maybe two more died in the hospital, I don't know.
I say what I saw, two, on the ground.</v>

v010
00:01:04.500 --> 00:01:12.000
<v Vahram>There were [[bomblets|WEAPON:CLUSTER_MUNITION]] that did not explode,
in the grass. We put tape around them and waited for the sappers.</v>

v011
00:01:12.500 --> 00:01:16.000
<v Interviewer>Who fired at the market?</v>

v012
00:01:16.500 --> 00:01:22.000
<v Vahram>[[The enemy|ACTOR:Azerbaijani forces]]. [[The Azerbaijani army|ACTOR:Azerbaijani forces]].
There is no other army that fires at [[Stepanakert|PLACE]].</v>

v013
00:01:22.500 --> 00:01:27.000
<v Interviewer>You also went to [[Shushi|PLACE]] during the war.</v>

v014
00:01:27.500 --> 00:01:35.000
<v Vahram>To the cathedral, yes. [[Ghazanchetsots|PLACE]]. [[The 8th of October|DATE:2020-10-08]].
[[Thursday|DATE:2020-10-08]]. People were hiding in the basement of the church.</v>

v015
00:01:35.500 --> 00:01:43.000
<v Vahram>{{c3|At [[midday|DATE:2020-10-08]] something hit the roof, a [[missile|WEAPON:MISSILE]],
and made a big hole inside the dome.}}</v>

v016
00:01:43.500 --> 00:01:50.000
<v Vahram>We took the people out of the basement. Nobody was hurt in the first one.
Only the old women were shaking, one fainted.</v>

v017
00:01:50.500 --> 00:01:58.000
<v Vahram>{{c4|Then, [[after two hours, maybe less|DATE:2020-10-08]], a second [[missile|WEAPON:MISSILE]],
in the same place. The journalists had come to film the hole.}}</v>

v018
00:01:58.500 --> 00:02:06.000
<v Vahram>{{c4|Two journalists were wounded, one very badly,
and one of our boys from the service, [[Narek|PERSON]], in the leg.}}</v>

v019
00:02:06.500 --> 00:02:12.000
<v Interviewer>Were there any soldiers or weapons at the church?</v>

v020
00:02:12.500 --> 00:02:20.000
<v Vahram>No. No. Old women, children, candles. A church.
[[Our boys|ACTOR:Artsakh Defence Army]] were on the front, far from [[Shushi|PLACE]] at that time.</v>

v021
00:02:20.500 --> 00:02:25.000
<v Interviewer>When did you leave [[Stepanakert|PLACE]]?</v>

v022
00:02:25.500 --> 00:02:34.000
<v Vahram>I did not leave until the end. {{c5|[[The 28th|DATE:2020-10-28]] they hit the maternity hospital,}}
I heard it on the radio, I was at the other side of the city.</v>

v023
00:02:34.500 --> 00:02:41.000
<v Vahram>{{c5|The women had been moved to the basement before,
so the radio said nobody died, but the building was badly damaged.}}</v>

v024
00:02:41.500 --> 00:02:50.000
<v Vahram>{{c6|After the agreement, in [[November|DATE:2020-11-10..2020-11-30]], I brought my mother [[Siranush|PERSON]]
and my wife [[Lilit|PERSON]] to [[Yerevan|PLACE]]. Our village, near [[Shushi|PLACE]], is theirs now.}}</v>

v025
00:02:50.500 --> 00:02:57.000
<v Vahram>One more thing. In [[the last days|DATE:2020-10-28..2020-11-08]], before [[Shushi|PLACE]] fell,
the forests around the town were burning, day and night.</v>

v026
00:02:57.500 --> 00:03:05.000
<v Vahram>{{c7|People said it was [[phosphorus|WEAPON:INCENDIARY]], the [[white phosphorus|WEAPON:INCENDIARY]],
that [[the enemy|ACTOR:Azerbaijani forces]] dropped on the trees where our positions were.}}</v>

v027
00:03:05.500 --> 00:03:10.000
<v Vahram>I saw the fire and the white smoke from the road. The rest, I don't know.</v>
@@claim c1 harm=KILLED min=2 max=2 named="Grisha" weapon=CLUSTER_MUNITION actor="Azerbaijani forces" site="Stepanakerd" date=2020-10-04 basis=WITNESSED incident=am-stepanakert-20201004-market-bus-stop-cluster
@@claim c2 harm=INJURED min=21 max=null weapon=CLUSTER_MUNITION actor="Azerbaijani forces" site="Stepanakerd" date=2020-10-04 basis=WITNESSED incident=am-stepanakert-20201004-market-bus-stop-cluster
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Ghazanchetsots" date=2020-10-08 basis=WITNESSED incident=am-shushi-20201008-ghazanchetsots-cathedral
@@claim c4 harm=INJURED min=3 max=3 named="Narek" weapon=MISSILE site="Ghazanchetsots" date=2020-10-08 basis=WITNESSED incident=am-shushi-20201008-ghazanchetsots-cathedral
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Stepanakert" date=2020-10-28 basis=REPORTED incident=am-stepanakert-20201028-maternity-hospital
@@claim c6 harm=DISPLACED min=3 max=3 named="Siranush; Lilit" site="Stepanakert" date=2020-11-10..2020-11-30 basis=EXPERIENCED incident=am-stepanakert-20201100-mkrtchyan-family-flight
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Azerbaijani forces" site="Shushi" date=2020-10-28..2020-11-08 basis=HEARSAY incident=am-shushi-20201100-forest-phosphorus
@@witness am-stepanakert-vahram-mkrtchyan
