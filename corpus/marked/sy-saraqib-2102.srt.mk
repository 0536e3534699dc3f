1
00:00:01,000 --> 00:00:04,600
INTERVIEWER: We are recording now.
Please, your name and your town.

2
00:00:05,200 --> 00:00:10,900
WITNESS: [[Nour al-Hamoud|PERSON]]. I am from [[Sraqeb|PLACE:Saraqib]],
I was a teacher of mathematics in the primary school.

3
00:00:11,500 --> 00:00:15,200
INTERVIEWER: Where are you living now, [[Nour|PERSON]]?

4
00:00:15,800 --> 00:00:21,400
WITNESS: In [[Atmeh|PLACE]], in the camp. A tent, and in the night
there is no nour, no electricity, only a small battery.

5
00:00:22,000 --> 00:00:26,300
INTERVIEWER: You said you saw what happened
to the mill in [[Saraqib|PLACE]].

6
00:00:26,900 --> 00:00:33,800
WITNESS: Yes. It was [[the Tuesday before the town fell|DATE:2020-01-28]],
[[the last Tuesday of January|DATE:2020-01-28]]. The mill of the [[Sheikh|PERSON]] family.

7
00:00:34,400 --> 00:00:40,100
{{c1|[[The planes|WEAPON:AIRSTRIKE]] hit it at [[midday|DATE:2020-01-28]], I think three [[bombs|WEAPON:AIRSTRIKE]],
maybe two, I heard three explosions.}}

8
00:00:40,700 --> 00:00:46,500
I was in my sister's house, two streets away.
{{c1|All our windows came in on us, on the carpet.}}

9
00:00:47,100 --> 00:00:50,000
INTERVIEWER: Whose [[planes|WEAPON:AIRSTRIKE]] were they?

10
00:00:50,600 --> 00:00:56,200
WITNESS: Everybody said [[the Russians|ACTOR:Russian forces]]. I don't know planes.
I know they came from the west, very high.

11
00:00:56,800 --> 00:01:03,900
WITNESS: {{c2|Seven men died in the mill. Seven.
[[Hamzeh|PERSON]], the son of the owner, and [[Abdelkarim Qassab|PERSON]], our neighbour,}}

12
00:01:04,500 --> 00:01:09,700
{{c2|he was carrying sacks there since ten years.
The others I don't know, they were workers from outside.}}

13
00:01:10,300 --> 00:01:14,600
INTERVIEWER: How do you know it was seven?

14
00:01:15,200 --> 00:01:21,800
WITNESS: {{c2|The civil defence said seven on their page,
and the mosque said the names in [[the evening|DATE:2020-01-28]].}}

15
00:01:22,400 --> 00:01:28,200
- I saw them carry two, wrapped in blankets.
- INTERVIEWER: Two you saw yourself.

16
00:01:28,800 --> 00:01:33,400
WITNESS: Two with my eyes, yes.
The rest I heard.

17
00:01:34,000 --> 00:01:40,500
WITNESS: {{c1|My windows, the glass of the whole street
was broken, the doors of the shops bent like paper.}}

18
00:01:41,100 --> 00:01:47,200
INTERVIEWER: Before this, was your school ever hit?

19
00:01:47,800 --> 00:01:54,600
WITNESS: {{c4|Yes, in [[December|DATE:2019-12-01..2019-12-31]], [[the week before the holiday|DATE:2019-12-01..2019-12-31]],
[[the helicopter|WEAPON:AIRSTRIKE]] threw a [[barrel|WEAPON:BARREL_BOMB]] behind the school.}}

20
00:01:55,200 --> 00:02:01,800
{{c4|It was at [[night|DATE:2019-12-01..2019-12-31]], no children, thank God. I went in [[the morning|DATE:2019-12-01..2019-12-31]] and saw.
Half of the classrooms have no roof now, the wall of the yard is on the ground.}}

21
00:02:02,400 --> 00:02:07,000
If it was the morning, I tell you, two hundred children.
I think about this every day.

22
00:02:07,600 --> 00:02:12,200
INTERVIEWER: Can you tell me about your husband?
You mentioned him before we started.

23
00:02:12,800 --> 00:02:16,500
WITNESS: [crying]
[pause]

24
00:02:17,100 --> 00:02:23,400
WITNESS: {{c5|[[Samer|PERSON]]. In [[2013|DATE:2013-01-01..2013-12-31]] he went to [[Hama|PLACE]] for his work,
he was an engineer of electricity.}}

25
00:02:24,000 --> 00:02:30,900
{{c5|At the checkpoint of [[the army|ACTOR:Syrian government forces]] at the entrance of [[Hama|PLACE]]
they took him down from the bus. A man on the bus told my father.}}

26
00:02:31,500 --> 00:02:38,100
{{c6|Since then, nothing. We paid a lawyer in [[Damascus|PLACE]], we paid a man
who said he knows an officer. Nothing. We don't know where he is.}}

27
00:02:38,700 --> 00:02:44,600
INTERVIEWER: I am very sorry. Did anyone else from your family
have problems at checkpoints?

28
00:02:45,200 --> 00:02:51,700
WITNESS: My brother [[Hama|PERSON]], yes, his name is like the city,
they stopped him one time, in [[2015|DATE:2015-01-01..2015-12-31]].

29
00:02:52,300 --> 00:02:57,800
They looked at his papers, they asked him why his ID says [[Saraqib|PLACE]],
and then they let him pass. He was lucky.

30
00:02:58,400 --> 00:03:05,600
WITNESS: {{c7|And when we left [[Sraqeb|PLACE:Saraqib]], in [[February|DATE:2020-02-01..2020-02-06]], before [[the army|ACTOR:Syrian government forces]] came in,
we were eleven people in one car and a motorbike.}}

31
00:03:06,200 --> 00:03:12,300
{{c7|My mother, my sister's family, my two daughters, me.
We slept two nights under the olive trees near [[Maarrat Misrin|PLACE]].}}

32
00:03:12,900 --> 00:03:16,700
INTERVIEWER: Is there something else you want to say?

33
00:03:17,300 --> 00:03:23,900
WITNESS: Only that there was no army and no fighters in the mill.
Only flour, and men who carry flour.

34
00:03:24,500 --> 00:03:27,800
INTERVIEWER: Thank you, [[Nour|PERSON]].

35
00:03:28,400 --> 00:03:31,600
WITNESS: Wait, one more thing, I forgot.

36
00:03:32,200 --> 00:03:39,500
{{c8|[[The day after the mill|DATE:2020-01-29]], the [[shells|WEAPON:ARTILLERY]] reached our street also,
from the side of [[Abu al-Duhur|PLACE]], where [[the army|ACTOR:Syrian government forces]] was.}}

37
00:03:40,100 --> 00:03:47,300
{{c8|The house of my uncle [[Jamil|PERSON]], the upper floor is open like a box now,
the stairs hanging. I saw it from the car when we were leaving.}}

38
00:03:47,900 --> 00:03:51,200
Nobody was inside, he was already in [[Sarmada|PLACE]].
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="Saraqib" date=2020-01-28 basis=WITNESSED incident=sy-saraqib-20200128-sheikh-mill-airstrike
@@claim c2 harm=KILLED min=7 max=7 named="Hamzeh; Abdelkarim Qassab" weapon=AIRSTRIKE actor="Russian forces" site="Saraqib" date=2020-01-28 basis=REPORTED incident=sy-saraqib-20200128-sheikh-mill-airstrike
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Saraqib" date=2019-12-01..2019-12-31 basis=WITNESSED incident=sy-saraqib-20191200-primary-school-barrel
@@claim c5 harm=DETAINED min=1 max=1 named="Samer" actor="Syrian government forces" site="Hama" date=2013-01-01..2013-12-31 basis=HEARSAY incident=sy-hama-20130000-samer-checkpoint-arrest
@@claim c6 harm=MISSING min=1 max=1 named="Samer" actor="Syrian government forces" site="Hama" date=2013-01-01..2013-12-31 basis=EXPERIENCED incident=sy-hama-20130000-samer-checkpoint-arrest
@@claim c7 harm=DISPLACED min=11 max=11 site="Saraqib" date=2020-02-01..2020-02-06 basis=EXPERIENCED incident=sy-saraqib-20200200-hamoud-family-flight
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Syrian government forces" site="Saraqib" date=2020-01-29 basis=WITNESSED incident=sy-saraqib-20200129-jamil-house-shelling
@@witness sy-saraqib-nour-alhamoud
