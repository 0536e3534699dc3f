1
00:00:01,000 --> 00:00:06,900
INTERVIEWER: Thank you for speaking with us.
Can you give your name, and where you lived?

2
00:00:07,500 --> 00:00:14,600
WITNESS: [[Khadija Sabbagh|PERSON]]. They call me [[Umm Bilal|PERSON]].
We lived in [[Masakin Hanano|PLACE:Masaken Hanano]], in the blocks, block eleven.

3
00:00:15,200 --> 00:00:21,600
WITNESS: Before that, when I was a girl, in [[al-Shaar|PLACE]].
My mother's family is still from [[al-Shaar|PLACE]].

4
00:00:22,200 --> 00:00:27,900
INTERVIEWER: We are talking about [[November 2016|DATE:2016-11-01..2016-11-30]].
Do you know what happened in [[Sukkary|PLACE:al-Sukkari]]?

5
00:00:28,500 --> 00:00:34,600
WITNESS: I was not there. I was in [[Hanano|PLACE:Masaken Hanano]], at home.
My cousin [[Adnan|PERSON]] called me on the phone,

6
00:00:35,200 --> 00:00:41,600
WITNESS: it was [[the Wednesday|DATE:2016-11-16]], [[the middle of November|DATE:2016-11-10..2016-11-20]],
I think [[the 16th|DATE:2016-11-16]], [[before the noon prayer|DATE:2016-11-16]].

7
00:00:42,200 --> 00:00:51,300
WITNESS: {{c1|He said a [[barrel|WEAPON:BARREL_BOMB]] came on the building of [[Abu Fadi|PERSON]], the teacher,
and the building was gone, finished, from the top to the ground.}}

8
00:00:51,900 --> 00:00:58,600
WITNESS: {{c2|He said twelve or thirteen people died. Twelve, thirteen.
The teacher, his wife, the girls.}}

9
00:00:59,200 --> 00:01:05,900
WITNESS: {{c3|And the two boys of [[Abu Anas|PERSON]] the baker,
the baker's sons, they were among the dead, he said.}}

10
00:01:06,500 --> 00:01:12,200
- Did he see it himself?
- [[Adnan|PERSON]]? He lives two streets from there. He ran there after.

11
00:01:12,800 --> 00:01:18,600
WITNESS: I believe him. But I did not see it,
so I tell you what he told me, only that.

12
00:01:19,200 --> 00:01:22,900
INTERVIEWER: What happened in [[Masaken Hanano|PLACE]] after that?

13
00:01:23,500 --> 00:01:30,800
WITNESS: The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] did not stop, day and night.
We lived in the corridor, the children in the bathroom.

14
00:01:31,400 --> 00:01:38,100
WITNESS: On [[the Thursday|DATE:2016-11-24]], [[the week after|DATE:2016-11-24]],
I went on the balcony for one minute, to bring the washing.

15
00:01:38,700 --> 00:01:46,200
WITNESS: [[The planes|WEAPON:AIRSTRIKE]] came, and they threw the
[[cluster bombs|WEAPON:CLUSTER_MUNITION]], the small ones, on the street in front of the blocks.

16
00:01:46,800 --> 00:01:52,600
WITNESS: It sounds like popcorn, like somebody
throws stones on a tin roof, many, many.

17
00:01:53,200 --> 00:02:00,100
WITNESS: {{c4|One of the [[bomblets|WEAPON:CLUSTER_MUNITION]] came on the balcony.
I have a piece still in my leg, here, above the knee.}}

18
00:02:00,700 --> 00:02:08,200
WITNESS: {{c5|And [[Samer|PERSON]], the son of [[Abu Jamil|PERSON]], ten years old,
was in the street, and he fell down and did not get up.}}

19
00:02:08,800 --> 00:02:16,700
WITNESS: {{c5|I watched from the balcony, I was bleeding,
and I saw his father carry him, and the boy had no face.}} [crying]

20
00:02:17,300 --> 00:02:19,500
INTERVIEWER: Take your time.

21
00:02:20,100 --> 00:02:26,900
WITNESS: {{c6|[[Abu Jamil|PERSON]] was hurt also, in the hand. He is alive.}}
Nobody in my building was killed [[that day|DATE:2016-11-24]].

22
00:02:27,500 --> 00:02:32,200
INTERVIEWER: We have heard there was a [[chlorine attack|WEAPON:CHEMICAL]] in [[Hanano|PLACE:Masaken Hanano]] then.

23
00:02:32,800 --> 00:02:39,900
WITNESS: People said the school of [[Hanano|PLACE:Masaken Hanano]] was hit with [[chlorine|WEAPON:CHEMICAL]],
but it was not. I was there [[the next day|DATE:2016-11-25]].

24
00:02:40,500 --> 00:02:48,900
WITNESS: It was the smoke of the tyres, the young men burned tyres
so the planes cannot see. It smells bad, but it is not [[gas|WEAPON:CHEMICAL]].

25
00:02:49,500 --> 00:02:51,700
INTERVIEWER: When did you leave?

26
00:02:52,300 --> 00:03:01,300
WITNESS: {{c7|[[Two days later|DATE:2016-11-26]], in [[the night|DATE:2016-11-26]], [[the army|ACTOR:Syrian government forces]] came in from the east side,
and we ran with everybody, on foot, towards [[Sheikh Maqsoud|PLACE]].}}

27
00:03:01,900 --> 00:03:10,200
WITNESS: {{c8|At the checkpoint of [[the army|ACTOR:Syrian government forces]], at the end of the blocks,
they took my son [[Bilal|PERSON]], nineteen, and four other young men.}}

28
00:03:10,800 --> 00:03:18,500
WITNESS: {{c8|They put them in the car and that was the last time.
I saw it. I held his jacket and the soldier pushed me.}}

29
00:03:19,100 --> 00:03:27,400
WITNESS: {{c9|Since [[that night|DATE:2016-11-26]], nothing. No call, no paper.
We asked the Red Crescent, we asked the sheikhs... we asked everybody.}}

30
00:03:28,000 --> 00:03:32,500
INTERVIEWER: I'm very sorry.
Is there anything else you want to say?

31
00:03:33,100 --> 00:05:28,400
WITNESS: Write [[Bilal Sabbagh|PERSON]]. Born 1997.
If he is alive, he is twenty.
@@witness sy-aleppo-khadija-sabbagh
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Sukkary" date=2016-11-16 basis=HEARSAY incident=sy-aleppo-20161116-sukkari-hamdo-building-barrel
@@claim c2 harm=KILLED min=12 max=13 named="Abu Fadi" weapon=BARREL_BOMB site="Sukkary" date=2016-11-16 basis=HEARSAY incident=sy-aleppo-20161116-sukkari-hamdo-building-barrel
@@claim c3 harm=KILLED min=2 max=2 weapon=BARREL_BOMB site="Sukkary" date=2016-11-16 basis=HEARSAY incident=sy-aleppo-20161116-sukkari-hamdo-building-barrel
@@claim c4 harm=INJURED min=1 max=1 named="Khadija Sabbagh" weapon=CLUSTER_MUNITION site="Masaken Hanano" date=2016-11-24 basis=EXPERIENCED incident=sy-aleppo-20161124-hanano-blocks-cluster
@@claim c5 harm=KILLED min=1 max=1 named="Samer" weapon=CLUSTER_MUNITION site="Masaken Hanano" date=2016-11-24 basis=WITNESSED incident=sy-aleppo-20161124-hanano-blocks-cluster
@@claim c6 harm=INJURED min=1 max=1 named="Abu Jamil" weapon=CLUSTER_MUNITION site="Masaken Hanano" date=2016-11-24 basis=WITNESSED incident=sy-aleppo-20161124-hanano-blocks-cluster
@@claim c7 harm=DISPLACED min=null max=null actor="Syrian government forces" site="Masakin Hanano" date=2016-11-26 basis=EXPERIENCED incident=sy-aleppo-20161126-hanano-flight-sheikhmaqsoud
@@claim c8 harm=DETAINED min=5 max=5 named="Bilal" actor="Syrian government forces" site="Masakin Hanano" date=2016-11-26 basis=WITNESSED incident=sy-aleppo-20161126-hanano-checkpoint-bilal
@@claim c9 harm=MISSING min=1 max=1 named="Bilal" actor="Syrian government forces" site="Masakin Hanano" date=2016-11-26 basis=EXPERIENCED incident=sy-aleppo-20161126-hanano-checkpoint-bilal

