1
00:00:01,000 --> 00:00:05,400
INTERVIEWER: Can you tell us your name
and your work in the camp?

2
00:00:06,000 --> 00:00:12,800
WITNESS: I am [[Seng Mai|PERSON]], [[Nhkum Seng Mai|PERSON]].
I am a nurse at the clinic of [[Jeyang|PLACE:Je Yang]] camp, near [[Laija|PLACE:Laiza]].

3
00:00:13,300 --> 00:00:18,000
INTERVIEWER: You were on duty
[[the night|DATE]] of the [[shelling|WEAPON:ARTILLERY]] in [[December|DATE:2023-12-01..2023-12-31]]?

4
00:00:18,600 --> 00:00:24,900
WITNESS: Yes. [[The 28th|DATE:2023-12-28]], I think,
because [[the 27th|DATE]] was the wedding of my cousin, and it was [[the night after|DATE]].

5
00:00:25,500 --> 00:00:31,200
Or [[the same night|DATE]]? [pause] No, I think [[the 28th|DATE]].
[[Around nine, nine thirty|DATE:2023-12-28]].

6
00:00:31,800 --> 00:00:37,600
We heard the first [[shell|WEAPON:ARTILLERY]] fall outside the fence,
then two inside, and one on the football ground.

7
00:00:38,200 --> 00:00:43,000
- INTERVIEWER: Who fired them?
- WITNESS: [[The Myanmar military|ACTOR:Tatmadaw]].

8
00:00:43,500 --> 00:00:49,800
They have the [[artillery|WEAPON:ARTILLERY]] at the camp on the hill,
[[the soldiers|ACTOR:Tatmadaw]] came there in [[November|DATE:2023-11-01..2023-11-30]].

9
00:00:50,300 --> 00:00:56,000
{{c1|At the clinic we received the dead and the wounded.
Nine people died, nine, I wrote the names in the book.}}

10
00:00:56,600 --> 00:01:02,800
{{c1|Two children of [[Marip|PERSON]] family, their mother,
the old man [[Zau Tu|PERSON]], and five young men.}}

11
00:01:03,400 --> 00:01:08,000
{{c1|Two of the young men died at the clinic
because we had no blood for them.}}

12
00:01:08,600 --> 00:01:15,100
{{c2|Wounded, we treated seventeen.
The worst one, [[Ah Bu|PERSON]], a boy, lost his leg below the knee.}}

13
00:01:15,700 --> 00:01:21,000
We sent him to [[China|PLACE]] for the operation,
with the help of the church.

14
00:01:21,600 --> 00:01:26,000
INTERVIEWER: Was there any military target
near the place where the [[shells|WEAPON:ARTILLERY]] fell?

15
00:01:26,600 --> 00:01:33,000
WITNESS: No. There was no fighting [[that night|DATE]].
No [[KIA|ACTOR:Kachin Independence Army]] in the camp, the camp committee does not allow.

16
00:01:33,600 --> 00:01:39,500
The nearest [[Kachin army|ACTOR:Kachin Independence Army]] post is maybe three miles,
in the mountain.

17
00:01:40,000 --> 00:01:45,000
INTERVIEWER: Have you seen other attacks
with different weapons?

18
00:01:45,600 --> 00:01:52,400
WITNESS: {{c3|In [[Hpakant|PLACE]], when I worked there in [[2021|DATE:2021-01-01..2021-12-31]],
[[the helicopter|WEAPON:AIRSTRIKE]] dropped a [[barrel|WEAPON:BARREL_BOMB]] on a jade camp.}}

19
00:01:52,900 --> 00:01:58,000
{{c3|I treated three miners with burns
from that [[barrel|WEAPON:BARREL_BOMB]], it was full of fuel and metal.}}

20
00:01:58,600 --> 00:02:04,000
And [[landmines|WEAPON:LANDMINE]], of course, every month,
people who go for the firewood.

21
00:02:04,500 --> 00:02:10,300
{{c4|[[Last month|DATE:2024-01-01..2024-01-31]], a woman, [[Roi Ja|PERSON]], stepped on a [[mine|WEAPON:LANDMINE]]
behind the camp, on the path to the bamboo forest.}}

22
00:02:10,800 --> 00:02:15,000
{{c4|She lost her foot.}} Nobody knows who put the [[mine|WEAPON:LANDMINE]],
both sides put [[mines|WEAPON:LANDMINE]].

23
00:02:15,600 --> 00:02:21,000
INTERVIEWER: Are you yourself from [[Laiza|PLACE]]?

24
00:02:21,500 --> 00:02:28,400
WITNESS: No, from [[Sumprabum|PLACE]], in the north.
My parents are still there, my brother also, in the rice fields.

25
00:02:29,000 --> 00:02:35,000
Since [[2018|DATE:2018-01-01..2018-12-31]] I cannot go home, the road is closed,
I see my mother only on the phone, when there is signal.

26
00:02:35,600 --> 00:02:39,000
INTERVIEWER: Thank you, [[Seng Mai|PERSON]].
@@witness mm-laiza-seng-mai-nurse
@@claim c1 harm=KILLED min=9 max=9 named="Zau Tu" weapon=ARTILLERY actor="Tatmadaw" site="Jeyang" date=2023-12-28 basis=WITNESSED incident=mm-laiza-20231227-je-yang-camp-shelling
@@claim c2 harm=INJURED min=17 max=17 named="Ah Bu" weapon=ARTILLERY actor="Tatmadaw" site="Jeyang" date=2023-12-28 basis=WITNESSED incident=mm-laiza-20231227-je-yang-camp-shelling
@@claim c3 harm=INJURED min=3 max=3 weapon=BARREL_BOMB site="Hpakant" date=2021-01-01..2021-12-31 basis=WITNESSED incident=mm-hpakant-20210000-jade-camp-barrel
@@claim c4 harm=INJURED min=1 max=1 named="Roi Ja" weapon=LANDMINE site="Jeyang" date=2024-01-01..2024-01-31 basis=HEARSAY incident=mm-laiza-20240100-je-yang-roi-ja-mine
