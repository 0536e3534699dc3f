1
00:00:01,000 --> 00:00:06,900
INTERVIEWER: Thank you for speaking with us.
Can you give your name, and where you lived?

2
00:00:07,500 --> 00:00:14,600
WITNESS: [[Khadija Sabbagh|PERSON]]. They call me [[Umm Bilal|PERSON]].
We lived in [[Masakin Hanano|PLACE:Masaken Hanano]], in the blocks, block eleven.

3
00:00:15,200 --> 00:00:20,900
INTERVIEWER: We are talking about [[November 2016|DATE:2016-11-01..2016-11-30]].
Do you know what happened in [[Sukkary|PLACE:al-Sukkari]]?

4
00:00:21,500 --> 00:00:27,600
WITNESS: I was not there. I was in [[Hanano|PLACE:Masaken Hanano]], at home.
My cousin [[Adnan|PERSON]] called me on the phone,

5
00:00:28,200 --> 00:00:34,600
WITNESS: it was [[the Wednesday|DATE:2016-11-16]], [[the middle of November|DATE:2016-11-10..2016-11-20]],
I think [[the 16th|DATE:2016-11-16]], [[before the noon prayer|DATE:2016-11-16]].

6
00:00:35,200 --> 00:00:44,300
WITNESS: {{c1|He said a [[barrel|WEAPON:BARREL_BOMB]] came on the building of [[Abu Fadi|PERSON]], the teacher,
and the building was gone, finished, from the top to the ground.}}

7
00:00:44,900 --> 00:00:51,600
WITNESS: {{c2|He said twelve or thirteen people died. Twelve, thirteen.
The teacher, his wife, the girls.}}

8
00:00:52,200 --> 00:00:58,900
WITNESS: {{c3|And the two boys of [[Abu Anas|PERSON]] the baker,
the baker's sons, they were among the dead, he said.}}

9
00:00:59,500 --> 00:01:05,200
- Did he see it himself?
- [[Adnan|PERSON]]? He lives two streets from there. He ran there after.

10
00:01:05,800 --> 00:01:11,600
WITNESS: I believe him. But I did not see it,
so I tell you what he told me, only that.

11
00:01:12,200 --> 00:01:15,900
INTERVIEWER: What happened in [[Masaken Hanano|PLACE]] after that?

12
00:01:16,500 --> 00:01:23,800
WITNESS: The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] did not stop, day and night.
We lived in the corridor, the children in the bathroom.

13
00:01:24,400 --> 00:01:31,100
WITNESS: On [[the Thursday|DATE:2016-11-24]], [[the week after|DATE:2016-11-24]],
I went on the balcony for one minute, to bring the washing.

14
00:01:31,700 --> 00:01:39,200
WITNESS: [[The planes|WEAPON:AIRSTRIKE]] came, and they threw the
[[cluster bombs|WEAPON:CLUSTER_MUNITION]], the small ones, on the street in front of the blocks.

15
00:01:39,800 --> 00:01:46,700
WITNESS: {{c4|One of the [[bomblets|WEAPON:CLUSTER_MUNITION]] came on the balcony.
I have a piece still in my leg, here, above the knee.}}

16
00:01:47,300 --> 00:01:54,800
WITNESS: {{c5|And [[Samer|PERSON]], the son of [[Abu Jamil|PERSON]], ten years old,
was in the street, and he fell down and did not get up.}}

17
00:01:55,400 --> 00:02:03,300
WITNESS: {{c5|I watched from the balcony, I was bleeding,
and I saw his father carry him, and the boy had no face.}} [crying]

18
00:02:03,900 --> 00:02:10,700
WITNESS: {{c6|[[Abu Jamil|PERSON]] was hurt also, in the hand. He is alive.}}
Nobody in my building was killed [[that day|DATE:2016-11-24]].

19
00:02:11,300 --> 00:02:16,000
INTERVIEWER: We have heard there was a [[chlorine attack|WEAPON:CHEMICAL]] in [[Hanano|PLACE:Masaken Hanano]] then.

20
00:02:16,600 --> 00:02:23,700
WITNESS: People said the school of [[Hanano|PLACE:Masaken Hanano]] was hit with [[chlorine|WEAPON:CHEMICAL]],
but it was not. I was there [[the next day|DATE:2016-11-25]].

21
00:02:24,300 --> 00:02:26,500
INTERVIEWER: When did you leave?

22
00:02:27,100 --> 00:02:36,100
WITNESS: {{c7|[[Two days later|DATE:2016-11-26]], in [[the night|DATE:2016-11-26]], [[the army|ACTOR:Syrian government forces]] came in from the east side,
and we ran with everybody, on foot, towards [[Sheikh Maqsoud|PLACE]].}}

23
00:02:36,700 --> 00:02:45,000
WITNESS: {{c8|At the checkpoint of [[the army|ACTOR:Syrian government forces]], at the end of the blocks,
they took my son [[Bilal|PERSON]], nineteen, and four other young men.}}

24
00:02:45,600 --> 00:02:53,300
WITNESS: {{c8|They put them in the car and that was the last time.
I saw it. I held his jacket and the soldier pushed me.}}

25
00:02:53,900 --> 00:03:02,200
WITNESS: {{c9|Since [[that night|DATE:2016-11-26]], nothing. No call, no paper.
We asked the Red Crescent, we asked the sheikhs... we asked everybody.}}

26
00:03:02,800 --> 00:03:07,300
INTERVIEWER: I'm very sorry.
Is there anything else you want to say?

27
00:03:07,900 --> 00:03:12,600
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
