1
00:00:01,000 --> 00:00:04,500
INTERVIEWER: Thank you for coming.
Please say your name, only what you want.

2
00:00:05,100 --> 00:00:10,800
WITNESS: [[Fathiya Ahmed Saeed|PERSON]]. People call me
[[Umm Shukri|PERSON]]. I am from [[Salah|PLACE]], in [[Ta'izz|PLACE:Taiz]].

3
00:00:11,400 --> 00:00:15,900
INTERVIEWER: You want to speak about your son,
[[Shukri|PERSON]].

4
00:00:16,500 --> 00:00:22,000
WITNESS: Yes. Write his name: [[Shukri Abdo Hazza|PERSON]].
He was twenty-six. He drove the minibus sometimes.

5
00:00:22,600 --> 00:00:28,300
WITNESS: {{c1|In [[the beginning of November|DATE:2016-11-01..2016-11-05]], the year after the war came,
they took him at the checkpoint of [[al-Hooban|PLACE:al-Hawban]].}}

6
00:00:28,900 --> 00:00:34,700
WITNESS: {{c1|Five young men they took from that bus,
my nephew [[Anwar|PERSON]] also, and the [[Houthis|ACTOR:Houthis]] drove them away.}}

7
00:00:35,300 --> 00:00:39,100
INTERVIEWER: Were you on the bus?

8
00:00:39,700 --> 00:00:45,600
WITNESS: No, no. [[Waddah|PERSON]], the brother of [[Anwar|PERSON]],
he was in the bus, he told me [[the same night|DATE:2016-11-03]].

9
00:00:46,200 --> 00:00:51,000
WITNESS: [[Anwar|PERSON]] came back after one year and more.
[[Shukri|PERSON]] did not come back.

10
00:00:51,600 --> 00:00:57,900
WITNESS: {{c2|Two years and four months, and I do not know
if my son is in a prison or in a grave.}}

11
00:00:58,500 --> 00:01:03,200
[crying]

12
00:01:03,800 --> 00:01:09,400
INTERVIEWER: Take your time. Did anyone tell you
where he might be held?

13
00:01:10,000 --> 00:01:16,700
WITNESS: A man who came out of [[Dhamar|PLACE]] prison said
he saw a [[Shukri|PERSON]] from [[Taiz|PLACE]]. Maybe him, maybe another.

14
00:01:17,300 --> 00:01:22,500
WITNESS: I paid a lawyer in [[Sanaa|PLACE]] two times.
He took the money and said there is no such name.

15
00:01:23,100 --> 00:01:28,600
INTERVIEWER: Was your husband ever stopped
at the same checkpoint?

16
00:01:29,200 --> 00:01:35,800
WITNESS: In [[March|DATE:2017-03-01..2017-03-31]], yes. They asked him questions
at [[al-Hawban|PLACE]] for one hour, then they let him pass.

17
00:01:36,400 --> 00:01:40,300
- They did not keep him?
- No. He is old, they laughed at him.

18
00:01:40,900 --> 00:01:45,700
INTERVIEWER: You said your house in [[Salah|PLACE]]
was also damaged.

19
00:01:46,300 --> 00:01:52,800
WITNESS: {{c3|Yes. [[Katyusha|WEAPON:ROCKET]], two [[rockets|WEAPON:ROCKET]] on our street,
in [[Shawwal|DATE:2016-07-06..2016-08-03]], one went through the roof of the kitchen.}}

20
00:01:53,400 --> 00:01:58,700
WITNESS: {{c4|The house of [[Hazza|PERSON]], my brother-in-law,
the whole front wall fell in the road.}}

21
00:01:59,300 --> 00:02:04,500
WITNESS: Nobody was hurt in our house, we were
with the neighbours at the back.

22
00:02:05,100 --> 00:02:11,200
WITNESS: People said the [[Houthis|ACTOR:Houthis]] blew up the houses
of our street with dynamite. Not true. Our street, it was [[rockets|WEAPON:ROCKET]].

23
00:02:11,800 --> 00:02:17,900
INTERVIEWER: Who fired the [[rockets|WEAPON:ROCKET]]?
- I don't know. Both sides had them. I will not say.

24
00:02:18,500 --> 00:02:24,600
WITNESS: {{c5|After the kitchen, we left [[Salah|PLACE]], seven of us,
to my sister's house in [[al-Misrakh|PLACE]].}}

25
00:02:25,200 --> 00:02:31,900
WITNESS: {{c5|Then from [[al-Misrakh|PLACE]] to [[al-Qahira|PLACE]],
then back to [[Salah|PLACE]] for two months, then out again.}}

26
00:02:32,500 --> 00:02:36,800
INTERVIEWER: Why did you go back to [[Salah|PLACE]]?

27
00:02:37,400 --> 00:02:43,600
WITNESS: Money. Rent. And to wait for [[Shukri|PERSON]],
if he comes back he must find somebody at home.

28
00:02:44,200 --> 00:02:50,100
WITNESS: {{c6|Near the fields behind our street the girl of [[Abdo Muqbil|PERSON]],
[[Salam|PERSON]], nine years, stepped on a [[mine|WEAPON:LANDMINE]].}}

29
00:02:50,700 --> 00:02:55,900
WITNESS: {{c6|She was bringing the goat. We heard it from the house,
and the men brought her, she was dead already.}}

30
00:02:56,500 --> 00:03:01,300
INTERVIEWER: When was that?

31
00:03:01,900 --> 00:03:07,500
WITNESS: [[The second time we came back|DATE:2018-02-01..2018-03-31]]. In [[2018|DATE:2018-01-01..2018-12-31]],
[[before the spring|DATE:2018-02-01..2018-03-31]]. After this we left for good.

32
00:03:08,100 --> 00:03:13,700
WITNESS: {{c7|We went to [[al-Turbah|PLACE]], all of us,
and from there I came here.}} Salam, and thank you.
@@witness ye-taiz-fathiya-ahmed-saeed
@@claim c1 harm=DETAINED min=5 max=5 named="Shukri; Anwar" actor=Houthis site="al-Hooban" date=2016-11-01..2016-11-05 basis=HEARSAY incident=ye-taiz-20161103-hawban-checkpoint-minibus-arrests
@@claim c2 harm=MISSING min=1 max=1 named="Shukri" actor=Houthis site="al-Hooban" date=2016-11-01..2016-11-05 basis=EXPERIENCED incident=ye-taiz-20161103-hawban-checkpoint-minibus-arrests
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Salah" date=2016-07-06..2016-08-03 basis=EXPERIENCED incident=ye-taiz-20160700-salah-street-katyusha
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Salah" date=2016-07-06..2016-08-03 basis=WITNESSED incident=ye-taiz-20160700-salah-street-katyusha
@@claim c5 harm=DISPLACED min=7 max=7 site="Salah" date=2016-07-06..2016-12-31 basis=EXPERIENCED incident=ye-taiz-20160700-fathiya-family-flight
@@claim c6 harm=KILLED min=1 max=1 named="Salam" weapon=LANDMINE site="Salah" date=2018-02-01..2018-03-31 basis=WITNESSED incident=ye-taiz-20180200-salah-fields-salam-mine
@@claim c7 harm=DISPLACED min=null max=null site="Salah" date=2018-02-01..2018-03-31 basis=EXPERIENCED incident=ye-taiz-20180200-fathiya-family-second-flight
