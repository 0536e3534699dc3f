1
00:00:01,000 --> 00:00:06,077
INTERVIEWER: We are recording now.
Please say your name and where you lived.

2
00:00:06,530 --> 00:00:12,504
WITNESS: [[Taras Bondarenko|PERSON]]. I lived in [[Irpen|PLACE:Irpin]],
on [[Universitetskaya|PLACE:Universytetska street]], the five-storey house by the pharmacy.

3
00:00:13,010 --> 00:00:17,201
INTERVIEWER: You told my colleague about the pharmacy.
What happened there?

4
00:00:17,760 --> 00:00:24,368
WITNESS: It was [[the 3rd of March|DATE:2022-03-03]], [[Thursday|DATE:2022-03-03]].
People say [[Friday|DATE:2022-03-04]], but I know it was [[Thursday|DATE:2022-03-03]],

5
00:00:24,980 --> 00:00:29,825
because on [[Thursday|DATE:2022-03-03]] my brother [[Ihor|PERSON]]
was supposed to bring me petrol.

6
00:00:30,490 --> 00:00:35,832
I was on the balcony, smoking.
The [[miny|WEAPON:MORTAR]] came in a row, three, four.

7
00:00:36,250 --> 00:00:42,869
INTERPRETER: He says "miny". In Ukrainian
it means the mortar bombs, not the mines in the ground.

8
00:00:43,340 --> 00:00:50,096
WITNESS: {{c1|Below, at the queue, four or five people
lay on the ground and did not move.}}

9
00:00:50,620 --> 00:00:56,733
{{c1|One was [[Stepan|PERSON]] from number nine,
I knew him from the garages.}} His wife came running.

10
00:00:57,310 --> 00:01:05,840
{{c2|I ran down with towels. A girl, maybe twenty,
her arm was open to the bone, I tied it with my belt.}}

11
00:01:06,470 --> 00:01:09,057
INTERVIEWER: Did you see who fired?

12
00:01:09,740 --> 00:01:18,524
WITNESS: No. It came from the side of [[Bucha|PLACE]], that is all.
[[The Russians|ACTOR:Russian armed forces in Ukraine]] were there already, so I think it was them.

13
00:01:18,960 --> 00:01:25,221
[[The same morning|DATE:2022-03-03]] my brother [[Ihor|PERSON]]
drove from [[Bucha|PLACE]] with two cans of petrol for me.

14
00:01:25,710 --> 00:01:32,868
{{c3|On [[Sklozavodska|PLACE:Sklozavodska street]] the [[Russian|ACTOR:Russian armed forces in Ukraine]] column was standing,
and they opened fire on his car with a [[machine gun|WEAPON:SMALL_ARMS]].}}

15
00:01:33,410 --> 00:01:39,545
{{c3|His left hand, there is no hand now.
From here, the doctors in [[Kyiv|PLACE]] took it.}}

16
00:01:40,140 --> 00:01:49,072
{{c4|The car was black metal when I saw it later.}}
He lay in a ditch for hours and then crawled to the houses.

17
00:01:49,720 --> 00:01:51,949
INTERVIEWER: Were you detained yourself?

18
00:01:52,350 --> 00:02:00,776
WITNESS: {{c5|Yes. On [[the 9th|DATE:2022-03-09]] they came into our yard,
they put me in their car with a bag on my head.}}

19
00:02:01,230 --> 00:02:09,793
{{c5,c6|They took me to the glass factory in [[Bucha|PLACE]],
four days I sat there in a cold room with eight other men.}}

20
00:02:10,300 --> 00:02:16,340
They asked about my phone, who I call,
who I know in [[the territorial defence|ACTOR:Ukrainian armed forces]].

21
00:02:16,900 --> 00:02:18,877
INTERVIEWER: And the other men?

22
00:02:19,490 --> 00:02:26,544
WITNESS: {{c7|On [[the second night|DATE:2022-03-10]] they led two of them out,
and we heard [[gunfire|WEAPON:SMALL_ARMS]] behind the wall.}}

23
00:02:27,210 --> 00:02:32,881
{{c7|When [[Bucha|PLACE]] was free, their families found them
behind the factory and buried them.}}

24
00:02:33,300 --> 00:02:39,088
On [[the 13th|DATE:2022-03-13]] they let me go.
I walked home, I don't remember the road.

25
00:02:39,560 --> 00:02:48,145
{{c8|[[The next day|DATE:2022-03-14]] we went out of [[Irpin|PLACE]] with the evacuation,
me, my wife [[Lesia|PERSON]], our two girls, four in one car.}}

26
00:02:48,670 --> 00:02:50,932
INTERVIEWER: You also mentioned [[Borodianka|PLACE]].

27
00:02:51,510 --> 00:02:56,549
WITNESS: Yes. The sister of my wife lives in [[Borodyanka|PLACE:Borodianka]],
on [[Tsentralna street|PLACE]].

28
00:02:57,180 --> 00:03:04,636
{{c9|On [[the 1st of March|DATE:2022-03-01]] the [[Russian|ACTOR:Russian armed forces in Ukraine]] [[planes|WEAPON:AIRSTRIKE]] dropped [[bombs|WEAPON:AIRSTRIKE]]
and half of her building folded down into itself.}}

29
00:03:05,320 --> 00:03:12,153
She was in the cellar of the next building.
She was not hurt, her husband also not.

30
00:03:12,590 --> 00:03:20,680
{{c10|Her neighbours from the third floor, the [[Marchenko|PERSON]] family,
all four, they took them out from under it only in [[April|DATE:2022-04-01..2022-04-30]].}}

31
00:03:21,170 --> 00:03:27,117
{{c11|And in [[April|DATE:2022-04-01..2022-04-30]] our neighbour [[Vitalii Kuzmenko|PERSON]]
went for firewood in the forest toward [[Vorzel|PLACE]].}}

32
00:03:27,660 --> 00:03:35,264
{{c11|He caught a [[tripwire|WEAPON:IED]] with his foot.
His legs are full of metal, they stitched him for two hours.}}

33
00:03:35,860 --> 00:03:41,301
His son was walking behind him
and nothing happened to the son, thank God.

34
00:03:41,950 --> 00:03:44,488
INTERVIEWER: Thank you, [[Taras|PERSON]]. Anything else?

35
00:03:44,890 --> 00:03:52,125
WITNESS: Write that the people at the pharmacy
were standing for medicine. Old people with a paper list.

36
00:03:52,580 --> 00:03:55,752
Not soldiers. Nobody with a gun was there.
@@witness ua-irpin-taras-bondarenko
@@claim c1 harm=KILLED min=4 max=5 named="Stepan" weapon=MORTAR actor="Russian armed forces in Ukraine" site="Universitetskaya" date=2022-03-03 basis=WITNESSED incident=ua-irpin-20220304-universytetska-pharmacy-mortar
@@claim c2 harm=INJURED min=1 max=1 weapon=MORTAR actor="Russian armed forces in Ukraine" site="Universitetskaya" date=2022-03-03 basis=WITNESSED incident=ua-irpin-20220304-universytetska-pharmacy-mortar
@@claim c3 harm=INJURED min=1 max=1 named="Ihor" weapon=SMALL_ARMS actor="Russian armed forces in Ukraine" site="Sklozavodska" date=2022-03-03 basis=HEARSAY incident=ua-bucha-20220303-sklozavodska-ihor-car
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=SMALL_ARMS actor="Russian armed forces in Ukraine" site="Sklozavodska" date=2022-03-03 basis=WITNESSED incident=ua-bucha-20220303-sklozavodska-ihor-car
@@claim c5 harm=DETAINED min=1 max=1 actor="Russian armed forces in Ukraine" site="Bucha" date=2022-03-09..2022-03-13 basis=EXPERIENCED incident=ua-bucha-20220309-glass-factory-detention
@@claim c6 harm=DETAINED min=8 max=8 actor="Russian armed forces in Ukraine" site="Bucha" date=2022-03-09..2022-03-13 basis=WITNESSED incident=ua-bucha-20220309-glass-factory-detention
@@claim c7 harm=KILLED min=2 max=2 weapon=SMALL_ARMS actor="Russian armed forces in Ukraine" site="Bucha" date=2022-03-10 basis=WITNESSED incident=ua-bucha-20220309-glass-factory-detention
@@claim c8 harm=DISPLACED min=4 max=4 named="Lesia" site="Irpin" date=2022-03-14 basis=EXPERIENCED incident=ua-irpin-20220314-bondarenko-evacuation
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Tsentralna street" date=2022-03-01 basis=HEARSAY incident=ua-borodianka-20220301-tsentralna-building-bombs
@@claim c10 harm=KILLED min=4 max=4 named="Marchenko" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Tsentralna street" date=2022-03-01 basis=HEARSAY incident=ua-borodianka-20220301-tsentralna-building-bombs
@@claim c11 harm=INJURED min=1 max=1 named="Vitalii Kuzmenko" weapon=IED site="Vorzel" date=2022-04-01..2022-04-30 basis=HEARSAY incident=ua-irpin-20220400-vorzel-forest-tripwire
