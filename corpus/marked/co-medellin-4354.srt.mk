1
00:00:01,000 --> 00:00:04,200
INTERVIEWER: Good afternoon. Could you say your name for the recording?

2
00:00:04,900 --> 00:00:10,300
WITNESS: [[Luz Dary Restrepo Cano|PERSON]]. I live, well, I lived,
in [[Las Independencias|PLACE]], in the [[Comuna 13|PLACE]], up the stairs.

3
00:00:10,800 --> 00:00:14,600
INTERVIEWER: And you were there in [[October 2002|DATE:2002-10-01..2002-10-31]], during Orión?

4
00:00:15,100 --> 00:00:21,000
WITNESS: All of it. Before Orión there was Mariscal, in [[May|DATE:2002-05-01..2002-05-31]],
but [[that day|DATE:2002-05-21]] nobody of my street was hurt, they stayed below.

5
00:00:21,600 --> 00:00:28,400
WITNESS: Orión started [[the 16th|DATE:2002-10-16]], very early, it was still dark,
maybe [[three in the morning|DATE:2002-10-16]]. The [[shooting|WEAPON:SMALL_ARMS]] woke us up.

6
00:00:29,000 --> 00:00:35,200
WITNESS: [[The army|ACTOR:Colombian armed forces]] coming up from [[San Javier|PLACE]], [[the police|ACTOR:Colombian armed forces]],
and the milicianos of the [[FARC|ACTOR:FARC]] and the [[CAP|ACTOR:FARC]] shooting back from the roofs.

7
00:00:35,900 --> 00:00:40,100
WITNESS: And [[the helicopter|WEAPON:AIRSTRIKE]], ay, [[the helicopter|WEAPON:AIRSTRIKE]] shooting from above,
on the roofs, on everything.

8
00:00:40,700 --> 00:00:44,000
INTERVIEWER: Where were you during the [[shooting|WEAPON:SMALL_ARMS]]?

9
00:00:44,500 --> 00:00:50,800
WITNESS: On the floor of the kitchen, with the three children
and my husband, [[Jhon Jairo|PERSON]]. Two days almost on that floor.

10
00:00:51,300 --> 00:00:57,900
WITNESS: {{c1|The front wall of the house was full of holes from the [[machine gun|WEAPON:SMALL_ARMS]],
like a colander, and the window, the water tank on the roof, everything broken.}}

11
00:00:58,400 --> 00:01:03,000
WITNESS: {{c2|The boy of the neighbours, [[Kevin|PERSON]], twelve years, a [[bullet|WEAPON:SMALL_ARMS]] went through his arm,
in his own bed.}}

12
00:01:03,600 --> 00:01:07,400
- Who fired that [[bullet|WEAPON:SMALL_ARMS]]?
- Nobody knows. From above, from below. I don't know.

13
00:01:08,000 --> 00:01:13,500
WITNESS: Then [[the 17th|DATE:2002-10-17]], in [[the morning|DATE:2002-10-17]], [[the soldiers|ACTOR:Colombian armed forces]] came up the stairs,
house by house, with a man in a hood.

14
00:01:14,100 --> 00:01:19,600
WITNESS: The hooded man points, that one, that one,
and that one goes out with the hands on the head.

15
00:01:20,200 --> 00:01:26,700
WITNESS: {{c3|From our stairs they took like fifteen men, young men, old men,
in a line down to the trucks of [[the army|ACTOR:Colombian armed forces]].}}

16
00:01:27,300 --> 00:01:33,000
WITNESS: {{c4|And they took [[Jhon Jairo|PERSON]]. The hood pointed at him,
and my husband sold arepas, nothing more, he never held a gun.}}

17
00:01:33,600 --> 00:01:37,000
INTERVIEWER: How long was he held?

18
00:01:37,500 --> 00:01:43,900
WITNESS: {{c4|Three days. In the brigade, the Fourth Brigade,
with many others, sitting on the floor of a hall.}}

19
00:01:44,400 --> 00:01:49,800
WITNESS: Then a prosecutor said, this one has nothing,
and they let him out, in the clothes he was taken in.

20
00:01:50,400 --> 00:01:55,700
WITNESS: My son [[Estiven|PERSON]], seventeen, they searched him also
on the stairs, his pockets, his shoes.

21
00:01:56,200 --> 00:02:01,000
WITNESS: But him they left. They looked at his papers
and said go home, and he went home. Thank God.

22
00:02:01,600 --> 00:02:05,300
INTERVIEWER: You told me before about your brother-in-law.

23
00:02:05,800 --> 00:02:10,900
WITNESS: [[Chucho|PERSON]]. [[Jesús Antonio Cardona|PERSON]]. [pause]
That was after, when [[the army|ACTOR:Colombian armed forces]] left and [[the paras|ACTOR:Paramilitary groups in Colombia]] stayed.

24
00:02:11,500 --> 00:02:17,200
WITNESS: Because after Orión, the [[Cacique Nutibara|ACTOR:Paramilitary groups in Colombia]] stayed in the comuna,
the men of the [[AUC|ACTOR:Paramilitary groups in Colombia]], everybody knew them.

25
00:02:17,800 --> 00:02:24,600
WITNESS: {{c5|In [[December|DATE:2002-12-01..2002-12-31]], [[before the novenas|DATE:2002-12-01..2002-12-15]],
[[the paras|ACTOR:Paramilitary groups in Colombia]] took [[Chucho|PERSON]] from the corner of the shop of Doña [[Gloria|PERSON]].}}

26
00:02:25,200 --> 00:02:30,000
WITNESS: {{c5|Doña [[Gloria|PERSON]] saw it, she told us. Two men, a motorcycle,
they put him in the middle and went up the hill.}}

27
00:02:30,600 --> 00:02:34,100
WITNESS: {{c6|And that was the last time. Nobody saw [[Chucho|PERSON]] again.}}

28
00:02:34,700 --> 00:02:41,300
WITNESS: People say he is in [[La Escombrera|PLACE]], under the rubble, with the others.
I don't know. I go up there and I talk to the mountain.

29
00:02:41,900 --> 00:02:45,400
INTERVIEWER: Did you stay in [[Las Independencias|PLACE]] after that?

30
00:02:45,900 --> 00:02:52,400
WITNESS: {{c7|No. In [[February|DATE:2003-02-01..2003-02-28]] they put a paper under the door, leave or we kill you,
so we left, me and the three children, to [[Bello|PLACE]], to my sister.}}

31
00:02:53,000 --> 00:02:58,100
WITNESS: {{c7|[[Estiven|PERSON]], [[Yuliana|PERSON]] and little [[Sebastián|PERSON]], with two bags.}}
[[Jhon Jairo|PERSON]] stayed to sell the house, and nobody would buy it.

32
00:02:58,700 --> 00:03:03,000
INTERVIEWER: Were there other people taken from your street in [[those weeks|DATE]]?

33
00:03:03,500 --> 00:03:09,600
WITNESS: They say many, they say hundreds in all the comuna, in the radio,
but I only know my stairs. I tell you what I saw.

34
00:03:10,200 --> 00:03:15,800
WITNESS: And also, people said the school of [[El Salado|PLACE]] was bombed in Orión.
That is not true, I went there after, it was standing.

35
00:03:16,400 --> 00:03:19,000
INTERVIEWER: Thank you, Doña [[Luz Dary|PERSON]].

36
00:03:19,500 --> 00:03:23,200
WITNESS: Write [[Chucho|PERSON]]'s full name. [[Jesús Antonio Cardona Ríos|PERSON]].
@@witness co-medellin-luz-dary-restrepo-cano
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=SMALL_ARMS site="Las Independencias" date=2002-10-16 basis=EXPERIENCED incident=co-medellin-20021016-orion-comuna13
@@claim c2 harm=INJURED min=1 max=1 named="Kevin" weapon=SMALL_ARMS site="Las Independencias" date=2002-10-16 basis=WITNESSED incident=co-medellin-20021016-orion-comuna13
@@claim c3 harm=DETAINED min=15 max=15 actor="Colombian armed forces" site="Las Independencias" date=2002-10-17 basis=WITNESSED incident=co-medellin-20021016-orion-comuna13
@@claim c4 harm=DETAINED min=1 max=1 named="Jhon Jairo" actor="Colombian armed forces" site="Las Independencias" date=2002-10-17 basis=WITNESSED incident=co-medellin-20021016-orion-comuna13
@@claim c5 harm=DETAINED min=1 max=1 named="Chucho" actor="Paramilitary groups in Colombia" site="Las Independencias" date=2002-12-01..2002-12-15 basis=HEARSAY incident=co-medellin-20021200-chucho-cardona-taken
@@claim c6 harm=MISSING min=1 max=1 named="Chucho" actor="Paramilitary groups in Colombia" site="Las Independencias" date=2002-12-01..2002-12-15 basis=HEARSAY incident=co-medellin-20021200-chucho-cardona-taken
@@claim c7 harm=DISPLACED min=4 max=4 named="Luz Dary Restrepo Cano; Estiven; Yuliana; Sebastián" site="Las Independencias" date=2003-02-01..2003-02-28 basis=EXPERIENCED incident=co-medellin-20030200-restrepo-family-leave
