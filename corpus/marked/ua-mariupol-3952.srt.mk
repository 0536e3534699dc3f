1
00:00:01,000 --> 00:00:05,400
INTERVIEWER: For the record, your name and your work before the war.

2
00:00:05,900 --> 00:00:11,200
WITNESS: [[Viktor Melnychuk|PERSON]]. Forty-four. I was a crane operator
at [[Azovstal|PLACE]], twenty years, in the rolling shop.

3
00:00:11,700 --> 00:00:16,000
INTERVIEWER: And you lived in [[Levoberezhny|PLACE:Livoberezhnyi]] district?

4
00:00:16,500 --> 00:00:22,300
WITNESS: Yes, on [[Mashinostroiteley avenue|PLACE:Mashynobudivnykiv avenue]], the nine-storey building
behind the pharmacy. With my wife [[Olena|PERSON]] and her mother.

5
00:00:22,800 --> 00:00:28,000
INTERVIEWER: Other residents told us about [[rockets|WEAPON:ROCKET]] in a courtyard there in [[March|DATE:2022-03-01..2022-03-31]].

6
00:00:28,500 --> 00:00:33,900
WITNESS: The courtyard where they made the fire, yes. That was [[the 7th|DATE:2022-03-07]], [[Monday|DATE:2022-03-07]], [[the first day of the fast|DATE:2022-03-07]].

7
00:00:34,400 --> 00:00:37,000
- Are you sure of the date?
- I think so. [[Monday|DATE:2022-03-07]].

8
00:00:37,500 --> 00:00:43,800
WITNESS: I was not in the yard, I was in the basement with the generator.
{{c1|I heard it hit, four or five times, one after the other, the walls were shaking.}}

9
00:00:44,300 --> 00:00:50,000
WITNESS: {{c1|When it stopped I went up, and I saw them, five bodies, near the fire, the pot was turned over.}}

10
00:00:50,500 --> 00:00:56,700
{{c1|The grandmother from the next entrance with the boy, and [[Tolya|PERSON]] the electrician,
and two more men I knew only by face.}}

11
00:00:57,200 --> 00:01:02,000
INTERVIEWER: Were there wounded?

12
00:01:02,500 --> 00:01:08,900
WITNESS: {{c2|Yes, some, a woman with the leg, a young guy with the arm. We put them on a door
and [[Roma|PERSON]] drove them in his van to the hospital.}}

13
00:01:09,400 --> 00:01:14,000
INTERVIEWER: What was it that hit, do you know?

14
00:01:14,500 --> 00:01:20,800
WITNESS: [[Grad|WEAPON:ROCKET]]. You know it, after two weeks you know every sound. From [[the Russians|ACTOR:Russian armed forces in Ukraine]],
they were already at [[Vostochny|PLACE:Skhidnyi]] then.

15
00:01:21,300 --> 00:01:25,000
INTERVIEWER: When did you leave the district?

16
00:01:25,500 --> 00:01:32,000
WITNESS: {{c3|At [[the end of March|DATE:2022-03-25..2022-03-31]] we went to the shelter under [[Azovstal|PLACE]], because the house was burning
and my wife's mother could not walk anymore, we carried her.}}

17
00:01:32,500 --> 00:01:36,300
{{c3|Me, [[Olena|PERSON]], her mother [[Nadiia|PERSON]], and her brother [[Bohdan|PERSON]] with his wife.}}

18
00:01:36,800 --> 00:01:42,000
INTERVIEWER: What was the situation in the shelter?

19
00:01:42,500 --> 00:01:49,000
WITNESS: Many people, maybe a hundred in our bunker. Dark. We had some food from the factory canteen.
[[The soldiers|ACTOR:Ukrainian armed forces]] were in other parts, not with us.

20
00:01:49,500 --> 00:01:55,800
WITNESS: [[Our boys|ACTOR:Ukrainian armed forces]] fought up there, [[the marines|ACTOR:Ukrainian armed forces]], [[the Ukrainian army|ACTOR:Ukrainian armed forces]], many of them were killed in the fighting, but that is war, that is not my story.

21
00:01:56,300 --> 00:02:01,000
INTERVIEWER: There were reports of a [[chemical attack|WEAPON:CHEMICAL]] at [[Azovstal|PLACE]] in [[April|DATE:2022-04-01..2022-04-30]].

22
00:02:01,500 --> 00:02:08,600
WITNESS: People talked, yes, that they used some [[gas|WEAPON:CHEMICAL]]. I did not smell anything, nobody in our bunker was sick from it.
I cannot say it was true.

23
00:02:09,100 --> 00:02:14,000
WITNESS: But the burning thing, that I saw. In [[May|DATE:2022-05-01..2022-05-31]], [[the first days|DATE:2022-05-01..2022-05-05]].

24
00:02:14,500 --> 00:02:21,400
WITNESS: {{c4|It came down at [[night|DATE:2022-05-01..2022-05-05]] like fireworks, white, on the entrance to our bunker,
the [[phosphorus|WEAPON:INCENDIARY]] or what it is, and it burned on the ground and on people.}}

25
00:02:21,900 --> 00:02:27,500
WITNESS: {{c4|[[Bohdan|PERSON]] had his back burned, and an old man next to him, his hands, the skin went off.}}

26
00:02:28,000 --> 00:02:31,000
[crying]

27
00:02:31,500 --> 00:02:36,800
INTERVIEWER: We can stop for a minute.
- No, it's fine. It's fine.

28
00:02:37,300 --> 00:02:43,000
WITNESS: {{c5|When we came out with the evacuation, on [[the 8th|DATE:2022-05-08]], at [[Bezimenne|PLACE]]
they put me apart from the women, for the filtration.}}

29
00:02:43,500 --> 00:02:50,000
WITNESS: {{c5|Three days they kept me in a tent, [[the Russians|ACTOR:Russian armed forces in Ukraine]] and the ones from [[DNR|ACTOR:Russian-backed separatist forces]], they looked in my phone,
at my tattoos, asked if I was [[Azov|ACTOR:Ukrainian armed forces]].}}

30
00:02:50,500 --> 00:02:55,800
WITNESS: Then they let me go. I was lucky. {{c7|A man from our bunker, [[Kostia|PERSON]], they kept, I don't know where he is.}}

31
00:02:56,300 --> 00:03:00,000
INTERVIEWER: You mean he is missing?

32
00:03:00,500 --> 00:03:06,800
WITNESS: {{c6|[[Kostiantyn Horbenko|PERSON]]. Since [[Bezimenne|PLACE]] nobody has heard of him, his sister calls the hotline every week.}}

33
00:03:07,300 --> 00:03:12,000
INTERVIEWER: Thank you, [[Viktor|PERSON]]. Anything else?

34
00:03:12,500 --> 00:03:18,000
WITNESS: Only that they say it was four in that courtyard. {{c1|I counted five. I carried them. Five.}}
@@witness ua-mariupol-viktor-melnychuk
@@claim c1 harm=KILLED min=5 max=5 named="Tolya" weapon=ROCKET actor="Russian armed forces in Ukraine" site="Mashinostroiteley avenue" date=2022-03-07 basis=WITNESSED incident=ua-mariupol-20220306-mashynobudivnykiv-yard-grad
@@claim c2 harm=INJURED min=2 max=null weapon=ROCKET site="Mashinostroiteley avenue" date=2022-03-07 basis=WITNESSED incident=ua-mariupol-20220306-mashynobudivnykiv-yard-grad
@@claim c3 harm=DISPLACED min=5 max=5 named="Viktor Melnychuk; Olena; Nadiia; Bohdan" site="Mashinostroiteley avenue" date=2022-03-25..2022-03-31 basis=EXPERIENCED incident=ua-mariupol-20220300-melnychuk-family-azovstal-shelter
@@claim c4 harm=INJURED min=2 max=2 named="Bohdan" weapon=INCENDIARY site="Azovstal" date=2022-05-01..2022-05-05 basis=WITNESSED incident=ua-mariupol-20220500-azovstal-bunker-entrance-phosphorus
@@claim c5 harm=DETAINED min=1 max=1 named="Viktor Melnychuk" actor="Russian armed forces in Ukraine" site="Bezimenne" date=2022-05-08..2022-05-11 basis=EXPERIENCED incident=ua-mariupol-20220508-bezimenne-filtration-melnychuk
@@claim c6 harm=MISSING min=1 max=1 named="Kostiantyn Horbenko" site="Bezimenne" date=2022-05-08 basis=HEARSAY incident=ua-mariupol-20220508-bezimenne-horbenko-missing
@@claim c7 harm=DETAINED min=1 max=1 named="Kostia" actor="Russian armed forces in Ukraine" site="Bezimenne" date=2022-05-08 basis=WITNESSED incident=ua-mariupol-20220508-bezimenne-horbenko-missing
