1
00:00:01,000 --> 00:00:06,320
INTERVIEWER: Thank you for coming.
Please say your name and where you are from.

2
00:00:06,920 --> 00:00:12,620
WITNESS: [[Samar Haj Omar|PERSON]].
From [[Daret Azza|PLACE:Darat Izza]], I was a teacher of grade two.

3
00:00:13,220 --> 00:00:20,440
I lived on the main street, exactly in front of the bakery,
the [[Sheikh Barakat|PLACE]] side, you know it?

4
00:00:21,040 --> 00:00:26,740
INTERVIEWER: We spoke about the bakery.
Can you tell me the day it was hit?

5
00:00:27,340 --> 00:00:34,180
WITNESS: [[The week after the Eid|DATE]], the big Eid.
It was [[the Tuesday|DATE:2017-09-05]], I am sure of [[Tuesday|DATE:2017-09-05]],

6
00:00:34,780 --> 00:00:41,620
because Tuesday is the day the school inspector came,
and he did not come, because of the Eid.

7
00:00:42,220 --> 00:00:49,060
In [[the morning|DATE:2017-09-05]], maybe nine, the line was long,
women, children, men, everybody wants bread after the holiday.

8
00:00:49,660 --> 00:00:52,160
INTERVIEWER: What did you see?

9
00:00:52,760 --> 00:00:59,980
WITNESS: [[The planes|WEAPON:AIRSTRIKE]] came, we heard them a long time,
I was at the window with my daughter [[Noor|PERSON]].

10
00:01:00,580 --> 00:01:07,420
{{c1|Then the [[bomb|WEAPON:AIRSTRIKE]] from [[the plane|WEAPON:AIRSTRIKE]] fell on the line.
We watched it, we saw the people fall.}}

11
00:01:08,020 --> 00:01:14,860
{{c1|Seven died. Seven, I know the families.
[[Yahya|PERSON]], the son of my neighbour [[Umm Yahya|PERSON]], he was twelve.}}

12
00:01:15,460 --> 00:01:18,880
INTERVIEWER: Do you know the names of the others?

13
00:01:19,480 --> 00:01:22,900
WITNESS: Some. [pause] I don't want to say wrong.

14
00:01:23,500 --> 00:01:31,000
{{c2|The baker, [[Abdul Rahman|PERSON]], he did not die, people say he died,
but no, he lost his hand, he is in [[Turkey|PLACE]] now.}}

15
00:01:31,600 --> 00:01:37,680
{{c3|And [[Noor|PERSON]], my daughter, the glass from the window
cut her face, here, and her arm.}}

16
00:01:38,280 --> 00:01:44,740
{{c4|All our windows blew in on us,
the door of the balcony flew inside to the kitchen.}}

17
00:01:45,340 --> 00:01:52,840
{{c5|The bakery was gone, only the walls black,
the ovens under the roof. For three months no bread in [[Darat Izza|PLACE]].}}

18
00:01:53,440 --> 00:01:55,940
INTERVIEWER: Which [[planes|WEAPON:AIRSTRIKE]] were they?

19
00:01:56,540 --> 00:02:03,000
WITNESS: People say [[Russian|ACTOR:Russian forces]], the men know the sound.
I, honestly, I don't know the difference.

20
00:02:03,600 --> 00:02:06,260
INTERVIEWER: Had the bakery been hit before?

21
00:02:06,860 --> 00:02:11,800
WITNESS: Yes, in [[November, the year before|DATE:2016-11-01..2016-11-30]],
at [[night|DATE:2016-11-01..2016-11-30]]. But that was different.

22
00:02:12,400 --> 00:02:18,860
{{c6|A [[barrel|WEAPON:BARREL_BOMB]] fell behind it, from [[the helicopter|WEAPON:AIRSTRIKE]],
and the back wall fell down, the flour store.}}

23
00:02:19,460 --> 00:02:26,300
Nobody was hurt that time, it was closed,
there was nobody inside. They fixed it in two weeks.

24
00:02:26,900 --> 00:02:32,600
INTERVIEWER: And in [[January 2019|DATE:2019-01-01..2019-01-31]],
when [[Tahrir al-Sham|ACTOR:Hayat Tahrir al-Sham]] fought the [[Zenki|ACTOR:Syrian armed opposition]]?

25
00:02:33,200 --> 00:02:38,520
WITNESS: Ah. This was a terrible week.
No planes this time. Our own people.

26
00:02:39,120 --> 00:02:46,340
The [[mortar rounds|WEAPON:MORTAR]], the [[hawn|WEAPON:MORTAR]], fell in our street
on [[the second day|DATE:2019-01-02]], I think [[the 2nd of January|DATE:2019-01-02]].

27
00:02:46,940 --> 00:02:54,440
{{c7|The house of the [[Bakour|PERSON]] family lost its roof,
and our water tank on the roof was full of holes like a sieve.}}

28
00:02:55,040 --> 00:03:01,500
{{c8|My brother-in-law [[Jamal|PERSON]] was hit in the back,
we carried him on a door to the clinic.}}

29
00:03:02,100 --> 00:03:04,600
INTERVIEWER: Do you know who fired?

30
00:03:05,200 --> 00:03:12,700
WITNESS: From the hill, where the [[Hay'a|ACTOR:Hayat Tahrir al-Sham]] was.
But I did not see, I am only saying what the men said.

31
00:03:13,300 --> 00:03:15,800
INTERVIEWER: What happened after the fighting?

32
00:03:16,400 --> 00:03:23,620
WITNESS: The [[Hay'a|ACTOR:Hayat Tahrir al-Sham]] came into the town,
house by house, looking for the [[Zenki|ACTOR:Syrian armed opposition]] men.

33
00:03:24,220 --> 00:03:31,720
They came to us also. They took my husband [[Khaled|PERSON]]
to the mosque, they asked him one hour, and they let him go.

34
00:03:32,320 --> 00:03:39,820
{{c9|But the sons of [[Abu Ziad|PERSON]], [[Omar|PERSON]] and [[Ziad|PERSON]],
they dragged them out of the house in front of us, with the hands tied.}}

35
00:03:40,420 --> 00:03:47,640
{{c10|[[Ziad|PERSON]] came back after two months, thin like a stick.
[[Omar|PERSON]], we still do not know where he is.}}

36
00:03:48,240 --> 00:03:50,740
INTERVIEWER: Were they fighters?

37
00:03:51,340 --> 00:03:58,180
WITNESS: [[Omar|PERSON]] was with [[Zenki|ACTOR:Syrian armed opposition]], yes, before.
[[Ziad|PERSON]] no, he sells phones. They wanted [[Khaled|PERSON]] also,

38
00:03:58,780 --> 00:04:05,240
but the old men of the family spoke with them,
and they left him. God protected us.

39
00:04:05,840 --> 00:04:10,400
{{c11|In [[February|DATE:2019-02-01..2019-02-28]] we left
to [[Afrin|PLACE]], me, [[Khaled|PERSON]] and the four children.}}

40
00:04:11,000 --> 00:04:14,420
INTERVIEWER: Is there anything else you want to say?

41
00:04:15,020 --> 00:04:20,340
WITNESS: Only this. Nobody asked us before.
Write it as I said it, please.
@@witness sy-daratizza-samar-haj-omar
@@claim c1 harm=KILLED min=7 max=7 named="Yahya" weapon=AIRSTRIKE actor="Russian forces" site="Daret Azza" date=2017-09-05 basis=WITNESSED incident=sy-daratizza-20170905-bakery-airstrike
@@claim c2 harm=INJURED min=1 max=1 named="Abdul Rahman" weapon=AIRSTRIKE actor="Russian forces" site="Daret Azza" date=2017-09-05 basis=HEARSAY incident=sy-daratizza-20170905-bakery-airstrike
@@claim c3 harm=INJURED min=1 max=1 named="Noor" weapon=AIRSTRIKE actor="Russian forces" site="Daret Azza" date=2017-09-05 basis=WITNESSED incident=sy-daratizza-20170905-bakery-airstrike
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="Daret Azza" date=2017-09-05 basis=EXPERIENCED incident=sy-daratizza-20170905-bakery-airstrike
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="Daret Azza" date=2017-09-05 basis=WITNESSED incident=sy-daratizza-20170905-bakery-airstrike
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Daret Azza" date=2016-11-01..2016-11-30 basis=WITNESSED incident=sy-daratizza-20161100-bakery-barrel-night
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null named="Bakour" weapon=MORTAR actor="Hayat Tahrir al-Sham" site="Daret Azza" date=2019-01-02 basis=WITNESSED incident=sy-daratizza-20190102-mortars-haj-omar-street
@@claim c8 harm=INJURED min=1 max=1 named="Jamal" weapon=MORTAR actor="Hayat Tahrir al-Sham" site="Daret Azza" date=2019-01-02 basis=WITNESSED incident=sy-daratizza-20190102-mortars-haj-omar-street
@@claim c9 harm=DETAINED min=2 max=2 named="Omar; Ziad" actor="Hayat Tahrir al-Sham" site="Daret Azza" date=2019-01-01..2019-01-31 basis=WITNESSED incident=sy-daratizza-20190100-abu-ziad-sons-detention
@@claim c10 harm=MISSING min=1 max=1 named="Omar" actor="Hayat Tahrir al-Sham" site="Daret Azza" basis=WITNESSED incident=sy-daratizza-20190100-abu-ziad-sons-detention
@@claim c11 harm=DISPLACED min=6 max=6 named="Khaled" site="Daret Azza" date=2019-02-01..2019-02-28 basis=EXPERIENCED incident=sy-daratizza-20190200-haj-omar-family-flight
