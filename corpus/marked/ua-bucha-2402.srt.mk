1
00:00:01,000 --> 00:00:08,327
INTERVIEWER: This is the interview with
[[Petro Kovalenko|PERSON]], in [[Bucha|PLACE]]. Please go ahead.

2
00:00:08,827 --> 00:00:17,700
WITNESS: Yes. [[Petro Ivanovych|PERSON]], seventy-four years.
I live on [[Vokzalnaya|PLACE:Vokzalna street]], number fourteen, since 1979.

3
00:00:18,200 --> 00:00:26,255
My wife died in [[2019|DATE:2019-01-01..2019-12-31]], so I was alone in the house
when it started, only the dog, Barsik.

4
00:00:26,755 --> 00:00:33,309
INTERVIEWER: Where were you
in [[the first days of March|DATE:2022-03-01..2022-03-05]]?

5
00:00:33,809 --> 00:00:41,455
WITNESS: In the cellar of the neighbours,
the [[Kravets|PERSON]] family, [[Halya|PERSON]] and [[Kolya|PERSON]].

6
00:00:41,955 --> 00:00:48,418
They have a good cellar, concrete.
Mine is only for potatoes, you cannot stand in it.

7
00:00:48,918 --> 00:00:59,109
{{c1|The [[shell|WEAPON:ARTILLERY]] hit their roof, on [[the 2nd or the 3rd|DATE:2022-03-02..2022-03-03]],
I was in the yard with the dog and I saw the roof fold in.}}

8
00:00:59,609 --> 00:01:07,164
{{c2|The tiles, no, slate, the slate flew like birds.
And my own windows on that side, all of them came in.}}

9
00:01:07,664 --> 00:01:13,718
Nobody was hurt, thank God, we were
all in the cellar except me and the dog.

10
00:01:14,218 --> 00:01:21,682
INTERVIEWER: And [[the soldiers|ACTOR:Russian armed forces in Ukraine]],
when did they come to your street?

11
00:01:22,182 --> 00:01:31,282
WITNESS: [[The fifth|DATE:2022-03-05]]. [[The 5th|DATE:2022-03-05]], [[Saturday|DATE:2022-03-05]].
I remember because Saturday I take the bath.

12
00:01:31,782 --> 00:01:39,791
[[Halya|PERSON]] says [[Friday|DATE:2022-03-04]], maybe she is right,
at my age the days in the cellar are all one day.

13
00:01:40,291 --> 00:01:50,709
[[The Russians|ACTOR:Russian armed forces in Ukraine]] came with two [[BMPs|WEAPON:ARTILLERY]]
and they fired the [[big gun|WEAPON:ARTILLERY]] into the house on the corner.

14
00:01:51,209 --> 00:01:59,082
{{c3|The house of [[Lysenko|PERSON]] on the corner,
they fired into it and the upstairs was burning all afternoon.}}

15
00:01:59,582 --> 00:02:06,364
Then they went into every yard.
They called us out of the cellar with a grenade in the hand.

16
00:02:06,864 --> 00:02:14,509
{{c4|They took [[Kolya|PERSON]], and the young one, [[Denys|PERSON]],
and [[Vasyl Moroz|PERSON]] and his son.}}

17
00:02:15,009 --> 00:02:23,382
{{c5|And also a man I did not know, from [[Ostrovskoho|PLACE:Ostrovskoho street]],
he was hiding with us. Five men they took.}}

18
00:02:23,882 --> 00:02:28,164
INTERVIEWER: What did they do to you?

19
00:02:28,664 --> 00:02:35,809
WITNESS: They pulled me by the collar up the steps.
One looked at my passport, 1948, and he laughed.

20
00:02:36,309 --> 00:02:42,773
He said, grandfather, you are not a soldier,
go sit with your dog. So they let me go.

21
00:02:43,273 --> 00:02:49,918
They wanted also my car, but it does not start
since 2015, so they kicked it and left it.

22
00:02:50,418 --> 00:02:55,291
INTERVIEWER: Did you see where
the men were taken?

23
00:02:55,791 --> 00:03:02,527
WITNESS: Toward the glass factory, toward
the railway. They walked with their hands behind.

24
00:03:03,027 --> 00:03:12,309
{{c6|[[Denys|PERSON]] came back, near [[the end of March|DATE:2022-03-25..2022-03-31]],
very thin, his face, eh, blue here, he was in a basement.}}

25
00:03:12,809 --> 00:03:20,818
{{c7|[[Kolya|PERSON]], no. Not [[Kolya|PERSON]], not [[Vasyl|PERSON]],
not the boy. Two months now, nothing, no news.}}

26
00:03:21,318 --> 00:03:27,464
[[Halya|PERSON]] put photos on the internet,
on the pages where people search.

27
00:03:27,964 --> 00:03:33,745
INTERVIEWER: Did you stay in [[Bucha|PLACE]]
for the whole occupation?

28
00:03:34,245 --> 00:03:41,300
WITNESS: The whole. I am old, where will I go.
They checked me two more times, they took my radio.

29
00:03:41,800 --> 00:03:51,945
{{c8|My grandson lives in [[Hostomel|PLACE]], near the airport.
On [[the first day|DATE:2022-02-24]], [[the helicopters|WEAPON:AIRSTRIKE]] shot at the houses there.}}

30
00:03:52,445 --> 00:03:59,591
{{c8|He told me on the phone, the building shook
and the balconies on their side were all smashed.}}

31
00:04:00,091 --> 00:04:07,145
Him, he was not hurt, nobody in his entrance,
he says, they were lucky, they were in the basement.

32
00:04:07,645 --> 00:04:16,518
{{c9|He walked out with his wife on [[the 10th|DATE:2022-03-10]]
through the woods to [[Irpin|PLACE]] and then by bus to [[Kyiv|PLACE]].}}

33
00:04:17,018 --> 00:04:21,982
INTERVIEWER: Is there anything
else you want to say?

34
00:04:22,482 --> 00:04:29,991
WITNESS: On our street nobody was killed, I must say it
honestly. Taken, yes. Killed, no, not on our street.

35
00:04:30,491 --> 00:04:39,773
{{c10|On the television, later, in [[April|DATE:2022-04-01..2022-04-30]], they said
in [[Bucha|PLACE]] more than four hundred people were killed.}}

36
00:04:40,273 --> 00:04:46,964
I believe it. I saw the bodies by the road
to [[Irpin|PLACE]] when they let us walk again.

37
00:04:47,464 --> 00:04:52,382
INTERVIEWER: Thank you, [[Petro Ivanovych|PERSON]].

38
00:04:52,882 --> 00:04:59,664
WITNESS: Only that [[Kolya|PERSON]] was a good man.
He fixed my roof twice. I want him home.
@@witness ua-bucha-petro-kovalenko
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Kravets" weapon=ARTILLERY site="Vokzalnaya" date=2022-03-02..2022-03-03 basis=WITNESSED incident=ua-bucha-20220303-vokzalna-kravets-roof
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Vokzalnaya" date=2022-03-02..2022-03-03 basis=EXPERIENCED incident=ua-bucha-20220303-vokzalna-kravets-roof
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null named="Lysenko" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Vokzalnaya" date=2022-03-05 basis=WITNESSED incident=ua-bucha-20220304-vokzalna-cellar-men-taken
@@claim c4 harm=DETAINED min=4 max=4 named="Kolya; Denys; Vasyl Moroz" actor="Russian armed forces in Ukraine" site="Vokzalnaya" date=2022-03-05 basis=WITNESSED incident=ua-bucha-20220304-vokzalna-cellar-men-taken
@@claim c5 harm=DETAINED min=1 max=1 actor="Russian armed forces in Ukraine" site="Vokzalnaya" date=2022-03-05 basis=WITNESSED incident=ua-bucha-20220304-vokzalna-cellar-men-taken
@@claim c6 harm=DETAINED min=1 max=1 named="Denys" site="Bucha" basis=HEARSAY incident=ua-bucha-20220304-vokzalna-cellar-men-taken
@@claim c7 harm=MISSING min=3 max=3 named="Kolya; Vasyl" site="Vokzalnaya" date=2022-03-05 basis=WITNESSED incident=ua-bucha-20220304-vokzalna-cellar-men-taken
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Hostomel" date=2022-02-24 basis=HEARSAY incident=ua-hostomel-20220224-airport-helicopters-flats
@@claim c9 harm=DISPLACED min=2 max=2 site="Hostomel" date=2022-03-10 basis=HEARSAY incident=ua-hostomel-20220310-kovalenko-grandson-flight
@@claim c10 harm=KILLED min=401 max=null site="Bucha" basis=REPORTED incident=ua-bucha-20220300-occupation-killings
