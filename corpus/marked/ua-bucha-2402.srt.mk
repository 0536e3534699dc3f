1
00:00:01,000 --> 00:00:08,327
INTERVIEWER: This is the interview with
[[Petro Kovalenko|PERSON]], in [[Bucha|PLACE]]. Please go ahead.

2
00:00:08,827 --> 00:00:17,700
WITNESS: Yes. [[Petro Ivanovych|PERSON]], seventy-four years.
I live on [[Vokzalnaya|PLACE:Vokzalna street]], number fourteen, since 1979.

3
00:00:18,200 --> 00:00:24,800
My wife died in 2019, so I was alone in the house
when it started, only the dog, Barsik.

4
00:00:25,300 --> 00:00:30,400
INTERVIEWER: Where were you
in the first days of March?

5
00:00:30,900 --> 00:00:38,545
WITNESS: In the cellar of the neighbours,
the [[Kravets|PERSON]] family, [[Halya|PERSON]] and [[Kolya|PERSON]].

6
00:00:39,045 --> 00:00:45,509
They have a good cellar, concrete.
Mine is only for potatoes, you cannot stand in it.

7
00:00:46,009 --> 00:00:56,200
{{c1|The [[shell|WEAPON:ARTILLERY]] hit their roof, on [[the 2nd or the 3rd|DATE:2022-03-02..2022-03-03]],
I was in the yard with the dog and I saw the roof fold in.}}

8
00:00:56,700 --> 00:01:04,255
{{c2|The tiles, no, slate, the slate flew like birds.
And my own windows on that side, all of them came in.}}

9
00:01:04,755 --> 00:01:10,809
Nobody was hurt, thank God, we were
all in the cellar except me and the dog.

10
00:01:11,309 --> 00:01:16,864
INTERVIEWER: And the soldiers,
when did they come to your street?

11
00:01:17,364 --> 00:01:26,464
WITNESS: [[The fifth|DATE:2022-03-05]]. [[The 5th|DATE:2022-03-05]], [[Saturday|DATE:2022-03-05]].
I remember because Saturday I take the bath.

12
00:01:26,964 --> 00:01:34,973
[[Halya|PERSON]] says [[Friday|DATE:2022-03-04]], maybe she is right,
at my age the days in the cellar are all one day.

13
00:01:35,473 --> 00:01:44,936
[[The Russians|ACTOR:Russian armed forces in Ukraine]] came with two [[BMPs|WEAPON:ARTILLERY]]
and they fired the big gun into the house on the corner.

14
00:01:45,436 --> 00:01:53,309
{{c3|The house of [[Lysenko|PERSON]] on the corner,
they fired into it and the upstairs was burning all afternoon.}}

15
00:01:53,809 --> 00:02:00,591
Then they went into every yard.
They called us out of the cellar with a grenade in the hand.

16
00:02:01,091 --> 00:02:08,736
{{c4|They took [[Kolya|PERSON]], and the young one, [[Denys|PERSON]],
and [[Vasyl Moroz|PERSON]] and his son.}}

17
00:02:09,236 --> 00:02:17,609
{{c5|And also a man I did not know, from [[Ostrovskoho|PLACE:Ostrovskoho street]],
he was hiding with us. Five men they took.}}

18
00:02:18,109 --> 00:02:22,391
INTERVIEWER: What did they do to you?

19
00:02:22,891 --> 00:02:30,036
WITNESS: They pulled me by the collar up the steps.
One looked at my passport, 1948, and he laughed.

20
00:02:30,536 --> 00:02:37,000
He said, grandfather, you are not a soldier,
go sit with your dog. So they let me go.

21
00:02:37,500 --> 00:02:44,145
They wanted also my car, but it does not start
since 2015, so they kicked it and left it.

22
00:02:44,645 --> 00:02:49,518
INTERVIEWER: Did you see where
the men were taken?

23
00:02:50,018 --> 00:02:56,755
WITNESS: Toward the glass factory, toward
the railway. They walked with their hands behind.

24
00:02:57,255 --> 00:03:06,536
{{c6|[[Denys|PERSON]] came back, near [[the end of March|DATE:2022-03-25..2022-03-31]],
very thin, his face, eh, blue here, he was in a basement.}}

25
00:03:07,036 --> 00:03:15,045
{{c7|[[Kolya|PERSON]], no. Not [[Kolya|PERSON]], not [[Vasyl|PERSON]],
not the boy. Two months now, nothing, no news.}}

26
00:03:15,545 --> 00:03:21,691
[[Halya|PERSON]] put photos on the internet,
on the pages where people search.

27
00:03:22,191 --> 00:03:27,973
INTERVIEWER: Did you stay in [[Bucha|PLACE]]
for the whole occupation?

28
00:03:28,473 --> 00:03:35,527
WITNESS: The whole. I am old, where will I go.
They checked me two more times, they took my radio.

29
00:03:36,027 --> 00:03:46,173
{{c8|My grandson lives in [[Hostomel|PLACE]], near the airport.
On [[the first day|DATE:2022-02-24]], [[the helicopters|WEAPON:AIRSTRIKE]] shot at the houses there.}}

30
00:03:46,673 --> 00:03:53,818
{{c8|He told me on the phone, the building shook
and the balconies on their side were all smashed.}}

31
00:03:54,318 --> 00:04:01,373
Him, he was not hurt, nobody in his entrance,
he says, they were lucky, they were in the basement.

32
00:04:01,873 --> 00:04:10,745
{{c9|He walked out with his wife on [[the 10th|DATE:2022-03-10]]
through the woods to [[Irpin|PLACE]] and then by bus to [[Kyiv|PLACE]].}}

33
00:04:11,245 --> 00:04:16,209
INTERVIEWER: Is there anything
else you want to say?

34
00:04:16,709 --> 00:04:24,218
WITNESS: On our street nobody was killed, I must say it
honestly. Taken, yes. Killed, no, not on our street.

35
00:04:24,718 --> 00:04:34,000
{{c10|On the television, later, in [[April|DATE:2022-04-01..2022-04-30]], they said
in [[Bucha|PLACE]] more than four hundred people were killed.}}

36
00:04:34,500 --> 00:04:41,191
I believe it. I saw the bodies by the road
to [[Irpin|PLACE]] when they let us walk again.

37
00:04:41,691 --> 00:04:46,609
INTERVIEWER: Thank you, [[Petro Ivanovych|PERSON]].

38
00:04:47,109 --> 00:04:53,891
WITNESS: Only that [[Kolya|PERSON]] was a good man.
He fixed my roof twice. I want him home.
@@witness ua-bucha-petro-kovalenko
@@claim c1 harm=PROPERTY_DAMAGE named="Kravets" weapon=ARTILLERY site="Vokzalnaya" date=2022-03-02..2022-03-03 basis=WITNESSED incident=ua-bucha-20220303-vokzalna-kravets-roof
@@claim c2 harm=PROPERTY_DAMAGE weapon=ARTILLERY site="Vokzalnaya" date=2022-03-02..2022-03-03 basis=EXPERIENCED incident=ua-bucha-20220303-vokzalna-kravets-roof
@@claim c3 harm=PROPERTY_DAMAGE named="Lysenko" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Vokzalnaya" date=2022-03-05 basis=WITNESSED incident=ua-bucha-20220304-vokzalna-cellar-men-taken
@@claim c4 harm=DETAINED min=4 max=4 named="Kolya; Denys; Vasyl Moroz" actor="Russian armed forces in Ukraine" site="Vokzalnaya" date=2022-03-05 basis=WITNESSED incident=ua-bucha-20220304-vokzalna-cellar-men-taken
@@claim c5 harm=DETAINED min=1 max=1 actor="Russian armed forces in Ukraine" site="Vokzalnaya" date=2022-03-05 basis=WITNESSED incident=ua-bucha-20220304-vokzalna-cellar-men-taken
@@claim c6 harm=DETAINED min=1 max=1 named="Denys" site="Bucha" basis=WITNESSED incident=ua-bucha-20220304-vokzalna-cellar-men-taken
@@claim c7 harm=MISSING min=3 max=3 named="Kolya; Vasyl" site="Vokzalnaya" date=2022-03-05 basis=WITNESSED incident=ua-bucha-20220304-vokzalna-cellar-men-taken
@@claim c8 harm=PROPERTY_DAMAGE weapon=AIRSTRIKE site="Hostomel" date=2022-02-24 basis=HEARSAY incident=ua-hostomel-20220224-airport-helicopters-flats
@@claim c9 harm=DISPLACED min=2 max=2 site="Hostomel" date=2022-03-10 basis=HEARSAY incident=ua-hostomel-20220310-kovalenko-grandson-flight
@@claim c10 harm=KILLED min=401 max=null site="Bucha" basis=REPORTED incident=ua-bucha-20220300-occupation-killings
