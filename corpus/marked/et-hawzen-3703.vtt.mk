WEBVTT

NOTE
Interview ID: ET-HWZ-3703
Date of interview: 2023-04-17
Place of interview: Hawzen, Eastern Zone, Tigray
Language: Tigrinya with English voice-over
Recorded in the yard of the witness's house. The witness asked that her face not be filmed.

q01
00:00:02.000 --> 00:00:06.000
<v Interviewer>Can you tell us your name, and what you do?

q02
00:00:06.800 --> 00:00:13.400
<v Freweini>[[Freweini Hadgu|PERSON]]. I keep bees and I farm with my son,
near [[Hawzen|PLACE]], the side of the road to [[Megab|PLACE]].

q03
00:00:14.000 --> 00:00:19.200
<v Interviewer>You were at the market in [[Edaga Hamus|PLACE]]
when it was shelled?

q04
00:00:19.900 --> 00:00:27.100
<v Freweini>In [[Idaga Hamus|PLACE:Edaga Hamus]], yes. [[The Tuesday before Genna|DATE:2021-01-05]].
[[Tahsas 27|DATE:2021-01-05]]. I went with honey, three jars, to sell for the feast.

q05
00:00:27.800 --> 00:00:33.900
<v Freweini>I had sold one jar only. Then the noise.
It was not one, it was like a hand knocking on a door, again, again.

q06
00:00:34.500 --> 00:00:41.000
<v Interviewer>Who was firing, do you know?

q07
00:00:41.600 --> 00:00:49.300
<v Freweini>[[The Ethiopian army|ACTOR:Ethiopian National Defense Force]] from the hill, people said.
Others say it was [[the Eritreans|ACTOR:Eritrean forces]]. For us, it is the same [[artillery|WEAPON:ARTILLERY]].

q08
00:00:50.000 --> 00:00:57.400
<v Freweini>{{c1|My cousin [[Hiwet|PERSON]], she was beside me with her onions.
A piece hit her in the back, here, near the shoulder.}}

q09
00:00:58.000 --> 00:01:04.600
<v Freweini>{{c1|I tied my netela on it and we ran
to the clinic. She lived. She cannot lift her arm now.}}

q10
00:01:05.200 --> 00:01:11.000
<v Interviewer>How many were killed [[that day|DATE:2021-01-05]], do you know?

q11
00:01:11.700 --> 00:01:19.500
<v Freweini>{{c2|I saw two people on the ground not moving, near the bus place.}}
{{c3|After, people said more than twenty died. Twenty-one, twenty-two.}}

q12
00:01:20.100 --> 00:01:26.600
<v Freweini>{{c4|The tea house of Wzero [[Letay|PERSON]] was flat. The whole row of shops, eh,
the roofs were open to the sky, I saw it when we ran.}}

q13
00:01:27.300 --> 00:01:31.800
<v Interpreter>Wzero means Mrs. She calls her Wzero [[Letay|PERSON]].

q14
00:01:32.400 --> 00:01:38.700
<v Interviewer>Let us go back to [[Hawzen|PLACE]]. You told us about your son.

q15
00:01:39.300 --> 00:01:47.000
<v Freweini>[[Gebru|PERSON]]. He was twelve then. It was in [[Yekatit|DATE:2021-02-08..2021-03-09]],
maybe [[the middle of the month|DATE:2021-02-15..2021-02-25]]. [[The planes|WEAPON:AIRSTRIKE]] had come [[two days before|DATE]].

q16
00:01:47.600 --> 00:01:54.800
<v Freweini>They dropped on the hill where the fighters had been,
but the fighters were gone already, nobody was there.

q17
00:01:55.400 --> 00:02:03.000
<v Freweini>After, in our field, there were small things, round, like a ball for children,
with a little tail. Many of them. The [[cluster bombs|WEAPON:CLUSTER_MUNITION]].

q18
00:02:03.700 --> 00:02:11.500
<v Freweini>{{c5|[[Gebru|PERSON]] and the son of our neighbour, [[Tekle|PERSON]], they picked one.
It exploded in [[Gebru|PERSON]]'s hand. He lost two fingers.}}

q19
00:02:12.100 --> 00:02:17.300
<v Freweini>{{c5|[[Tekle|PERSON]] was hit in the stomach. They carried him to [[Adigrat|PLACE]], three days.
He also lived.}}

q20
00:02:18.000 --> 00:02:23.800
<v Freweini>{{c6|And two oxen of my brother, they stepped on the [[bomblets|WEAPON:CLUSTER_MUNITION]] [[the same week|DATE:2021-02-15..2021-02-25]].
Both died. Without oxen, how do you plough?}}

q21
00:02:24.400 --> 00:02:29.000
<v Interviewer>Whose [[planes|WEAPON:AIRSTRIKE]] were they?

q22
00:02:29.600 --> 00:02:34.200
<v Freweini>[[The Federal|ACTOR:Ethiopian National Defense Force]]. Only they have planes.

q23
00:02:34.800 --> 00:02:40.600
<v Interviewer>And the church? You said a [[helicopter|WEAPON:AIRSTRIKE]] hit the church.

q24
00:02:41.200 --> 00:02:49.000
<v Freweini>The church of [[Kidane Mehret|PLACE]], in [[Hawzen|PLACE]]. [[A week after Fasika|DATE:2021-05-09]].
[[The helicopter|WEAPON:AIRSTRIKE]] came low and dropped a [[barrel|WEAPON:BARREL_BOMB]], a big one.

q25
00:02:49.700 --> 00:02:57.500
<v Freweini>{{c7|The roof of the church fell inside. The bell tower has cracks from top to bottom,
and the old wall around the compound, one side of it fell down.}}

q26
00:02:58.100 --> 00:03:04.400
<v Freweini>It was [[a Sunday|DATE:2021-05-09]] but [[after the morning service|DATE:2021-05-09]].
Nobody was inside. Thanks God, nobody was hurt.

q27
00:03:05.000 --> 00:03:11.200
<v Freweini>{{c8|Also the well of the church, the one with the pump,
it was filled with stones and earth. We cannot use it.}}

q28
00:03:11.800 --> 00:03:16.500
<v Interviewer>Did you see this yourself?

q29
00:03:17.100 --> 00:03:24.600
<v Freweini>The roof, yes, I saw it [[the same evening|DATE:2021-05-09]].
The well, the deacon told me, Abba [[Gebremariam|PERSON]]. I believe him.

q30
00:03:25.200 --> 00:03:30.000
<v Interviewer>Thank you, [[Freweini|PERSON]]. Is there anything else?

q31
00:03:30.600 --> 00:03:37.800
<v Freweini>Only the bees. {{c9|The hives burned in [[Hidar|DATE:2020-11-10..2020-12-09]] when the soldiers passed.}}
[pause] But that is small. People died. Bees come back.
@@witness et-hawzen-freweini-hadgu
@@claim c1 harm=INJURED min=1 max=1 named="Hiwet" weapon=ARTILLERY site="Idaga Hamus" date=2021-01-05 basis=WITNESSED incident=et-edagahamus-20210105-market-shelling
@@claim c2 harm=KILLED min=2 max=2 weapon=ARTILLERY site="Idaga Hamus" date=2021-01-05 basis=WITNESSED incident=et-edagahamus-20210105-market-shelling
@@claim c3 harm=KILLED min=21 max=22 weapon=ARTILLERY site="Idaga Hamus" date=2021-01-05 basis=HEARSAY incident=et-edagahamus-20210105-market-shelling
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Idaga Hamus" date=2021-01-05 basis=WITNESSED incident=et-edagahamus-20210105-market-shelling
@@claim c5 harm=INJURED min=2 max=2 named="Gebru; Tekle" weapon=CLUSTER_MUNITION actor="Ethiopian National Defense Force" site="Hawzen" date=2021-02-15..2021-02-25 basis=WITNESSED incident=et-hawzen-20210200-field-bomblets
@@claim c6 harm=PROPERTY_DAMAGE min=2 max=2 weapon=CLUSTER_MUNITION actor="Ethiopian National Defense Force" site="Hawzen" date=2021-02-15..2021-02-25 basis=WITNESSED incident=et-hawzen-20210200-field-bomblets
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Kidane Mehret" date=2021-05-09 basis=WITNESSED incident=et-hawzen-20210509-kidane-mehret-barrel
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Kidane Mehret" date=2021-05-09 basis=HEARSAY incident=et-hawzen-20210509-kidane-mehret-barrel
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null site="Hawzen" date=2020-11-10..2020-12-09 basis=EXPERIENCED incident=et-hawzen-20201100-freweini-hives-burned
