1
00:00:01,000 --> 00:00:05,600
INTERVIEWER: We are recording. Please say
only your first name, if you want.

2
00:00:06,100 --> 00:00:09,400
WITNESS: [[Rahwa|PERSON]]. I am a teacher,
grade four, in [[Aksum|PLACE:Axum]].

3
00:00:10,000 --> 00:00:15,800
INTERVIEWER: You were in [[Aksum|PLACE:Axum]] at the end
of [[November 2020|DATE:2020-11-01..2020-11-30]]?

4
00:00:16,300 --> 00:00:22,900
WITNESS: Yes, in the house of my husband's family,
near [[Tsion Maryam church|PLACE:Tsion Mariam church]], on the side of [[Mai Koho|PLACE]].

5
00:00:23,400 --> 00:00:29,000
When the [[shelling|WEAPON:ARTILLERY]] was, the first time,
[[the Thursday|DATE:2020-11-19]], nobody died in our street.

6
00:00:29,500 --> 00:00:34,100
The [[shells|WEAPON:ARTILLERY]] fell more on [[Hawelti|PLACE]]
and near the airport road.

7
00:00:34,700 --> 00:00:39,200
INTERVIEWER: And the killings, when
did they start for you?

8
00:00:39,800 --> 00:00:45,500
WITNESS: [[The 28th of November|DATE:2020-11-28]], [[the Saturday before Hidar Tsion|DATE:2020-11-28]].
But for us it started in [[the evening|DATE:2020-11-28]], not the morning.

9
00:00:46,000 --> 00:00:50,600
In [[the morning|DATE:2020-11-28]] we heard the [[guns|WEAPON:SMALL_ARMS]] on the hill,
and we closed the door and we stayed inside.

10
00:00:51,100 --> 00:00:56,300
[[Around four or five o'clock|DATE:2020-11-28]] the soldiers of [[Shaebia|ACTOR:Eritrean forces]]
knocked on the doors. They spoke Tigrinya

11
00:00:56,800 --> 00:01:01,000
but not like us, so we knew.
- Did they come into your house?

12
00:01:01,500 --> 00:01:07,400
- Yes. They asked for the men.
My husband [[Mehari|PERSON]] was in [[Adigrat|PLACE]], thanks to God.

13
00:01:07,900 --> 00:01:14,300
{{c1|His brother [[Hagos|PERSON]] was with us. They took him outside
with our neighbour [[Kiros Weldu|PERSON]], and they shot them both at the gate.}}

14
00:01:14,800 --> 00:01:17,500
[crying]

15
00:01:18,000 --> 00:01:23,400
INTERVIEWER: Take your time. Did you see it?

16
00:01:23,900 --> 00:01:29,800
WITNESS: I heard the [[shots|WEAPON:SMALL_ARMS]]. I saw them after,
lying there. [[Hagos|PERSON]] was twenty-six.

17
00:01:30,300 --> 00:01:37,000
{{c2|On [[Sunday|DATE:2020-11-29]] it continued. In our area, near the church,
I think between one hundred and one hundred fifty were killed.}}

18
00:01:37,500 --> 00:01:42,100
{{c2|I saw them on the road, I saw them in the courtyards.}}

19
00:01:42,600 --> 00:01:48,200
INTERVIEWER: Other people told us different numbers.
Do you know the number for the whole town?

20
00:01:48,700 --> 00:01:55,300
WITNESS: {{c3|The priests wrote the names when they buried.
They told us more than five hundred, in all [[Axum|PLACE]].}}

21
00:01:55,800 --> 00:02:01,000
I don't know. I know our street. I know [[Hagos|PERSON]].

22
00:02:01,500 --> 00:02:06,900
INTERVIEWER: You mentioned a girl called [[Selam|PERSON]]
before we started. Who is she?

23
00:02:07,400 --> 00:02:13,600
WITNESS: My student. [[Selam Tewolde|PERSON]], ten years, the friend of [[Meron|PERSON]].
Every morning she said "selam, teacher", like her name.

24
00:02:14,100 --> 00:02:19,500
{{c4|Her father [[Tewolde|PERSON]] was taken on [[the Sunday|DATE:2020-11-29]]
by [[the soldiers|ACTOR:Eritrean forces]]. Nobody has seen him since.}}

25
00:02:20,000 --> 00:02:24,400
INTERVIEWER: Were there fighters near
your house [[that weekend|DATE]]?

26
00:02:24,900 --> 00:02:30,100
WITNESS: Not in our street. Maybe on the hill,
[[the morning|DATE:2020-11-28]], some boys. In our street, no.

27
00:02:30,600 --> 00:02:36,800
INTERVIEWER: When did you leave [[Axum|PLACE]]?

28
00:02:37,300 --> 00:02:44,000
WITNESS: {{c5|In [[March|DATE:2021-03-01..2021-03-31]] I went to [[Shire|PLACE]] with my mother-in-law [[Letay|PERSON]],
because [[the Eritreans|ACTOR:Eritrean forces]] came again and again to the house.}}

29
00:02:44,500 --> 00:02:49,600
Now the schools are open again, but
the children, half of them are not coming.
@@witness et-axum-rahwa
@@claim c1 harm=KILLED min=2 max=2 named="Hagos; Kiros Weldu" weapon=SMALL_ARMS actor="Eritrean forces" site="Tsion Maryam church" date=2020-11-28 basis=WITNESSED incident=et-axum-20201128-eritrean-killings
@@claim c2 harm=KILLED min=100 max=150 actor="Eritrean forces" site="Tsion Maryam church" date=2020-11-28..2020-11-29 basis=WITNESSED incident=et-axum-20201128-eritrean-killings
@@claim c3 harm=KILLED min=501 max=null site="Axum" date=2020-11-28..2020-11-29 basis=HEARSAY incident=et-axum-20201128-eritrean-killings
@@claim c4 harm=MISSING min=1 max=1 named="Tewolde" actor="Eritrean forces" site="Axum" date=2020-11-29 basis=HEARSAY incident=et-axum-20201129-tewolde-taken
@@claim c5 harm=DISPLACED min=2 max=2 site="Axum" date=2021-03-01..2021-03-31 basis=EXPERIENCED incident=et-axum-20210300-rahwa-flight
