1
00:00:00,900 --> 00:00:05,300
INTERVIEWER: So, we are recording. Please
say your first name and your work.

2
00:00:05,800 --> 00:00:11,200
WITNESS: [[Yevhen|PERSON]]. I drive a taxi in [[Slavyansk|PLACE:Sloviansk]],
twenty years. Now less, no fuel, no people.

3
00:00:11,700 --> 00:00:16,400
INTERVIEWER: You were at the square
on [[the day of the attack|DATE]] in [[August|DATE:2022-08-01..2022-08-31]]?

4
00:00:16,900 --> 00:00:22,600
WITNESS: Yes. My place is at the bus stop, near the market,
on [[Sobornaya square|PLACE:Soborna square]]. I was in the car, waiting.

5
00:00:23,100 --> 00:00:28,900
It was... [[the middle of August|DATE:2022-08-10..2022-08-20]]. [[The seventeenth|DATE:2022-08-17]],
maybe [[the sixteenth|DATE:2022-08-16]]. A weekday, not a Sunday.

6
00:00:29,400 --> 00:00:34,000
INTERVIEWER: What time?

7
00:00:34,500 --> 00:00:39,800
WITNESS: [[Morning|DATE:2022-08-16..2022-08-17]]. [[Nine, half past nine|DATE:2022-08-16..2022-08-17]].
First I heard the launch, far away, the [[Grad|WEAPON:ROCKET]]

8
00:00:40,300 --> 00:00:44,900
or [[Uragan|WEAPON:ROCKET]], I don't know these names,
my son [[Tolik|PERSON]] knows, I don't.

9
00:00:45,400 --> 00:00:51,700
And then it was like hail on the car.
Crack, crack, crack, on the roof, on the glass.

10
00:00:52,200 --> 00:00:57,300
{{c4|My back window broke.}} I put my head down
to the seat and waited.

11
00:00:57,800 --> 00:01:03,600
- How long?
- One minute? Two? In that moment you don't have time.

12
00:01:04,100 --> 00:01:10,400
When I got out, people were lying
on the ground near the market tables.

13
00:01:10,900 --> 00:01:17,500
{{c1|Three were dead. I saw three. [[Lidiia|PERSON]] from the flower kiosk,
I knew her twenty years, and two men.}}

14
00:01:18,000 --> 00:01:21,300
One was the old man with the honey.

15
00:01:21,800 --> 00:01:28,600
{{c2|And the wounded, more than ten, more,
everybody was bleeding from the legs.}}

16
00:01:29,100 --> 00:01:35,900
{{c3|I put two in my taxi, a woman and a boy,
maybe fourteen, and drove to the hospital.}}

17
00:01:36,400 --> 00:01:40,700
With the broken window, fast,
through all the red lights. [laughs]

18
00:01:41,200 --> 00:01:45,800
INTERVIEWER: Did you see what kind
of munition it was?

19
00:01:46,300 --> 00:01:52,900
WITNESS: Later, yes. One small [[bomblet|WEAPON:CLUSTER_MUNITION]] was lying
near the kiosk, it did not explode, round, like a ball.

20
00:01:53,400 --> 00:01:58,700
The police put a tyre around it
and called the sappers.

21
00:01:59,200 --> 00:02:04,600
So it was [[cluster|WEAPON:CLUSTER_MUNITION]]. From where?
From the side of [[Izyum|PLACE:Izium]], everybody knows.

22
00:02:05,100 --> 00:02:09,000
- From [[the Russians|ACTOR:Russian armed forces in Ukraine]]?
- Yes, of course. [[The Russians|ACTOR:Russian armed forces in Ukraine]].

23
00:02:09,500 --> 00:02:15,800
INTERVIEWER: Another person told us
four people died. What do you think?

24
00:02:16,300 --> 00:02:22,100
WITNESS: Maybe. One more could die in the hospital,
I don't know. I saw three.

25
00:02:22,600 --> 00:02:28,100
INTERVIEWER: Where do you live
in [[Sloviansk|PLACE]]?

26
00:02:28,600 --> 00:02:34,200
WITNESS: In [[Cherevkivka|PLACE]], private houses,
across the river.

27
00:02:34,700 --> 00:02:41,500
There it was worse in [[July|DATE:2022-07-01..2022-07-31]].
I mean, [[the beginning of July|DATE:2022-07-01..2022-07-10]].

28
00:02:42,000 --> 00:02:48,900
The [[shelling|WEAPON:ARTILLERY]] came at [[night|DATE:2022-07-01..2022-07-10]], maybe ten [[shells|WEAPON:ARTILLERY]],
on our street and the next one.

29
00:02:49,400 --> 00:02:56,300
{{c4|The house of baba [[Frosia|PERSON]], our neighbour,
it burned completely, to the ground.}}

30
00:02:56,800 --> 00:03:02,300
She was in the cellar with her cat,
she came out all black from smoke but alive.

31
00:03:02,800 --> 00:03:08,600
In our street nobody died,
thank God. Only the houses, the fences.

32
00:03:09,100 --> 00:03:14,700
{{c5|My garage also, the roof is gone,
and the old Zhiguli inside is finished.}}

33
00:03:15,200 --> 00:03:20,100
INTERVIEWER: Is your family
still in [[Sloviansk|PLACE]]?

34
00:03:20,600 --> 00:03:27,400
WITNESS: {{c6|No. My wife [[Oksana|PERSON]] and the two girls, [[Dasha|PERSON]] and [[Marusia|PERSON]],
went to [[Poltava|PLACE]] in [[April|DATE:2022-04-01..2022-04-30]], after the station.}}

35
00:03:27,900 --> 00:03:33,800
After the [[missile|WEAPON:MISSILE]] on the station in [[Kramatorsk|PLACE]],
she said, that's it, we go.

36
00:03:34,300 --> 00:03:40,100
I stay. Somebody must drive the old people
to the doctor, to the evacuation.

37
00:03:40,600 --> 00:03:45,900
If everybody leaves, who will be
in the town? Nobody.

38
00:03:46,400 --> 00:03:50,200
- Thank you, [[Yevhen|PERSON]].
- Thank you. Write that [[Lidiia|PERSON]] sold flowers.
@@witness ua-sloviansk-yevhen-taxi
@@claim c1 harm=KILLED min=3 max=3 named="Lidiia" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Sobornaya square" date=2022-08-16..2022-08-17 basis=WITNESSED incident=ua-sloviansk-20220816-soborna-square-cluster
@@claim c2 harm=INJURED min=11 max=null weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Sobornaya square" date=2022-08-16..2022-08-17 basis=WITNESSED incident=ua-sloviansk-20220816-soborna-square-cluster
@@claim c3 harm=INJURED min=2 max=2 weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Sobornaya square" date=2022-08-16..2022-08-17 basis=WITNESSED incident=ua-sloviansk-20220816-soborna-square-cluster
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Cherevkivka" date=2022-07-01..2022-07-10 basis=WITNESSED incident=ua-sloviansk-20220700-cherevkivka-night-shelling
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Cherevkivka" date=2022-07-01..2022-07-10 basis=EXPERIENCED incident=ua-sloviansk-20220700-cherevkivka-night-shelling
@@claim c6 harm=DISPLACED min=3 max=3 named="Oksana; Dasha; Marusia" site="Sloviansk" date=2022-04-01..2022-04-30 basis=WITNESSED incident=ua-sloviansk-20220400-yevhen-family-displaced
