1
00:00:01,000 --> 00:00:04,200
INTERVIEWER: We are recording now.
Please, your name and your age.

2
00:00:04,900 --> 00:00:09,600
WITNESS: [[Tamer Abu Jazar|PERSON]], twenty-nine.
I was a tiles worker, ceramics, before all this.

3
00:00:10,100 --> 00:00:15,300
INTERVIEWER: And you were living in [[Rafah|PLACE]]
in [[December|DATE:2023-12-01..2023-12-31]], in [[al-Jnena|PLACE:al-Junaina]]?

4
00:00:15,800 --> 00:00:21,000
WITNESS: Yes, [[Jnena|PLACE:al-Junaina]], [[al-Jneineh|PLACE:al-Junaina]], everybody says it different.
We rented a room there after we left [[Khan Yunis|PLACE:Khan Younis]].

5
00:00:21,500 --> 00:00:26,700
INTERVIEWER: You said you were at the bakery
when it was hit. Can you tell me about [[that day|DATE:2023-12-19]]?

6
00:00:27,200 --> 00:00:32,400
WITNESS: It was [[the Tuesday|DATE:2023-12-19]]. I am sure it was [[Tuesday|DATE:2023-12-19]],
because the flour came to the [[Barhoum bakery|PLACE:al-Nakhil bakery]] on Tuesdays.

7
00:00:32,900 --> 00:00:38,800
I was standing from [[the dhuhr|DATE:2023-12-19]], maybe,
I was almost at the window, eh, maybe twenty people in front of me.

8
00:00:39,300 --> 00:00:43,100
It was getting dark. Somebody said
the sky is quiet today, alhamdulillah.

9
00:00:43,600 --> 00:00:48,200
And then, I don't know, I did not hear [[the plane|WEAPON:AIRSTRIKE]].
I was on the ground.

10
00:00:48,700 --> 00:00:54,900
{{c1|Something hit my leg, here, the right leg,
a piece of metal went inside the muscle, and my ears, whistling.}}

11
00:00:55,400 --> 00:01:01,600
{{c2|When I stood up, the oven was melted, the big machine of the dough,
all the front of the bakery was burning.}}

12
00:01:02,100 --> 00:01:06,000
- Did you see people who were killed?
- Yes. I saw.

13
00:01:06,500 --> 00:01:12,700
{{c3|I counted, after, when we carried them to the cart,
nine bodies I counted with my own hands.}}

14
00:01:13,200 --> 00:01:18,900
{{c3|Two of them children, one of them a boy
I knew, [[Sanad|PERSON]], from the [[Barhoum|PERSON]] family.}}

15
00:01:19,400 --> 00:01:25,300
{{c4|People said afterwards fourteen died, maybe more,
because some died in the hospital in [[the night|DATE:2023-12-19]].}}

16
00:01:25,800 --> 00:01:29,000
[crying]

17
00:01:29,500 --> 00:01:33,800
INTERVIEWER: Take your time.
We can stop if you want.

18
00:01:34,300 --> 00:01:38,600
WITNESS: No, it's OK. I want to say it.
They said there was a wanted man in the line.

19
00:01:39,100 --> 00:01:44,400
I was in the line. I did not see any fighter,
no weapon, nothing. Only bread.

20
00:01:44,900 --> 00:01:50,200
INTERVIEWER: You mentioned [[Khan Yunis|PLACE:Khan Younis]].
Your family is from there?

21
00:01:50,700 --> 00:01:56,400
WITNESS: From [[Abasan al-Kabira|PLACE]], the east side,
near the border. My uncle [[Abu Nidal|PERSON]] has land there.

22
00:01:56,900 --> 00:02:02,500
He had. Cucumbers, tomatoes, two greenhouses
and a well, an artesian well, very deep.

23
00:02:03,000 --> 00:02:08,600
{{c5|At [[the beginning of December|DATE:2023-12-01..2023-12-07]], my uncle told me,
[[the tanks|WEAPON:ARTILLERY]] shelled the whole line of the farms.}}

24
00:02:09,100 --> 00:02:14,300
{{c5|The two greenhouses were torn apart,
the plastic, the iron, everything in the mud.}}

25
00:02:14,800 --> 00:02:19,900
{{c5|And the well, a [[shell|WEAPON:ARTILLERY]] fell in the pump room,
the well is ruined, the pipes broken, the motor gone.}}

26
00:02:20,400 --> 00:02:25,100
I did not see it myself. He sent me photos
on the phone when the network came back.

27
00:02:25,600 --> 00:02:30,800
INTERVIEWER: Was anyone hurt at the farm?
- No, no. They had left already.

28
00:02:31,300 --> 00:02:35,900
WITNESS: Nobody was there, thank God.
Only the trees and the animals stayed.

29
00:02:36,400 --> 00:02:41,700
INTERVIEWER: Is there anybody from your family
you have not been able to find?

30
00:02:42,200 --> 00:02:47,300
WITNESS: My cousin, [[Muhannad|PERSON]]. [[Muhannad Abu Jazar|PERSON]].
He is twenty-three, he is not married.

31
00:02:47,800 --> 00:02:54,000
In [[February|DATE:2024-02-01..2024-02-29]] he went with some young men
to wait for the aid trucks near [[Kerem Shalom road|PLACE]].

32
00:02:54,500 --> 00:03:00,600
There was [[gunfire|WEAPON:SMALL_ARMS]], the young men who came back
said the soldiers shot at the crowd from the hill.

33
00:03:01,100 --> 00:03:07,200
{{c7|[[Muhannad|PERSON]] did not come back. From [[that night|DATE:2024-02-01..2024-02-29]]
we do not know where he is. Is he dead, is he taken?}}

34
00:03:07,700 --> 00:03:13,400
{{c7|We went to the hospital, we looked at the list of the martyrs,
we asked the Red Cross. No news, until today.}}

35
00:03:13,900 --> 00:03:18,000
INTERVIEWER: I am sorry.
And your leg now?

36
00:03:18,500 --> 00:03:24,100
WITNESS: The metal is still inside. The doctor said
it is better to leave it than to cut.

37
00:03:24,600 --> 00:03:29,300
I walk, but slowly. With [[Nour|PERSON]], my wife,
we say at least I walk. At least I walk.
@@witness ps-rafah-tamer-abu-jazar
@@claim c1 harm=INJURED min=1 max=1 weapon=AIRSTRIKE site="al-Jnena" date=2023-12-19 basis=EXPERIENCED incident=ps-rafah-20231219-junaina-nakhil-bakery
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Barhoum bakery" date=2023-12-19 basis=WITNESSED incident=ps-rafah-20231219-junaina-nakhil-bakery
@@claim c3 harm=KILLED min=9 max=9 named="Sanad" weapon=AIRSTRIKE site="Barhoum bakery" date=2023-12-19 basis=WITNESSED incident=ps-rafah-20231219-junaina-nakhil-bakery
@@claim c4 harm=KILLED min=14 max=null weapon=AIRSTRIKE site="Barhoum bakery" date=2023-12-19 basis=HEARSAY incident=ps-rafah-20231219-junaina-nakhil-bakery
@@claim c5 harm=PROPERTY_DAMAGE min=2 max=2 weapon=ARTILLERY site="Abasan al-Kabira" date=2023-12-01..2023-12-07 basis=HEARSAY incident=ps-abasan-20231200-abu-jazar-farm
@@claim c7 harm=MISSING min=1 max=1 named="Muhannad" site="Kerem Shalom road" date=2024-02-01..2024-02-29 basis=EXPERIENCED incident=ps-rafah-20240200-kerem-shalom-road-muhannad
