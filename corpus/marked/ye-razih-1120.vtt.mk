WEBVTT

NOTE
YE-RZH-1120. Interview recorded 3 March 2020, Saada city, Arabic.
Interviewer and subtitler: project staff.

1
00:00:01.500 --> 00:00:05.000
<v Interviewer>Can you tell us your name and your village?

2
00:00:05.600 --> 00:00:11.300
<v Naji>[[Naji Hadi Hubaish|PERSON]]. From [[al-Nadhir|PLACE]], in [[Razih|PLACE]], on the mountain,
two hours walking from the Saudi border. Raziḥ, some write it with the dot.

3
00:00:11.900 --> 00:00:16.200
<v Interviewer>What has life been like in [[Razih|PLACE]] since the war started?

4
00:00:16.800 --> 00:00:23.400
<v Naji>Since [[2015|DATE:2015-01-01..2015-12-31]], the border is fire. The [[Saudi|ACTOR:Saudi-led coalition]] [[artillery|WEAPON:ARTILLERY]] from the other side,
every day. And [[the planes|WEAPON:AIRSTRIKE]]. And [[the Apache|WEAPON:AIRSTRIKE]] at night.

5
00:00:24.000 --> 00:00:30.600
<v Naji>{{c1|In [[May 2015|DATE:2015-05-01..2015-05-31]], the first month, [[the jets|WEAPON:AIRSTRIKE]] bombed the market of [[Razih|PLACE]], the [[Suq al-Nadhir|PLACE]],
and the shops burned, fifteen shops or more.}}

6
00:00:31.200 --> 00:00:37.000
<v Naji>{{c2|Three men died, I knew two, [[Hussein Jaber|PERSON]] the tailor and [[Husayn al-Kabsi|PERSON]]. Two Husseins.}}

7
00:00:37.600 --> 00:00:41.200
<v Interviewer>Were you there?

8
00:00:41.800 --> 00:00:47.200
<v Naji>I was in my house, above the market, I saw the smoke, I went down
to pull people. [[Hussein Jaber|PERSON]] I carried.

9
00:00:47.800 --> 00:00:54.900
<v Naji>{{c3|Then the [[cluster bombs|WEAPON:CLUSTER_MUNITION]]. In [[the autumn|DATE:2015-09-01..2015-11-30]], [[the planes|WEAPON:AIRSTRIKE]] dropped them on the terraces, the coffee, the qat.
Small [[bomblets|WEAPON:CLUSTER_MUNITION]], everywhere, like eggs in the fields.}}

10
00:00:55.500 --> 00:01:02.100
<v Naji>{{c4,c10|My daughter [[Hind|PERSON]], nine, and her friend [[Ghadir|PERSON]], they found one in [[the spring|DATE:2016-03-01..2016-05-31]], on the way to fetch water.
[[Ghadir|PERSON]] died. [[Hind|PERSON]] lost her eye and has metal in her body.}}

11
00:01:02.700 --> 00:01:06.000
<v Interviewer>I'm very sorry.

12
00:01:06.600 --> 00:01:13.100
<v Naji>The organisation came later with the red signs, they cleaned some. They found
more than two hundred [[submunitions|WEAPON:CLUSTER_MUNITION]] around our village.

13
00:01:13.700 --> 00:01:18.500
<v Interviewer>You mentioned the [[artillery|WEAPON:ARTILLERY]] from across the border. Was your village hit?

14
00:01:19.100 --> 00:01:26.400
<v Naji>{{c5|Many times. On [[the 7th of Ramadan|DATE:2017-06-02]], [[2017|DATE:2017-01-01..2017-12-31]], the [[shells|WEAPON:ARTILLERY]] fell on [[Bani Sayah|PLACE]], the village next to us,
a house of the [[Mahdi|PERSON]] family, five children dead, all five.}}

15
00:01:27.000 --> 00:01:32.800
<v Naji>{{c6|And in our village, [[the same week|DATE:2017-05-29..2017-06-05]], my cousin's house, the roof fell, but they were in the cave,
we have caves here, nobody was hurt.}}

16
00:01:33.400 --> 00:01:38.200
<v Interviewer>Who fired the [[shells|WEAPON:ARTILLERY]], in your view?

17
00:01:38.800 --> 00:01:44.600
<v Naji>[[The Saudis|ACTOR:Saudi-led coalition]]. From [[Jabal al-Dukhan|PLACE]]. Everyone in [[Razih|PLACE]] knows. The [[Houthis|ACTOR:Houthis]]
fire [[missiles|WEAPON:MISSILE]] at them, they fire at us. We are in the middle.

18
00:01:45.200 --> 00:01:52.000
<v Naji>{{c7|And the [[missile|WEAPON:MISSILE]] in [[2018|DATE:2018-01-01..2018-12-31]], on the health centre of [[al-Nadhir|PLACE]], it destroyed it completely.}}
It was empty, [[Friday|DATE]]. If it was Sunday, the women with babies would be there.

19
00:01:52.600 --> 00:01:57.400
<v Interviewer>Did your family leave [[Razih|PLACE]]?

20
00:01:58.000 --> 00:02:05.100
<v Naji>{{c8|Yes, in [[2018|DATE:2018-01-01..2018-12-31]], after the health centre. We went to [[Saada|PLACE]] city, [[Sa'ada|PLACE:Saada]], eleven of us.}}
But [[Saada|PLACE]] is also bombed. Where is safe? Nowhere.

21
00:02:05.700 --> 00:02:11.300
<v Naji>{{c9|Here in [[Saada|PLACE]], in [[January|DATE:2019-01-01..2019-01-31]], a [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] at [[night|DATE]] near the [[al-Talh|PLACE]] market.
I don't know [[planes|WEAPON:AIRSTRIKE]] or [[rockets|WEAPON:ROCKET]]. Two people died, a man and his son.}}

22
00:02:11.900 --> 00:02:16.700
<v Interviewer>And [[Hind|PERSON]], how is she now?

23
00:02:17.300 --> 00:02:24.000
<v Naji>She is fourteen now. She goes to school with one eye. She is first in her class.
She wants to be a doctor for eyes. I tell her, inshallah, amal, hope.

24
00:02:24.600 --> 00:02:29.000
<v Interviewer>Thank you, [[Naji|PERSON]].

@@witness ye-razih-naji-hubaish
@@claim c1 harm=PROPERTY_DAMAGE min=15 max=null weapon=AIRSTRIKE site="Suq al-Nadhir" date=2015-05-01..2015-05-31 basis=WITNESSED incident=ye-razih-20150500-nadhir-market
@@claim c2 harm=KILLED min=3 max=3 named="Hussein Jaber; Husayn al-Kabsi" weapon=AIRSTRIKE site="Suq al-Nadhir" date=2015-05-01..2015-05-31 basis=WITNESSED incident=ye-razih-20150500-nadhir-market
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="Razih" date=2015-09-01..2015-11-30 basis=WITNESSED incident=ye-razih-20150000-cluster-terraces
@@claim c4 harm=KILLED min=1 max=1 named="Ghadir" weapon=CLUSTER_MUNITION site="Razih" date=2016-03-01..2016-05-31 basis=HEARSAY incident=ye-razih-20160000-hind-bomblet
@@claim c10 harm=INJURED min=1 max=1 named="Hind" weapon=CLUSTER_MUNITION site="Razih" date=2016-03-01..2016-05-31 basis=HEARSAY incident=ye-razih-20160000-hind-bomblet
@@claim c5 harm=KILLED min=5 max=5 weapon=ARTILLERY actor="Saudi-led coalition" site="Bani Sayah" date=2017-06-02 basis=HEARSAY incident=ye-razih-20170602-banisayah-house
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Saudi-led coalition" site="al-Nadhir" date=2017-05-29..2017-06-05 basis=WITNESSED incident=ye-razih-20170600-nadhir-cousin-house
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="al-Nadhir" date=2018-01-01..2018-12-31 basis=WITNESSED incident=ye-razih-20180000-health-centre
@@claim c8 harm=DISPLACED min=11 max=11 site="al-Nadhir" date=2018-01-01..2018-12-31 basis=EXPERIENCED incident=ye-razih-20180000-hubaish-displacement
@@claim c9 harm=KILLED min=2 max=2 weapon=EXPLOSIVE_UNSPECIFIED site="al-Talh" date=2019-01-01..2019-01-31 basis=HEARSAY incident=ye-saada-20190100-talh-market
