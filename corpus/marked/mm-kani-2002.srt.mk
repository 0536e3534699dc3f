1
00:00:01,000 --> 00:00:05,900
INTERVIEWER: Okay, it is recording now.
Can you start with your name?

2
00:00:06,500 --> 00:00:12,100
WITNESS: [[Naing Lin Oo|PERSON]]. Everyone calls me [[Ko Naing|PERSON]].
I am twenty-four years old.

3
00:00:12,900 --> 00:00:16,200
INTERVIEWER: And where are you from, [[Ko Naing|PERSON]]?

4
00:00:16,600 --> 00:00:23,000
WITNESS: From [[Pazi Gyi|PLACE:Pazigyi]], [[Kani|PLACE]] township,
the east end of the village, near the toddy palms.

5
00:00:23,600 --> 00:00:30,600
I studied in [[Monywa|PLACE]], at the university,
then [[after the coup|DATE:2021-02-01..2021-12-31]] the university closed, so I came home.

6
00:00:31,400 --> 00:00:37,900
INTERVIEWER: I want to ask you about the raid on
[[Pazigyi|PLACE]] in [[2022|DATE:2022-01-01..2022-12-31]]. Do you remember the date?

7
00:00:38,300 --> 00:00:44,000
WITNESS: It was [[a Tuesday in March|DATE:2022-03-08]],
[[the second week|DATE:2022-03-07..2022-03-13]], I think. Early, still dark.

8
00:00:44,600 --> 00:00:52,200
Before they came in, they fired [[mortar shells|WEAPON:MORTAR]]
from the road, four or five, into the fields and the houses.

9
00:00:53,000 --> 00:01:02,000
{{c1|One [[shell|WEAPON:MORTAR]] hit the monastery school, and after that there were cracks all through the walls, the children could not study inside any more.}}

10
00:01:02,400 --> 00:01:05,500
INTERVIEWER: Where were you at that moment?

11
00:01:06,100 --> 00:01:13,500
WITNESS: I ran out the back to the palm trees.
From there I could see the road and part of the village.

12
00:01:14,300 --> 00:01:23,200
{{c2|[[The soldiers|ACTOR:Tatmadaw]] went into the houses and they brought the men out, they made them sit in the road with their heads down.}}

13
00:01:23,600 --> 00:01:29,000
{{c2|Then they put them on the trucks. I counted, nine men, I think nine.}}

14
00:01:29,600 --> 00:01:37,100
{{c3|One of them was my uncle, [[Saya Myint Swe|PERSON]], the teacher, they pulled him by the hair from his house.}}

15
00:01:37,900 --> 00:01:44,700
- Was anyone from your own house taken?
- No. My father was in [[Monywar|PLACE:Monywa]] [[that week|DATE:2022-03-07..2022-03-13]], for his eyes.

16
00:01:45,100 --> 00:01:49,100
INTERVIEWER: Was there fighting in the village [[that day|DATE:2022-03-08]]?

17
00:01:49,700 --> 00:01:58,700
WITNESS: No. No fighting. There were no [[PDF|ACTOR:People's Defence Force]] in the village [[that morning|DATE:2022-03-08]].
They had moved to the forest [[the week before|DATE:2022-02-28..2022-03-06]]. Nobody shot back.

18
00:01:59,500 --> 00:02:07,400
{{c1|When [[the soldiers|ACTOR:Tatmadaw]] left, half the street near the pond was burning, they used petrol from the motorbikes.}}

19
00:02:07,800 --> 00:02:15,400
I saw the smoke from the palms. Black, black smoke,
and I heard the cows screaming, tied under the houses.

20
00:02:16,000 --> 00:02:19,800
INTERVIEWER: Do you know what happened to your uncle?

21
00:02:20,600 --> 00:02:29,600
WITNESS: {{c5|My aunt went to every place, the prison, the police, nobody tells her anything, we still do not know where he is.}}

22
00:02:30,000 --> 00:02:34,400
{{c5|[[Saya Myint Swe|PERSON]], he is fifty-eight now, if he is alive.}}

23
00:02:35,000 --> 00:02:39,100
INTERVIEWER: You also told me you were arrested yourself.

24
00:02:39,900 --> 00:02:48,900
WITNESS: Yes. Two times they stopped me. The first time was in the rains,
at the checkpoint at [[Nyaung Pin Wun|PLACE]], they only looked in my phone.

25
00:02:49,300 --> 00:02:54,800
I had deleted everything, so they slapped me and said go.
That time, nothing.

26
00:02:55,400 --> 00:03:04,100
The second time was worse. [[The week after Tazaungdaing|DATE:2022-11-09..2022-11-15]],
in [[November|DATE:2022-11-01..2022-11-30]], I was on the bus to [[Monywa|PLACE]] with my friend [[Thet Paing|PERSON]].

27
00:03:04,900 --> 00:03:12,800
{{c6|At the checkpoint near [[Monywa|PLACE]] [[the soldiers|ACTOR:Tatmadaw]] took us off the bus, both of us, because our cards said [[Kani|PLACE]].}}

28
00:03:13,200 --> 00:03:20,900
{{c6|They kept me in a room under the police station, no window,
three weeks, with maybe twenty other men.}}

29
00:03:21,500 --> 00:03:24,000
INTERVIEWER: How were you released?

30
00:03:24,800 --> 00:03:32,200
WITNESS: My mother paid. I don't know how much, she sold the cows.
They let me out at [[night|DATE]] on the road.

31
00:03:32,600 --> 00:03:39,700
{{c7|But [[Thet Paing|PERSON]], they moved him somewhere else in [[December|DATE:2022-12-01..2022-12-31]], and since then, no news, nothing.}}

32
00:03:40,300 --> 00:03:46,900
His mother asks me every time I call, where is he, where is he.
I cannot answer her. [pause]

33
00:03:47,700 --> 00:03:53,100
INTERVIEWER: Thank you. Is there anything else
you wanted to tell us about?

34
00:03:53,500 --> 00:04:01,600
WITNESS: Yes, about the [[mines|WEAPON:LANDMINE]]. After that, the paths are not safe.
Between [[Kani|PLACE]] and [[Yinmabin|PLACE]] there are [[mines|WEAPON:LANDMINE]] now.

35
00:04:02,200 --> 00:04:11,200
{{c8|My friend [[Kyaw Thiha|PERSON]], in [[June last year|DATE:2023-06-01..2023-06-30]], he stepped on a [[mine|WEAPON:LANDMINE]] on the cart path near [[Yinmabin|PLACE]], his leg was gone below the knee.}}

36
00:04:12,000 --> 00:04:18,500
- Did you see it?
- No, I was in [[Kalay|PLACE]] already. His brother [[Wai Lin Aung|PERSON]] sent me the photo.

37
00:04:18,900 --> 00:04:22,500
INTERVIEWER: Who put the [[mines|WEAPON:LANDMINE]] there, do you know?

38
00:04:23,100 --> 00:04:31,000
WITNESS: People say [[the soldiers|ACTOR:Tatmadaw]], when they moved through in [[May|DATE:2023-05-01..2023-05-31]].
But honestly, I don't know. I cannot say who.

39
00:04:31,800 --> 00:04:34,300
INTERVIEWER: Thank you, [[Ko Naing|PERSON]].

40
00:04:34,700 --> 00:04:38,300
WITNESS: Thank you also. Please don't put my face.
@@witness mm-pazigyi-naing-lin-oo
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Tatmadaw" site="Pazi Gyi" date=2022-03-08 basis=WITNESSED incident=mm-pazigyi-20220308-raid-men-taken
@@claim c2 harm=DETAINED min=9 max=9 actor=Tatmadaw site="Pazi Gyi" date=2022-03-08 basis=WITNESSED incident=mm-pazigyi-20220308-raid-men-taken
@@claim c3 harm=DETAINED min=1 max=1 named="Saya Myint Swe" actor=Tatmadaw site="Pazi Gyi" date=2022-03-08 basis=WITNESSED incident=mm-pazigyi-20220308-raid-men-taken
@@claim c5 harm=MISSING min=1 max=1 named="Saya Myint Swe" actor=Tatmadaw site="Pazi Gyi" date=2022-03-08 basis=HEARSAY incident=mm-pazigyi-20220308-raid-men-taken
@@claim c6 harm=DETAINED min=2 max=2 named="Thet Paing" actor=Tatmadaw site="Monywa" date=2022-11-09..2022-11-15 basis=EXPERIENCED incident=mm-monywa-20221100-bus-checkpoint-naing-lin-oo
@@claim c7 harm=MISSING min=1 max=1 named="Thet Paing" actor=Tatmadaw site="Monywa" date=2022-12-01..2022-12-31 basis=HEARSAY incident=mm-monywa-20221100-bus-checkpoint-naing-lin-oo
@@claim c8 harm=INJURED min=1 max=1 named="Kyaw Thiha" weapon=LANDMINE site="Yinmabin" date=2023-06-01..2023-06-30 basis=HEARSAY incident=mm-yinmabin-20230600-cart-path-mine-kyaw-thiha
