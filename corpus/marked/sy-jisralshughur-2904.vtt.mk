WEBVTT - IDL-2904

NOTE
Recorded 3 March 2024 by video call. Witness: Amal, 38, teacher, displaced from Darkush to Jisr al-Shughur.
Arabic with consecutive interpretation into English.

1
00:00:02.000 --> 00:00:06.000
<v Interviewer>Can you tell me your name, please?

2
00:00:06.800 --> 00:00:12.400
<v Amal>[[Amal Qaddour|PERSON]]. [[Amal|PERSON]], yes. I taught in the primary school in [[Darkoosh|PLACE:Darkush]] for eleven years.

3
00:00:13.000 --> 00:00:18.500
<v Interviewer>And you were in [[Darkush|PLACE]] in [[October|DATE:2023-10-01..2023-10-31]], when the [[rockets|WEAPON:ROCKET]] came?

4
00:00:19.100 --> 00:00:27.300
<v Amal>Yes. It was [[a Thursday|DATE:2023-10-05]], the day after... no, [[the same day|DATE:2023-10-05]] as the thing in [[Homs|PLACE]], the attack on the officers.
[[That Thursday|DATE:2023-10-05]] the children had just gone home, thank God.

5
00:00:28.000 --> 00:00:36.200
<v Amal>{{c1|The [[rockets|WEAPON:ROCKET]] fell on the lower part, near the river and the bridge. I watched from the school roof, I went up to look for my daughter.}}

6
00:00:37.000 --> 00:00:44.800
<v Amal>{{c2|Four people died in [[Darkoosh|PLACE:Darkush]] [[that afternoon|DATE:2023-10-05]]. The teacher [[Khaled|PERSON]], my colleague, and the little girl of the [[Sayyed|PERSON]] family, and two men from the market.}}

7
00:00:45.500 --> 00:00:50.000
<v Interviewer>Other people told us three died. Are you sure about four?

8
00:00:50.700 --> 00:00:58.900
<v Amal>Four. {{c2|The fourth died in [[the night|DATE:2023-10-05..2023-10-06]] in the hospital in [[Salqin|PLACE]], I think,
or [[Bab al-Hawa hospital|PLACE]]. His name, eh, [[Fawwaz|PERSON]], [[Abu Rami|PERSON]].}}

9
00:00:59.600 --> 00:01:07.000
<v Amal>{{c1|And the school. Cracks all through the walls of the second floor, the windows blown in, the children's drawings on the floor with the glass.}}

10
00:01:07.700 --> 00:01:13.200
<v Interviewer>Who fired them, in your opinion?

11
00:01:13.900 --> 00:01:20.500
<v Amal>From [[the regime|ACTOR:Syrian government forces]] positions. Everybody in [[Darkush|PLACE]] knows the sound of the [[Grad|WEAPON:ROCKET]] launcher.

12
00:01:21.200 --> 00:01:27.000
<v Interviewer>Why did you move to [[Jisr al-Shughur|PLACE]]?

13
00:01:27.700 --> 00:01:36.400
<v Amal>{{c4|Because our house, [[two weeks later|DATE:2023-10-19]], the [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]] hit the hill behind us, and our house, the kitchen, the stairs, all fell.}}

14
00:01:37.100 --> 00:01:44.000
<v Amal>Nobody was inside, we were at my brother's. Nobody from my family was hurt [[that day|DATE:2023-10-19]].
I tell you the truth, only the house.

15
00:01:44.700 --> 00:01:52.800
<v Amal>{{c5|So we came to [[Jisr al-Shugour|PLACE:Jisr al-Shughur]], me, my husband [[Mazen|PERSON]] and our three children, to a rented room.}}

16
00:01:53.500 --> 00:02:00.000
<v Interviewer>Has [[Jisr al-Shughur|PLACE]] been quiet?

17
00:02:00.700 --> 00:02:09.500
<v Amal>Not quiet. {{c6,c8|In [[January|DATE:2024-01-01..2024-01-31]] a [[guided missile|WEAPON:MISSILE]] hit the tractor of our neighbour [[Hassan Dib|PERSON]] in his field at [[al-Ghab|PLACE]] edge.}} {{c6|He was killed, fifty-two years old.}}

18
00:02:10.200 --> 00:02:16.000
<v Amal>I did not see it. His son [[Mouaz|PERSON]] told us, he was in the field too, he ran.

19
00:02:16.700 --> 00:02:24.900
<v Amal>{{c7|And the local council put on their page that in [[December|DATE:2023-12-01..2023-12-31]] they used [[incendiary shells|WEAPON:INCENDIARY]] on the olive groves west of the town, and many trees burned.}}

20
00:02:25.600 --> 00:02:30.000
<v Interviewer>Did you see that burning yourself?

21
00:02:30.700 --> 00:02:36.200
<v Amal>Only the smoke, from far. I cannot say what kind, I am a teacher, not a soldier.

22
00:02:37.000 --> 00:02:44.500
<v Amal>One more thing. My brother [[Nizar|PERSON]] went to the checkpoint of [[HTS|ACTOR:Hayat Tahrir al-Sham]] at [[Armanaz|PLACE]] road,
they wanted to take him because of his beard is short, they said.

23
00:02:45.200 --> 00:02:51.000
<v Amal>But the elders of the village were there, they talked, and they let him go. So, nothing. [pause]

24
00:02:51.700 --> 00:02:58.000
<v Amal>You know my name, Amal, it means hope. Some days I have it. Some days no.
25
00:02:58.700 --> 00:03:05.000
<v Interviewer>Before you go, the school in [[Darkush|PLACE]], is it working again?

26
00:03:05.700 --> 00:03:14.200
<v Amal>Half. The ground floor. We put nylon on the windows and the children study in their coats.
The headmaster, Ustaz... sorry, Ustaz [[Bashir Khattab|PERSON]], he fixed the door with his own money.

27
00:03:14.900 --> 00:03:22.600
<v Amal>And my colleague [[Rawan|PERSON]] left to [[Turkey|PLACE]], she said she cannot hear the whistle again.
I understand her. Every time a motorcycle passes fast, the children lie on the floor.

28
00:03:23.300 --> 00:03:31.000
<v Interviewer>You mentioned your daughter earlier, was she safe [[that day|DATE:2023-10-05]], with the [[rockets|WEAPON:ROCKET]]?

29
00:03:31.700 --> 00:03:39.500
<v Amal>Yes, [[Lujain|PERSON]] was at her grandmother's in [[Armanaz|PLACE]]. She was not hurt, nobody from my house was hurt [[that day|DATE:2023-10-05]].
I found her only at [[night|DATE:2023-10-05]], the phones were not working.

30
00:03:40.200 --> 00:03:45.000
<v Amal>Thank you for listening. Write the names, please. [[Khaled|PERSON]], [[Fawwaz|PERSON]]. They were people.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Darkoosh" date=2023-10-05 basis=WITNESSED incident=sy-darkush-20231005-grad-rockets
@@claim c2 harm=KILLED min=4 max=4 named="Khaled; Fawwaz" site="Darkoosh" date=2023-10-05 basis=WITNESSED incident=sy-darkush-20231005-grad-rockets
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="Darkush" date=2023-10-19 basis=EXPERIENCED incident=sy-darkush-20231019-qaddour-house-airstrike
@@claim c5 harm=DISPLACED min=5 max=5 named="Mazen" site="Darkush" date=2023-10-19..2023-10-31 basis=EXPERIENCED incident=sy-darkush-20231000-qaddour-family-flight
@@claim c6 harm=KILLED min=1 max=1 named="Hassan Dib" weapon=MISSILE site="al-Ghab" date=2024-01-01..2024-01-31 basis=HEARSAY incident=sy-jisralshughur-20240100-dib-tractor-missile
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Jisr al-Shughur" date=2023-12-01..2023-12-31 basis=REPORTED incident=sy-jisralshughur-20231200-olive-groves-incendiary
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="al-Ghab" date=2024-01-01..2024-01-31 basis=HEARSAY incident=sy-jisralshughur-20240100-dib-tractor-missile
@@witness sy-darkush-amal-qaddour
