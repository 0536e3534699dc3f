WEBVTT - testimony SY-HMA-4257

NOTE
Interview ID: SY-HMA-4257
Date of interview: 14 November 2019
Place of interview: Sarmada, Idlib governorate
Language: Arabic; English captions by the interpreter
Interviewer: Claire Dubois. Interpreter: Wissam Kayali.

q01
00:00:02.000 --> 00:00:06.200
<v Interviewer>Thank you for agreeing. Can you say your name and your village?

a01
00:00:06.800 --> 00:00:13.600
<v Karim>[[Karim Abdo al-Youssef|PERSON]]. From [[Kafr Zita|PLACE]], north of [[Hama|PLACE]].
I farm pistachio, like my father and his father.

q02
00:00:14.200 --> 00:00:17.700
<v Interviewer>You stayed in [[Kafr Zeita|PLACE:Kafr Zita]] during the campaign in [[2019|DATE:2019-01-01..2019-12-31]]?

a02
00:00:18.300 --> 00:00:26.800
<v Karim>Until [[August|DATE:2019-08-01..2019-08-31]]. {{c8|Most people left in [[May|DATE:2019-05-01..2019-05-31]], when the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] started.}}
We stayed because of the trees. A man does not leave his trees.

a03
00:00:27.400 --> 00:00:35.900
<v Karim>{{c1|[[The second day of Ramadan|DATE:2019-05-07]], [[the helicopter|WEAPON:AIRSTRIKE]] came and dropped two [[barrels|WEAPON:BARREL_BOMB]].
One fell on the house of my cousin [[Ghassan|PERSON]]. The house is just a hole now.}}

a04
00:00:36.500 --> 00:00:43.700
<v Karim>{{c2|His wife [[Hanadi|PERSON]] was in the kitchen. The wall fell on her side.
She still cannot hear on that side, the left.}}

q03
00:00:44.300 --> 00:00:46.800
<v Interviewer>Was anyone else in the house?

a05
00:00:47.400 --> 00:00:53.900
<v Karim>The children were with us, in the cave under my house.
Nobody else was hurt that time. Thanks God.

a06
00:00:54.500 --> 00:01:03.000
<v Karim>{{c3|Then, [[the 28th of May|DATE:2019-05-28]], on the road between [[Kafrzeita|PLACE:Kafr Zita]] and [[al-Latamneh|PLACE]],
a [[missile|WEAPON:MISSILE]] of [[the regime|ACTOR:Syrian government forces]] hit the pick-up of [[Abu Zaher|PERSON]], the vegetable man.}}

a07
00:01:03.600 --> 00:01:12.100
<v Karim>{{c3|[[Abu Zaher|PERSON]] and his son [[Zaher|PERSON]], nineteen. I went with my brother when we heard.
We washed them and prayed over them and buried them [[before noon|DATE:2019-05-28]].}}

q04
00:01:12.700 --> 00:01:15.200
<v Interviewer>How do you know it was a [[missile|WEAPON:MISSILE]]?

a08
00:01:15.800 --> 00:01:24.300
<v Karim>It came straight, with the line of smoke, from the hills of [[Zalin|PLACE]], where [[the army|ACTOR:Syrian government forces]] is.
Not from the sky. A guided one, the young men said.

a09
00:01:24.900 --> 00:01:33.400
<v Karim>{{c4|[[A week after the Eid|DATE:2019-06-11]], maybe, the [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]] threw the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] on [[Lataminah|PLACE:al-Latamneh]].
My nephew [[Sami|PERSON]], fifteen, was there with the motorbike to bring bread.}}

a10
00:01:34.000 --> 00:01:39.800
<v Karim>{{c4|[[Sami|PERSON]] left us [[that morning|DATE:2019-06-11]].}}
{{c5|His friend [[Wael|PERSON]] lost two fingers and his eye, the right one.}}

a11
00:01:40.400 --> 00:01:46.900
<v Karim>The [[bomblets|WEAPON:CLUSTER_MUNITION]] stayed in the fields after. Small, like a ball. We told the children a hundred times.

q05
00:01:47.500 --> 00:01:50.000
<v Interviewer>What happened to your own land?

a12
00:01:50.600 --> 00:01:58.700
<v Karim>{{c6|At [[the end of July|DATE:2019-07-25..2019-07-31]] they threw the [[fire bombs|WEAPON:INCENDIARY]], at [[night|DATE:2019-07-25..2019-07-31]].
Eighty trees of mine burned, eighty, and the store with the tools.}}

a13
00:01:59.300 --> 00:02:06.000
<v Karim>Pistachio tree takes fifteen years to give. Fifteen years, in one night.
Allah karim. What can I say.

q06
00:02:06.600 --> 00:02:09.100
<v Interviewer>Was there [[shelling|WEAPON:ARTILLERY]] on [[Kafr Zita|PLACE]] too?

a14
00:02:09.700 --> 00:02:17.800
<v Karim>Every day, the [[Grad|WEAPON:ROCKET]], the [[shells|WEAPON:ARTILLERY]]. One [[Grad|WEAPON:ROCKET]] fell at the door of our cave in [[June|DATE:2019-06-01..2019-06-30]].
Nobody was hurt, we were all deep inside.

a15
00:02:18.400 --> 00:02:26.900
<v Karim>And we were afraid of the [[chlorine|WEAPON:CHEMICAL]], like in [[2017|DATE:2017-01-01..2017-12-31]]. Every plane we thought, this is the [[gas|WEAPON:CHEMICAL]].
But in [[2019|DATE:2019-01-01..2019-12-31]], in our village, there was no [[gas|WEAPON:CHEMICAL]]. I don't want to say what I did not see.

q07
00:02:27.500 --> 00:02:30.000
<v Interviewer>Were there fighters in the village?

a16
00:02:30.600 --> 00:02:38.800
<v Karim>At the front, yes, [[Jaysh al-Izza|ACTOR:Syrian armed opposition]]. Many of them died in the fighting at the hills.
That was fighting, that is another thing.

a17
00:02:39.400 --> 00:02:47.300
<v Karim>{{c7|In [[August|DATE:2019-08-01..2019-08-20]], when they came near, we left with what we wore.
Eleven people in one tractor cart, to my uncle's in [[Sarmada|PLACE]].}}

a18
00:02:47.900 --> 00:02:53.200
<v Karim>{{c7|We are still here. His house is small. We have been on top of each other since.}}

a19
00:02:53.800 --> 00:03:02.300
<v Karim>{{c9|My cousin [[Ghassan|PERSON]] went to [[Atmeh|PLACE]], to the tents.}}
[[Hanadi|PERSON]] asks every day if we will go back. Allah karim.
@@witness sy-kafrzita-karim-youssef
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Kafr Zita" date=2019-05-07 basis=WITNESSED incident=sy-kafrzita-20190507-mahmoud-youssef-house-barrel
@@claim c2 harm=INJURED min=1 max=1 named="Hanadi" weapon=BARREL_BOMB site="Kafr Zita" date=2019-05-07 basis=WITNESSED incident=sy-kafrzita-20190507-mahmoud-youssef-house-barrel
@@claim c3 harm=KILLED min=2 max=2 named="Abu Zaher; Zaher" weapon=MISSILE actor="Syrian government forces" site="al-Latamneh" date=2019-05-28 basis=WITNESSED incident=sy-kafrzita-20190528-latamneh-road-pickup-missile
@@claim c4 harm=KILLED min=1 max=1 named="Sami" weapon=CLUSTER_MUNITION actor="Russian forces" site="Lataminah" date=2019-06-11 basis=HEARSAY incident=sy-latamneh-20190600-sami-motorbike-cluster
@@claim c5 harm=INJURED min=1 max=1 named="Wael" weapon=CLUSTER_MUNITION actor="Russian forces" site="Lataminah" date=2019-06-11 basis=HEARSAY incident=sy-latamneh-20190600-sami-motorbike-cluster
@@claim c6 harm=PROPERTY_DAMAGE min=80 max=80 weapon=INCENDIARY site="Kafr Zita" date=2019-07-25..2019-07-31 basis=EXPERIENCED incident=sy-kafrzita-20190700-youssef-pistachio-orchard
@@claim c7 harm=DISPLACED min=11 max=11 site="Kafr Zita" date=2019-08-01..2019-08-20 basis=EXPERIENCED incident=sy-kafrzita-20190800-youssef-family-flight
@@claim c8 harm=DISPLACED min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Kafr Zita" date=2019-05-01..2019-05-31 basis=WITNESSED incident=sy-kafrzita-20190500-village-exodus
@@claim c9 harm=DISPLACED min=1 max=1 named="Ghassan" site="Kafr Zita" date=2019-01-01..2019-12-31 basis=HEARSAY incident=sy-kafrzita-20190000-ghassan-family-atmeh
