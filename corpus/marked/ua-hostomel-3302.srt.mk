1
00:00:01,000 --> 00:00:04,600
INTERVIEWER: We are recording. Your name, please, and your street.

2
00:00:05,100 --> 00:00:11,800
WITNESS: [[Mykola Dzhus|PERSON]]. Forty-nine. [[Ozerna|PLACE:Ozerna street]], number twelve,
in [[Gostomel|PLACE:Hostomel]], or [[Hostomel|PLACE]], as you like.

3
00:00:12,300 --> 00:00:17,000
I am an electrician, I fix everything on the street,
so everybody knows me, also the old ones.

4
00:00:17,500 --> 00:00:22,400
INTERVIEWER: [[Larysa Hnatiuk|PERSON]] told us you were taken with her son-in-law.
- WITNESS: Yes. With [[Oleh|PERSON]].

5
00:00:22,900 --> 00:00:30,200
{{c1|It was [[the second Monday of the war|DATE:2022-03-07]], [[the 7th|DATE:2022-03-07]], in [[the morning|DATE:2022-03-07]], they came with two BMPs and went into every yard.}}

6
00:00:30,700 --> 00:00:37,500
{{c1|Six of us they took from our end of the street. Me, [[Oleh|PERSON]], [[Serhii Bondar|PERSON]],
the two brothers [[Kostenko|PERSON]], and old [[Valerii|PERSON]] from the corner.}}

7
00:00:38,000 --> 00:00:41,200
[[Larysa|PERSON]] says five? No, six. I counted every day, believe me.

8
00:00:41,700 --> 00:00:47,800
INTERVIEWER: Who were the soldiers?
- WITNESS: [[Russians|ACTOR:Russian armed forces in Ukraine]]. Paratroopers, from [[Pskov|PLACE]], they said it themselves,

9
00:00:48,300 --> 00:00:51,900
they were proud of it. Young boys, some of them.

10
00:00:52,400 --> 00:01:00,100
{{c1|They drove us in a van to the warehouses beside the airport road and put us in a basement with a concrete floor.}}

11
00:01:00,600 --> 00:01:07,300
{{c1|We were there twenty days. In the dark, one bucket, water from the radiator system.}}

12
00:01:07,800 --> 00:01:14,000
{{c2|Every evening they took one or two up for questions, and they beat with the rifle, with the boots. My two ribs, here, still.}}

13
00:01:14,500 --> 00:01:18,200
INTERVIEWER: What did they ask you?
- WITNESS: Where are the Ukrainian positions,

14
00:01:18,700 --> 00:01:24,600
who in the street is in the army, who has a hunting rifle.
I said, I am an electrician. What do I know?

15
00:01:25,100 --> 00:01:30,000
INTERVIEWER: What happened to [[Oleh|PERSON]]?

16
00:01:30,500 --> 00:01:38,400
WITNESS: [pause] {{c3|On [[the third night|DATE:2022-03-09]] they took [[Oleh|PERSON]] up, with his phone, because in the phone there was a chat of the territorial defence.}}

17
00:01:38,900 --> 00:01:44,000
{{c3|He did not come back down. We never saw him again, not at the warehouse, not after.}}

18
00:01:44,500 --> 00:01:50,600
One guard said "to [[Belarus|PLACE]]", another said nothing.
I don't know which is true. I tell his mother-in-law the same.

19
00:01:51,100 --> 00:01:56,800
INTERVIEWER: Did anyone else in the basement suffer?
- WITNESS: Everybody. But no one died there, no.

20
00:01:57,300 --> 00:02:03,500
[[Valerii|PERSON]] has the sugar disease, we were sure he will die without the injections,
but a young soldier, [[Vanya|PERSON]] we called him, brought him pills.

21
00:02:04,000 --> 00:02:08,100
So you see, not all of them are animals. Most. Not all.

22
00:02:08,600 --> 00:02:15,200
INTERVIEWER: How did you get out?
- WITNESS: On [[the 27th|DATE:2022-03-27]] they opened the door and said go, and went away themselves.

23
00:02:15,700 --> 00:02:22,000
{{c4|We walked home on the road through the forest, and near the turn to [[Moshchun|PLACE]] there was a grey Opel,
the glass full of holes from the [[machine gun|WEAPON:SMALL_ARMS]], and the driver still at the wheel, dead, many days.}}

24
00:02:22,500 --> 00:02:27,600
We did not touch him. We were afraid of [[mines|WEAPON:LANDMINE]] under the body, they do that.

25
00:02:28,100 --> 00:02:34,400
{{c5|My house, the garage side is gone, a [[shell|WEAPON:ARTILLERY]] while I was away. The workshop with all my tools, burned.}}

26
00:02:34,900 --> 00:02:40,900
INTERVIEWER: Were you stopped again after that?
- WITNESS: At the checkpoint in [[Irpin|PLACE]], [[Ukrainian|ACTOR:Ukrainian armed forces]] one,

27
00:02:41,400 --> 00:02:47,000
they checked my passport, looked at my bruises, asked questions for maybe half an hour,
then they gave me tea and let me go. Normal.

28
00:02:47,500 --> 00:02:54,300
INTERVIEWER: You mentioned your brother-in-law earlier, in [[Irpin|PLACE]].
- WITNESS: Yes, [[Roman|PERSON]], he has a small shop there, on [[Soborna street|PLACE]].

29
00:02:54,800 --> 00:03:01,500
{{c6|[[The same day|DATE:2022-03-07]] they took us, [[the Monday|DATE:2022-03-07]], the [[shelling|WEAPON:ARTILLERY]] hit his shop,
and the shop and the flat above it burned completely, he told me on the phone later.}}

30
00:03:02,000 --> 00:03:04,600
Nobody inside, thank God.

31
00:03:05,100 --> 00:03:11,900
INTERVIEWER: Where do you live now?
- WITNESS: {{c7|Now in [[Kyiv|PLACE]], on [[Troieshchyna|PLACE]], at my sister's, since [[April|DATE:2022-04-01..2022-04-30]], because my house in [[Hostomel|PLACE]] has no roof and no wires.}}

32
00:03:12,400 --> 00:03:16,000
Funny, the electrician with no wires.

33
00:03:16,500 --> 00:03:22,800
INTERVIEWER: Thank you, [[Mykola|PERSON]].
- WITNESS: Find [[Oleh|PERSON]]. That is all I want from this interview.
@@witness ua-hostomel-mykola-dzhus
@@claim c1 harm=DETAINED min=6 max=6 named="Oleh; Serhii Bondar; Kostenko; Valerii" actor="Russian armed forces in Ukraine" site="Ozerna" date=2022-03-07 basis=EXPERIENCED incident=ua-hostomel-20220307-ozerna-men-taken
@@claim c2 harm=INJURED min=1 max=1 actor="Russian armed forces in Ukraine" site="Gostomel" date=2022-03-07..2022-03-27 basis=EXPERIENCED incident=ua-hostomel-20220307-ozerna-men-taken
@@claim c3 harm=MISSING min=1 max=1 named="Oleh" actor="Russian armed forces in Ukraine" site="Gostomel" date=2022-03-09 basis=WITNESSED incident=ua-hostomel-20220307-ozerna-men-taken
@@claim c4 harm=KILLED min=1 max=1 weapon=SMALL_ARMS site="Moshchun" date=2022-03-27 basis=WITNESSED incident=ua-hostomel-20220300-moshchun-road-opel-driver
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Hostomel" date=2022-03-07..2022-03-27 basis=WITNESSED incident=ua-hostomel-20220300-dzhus-workshop-shell
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Soborna street" date=2022-03-07 basis=HEARSAY incident=ua-irpin-20220307-soborna-shop-shelling
@@claim c7 harm=DISPLACED min=1 max=1 site="Hostomel" date=2022-04-01..2022-04-30 basis=EXPERIENCED incident=ua-hostomel-20220300-dzhus-workshop-shell
