WEBVTT

NOTE
Interview YE-DHY-1109. Recorded by phone-camera in Saada city,
October 2018. Arabic, subtitled by the project's translator.

intro-1
00:00:02.000 --> 00:00:06.000
<v Interviewer>Peace be upon you. Please tell us your name and your work.

intro-2
00:00:06.800 --> 00:00:12.400
<v Yahya>And upon you peace. [[Yahya Hussein al-Mu'ayyad|PERSON]]. I sell vegetables
in the market of [[Dahyan|PLACE]], [[Dhahyan|PLACE:Dahyan]], in [[Majz|PLACE]] district.

q-3
00:00:13.000 --> 00:00:17.500
<v Interviewer>You were in the market on [[the day of the bus|DATE:2018-08-09]]?

a-4
00:00:18.100 --> 00:00:24.900
<v Yahya>Yes. [[Thursday|DATE:2018-08-09]]. It was [[the morning|DATE:2018-08-09]], the market is full on Thursday,
people come from [[Saada|PLACE]], from [[Sahar|PLACE]], from everywhere.

a-5
00:00:25.400 --> 00:00:31.700
<v Yahya>The bus of the summer school, the Quran centre, it stopped
in front of the shop of [[Abu Taha|PERSON]], to buy juice and water for the boys.

a-6
00:00:32.200 --> 00:00:37.000
<v Yahya>I was maybe twenty metres. I heard [[the plane|WEAPON:AIRSTRIKE]], high, high,
all day they fly over us, we don't look anymore.

a-7
00:00:37.600 --> 00:00:44.300
<v Yahya>{{c1|Then the [[missile|WEAPON:MISSILE]] came on the bus. One. Direct.
Everything was black, and then fire, the bus was burning.}}

a-8
00:00:44.900 --> 00:00:52.000
<v Yahya>{{c2|The boys, ya Allah, the boys, ten, eleven, twelve years, in pieces, in the street.
I carried two of them myself, they were dead.}}

a-9
00:00:52.600 --> 00:00:58.100
<v Yahya>{{c3|The driver, [[Hadi|PERSON]], [[Hadi Muslih|PERSON]], also dead,
and [[Abu Taha|PERSON]] in his shop, and people who were buying.}}

q-10
00:00:58.700 --> 00:01:03.000
<v Interviewer>How many were killed, as far as you know?

a-11
00:01:03.600 --> 00:01:10.200
<v Yahya>{{c4|I counted with my eyes more than thirty bodies in the street.}}
{{c5|Later they said fifty-one dead, forty of them boys from the bus.}}

a-12
00:01:10.800 --> 00:01:15.900
<v Yahya>{{c6|And the injured, maybe seventy, eighty. The hospital in [[Saada|PLACE]],
[[al-Jumhouri hospital|PLACE]], was full, people on the floor.}}

q-13
00:01:16.500 --> 00:01:20.400
<v Interviewer>Were you injured yourself?

a-14
00:01:21.000 --> 00:01:27.800
<v Yahya>{{c7|A small piece in my back, here. Nothing. And my nephew [[Bassam|PERSON]],
he was with me in the shop, fifteen, his hand was burned.}}

a-15
00:01:28.400 --> 00:01:34.600
<v Yahya>{{c8|My shop, the glass and the shelves, all finished. The shops around, six or seven shops, destroyed.}}

q-16
00:01:35.200 --> 00:01:40.000
<v Interviewer>Who do you hold responsible?

a-17
00:01:40.600 --> 00:01:47.400
<v Yahya>[[The coalition|ACTOR:Saudi-led coalition]]. The [[Saudi|ACTOR:Saudi-led coalition]] [[planes|WEAPON:AIRSTRIKE]]. Who else has planes here?
They said later it was a mistake. Forty children is a mistake?

q-18
00:01:48.000 --> 00:01:52.600
<v Interviewer>Had [[Dahyan|PLACE]] been attacked before?

a-19
00:01:53.200 --> 00:02:00.400
<v Yahya>{{c9|Yes, in [[2015|DATE:2015-01-01..2015-12-31]], the first year, [[the jets|WEAPON:AIRSTRIKE]] hit the petrol station at the entrance of [[Dahyan|PLACE]],
at [[night|DATE]], and the station burned.}} Nobody was killed [[that night|DATE]], the station was closed.

a-20
00:02:01.000 --> 00:02:08.200
<v Yahya>{{c10|And the [[cluster bombs|WEAPON:CLUSTER_MUNITION]], the small ones, in the farms of [[Razih|PLACE]] and [[Shida|PLACE]]. My cousin [[Ali Saleh|PERSON]] lost three fingers
from one he picked up in his field, in [[the pomegranate season|DATE:2016-09-01..2016-11-30]], [[2016|DATE:2016-01-01..2016-12-31]].}}

a-21
00:02:08.800 --> 00:02:14.200
<v Yahya>He thought it was a toy, a small ball with a ribbon.
These [[bomblets|WEAPON:CLUSTER_MUNITION]] stay in the ground for years.

q-22
00:02:14.800 --> 00:02:18.600
<v Interviewer>Is the market working now?

a-23
00:02:19.200 --> 00:02:26.400
<v Yahya>It works. What can we do? The people must eat. But the mothers don't send the boys
to the market alone. Nobody sends boys now on buses. This is [[Dahyan|PLACE]] now.

@@witness ye-dahyan-yahya-almuayyad
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Saudi-led coalition" site="Dahyan" date=2018-08-09 basis=WITNESSED incident=ye-dahyan-20180809-school-bus
@@claim c2 harm=KILLED min=2 max=null weapon=MISSILE actor="Saudi-led coalition" site="Dahyan" date=2018-08-09 basis=WITNESSED incident=ye-dahyan-20180809-school-bus
@@claim c3 harm=KILLED min=2 max=null named="Hadi Muslih; Abu Taha" weapon=MISSILE actor="Saudi-led coalition" site="Dahyan" date=2018-08-09 basis=WITNESSED incident=ye-dahyan-20180809-school-bus
@@claim c4 harm=KILLED min=31 max=null weapon=MISSILE actor="Saudi-led coalition" site="Dahyan" date=2018-08-09 basis=WITNESSED incident=ye-dahyan-20180809-school-bus
@@claim c5 harm=KILLED min=51 max=51 weapon=MISSILE actor="Saudi-led coalition" site="Dahyan" date=2018-08-09 basis=HEARSAY incident=ye-dahyan-20180809-school-bus
@@claim c6 harm=INJURED min=70 max=80 weapon=MISSILE actor="Saudi-led coalition" site="Dahyan" date=2018-08-09 basis=WITNESSED incident=ye-dahyan-20180809-school-bus
@@claim c7 harm=INJURED min=2 max=2 named="Bassam" weapon=MISSILE actor="Saudi-led coalition" site="Dahyan" date=2018-08-09 basis=EXPERIENCED incident=ye-dahyan-20180809-school-bus
@@claim c8 harm=PROPERTY_DAMAGE min=6 max=7 weapon=MISSILE actor="Saudi-led coalition" site="Dahyan" date=2018-08-09 basis=EXPERIENCED incident=ye-dahyan-20180809-school-bus
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Dahyan" date=2015-01-01..2015-12-31 basis=HEARSAY incident=ye-dahyan-20150000-petrol-station
@@claim c10 harm=INJURED min=1 max=1 named="Ali Saleh" weapon=CLUSTER_MUNITION site="Razih" date=2016-09-01..2016-11-30 basis=HEARSAY incident=ye-razih-20160000-ali-saleh-bomblet
