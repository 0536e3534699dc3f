1
00:00:01,000 --> 00:00:05,400
INTERVIEWER: We are recording. Can you tell us
where you are from?

2
00:00:06,000 --> 00:00:11,800
WITNESS: From a village in [[Kani|PLACE]] township,
[[Sagaing|PLACE]] region. Near the [[Chindwin|PLACE]] river.

3
00:00:12,300 --> 00:00:16,000
I don't want to say the name of the village,
my relatives are still there.

4
00:00:16,500 --> 00:00:20,500
INTERVIEWER: That's fine. When did you
leave your house?

5
00:00:21,000 --> 00:00:27,600
WITNESS: In [[December 2022|DATE:2022-12-01..2022-12-31]]. [[The soldiers|ACTOR:Tatmadaw]] came to the village,
a column, maybe one hundred.

6
00:00:28,000 --> 00:00:33,500
They said the village is feeding the [[PDF|ACTOR:People's Defence Force]].
We ran to the forest before they came in.

7
00:00:34,000 --> 00:00:40,000
{{c1|When we came back [[after three days|DATE]], they had burned our house and many houses, more than eighty.}}

8
00:00:40,500 --> 00:00:46,800
{{c2|And my husband, [[Ko Min Thu|PERSON]], he stayed to watch the cows and they took him.}}
{{c6|Since [[that day|DATE]] we don't know.}}

9
00:00:47,300 --> 00:00:51,000
INTERVIEWER: Have you heard anything
about him since?

10
00:00:51,500 --> 00:00:57,000
WITNESS: Nothing. Not in the prison of [[Monywa|PLACE]],
my brother [[Ko Aung Zaw|PERSON]] asked. Nothing. [crying]

11
00:00:59,000 --> 00:01:03,500
INTERVIEWER: We can stop. Take the time you need.

12
00:01:05,000 --> 00:01:11,000
WITNESS: It's okay. After that we went to the monastery,
[[Thiri Mingalar monastery|PLACE]], near [[Kanni|PLACE:Kani]] town.

13
00:01:11,500 --> 00:01:16,800
Many families were there, from six, seven villages.
The abbot, [[U Kovida|PERSON]], he let everybody stay.

14
00:01:17,300 --> 00:01:21,000
- How many people were in the monastery?
- Maybe three hundred.

15
00:01:21,500 --> 00:01:25,000
INTERVIEWER: And then the attack you told us about.
When was it?

16
00:01:25,500 --> 00:01:31,400
WITNESS: [[The 15th of February|DATE:2023-02-15]].
I remember because my daughter's birthday is [[the 14th|DATE:2023-02-14]],

17
00:01:31,800 --> 00:01:36,000
and we made a small cake in the monastery kitchen
[[the day before|DATE:2023-02-14]].

18
00:01:36,500 --> 00:01:42,600
[[Around eleven in the morning|DATE:2023-02-15]] we heard [[the jets|WEAPON:AIRSTRIKE]].
Two [[jets|WEAPON:AIRSTRIKE]], very low, from the side of [[Monywa|PLACE]].

19
00:01:43,000 --> 00:01:47,600
They dropped two [[bombs|WEAPON:AIRSTRIKE]]. One on the rest house
of the monastery, where the women were cooking.

20
00:01:48,000 --> 00:01:51,300
The other one in the field, it did not explode.

21
00:01:51,800 --> 00:01:58,000
{{c3|Nine people died, four of them children, and my daughter [[Su Myat|PERSON]], seven years, [[one day after her birthday|DATE:2023-02-15]].}}

22
00:01:58,500 --> 00:02:03,000
[crying]

23
00:02:06,000 --> 00:02:12,000
{{c3|Also [[Daw Mya Win|PERSON]], the cook, and her grandson [[Maung Thura|PERSON]], I saw them, they were next to the fire.}}

24
00:02:12,500 --> 00:02:18,000
{{c4|Many people were wounded, twenty, maybe more, my own leg, here, from the pieces.}}

25
00:02:18,500 --> 00:02:22,000
INTERVIEWER: Were there any fighters
in the monastery, or near it?

26
00:02:22,500 --> 00:02:29,000
WITNESS: No. No [[PDF|ACTOR:People's Defence Force]], no [[guns|WEAPON:SMALL_ARMS]], nothing.
Only families, old people, monks.

27
00:02:29,500 --> 00:02:34,600
The [[PDF|ACTOR:People's Defence Force]] was in the forest, far, not in the monastery.
The abbot did not allow [[guns|WEAPON:SMALL_ARMS]] inside.

28
00:02:35,000 --> 00:02:39,000
INTERVIEWER: Did anything else happen
after the [[bombs|WEAPON:AIRSTRIKE]]?

29
00:02:39,500 --> 00:02:45,000
WITNESS: [[After maybe one hour|DATE]] a helicopter came.
It did not shoot, it only went around.

30
00:02:45,400 --> 00:02:51,000
People say it came to look. We all ran
to the forest again, with the wounded.

31
00:02:51,500 --> 00:02:56,000
INTERVIEWER: Who do you think sent [[the planes|WEAPON:AIRSTRIKE]]?

32
00:02:56,500 --> 00:03:02,400
WITNESS: Who else has [[planes|WEAPON:AIRSTRIKE]]? Only [[the military|ACTOR:Tatmadaw]].
The [[PDF|ACTOR:People's Defence Force]] has no [[planes|WEAPON:AIRSTRIKE]], only small [[drones|WEAPON:DRONE_STRIKE]].

33
00:03:02,800 --> 00:03:08,000
INTERVIEWER: Where are you living now?

34
00:03:08,500 --> 00:03:15,000
WITNESS: {{c5|We came to the border, to [[Tamu|PLACE]], and then across to [[Mizoram|PLACE]], me, my son [[Kyaw Htet|PERSON]], my mother [[Daw Hla Hla|PERSON]], three people only.}}

35
00:03:15,500 --> 00:03:21,000
My son asks every day about his sister
and about his father.

36
00:03:21,500 --> 00:03:26,000
I tell him, your father is working far.
I don't know what else to tell him.
@@witness mm-kani-daw-khin-sandar
@@claim c1 harm=PROPERTY_DAMAGE min=81 max=null actor=Tatmadaw site="Kani" date=2022-12-01..2022-12-31 basis=WITNESSED incident=mm-kani-20221200-village-burning
@@claim c2 harm=DETAINED min=1 max=1 named="Ko Min Thu" actor=Tatmadaw site="Kani" date=2022-12-01..2022-12-31 basis=HEARSAY incident=mm-kani-20221200-village-burning
@@claim c3 harm=KILLED min=9 max=9 named="Su Myat; Daw Mya Win; Maung Thura" weapon=AIRSTRIKE actor=Tatmadaw site="Thiri Mingalar monastery" date=2023-02-15 basis=WITNESSED incident=mm-kani-20230215-monastery
@@claim c4 harm=INJURED min=20 max=null weapon=AIRSTRIKE actor=Tatmadaw site="Thiri Mingalar monastery" date=2023-02-15 basis=EXPERIENCED incident=mm-kani-20230215-monastery
@@claim c5 harm=DISPLACED min=3 max=3 named="Kyaw Htet; Daw Hla Hla" site="Kanni" basis=EXPERIENCED incident=mm-kani-20230215-monastery
@@claim c6 harm=MISSING min=1 max=1 named="Ko Min Thu" actor=Tatmadaw site="Kani" date=2022-12-01..2022-12-31 basis=WITNESSED incident=mm-kani-20221200-village-burning
