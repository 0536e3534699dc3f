1
00:00:01,000 --> 00:00:04,200
INTERVIEWER: Can you say your name, and where you are from?

2
00:00:04,900 --> 00:00:09,800
WITNESS: My name is [[Daw Hla Hla Win|PERSON]]. I am from [[Apauk Wa|PLACE]] village,
in [[Kyauktaw|PLACE]] township.

3
00:00:10,300 --> 00:00:14,000
INTERVIEWER: And you are now in [[Sittwe|PLACE]]?

4
00:00:14,500 --> 00:00:19,600
WITNESS: No, no. We are near [[Mrauk-U|PLACE]], with my husband's sister. Not in [[Sittwe|PLACE]].

5
00:00:20,200 --> 00:00:24,000
INTERVIEWER: What happened in your village?

6
00:00:24,800 --> 00:00:30,100
WITNESS: It was in [[March|DATE:2024-03-01..2024-03-31]], in the hot time, eh,
I think [[the 18th|DATE:2024-03-18]]. It was a market day.

7
00:00:30,600 --> 00:00:35,900
Our village has market every five days,
people come from the other villages by boat.

8
00:00:36,400 --> 00:00:42,000
{{c1|In [[the morning|DATE:2024-03-18]], maybe [[nine o'clock|DATE:2024-03-18]], [[the jet|WEAPON:AIRSTRIKE]] came and dropped two [[bombs|WEAPON:AIRSTRIKE]] on the market.}}

9
00:00:42,600 --> 00:00:46,800
I was selling dried fish. I was maybe fifty steps from there.

10
00:00:47,300 --> 00:00:52,000
{{c2|I fell down and my arm was broken, this arm.}}
It is still not straight.

11
00:00:52,700 --> 00:00:56,200
INTERVIEWER: Do you know who sent [[the jet|WEAPON:AIRSTRIKE]]?

12
00:00:56,800 --> 00:01:02,400
WITNESS: Only [[the military|ACTOR:Tatmadaw]] has jets. [[The Arakan Army|ACTOR:Arakan Army]] has no jets.
- Everybody knows.

13
00:01:03,000 --> 00:01:06,500
INTERVIEWER: Were there soldiers of the [[AA|ACTOR:Arakan Army]] at the market?

14
00:01:07,100 --> 00:01:13,000
WITNESS: Some [[AA|ACTOR:Arakan Army]] boys came to buy food sometimes,
but [[that morning|DATE:2024-03-18]] I did not see them. Only villagers.

15
00:01:13,600 --> 00:01:17,000
INTERVIEWER: What did you see after the [[bombs|WEAPON:AIRSTRIKE]]?

16
00:01:17,500 --> 00:01:24,000
WITNESS: {{c3|There were bodies everywhere. I saw [[Ma Thida|PERSON]], she sold vegetables next to me, she was dead.}}

17
00:01:24,600 --> 00:01:30,300
{{c4|Her daughter [[Aye Aye|PERSON]], who was nine, also dead.}}
[crying]

18
00:01:31,000 --> 00:01:34,000
INTERVIEWER: Take your time.

19
00:01:38,000 --> 00:01:44,500
WITNESS: {{c5|My neighbour [[U Maung Tin|PERSON]], sixty-two, he was dead.
The monk counted later, he said twenty-three people died.}}

20
00:01:45,000 --> 00:01:50,200
{{c6|Many, many injured, more than forty I think.}}
They took them by boat, because the road was closed.

21
00:01:50,800 --> 00:01:55,000
INTERVIEWER: Closed by whom?

22
00:01:55,600 --> 00:02:02,000
WITNESS: The [[Kyauk Taw|PLACE:Kyauktaw]] road, the bridge was broken
before, in the fighting, in [[January|DATE:2024-01-01..2024-01-31]].

23
00:02:02,600 --> 00:02:06,800
INTERVIEWER: Was anything else damaged at the market?

24
00:02:07,300 --> 00:02:13,900
WITNESS: {{c1|The market roof was finished, and three houses near the market burned,
and the small [[Sandi Marlar monastery|PLACE]] school lost its roof.}}

25
00:02:14,500 --> 00:02:19,000
INTERVIEWER: When did you leave [[Apauk Wa|PLACE]]?

26
00:02:19,700 --> 00:02:25,200
WITNESS: {{c8|[[Two days after|DATE:2024-03-20]], all the village left, nearly everybody.}}

27
00:02:25,700 --> 00:02:30,000
We were afraid [[the jet|WEAPON:AIRSTRIKE]] will come again.
- It came again?

28
00:02:30,600 --> 00:02:36,000
- Not to our village, no. Our village was not bombed again.
I heard it bombed another place, I don't know where.

29
00:02:36,600 --> 00:02:40,200
INTERVIEWER: Has your family lost anyone else in this war?

30
00:02:40,800 --> 00:02:47,600
WITNESS: {{c9|My son [[Ko Zaw Lin Oo|PERSON]] was taken by [[the soldiers|ACTOR:Tatmadaw]]
in [[Sittwe|PLACE]], [[last year|DATE:2023-01-01..2023-12-31]], at the checkpoint.}}

31
00:02:48,200 --> 00:02:54,000
{{c10|We do not know where he is. We asked, nobody tells.}}
He was working as a driver.

32
00:02:54,500 --> 00:02:59,300
INTERVIEWER: [[The soldiers|ACTOR:Tatmadaw]], you mean the [[Tatmadaw|ACTOR:Tatmadaw]]?

33
00:02:59,900 --> 00:03:04,000
WITNESS: Yes, [[the army|ACTOR:Tatmadaw]], [[the Burmese soldiers|ACTOR:Tatmadaw]].
They said he helps the [[AA|ACTOR:Arakan Army]].

34
00:03:04,600 --> 00:03:09,400
He does not help anybody. He drives rice.
[pause]

35
00:03:10,000 --> 00:03:16,000
WITNESS: And my husband's brother, [[Maung Kyaw Hla|PERSON]], in the big fighting
[[last November|DATE:2023-11-01..2023-11-30]], he was shot.

36
00:03:16,600 --> 00:03:21,400
{{c11|A [[sniper|WEAPON:SMALL_ARMS]] from the police station hill shot him in the leg, he lives.}}

37
00:03:22,000 --> 00:03:26,000
INTERVIEWER: Going back to the market. Who helped the injured people?

38
00:03:26,600 --> 00:03:33,000
WITNESS: The young men from the village, and the boatmen.
My cousin [[Tun Tun|PERSON]] has a boat, he took six or seven people

39
00:03:33,600 --> 00:03:39,000
down the river to [[Kyauktaw|PLACE]] town, to the clinic there.
It takes maybe two hours. {{c13|Some died on the boat, he told me.}}

40
00:03:39,600 --> 00:03:44,000
INTERVIEWER: Do you know their names?

41
00:03:44,600 --> 00:03:50,200
WITNESS: {{c12|One was a boy, [[Nyi Nyi|PERSON]], about twelve, he died on the boat, my cousin said.}}
The other I don't know, a man from the other side of the river.

42
00:03:50,800 --> 00:03:54,000
INTERVIEWER: Is there anything else you want to tell us?

43
00:03:54,600 --> 00:04:00,000
WITNESS: Please tell the world. Market is not a military place.
Old women, children. That is all.

44
00:04:00,500 --> 00:04:03,000
INTERVIEWER: Thank you, [[Daw Hla Hla Win|PERSON]].
@@witness mm-kyauktaw-hla-hla-win
@@claim c1 harm=PROPERTY_DAMAGE min=3 max=3 weapon=AIRSTRIKE site="Apauk Wa" date=2024-03-18 basis=WITNESSED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c2 harm=INJURED min=1 max=1 site="Apauk Wa" date=2024-03-18 basis=EXPERIENCED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c3 harm=KILLED min=1 max=1 named="Ma Thida" site="Apauk Wa" date=2024-03-18 basis=WITNESSED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c4 harm=KILLED min=1 max=1 named="Aye Aye" site="Apauk Wa" date=2024-03-18 basis=WITNESSED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c5 harm=KILLED min=23 max=23 named="U Maung Tin" site="Apauk Wa" date=2024-03-18 basis=HEARSAY incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c6 harm=INJURED min=41 max=null site="Apauk Wa" date=2024-03-18 basis=WITNESSED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c8 harm=DISPLACED min=null max=null site="Apauk Wa" date=2024-03-20 basis=EXPERIENCED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c9 harm=DETAINED min=1 max=1 named="Ko Zaw Lin Oo" actor="Tatmadaw" site="Sittwe" date=2023-01-01..2023-12-31 basis=HEARSAY incident=mm-sittwe-20230000-checkpoint-driver
@@claim c10 harm=MISSING min=1 max=1 actor="Tatmadaw" site="Sittwe" date=2023-01-01..2023-12-31 basis=EXPERIENCED incident=mm-sittwe-20230000-checkpoint-driver
@@claim c11 harm=INJURED min=1 max=1 named="Maung Kyaw Hla" weapon=SMALL_ARMS date=2023-11-01..2023-11-30 basis=HEARSAY incident=mm-kyauktaw-20231100-hill-sniper
@@claim c12 harm=KILLED min=1 max=1 named="Nyi Nyi" weapon=AIRSTRIKE site="Apauk Wa" date=2024-03-18 basis=HEARSAY incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c13 harm=KILLED min=null max=null weapon=AIRSTRIKE site="Apauk Wa" date=2024-03-18 basis=HEARSAY incident=mm-kyauktaw-20240318-apaukwa-market
