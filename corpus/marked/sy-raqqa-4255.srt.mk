1
00:00:01,000 --> 00:00:06,467
INTERVIEWER: Thank you for coming. Tell me your name
and where you lived in [[Raqqa|PLACE]].

2
00:00:07,167 --> 00:00:15,167
WITNESS: [[Aziza Mahmoud al-Obeid|PERSON]]. People call me [[Umm Hamoudi|PERSON]].
We lived in [[al-Mashlab|PLACE]], the east side, near the industrial area.

3
00:00:16,167 --> 00:00:19,967
INTERVIEWER: You stayed there in [[2017|DATE:2017-01-01..2017-12-31]], during the battle?

4
00:00:20,367 --> 00:00:27,700
WITNESS: Until [[the end of June|DATE:2017-06-21..2017-06-30]]. We had no money to pay the smugglers.
[[Daesh|ACTOR:Islamic State]] did not let anybody go out anyway.

5
00:00:28,400 --> 00:00:35,733
In [[Ramadan|DATE:2017-05-27..2017-06-25]] there was no water in the taps.
Everybody went to the well of [[Abu Dahham|PERSON]], in the yard of his house.

6
00:00:36,733 --> 00:00:39,333
INTERVIEWER: What happened at the well?

7
00:00:39,733 --> 00:00:47,000
WITNESS: It was [[the nineteenth day of Ramadan|DATE:2017-06-14]],
[[before the iftar|DATE:2017-06-14]], the hour when everybody fills the jerrycans.

8
00:00:47,700 --> 00:00:53,367
{{c1|The [[shells|WEAPON:ARTILLERY]] came, three, one after the other,
from the side of the [[SDF|ACTOR:Syrian Democratic Forces]], from the east.}}

9
00:00:54,367 --> 00:00:59,633
{{c1|My son [[Hamoudi|PERSON]], [[Mohammed|PERSON]], he was eleven,
he was in the line with two jerrycans.}}

10
00:01:00,033 --> 00:01:02,533
[crying]

11
00:01:03,233 --> 00:01:05,733
INTERVIEWER: Take your time.

12
00:01:06,733 --> 00:01:13,200
WITNESS: {{c1|We lost [[Hamoudi|PERSON]] there. I did not see him fall.
I was in the house, I heard it and I ran.}}

13
00:01:13,600 --> 00:01:20,667
{{c1|There were six dead on the ground when I came,
six, with [[Abu Dahham|PERSON]]'s wife and two boys of the neighbours.}}

14
00:01:21,367 --> 00:01:29,367
{{c2|My sister [[Jamila|PERSON]], her legs were full of pieces.
They took out the pieces in a house, by a nurse, with a knife heated on the gas.}}

15
00:01:30,367 --> 00:01:34,967
- Did anybody tell you who fired?
- Everybody said the [[SDF|ACTOR:Syrian Democratic Forces]] [[artillery|WEAPON:ARTILLERY]].

16
00:01:35,367 --> 00:01:42,300
Some people said it was [[the planes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:US-led coalition]].
I heard no plane. I heard the whistle, like [[shells|WEAPON:ARTILLERY]].

17
00:01:43,000 --> 00:01:46,533
INTERVIEWER: Were there [[Daesh|ACTOR:Islamic State]] fighters near the well?

18
00:01:47,533 --> 00:01:54,067
WITNESS: No. Not at the well. Their position was far,
in the factories, maybe five hundred metres.

19
00:01:54,467 --> 00:02:01,867
{{c3|[[A week later|DATE:2017-06-21]], the well itself was hit, at [[night|DATE:2017-06-21]].
The pump, the wall of the yard, everything went into the hole.}}

20
00:02:02,567 --> 00:02:09,633
Nobody was at the well at night, so nobody died [[that time|DATE:2017-06-21]].
After that we drank from the [[Euphrates|PLACE]], boiled.

21
00:02:10,633 --> 00:02:13,433
INTERVIEWER: How did you leave [[al-Meshlab|PLACE:al-Mashlab]]?

22
00:02:13,833 --> 00:02:20,100
WITNESS: {{c4|We went out at [[night|DATE:2017-06-25..2017-06-30]], at [[the end of June|DATE:2017-06-25..2017-06-30]],
eight of us, to the river, to the [[SDF|ACTOR:Syrian Democratic Forces]] side.}}

23
00:02:20,800 --> 00:02:27,000
{{c5|On the way [[the drone|WEAPON:DRONE_STRIKE]] of [[Daesh|ACTOR:Islamic State]], the small one,
dropped something on the family in front of us.}}

24
00:02:28,000 --> 00:02:34,933
{{c5|A man and his daughter, from [[Deir ez-Zor|PLACE]], I did not know them.
The girl, her hand, there is no hand now.}}

25
00:02:35,333 --> 00:02:39,733
{{c5|The man, I don't know. They carried him. I don't know if he lived.}}

26
00:02:40,433 --> 00:02:44,433
- Were you hurt?
- No. Only my knees, from running. Nothing.

27
00:02:45,433 --> 00:02:50,367
{{c4|The [[SDF|ACTOR:Syrian Democratic Forces]] took us to the camp in [[Ain Issa|PLACE]].
We were in the tents four months.}}

28
00:02:50,767 --> 00:02:57,767
{{c7|My house in [[al-Mashlab|PLACE]], I went back in [[2018|DATE:2018-01-01..2018-12-31]].
The second floor is on the first floor. Nothing to take out.}}

29
00:02:58,467 --> 00:03:01,133
INTERVIEWER: And [[Jamila|PERSON]], how is she now?

30
00:03:02,133 --> 00:03:08,400
WITNESS: She walks. Slowly. One piece is still in her knee.
The doctor in [[Raqqa|PLACE]] says leave it.

31
00:03:08,800 --> 00:03:16,800
They say the city will be jamila again, beautiful.
[[Hamoudi|PERSON]] will not see it.
@@witness sy-raqqa-aziza-obeid
@@claim c1 harm=KILLED min=6 max=6 named="Hamoudi; Mohammed" weapon=ARTILLERY actor="Syrian Democratic Forces" site="al-Mashlab" date=2017-06-14 basis=WITNESSED incident=sy-raqqa-20170614-mashlab-well-queue-shelling
@@claim c2 harm=INJURED min=1 max=1 named="Jamila" weapon=ARTILLERY actor="Syrian Democratic Forces" site="al-Mashlab" date=2017-06-14 basis=WITNESSED incident=sy-raqqa-20170614-mashlab-well-queue-shelling
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null site="al-Mashlab" date=2017-06-21 basis=WITNESSED incident=sy-raqqa-20170621-mashlab-well-night-strike
@@claim c4 harm=DISPLACED min=8 max=8 site="al-Meshlab" date=2017-06-25..2017-06-30 basis=EXPERIENCED incident=sy-raqqa-20170600-obeid-family-flight
@@claim c5 harm=INJURED min=2 max=2 weapon=DRONE_STRIKE actor="Islamic State" date=2017-06-25..2017-06-30 basis=WITNESSED incident=sy-raqqa-20170600-river-path-daesh-drone
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="al-Mashlab" basis=WITNESSED incident=sy-raqqa-20170600-mashlab-obeid-house
