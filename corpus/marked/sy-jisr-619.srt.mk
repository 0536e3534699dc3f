1
00:00:00,900 --> 00:00:04,300
INTERVIEWER: Let's begin. Your name,
and the town you are from.

2
00:00:04,900 --> 00:00:10,600
WITNESS: [[Qais Shaaban|PERSON]]. From [[Jisr al-Shughur|PLACE]].
We say only "[[al-Jisr|PLACE:Jisr al-Shughur]]", the bridge.

3
00:00:11,100 --> 00:00:16,000
I sold vegetables with my father
in the market, near the old bridge, for twelve years.

4
00:00:16,500 --> 00:00:20,200
INTERVIEWER: What happened at the market
in [[the summer of 2019|DATE:2019-06-01..2019-08-31]]?

5
00:00:20,800 --> 00:00:27,500
WITNESS: It was [[the Monday|DATE:2019-07-22]], [[the 22nd of July|DATE:2019-07-22]].
In [[the morning|DATE:2019-07-22]], at [[nine|DATE:2019-07-22]], the market was full.

6
00:00:28,000 --> 00:00:33,800
The observers said on the walkie-talkie, [[Russian|ACTOR:Russian forces]] [[plane|WEAPON:AIRSTRIKE]],
take cover. Nobody takes cover, where do you go?

7
00:00:34,300 --> 00:00:39,000
Then the [[air strike|WEAPON:AIRSTRIKE]]. Two [[rockets|WEAPON:ROCKET]] from [[the plane|WEAPON:AIRSTRIKE]],
one at the end of the market, one in the middle.

8
00:00:39,500 --> 00:00:45,200
{{c1|My father, [[Abu Qais|PERSON]], his name is [[Marwan Shaaban|PERSON]],
he was hit in the legs and the stomach.}}

9
00:00:45,700 --> 00:00:49,500
{{c1|He lived. He walks with a stick now.}}

10
00:00:50,000 --> 00:00:56,000
- And the other people in the market?
- {{c2|Six dead. I saw six. Maybe more later.}}

11
00:00:56,500 --> 00:01:02,000
{{c2|The man who sold watermelons next to us,
[[Abu Jumaa|PERSON]], and his nephew [[Wajd|PERSON]].}}

12
00:01:02,500 --> 00:01:07,800
{{c3|And the shops, the whole line of shops
on the river side, the roofs came down.}}

13
00:01:08,300 --> 00:01:12,000
INTERVIEWER: Were there any fighters at the market?

14
00:01:12,500 --> 00:01:18,000
WITNESS: No. There was no military there [[that day|DATE]].
[[The factions|ACTOR:Syrian armed opposition]] have their places outside the town, on the hills.

15
00:01:18,500 --> 00:01:24,000
INTERVIEWER: You told me your cousin
was with one of [[the factions|ACTOR:Syrian armed opposition]].

16
00:01:24,500 --> 00:01:30,000
WITNESS: Yes, [[Hudhayfa|PERSON]]. He was on the front of [[Kabani|PLACE]],
in the mountains of [[Latakia|PLACE]], in [[May|DATE:2019-05-01..2019-05-31]].

17
00:01:30,500 --> 00:01:37,000
{{c4|He told me [[the regime|ACTOR:Syrian government forces]] fired [[shells|WEAPON:ARTILLERY]] with [[chlorine|WEAPON:CHEMICAL]]
on their positions. On [[a Sunday morning|DATE:2019-05-19]], [[the 19th|DATE:2019-05-19]], I think.}}

18
00:01:37,500 --> 00:01:43,000
{{c4|Four of his group could not breathe,
they were coughing, their eyes red. He also.}}

19
00:01:43,500 --> 00:01:48,000
INTERPRETER: He says "kimawi", chemical,
and then "chlorine", in English.

20
00:01:48,500 --> 00:01:52,500
WITNESS: I did not see it, I only tell you
what [[Hudhayfa|PERSON]] said.

21
00:01:53,000 --> 00:01:58,000
INTERVIEWER: What about the villages
near [[Jisr al-Shughour|PLACE:Jisr al-Shughur]]?

22
00:01:58,500 --> 00:02:04,500
WITNESS: The [[hawn|WEAPON:MORTAR]]. Every day the [[hawn|WEAPON:MORTAR]]
from the positions of [[the army|ACTOR:Syrian government forces]] in the plain.

23
00:02:05,000 --> 00:02:10,500
{{c5|In [[Ishtabraq|PLACE]], in [[August|DATE:2019-08-01..2019-08-31]], a [[mortar|WEAPON:MORTAR]] fell
in the yard of my aunt, [[Umm Wajih|PERSON]].}}

24
00:02:11,000 --> 00:02:16,000
{{c5|Her two girls were injured, [[Duha|PERSON]] and [[Asil|PERSON]],
small pieces in the arms and the face, my aunt told me.}}

25
00:02:16,500 --> 00:02:21,000
INTERVIEWER: Where do you live now?

26
00:02:21,500 --> 00:02:27,500
WITNESS: {{c6|We left [[al-Jisr|PLACE:Jisr al-Shughur]] [[after the market|DATE]],
in [[August|DATE:2019-08-01..2019-08-31]], eight of us with my mother [[Umm Qais|PERSON]], to [[Harem|PLACE]].}}

27
00:02:28,000 --> 00:02:33,000
Our shop, my father still pays the rent.
He says one day we go back.
@@claim c1 harm=INJURED min=1 max=1 named="Marwan Shaaban" weapon=ROCKET actor="Russian forces" site="Jisr al-Shughur" date=2019-07-22 basis=WITNESSED incident=sy-jisralshughur-20190722-vegetable-market
@@claim c2 harm=KILLED min=6 max=6 named="Abu Jumaa; Wajd" weapon=ROCKET actor="Russian forces" site="Jisr al-Shughur" date=2019-07-22 basis=WITNESSED incident=sy-jisralshughur-20190722-vegetable-market
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Russian forces" site="Jisr al-Shughur" date=2019-07-22 basis=WITNESSED incident=sy-jisralshughur-20190722-vegetable-market
@@claim c4 harm=INJURED min=5 max=5 named="Hudhayfa" weapon=CHEMICAL actor="Syrian government forces" site="Kabani" date=2019-05-19 basis=HEARSAY incident=sy-kabani-20190519-front-chlorine
@@claim c5 harm=INJURED min=2 max=2 named="Duha; Asil" weapon=MORTAR actor="Syrian government forces" site="Ishtabraq" date=2019-08-01..2019-08-31 basis=HEARSAY incident=sy-ishtabraq-20190800-umm-wajih-yard-mortar
@@claim c6 harm=DISPLACED min=8 max=8 site="al-Jisr" date=2019-08-01..2019-08-31 basis=EXPERIENCED incident=sy-jisralshughur-20190800-shaaban-family-flight
@@witness sy-jisr-qais-shaaban
