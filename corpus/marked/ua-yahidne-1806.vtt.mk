WEBVTT

NOTE
Interview YAH-1806, recorded in Chernihiv, 11 June 2022.
Speaker: Tetiana, 58, from Yahidne. Ukrainian; English subtitles by the project team.

c001
00:00:01.000 --> 00:00:05.560
<v Interviewer>Good afternoon. Please tell us your name and where you live.

c002
00:00:06.160 --> 00:00:12.620
<v Tetiana>[[Tetiana Koval|PERSON]]. I live in [[Yahidne|PLACE]], near [[Chernihiv|PLACE]], all my life, I worked at the farm.</v>

c003
00:00:13.220 --> 00:00:18.160
<v Interviewer>When did [[the Russian soldiers|ACTOR:Russian armed forces in Ukraine]] come to [[Yahidne|PLACE]]?

c004
00:00:18.760 --> 00:00:26.260
<v Tetiana>[[The 3rd of March|DATE:2022-03-03]]. [[Thursday|DATE:2022-03-03]]. In [[the morning|DATE:2022-03-03]] the column came on the road from [[Ivanivka|PLACE]],
tanks, trucks with the letter V, many.

c005
00:00:26.860 --> 00:00:31.800
<v Tetiana>They went from house to house. They shouted, out, out, everybody out.

c006
00:00:32.400 --> 00:00:34.900
<v Interviewer>What happened to your neighbours?

c007
00:00:35.500 --> 00:00:43.000
<v Tetiana>{{c1|Our neighbour [[Petro|PERSON]], [[Petro Lysenko|PERSON]], he came out of his gate to ask what they want,
and they shot him from the [[machine gun|WEAPON:SMALL_ARMS]]. I saw it from my kitchen.}}

c008
00:00:43.600 --> 00:00:49.680
<v Tetiana>He lay by the gate until [[the evening|DATE:2022-03-03]]. Nobody was allowed to go to him.

c009
00:00:50.280 --> 00:00:57.780
<v Tetiana>{{c2|[[The occupiers|ACTOR:Russian armed forces in Ukraine]] took us, me, my husband [[Vasyl|PERSON]], my mother,
and pushed us with the guns to the school, into the basement.}}

c010
00:00:58.380 --> 00:01:01.420
<v Interviewer>How many people were in the basement?

c011
00:01:02.020 --> 00:01:09.520
<v Tetiana>{{c3|More than three hundred. Children, old people, a baby of two months.
Three hundred and sixty... no. I don't know, more than three hundred.}}

c012
00:01:10.120 --> 00:01:17.620
<v Tetiana>{{c3|We stayed there almost four weeks, until [[the 30th of March|DATE:2022-03-30]],
when [[the Russians|ACTOR:Russian armed forces in Ukraine]] ran away from [[Chernihiv|PLACE]].}}

c013
00:01:18.220 --> 00:01:20.720
<v Interviewer>What were the conditions?

c014
00:01:21.320 --> 00:01:28.820
<v Tetiana>[pause] There was no air. One bucket for the toilet. We stood in turns,
because there was no space to lie down.

c015
00:01:29.420 --> 00:01:36.920
<v Tetiana>{{c4|The old people started to die. Ten people, or eleven, died down there, I saw them die.
[[Nina Hordiienko|PERSON]], baba [[Nina|PERSON]], she was eighty-two. [[Hryhorii Fedorovych|PERSON]], the old teacher.}}

c016
00:01:37.520 --> 00:01:44.740
<v Tetiana>They let us carry the dead out only to the boiler room, and they lay there for days.

c017
00:01:45.340 --> 00:01:48.000
<v Interviewer>Were you allowed to go outside?

c018
00:01:48.600 --> 00:01:56.100
<v Tetiana>Only to the toilet behind the school, with a soldier, two minutes.
Sometimes they let the women cook on a fire in the yard.

c019
00:01:56.700 --> 00:02:04.200
<v Tetiana>[crying] The children drew a calendar on the wall, every day one line.
Twenty-five lines, twenty-six. That is how we knew what day it was.

c020
00:02:04.800 --> 00:02:09.360
<v Interviewer>Did you know what was happening in [[Chernihiv|PLACE]] during [[those weeks|DATE:2022-03-03..2022-03-30]]?

c021
00:02:09.960 --> 00:02:17.460
<v Tetiana>Nothing. No phone, no radio. Only the sound, day and night, from the city side,
the [[Grad|WEAPON:ROCKET]], the big [[guns|WEAPON:ARTILLERY]]. We prayed for the people there.

c022
00:02:18.060 --> 00:02:21.480
<v Interviewer>Were any of the men taken away separately?

c023
00:02:22.080 --> 00:02:29.580
<v Tetiana>{{c5|My son-in-law, [[Serhii|PERSON]]. On [[the second day|DATE:2022-03-04]] they came with a list,
they took [[Serhii|PERSON]] and two other men, [[Bohdan|PERSON]] and [[Roman|PERSON]], and drove them away.}}

c024
00:02:30.180 --> 00:02:37.680
<v Tetiana>{{c6|Since then we have no news. Nothing. [[Serhii|PERSON]] is not on any list,
not with the Red Cross, not with the exchange. Maybe [[Belarus|PLACE]], maybe [[Russia|PLACE]].}}

c025
00:02:38.280 --> 00:02:40.780
<v Interviewer>And your husband?

c026
00:02:41.380 --> 00:02:48.880
<v Tetiana>[[Vasyl|PERSON]] they put on the ground outside, they looked at his shoulders, for the marks of a rifle,
they looked in his phone. Then they let him go back down with us.

c027
00:02:49.480 --> 00:02:52.900
<v Interviewer>What did you find when you came out?

c028
00:02:53.500 --> 00:03:01.000
<v Tetiana>{{c7|Our house was burned, the roof came down inside. A [[tank|WEAPON:ARTILLERY]] fired at it,
the neighbours said, because a soldier thought there was somebody in the attic.}}

c029
00:03:01.600 --> 00:03:09.100
<v Tetiana>{{c8|And on the central street, the shop of [[Larysa|PERSON]], nothing left.
The church window, the school windows, the fence, everything broken.}}

c030
00:03:09.700 --> 00:03:17.200
<v Tetiana>{{c9|And the [[mines|WEAPON:LANDMINE]]. In [[April|DATE:2022-04-01..2022-04-30]] a man from the next village,
[[Lukashivka|PLACE]], was killed on a [[mine|WEAPON:LANDMINE]] in the field, I heard on the radio.}}

c031
00:03:17.800 --> 00:03:22.360
<v Interviewer>Did anything happen in the village [[before the 3rd of March|DATE:2022-02-24..2022-03-02]]?

c032
00:03:22.960 --> 00:03:30.460
<v Tetiana>Before, no. There was no fighting in [[Yahidne|PLACE]], nobody was hurt,
we only heard the [[artillery|WEAPON:ARTILLERY]] far away, by [[Chernihiv|PLACE]].

c033
00:03:31.060 --> 00:03:33.560
<v Interviewer>Where do you live now?

c034
00:03:34.160 --> 00:03:41.660
<v Tetiana>In [[Chernihiv|PLACE]], with my sister, in her flat. Her windows also still have plywood.
In [[Yahidne|PLACE]] we cannot live, there is no roof, only the black walls.

c035
00:03:42.260 --> 00:03:49.760
<v Tetiana>[[Vasyl|PERSON]] goes every day on the bicycle to clean, to save what we can.
The potatoes in the cellar, the jars, those survived. Funny, yes? The jars survived.

c036
00:03:50.360 --> 00:03:52.860
<v Interviewer>Thank you, [[Tetiana|PERSON]].

c037
00:03:53.460 --> 00:03:57.260
<v Tetiana>Please write [[Serhii|PERSON]]. [[Serhii Tkachenko|PERSON]]. Maybe somebody knows him.
@@witness ua-yahidne-tetiana-koval
@@claim c1 harm=KILLED min=1 max=1 named="Petro Lysenko" weapon=SMALL_ARMS actor="Russian armed forces in Ukraine" site="Yahidne" date=2022-03-03 basis=WITNESSED incident=ua-yahidne-20220303-lysenko-gate-shooting
@@claim c2 harm=DETAINED min=3 max=3 named="Vasyl" actor="Russian armed forces in Ukraine" site="Yahidne" date=2022-03-03 basis=EXPERIENCED incident=ua-yahidne-20220303-school-basement
@@claim c3 harm=DETAINED min=301 max=null actor="Russian armed forces in Ukraine" site="Yahidne" date=2022-03-03..2022-03-30 basis=EXPERIENCED incident=ua-yahidne-20220303-school-basement
@@claim c4 harm=KILLED min=10 max=11 named="Nina Hordiienko; Hryhorii Fedorovych" actor="Russian armed forces in Ukraine" site="Yahidne" date=2022-03-03..2022-03-30 basis=WITNESSED incident=ua-yahidne-20220303-school-basement
@@claim c5 harm=DETAINED min=3 max=3 named="Serhii; Bohdan; Roman" actor="Russian armed forces in Ukraine" site="Yahidne" date=2022-03-04 basis=WITNESSED incident=ua-yahidne-20220303-school-basement
@@claim c6 harm=MISSING min=1 max=1 named="Serhii" actor="Russian armed forces in Ukraine" basis=EXPERIENCED incident=ua-yahidne-20220303-school-basement
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Yahidne" date=2022-03-03..2022-03-30 basis=WITNESSED incident=ua-yahidne-20220303-koval-house-tank
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null named="Larysa" actor="Russian armed forces in Ukraine" site="Yahidne" date=2022-03-03..2022-03-30 basis=WITNESSED incident=ua-yahidne-20220300-central-street-damage
@@claim c9 harm=KILLED min=1 max=1 weapon=LANDMINE site="Lukashivka" date=2022-04-01..2022-04-30 basis=REPORTED incident=ua-lukashivka-20220412-field-mine
