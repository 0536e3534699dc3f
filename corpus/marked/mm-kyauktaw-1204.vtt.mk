WEBVTT

NOTE
Interview MM-RKN-1204. Recorded by video call, 2 May 2024.
Rakhine language, interpreted into English during the call.
The witness is a boatman from Apaukwa village.

1
00:00:02.000 --> 00:00:06.000
<v Interviewer>Good evening. Please tell me your name and your village.

2
00:00:06.800 --> 00:00:12.500
<v Interpreter>He says his name is [[Tun Tun|PERSON]], he is from [[Apaukwa|PLACE:Apauk Wa]], it is in [[Kyauk Taw|PLACE:Kyauktaw]] township.

3
00:00:13.000 --> 00:00:17.000
<v Interviewer>Can you tell me what happened at the market in [[Apaukwa|PLACE:Apauk Wa]]?

4
00:00:17.800 --> 00:00:24.000
<v Tun Tun>Yes. [[That day|DATE]] was [[Monday, the eighteenth of March|DATE:2024-03-18]].
I was on the river, I was bringing the bamboo.

5
00:00:24.600 --> 00:00:31.000
<v Tun Tun>I heard the sound of [[the fighter jet|WEAPON:AIRSTRIKE]], very loud, very low.
Then, boom, boom, two times.

6
00:00:31.500 --> 00:00:36.000
<v Tun Tun>I saw the black smoke from the market side. I put the boat and I ran.

7
00:00:36.800 --> 00:00:43.000
<v Tun Tun>{{c1|When I reached, the market was, eh, nothing. The stalls, the roof, all broken and burning.}}

8
00:00:43.500 --> 00:00:50.000
<v Tun Tun>{{c2|So many people died. More than thirty, I think, thirty-two or thirty-five, the village committee made a list.}}

9
00:00:50.600 --> 00:00:54.000
<v Interviewer>Thirty-two or thirty-five people killed?

10
00:00:54.600 --> 00:01:00.000
<v Interpreter>He says yes, he is not sure about the exact number, but more than thirty. Some people from other villages were never counted.

11
00:01:00.500 --> 00:01:06.000
<v Tun Tun>{{c3|I knew many. [[Ma Thida|PERSON]], the vegetable seller, and her little girl.}}

12
00:01:06.500 --> 00:01:12.000
<v Tun Tun>{{c4|The old teacher [[U Ba Sein|PERSON]]. Two brothers, [[Kyaw Kyaw|PERSON]] and [[Min Min|PERSON]], they were fishermen.}}

12b
00:01:12.100 --> 00:01:12.700
<v Tun Tun>{{c12|Also [[Daw Khin Hla|PERSON]] and her sister [[Daw Aye Than|PERSON]], from the upper village, and [[Maung Thein|PERSON]], a boy who sold betel. All dead.}}

13
00:01:12.800 --> 00:01:17.000
<v Interviewer>What did you do after you arrived?

14
00:01:17.600 --> 00:01:24.000
<v Tun Tun>{{c5|I put the injured people in my boat, seven people, and took them to [[Kyauktaw|PLACE]] town.}}

15
00:01:24.800 --> 00:01:31.000
<v Tun Tun>{{c6|One boy, [[Nyi Nyi|PERSON]], he died in the boat. His mother was holding him.}}

16
00:01:31.600 --> 00:01:35.000
<v Tun Tun>[crying]
I am sorry.

17
00:01:36.000 --> 00:01:40.000
<v Interviewer>It's alright. We can stop if you want.

18
00:01:40.600 --> 00:01:44.000
<v Interpreter>He says no, he wants to continue.

19
00:01:44.600 --> 00:01:51.000
<v Interviewer>Was [[the Arakan Army|ACTOR:Arakan Army]] in the village at that time?

20
00:01:51.600 --> 00:01:58.000
<v Tun Tun>The [[AA|ACTOR:Arakan Army]] took [[Kyauktaw|PLACE]] area in [[February|DATE:2024-02-01..2024-02-29]], so there was no [[Tatmadaw|ACTOR:Tatmadaw]] soldier there any more.

21
00:01:58.600 --> 00:02:04.000
<v Tun Tun>But there was no [[AA|ACTOR:Arakan Army]] camp in the market. No weapons, no fighters. Only people buying.

22
00:02:04.600 --> 00:02:10.000
<v Tun Tun>The [[Tatmadaw|ACTOR:Tatmadaw]] bombs the villages because they lost. It is punishment. That is what we think.

23
00:02:10.600 --> 00:02:15.000
<v Interviewer>Did anything happen in your village before the market attack?

24
00:02:15.600 --> 00:02:22.000
<v Tun Tun>Yes, in the fighting, in [[January|DATE:2024-01-01..2024-01-31]], the [[artillery|WEAPON:ARTILLERY]] came from the army camp near the town.

25
00:02:22.600 --> 00:02:29.000
<v Tun Tun>{{c7,c13|One [[shell|WEAPON:ARTILLERY]] hit the house of [[Daw Saw Mya|PERSON]], near the pagoda, and her husband was injured in the head.}}

26
00:02:29.600 --> 00:02:34.000
<v Tun Tun>He is alive, but he does not talk well now.

27
00:02:34.600 --> 00:02:40.000
<v Interviewer>Who fired the [[artillery|WEAPON:ARTILLERY]]?

28
00:02:40.600 --> 00:02:47.000
<v Tun Tun>[[The army|ACTOR:Tatmadaw]], from the camp. [[The Burmese army|ACTOR:Tatmadaw]]. The [[AA|ACTOR:Arakan Army]] was attacking the camp, and the camp was firing everywhere.

29
00:02:47.600 --> 00:02:52.000
<v Interviewer>And [[after the market attack|DATE]], where did people go?

30
00:02:52.600 --> 00:02:59.000
<v Tun Tun>{{c8|Everybody ran. Our village had about two hundred houses, now maybe twenty families stay.}}

31
00:02:59.600 --> 00:03:05.000
<v Tun Tun>{{c9|My family, we went to the monastery in [[Mrauk U|PLACE:Mrauk-U]] side, my wife, my mother and three children.}}

32
00:03:05.600 --> 00:03:10.000
<v Tun Tun>I come back sometimes with the boat, to see the house.

33
00:03:10.600 --> 00:03:15.000
<v Interviewer>Do you know [[Daw Hla Hla Win|PERSON]]? She is also from [[Apauk Wa|PLACE]].

34
00:03:15.600 --> 00:03:21.000
<v Tun Tun>Yes, she is my cousin, she sells dried fish. {{c10|Her arm was broken [[that day|DATE:2024-03-18]].}}

35
00:03:21.600 --> 00:03:26.000
<v Tun Tun>She told you about her son also? [[Ko Zaw Lin Oo|PERSON]]? {{c11|He is still missing.}}

36
00:03:26.600 --> 00:03:31.000
<v Interviewer>Yes, she did. Thank you, [[Tun Tun|PERSON]]. Is there anything else?

37
00:03:31.600 --> 00:03:37.000
<v Tun Tun>We want [[the jets|WEAPON:AIRSTRIKE]] to stop. If they come again to the river villages, nobody will be left.
@@witness mm-kyauktaw-tun-tun
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null site="Apaukwa" date=2024-03-18 basis=WITNESSED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c2 harm=KILLED min=32 max=35 site="Apaukwa" date=2024-03-18 basis=WITNESSED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c3 harm=KILLED min=2 max=2 named="Ma Thida" site="Apaukwa" date=2024-03-18 basis=WITNESSED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c4 harm=KILLED min=3 max=3 named="U Ba Sein; Kyaw Kyaw; Min Min" site="Apaukwa" date=2024-03-18 basis=WITNESSED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c5 harm=INJURED min=7 max=7 site="Apaukwa" date=2024-03-18 basis=WITNESSED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c6 harm=KILLED min=1 max=1 named="Nyi Nyi" site="Apaukwa" date=2024-03-18 basis=WITNESSED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c7 harm=INJURED min=1 max=1 weapon=ARTILLERY actor="Tatmadaw" site="Apaukwa" date=2024-01-01..2024-01-31 basis=HEARSAY incident=mm-kyauktaw-20240100-pagoda-house-shell
@@claim c8 harm=DISPLACED min=null max=null site="Apaukwa" date=2024-03-18 basis=WITNESSED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c9 harm=DISPLACED min=6 max=6 site="Apaukwa" date=2024-03-18 basis=EXPERIENCED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c10 harm=INJURED min=1 max=1 named="Daw Hla Hla Win" site="Apauk Wa" date=2024-03-18 basis=WITNESSED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c11 harm=MISSING min=1 max=1 named="Ko Zaw Lin Oo" basis=HEARSAY incident=mm-sittwe-20230000-checkpoint-driver
@@claim c12 harm=KILLED min=3 max=3 named="Daw Khin Hla; Daw Aye Than; Maung Thein" site="Apaukwa" date=2024-03-18 basis=WITNESSED incident=mm-kyauktaw-20240318-apaukwa-market
@@claim c13 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Tatmadaw" site="Apaukwa" date=2024-01-01..2024-01-31 basis=HEARSAY incident=mm-kyauktaw-20240100-pagoda-house-shell
