WEBVTT

NOTE
Follow-up interview UA-DNP-1210, 11 June 2024, Dnipro.
Same witness as UA-DNP-1209. Interpreted from Ukrainian.

1
00:00:01.500 --> 00:00:06.000
<v Interviewer>Mrs. [[Kravchenko|PERSON]], thank you for seeing us again. How are you?

2
00:00:06.800 --> 00:00:12.000
<v Olena>The arm is better. The collarbone grew back, a little crooked. I can work.

3
00:00:12.600 --> 00:00:18.000
<v Interviewer>Last time you told us about the [[strike|WEAPON:EXPLOSIVE_UNSPECIFIED]] on [[Kalynova street|PLACE]]. Is there anything you want to correct?

4
00:00:18.700 --> 00:00:25.000
<v Olena>Yes. I said [[the night of the eighteenth|DATE:2023-11-18..2023-11-19]]. It was [[after midnight|DATE:2023-11-19]], so really [[the 19th of November|DATE:2023-11-19]], [[the Sunday|DATE:2023-11-19]].

5
00:00:25.600 --> 00:00:31.000
<v Olena>On the memorial plaque they wrote [[the nineteenth|DATE:2023-11-19]]. So, [[the nineteenth|DATE:2023-11-19]].

6
00:00:31.600 --> 00:00:37.000
<v Olena>{{c1|And the number. Fourteen people died in the end. Fourteen. The last one, a young man, [[Artem Hnatiuk|PERSON]], died in [[January|DATE:2024-01-01..2024-01-31]] in the hospital.}}

7
00:00:37.600 --> 00:00:44.000
<v Olena>{{c2|Also a girl from the third entrance, [[Nastia|PERSON]], was never found. They think she is under the stones, but nobody knows.}}

8
00:00:44.600 --> 00:00:48.000
<v Interviewer>She is still listed as missing?

9
00:00:48.600 --> 00:00:53.000
<v Olena>Missing, yes. Her full name is [[Anastasiia Lysenko|PERSON]], she was twenty-three, she studied to be a pharmacist.
Her mother comes to the place every Sunday and stands there with flowers.

10
00:00:53.600 --> 00:00:58.000
<v Interviewer>Has anything happened to you or your family since [[December|DATE:2023-12-01..2023-12-31]]?

11
00:00:58.700 --> 00:01:05.000
<v Olena>In [[April|DATE:2024-04-01..2024-04-30]], a [[drone|WEAPON:DRONE_STRIKE]]. Not a [[missile|WEAPON:MISSILE]] this time, a [[Shahed|WEAPON:DRONE_STRIKE]].

12
00:01:05.600 --> 00:01:12.000
<v Olena>{{c3|It fell near the polyclinic where I work, in the yard, on [[the 14th|DATE:2024-04-14]], [[early in the morning|DATE:2024-04-14]]. The windows of two floors were broken.}}

13
00:01:12.600 --> 00:01:17.000
<v Olena>Nobody was hurt in the polyclinic. It was [[Sunday|DATE:2024-04-14]], it was closed, thank God.

14
00:01:17.600 --> 00:01:22.000
<v Olena>{{c4|But the guard, [[Stepan|PERSON]], he had glass in his back, not serious.}}

15
00:01:22.600 --> 00:01:27.000
<v Interviewer>Which polyclinic is it?

16
00:01:27.600 --> 00:01:33.000
<v Olena>The number six, on [[Yavornytskoho avenue|PLACE]]. You can go and see, the windows are still with plywood.

17
00:01:33.600 --> 00:01:39.000
<v Interviewer>Last time you also mentioned your brother [[Viktor|PERSON]], from [[Huliaipole|PLACE]].

18
00:01:39.600 --> 00:01:46.000
<v Olena>Yes. [[Viktor|PERSON]] is in [[Zaporizhzhia|PLACE]] now. But his son, my nephew [[Denys|PERSON]], he stayed near [[Orikhiv|PLACE]], in a village, with his wife's parents.

19
00:01:46.600 --> 00:01:53.000
<v Olena>{{c5|In [[February|DATE:2024-02-01..2024-02-29]] there were these [[cluster bombs|WEAPON:CLUSTER_MUNITION]] on the village. [[Denys|PERSON]] told me, [[little bombs|WEAPON:CLUSTER_MUNITION]] everywhere, in the gardens.}}

20
00:01:53.600 --> 00:02:00.000
<v Olena>{{c6|The father of his wife, [[Ivan Petrovych|PERSON]], he was in the garden, and he was hurt in both legs.}}

21
00:02:00.600 --> 00:02:06.000
<v Olena>{{c7|And a neighbour woman, [[Valentyna|PERSON]], seventy-something, she died.}}

22
00:02:06.600 --> 00:02:10.000
<v Interviewer>Do you know the name of the village?

23
00:02:10.600 --> 00:02:16.000
<v Olena>[[Mala Tokmachka|PLACE]]. Near [[Orikhiv|PLACE]], [[Orekhov|PLACE:Orikhiv]] in Russian.

24
00:02:16.600 --> 00:02:21.000
<v Olena>[[Denys|PERSON]] said it was from the [[Russian|ACTOR:Russian armed forces in Ukraine]] side. The [[bomblets|WEAPON:CLUSTER_MUNITION]] were lying for days.

25
00:02:21.600 --> 00:02:27.000
<v Olena>{{c8|After that they left, [[Denys|PERSON]] and his wife and the baby, they came to us in [[Dnipro|PLACE]].}}

26
00:02:27.600 --> 00:02:33.000
<v Olena>So now we are seven in two rooms at my sister's. It is alright, we manage.

27
00:02:33.600 --> 00:02:38.000
<v Interviewer>And the parents of his wife?

28
00:02:38.600 --> 00:02:44.000
<v Olena>They did not want to leave. The old people never want. [[Ivan Petrovych|PERSON]] is in the hospital in [[Zaporizhzhia|PLACE]] still.

29
00:02:44.600 --> 00:02:49.000
<v Interviewer>Is there any news about compensation for your flat?

30
00:02:49.600 --> 00:02:56.000
<v Olena>They promised a certificate for a new flat. Promised. If they give it, we will buy something small. If not, we stay with my sister.

31
00:02:56.600 --> 00:03:03.000
<v Olena>[pause] You know what is strange? I dream about [[Mykola|PERSON]] every night in the kitchen, standing there, asking for water.

32
00:03:03.600 --> 00:03:09.000
<v Olena>I was in the kitchen for water. If I was sleeping next to him, I would be dead too.

33
00:03:09.600 --> 00:03:13.000
<v Interviewer>Thank you, [[Olena Petrivna|PERSON]]. We will send you the transcript.

34
00:03:13.600 --> 00:03:17.000
<v Olena>Send it. And write the fourteen. Not eleven, not thirteen. Fourteen.
@@witness ua-dnipro-olena-kravchenko
@@claim c1 harm=KILLED min=14 max=14 named="Artem Hnatiuk" weapon=MISSILE site="Kalynova street" date=2023-11-19 basis=HEARSAY incident=ua-dnipro-20231119-kalynova-block
@@claim c2 harm=MISSING min=1 max=1 named="Nastia" site="Kalynova street" date=2023-11-19 basis=HEARSAY incident=ua-dnipro-20231119-kalynova-block
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Yavornytskoho avenue" date=2024-04-14 basis=HEARSAY incident=ua-dnipro-20240414-polyclinic-shahed
@@claim c4 harm=INJURED min=1 max=1 named="Stepan" weapon=DRONE_STRIKE site="Yavornytskoho avenue" date=2024-04-14 basis=HEARSAY incident=ua-dnipro-20240414-polyclinic-shahed
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Mala Tokmachka" date=2024-02-01..2024-02-29 basis=HEARSAY incident=ua-orikhiv-20240207-malatokmachka-cluster
@@claim c6 harm=INJURED min=1 max=1 named="Ivan Petrovych" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Mala Tokmachka" date=2024-02-01..2024-02-29 basis=HEARSAY incident=ua-orikhiv-20240207-malatokmachka-cluster
@@claim c7 harm=KILLED min=1 max=1 named="Valentyna" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Mala Tokmachka" date=2024-02-01..2024-02-29 basis=HEARSAY incident=ua-orikhiv-20240207-malatokmachka-cluster
@@claim c8 harm=DISPLACED min=3 max=3 named="Denys" actor="Russian armed forces in Ukraine" site="Mala Tokmachka" date=2024-02-01..2024-06-11 basis=HEARSAY incident=ua-orikhiv-20240207-malatokmachka-cluster
