1
00:00:01,000 --> 00:00:05,400
INTERVIEWER: It is the 2nd of October 2018, we are in [[Jarablus|PLACE]].
Please say your name.

2
00:00:06,000 --> 00:00:10,200
WITNESS: [[Marwan Qassab|PERSON]]. From [[Homs|PLACE]], from [[Wa'er|PLACE:al-Waer]].

3
00:00:10,800 --> 00:00:16,500
INTERVIEWER: You worked at a bakery in [[al-Waer|PLACE]]?
- Yes, the [[al-Ahliya bakery|PLACE]], from [[2011|DATE:2011-01-01..2011-12-31]]. On the oven.

4
00:00:17,100 --> 00:00:22,800
INTERVIEWER: Tell me about the day in [[November|DATE:2013-11-01..2013-11-30]].
WITNESS: I think... [[a Saturday|DATE:2013-11-16]]. [[The middle of the month|DATE:2013-11-11..2013-11-20]].

5
00:00:23,400 --> 00:00:28,900
It was [[the year after the siege started|DATE:2013-01-01..2013-12-31]], so [[2013|DATE:2013-01-01..2013-12-31]].
The line was outside, three hundred people maybe.

6
00:00:29,500 --> 00:00:35,200
{{c1|I was putting the bread on the counter,
and there was a big bang, very loud, on the street side.}}

7
00:00:35,800 --> 00:00:40,600
{{c1|Then a second one. The window came in on me.}}
I did not know what it was, I did not see anything.

8
00:00:41,200 --> 00:00:46,900
{{c2|My face, my arm, the glass. Here, you see the lines.
[[Abu Hadi|PERSON]] pulled me to the back of the bakery.}}

9
00:00:47,500 --> 00:00:52,000
INTERVIEWER: How many people were killed?

10
00:00:52,600 --> 00:00:58,800
WITNESS: {{c3|Eight, maybe nine. I know eight names,
because they read them in the mosque [[that evening|DATE:2013-11-16]].}}

11
00:00:59,400 --> 00:01:05,100
{{c3|[[Hamdi Shalabi|PERSON]], the teacher, and his son [[Yousef|PERSON]].
[[Umm Taleb|PERSON]]. The little girl of the vegetable man.}}

12
00:01:05,700 --> 00:01:10,300
The others I don't remember now, forgive me.

13
00:01:10,900 --> 00:01:15,800
INTERVIEWER: Some people told us six died.
- Six died in the street. Two more in the hospital.

14
00:01:16,400 --> 00:01:21,500
INTERVIEWER: Did the bakery close after that?

15
00:01:22,100 --> 00:01:28,400
WITNESS: Two weeks. Then we opened again, because people must eat.
We put the line behind the building, not on the street.

16
00:01:29,000 --> 00:01:34,600
And then in [[February|DATE:2014-02-01..2014-02-28]], [[the next year|DATE:2014-01-01..2014-12-31]], the other time.
This time it was [[the planes|WEAPON:AIRSTRIKE]].

17
00:01:35,200 --> 00:01:40,700
INTERVIEWER: The same bakery?
WITNESS: The same. [[The 3rd of February|DATE:2014-02-03]], [[a Monday|DATE:2014-02-03]].

18
00:01:41,300 --> 00:01:46,900
{{c4|[[Before the dawn prayer|DATE:2014-02-03]], no people yet, only [[Abu Hadi|PERSON]]
who slept there to guard the flour.}}

19
00:01:47,500 --> 00:01:52,100
{{c4|We found him under the wall. We washed him
and buried him [[before noon|DATE:2014-02-03]].}}

20
00:01:52,700 --> 00:01:58,200
{{c5|The oven, the machines, the roof, nothing.
There was nothing left of the bakery.}}

21
00:01:58,800 --> 00:02:03,600
INTERVIEWER: Was anyone else hurt that time?

22
00:02:04,200 --> 00:02:09,900
WITNESS: No, nobody. Thank God it was early.
People said the school next to it was hit also, but it was not.

23
00:02:10,500 --> 00:02:15,000
I passed there [[the same day|DATE:2014-02-03]]. The school was standing.

24
00:02:15,600 --> 00:02:21,200
INTERVIEWER: Who do you think did it?
WITNESS: [[The regime|ACTOR:Syrian government forces]], who else has planes?

25
00:02:21,800 --> 00:02:27,300
The first time, in [[November|DATE:2013-11-01..2013-11-30]], I don't know.
Some said [[mortars|WEAPON:MORTAR]] from the [[Military College|PLACE]], some said [[Grad|WEAPON:ROCKET]].

26
00:02:27,900 --> 00:02:31,400
I heard only the bang.

27
00:02:32,000 --> 00:02:38,100
INTERVIEWER: And when did you leave [[Homs|PLACE]]?
WITNESS: [[May 2017|DATE:2017-05-01..2017-05-31]], with the green buses.

28
00:02:38,700 --> 00:02:44,900
{{c6|Me, my wife [[Salam|PERSON]], my mother, the two boys.
We came here with one bag each.}}

29
00:02:45,500 --> 00:02:50,000
If we stayed, they would take me to the army.
That is why. Salam, peace, we wanted only that.
@@witness sy-homs-marwan-qassab
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null site="al-Ahliya bakery" date=2013-11-16 basis=WITNESSED incident=sy-homs-20131116-waer-bakery-mortars
@@claim c2 harm=INJURED min=1 max=1 site="al-Ahliya bakery" date=2013-11-16 basis=EXPERIENCED incident=sy-homs-20131116-waer-bakery-mortars
@@claim c3 harm=KILLED min=8 max=9 named="Hamdi Shalabi; Yousef; Umm Taleb" site="al-Ahliya bakery" date=2013-11-16 basis=REPORTED incident=sy-homs-20131116-waer-bakery-mortars
@@claim c4 harm=KILLED min=1 max=1 named="Abu Hadi" weapon=AIRSTRIKE actor="Syrian government forces" site="al-Ahliya bakery" date=2014-02-03 basis=WITNESSED incident=sy-homs-20140203-waer-bakery-airstrike
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Syrian government forces" site="al-Ahliya bakery" date=2014-02-03 basis=WITNESSED incident=sy-homs-20140203-waer-bakery-airstrike
@@claim c6 harm=DISPLACED min=5 max=5 named="Salam" site="Wa'er" date=2017-05-01..2017-05-31 basis=EXPERIENCED incident=sy-homs-20170500-qassab-family-jarablus
