1
00:00:01,000 --> 00:00:04,600
INTERVIEWER: Please, your name and your work.

2
00:00:05,100 --> 00:00:10,800
WITNESS: [[Waheeb Ahmed Noman|PERSON]]. I drive a taxi,
a Corolla, in [[Taizz|PLACE:Taiz]], from [[2009|DATE:2009-01-01..2009-12-31]].

3
00:00:11,300 --> 00:00:16,900
WITNESS: I live in [[al-Qahirah|PLACE:al-Qahira]], near the small
square, not far from the bakery of the [[Sharabi|PERSON]] family.

4
00:00:17,400 --> 00:00:21,000
INTERVIEWER: The [[Amal bakery|PLACE:al-Amal bakery]]?

5
00:00:21,500 --> 00:00:27,200
WITNESS: Yes, [[furn al-Amal|PLACE:al-Amal bakery]], the same.
In [[February|DATE:2016-02-01..2016-02-29]], the year [[2016|DATE:2016-01-01..2016-12-31]], [[the middle of the month|DATE:2016-02-10..2016-02-20]],

6
00:00:27,700 --> 00:00:33,400
WITNESS: [[a Sunday or a Monday|DATE:2016-02-14..2016-02-15]], I don't remember well.
It was [[the late morning|DATE:2016-02-14..2016-02-15]], [[before the dhuhr|DATE:2016-02-14..2016-02-15]].

7
00:00:33,900 --> 00:00:39,600
WITNESS: I was in my taxi on the other side of the square,
waiting for a passenger. The line for bread was very long.

8
00:00:40,100 --> 00:00:45,000
WITNESS: Then the [[Katyusha|WEAPON:ROCKET]]. Two, one after the other.
We call it [[Katyusha|WEAPON:ROCKET]], maybe it was something else.

9
00:00:45,500 --> 00:00:51,800
WITNESS: {{c1|I ran there. I saw four, five people not moving.
One was a small girl in a yellow dress. I will not forget the dress.}}

10
00:00:52,300 --> 00:00:58,000
WITNESS: {{c2|I put three injured in my taxi, a woman and two boys,
and drove them to the [[Rawdha hospital|PLACE:al-Rawdha hospital]].}}

11
00:00:58,500 --> 00:01:02,900
- How many died in the end?
- {{c3|The list on the door of the mosque said eight.}}

12
00:01:03,400 --> 00:01:08,200
WITNESS: {{c3|Then one more died in the hospital, so nine.
Eight or nine, it depends who you ask.}}

13
00:01:08,700 --> 00:01:13,500
INTERVIEWER: Do you know who fired?

14
00:01:14,000 --> 00:01:19,600
WITNESS: From [[al-Hawban|PLACE]] direction. The [[Houthis|ACTOR:Houthis]]. [[Ansar Allah|ACTOR:Houthis]], they call themselves.
There was no other side that fires from there.

15
00:01:20,100 --> 00:01:25,000
INTERVIEWER: Did the bakery open again?

16
00:01:25,500 --> 00:01:31,300
WITNESS: [[After one month|DATE:2016-03-14..2016-03-15]], the [[Sharabi|PERSON]] family opened again, smaller.
And then, in [[April|DATE:2016-04-01..2016-04-30]], at [[night|DATE:2016-04-01..2016-04-30]], the [[shells|WEAPON:ARTILLERY]] came again on it.

17
00:01:31,800 --> 00:01:37,400
WITNESS: {{c4|In [[the morning|DATE:2016-04-01..2016-04-30]] I went to see. There was nothing left of the bakery.
The oven, the roof, everything, down.}}

18
00:01:37,900 --> 00:01:42,000
WITNESS: But nobody was inside. At night it is closed. Nobody was hurt that time.

19
00:01:42,500 --> 00:01:47,300
INTERVIEWER: What about your own work? Were you ever hit, driving?

20
00:01:47,800 --> 00:01:54,200
WITNESS: Yes, in [[Wadi al-Qadi|PLACE]], [[the summer|DATE:2016-06-01..2016-08-31]]. The [[sniper|WEAPON:SMALL_ARMS]] there shoots at anything that moves.

21
00:01:54,700 --> 00:02:00,500
WITNESS: {{c5|I had a passenger, [[Hamdi|PERSON]], a young man going to his exam.
The [[bullet|WEAPON:SMALL_ARMS]] came through the door and into his shoulder.}}

22
00:02:01,000 --> 00:02:06,400
WITNESS: {{c6|And my taxi, eleven holes. I counted them later.}}
I drove with my head down, like this, to [[al-Thawra hospital|PLACE]].

23
00:02:06,900 --> 00:02:11,000
- And you?
- Nothing. Not a scratch. God wanted me to drive more.

24
00:02:11,500 --> 00:02:17,800
INTERVIEWER: Has anyone in your family been killed?

25
00:02:18,300 --> 00:02:24,700
WITNESS: My cousin [[Ayman|PERSON]]. But he was a fighter, with [[the Resistance|ACTOR:Yemeni government forces]],
he was killed at the front in [[Thabat|PLACE]], fighting. This is different.

26
00:02:25,200 --> 00:02:31,000
WITNESS: {{c7|My uncle's family, the [[Noman|PERSON]] family, eleven people,
they left [[al-Qahira|PLACE]] after the bakery, to [[Aden|PLACE]].}}

27
00:02:31,500 --> 00:02:35,800
WITNESS: {{c7|They sold the furniture on the road to pay the bus.}}

28
00:02:36,300 --> 00:02:40,000
INTERVIEWER: Thank you, [[Waheeb|PERSON]].

29
00:02:40,500 --> 00:02:44,600
WITNESS: Salam. Peace on you. Write it correctly.
@@witness ye-taiz-waheeb-noman
@@claim c1 harm=KILLED min=4 max=5 weapon=ROCKET actor=Houthis site="Amal bakery" date=2016-02-14..2016-02-15 basis=WITNESSED incident=ye-taiz-20160214-qahira-amal-bakery-queue-shells
@@claim c2 harm=INJURED min=3 max=3 weapon=ROCKET actor=Houthis site="Amal bakery" date=2016-02-14..2016-02-15 basis=WITNESSED incident=ye-taiz-20160214-qahira-amal-bakery-queue-shells
@@claim c3 harm=KILLED min=8 max=9 weapon=ROCKET actor=Houthis site="Amal bakery" date=2016-02-14..2016-02-15 basis=REPORTED incident=ye-taiz-20160214-qahira-amal-bakery-queue-shells
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="al-Qahirah" date=2016-04-01..2016-04-30 basis=WITNESSED incident=ye-taiz-20160400-qahira-amal-bakery-destroyed
@@claim c5 harm=INJURED min=1 max=1 named="Hamdi" weapon=SMALL_ARMS site="Wadi al-Qadi" date=2016-06-01..2016-08-31 basis=WITNESSED incident=ye-taiz-20160600-wadialqadi-noman-taxi-sniper
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=SMALL_ARMS site="Wadi al-Qadi" date=2016-06-01..2016-08-31 basis=EXPERIENCED incident=ye-taiz-20160600-wadialqadi-noman-taxi-sniper
@@claim c7 harm=DISPLACED min=11 max=11 named="Noman" site="al-Qahira" date=2016-02-14..2016-04-30 basis=HEARSAY incident=ye-taiz-20160200-noman-uncle-family-flight
