1
00:00:01,000 --> 00:00:04,600
INTERVIEWER: Okay, it is recording.
Your name, please, and where we are.

2
00:00:05,200 --> 00:00:11,000
WITNESS: [[Nolberto Caicedo Riascos|PERSON]]. We are in [[Tumaco|PLACE]],
in my house in [[Viento Libre|PLACE]].

3
00:00:11,600 --> 00:00:16,200
INTERVIEWER: You wanted to talk about your brother,
[[Jhon Jairo|PERSON]].

4
00:00:16,800 --> 00:00:23,400
WITNESS: Yes. My brother had his plot up the [[Telembi|PLACE:Telembí]],
in [[Barbacoas|PLACE]], he went every month to sell.

5
00:00:24,000 --> 00:00:31,800
{{c1|[[A Sunday in March|DATE:2021-03-01..2021-03-31]], of [[2021|DATE:2021-01-01..2021-12-31]], they stopped the canoe
near [[La Junta|PLACE:Las Juntas]] and they took all of them off, five men.}}

6
00:00:32,400 --> 00:00:35,000
INTERVIEWER: Five? Who were they?

7
00:00:35,600 --> 00:00:43,200
WITNESS: {{c1|My brother, the boatman [[Wilmer|PERSON]], [[Aurelio|PERSON]], a young one from [[Buenavista|PLACE]], I don't know his name,
and [[El Mono|PERSON]].}}

8
00:00:43,800 --> 00:00:50,400
{{c2|And the canoe, with the motor, the forty horses, they poured the gasoline and they burned it on the bank.}}

9
00:00:51,000 --> 00:00:54,000
INTERVIEWER: Who stopped them?

10
00:00:54,600 --> 00:01:01,800
WITNESS: The people of the [[Oliver|ACTOR:FARC dissidents]], [[the dissidents|ACTOR:FARC dissidents]].
That is what they say in [[Barbacoas|PLACE]]. Nobody else walks there with guns.

11
00:01:02,400 --> 00:01:06,000
INTERVIEWER: How did you learn what happened?

12
00:01:06,600 --> 00:01:13,800
WITNESS: A cousin called me [[the Monday|DATE:2021-03-01..2021-03-31]] at [[five in the morning|DATE:2021-03-01..2021-03-31]].
I took the bus to [[Barbacoas|PLACE]] [[the same day|DATE:2021-03-01..2021-03-31]].

13
00:01:14,400 --> 00:01:22,600
{{c3|They found three in the water. My brother, [[Aurelio|PERSON]] and the young one.
My brother had a [[bullet|WEAPON:SMALL_ARMS]] in the head.}}

14
00:01:23,200 --> 00:01:27,000
- I am sorry.
- I buried him in [[Barbacoas|PLACE]], not here.

15
00:01:27,600 --> 00:01:33,400
INTERVIEWER: And the other two,
[[Wilmer|PERSON]] and [[El Mono|PERSON]]?

16
00:01:34,000 --> 00:01:40,800
WITNESS: {{c4|Nothing, they are not anywhere.
The wife of [[Wilmer|PERSON]] goes everywhere with the photo.}}

17
00:01:41,400 --> 00:01:45,000
INTERVIEWER: Did something happen to you here
in [[Tumaco|PLACE]]?

18
00:01:45,600 --> 00:01:52,800
WITNESS: {{c5|Here, in [[2018|DATE:2018-01-01..2018-12-31]], when the people of [[Guacho|ACTOR:FARC dissidents]] were fighting
the other gang, the [[shooting|WEAPON:SMALL_ARMS]] was in this street.}}

19
00:01:53,400 --> 00:02:00,600
{{c5|A [[bullet|WEAPON:SMALL_ARMS]] came through the board of the wall
and hit my niece [[Valentina|PERSON]] in the arm. Eight years old.}}

20
00:02:01,200 --> 00:02:05,000
INTERVIEWER: Do you remember when that was?

21
00:02:05,600 --> 00:02:12,200
WITNESS: [[Before the elections|DATE:2018-03-01..2018-03-10]], the ones of [[March|DATE:2018-03-01..2018-03-31]].
I was here, I put a towel on her arm.

22
00:02:12,800 --> 00:02:19,400
{{c6|Also the windows of the house in front, of Doña [[Carmen|PERSON]],
the [[bullets|WEAPON:SMALL_ARMS]] broke all of them, and the water tank has holes.}}

23
00:02:20,000 --> 00:02:24,000
INTERVIEWER: Was anyone killed
in your street [[that day|DATE:2018-03-01..2018-03-10]]?

24
00:02:24,600 --> 00:02:29,000
WITNESS: No, [[that day|DATE:2018-03-01..2018-03-10]] nobody died in this street.
In [[Nuevo Milenio|PLACE]] yes, I heard two.

25
00:02:29,600 --> 00:02:34,000
INTERVIEWER: Two killed in [[Nuevo Milenio|PLACE]]
[[that day|DATE:2018-03-01..2018-03-10]]?

26
00:02:34,600 --> 00:02:40,400
WITNESS: {{c7|That is what the radio said, two boys, killed in the [[shooting|WEAPON:SMALL_ARMS]]
near the bridge.}} I did not go.

27
00:02:41,000 --> 00:02:46,000
INTERVIEWER: Has anyone in your family been arrested?

28
00:02:46,600 --> 00:02:54,800
WITNESS: {{c8|My son [[Brayan|PERSON]]. In [[August 2019|DATE:2019-08-01..2019-08-31]] [[the Marines|ACTOR:Colombian armed forces]] took him
at the checkpoint of [[El Pindo bridge|PLACE]], with two friends.}}

29
00:02:55,400 --> 00:03:01,000
{{c8|They held them two days in the base, they said they were carrying for the gangs.}}
Then they let them out with nothing.

30
00:03:01,600 --> 00:03:07,800
- And you?
- Me, they check me all the time, the cédula, the bag, and then "go, go".

31
00:03:08,400 --> 00:03:12,600
INTERVIEWER: What happened to the family
of [[Jhon Jairo|PERSON]] after his death?

32
00:03:13,200 --> 00:03:21,800
WITNESS: {{c9|His wife [[Yolima|PERSON]] and the three children came down to me [[after the novena|DATE:2021-03-24..2021-04-05]],
because the men sent a message that the family must leave the river.}}

33
00:03:22,400 --> 00:03:29,600
{{c9|They left the cacao, the pigs, the house with the door open.
Now they are six in this room, with my own family we are eleven.}}

34
00:03:30,200 --> 00:03:36,400
The house up there, a neighbour says the rain is inside already,
the zinc they took, somebody took it, the walls are falling.

35
00:03:37,000 --> 00:03:40,600
INTERVIEWER: Did anyone threaten you too?

36
00:03:41,200 --> 00:03:48,800
WITNESS: They said that if I talked to the Fiscalía, I would go the same way.
I am talking now. God decides.

37
00:03:49,400 --> 00:03:53,600
INTERVIEWER: Anything else you want to say?

38
00:03:54,200 --> 00:04:01,800
WITNESS: That my brother was not a guerrillero. He was a farmer of cacao.
Write that. [[Jhon Jairo Caicedo|PERSON]], forty-four years.

@@witness co-tumaco-nolberto-caicedo
@@claim c1 harm=DETAINED min=5 max=5 named="Jhon Jairo; Wilmer; Aurelio; El Mono" actor="FARC dissidents" site="La Junta" date=2021-03-01..2021-03-31 basis=HEARSAY incident=co-barbacoas-20210314-telembi-canoe-men-taken
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null actor="FARC dissidents" site="La Junta" date=2021-03-01..2021-03-31 basis=HEARSAY incident=co-barbacoas-20210314-telembi-canoe-men-taken
@@claim c3 harm=KILLED min=3 max=3 named="Jhon Jairo; Aurelio" weapon=SMALL_ARMS actor="FARC dissidents" site="Telembi" date=2021-03-01..2021-03-31 basis=WITNESSED incident=co-barbacoas-20210314-telembi-canoe-men-taken
@@claim c4 harm=MISSING min=2 max=2 named="Wilmer; El Mono" actor="FARC dissidents" site="La Junta" date=2021-03-01..2021-03-31 basis=HEARSAY incident=co-barbacoas-20210314-telembi-canoe-men-taken
@@claim c5 harm=INJURED min=1 max=1 named="Valentina" weapon=SMALL_ARMS actor="FARC dissidents" site="Viento Libre" date=2018-03-01..2018-03-10 basis=WITNESSED incident=co-tumaco-20180300-vientolibre-valentina-crossfire
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=SMALL_ARMS site="Viento Libre" date=2018-03-01..2018-03-10 basis=WITNESSED incident=co-tumaco-20180300-vientolibre-valentina-crossfire
@@claim c7 harm=KILLED min=2 max=2 weapon=SMALL_ARMS site="Nuevo Milenio" date=2018-03-01..2018-03-10 basis=REPORTED incident=co-tumaco-20180300-nuevomilenio-two-boys-killed
@@claim c8 harm=DETAINED min=3 max=3 named="Brayan" actor="Colombian armed forces" site="El Pindo bridge" date=2019-08-01..2019-08-31 basis=HEARSAY incident=co-tumaco-20190800-pindo-checkpoint-brayan
@@claim c9 harm=DISPLACED min=4 max=4 named="Yolima" site="Telembi" date=2021-03-24..2021-04-05 basis=WITNESSED incident=co-barbacoas-20210300-caicedo-family-displaced
