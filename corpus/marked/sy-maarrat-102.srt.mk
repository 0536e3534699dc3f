1
00:00:01,000 --> 00:00:05,400
INTERVIEWER: It is recording. Can you tell me
your name and where you are from?

2
00:00:06,000 --> 00:00:11,200
WITNESS: [[Rasha al-Youssef|PERSON]]. From [[Maarrat al-Nouman|PLACE:Maarat al-Numan]],
the old quarter, near the museum.

3
00:00:11,800 --> 00:00:14,000
INTERVIEWER: And who is with you here today?

4
00:00:14,600 --> 00:00:19,900
WITNESS: My daughter, [[Amal|PERSON]]. She is nine.
She is playing outside with the other children.

5
00:00:20,300 --> 00:00:23,100
INTERPRETER: Amal is a name. It means hope.

6
00:00:23,700 --> 00:00:29,000
INTERVIEWER: I understand you were in the market
when it was bombed. When was that?

7
00:00:29,800 --> 00:00:34,600
WITNESS: In [[December|DATE:2019-12-01..2019-12-31]]. [[Tuesday, the middle of the month|DATE:2019-12-10..2019-12-20]].

8
00:00:35,000 --> 00:00:40,200
I remember because the school was closed,
the teachers had already left for the north.

9
00:00:40,800 --> 00:00:42,500
INTERVIEWER: What time was it?

10
00:00:43,100 --> 00:00:49,700
WITNESS: [[Before the noon prayer|DATE:2019-12-10..2019-12-20]]. Maybe [[eleven|DATE:2019-12-10..2019-12-20]].
I took [[Amal|PERSON]] to buy shoes for the winter.

11
00:00:50,200 --> 00:00:55,800
We were in the shoe shop at the corner of the market
when [[the MiG|WEAPON:AIRSTRIKE]] came.

12
00:00:56,300 --> 00:01:01,000
INTERPRETER: She says MiG. People there
call every jet a MiG.

13
00:01:01,600 --> 00:01:07,900
WITNESS: I did not see it. I heard it dive.
The sound becomes thin, like a whistle.

14
00:01:08,400 --> 00:01:13,000
Then the whole shop fell on us.
The glass, the boxes, everything.

15
00:01:13,500 --> 00:01:19,200
- Was your daughter hurt?
- {{c1|Her leg. A piece of iron went into her leg, here.}}

16
00:01:19,800 --> 00:01:25,400
{{c2|I had cuts on my face and on my hands,
but nothing, small things.}}

17
00:01:26,000 --> 00:01:31,600
I carried her out. Outside, I cannot tell you.
{{c3|I saw [[Umm Ayman|PERSON]], our neighbour,}}

18
00:01:32,100 --> 00:01:37,000
{{c3|lying by the door of the bakery. She was dead.}}
I did not look at the others.

19
00:01:37,500 --> 00:01:40,800
INTERVIEWER: Do you know how many people were killed?

20
00:01:41,400 --> 00:01:48,300
WITNESS: {{c4|At the funeral they said between 15 and 20.}}
Some said more, but what I heard was 15 to 20.

21
00:01:48,900 --> 00:01:51,600
INTERVIEWER: Was there one [[strike|WEAPON:AIRSTRIKE]] or more than one?

22
00:01:52,200 --> 00:01:59,000
WITNESS: One. I heard one. Maybe there was another after,
but we were already in the car of a stranger,
a man from [[Kafr Ruma|PLACE]].

23
00:01:59,500 --> 00:02:02,000
INTERVIEWER: Who do you think did this?

24
00:02:02,600 --> 00:02:09,100
WITNESS: [[The regime|ACTOR:Syrian government forces]]. [[The Russians|ACTOR:Russian forces]] also bomb,
but [[the MiG|WEAPON:AIRSTRIKE]] is [[the regime|ACTOR:Syrian government forces]].

25
00:02:09,700 --> 00:02:12,600
INTERVIEWER: Where did you take your daughter?

26
00:02:13,200 --> 00:02:19,500
WITNESS: The hospital in the city was closed,
so the man, [[Abu Jaber|PERSON]], drove us to [[Ariha|PLACE]].

27
00:02:20,000 --> 00:02:24,400
[[Amal|PERSON]] had an operation there in [[the night|DATE:2019-12-10..2019-12-20]].
Now she walks, a little bit slowly.

28
00:02:24,900 --> 00:02:28,900
INTERVIEWER: When did you leave [[Maarrat al-Nouman|PLACE:Maarat al-Numan]]?

29
00:02:29,400 --> 00:02:34,000
WITNESS: [[Four days after|DATE:2019-12-14..2019-12-24]]. We did not even go home.
My husband brought the blankets, only that.

30
00:02:34,600 --> 00:02:40,300
{{c5|We were five: me, my husband [[Walid|PERSON]], [[Amal|PERSON]],
the two boys, [[Hamza|PERSON]] and [[Yamen|PERSON]]. We went to [[Binnish|PLACE]], to a school.}}

31
00:02:40,800 --> 00:02:43,400
INTERVIEWER: Were you safe in [[Binnish|PLACE]]?

32
00:02:44,000 --> 00:02:49,400
WITNESS: Not really. In [[February|DATE:2020-02-01..2020-02-29]] the [[shelling|WEAPON:ARTILLERY]]
reached the school, [[one night|DATE:2020-02-01..2020-02-29]].

33
00:02:50,000 --> 00:02:55,800
{{c6|A [[shell|WEAPON:ARTILLERY]] hit the wall of the classroom next to ours.
The wall came down, the windows, all of it.}}

34
00:02:56,300 --> 00:03:01,200
Nobody was hurt in our room, thank God.
We were sleeping in the corridor [[that night|DATE:2020-02-01..2020-02-29]].

35
00:03:01,700 --> 00:03:05,900
- Who was shelling?
- [[The army|ACTOR:Syrian government forces]], from the side of [[Saraqeb|PLACE:Saraqib]].

36
00:03:06,400 --> 00:03:10,000
INTERVIEWER: Thank you, [[Rasha|PERSON]]. Is there anything
you want to add?

37
00:03:10,600 --> 00:03:16,800
WITNESS: [[Amal|PERSON]] asks every day when we go home.
I tell her, when God wants. There is no other amal.

38
00:03:17,300 --> 00:03:21,500
INTERPRETER: She is playing with the word.
There is no other hope, she means.
@@claim c1 harm=INJURED min=1 max=1 named="Amal" weapon=AIRSTRIKE actor="Syrian government forces" site="Maarrat al-Nouman" date=2019-12-10..2019-12-20 basis=WITNESSED incident=sy-maaratalnuman-20191217-vegetable-market
@@claim c2 harm=INJURED min=1 max=1 weapon=AIRSTRIKE actor="Syrian government forces" site="Maarrat al-Nouman" date=2019-12-10..2019-12-20 basis=EXPERIENCED incident=sy-maaratalnuman-20191217-vegetable-market
@@claim c3 harm=KILLED min=1 max=1 named="Umm Ayman" weapon=AIRSTRIKE actor="Syrian government forces" site="Maarrat al-Nouman" date=2019-12-10..2019-12-20 basis=WITNESSED incident=sy-maaratalnuman-20191217-vegetable-market
@@claim c4 harm=KILLED min=15 max=20 weapon=AIRSTRIKE actor="Syrian government forces" site="Maarrat al-Nouman" date=2019-12-10..2019-12-20 basis=HEARSAY incident=sy-maaratalnuman-20191217-vegetable-market
@@claim c5 harm=DISPLACED min=5 max=5 named="Walid; Amal; Hamza; Yamen" site="Maarrat al-Nouman" date=2019-12-14..2019-12-24 basis=EXPERIENCED incident=sy-maaratalnuman-20191200-alyoussef-family-flight
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Syrian government forces" site="Binnish" date=2020-02-01..2020-02-29 basis=WITNESSED incident=sy-binnish-20200200-school-shelling
@@witness sy-maaratalnuman-rasha-alyoussef
