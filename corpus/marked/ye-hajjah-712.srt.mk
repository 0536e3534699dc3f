1
00:00:02,000 --> 00:00:06,400
INTERVIEWER: Please tell us your name
and what you do in [[Bani Hasan|PLACE:Bani Hassan]].

2
00:00:07,000 --> 00:00:13,800
WITNESS: [[Shawqi Mosleh|PERSON]]. I run the pump of the well,
the well of the village and the displaced.

3
00:00:14,300 --> 00:00:19,000
The organisation gave the pump in [[2017|DATE:2017-01-01..2017-12-31]],
and I take care of it, the diesel, the oil.

4
00:00:19,600 --> 00:00:24,800
INTERVIEWER: We want to ask about the [[strike|WEAPON:AIRSTRIKE]]
on the well. When was it?

5
00:00:25,400 --> 00:00:31,900
WITNESS: [[Two days after Ashura|DATE:2018-09-22..2018-09-23]].
[[The 12th of Muharram|DATE:2018-09-22..2018-09-23]], in the hijri.

6
00:00:32,500 --> 00:00:37,100
In [[the morning, after the fajr|DATE:2018-09-22..2018-09-23]],
the women were already there with the jerrycans.

7
00:00:37,700 --> 00:00:44,200
I was inside the pump house, starting the engine.
Then I heard [[the plane|WEAPON:AIRSTRIKE]].

8
00:00:44,800 --> 00:00:50,300
{{c1|Two [[missiles|WEAPON:MISSILE]]. The first on the pump house,
on the roof over my head.}}

9
00:00:50,900 --> 00:00:57,600
{{c2|The second [[missile|WEAPON:MISSILE]] on the people who ran
to help, maybe one minute after.}}

10
00:00:58,200 --> 00:01:03,000
- And you?
- {{c3|I was thrown against the wall, and my hand, look.}}

11
00:01:03,600 --> 00:01:08,900
{{c3|Two fingers do not move. A piece of the roof.}}
But I am alive.

12
00:01:09,500 --> 00:01:15,300
INTERVIEWER: How many people were killed?

13
00:01:15,900 --> 00:01:23,700
WITNESS: {{c2|Between twelve and fifteen. I helped
to carry them to the mosque, but some were in pieces.}}

14
00:01:24,300 --> 00:01:29,400
{{c2|I cannot say exactly. Children mostly,
the boy [[Hamdi|PERSON]] from the displaced, my cousin [[Murshed|PERSON]] and his son [[Bakeel|PERSON]].}}

15
00:01:30,000 --> 00:01:36,600
{{c4|The injured, more than thirty. [[Abdulqawi|PERSON]] and the other drivers took them
to the hospital in [[Abs|PLACE]], and some to [[Hajjah|PLACE]].}}

16
00:01:37,200 --> 00:01:42,100
INTERVIEWER: A woman from the camp told us
eleven died. What do you think?

17
00:01:42,700 --> 00:01:49,900
WITNESS: She saw eleven maybe, she was on the side of the women.
On our side also there were dead.

18
00:01:50,500 --> 00:01:56,000
INTERVIEWER: Who do you believe carried out the [[strike|WEAPON:AIRSTRIKE]]?

19
00:01:56,600 --> 00:02:02,400
WITNESS: [[The aggression|ACTOR:Saudi-led coalition]]. [[The Saudis|ACTOR:Saudi-led coalition]].
Who else has [[planes|WEAPON:AIRSTRIKE]] here? Nobody.

20
00:02:03,000 --> 00:02:08,900
INTERVIEWER: Was there any military position
near the well?

21
00:02:09,500 --> 00:02:16,300
WITNESS: No. No [[Houthi|ACTOR:Houthis]] position near the well.
The nearest checkpoint is on the road to [[Harad|PLACE:Haradh]],

22
00:02:16,900 --> 00:02:21,200
five kilometres. Far.

23
00:02:21,800 --> 00:02:28,000
{{c1|The pump house is finished, the pump, the solar panels,
everything. For six weeks no water.}}

24
00:02:28,600 --> 00:02:33,900
INTERVIEWER: You mentioned your brother before
the recording. What happened to him?

25
00:02:34,500 --> 00:02:41,300
WITNESS: {{c5|My brother [[Hashem|PERSON]]. [[Ansar Allah|ACTOR:Houthis]] took him at the checkpoint
in [[Hajja|PLACE:Hajjah]] city, in [[January|DATE:2019-01-01..2019-01-31]], after the well.}}

26
00:02:41,900 --> 00:02:48,100
They said he sent coordinates to [[the coalition|ACTOR:Saudi-led coalition]],
because he has a smartphone and he talks to people in [[Saudi Arabia|PLACE]].

27
00:02:48,700 --> 00:02:54,000
He works there, before the war, in [[Jizan|PLACE]].
That is all.

28
00:02:54,600 --> 00:03:00,800
{{c5|Four months they kept him.
Then they released him, with no explanation.}}

29
00:03:01,400 --> 00:03:06,200
- Was he hurt?
- He does not talk about it. [pause]

30
00:03:06,800 --> 00:03:12,500
INTERVIEWER: Thank you. Is there anything
you would like to add?

31
00:03:13,100 --> 00:03:19,600
WITNESS: Only that if they bring a new pump,
I will run it again. People must drink.
@@witness ye-hajjah-shawqi-mosleh
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Saudi-led coalition" site="Bani Hasan" date=2018-09-22..2018-09-23 basis=WITNESSED incident=ye-abs-20180922-bani-hassan-well
@@claim c2 harm=KILLED min=12 max=15 named="Hamdi; Murshed; Bakeel" weapon=MISSILE actor="Saudi-led coalition" site="Bani Hasan" date=2018-09-22..2018-09-23 basis=WITNESSED incident=ye-abs-20180922-bani-hassan-well
@@claim c3 harm=INJURED min=1 max=1 weapon=MISSILE actor="Saudi-led coalition" site="Bani Hasan" date=2018-09-22..2018-09-23 basis=EXPERIENCED incident=ye-abs-20180922-bani-hassan-well
@@claim c4 harm=INJURED min=31 max=null weapon=MISSILE actor="Saudi-led coalition" site="Bani Hasan" date=2018-09-22..2018-09-23 basis=WITNESSED incident=ye-abs-20180922-bani-hassan-well
@@claim c5 harm=DETAINED min=1 max=1 named="Hashem" actor="Houthis" site="Hajja" date=2019-01-01..2019-01-31 basis=WITNESSED incident=ye-hajjah-20190100-hashem-checkpoint-detention
