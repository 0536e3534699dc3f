WEBVTT

NOTE
Interview LB-NAB-2203. Recorded in Beirut, 21 January 2025.
Arabic with consecutive interpretation; the witness asked that
her mother's name be kept.

1
00:00:02.000 --> 00:00:06.000
<v Interviewer>Thank you for coming. Please introduce yourself.

2
00:00:06.800 --> 00:00:13.400
<v Hiba>I am [[Hiba Fahs|PERSON]], I am a pharmacist. My pharmacy was in [[Nabatiyeh|PLACE:Nabatieh]], on the street of the market, the old market.

3
00:00:14.000 --> 00:00:18.500
<v Interviewer>You were there on [[the day of the strike|DATE:2024-11-12]] in [[November|DATE:2024-11-01..2024-11-30]]?

4
00:00:19.100 --> 00:00:26.700
<v Hiba>[[The 12th|DATE:2024-11-12]]. [[A Tuesday|DATE:2024-11-12]]. I was not supposed to be there, we had closed since [[October|DATE:2024-10-01..2024-10-31]], but my mother needed her insulin.

5
00:00:27.300 --> 00:00:33.900
<v Hiba>I went down at [[maybe ten in the morning|DATE:2024-11-12]] to take the insulin from the fridge of the pharmacy. The generator was still working, thanks to God.

6
00:00:34.500 --> 00:00:42.000
<v Hiba>{{c1|I was inside, I was bending to the fridge, and the whole shop jumped. The ceiling came on me, the shelves, the bottles, everything on my back.}}

7
00:00:42.600 --> 00:00:47.200
<v Hiba>{{c2|My left shoulder was broken and I had glass in my head, here.}}

8
00:00:47.800 --> 00:00:51.500
<v Interviewer>What was hit exactly?

9
00:00:52.100 --> 00:01:00.300
<v Hiba>{{c3|Three buildings across the street, the building of the [[Sabbagh|PERSON]] sweets and the two beside it. When I came out they were not buildings, they were a hill.}}

10
00:01:00.900 --> 00:01:06.400
<v Hiba>It was [[the planes|WEAPON:AIRSTRIKE]]. I heard them before, the sound like a zip in the sky, then the hit.

11
00:01:07.000 --> 00:01:13.800
<v Hiba>{{c4|A man was lying at the corner, [[Sabah|PERSON]]'s husband, [[Abu Ghassan|PERSON]], he sold vegetables. I saw him, he was not moving. He died there.}}

12
00:01:14.400 --> 00:01:21.900
<v Hiba>{{c5,c9|Later the municipality put a list on their page, seven names, seven dead from the market, and about twenty wounded.}}

13
00:01:22.500 --> 00:01:27.000
<v Interviewer>Do you remember the other names on the list?

14
00:01:27.600 --> 00:01:35.200
<v Hiba>{{c5|[[Abu Ghassan|PERSON]], that is [[Ghassan Shoukr|PERSON]]'s father... and the baker [[Mustafa|PERSON]], and a woman from [[Kfar Roummane|PLACE]], [[Amal Dirani|PERSON]].}} The rest I did not know.

15
00:01:35.800 --> 00:01:43.000
<v Hiba>[[Amal|PERSON]] was, hm, fifty maybe. She came to buy bread. Amal means hope, you know. We have no more of it.

16
00:01:43.600 --> 00:01:48.900
<v Interviewer>Had there been a warning for the market?

17
00:01:49.500 --> 00:01:57.000
<v Hiba>For the market, no. No warning, nothing on the internet. For [[Nabatieh|PLACE]] there were warnings many times, whole quarters, but not [[that morning|DATE:2024-11-12]].

18
00:01:57.600 --> 00:02:02.500
<v Interviewer>Your family's land is in the south, near the border?

19
00:02:03.100 --> 00:02:10.700
<v Hiba>In [[Kfar Kila|PLACE]]. My father's olives. {{c6|In [[November|DATE:2023-11-01..2023-11-30]], the first year, they burned them with the [[white phosphorus|WEAPON:INCENDIARY]], two hundred trees.}}

20
00:02:11.300 --> 00:02:17.000
<v Hiba>{{c6|I saw the video that my cousin [[Karim|PERSON]] made, the white smoke falling like threads, and the trees black after.}}

21
00:02:17.600 --> 00:02:24.800
<v Hiba>{{c7|And in [[October|DATE:2024-10-01..2024-10-31]], when [[the Israeli army|ACTOR:Israeli forces]] came in, they blew up the houses of [[Kfar Kila|PLACE]], all the houses, our house too, we saw it on their own videos.}}

22
00:02:25.400 --> 00:02:30.200
<v Interviewer>Was anyone from your family arrested, or taken?

23
00:02:30.800 --> 00:02:39.000
<v Hiba>My brother [[Hassan|PERSON]] was stopped by the men of [[the party|ACTOR:Hezbollah]] once, near [[Nabatieh|PLACE]], because he was filming the sky with his phone.

24
00:02:39.600 --> 00:02:45.700
<v Hiba>They took his phone, they asked him questions, maybe one hour, then they let him go. Nothing more. He is fine.

25
00:02:46.300 --> 00:02:54.800
<v Hiba>{{c8|But my uncle's son, [[Rabih|PERSON]], we have no news. He stayed in [[Kfar Kila|PLACE]] to feed the animals, and since [[the beginning of October|DATE:2024-10-01..2024-10-07]] nobody heard from him.}}

26
00:02:55.400 --> 00:03:01.000
<v Hiba>Some say he was taken, some say he is under a house. The Red Cross has his name. We wait.
@@witness lb-nabatieh-hiba-fahs
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Nabatiyeh" date=2024-11-12 basis=EXPERIENCED incident=lb-nabatieh-20241112-old-market-street
@@claim c2 harm=INJURED min=1 max=1 weapon=AIRSTRIKE site="Nabatiyeh" date=2024-11-12 basis=EXPERIENCED incident=lb-nabatieh-20241112-old-market-street
@@claim c3 harm=PROPERTY_DAMAGE min=3 max=3 weapon=AIRSTRIKE site="Nabatiyeh" date=2024-11-12 basis=WITNESSED incident=lb-nabatieh-20241112-old-market-street
@@claim c4 harm=KILLED min=1 max=1 named="Abu Ghassan" weapon=AIRSTRIKE site="Nabatiyeh" date=2024-11-12 basis=WITNESSED incident=lb-nabatieh-20241112-old-market-street
@@claim c5 harm=KILLED min=7 max=7 named="Abu Ghassan; Mustafa; Amal Dirani" weapon=AIRSTRIKE site="Nabatiyeh" date=2024-11-12 basis=REPORTED incident=lb-nabatieh-20241112-old-market-street
@@claim c6 harm=PROPERTY_DAMAGE min=200 max=200 weapon=INCENDIARY site="Kfar Kila" date=2023-11-01..2023-11-30 basis=HEARSAY incident=lb-kfarkila-20231100-fahs-olive-grove
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null actor="Israeli forces" site="Kfar Kila" date=2024-10-01..2024-10-31 basis=REPORTED incident=lb-kfarkila-20241000-village-demolition
@@claim c8 harm=MISSING min=1 max=1 named="Rabih" site="Kfar Kila" date=2024-10-01..2024-10-07 basis=EXPERIENCED incident=lb-kfarkila-20241000-rabih-missing
@@claim c9 harm=INJURED min=20 max=20 weapon=AIRSTRIKE site="Nabatiyeh" date=2024-11-12 basis=REPORTED incident=lb-nabatieh-20241112-old-market-street
