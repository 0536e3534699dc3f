1
00:00:01,000 --> 00:00:04,600
INTERVIEWER: Recording now. Please tell me your name and your work.

2
00:00:05,200 --> 00:00:10,800
WITNESS: [[Yaman Qtaifan|PERSON]]. I was a paramedic
at the field hospital in [[Tafs|PLACE:Tafas]], from [[2013|DATE:2013-01-01..2013-12-31]] until the end.

3
00:00:11,400 --> 00:00:15,900
INTERVIEWER: You spell the town [[Tafs|PLACE:Tafas]]? Others write [[Tafas|PLACE]].

4
00:00:16,500 --> 00:00:21,200
WITNESS: The same, the same. We say [[Tafs|PLACE:Tafas]], short.

5
00:00:21,800 --> 00:00:27,400
INTERVIEWER: I want to ask first about the mill on the road to [[Muzayrib|PLACE:al-Muzayrib]].

6
00:00:28,000 --> 00:00:33,500
WITNESS: The mill of [[Abu Tariq|PERSON]], yes. It was [[a Tuesday in February|DATE:2017-02-21]],
[[2017|DATE:2017-01-01..2017-12-31]]. I was at the hospital, the morning shift.

7
00:00:34,100 --> 00:00:39,800
We heard two explosions close, very close,
and the spotters on the radio said [[the helicopter|WEAPON:AIRSTRIKE]] had dropped [[barrels|WEAPON:BARREL_BOMB]].

8
00:00:40,400 --> 00:00:45,000
INTERVIEWER: The spotters?

9
00:00:45,600 --> 00:00:52,300
WITNESS: The observatories, the men who watch the airport and warn on the walkie-talkie.
So we knew before anyone came.

10
00:00:52,900 --> 00:00:58,100
{{c1|In fifteen minutes the first car came. Then more cars.
I counted the bodies myself, for the register: seven.}}

11
00:00:58,700 --> 00:01:04,400
{{c1|Seven dead at the mill, four of them workers,
and a woman and her two children who lived behind it.}}

12
00:01:05,000 --> 00:01:09,800
INTERVIEWER: Other people told us five, or three.

13
00:01:10,400 --> 00:01:16,600
WITNESS: I know. Some people count only the workers.
I wrote seven because I wrote seven names.

14
00:01:17,200 --> 00:01:22,900
{{c1|The driver [[Abu Hamdi|PERSON]], I knew him, he brought us bread sometimes.
And the woman, [[Umm Wael|PERSON]], with [[Wael|PERSON]] and [[Hala|PERSON]].}}

15
00:01:23,500 --> 00:01:28,000
{{c2|The wounded, about fifteen, we treated them on the floor,
there were not enough beds.}}

16
00:01:28,600 --> 00:01:33,100
{{c2|[[Abu Tariq|PERSON]] himself, a wound in the leg, deep.}}

17
00:01:33,700 --> 00:01:39,500
INTERVIEWER: Did you go to the mill after?

18
00:01:40,100 --> 00:01:46,300
WITNESS: In [[the afternoon|DATE:2017-02-21]], yes, to look for anyone more.
{{c3|The house behind the mill was flat, the roof on the floor.}}

19
00:01:46,900 --> 00:01:52,000
{{c3|And the mill, the two stones broke, the machine was under the roof.}}

20
00:01:52,600 --> 00:01:57,900
INTERVIEWER: Was there anything military near the mill?

21
00:01:58,500 --> 00:02:03,300
WITNESS: No. No checkpoint, no fighters. It is a mill.
- INTERVIEWER: Thank you.

22
00:02:03,900 --> 00:02:10,100
INTERVIEWER: You mentioned before the recording
something about the ambulance in [[2016|DATE:2016-01-01..2016-12-31]].

23
00:02:10,700 --> 00:02:16,800
WITNESS: Yes. My colleague [[Ghiath|PERSON]], [[Ghiath Masri|PERSON]], the driver of our ambulance.
In [[November|DATE:2016-11-01..2016-11-30]], I am not sure the day,

24
00:02:17,400 --> 00:02:23,000
he went to bring a wounded man from near [[Tasil|PLACE]],
at the edge of the [[Yarmouk|PLACE]] basin.

25
00:02:23,600 --> 00:02:29,100
That area, the men of [[Jaish Khalid|ACTOR:Islamic State]] were there,
the [[Daesh|ACTOR:Islamic State]] of our region.

26
00:02:29,700 --> 00:02:35,800
{{c4|They stopped the ambulance and took [[Ghiath|PERSON]] and the nurse with him,
[[Bashar|PERSON]]. The ambulance they left on the road, with the keys.}}

27
00:02:36,400 --> 00:02:42,000
{{c4|A shepherd saw it and told the people in [[Tasil|PLACE]],
and they phoned us.}}

28
00:02:42,600 --> 00:02:48,400
{{c5|After that, nothing. [[Bashar|PERSON]] came back after four months,
very thin, he would not speak about it.}}

29
00:02:49,000 --> 00:02:54,200
{{c5|[[Ghiath|PERSON]], no. Until today we do not know
if he is alive.}}

30
00:02:54,800 --> 00:03:00,600
INTERVIEWER: Were you ever detained yourself?

31
00:03:01,200 --> 00:03:07,500
WITNESS: Once they stopped me, the [[Nusra|ACTOR:Hayat Tahrir al-Sham]] checkpoint near [[Da'il|PLACE:Da'el]],
they wanted to see the phone.

32
00:03:08,100 --> 00:03:13,400
They said you have pictures of our fighters, I said no, only of wounded.
[[After half an hour|DATE]] they let me pass.

33
00:03:14,000 --> 00:03:19,600
INTERVIEWER: And in [[Nawa|PLACE]]? You said you were sent there once.

34
00:03:20,200 --> 00:03:25,800
WITNESS: In [[the summer of 2018|DATE:2018-06-01..2018-08-31]], at the end, when [[the army|ACTOR:Syrian government forces]] came back.
The [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]] and the [[artillery|WEAPON:ARTILLERY]] together.

35
00:03:26,400 --> 00:03:32,000
{{c6|On [[the 17th of July|DATE:2018-07-17]], I think, the [[Nawa|PLACE]] hospital went out of service,
[[the planes|WEAPON:AIRSTRIKE]] hit the building next to it and the ceiling fell in the emergency room.}}

36
00:03:32,600 --> 00:03:38,200
I was not there that hour, I was on the road.
{{c7|The nurses told me one of the patients was killed inside.}}

37
00:03:38,800 --> 00:03:44,900
Then many people went to the border, to the fence near [[Quneitra|PLACE]].
{{c8|My family also, from [[Tafs|PLACE:Tafas]], we slept three weeks in the open, under the olive trees.}}

38
00:03:45,500 --> 00:03:51,000
INTERVIEWER: Is there anything you want to add?

39
00:03:51,600 --> 00:03:57,200
WITNESS: Only [[Ghiath|PERSON]]. If somebody hears about him,
his mother is still waiting.
@@claim c1 harm=KILLED min=7 max=7 named="Abu Hamdi; Umm Wael; Wael; Hala" weapon=BARREL_BOMB site="Tafs" date=2017-02-21 basis=WITNESSED incident=sy-tafas-20170221-muflih-grain-mill
@@claim c2 harm=INJURED min=15 max=15 named="Abu Tariq" weapon=BARREL_BOMB site="Tafs" date=2017-02-21 basis=WITNESSED incident=sy-tafas-20170221-muflih-grain-mill
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Tafs" date=2017-02-21 basis=WITNESSED incident=sy-tafas-20170221-muflih-grain-mill
@@claim c4 harm=DETAINED min=2 max=2 named="Ghiath; Bashar" actor="Islamic State" site="Tasil" date=2016-11-01..2016-11-30 basis=HEARSAY incident=sy-tasil-20161100-ambulance-crew-taken
@@claim c5 harm=MISSING min=1 max=1 named="Ghiath" actor="Islamic State" site="Tasil" date=2016-11-01..2016-11-30 basis=HEARSAY incident=sy-tasil-20161100-ambulance-crew-taken
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="Nawa" date=2018-07-17 basis=HEARSAY incident=sy-nawa-20180717-hospital-strike
@@claim c7 harm=KILLED min=1 max=1 weapon=AIRSTRIKE actor="Russian forces" site="Nawa" date=2018-07-17 basis=HEARSAY incident=sy-nawa-20180717-hospital-strike
@@claim c8 harm=DISPLACED min=null max=null site="Tafs" date=2018-06-01..2018-08-31 basis=EXPERIENCED incident=sy-tafas-20180700-qtaifan-family-flight
@@witness sy-tafas-yaman-qtaifan
