1
00:00:01,000 --> 00:00:04,200
INTERVIEWER: Can you say your name, and where you were
in [[March|DATE:2019-03-01..2019-03-31]]?

2
00:00:04,900 --> 00:00:10,300
WITNESS: My name is [[Widad al-Hasan|PERSON]]. In [[March|DATE:2019-03-01..2019-03-31]] I was
in [[Baghouz|PLACE:Baghuz]], in the camp, the tents by the river.

3
00:00:10,900 --> 00:00:15,000
INTERVIEWER: How did you come to be in [[Baghuz|PLACE]]?

4
00:00:15,600 --> 00:00:22,400
WITNESS: My husband was with them, with [[Daesh|ACTOR:Islamic State]]. We came from
[[al-Shafa|PLACE]], then [[al-Susa|PLACE:al-Susah]], always going down the river, every time they lost a village.

5
00:00:23,000 --> 00:00:29,800
WITNESS: At the end there was only [[Baghouz|PLACE:Baghuz]]. Small. Everybody
in tents and cars, and holes in the ground.

6
00:00:30,500 --> 00:00:34,000
INTERVIEWER: Tell me about the day you want to tell me about.

7
00:00:34,700 --> 00:00:41,900
WITNESS: It was [[a Sunday|DATE:2019-03-10]], I think, [[the 10th|DATE:2019-03-10]]. The [[SDF|ACTOR:Syrian Democratic Forces]] had stopped for some days, to let people out,
and [[that evening|DATE:2019-03-10]] it started again.

8
00:00:42,500 --> 00:00:49,000
WITNESS: {{c1|The [[mortars|WEAPON:MORTAR]] fell on the tents near the water, one after the other, maybe ten, maybe more.}}

9
00:00:49,600 --> 00:00:56,200
WITNESS: {{c2|And then the white fire, the [[phosphorus|WEAPON:INCENDIARY]]. The tents burned like paper. The whole row burned.}}

10
00:00:56,800 --> 00:01:02,000
INTERVIEWER: Did you see who was hurt?

11
00:01:02,600 --> 00:01:10,400
WITNESS: {{c3|My neighbour [[Umm Abdullah|PERSON]], she was from [[Iraq|PLACE]], from [[Tal Afar|PLACE]].
She died in her tent with her two girls.}}

12
00:01:11,000 --> 00:01:16,500
WITNESS: {{c3|[[Asma|PERSON]], who was six, and the small one, [[Ruqayya|PERSON]]. Three years.}}

13
00:01:17,100 --> 00:01:24,000
WITNESS: {{c5|In our row, I counted, more than twenty dead. Women and children. In [[the morning|DATE]] the men put them in the ground near the cars.}}

14
00:01:24,600 --> 00:01:28,000
- How do you know it was more than twenty?
- I counted the graves.

15
00:01:28,600 --> 00:01:35,000
WITNESS: {{c6|And my son [[Yaman|PERSON]], his arm was burned, here, until the elbow.}} He still has it.

16
00:01:35,700 --> 00:01:40,200
INTERVIEWER: Who was firing, do you know?

17
00:01:40,800 --> 00:01:48,600
WITNESS: From the other side, from the hill. [[The coalition|ACTOR:US-led coalition]] and the [[SDF|ACTOR:Syrian Democratic Forces]], they were together.
The [[phosphorus|WEAPON:INCENDIARY]], they say it was [[the Americans|ACTOR:US-led coalition]], but I don't know.

18
00:01:49,200 --> 00:01:55,000
INTERVIEWER: Were there fighters near the tents?

19
00:01:55,600 --> 00:02:03,000
WITNESS: Some, yes, I will not lie. Behind the tents, by the trucks.
But where we were, it was only families.

20
00:02:03,600 --> 00:02:09,800
INTERVIEWER: When did you leave [[al-Baghuz|PLACE:Baghuz]]?

21
00:02:10,400 --> 00:02:17,000
WITNESS: [[Three days later|DATE:2019-03-13]]. We walked to the [[SDF|ACTOR:Syrian Democratic Forces]] in [[the night|DATE]]. My husband stayed.

22
00:02:17,600 --> 00:02:24,200
WITNESS: On the way there was a path with stones, they told us, walk only where the stones are,
because of the [[mines|WEAPON:LANDMINE]].

23
00:02:24,800 --> 00:02:31,500
WITNESS: {{c7|A young man in front of us, [[Anas|PERSON]], from [[Mayadin|PLACE:al-Mayadin]], he stepped out of the line.
The [[mine|WEAPON:LANDMINE]] took his foot.}}

24
00:02:32,100 --> 00:02:36,600
WITNESS: Nobody could help him, they shouted at us to keep walking.
[crying]

25
00:02:37,200 --> 00:02:42,000
INTERVIEWER: Take your time. We can stop.

26
00:02:42,600 --> 00:02:50,200
WITNESS: It's OK. {{c8|My husband, [[Abu Yaman|PERSON]], I don't know where he is. Maybe dead, maybe in a prison.}}

27
00:02:50,800 --> 00:02:57,000
WITNESS: Some women said the [[SDF|ACTOR:Syrian Democratic Forces]] took the men to [[Hasakeh|PLACE:Hasakah]], others said he was killed in [[the last days|DATE]].

28
00:02:57,600 --> 00:03:03,400
INTERVIEWER: Before [[the 10th|DATE:2019-03-10]], were there other attacks on the tents?

29
00:03:04,000 --> 00:03:12,000
WITNESS: Every day something. But {{c9,c10|one time, before that, I think [[the 4th or the 5th|DATE:2019-03-04..2019-03-05]], [[the drone|WEAPON:DRONE_STRIKE]] hit a car next to the well.
Two men inside were killed.}}

30
00:03:12,600 --> 00:03:18,000
WITNESS: I did not know them. One of them was called [[Abu Qasura|PERSON]],
this I heard after.

31
00:03:18,600 --> 00:03:24,800
WITNESS: The [[Daesh|ACTOR:Islamic State]] men, they said they will make the whole camp a grave if the women try to leave.
They said this, but in the end many left.

32
00:03:25,400 --> 00:03:31,000
INTERVIEWER: Is there anyone else from your tent row we could talk to?

33
00:03:31,600 --> 00:03:38,000
WITNESS: [[Fatima Shuaib|PERSON]], she is in this camp, section four. She saw [[the same night|DATE]].
And [[Hanadi|PERSON]], the Iraqi woman's sister, but she went back to [[Iraq|PLACE]].

@@witness sy-baghuz-widad-alhasan
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="US-led coalition" site="Baghouz" date=2019-03-10 basis=WITNESSED incident=sy-baghuz-20190310-tent-camp-phosphorus
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="US-led coalition" site="Baghouz" date=2019-03-10 basis=WITNESSED incident=sy-baghuz-20190310-tent-camp-phosphorus
@@claim c3 harm=KILLED min=3 max=3 named="Umm Abdullah; Asma; Ruqayya" weapon=INCENDIARY actor="US-led coalition" site="Baghouz" date=2019-03-10 basis=WITNESSED incident=sy-baghuz-20190310-tent-camp-phosphorus
@@claim c5 harm=KILLED min=21 max=null site="Baghouz" actor="US-led coalition" date=2019-03-10 basis=WITNESSED incident=sy-baghuz-20190310-tent-camp-phosphorus
@@claim c6 harm=INJURED min=1 max=1 named="Yaman" weapon=INCENDIARY actor="US-led coalition" site="Baghouz" date=2019-03-10 basis=WITNESSED incident=sy-baghuz-20190310-tent-camp-phosphorus
@@claim c7 harm=INJURED min=1 max=1 named="Anas" weapon=LANDMINE site="Baghouz" date=2019-03-13 basis=WITNESSED incident=sy-baghuz-20190313-exit-path-mine
@@claim c8 harm=MISSING min=1 max=1 named="Abu Yaman" site="Baghouz" date=2019-03-13 basis=EXPERIENCED incident=sy-baghuz-20190313-abu-yaman-missing
@@claim c9 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE site="Baghouz" date=2019-03-04..2019-03-05 basis=WITNESSED incident=sy-baghuz-20190304-well-car-drone
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Baghouz" date=2019-03-04..2019-03-05 basis=WITNESSED incident=sy-baghuz-20190304-well-car-drone
