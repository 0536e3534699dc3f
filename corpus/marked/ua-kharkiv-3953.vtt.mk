WEBVTT - interview UA-KHK-3953

NOTE
Interview ID: UA-KHK-3953
Date of interview: 2024-06-18
Place of interview: Kharkiv, a school used as a community centre
Language: Ukrainian, English voice-over

t1
00:00:01.000 --> 00:00:05.500
<v Interviewer>Could you introduce yourself, and say where you live?

t2
00:00:06.000 --> 00:00:12.500
<v Tetiana>[[Tetiana Hrytsenko|PERSON]], I am thirty-eight, I teach maths. I live in [[Pivnichna Saltivka|PLACE]],
on [[Traktorobudivnykiv avenue|PLACE]], the sixteen-storey one near the market.

t3
00:00:13.000 --> 00:00:17.000
<v Interviewer>You stayed there in [[the spring of 2022|DATE:2022-03-01..2022-05-31]]?

t4
00:00:17.500 --> 00:00:24.000
<v Tetiana>Until [[the middle of March|DATE:2022-03-10..2022-03-20]]. Then we left. I want to tell about the day we decided to leave.

t5
00:00:24.500 --> 00:00:31.000
<v Tetiana>It was [[a Tuesday|DATE:2022-03-15]], [[the fifteenth|DATE:2022-03-15]]. There was a van with bread at the playground between the buildings,
the volunteers came in [[the morning|DATE:2022-03-15]], and there was a queue, maybe forty people.

t6
00:00:31.500 --> 00:00:38.500
<v Tetiana>{{c1,c2|And the [[cluster|WEAPON:CLUSTER_MUNITION]] came, the [[cassette|WEAPON:CLUSTER_MUNITION]], you hear a pop in the sky and then small explosions everywhere, like somebody throws firecrackers on the asphalt.}}

t7
00:00:39.000 --> 00:00:42.000
<v Interviewer>Where were you at that moment?

t8
00:00:42.500 --> 00:00:48.500
<v Tetiana>On the stairs inside the entrance, I was going down with the bags. Through the door I saw it. The door glass broke on me.

t9
00:00:49.000 --> 00:00:56.000
<v Tetiana>{{c1|Three people died there, in the queue. [[Mykhailo Petrenko|PERSON]], seventy, from our building, he used to fix everybody's bicycles.}}

t10
00:00:56.500 --> 00:01:02.500
<v Tetiana>{{c1|And a woman, [[Zoia|PERSON]], with the red coat, and a young man I did not know, a volunteer maybe.}}

t11
00:01:03.000 --> 00:01:09.000
<v Tetiana>{{c2|Wounded, many. Ten, twelve. The volunteers put them in the van with the bread, on top of the bread.}}

t12
00:01:09.500 --> 00:01:13.000
<v Interviewer>Was there anything military near the playground?

t13
00:01:13.500 --> 00:01:20.000
<v Tetiana>No. Nothing. No soldiers, no equipment, I looked every day from my window. Only the bread van.
It came from [[the Russians|ACTOR:Russian armed forces in Ukraine]], from the direction of [[Tsyrkuny|PLACE]], they were very close then.

t14
00:01:20.500 --> 00:01:26.000
<v Tetiana>Later, on the ground, my neighbour [[Artem|PERSON]] showed me the small pieces, the [[bomblets|WEAPON:CLUSTER_MUNITION]] that did not explode,
with little ribbons. The police took them away.

t15
00:01:26.500 --> 00:01:31.000
<v Interviewer>And after that you left [[Kharkiv|PLACE]]?

t16
00:01:31.500 --> 00:01:38.500
<v Tetiana>{{c3|[[The next day|DATE:2022-03-16]] we went to the train station, me, my son [[Matvii|PERSON]], he is nine, and my mother, and we went to [[Lviv|PLACE]].}}

t17
00:01:39.000 --> 00:01:45.000
<v Tetiana>My husband stayed, he drives for the city water company. If we had stayed in the flat, with the windows like that, I don't know, maybe we would not be alive.

t18
00:01:45.500 --> 00:01:50.000
<v Interviewer>When did you come back?

t19
00:01:50.500 --> 00:01:56.000
<v Tetiana>In [[August 2023|DATE:2023-08-01..2023-08-31]], for the school year. It was quieter then. And then [[this spring|DATE:2024-03-01..2024-05-31]] started again.

t20
00:01:56.500 --> 00:02:01.500
<v Interviewer>Tell me about [[this spring|DATE:2024-03-01..2024-05-31]].

t21
00:02:02.000 --> 00:02:08.500
<v Tetiana>[[The Shaheds|WEAPON:DRONE_STRIKE]], at night, you hear them like a moped in the sky. In [[April|DATE:2024-04-01..2024-04-30]], I think [[the 6th|DATE:2024-04-06]],
{{c4|it was [[Saturday night|DATE:2024-04-06]], one hit the building next to ours, number twenty-one.}}

t22
00:02:09.000 --> 00:02:15.000
<v Tetiana>{{c4|The top three floors burned, the whole corner of the building, and our windows again, all of them, for the second time.}}

t23
00:02:15.500 --> 00:02:21.500
<v Tetiana>{{c5|My colleague [[Larysa Moroz|PERSON]] lives there on the twelfth floor. She was cut on the face and the arms, and her husband [[Ihor|PERSON]] broke the leg on the stairs running down.}}

t24
00:02:22.000 --> 00:02:25.500
<v Interviewer>Was anyone killed in that building?

t25
00:02:26.000 --> 00:02:32.000
<v Tetiana>They said on the news that nobody was killed in that one. In that building, no. I was happy for that.

t26
00:02:32.500 --> 00:02:38.000
<v Tetiana>But I am tired. My son asks me, Mama, will [[the drone|WEAPON:DRONE_STRIKE]] come tonight. What can I say?
@@witness ua-kharkiv-tetiana-hrytsenko
@@claim c1 harm=KILLED min=3 max=3 named="Mykhailo Petrenko; Zoia" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Traktorobudivnykiv avenue" date=2022-03-15 basis=WITNESSED incident=ua-kharkiv-20220315-traktorobudivnykiv-bread-queue-cluster
@@claim c2 harm=INJURED min=10 max=12 weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Traktorobudivnykiv avenue" date=2022-03-15 basis=WITNESSED incident=ua-kharkiv-20220315-traktorobudivnykiv-bread-queue-cluster
@@claim c3 harm=DISPLACED min=3 max=3 named="Tetiana Hrytsenko; Matvii" site="Pivnichna Saltivka" date=2022-03-16 basis=EXPERIENCED incident=ua-kharkiv-20220316-hrytsenko-family-flight
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Traktorobudivnykiv avenue" date=2024-04-06 basis=WITNESSED incident=ua-kharkiv-20240406-traktorobudivnykiv-21-shahed
@@claim c5 harm=INJURED min=2 max=2 named="Larysa Moroz; Ihor" weapon=DRONE_STRIKE site="Traktorobudivnykiv avenue" date=2024-04-06 basis=HEARSAY incident=ua-kharkiv-20240406-traktorobudivnykiv-21-shahed
