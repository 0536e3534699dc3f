WEBVTT - YE-HYD-1704

NOTE
Interview recorded 9 November 2020 in Saada city.
Arabic, interpreted into English on site. Witness asked that her family name not be used in public.

h1
00:00:02.000 --> 00:00:06.000
<v Interviewer>Good morning. Please tell us where you are from.

h2
00:00:06.500 --> 00:00:12.800
<v Ghania>From [[Haydan|PLACE]], from [[Bani Bahr|PLACE]], the high part. My name is [[Ghania|PERSON]], [[Umm Hadi|PERSON]].

h3
00:00:13.300 --> 00:00:17.000
<v Interpreter>She says [[Heidan|PLACE:Haydan]], in the west of [[Saada|PLACE]], near the mountains of [[Razih|PLACE]].

h4
00:00:17.600 --> 00:00:22.900
<v Interviewer>When did the war come to [[Haydan|PLACE]]?

h5
00:00:23.400 --> 00:00:30.700
<v Ghania>From the first year, [[2015|DATE:2015-01-01..2015-12-31]]. [[The planes|WEAPON:AIRSTRIKE]] came, the [[Saudi|ACTOR:Saudi-led coalition]] [[jets|WEAPON:AIRSTRIKE]], day and night, and from the border the [[artillery|WEAPON:ARTILLERY]].

h6
00:00:31.200 --> 00:00:38.600
<v Ghania>{{c1|The market of [[Haydan|PLACE]], the Saturday market, [[the jets|WEAPON:AIRSTRIKE]] hit it in [[the month of Shawwal|DATE:2015-07-17..2015-08-15]], [[after the Eid of Ramadan|DATE:2015-07-17..2015-08-15]]. Eleven shops, gone, burned to the ground.}}

h7
00:00:39.100 --> 00:00:44.000
<v Ghania>{{c1|The shop of my husband's brother, [[Mohsen Ali|PERSON]], the cloth shop, nothing left of it, not even the door.}}

h8
00:00:44.500 --> 00:00:49.800
<v Interviewer>Were people killed in the market?

h9
00:00:50.300 --> 00:00:56.900
<v Ghania>It was early, [[before the sun|DATE:2015-07-17..2015-08-15]], the market was not full. {{c3|My husband said five men died, the sellers who sleep in their shops.}}

h10
00:00:57.400 --> 00:01:01.600
<v Ghania>I was not there. There were no [[Houthis|ACTOR:Houthis]] in the market, only shops. Why the market?

h11
00:01:02.100 --> 00:01:07.300
<v Interviewer>You told us also about the [[small bombs|WEAPON:CLUSTER_MUNITION]] in the fields.

h12
00:01:07.800 --> 00:01:14.900
<v Ghania>Yes. [[The next spring|DATE:2016-03-01..2016-05-31]], when we went to plant, the fields were full of them. Small, like the batteries of the radio, with a ribbon.

h13
00:01:15.400 --> 00:01:19.200
<v Interpreter>She is describing [[cluster bomblets|WEAPON:CLUSTER_MUNITION]], the kind with a cloth tail.

h14
00:01:19.700 --> 00:01:27.600
<v Ghania>{{c4|My nephew [[Yahya|PERSON]], the son of my sister [[Latifa|PERSON]], nine years old, he picked one, he thought it is a toy. It exploded in his hands. He died before we reached the road.}}

h15
00:01:28.100 --> 00:01:32.000
<v Interviewer>Did you see it happen?

h16
00:01:32.500 --> 00:01:39.800
<v Ghania>I heard the sound, I was on the next terrace, cutting. I ran. I carried him with his father. [crying]

h17
00:01:40.300 --> 00:01:44.000
<v Interviewer>We can stop if you want.

h18
00:01:44.500 --> 00:01:50.300
<v Ghania>No, I continue. {{c5|After [[Yahya|PERSON]], two more children were hurt by the [[bomblets|WEAPON:CLUSTER_MUNITION]] in [[Bani Bahr|PLACE]] [[that year|DATE:2016-01-01..2016-12-31]], a boy lost his eye.}}

h19
00:01:50.800 --> 00:01:56.000
<v Interviewer>Some families mention young men being taken. Did that happen to you?

h20
00:01:56.500 --> 00:02:04.800
<v Ghania>{{c6|My son [[Hadi|PERSON]]. In [[2018|DATE:2018-01-01..2018-12-31]], in [[the autumn|DATE:2018-09-01..2018-11-30]], the [[Ansar Allah|ACTOR:Houthis]] supervisor came at [[night|DATE:2018-09-01..2018-11-30]] with armed men and dragged him out of the house, because he refused to go to the front.}}

h21
00:02:05.300 --> 00:02:11.200
<v Ghania>{{c6|They kept him in the basement of the directorate building in [[Haydan|PLACE]] for forty days.}} Then they sent him to the front anyway, to [[Kitaf|PLACE]].

h22
00:02:11.700 --> 00:02:18.000
<v Ghania>They wanted to take my younger son [[Murad|PERSON]] also. But the sheikh of our village, Sheikh [[Abdullah Mansour|PERSON]], stood in front of them and they left him.

h23
00:02:18.500 --> 00:02:21.500
<v Interviewer>Is [[Hadi|PERSON]] alive?

h24
00:02:22.000 --> 00:02:27.100
<v Ghania>He came back, yes, with a wound in the shoulder. He is here in [[Saada|PLACE]] with me.

h25
00:02:27.600 --> 00:02:32.400
<v Interviewer>And your brother? You said something before about your brother.

h26
00:02:32.900 --> 00:02:40.100
<v Ghania>{{c7|[[Qasim|PERSON]]. He went to the border in [[February 2019|DATE:2019-02-01..2019-02-28]], to [[al-Raqw|PLACE]], to carry qat to the other side, for money. He never came back.}}

h27
00:02:40.600 --> 00:02:47.300
<v Ghania>{{c8|A man from [[Razih|PLACE]] who was with him said the Saudi border guards were shooting on the men who crossed, and [[Qasim|PERSON]] was hit, in the leg or the back, he fell, but nobody saw him dead.}}

h28
00:02:47.800 --> 00:02:53.000
<v Ghania>So we don't know. Maybe a prison there, maybe a grave. Two years, nothing.

h29
00:02:53.500 --> 00:02:58.600
<v Interviewer>Did you ask anyone for help?

h30
00:02:59.100 --> 00:03:05.900
<v Ghania>We gave his name to the Red Crescent. They wrote it on a list. His wife [[Salwa|PERSON]] asks them every month.

h31
00:03:06.400 --> 00:03:12.700
<v Ghania>{{c9|And [[last year|DATE:2019-01-01..2019-12-31]] our own house in [[Bani Bahr|PLACE]] was hit, the roof fell into the room of the cows, two cows died, the water tank on the roof cracked open.}}

h32
00:03:13.200 --> 00:03:19.400
<v Ghania>{{c9|It was a [[shell|WEAPON:ARTILLERY]] from the border, from the [[Saudi|ACTOR:Saudi-led coalition]] side.}} We were in [[Saada|PLACE]] already, the neighbour called us.

h33
00:03:19.900 --> 00:03:23.000
<v Interviewer>Thank you, [[Umm Hadi|PERSON]].

@@witness ye-haydan-ghania-umm-hadi
@@claim c1 harm=PROPERTY_DAMAGE min=11 max=11 weapon=AIRSTRIKE actor="Saudi-led coalition" site="Haydan" date=2015-07-17..2015-08-15 named="Mohsen Ali" basis=HEARSAY incident=ye-haydan-20150000-saturday-market
@@claim c3 harm=KILLED min=5 max=5 weapon=AIRSTRIKE actor="Saudi-led coalition" site="Haydan" date=2015-07-17..2015-08-15 basis=HEARSAY incident=ye-haydan-20150000-saturday-market
@@claim c4 harm=KILLED min=1 max=1 named="Yahya" weapon=CLUSTER_MUNITION site="Bani Bahr" date=2016-03-01..2016-05-31 basis=WITNESSED incident=ye-haydan-20160000-yahya-bomblet
@@claim c5 harm=INJURED min=2 max=2 weapon=CLUSTER_MUNITION site="Bani Bahr" date=2016-01-01..2016-12-31 basis=HEARSAY incident=ye-haydan-20160000-banibahr-bomblets
@@claim c6 harm=DETAINED min=1 max=1 named="Hadi" actor="Houthis" site="Haydan" date=2018-09-01..2018-11-30 basis=WITNESSED incident=ye-haydan-20180000-hadi-taken
@@claim c7 harm=MISSING min=1 max=1 named="Qasim" site="al-Raqw" date=2019-02-01..2019-02-28 basis=EXPERIENCED incident=ye-raqw-20190200-qasim-border
@@claim c8 harm=INJURED min=1 max=1 named="Qasim" weapon=SMALL_ARMS site="al-Raqw" date=2019-02-01..2019-02-28 basis=HEARSAY incident=ye-raqw-20190200-qasim-border
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Saudi-led coalition" site="Bani Bahr" date=2019-01-01..2019-12-31 basis=HEARSAY incident=ye-haydan-20190000-ghania-house-shell
