1
00:00:01,000 --> 00:00:04,200
INTERVIEWER: We are recording. Please say your name.

2
00:00:04,900 --> 00:00:09,600
WITNESS: [[Abdul Wahab|PERSON]], son of [[Gul Ahmad|PERSON]],
from [[Qarloq|PLACE]] village, [[Chahar Dara|PLACE]] district.

3
00:00:10,200 --> 00:00:14,800
INTERVIEWER: You worked at the mill of [[Mirza Khan|PERSON]]?

4
00:00:15,300 --> 00:00:21,000
WITNESS: Yes, he is my uncle, my father's brother.
I was weighing the sacks, I kept the book, who brought how much.

5
00:00:21,600 --> 00:00:27,400
INTERVIEWER: Tell me about the day of the [[bombing|WEAPON:AIRSTRIKE]], in [[2019|DATE:2019-01-01..2019-12-31]].

6
00:00:28,000 --> 00:00:34,500
WITNESS: It was [[Saturday|DATE:2019-09-14]], [[the 23rd of Sunbula|DATE:2019-09-14]].
In your calendar I think the middle of [[September|DATE:2019-09-01..2019-09-30]].

7
00:00:35,100 --> 00:00:41,000
After the harvest everybody brings wheat,
so there was a line, tractors, donkeys, maybe forty people.

8
00:00:41,600 --> 00:00:46,900
[[Around eleven|DATE:2019-09-14]], [[a little before the noon prayer|DATE:2019-09-14]],
I heard the sound of [[the plane|WEAPON:AIRSTRIKE]], high,

9
00:00:47,500 --> 00:00:51,000
and then, eh... then I was on the ground.

10
00:00:51,600 --> 00:00:57,800
{{c1|My ear was bleeding and my leg, a piece of the wall was on my leg, I could not pull it.}}

11
00:00:58,400 --> 00:01:04,000
INTERVIEWER: Take your time. What did you see when you could stand?

12
00:01:04,600 --> 00:01:11,200
WITNESS: {{c2|Dust, and people lying in the line, where they were waiting.
Nine of them were dead, I counted later with my uncle, nine.}}

13
00:01:11,800 --> 00:01:18,500
{{c2|My cousin [[Sharifullah|PERSON]], he was fifteen, and [[Qurban|PERSON]] the tractor driver,
and old [[Nazar Gul|PERSON]] who came every year with two sacks only.}}

14
00:01:19,100 --> 00:01:24,000
{{c3|The wounded, more than ten, they took them on the tractors to [[Kunduz|PLACE]].}}

15
00:01:24,600 --> 00:01:30,200
INTERVIEWER: Some people told us twelve were killed.

16
00:01:30,800 --> 00:01:36,400
WITNESS: Maybe two died later in the hospital, I don't know.
I tell you nine because nine I saw with my eyes.

17
00:01:37,000 --> 00:01:43,500
INTERVIEWER: And the mill itself?

18
00:01:44,100 --> 00:01:50,700
WITNESS: {{c4|The mill is gone. The stones broke in two, the roof fell into the machine,
the wheat of the whole village burned, four tractors also, burned with the wheat.}}

19
00:01:51,300 --> 00:01:56,000
My uncle built it with his own hands in the time of [[Zahir Shah|PERSON]].

20
00:01:56,600 --> 00:02:02,300
INTERVIEWER: Were there [[Taliban|ACTOR:Taliban]] at the mill [[that day|DATE:2019-09-14]]?

21
00:02:02,900 --> 00:02:09,000
WITNESS: In the line, no. There were no fighters there, no weapons.
The [[Taliban|ACTOR:Taliban]] are in the district, everybody knows, but not in the line.

22
00:02:09,600 --> 00:02:15,000
The radio said [[the foreign forces|ACTOR:NATO-led forces]] hit a [[Taliban|ACTOR:Taliban]] meeting.
What meeting? Farmers with flour.

23
00:02:15,600 --> 00:02:20,000
INTERVIEWER: What happened to your family after that?

24
00:02:20,600 --> 00:02:27,400
WITNESS: {{c5|[[Two weeks later|DATE:2019-09-28]] [[the intelligence|ACTOR:Afghan forces]] came at [[night|DATE:2019-09-28]] and arrested my two brothers,
[[Jalil|PERSON]] and [[Khalil Ahmad|PERSON]], from the house.}}

25
00:02:28,000 --> 00:02:34,600
{{c5|They said they are [[Taliban|ACTOR:Taliban]] because they complained about the mill.
Forty days they kept them in [[Kunduz|PLACE]], in the prison of the [[NDS|ACTOR:Afghan forces]].}}

26
00:02:35,200 --> 00:02:40,000
Then the elders went, and they paid, and they came back.
- Were they hurt?

27
00:02:40,600 --> 00:02:45,000
- [[Jalil|PERSON]] does not talk about it. His hands are not good.

28
00:02:45,600 --> 00:02:51,300
INTERVIEWER: You told my colleague about a checkpoint on the road to [[Imam Sahib|PLACE]].

29
00:02:51,900 --> 00:02:58,200
WITNESS: Yes. That was [[the next spring|DATE:2020-03-01..2020-05-31]], the beginning of [[Hamal|DATE:2020-03-20..2020-04-19]]?
No, before Nawroz. [[A Tuesday|DATE:2020-03-10]], in [[March|DATE:2020-03-01..2020-03-31]].

30
00:02:58,800 --> 00:03:04,500
I was going with the minibus to [[Emam Saheb|PLACE:Imam Sahib]], to my wife's family.
Near [[Aqtash|PLACE]] the [[Taliban|ACTOR:Taliban]] stopped us, they had a car across the road.

31
00:03:05,100 --> 00:03:11,000
They looked at every man's taskira, the ID card, one by one.

32
00:03:11,600 --> 00:03:18,500
{{c6|They took four men off the bus because they had papers of the government,
a teacher, two soldiers on leave, and my cousin [[Jawid|PERSON]], he works at the customs.}}

33
00:03:19,100 --> 00:03:25,000
One of them pointed to me, he said, this one also,
he has the hands of an office man.

34
00:03:25,600 --> 00:03:31,200
But the old driver, Kaka [[Sarwar|PERSON]], said he is my son, he is a farmer,
and they let me sit down again. So I came through.

35
00:03:31,800 --> 00:03:37,800
INTERVIEWER: And [[Jawid|PERSON]]?

36
00:03:38,400 --> 00:03:45,000
WITNESS: {{c7|[[Jawid|PERSON]] we have not seen. Not a call, not a letter,
nothing since [[that Tuesday|DATE:2020-03-10]].}} His wife is with us now.

37
00:03:45,600 --> 00:03:50,000
INTERVIEWER: Thank you. Is there anything you want to add?

38
00:03:50,600 --> 00:03:56,000
WITNESS: Write the names of the nine. I will give them to you, all nine.
@@witness af-chahardara-abdul-wahab
@@claim c1 harm=INJURED min=1 max=1 weapon=AIRSTRIKE actor="NATO-led forces" site="Qarloq" date=2019-09-14 basis=EXPERIENCED incident=af-chahardara-20190914-flour-mill-airstrike
@@claim c2 harm=KILLED min=9 max=9 named="Sharifullah; Qurban; Nazar Gul" weapon=AIRSTRIKE actor="NATO-led forces" site="Qarloq" date=2019-09-14 basis=WITNESSED incident=af-chahardara-20190914-flour-mill-airstrike
@@claim c3 harm=INJURED min=11 max=null weapon=AIRSTRIKE actor="NATO-led forces" site="Qarloq" date=2019-09-14 basis=WITNESSED incident=af-chahardara-20190914-flour-mill-airstrike
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="NATO-led forces" site="Qarloq" date=2019-09-14 basis=WITNESSED incident=af-chahardara-20190914-flour-mill-airstrike
@@claim c5 harm=DETAINED min=2 max=2 named="Jalil; Khalil Ahmad" actor="Afghan forces" site="Qarloq" date=2019-09-28 basis=WITNESSED incident=af-chahardara-20190928-wahab-brothers-arrest
@@claim c6 harm=DETAINED min=4 max=4 named="Jawid" actor=Taliban site="Aqtash" date=2020-03-10 basis=WITNESSED incident=af-imamsahib-20200310-aqtash-checkpoint
@@claim c7 harm=MISSING min=1 max=1 named="Jawid" actor=Taliban site="Aqtash" date=2020-03-10 basis=WITNESSED incident=af-imamsahib-20200310-aqtash-checkpoint
