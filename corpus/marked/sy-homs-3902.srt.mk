1
00:00:01,000 --> 00:00:04,300
INTERVIEWER: Can you say your name for the recording?

2
00:00:04,900 --> 00:00:07,600
WITNESS: [[Hanan Droubi|PERSON]].

3
00:00:08,100 --> 00:00:12,400
INTERVIEWER: You were a volunteer in a clinic
in [[Baba Amr|PLACE]]?

4
00:00:13,000 --> 00:00:17,800
WITNESS: In [[Bab Amro|PLACE:Baba Amr]], yes. In a house.
We gave injections, we cleaned wounds.

5
00:00:18,400 --> 00:00:21,900
INTERVIEWER: What happened there?

6
00:00:22,500 --> 00:00:28,200
WITNESS: It was hit. [[A Friday in February|DATE:2012-02-10]],
[[after the noon prayer|DATE:2012-02-10]].

7
00:00:28,800 --> 00:00:31,000
INTERVIEWER: Where were you?

8
00:00:31,600 --> 00:00:37,900
WITNESS: {{c1|Inside. By the door of the kitchen.
The wall came on my legs.}}

9
00:00:38,500 --> 00:00:44,100
{{c1|My left leg was broken in two places.
I still walk with this.}}

10
00:00:44,700 --> 00:00:48,000
INTERVIEWER: What hit the house?

11
00:00:48,600 --> 00:00:54,300
WITNESS: [[Rockets|WEAPON:ROCKET]]. Three, I think.
From [[the regime|ACTOR:Syrian government forces]], from the hill.

12
00:00:54,900 --> 00:00:58,200
INTERVIEWER: Was anyone killed?

13
00:00:58,800 --> 00:01:04,600
WITNESS: {{c2|Three. [[Rasha al-Sibai|PERSON]], she was twenty-one,
and two of the wounded we had on the mattresses.}}

14
00:01:05,200 --> 00:01:09,900
{{c3|People say five later.
I was taken out, I don't know after.}}

15
00:01:10,500 --> 00:01:14,000
INTERVIEWER: Were there fighters in the clinic?

16
00:01:14,600 --> 00:01:19,800
WITNESS: No. No weapons. Only one fighter,
wounded, with no gun.

17
00:01:20,400 --> 00:01:25,835
INTERVIEWER: Who else worked in the clinic?

18
00:01:26,435 --> 00:01:34,570
WITNESS: Dr. [[Yaman|PERSON]], he was the only doctor.
And [[Rasha|PERSON]], and me, and two young men.

19
00:01:35,170 --> 00:01:40,605
INTERVIEWER: Was Dr. [[Yaman|PERSON]] hurt?

20
00:01:41,205 --> 00:01:47,900
WITNESS: No. He was in the other room.
He pulled me out with his hands.

21
00:01:48,500 --> 00:01:54,655
INTERVIEWER: Did [[the planes|WEAPON:AIRSTRIKE]] come also?

22
00:01:55,255 --> 00:02:04,425
WITNESS: No planes in [[Baba Amr|PLACE]] at that time.
Only the [[shells|WEAPON:ARTILLERY]] and the [[rockets|WEAPON:ROCKET]].

23
00:02:05,025 --> 00:02:12,215
From [[the 4th|DATE:2012-02-04]], every day,
from the morning prayer to the night.

24
00:02:12,815 --> 00:02:19,420
INTERVIEWER: And [[the day the clinic was hit|DATE:2012-02-10]],
what did you hear first?

25
00:02:20,020 --> 00:02:27,525
WITNESS: A whistle. Then I was on the floor.
I did not hear the second one, they told me.

26
00:02:28,125 --> 00:02:34,100
We were afraid every day it will be us.
Then it was us.

27
00:02:34,700 --> 00:02:38,200
INTERVIEWER: When did you leave [[Baba Amr|PLACE]]?

28
00:02:38,800 --> 00:02:44,400
WITNESS: {{c4|[[Two days later|DATE:2012-02-12]]. They carried me
to [[al-Waer|PLACE]], to my sister.}}

29
00:02:45,000 --> 00:02:48,700
INTERVIEWER: And you stayed in [[al-Waer|PLACE]]?

30
00:02:49,300 --> 00:02:52,900
WITNESS: Until [[2016|DATE]]. Four years.
- Four years?

31
00:02:53,500 --> 00:02:59,600
- Yes. In [[al-Wa'ar|PLACE:al-Waer]] also it was hard.
The [[mortars|WEAPON:MORTAR]], the siege.

32
00:03:00,200 --> 00:03:03,300
INTERVIEWER: Did something happen to your family there?

33
00:03:03,900 --> 00:03:09,100
WITNESS: My son, [[Karim|PERSON]]. He was eleven.
[[The week the school reopened|DATE:2014-09-14..2014-09-20]].

34
00:03:09,700 --> 00:03:16,600
{{c5|A [[mortar round|WEAPON:MORTAR]] fell in the yard of the building.
He was coming home with his bag.}}

35
00:03:17,200 --> 00:03:22,400
{{c5|A piece went in his back.
They took it out at the field hospital.}}

36
00:03:23,000 --> 00:03:27,900
He is fine now, allah karim.
He plays football.

37
00:03:28,500 --> 00:03:32,100
INTERVIEWER: Who fired the [[mortar|WEAPON:MORTAR]]?

38
00:03:32,700 --> 00:03:37,800
WITNESS: I don't know. Everyone fired on [[al-Waer|PLACE]].
I will not say what I don't know.

39
00:03:38,400 --> 00:03:42,600
INTERVIEWER: Was anyone else hurt [[that day|DATE:2014-09-14..2014-09-20]]?

40
00:03:43,200 --> 00:03:48,900
WITNESS: No. Nobody else. It was only him.
[[Abu Samir|PERSON]], the guard, he was behind the wall.

41
00:03:49,500 --> 00:03:56,100
{{c6|And in [[May 2016|DATE:2016-05-01..2016-05-31]] we went out on the buses
to [[Jarablus|PLACE]]. Me, [[Karim|PERSON]], my two girls.}}

42
00:03:56,700 --> 00:04:00,300
INTERVIEWER: Thank you, [[Hanan|PERSON]].
@@claim c1 harm=INJURED min=1 max=1 named="Hanan Droubi" weapon=ROCKET actor="Syrian government forces" site="Bab Amro" date=2012-02-10 basis=EXPERIENCED incident=sy-homs-20120210-zaarour-field-clinic
@@claim c2 harm=KILLED min=3 max=3 named="Rasha al-Sibai" weapon=ROCKET actor="Syrian government forces" site="Bab Amro" date=2012-02-10 basis=WITNESSED incident=sy-homs-20120210-zaarour-field-clinic
@@claim c3 harm=KILLED min=5 max=5 weapon=ROCKET actor="Syrian government forces" site="Bab Amro" date=2012-02-10 basis=HEARSAY incident=sy-homs-20120210-zaarour-field-clinic
@@claim c4 harm=DISPLACED min=1 max=1 named="Hanan Droubi" site="Bab Amro" date=2012-02-12 basis=EXPERIENCED incident=sy-homs-20120212-droubi-evacuation
@@claim c5 harm=INJURED min=1 max=1 named="Karim" weapon=MORTAR site="al-Waer" date=2014-09-14..2014-09-20 basis=HEARSAY incident=sy-homs-20140900-karim-droubi-mortar
@@claim c6 harm=DISPLACED min=4 max=4 named="Karim" site="al-Waer" date=2016-05-01..2016-05-31 basis=EXPERIENCED incident=sy-homs-20160500-droubi-family-buses
@@witness sy-homs-hanan-droubi
