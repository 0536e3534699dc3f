WEBVTT

NOTE
Interview MM-LSH-717, recorded 12 December 2024 in Mae Sai, Thailand.
Burmese; captions from the interpreter's English voice-over.
Interviewer: Pieter de Waal. Interpreter: Ma Hnin Wai.

1
00:00:02.000 --> 00:00:06.000
<v Interviewer>Please tell us your name and what you did in [[Lashio|PLACE]].

2
00:00:06.800 --> 00:00:13.500
<v Ko Min Khant>[[Ko Min Khant|PERSON]]. I drove a motorbike taxi, and I am a volunteer
with the free funeral service, we carry the dead and the wounded.

3
00:00:14.200 --> 00:00:18.000
<v Interviewer>You were there when the market was bombed in [[September|DATE:2024-09-01..2024-09-30]]?

4
00:00:18.800 --> 00:00:25.500
<v Ko Min Khant>Yes. It was [[the first week of September|DATE:2024-09-01..2024-09-07]].
[[Friday|DATE:2024-09-06]], I think, [[the 6th|DATE:2024-09-06]]. I am not so good with dates.

5
00:00:26.200 --> 00:00:32.000
<v Ko Min Khant>In [[the morning|DATE:2024-09-06]]. Two [[jets|WEAPON:AIRSTRIKE]] came, [[the Yak|WEAPON:AIRSTRIKE]],
we know the sound. Four [[bombs|WEAPON:AIRSTRIKE]], near the [[Myoma|PLACE:Myoma market]], on the street side.

6
00:00:32.800 --> 00:00:39.000
<v Ko Min Khant>{{c1|We carried twenty-three bodies [[that day|DATE:2024-09-06]] to the hospital.
I counted, because we write it in the book.}}

7
00:00:39.800 --> 00:00:46.500
<v Ko Min Khant>{{c1|The monk from the small monastery, [[U Zawtika|PERSON]],
and the mohinga seller, [[Daw Khin Htay|PERSON]], I knew them.}}

8
00:00:47.200 --> 00:00:52.000
<v Interpreter>Mohinga is the fish noodle soup people eat in the morning.

9
00:00:52.800 --> 00:00:58.500
<v Ko Min Khant>{{c2|And the wounded, dozens, I cannot count,
all the motorbikes were carrying wounded.}}

10
00:00:59.200 --> 00:01:04.000
<v Interviewer>Another witness told us eleven were killed, on [[the Sunday|DATE:2024-09-08]].

11
00:01:04.800 --> 00:01:11.500
<v Ko Min Khant>Eleven, maybe she saw in one place.
We took from three streets. I say what is in our book.

12
00:01:12.200 --> 00:01:15.000
<v Interviewer>Did anything else happen while you were working?

13
00:01:15.800 --> 00:01:22.500
<v Ko Min Khant>{{c3|[[The jet|WEAPON:AIRSTRIKE]] came back, maybe twenty minutes after,
and dropped one more [[bomb|WEAPON:AIRSTRIKE]] where we were collecting.}}

14
00:01:23.200 --> 00:01:29.000
<v Ko Min Khant>{{c3|Two of our team were hurt, [[Ko Aung Paing|PERSON]] in the back,
and [[Thiha|PERSON]] in the ear, he cannot hear now on one side.}}

15
00:01:29.800 --> 00:01:33.500
<v Interviewer>Who do you think did this?

16
00:01:34.300 --> 00:01:40.000
<v Ko Min Khant>Only [[the military|ACTOR:Tatmadaw]] has [[jets|WEAPON:AIRSTRIKE]]. [[The Kokang army|ACTOR:MNDAA]] has no [[planes|WEAPON:AIRSTRIKE]].
That is simple.

17
00:01:40.800 --> 00:01:45.500
<v Interviewer>Were there [[MNDAA|ACTOR:MNDAA]] fighters near the market?

18
00:01:46.300 --> 00:01:53.000
<v Ko Min Khant>Not at the market. Sometimes they pass on the main road in trucks.
[[That morning|DATE:2024-09-06]] I did not see any. Only people shopping.

19
00:01:53.800 --> 00:01:58.000
<v Interviewer>Did something happen to your own family?

20
00:01:58.800 --> 00:02:05.500
<v Ko Min Khant>{{c4|My uncle, [[U Tin Maung Oo|PERSON]]. In [[2023|DATE:2023-01-01..2023-12-31]], near [[Kyaukme|PLACE]], on his farm,
he stepped on a [[landmine|WEAPON:LANDMINE]] and he died.}}

21
00:02:06.300 --> 00:02:12.000
<v Ko Min Khant>{{c4|My aunt says [[the soldiers|ACTOR:Tatmadaw]] put the [[mines|WEAPON:LANDMINE]]
when they camped there, in [[the rainy season|DATE:2023-06-01..2023-10-31]].}}

22
00:02:12.800 --> 00:02:18.000
<v Ko Min Khant>I was not there. I only went for the funeral.

23
00:02:18.800 --> 00:02:24.500
<v Interviewer>Why did you leave [[Lashio|PLACE]]?

24
00:02:25.300 --> 00:02:32.000
<v Ko Min Khant>{{c5|In [[November|DATE:2024-11-01..2024-11-30]] I left, with my wife [[Su Hlaing|PERSON]], because [[the junta|ACTOR:Tatmadaw]]
announced the conscription, and they call young men from the towns they still control.}}

25
00:02:32.800 --> 00:02:38.000
<v Ko Min Khant>If I go back to a place of [[the junta|ACTOR:Tatmadaw]], they will take me to the army.
So I am here. My book is with [[Ko Aung Paing|PERSON]] now, and our leader, [[Ko Nay Lin|PERSON]].
@@witness mm-lashio-ko-min-khant
@@claim c1 harm=KILLED min=23 max=23 named="U Zawtika; Daw Khin Htay" weapon=AIRSTRIKE actor=Tatmadaw site="Myoma" date=2024-09-06 basis=WITNESSED incident=mm-lashio-20240908-myoma-market-airstrike
@@claim c2 harm=INJURED min=24 max=null weapon=AIRSTRIKE actor=Tatmadaw site="Myoma" date=2024-09-06 basis=WITNESSED incident=mm-lashio-20240908-myoma-market-airstrike
@@claim c3 harm=INJURED min=2 max=2 named="Ko Aung Paing; Thiha" weapon=AIRSTRIKE actor=Tatmadaw site="Myoma" date=2024-09-06 basis=WITNESSED incident=mm-lashio-20240908-myoma-market-airstrike
@@claim c4 harm=KILLED min=1 max=1 named="U Tin Maung Oo" weapon=LANDMINE actor=Tatmadaw site="Kyaukme" date=2023-01-01..2023-12-31 basis=HEARSAY incident=mm-kyaukme-20230000-tin-maung-oo-farm-mine
@@claim c5 harm=DISPLACED min=2 max=2 named="Su Hlaing" site="Lashio" date=2024-11-01..2024-11-30 basis=EXPERIENCED incident=mm-lashio-20241100-min-khant-flight-conscription
