WEBVTT

NOTE
Interview YRM-805. Recorded in Beirut, 12 March 2016.
Arabic with English voice-over. Witness asked that only her first name be used on camera.

yrm-001
00:00:01.000 --> 00:00:05.500
<v Interviewer>Can you say your name and where you lived?

yrm-002
00:00:06.200 --> 00:00:13.000
<v Hanan>[[Hanan|PERSON]]. Palestinian, from [[Yarmouk|PLACE]] camp, from [[Loubieh street|PLACE]],
near the end of [[Palestine street|PLACE]].

yrm-003
00:00:13.600 --> 00:00:19.400
<v Interviewer>You were inside [[Yarmouk|PLACE]] in [[2014|DATE:2014-01-01..2014-12-31]], during the siege?

yrm-004
00:00:20.000 --> 00:00:27.600
<v Hanan>Inside, yes. From [[July 2013|DATE:2013-07-01..2013-07-31]] they closed everything.
We boiled spices with water and called it soup.

yrm-005
00:00:28.200 --> 00:00:35.900
<v Hanan>When the parcels started, in [[January|DATE:2014-01-01..2014-01-31]], the people waited
at the entrance of the camp, at the [[Rama roundabout|PLACE]] side, thousands.

yrm-006
00:00:36.500 --> 00:00:40.000
<v Interviewer>What happened at the distribution?

yrm-007
00:00:40.600 --> 00:00:47.800
<v Hanan>It was [[the 26th of February|DATE:2014-02-26]], a [[Wednesday|DATE:2014-02-26]].
I was in the line with my sister-in-law [[Nisreen|PERSON]].

yrm-008
00:00:48.400 --> 00:00:55.000
<v Hanan>{{c2|[[Mortar shells|WEAPON:MORTAR]] fell on the line, two,
the second one in the middle of the people.}}

yrm-009
00:00:55.600 --> 00:01:02.300
<v Hanan>{{c2|Seven people died. I saw them.
A woman, [[Umm Nizar|PERSON]], with her son [[Nizar|PERSON]], he was maybe ten,
and old [[Abu Hatem Mi'ari|PERSON]] who sold cigarettes.}}

yrm-010
00:01:02.900 --> 00:01:08.100
<v Hanan>{{c3|[[Nisreen|PERSON]] was hit in the back, small pieces,
and many were wounded with her, twenty maybe.}}

yrm-011
00:01:08.700 --> 00:01:12.400
<v Interviewer>Do you know who fired the [[mortars|WEAPON:MORTAR]]?

yrm-012
00:01:13.000 --> 00:01:21.500
<v Hanan>I don't know. Some said from the side of [[the regime|ACTOR:Syrian government forces]] checkpoint,
some said [[the armed groups|ACTOR:Syrian armed opposition]] inside, to stop the parcels. I will not say what I don't know.

yrm-013
00:01:22.100 --> 00:01:27.300
<v Interviewer>Was there [[shooting|WEAPON:SMALL_ARMS]] also?

yrm-014
00:01:27.900 --> 00:01:34.000
<v Hanan>Not [[that day|DATE:2014-02-26]]. [[That day|DATE:2014-02-26]] there was no [[sniper|WEAPON:SMALL_ARMS]] shooting at the line, only the [[mortars|WEAPON:MORTAR]].

yrm-015
00:01:34.600 --> 00:01:42.800
<v Hanan>{{c4|But in [[December|DATE:2013-12-01..2013-12-31]], before the parcels, my uncle [[Abu Nidal Khatib|PERSON]]
went to [[Yalda|PLACE]] to bring some wheat and a [[sniper|WEAPON:SMALL_ARMS]] shot him in the shoulder.}}

yrm-016
00:01:43.400 --> 00:01:47.500
<v Hanan>He lived. He is in [[Sweden|PLACE]] now.

yrm-017
00:01:48.100 --> 00:01:54.000
<v Interviewer>And when [[Daesh|ACTOR:Islamic State]] came into the camp, in [[April 2015|DATE:2015-04-01..2015-04-30]]?

yrm-018
00:01:54.600 --> 00:02:00.900
<v Hanan>I was already out, alhamdulillah...

yrm-019
00:02:01.500 --> 00:02:10.300
<v Hanan>{{c5|But my brother [[Samer|PERSON]] was inside. [[The State|ACTOR:Islamic State]] men took him from the [[al-Wasim mosque|PLACE]]
[[the first week|DATE:2015-04-01..2015-04-07]], because he was with the relief committee.}}

yrm-020
00:02:10.900 --> 00:02:16.400
<v Hanan>{{c6|After that nothing. We asked everyone. Nobody knows where is [[Samer|PERSON]].}}

yrm-021
00:02:17.000 --> 00:02:24.000
<v Hanan>{{c7|Me and my two children, we left [[Yarmouk|PLACE]] in [[the summer of 2014|DATE:2014-06-01..2014-08-31]] through [[Beit Sahm|PLACE]],
and then to [[Lebanon|PLACE]].}}

yrm-022
00:02:24.600 --> 00:02:29.200
<v Hanan>The camp was our country. Now it is stones.
@@claim c2 harm=KILLED min=7 max=7 named="Umm Nizar; Nizar; Abu Hatem Mi'ari" weapon=MORTAR site="Rama roundabout" date=2014-02-26 basis=WITNESSED incident=sy-yarmouk-20140226-aid-queue-mortar
@@claim c3 harm=INJURED min=20 max=20 named="Nisreen" weapon=MORTAR site="Rama roundabout" date=2014-02-26 basis=WITNESSED incident=sy-yarmouk-20140226-aid-queue-mortar
@@claim c4 harm=INJURED min=1 max=1 named="Abu Nidal Khatib" weapon=SMALL_ARMS site="Yalda" date=2013-12-01..2013-12-31 basis=HEARSAY incident=sy-yalda-20131200-abu-nidal-sniper
@@claim c5 harm=DETAINED min=1 max=1 named="Samer" actor="Islamic State" site="al-Wasim mosque" date=2015-04-01..2015-04-07 basis=HEARSAY incident=sy-yarmouk-20150400-samer-is-abduction
@@claim c6 harm=MISSING min=1 max=1 named="Samer" actor="Islamic State" site="Yarmouk" date=2015-04-01..2015-04-07 basis=HEARSAY incident=sy-yarmouk-20150400-samer-is-abduction
@@claim c7 harm=DISPLACED min=3 max=3 site="Yarmouk" date=2014-06-01..2014-08-31 basis=EXPERIENCED incident=sy-yarmouk-20140000-hanan-family-flight
@@witness sy-yarmouk-hanan
