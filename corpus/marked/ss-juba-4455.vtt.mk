WEBVTT - SS-JUB-4455

NOTE
Interview ID: SS-JUB-4455
Date of interview: 2 November 2016
Place: Juba, Jebel area, outside the PoC
Language: Nuer, interpreted into English

q01
00:00:01.500 --> 00:00:05.800
<v Interviewer>Thank you for coming. Can you tell me your name?

q02
00:00:06.400 --> 00:00:12.100
<v Nyamal Gatkuoth>[[Nyamal Gatkuoth|PERSON]]. From [[Malakal|PLACE]], in [[Upper Nile|PLACE]]. Now I live in the camp here, [[PoC three|PLACE:PoC 3]].

q03
00:00:12.800 --> 00:00:17.300
<v Interviewer>When did you leave [[Malakal|PLACE]]?

q04
00:00:18.000 --> 00:00:25.400
<v Nyamal Gatkuoth>{{c1|The first time in [[February 2014|DATE:2014-02-01..2014-02-28]]. The fighting came to the town and we ran to the UN base by the river, with nothing, we left with what we wore.}}

q05
00:00:26.100 --> 00:00:32.700
<v Nyamal Gatkuoth>{{c2|My uncle [[Gatwech|PERSON]] did not want to run, he was old, he said who will touch an old man.}}

q06
00:00:33.300 --> 00:00:39.900
<v Nyamal Gatkuoth>{{c2|When the UN patrol took us back to look, [[after five days|DATE]], he was lying in the yard. We buried him there, under the mango.}}

q07
00:00:40.500 --> 00:00:44.000
<v Interviewer>Do you know who did it?

q08
00:00:44.700 --> 00:00:51.200
<v Nyamal Gatkuoth>No. [[The White Army|ACTOR:White Army]] was in the town, [[the government soldiers|ACTOR:South Sudan People's Defence Forces]] were in the town. I did not see. I will not put it on somebody.

q09
00:00:51.900 --> 00:00:58.600
<v Nyamal Gatkuoth>{{c3|And in [[2015|DATE:2015-01-01..2015-12-31]] the son of my sister, [[Gatdet|PERSON]], he stepped on a [[mine|WEAPON:LANDMINE]] by the [[Nile|PLACE]] when he went for the fishing.}}

q10
00:00:59.300 --> 00:01:04.000
<v Nyamal Gatkuoth>{{c3|His leg, from the knee, there is no leg now. He is fourteen.}}

q11
00:01:04.700 --> 00:01:10.500
<v Interviewer>And you came to [[Juba|PLACE]] after that?

q12
00:01:11.200 --> 00:01:17.800
<v Nyamal Gatkuoth>Yes, for his leg, for the hospital. The UN plane brought us, and we stayed in the camp at [[UN House|PLACE]].

q13
00:01:18.500 --> 00:01:23.000
<v Interviewer>Were you there in [[July|DATE:2016-07-01..2016-07-31]]?

q14
00:01:23.700 --> 00:01:30.900
<v Nyamal Gatkuoth>Yes. It was [[the Monday|DATE:2016-07-11]], [[the 11th|DATE:2016-07-11]] I think. Everybody was lying on the floor since [[the Friday|DATE:2016-07-08]].

q15
00:01:31.600 --> 00:01:38.500
<v Nyamal Gatkuoth>The water was finished, so the women went to the tap anyway. The children were crying for water.

q16
00:01:39.200 --> 00:01:46.600
<v Nyamal Gatkuoth>{{c4|Then a [[shell|WEAPON:ARTILLERY]] came down by the tap. Three women fell there. [[Nyabuoy|PERSON]], who sold tea, and two from [[Nasir|PLACE]] I knew only by face.}}

q17
00:01:47.300 --> 00:01:52.000
<v Nyamal Gatkuoth>{{c4|They did not get up again. We put them in the mats.}}

q18
00:01:52.700 --> 00:01:59.800
<v Nyamal Gatkuoth>{{c5|I was maybe twenty steps behind with my jerrycan. Since [[that day|DATE:2016-07-11]] I still cannot hear on this side, the right side.}}

q19
00:02:00.500 --> 00:02:05.200
<v Interviewer>Who was firing, do you know?

q20
00:02:05.900 --> 00:02:12.800
<v Nyamal Gatkuoth>From [[Jabel|PLACE:Jebel]] side, [[the In Opposition|ACTOR:SPLA-IO]]. From the other side, [[the army|ACTOR:South Sudan People's Defence Forces]] with [[the tanks|WEAPON:ARTILLERY]]. Who knows whose [[shell|WEAPON:ARTILLERY]] it was.

q21
00:02:13.500 --> 00:02:20.100
<v Nyamal Gatkuoth>People said the clinic of the camp was hit also. It was not, I went there, it was the fence next to it, the clinic was standing.

q22
00:02:20.800 --> 00:02:27.300
<v Nyamal Gatkuoth>And nobody in my shelter died, thanks to God. We were afraid [[the soldiers|ACTOR:South Sudan People's Defence Forces]] would come inside the camp, like in [[Bor|PLACE]], but they did not come inside.

q23
00:02:28.000 --> 00:02:33.700
<v Interviewer>After [[July|DATE:2016-07-01..2016-07-31]], did anything happen to people leaving the camp?

q24
00:02:34.400 --> 00:02:41.600
<v Nyamal Gatkuoth>{{c6|Yes. [[The week after|DATE:2016-07-15..2016-07-21]], the women who went out to [[Jebel|PLACE]] market for food, some of them [[the soldiers|ACTOR:South Sudan People's Defence Forces]] took on the road.}}

q25
00:02:42.300 --> 00:02:48.500
<v Nyamal Gatkuoth>{{c6|My neighbour [[Nyachol|PERSON]] came back [[after two days|DATE]]. She does not say what they did. We know.}}

q26
00:02:49.200 --> 00:02:54.000
<v Interviewer>I am sorry. We can stop if you want.

q27
00:02:54.700 --> 00:03:00.500
<v Nyamal Gatkuoth>No. Write it. [[Nyabuoy|PERSON]] had five children. Who feeds them now?
@@witness ss-juba-nyamal-gatkuoth
@@claim c1 harm=DISPLACED min=null max=null site="Malakal" date=2014-02-01..2014-02-28 basis=EXPERIENCED incident=ss-malakal-20140200-gatkuoth-family-to-un-base
@@claim c2 harm=KILLED min=1 max=1 named="Gatwech" site="Malakal" date=2014-02-01..2014-02-28 basis=WITNESSED incident=ss-malakal-20140200-uncle-gatwech-yard
@@claim c3 harm=INJURED min=1 max=1 named="Gatdet" weapon=LANDMINE site="Nile" date=2015-01-01..2015-12-31 basis=HEARSAY incident=ss-malakal-20150000-nile-bank-mine-gatdet
@@claim c4 harm=KILLED min=3 max=3 named="Nyabuoy" weapon=ARTILLERY site="PoC three" date=2016-07-11 basis=WITNESSED incident=ss-juba-20160710-unhouse-poc3-water-point-shells
@@claim c5 harm=INJURED min=1 max=1 weapon=ARTILLERY site="PoC three" date=2016-07-11 basis=EXPERIENCED incident=ss-juba-20160710-unhouse-poc3-water-point-shells
@@claim c6 harm=DETAINED min=1 max=null named="Nyachol" actor="South Sudan People's Defence Forces" site="Jebel" date=2016-07-15..2016-07-21 basis=HEARSAY incident=ss-juba-20160700-jebel-market-road-women
