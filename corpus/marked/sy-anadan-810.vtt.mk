WEBVTT

NOTE
Interview AND-810, recorded in Kilis, Turkey, 30 June 2016.
Speaker: Hasna, 41, from Anadan. Arabic; English subtitles by the project.

1
00:00:01.500 --> 00:00:05.000
<v Interviewer>Good morning. Tell me your name, please.

2
00:00:05.800 --> 00:00:11.200
<v Hasna>Sabah al-kheir. [[Hasna Kurdi|PERSON]], [[Umm Fadi|PERSON]]. From [[Anadan|PLACE]], [[Aleppo|PLACE]] countryside.</v>

3
00:00:12.000 --> 00:00:17.500
<v Interviewer>We are speaking about [[the beginning of February 2016|DATE:2016-02-01..2016-02-10]]. Were you in [[Anadan|PLACE]] then?

4
00:00:18.300 --> 00:00:24.000
<v Hasna>Yes. In [[Anadan|PLACE]], [[Andan|PLACE:Anadan]] we say it short. We lived near the bakery of the town,
the [[Ihsan bakery|PLACE]].

5
00:00:24.800 --> 00:00:31.600
<v Hasna>{{c1|[[The same Wednesday|DATE:2016-02-03]] when they hit the market of [[Hayan|PLACE]], in our town also [[the planes|WEAPON:AIRSTRIKE]] hit the bakery,
in [[the afternoon|DATE:2016-02-03]], [[around three|DATE:2016-02-03]].}}

6
00:00:32.400 --> 00:00:38.900
<v Hasna>{{c2|The bakery was closed that hour, thank God, no queue.
Two workers died inside, [[Mahmoud Aswad|PERSON]] and a young man from [[Idlib|PLACE]], I don't know his name.}}

7
00:00:39.700 --> 00:00:44.000
<v Interviewer>Did you see it?

8
00:00:44.800 --> 00:00:51.200
<v Hasna>I saw the smoke from the roof. My husband [[Abdo|PERSON]] went running.
He came back grey, from the dust.

9
00:00:52.000 --> 00:00:57.300
<v Hasna>{{c1|The building was finished, the machines, everything. After that no bread in [[Anadan|PLACE]].}}

10
00:00:58.100 --> 00:01:03.800
<v Interviewer>You mentioned [[Hayan|PLACE]]. What did you hear about the market there?

11
00:01:04.600 --> 00:01:11.900
<v Hasna>{{c3|On the radio, the radio of the activists, they said twenty died in the market of [[Hayyan|PLACE:Hayan]], the [[Russian|ACTOR:Russian forces]] [[jets|WEAPON:AIRSTRIKE]].}}

12
00:01:12.700 --> 00:01:17.000
<v Hasna>My cousin [[Rouba|PERSON]] lives in [[Hayan|PLACE]]. She was not hurt.
Her house is on the other side.

13
00:01:17.800 --> 00:01:22.500
<v Interviewer>Was anybody from your own family hurt in [[those days|DATE:2016-02-01..2016-02-06]]?

14
00:01:23.300 --> 00:01:30.700
<v Hasna>{{c4|[[The next day|DATE:2016-02-04]], my son [[Fadi|PERSON]], he is fifteen, was in the street by the school
and a [[rocket|WEAPON:ROCKET]] fell, a [[Grad|WEAPON:ROCKET]] I think, from the side of [[Nubl|PLACE]].}}

15
00:01:31.500 --> 00:01:36.800
<v Hasna>{{c4|His foot was broken and he had pieces in the leg.}}
We took him to [[Azaz|PLACE]], there was no hospital left in [[Anadan|PLACE]].

16
00:01:37.600 --> 00:01:42.000
<v Interviewer>Who was in [[Nubl|PLACE]] at that time?

17
00:01:42.800 --> 00:01:49.300
<v Hasna>[[The regime|ACTOR:Syrian government forces]] people, and [[Hezbollah|ACTOR:Hezbollah]] came also,
to open the road to them. Everyone said so.

18
00:01:50.100 --> 00:01:55.400
<v Interviewer>When did you leave?

19
00:01:56.200 --> 00:02:03.800
<v Hasna>{{c5|We left on [[Friday|DATE:2016-02-05]], all the family, eleven people in one pick-up,
to the border. We slept eight nights in the open at [[Bab al-Salameh|PLACE:Bab al-Salama]].}}

20
00:02:04.600 --> 00:02:11.000
<v Hasna>The Turks did not open the border then. If it had snowed, I think
the small children would have died.

21
00:02:11.800 --> 00:02:16.000
<v Interviewer>Was [[Anadan|PLACE]] bombed before, in [[2014 or 2015|DATE:2014-01-01..2015-12-31]]?

22
00:02:16.800 --> 00:02:24.500
<v Hasna>The [[barrels|WEAPON:BARREL_BOMB]], yes, many times, and the [[fire bombs|WEAPON:INCENDIARY]], on the fields and the south side.
But in our street nobody was hurt before that February, nobody.

23
00:02:25.300 --> 00:02:29.000
<v Interviewer>Thank you, [[Umm Fadi|PERSON]].
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Ihsan bakery" date=2016-02-03 basis=WITNESSED incident=sy-anadan-20160203-ihsan-bakery-airstrike
@@claim c2 harm=KILLED min=2 max=2 named="Mahmoud Aswad" weapon=AIRSTRIKE site="Ihsan bakery" date=2016-02-03 basis=HEARSAY incident=sy-anadan-20160203-ihsan-bakery-airstrike
@@claim c3 harm=KILLED min=20 max=20 weapon=AIRSTRIKE actor="Russian forces" site="Hayyan" date=2016-02-03 basis=REPORTED incident=sy-hayan-20160203-market-airstrike
@@claim c4 harm=INJURED min=1 max=1 named="Fadi" weapon=ROCKET site="Anadan" date=2016-02-04 basis=EXPERIENCED incident=sy-anadan-20160204-fadi-grad
@@claim c5 harm=DISPLACED min=11 max=11 site="Anadan" date=2016-02-05 basis=EXPERIENCED incident=sy-anadan-20160205-kurdi-family-flight
@@witness sy-anadan-hasna-kurdi
