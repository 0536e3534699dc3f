WEBVTT

NOTE
Interview ID: IDL-ARH-3904
Interview date: 2017-03-02
Location: Reyhanli, Hatay
Interviewer: Clara Voss; interpreter present but not recorded

a1
00:00:01.000 --> 00:00:05.200
<v Interviewer>Please tell me your name and where you are from.

a2
00:00:05.800 --> 00:00:12.400
<v Samira Kayali>[[Samira Kayali|PERSON]]. From [[Jisr al-Shoghour|PLACE:Jisr al-Shughur]] first, then [[Ariha|PLACE]].
{{c1|We moved to [[Ariha|PLACE]] because of the house, eh, because the house was gone.}}

a3
00:00:13.000 --> 00:00:16.100
<v Interviewer>What happened to the house in [[Jisr al-Shughur|PLACE]]?

a4
00:00:16.700 --> 00:00:25.900
<v Samira Kayali>After [[the factions|ACTOR:Syrian armed opposition]] took the town, in [[May|DATE:2015-05-01..2015-05-31]], [[the helicopters|WEAPON:AIRSTRIKE]] came every day.
They threw [[barrels|WEAPON:BARREL_BOMB]]. You hear them whistle a long time.

a5
00:00:26.500 --> 00:00:34.800
<v Samira Kayali>{{c1|[[One night|DATE:2015-05-01..2015-05-31]] a [[barrel|WEAPON:BARREL_BOMB]] fell on the house of my husband's brother, next to ours,
and half of our house went down with it.}}

a6
00:00:35.400 --> 00:00:44.600
<v Samira Kayali>{{c2|My nephew [[Yamen|PERSON]], he was nine, we found him in [[the morning|DATE:2015-05-01..2015-06-01]] under the stairs. He did not wake up.}}
My brother-in-law and his wife, they were at the hospital [[that night|DATE:2015-05-01..2015-05-31]] with the baby, so God saved them.

a7
00:00:45.200 --> 00:00:48.500
<v Interviewer>And then you went to [[Ariha|PLACE]].

a8
00:00:49.100 --> 00:00:56.000
<v Samira Kayali>{{c3|Yes, [[two or three days after|DATE:2015-05-01..2015-06-05]], all of us, nine people, in one pickup, to [[Ariha|PLACE]].}}
My husband sold vegetables there, in the market, under the arches.

a9
00:00:56.600 --> 00:01:00.900
<v Interviewer>Were you there when the market was struck?

a10
00:01:01.500 --> 00:01:09.700
<v Samira Kayali>I was coming to it. It was [[three days before the Eid|DATE:2016-09-09]], the big Eid, everybody buying,
the market was full like an egg.

a11
00:01:10.300 --> 00:01:19.200
<v Samira Kayali>{{c4|I was at the corner with my daughter, and [[the jets|WEAPON:AIRSTRIKE]] came low, two times,
and the market, the front of it, it was dust.}}

a12
00:01:19.800 --> 00:01:23.000
<v Interviewer>Whose [[jets|WEAPON:AIRSTRIKE]], do you know?

a13
00:01:23.600 --> 00:01:30.400
<v Samira Kayali>[[The Russians|ACTOR:Russian forces]]. The [[Syrian|ACTOR:Syrian government forces]] [[planes|WEAPON:AIRSTRIKE]] come one by one,
the Russian come two together, and very high before they go down.

a14
00:01:31.000 --> 00:01:39.800
<v Samira Kayali>{{c5|My husband, [[Hassan|PERSON]], his arm, it was broken and burned. He was under the arches.
He lived, thank God, but his hand does not close now.}}

a15
00:01:40.400 --> 00:01:49.500
<v Samira Kayali>{{c6|And the boy who helped him, [[Ayham|PERSON]], sixteen, from the [[Mahmoud|PERSON]] family, he died there, at the table, the men told me.}}
{{c7|Fourteen died [[that day|DATE:2016-09-09]]. Fourteen. I counted the names on the paper of the mosque.}}

a16
00:01:50.100 --> 00:01:53.300
<v Interviewer>The paper of the mosque?

a17
00:01:53.900 --> 00:02:01.600
<v Samira Kayali>They put the names on the door of the [[al-Kabir mosque|PLACE]] for the funerals.
I read [[Ayham|PERSON]] there. I read fourteen.

a18
00:02:02.200 --> 00:02:05.800
<v Interviewer>Were there fighters in the market?

a19
00:02:06.400 --> 00:02:12.800
<v Samira Kayali>No fighters, no office, nothing. Tomatoes and sheep for the Eid.
There was no checkpoint near, the nearest was at the [[Mastumah road|PLACE]].

a20
00:02:13.400 --> 00:02:21.310
<v Samira Kayali>I want to go back to the market, sorry. I said fourteen.
{{c10|My husband says sixteen.}}

a21
00:02:21.910 --> 00:02:33.465
<v Samira Kayali>{{c9|Two more died after, in [[Turkey|PLACE]], in the hospital in [[Antakya|PLACE]].
He heard this from the men in the market, I did not see the paper for them.}}

a22
00:02:34.065 --> 00:02:39.410
<v Interviewer>Do you know who they were?

a23
00:02:40.010 --> 00:02:50.845
<v Samira Kayali>One was a man who sold sheep, [[Abu Khalil|PERSON]]. The other I don't know.
My husband knows. Ask him, he will talk to you, inshallah.

a24
00:02:51.445 --> 00:03:04.395
<v Samira Kayali>After [[that day|DATE:2016-09-09]] we did not buy from the market. We bought from the small shops.
Everybody was afraid the planes come again in the same place. They came, but to the other side of [[Ariha|PLACE]].

a25
00:03:04.995 --> 00:03:11.195
<v Interviewer>Was anyone hurt that time, on the other side?

a26
00:03:11.795 --> 00:03:20.020
<v Samira Kayali>No, that time nobody, thank God. It fell in the empty ground behind the school, at [[night|DATE]].
No damage, nothing. I only heard it.

a27
00:03:20.620 --> 00:03:24.220
<v Interviewer>Did anything happen after that in [[Ariha|PLACE]]?

a28
00:03:24.820 --> 00:03:32.620
<v Samira Kayali>The [[small bombs|WEAPON:CLUSTER_MUNITION]]. [[Cluster bombs|WEAPON:CLUSTER_MUNITION]]. Around [[Erha|PLACE:Ariha]], in the olives, they stay in the ground.

a29
00:03:33.220 --> 00:03:43.120
<v Samira Kayali>{{c8|The daughter of our neighbour, her name is [[Amal|PERSON]], eight years, she picked one up in the olives
in [[October|DATE:2016-10-01..2016-10-31]], during the picking, and it took two of her fingers.}}

a30
00:03:43.720 --> 00:03:49.320
<v Samira Kayali>I did not see it, her mother told me, [[Umm Amal|PERSON]], crying on my shoulder.
We have no amal, no hope, only God.

a31
00:03:49.920 --> 00:03:52.720
<v Interviewer>Thank you, [[Samira|PERSON]].
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Jisr al-Shoghour" date=2015-05-01..2015-05-31 basis=EXPERIENCED incident=sy-jisralshughur-20150500-kayali-houses-barrel
@@claim c2 harm=KILLED min=1 max=1 named="Yamen" weapon=BARREL_BOMB site="Jisr al-Shoghour" date=2015-05-01..2015-05-31 basis=WITNESSED incident=sy-jisralshughur-20150500-kayali-houses-barrel
@@claim c3 harm=DISPLACED min=9 max=9 site="Jisr al-Shoghour" date=2015-05-01..2015-06-05 basis=EXPERIENCED incident=sy-jisralshughur-20150500-kayali-family-flight
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="Ariha" date=2016-09-09 basis=WITNESSED incident=sy-ariha-20160909-vegetable-market-airstrike
@@claim c5 harm=INJURED min=1 max=1 named="Hassan" weapon=AIRSTRIKE actor="Russian forces" site="Ariha" date=2016-09-09 basis=WITNESSED incident=sy-ariha-20160909-vegetable-market-airstrike
@@claim c6 harm=KILLED min=1 max=1 named="Ayham" weapon=AIRSTRIKE actor="Russian forces" site="Ariha" date=2016-09-09 basis=HEARSAY incident=sy-ariha-20160909-vegetable-market-airstrike
@@claim c7 harm=KILLED min=14 max=14 weapon=AIRSTRIKE actor="Russian forces" site="Ariha" date=2016-09-09 basis=REPORTED incident=sy-ariha-20160909-vegetable-market-airstrike
@@claim c8 harm=INJURED min=1 max=1 named="Amal" weapon=CLUSTER_MUNITION site="Erha" date=2016-10-01..2016-10-31 basis=HEARSAY incident=sy-ariha-20161000-amal-olive-grove-bomblet
@@claim c9 harm=KILLED min=2 max=2 named="Abu Khalil" weapon=AIRSTRIKE actor="Russian forces" site="Ariha" date=2016-09-09 basis=HEARSAY incident=sy-ariha-20160909-vegetable-market-airstrike
@@claim c10 harm=KILLED min=16 max=16 weapon=AIRSTRIKE actor="Russian forces" site="Ariha" date=2016-09-09 basis=HEARSAY incident=sy-ariha-20160909-vegetable-market-airstrike
@@witness sy-ariha-samira-kayali
