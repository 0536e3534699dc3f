WEBVTT - testimony UA-KRM-3303

NOTE
Interview ID: UA-KRM-3303
Date of interview: 2024-06-11
Place of interview: Kramatorsk, a volunteer centre
Language: Russian and Ukrainian, English voice-over
Interviewer: Hannah Lindqvist

k01
00:00:01.000 --> 00:00:05.500
<v Interviewer>Thank you for coming. Could you tell me your name and what you do?

k02
00:00:06.000 --> 00:00:13.000
<v Iryna>[[Iryna Stepanenko|PERSON]]. I am a pharmacist, twenty years.
I live in [[Kramatorsk|PLACE]] but I work in [[Konstantinovka|PLACE:Kostiantynivka]], half an hour by bus.

k03
00:00:13.500 --> 00:00:18.000
<v Interviewer>You wanted to talk about what happened near your pharmacy in [[Kostiantynivka|PLACE]].

k04
00:00:18.500 --> 00:00:26.000
<v Iryna>Yes. The pharmacy is on [[Lomonosova street|PLACE]], by the bus stop.
It was [[the 22nd of May|DATE:2024-05-22]], [[a Wednesday|DATE:2024-05-22]], [[about twenty past eleven|DATE:2024-05-22]].

k05
00:00:26.500 --> 00:00:34.000
<v Iryna>First one [[rocket|WEAPON:CLUSTER_MUNITION]] opened over the street, [[cluster|WEAPON:CLUSTER_MUNITION]], I know the sound now, like somebody pours nails on a tin roof, and then the second.

k06
00:00:34.500 --> 00:00:40.500
<v Iryna>I was behind the counter. {{c2|The big window came in on me, all of it, and the glass door, and the shelves with the vitamins fell.}}

k07
00:00:41.000 --> 00:00:47.000
<v Iryna>I was not cut, only here a little, on the ear, nothing.
My colleague [[Olena|PERSON]] was in the back room, she also was fine.

k08
00:00:47.500 --> 00:00:52.000
<v Interviewer>What did you see when you went outside?

k09
00:00:52.500 --> 00:01:00.000
<v Iryna>{{c3|At the bus stop, people on the ground. I counted four who were dead, I am sure of four.
One was a girl, maybe sixteen, with a pink scooter, she was waiting for the bus. Later I read her name, [[Daria Kolesnyk|PERSON]].}}

k10
00:01:00.500 --> 00:01:07.000
<v Iryna>{{c4|And injured, many, maybe ten, maybe more, one old man [[Hryhorii|PERSON]], I know him, he buys his heart pills from us, he had the leg open, and [[Vitalii|PERSON]] who drives the bread van, in the arm.}}

k11
00:01:07.500 --> 00:01:13.000
<v Iryna>I put the tourniquet on him myself, we keep them in the pharmacy now, every pharmacy in [[Donbas|PLACE]] does.

k12
00:01:13.500 --> 00:01:18.500
<v Interviewer>Were there soldiers or military vehicles near the bus stop [[that day|DATE:2024-05-22]]?

k13
00:01:19.000 --> 00:01:25.500
<v Iryna>No. No soldiers at the stop, no vehicles. A bread van, a taxi, the bus that was late.
I stood there ten years of mornings. I know what stands there.

k14
00:01:26.000 --> 00:01:32.000
<v Iryna>{{c5,c11|Later the city administration wrote in Telegram seven killed and eighteen wounded,
so more died in the hospital, I think.}}

k15
00:01:32.500 --> 00:01:36.500
<v Interviewer>Who fired, in your opinion?

k16
00:01:37.000 --> 00:01:42.000
<v Iryna>Who else? [[The Russians|ACTOR:Russian armed forces in Ukraine]]. From [[Horlivka|PLACE]] side, from [[Bakhmut|PLACE]] side, the [[Uragans|WEAPON:CLUSTER_MUNITION]] reach us easily.

k17
00:01:42.500 --> 00:01:47.500
<v Interviewer>You mentioned earlier something about your own car, here in [[Kramatorsk|PLACE]].

k18
00:01:48.000 --> 00:01:56.000
<v Iryna>Ah, yes, that is small, compared. In [[January|DATE:2024-01-01..2024-01-31]], [[a week after the old Christmas|DATE:2024-01-14]], at [[night|DATE:2024-01-14]],
a [[Shahed|WEAPON:DRONE_STRIKE]] came into the garage cooperative behind our block.

k19
00:01:56.500 --> 00:02:03.500
<v Iryna>{{c7|Eight garages burned together, and my little Daewoo inside, it melted, the tyres, the plastic, it was like a candle.}}

k20
00:02:04.000 --> 00:02:09.000
<v Iryna>It was [[three in the night|DATE:2024-01-14]], nobody was in the garages, nobody was hurt. Only cars and potatoes.

k21
00:02:09.500 --> 00:02:13.000
<v Interviewer>Did you see [[the drone|WEAPON:DRONE_STRIKE]] yourself?

k22
00:02:13.500 --> 00:02:20.000
<v Iryna>I heard it. Like a moped in the sky, the motor, you know, and then quiet, and then the bang.
From the balcony I saw the fire.

k23
00:02:20.500 --> 00:02:25.000
<v Interviewer>And your mother? You said she is in [[Sloviansk|PLACE]].

k24
00:02:25.500 --> 00:02:32.000
<v Iryna>Yes, in [[Slavyansk|PLACE:Sloviansk]], on [[Vasylivska street|PLACE]], a five-storey block.
On [[the 10th of April|DATE:2024-04-10]] a [[missile|WEAPON:MISSILE]] fell in the next yard, in [[the evening|DATE:2024-04-10]].

k25
00:02:32.500 --> 00:02:39.000
<v Iryna>{{c9|My mother [[Raisa|PERSON]] called me crying, she said the windows flew in, the balcony frame is hanging, and there are cracks all through the walls of the stairs.}}

k26
00:02:39.500 --> 00:02:45.000
<v Iryna>{{c10|The news said an [[Iskander|WEAPON:MISSILE]], and three people injured in the neighbour building.}}
She herself, no, only the fright. She was in the corridor, the two walls rule.

k27
00:02:45.500 --> 00:02:51.000
<v Interviewer>Has she thought about leaving?

k28
00:02:51.500 --> 00:02:58.000
<v Iryna>She says if she leaves, who will water the tomatoes.
I say, mama, if it had fallen on your building, there would be no tomatoes and no you.

k29
00:02:58.500 --> 00:03:02.000
<v Iryna>She laughs. She is seventy-eight. She stays.
@@witness ua-kramatorsk-iryna-stepanenko
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Lomonosova street" date=2024-05-22 basis=EXPERIENCED incident=ua-kostiantynivka-20240522-lomonosova-bus-stop-cluster
@@claim c3 harm=KILLED min=4 max=4 named="Daria Kolesnyk" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Lomonosova street" date=2024-05-22 basis=WITNESSED incident=ua-kostiantynivka-20240522-lomonosova-bus-stop-cluster
@@claim c4 harm=INJURED min=10 max=null named="Hryhorii; Vitalii" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Lomonosova street" date=2024-05-22 basis=WITNESSED incident=ua-kostiantynivka-20240522-lomonosova-bus-stop-cluster
@@claim c5 harm=KILLED min=7 max=7 weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Lomonosova street" date=2024-05-22 basis=REPORTED incident=ua-kostiantynivka-20240522-lomonosova-bus-stop-cluster
@@claim c11 harm=INJURED min=18 max=18 weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Lomonosova street" date=2024-05-22 basis=REPORTED incident=ua-kostiantynivka-20240522-lomonosova-bus-stop-cluster
@@claim c7 harm=PROPERTY_DAMAGE min=8 max=8 weapon=DRONE_STRIKE site="Kramatorsk" date=2024-01-14 basis=EXPERIENCED incident=ua-kramatorsk-20240114-garage-cooperative-shahed
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Vasylivska street" date=2024-04-10 basis=HEARSAY incident=ua-sloviansk-20240410-vasylivska-yard-missile
@@claim c10 harm=INJURED min=3 max=3 weapon=MISSILE site="Vasylivska street" date=2024-04-10 basis=REPORTED incident=ua-sloviansk-20240410-vasylivska-yard-missile
