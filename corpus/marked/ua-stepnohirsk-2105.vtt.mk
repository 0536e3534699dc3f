WEBVTT

NOTE
Interview ID: ZP-STP-2105
Date of interview: 2023-10-04
Place of interview: Zaporizhzhia, volunteer warehouse
Language: Russian, English voice-over
Witness: volunteer driver, 44

s01
00:00:01.000 --> 00:00:04.500
<v Interviewer>Can you tell me your name and what you do?

s02
00:00:05.100 --> 00:00:11.300
<v Ihor>[[Ihor Bondarenko|PERSON]]. I drive the van for the volunteers, bread, water, medicine,
to the villages near the front. [[Stepnogorsk|PLACE:Stepnohirsk]], [[Orekhov|PLACE:Orikhiv]], [[Kamianske|PLACE]].

s03
00:00:11.900 --> 00:00:16.000
<v Interviewer>You were in [[Stepnohirsk|PLACE]] when the [[bomb|WEAPON:AIRSTRIKE]] fell on the centre?

s04
00:00:16.600 --> 00:00:23.900
<v Ihor>Not in the centre, I was at the entrance of the village, five hundred metres.
It was the day after my birthday, so [[the second of August|DATE:2023-08-02]], in [[the late morning|DATE:2023-08-02]].

s05
00:00:24.500 --> 00:00:31.200
<v Ihor>{{c1|We heard [[the plane|WEAPON:AIRSTRIKE]] and then this big sound, heavy. A [[KAB|WEAPON:AIRSTRIKE]], five hundred kilos maybe, from [[the Russians|ACTOR:Russian armed forces in Ukraine]].}}
I drove there with the van.

s06
00:00:31.800 --> 00:00:38.700
<v Ihor>{{c1|The shop was flattened, really flat, and the club beside it open like a doll's house.
Half of the roofs on that street, the tiles were all on the ground.}}

s07
00:00:39.300 --> 00:00:45.600
<v Ihor>{{c2|I took two wounded in the van to [[Zaporizhzhia|PLACE]], a woman, [[Valia|PERSON]] from the shop,
and an old woman, [[Nina Petrivna|PERSON]], her legs were very bad.}}

s08
00:00:46.200 --> 00:00:52.400
<v Ihor>{{c3|[[Nina Petrivna|PERSON]] died [[two days later|DATE:2023-08-04]] in the hospital, the nurses told me when I came back.}}

s09
00:00:53.000 --> 00:00:57.700
<v Interviewer>How many people died in total [[that day|DATE:2023-08-02]], do you know?

s10
00:00:58.300 --> 00:01:05.900
<v Ihor>{{c4|Three. Old [[Petro|PERSON]] from the bench, the boy who unloaded the bread, and [[Nina Petrivna|PERSON]] later.}}
The village page on Telegram also wrote three.

s11
00:01:06.500 --> 00:01:11.800
<v Interviewer>You also go to [[Orikhiv|PLACE]]. Has anything happened to you there?

s12
00:01:12.400 --> 00:01:19.600
<v Ihor>{{c5|In [[June|DATE:2023-06-01..2023-06-30]], [[the 20th|DATE:2023-06-20]] or around, we were giving out water near the old bus station in [[Orikhiv|PLACE]],
and [[cluster|WEAPON:CLUSTER_MUNITION]] came, [[bomblets|WEAPON:CLUSTER_MUNITION]], pop-pop-pop all over the square.}}

s13
00:01:20.200 --> 00:01:27.300
<v Ihor>{{c6|My partner [[Denys|PERSON]] got a piece in the shoulder, and I, here, in the back, small.
I still have it inside, the doctor said leave it.}}

s14
00:01:27.900 --> 00:01:34.500
<v Ihor>{{c7|And our first van, the white Mercedes, it burned completely. Only the frame.
The tyres melted on the asphalt.}}

s15
00:01:35.100 --> 00:01:39.200
<v Interviewer>Was anybody killed in [[Orikhiv|PLACE]] [[that day|DATE:2023-06-20]]?

s16
00:01:39.800 --> 00:01:45.900
<v Ihor>No, nobody was killed there [[that day|DATE:2023-06-20]]. People were already hiding when they heard the launch.
We were lucky, honestly lucky.

s17
00:01:46.500 --> 00:01:51.300
<v Interviewer>What about [[Kamianske|PLACE]]? You mentioned it.

s18
00:01:51.900 --> 00:01:59.700
<v Ihor>{{c8|[[Kamianske|PLACE]] is gone. Since [[spring|DATE:2023-03-01..2023-05-31]] the [[artillery|WEAPON:ARTILLERY]] every day and the [[Grads|WEAPON:ROCKET]].
The school, the church, the houses along the river, nothing standing, I think.}}

s19
00:02:00.300 --> 00:02:05.000
<v Ihor>I have not been inside since [[April|DATE:2023-04-01..2023-04-30]], the soldiers don't let anybody.
What I say is from the military guys and from photos.

s20
00:02:05.600 --> 00:02:10.800
<v Interviewer>Have you ever been stopped or held by [[the Russians|ACTOR:Russian armed forces in Ukraine]]?

s21
00:02:11.400 --> 00:02:18.900
<v Ihor>Once, in [[March 2022|DATE:2022-03-01..2022-03-31]], before the line was closed, at their checkpoint near [[Vasylivka|PLACE]].
They took me out, put me on my knees, asked questions one hour. Then they let me go with the van.

s22
00:02:19.500 --> 00:02:25.900
<v Ihor>{{c9|But my friend's son, [[Bohdan Lysenko|PERSON]], twenty-two, they took him at the same checkpoint [[one week later|DATE:2022-03-08..2022-03-31]].}}
Because of a tattoo, a trident on his arm.

s23
00:02:26.500 --> 00:02:33.900
<v Ihor>{{c9|They kept him in [[Melitopol|PLACE]], in some cellar, then in a prison in [[Crimea|PLACE]], we learned from a released man.}}
He came back in an exchange [[this summer|DATE:2023-06-01..2023-08-31]]. Nine kilos he lost.

s24
00:02:34.500 --> 00:02:38.400
<v Interviewer>Thank you, [[Ihor|PERSON]]. Is there anything else?

s25
00:02:39.000 --> 00:02:44.900
<v Ihor>Only, write that the shop in [[Stepnohirsk|PLACE]] had no soldiers. Bread and cigarettes.
Nothing military.

s26
00:02:45.500 --> 00:02:49.800
<v Interviewer>And here in [[Zaporizhzhia|PLACE]], at the warehouse, are you safe?

s27
00:02:50.400 --> 00:02:58.100
<v Ihor>Safe, no. {{c10|[[Two weeks ago|DATE:2023-09-18..2023-09-22]], at [[night|DATE:2023-09-18..2023-09-22]], a [[missile|WEAPON:MISSILE]] hit the five-storey building behind us,
on [[Kosmichna street|PLACE]]. I was sleeping here, on the boxes, and I ran out.}}

s28
00:02:58.700 --> 00:03:05.900
<v Ihor>{{c10|One whole entrance came down, from the roof to the ground, like somebody cut it with a knife.}}
{{c11|Our windows here, all of them, blown in, glass in the flour bags.}}

s29
00:03:06.500 --> 00:03:13.400
<v Ihor>{{c12,c13|The city administration wrote on Telegram, two killed, a mother and her son, and nine wounded.}}
People said it was an [[S-300|WEAPON:MISSILE]], they use them on the city, I don't know the difference.

s30
00:03:14.000 --> 00:03:17.500
<v Interviewer>Thank you. Take care of yourself, [[Ihor|PERSON]].
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Stepnohirsk" date=2023-08-02 basis=WITNESSED incident=ua-stepnohirsk-20230802-club-shop-kab
@@claim c2 harm=INJURED min=2 max=2 named="Valia; Nina Petrivna" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Stepnohirsk" date=2023-08-02 basis=WITNESSED incident=ua-stepnohirsk-20230802-club-shop-kab
@@claim c3 harm=KILLED min=1 max=1 named="Nina Petrivna" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Stepnohirsk" date=2023-08-02 basis=HEARSAY incident=ua-stepnohirsk-20230802-club-shop-kab
@@claim c4 harm=KILLED min=3 max=3 named="Petro; Nina Petrivna" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Stepnohirsk" date=2023-08-02 basis=HEARSAY incident=ua-stepnohirsk-20230802-club-shop-kab
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="Orikhiv" date=2023-06-20 basis=WITNESSED incident=ua-orikhiv-20230620-bus-station-water-point-cluster
@@claim c6 harm=INJURED min=2 max=2 named="Denys" weapon=CLUSTER_MUNITION site="Orikhiv" date=2023-06-20 basis=EXPERIENCED incident=ua-orikhiv-20230620-bus-station-water-point-cluster
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="Orikhiv" date=2023-06-20 basis=EXPERIENCED incident=ua-orikhiv-20230620-bus-station-water-point-cluster
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Kamianske" date=2023-03-01..2023-05-31 basis=HEARSAY incident=ua-kamianske-20230000-village-destroyed
@@claim c9 harm=DETAINED min=1 max=1 named="Bohdan Lysenko" actor="Russian armed forces in Ukraine" site="Vasylivka" date=2022-03-08..2022-03-31 basis=HEARSAY incident=ua-vasylivka-20220300-lysenko-checkpoint-arrest
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Kosmichna street" date=2023-09-18..2023-09-22 basis=WITNESSED incident=ua-zaporizhzhia-20230900-kosmichna-street-missile
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Kosmichna street" date=2023-09-18..2023-09-22 basis=EXPERIENCED incident=ua-zaporizhzhia-20230900-kosmichna-street-missile
@@claim c12 harm=KILLED min=2 max=2 weapon=MISSILE site="Kosmichna street" date=2023-09-18..2023-09-22 basis=REPORTED incident=ua-zaporizhzhia-20230900-kosmichna-street-missile
@@claim c13 harm=INJURED min=9 max=9 weapon=MISSILE site="Kosmichna street" date=2023-09-18..2023-09-22 basis=REPORTED incident=ua-zaporizhzhia-20230900-kosmichna-street-missile
@@witness ua-stepnohirsk-ihor-bondarenko
