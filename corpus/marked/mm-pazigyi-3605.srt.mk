1
00:00:01,000 --> 00:00:04,600
INTERVIEWER: Can you say your name, please,
and where you are from?

2
00:00:05,200 --> 00:00:11,800
WITNESS: [[Ma Ei Phyu Sin|PERSON]]. From [[Pazigyi|PLACE]] village,
[[Kanbalu|PLACE]] township. I am twenty-nine.

3
00:00:12,400 --> 00:00:18,900
INTERPRETER: She writes it in three words, Pa Zi Gyi.
It is the same village, in [[Sagaing|PLACE]] region.

4
00:00:19,500 --> 00:00:23,800
INTERVIEWER: You were at the ceremony
in [[April|DATE:2023-04-01..2023-04-30]]?

5
00:00:24,300 --> 00:00:31,600
WITNESS: Yes. [[Before Thingyan|DATE:2023-04-11]], [[the 11th|DATE:2023-04-11]].
They were opening the new office of the village,

6
00:00:32,100 --> 00:00:38,400
the people's administration, with the [[PDF|ACTOR:People's Defence Force]] boys.
Many people came, from other villages also.

7
00:00:39,000 --> 00:00:44,700
I was selling mohinga and tea at the side,
with my aunt, [[Daw Tin Tin Nwe|PERSON]].

8
00:00:45,200 --> 00:00:49,000
INTERVIEWER: What time did the attack come?

9
00:00:49,600 --> 00:00:55,900
WITNESS: In [[the morning|DATE:2023-04-11]], [[about eight|DATE:2023-04-11]]. We heard [[the jet|WEAPON:AIRSTRIKE]].
Everybody looked up. Nobody had time.

10
00:00:56,500 --> 00:01:03,800
{{c1|[[The jet|WEAPON:AIRSTRIKE]] dropped two [[bombs|WEAPON:AIRSTRIKE]] right on the people
and on the new building, and the building was flattened, only the posts.}}

11
00:01:04,300 --> 00:01:09,000
- Where were you?
- Behind the tea stall, maybe fifty metres.

12
00:01:09,600 --> 00:01:17,200
{{c2|My aunt, [[Tin Tin Nwe|PERSON]], she was hit in the back,
in the shoulder, I pulled her to the ditch.}}

13
00:01:17,800 --> 00:01:24,900
{{c3|Then [[the helicopter|WEAPON:AIRSTRIKE]] came, [[after twenty minutes|DATE:2023-04-11]]
maybe, and shot at the people who came to help.}}

14
00:01:25,500 --> 00:01:31,200
{{c3|The boy [[Aung Kyaw Moe|PERSON]], sixteen, from our street,
he was shot there by [[the helicopter|WEAPON:AIRSTRIKE]], I saw him.}}

15
00:01:31,800 --> 00:01:36,500
[crying]

16
00:01:37,100 --> 00:01:41,400
INTERVIEWER: Take your time. We can stop.

17
00:01:42,000 --> 00:01:49,800
WITNESS: {{c4|I saw the bodies in the field, many, I cannot say a number,
dozens, children also, pieces.}}

18
00:01:50,400 --> 00:01:57,600
{{c5|People say more than a hundred died there,
some say a hundred and seventy, I do not know.}}

19
00:01:58,200 --> 00:02:04,100
INTERVIEWER: Who do you think carried out
the attack?

20
00:02:04,700 --> 00:02:11,300
WITNESS: Only [[the military|ACTOR:Tatmadaw]] has planes.
The [[Sit-Tat|ACTOR:Tatmadaw]]. Who else?

21
00:02:11,900 --> 00:02:17,800
INTERVIEWER: Before [[that day|DATE:2023-04-11]], had the village
been attacked?

22
00:02:18,400 --> 00:02:25,600
WITNESS: [[The soldiers|ACTOR:Tatmadaw]] came in [[January|DATE:2022-01-01..2022-01-31]], [[last year|DATE:2022-01-01..2022-12-31]]...
no, [[the year before|DATE:2022-01-01..2022-12-31]], [[2022|DATE:2022-01-01..2022-12-31]]. They came on foot.

23
00:02:26,200 --> 00:02:33,900
{{c6|They pulled my husband [[Ko Nyein Chan Soe|PERSON]] out of the house,
and three other men from the street, with their shirts over their heads.}}

24
00:02:34,500 --> 00:02:41,000
{{c7|They kept him in [[Kanbalu|PLACE]] in the police station
for five weeks. He came out with a broken tooth.}}

25
00:02:41,600 --> 00:02:48,900
- And the other men?
- {{c8|One, [[U Myo Naing|PERSON]], never came back. His wife still waits.}}

26
00:02:49,500 --> 00:02:57,000
My father they wanted to take also,
but the monk from our monastery stood in the door and they left him.

27
00:02:57,600 --> 00:03:02,800
INTERVIEWER: Was the village burned
at that time?

28
00:03:03,400 --> 00:03:10,700
WITNESS: No, not that time. They did not burn [[Pazigyi|PLACE]] then.
Only they broke the doors and took the rice and the chickens.

29
00:03:11,300 --> 00:03:15,800
INTERVIEWER: And after the [[air strike|WEAPON:AIRSTRIKE]], what did you do?

30
00:03:16,400 --> 00:03:24,000
WITNESS: {{c9|We left [[the same night|DATE:2023-04-11]], all the families of our street,
maybe sixty people, we went to the forest near [[Kyauk Myet|PLACE]].}}

31
00:03:24,600 --> 00:03:31,300
Now I am in [[Mizoram|PLACE]]... no, [[Tamu|PLACE]] side.
My aunt is still in the forest camp with her shoulder.

32
00:03:31,900 --> 00:03:35,800
INTERVIEWER: Is it safe in the forest camp?

33
00:03:36,400 --> 00:03:44,100
WITNESS: Not so safe. In the rains, in [[August|DATE:2023-08-01..2023-08-31]], a man from [[Kyauk Myet|PLACE]],
[[Ko Thet Paing Oo|PERSON]], went to cut bamboo on the path to the stream.

34
00:03:44,700 --> 00:03:52,500
{{c10|He stepped on a [[mine|WEAPON:LANDMINE]] and lost his leg under the knee,
my cousin [[Zin Mar|PERSON]] helped to carry him on a bamboo stretcher.}}

35
00:03:53,100 --> 00:03:57,200
- Who put the [[mine|WEAPON:LANDMINE]] there?
- People say [[the soldiers|ACTOR:Tatmadaw]],

36
00:03:57,800 --> 00:04:04,600
when they passed on that path in [[June|DATE:2023-06-01..2023-06-30]]. But nobody saw them put it.
Before [[June|DATE:2023-06-01..2023-06-30]] there was no [[mine|WEAPON:LANDMINE]] there, we walked there every day.

37
00:04:05,200 --> 00:04:12,000
INTERVIEWER: Did you hear of other attacks
near [[Kanbalu|PLACE]] after you left?

38
00:04:12,600 --> 00:04:20,700
WITNESS: {{c11|My cousin said on the phone that [[the jets|WEAPON:AIRSTRIKE]] came again in [[October|DATE:2023-10-01..2023-10-31]],
to [[Kyauk Myet|PLACE]], and the monastery school there, half of it fell down.}}

39
00:04:21,300 --> 00:04:26,000
Nobody was inside, it was a holiday,
the children were in the fields.

40
00:04:26,600 --> 00:04:30,800
INTERVIEWER: Thank you, [[Ei Phyu Sin|PERSON]].

41
00:04:31,400 --> 00:04:37,000
WITNESS: Please write the name [[Aung Kyaw Moe|PERSON]].
He was only sixteen.
@@witness mm-pazigyi-ei-phyu-sin
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor=Tatmadaw site="Pazigyi" date=2023-04-11 basis=WITNESSED incident=mm-pazigyi-20230411-office-opening-airstrike
@@claim c2 harm=INJURED min=1 max=1 named="Tin Tin Nwe" weapon=AIRSTRIKE actor=Tatmadaw site="Pazigyi" date=2023-04-11 basis=WITNESSED incident=mm-pazigyi-20230411-office-opening-airstrike
@@claim c3 harm=KILLED min=1 max=1 named="Aung Kyaw Moe" weapon=AIRSTRIKE actor=Tatmadaw site="Pazigyi" date=2023-04-11 basis=WITNESSED incident=mm-pazigyi-20230411-office-opening-airstrike
@@claim c4 harm=KILLED min=24 max=null weapon=AIRSTRIKE actor=Tatmadaw site="Pazigyi" date=2023-04-11 basis=WITNESSED incident=mm-pazigyi-20230411-office-opening-airstrike
@@claim c5 harm=KILLED min=101 max=null weapon=AIRSTRIKE actor=Tatmadaw site="Pazigyi" date=2023-04-11 basis=HEARSAY incident=mm-pazigyi-20230411-office-opening-airstrike
@@claim c6 harm=DETAINED min=4 max=4 named="Ko Nyein Chan Soe" actor=Tatmadaw site="Pazigyi" date=2022-01-01..2022-01-31 basis=WITNESSED incident=mm-pazigyi-20220100-soe-paing-street-arrests
@@claim c7 harm=DETAINED min=1 max=1 named="Ko Nyein Chan Soe" actor=Tatmadaw site="Kanbalu" date=2022-01-01..2022-03-10 basis=EXPERIENCED incident=mm-pazigyi-20220100-soe-paing-street-arrests
@@claim c8 harm=MISSING min=1 max=1 named="U Myo Naing" actor=Tatmadaw site="Pazigyi" date=2022-01-01..2022-01-31 basis=HEARSAY incident=mm-pazigyi-20220100-soe-paing-street-arrests
@@claim c9 harm=DISPLACED min=60 max=60 site="Pazigyi" date=2023-04-11 basis=EXPERIENCED incident=mm-pazigyi-20230411-office-opening-airstrike
@@claim c10 harm=INJURED min=1 max=1 named="Ko Thet Paing Oo" weapon=LANDMINE site="Kyauk Myet" date=2023-08-01..2023-08-31 basis=HEARSAY incident=mm-kanbalu-20230800-kyauk-myet-bamboo-path-mine
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor=Tatmadaw site="Kyauk Myet" date=2023-10-01..2023-10-31 basis=HEARSAY incident=mm-kanbalu-20231000-kyauk-myet-monastery-school-jets
