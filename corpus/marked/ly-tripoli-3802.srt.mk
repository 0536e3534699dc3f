1
00:00:01,000 --> 00:00:05,400
INTERVIEWER: You were a teacher in [[Ein Zara|PLACE:Ain Zara]]?

2
00:00:05,900 --> 00:00:11,200
WITNESS: Arabic teacher, at the primary school near the
[[Fellah roundabout|PLACE]]. Twenty-two years. My name is [[Najwa Ashour|PERSON]].

3
00:00:11,800 --> 00:00:17,000
INTERVIEWER: I want to ask about the [[rockets|WEAPON:ROCKET]] on your street,
in [[the autumn of 2019|DATE:2019-09-01..2019-11-30]].

4
00:00:17,600 --> 00:00:24,300
WITNESS: Yes. It was [[the Tuesday|DATE:2019-09-17]] of the week the school
should open. [[Mid September|DATE:2019-09-10..2019-09-20]]. The ministry had delayed the opening because of the war.

5
00:00:24,900 --> 00:00:30,500
WITNESS: I was correcting the registers in my kitchen, because
I am a teacher even without school. And then the [[Katyusha|WEAPON:ROCKET]].

6
00:00:31,000 --> 00:00:36,800
WITNESS: We say [[Katyusha|WEAPON:ROCKET]] for all of them. Many. One after the other,
it went on for maybe ten minutes. {{c1|The window of the kitchen came in on the table.}}

7
00:00:37,400 --> 00:00:43,000
WITNESS: {{c1|The house of the [[Gaddour|PERSON]] family, two houses from us, was flattened.}}
{{c1|Nothing left of it, only the gate.}}

8
00:00:43,600 --> 00:00:47,900
- How many people were inside?
- {{c2|Five died. Five from that house.}}

9
00:00:48,400 --> 00:00:55,000
{{c2|The old man, [[Milad|PERSON]], and his wife, and three of the children of his son. I knew them, they were my pupils, [[Reem|PERSON]] was going to start first class.}}

10
00:00:55,600 --> 00:01:00,200
INTERVIEWER: Did you see this yourself?

11
00:01:00,800 --> 00:01:06,500
WITNESS: I saw the house down, yes, I went out with a torch.
The bodies I did not see. The men carried them. My husband counted five.

12
00:01:07,100 --> 00:01:13,000
WITNESS: Other people say four. I say what my husband says, he
carried them to the car of [[Abu Tamim|PERSON]]. Four or five, it is the same pain.

13
00:01:13,600 --> 00:01:18,800
INTERVIEWER: Was your school hit?

14
00:01:19,300 --> 00:01:25,000
WITNESS: No. The school was not hit [[that night|DATE:2019-09-17]], thanks to God.
They said later a [[rocket|WEAPON:ROCKET]] hit the school, but it was not true, I went there.

15
00:01:25,600 --> 00:01:31,800
WITNESS: But near the airport road, in the farms,
the children found [[cluster bombs|WEAPON:CLUSTER_MUNITION]], the small ones, [[after the rockets|DATE:2019-09-18]].

16
00:01:32,400 --> 00:01:38,900
WITNESS: {{c3|A boy from the [[Triki|PERSON]] farm, [[Nour|PERSON]], ten years old, picked one up [[the next morning|DATE:2019-09-18]] and it took two of his fingers.}}

17
00:01:39,500 --> 00:01:44,000
- Who told you this?
- {{c3|His mother, she is my cousin.}}

18
00:01:44,600 --> 00:01:51,200
WITNESS: She said the police took the rest of the [[bomblets|WEAPON:CLUSTER_MUNITION]] away in a bucket.
A bucket! [laughs] Sorry. It is not funny.

19
00:01:51,800 --> 00:01:57,000
INTERVIEWER: Who do you think fired the [[rockets|WEAPON:ROCKET]] on [[Ayn Zara|PLACE:Ain Zara]]?

20
00:01:57,600 --> 00:02:04,300
WITNESS: [[Haftar's forces|ACTOR:Libyan National Army]]. They were south of us. Their page
on Facebook even wrote, we hit the militias in [[Ein Zara|PLACE:Ain Zara]]. Militias! A grandmother and children.

21
00:02:04,900 --> 00:02:09,500
INTERVIEWER: You also wanted to talk about your brother.

22
00:02:10,100 --> 00:02:16,600
WITNESS: [[Mustafa|PERSON]]. [[Mustafa Ashour|PERSON]]. He had a shop for mobile phones
in [[Abu Slim|PLACE:Abu Salim]], on the main street by the [[Hadba hospital|PLACE]] turning.

23
00:02:17,200 --> 00:02:22,800
WITNESS: {{c4|In [[January|DATE:2020-01-01..2020-01-31]], [[the first week of January 2020|DATE:2020-01-01..2020-01-07]],
four men in a car without plates came and took him from the shop.}}

24
00:02:23,400 --> 00:02:29,000
WITNESS: {{c4|The boy who works with him saw everything. They pushed [[Mustafa|PERSON]]
in the back and they took also the money box.}}

25
00:02:29,600 --> 00:02:33,800
- Do you know who they were?
- A brigade. From [[Tripoli|PLACE]] itself, not [[Haftar|ACTOR:Libyan National Army]].

26
00:02:34,400 --> 00:02:39,900
WITNESS: I will not say which brigade. They are still there.
You understand me, we still live among them.

27
00:02:40,500 --> 00:02:46,000
WITNESS: {{c5|And from [[that day|DATE:2020-01-01..2020-01-07]] until today, nothing. We do not know if [[Mustafa|PERSON]] is alive.}}
{{c5|No prison has his name.}}

28
00:02:46,600 --> 00:02:52,300
WITNESS: They wanted to take my father also, when he went to ask at their base,
but the elders of [[Abu Salim|PLACE]] stood between them and he came home.

29
00:02:52,900 --> 00:02:58,100
INTERVIEWER: Did you have to leave [[Ain Zara|PLACE]]?

30
00:02:58,700 --> 00:03:04,600
WITNESS: {{c6|Yes. [[The week after the rockets|DATE:2019-09-18..2019-09-24]], all our side of the street left.
Maybe thirty families.}} {{c6|We went to [[Janzour|PLACE]], to my sister.}}

31
00:03:05,200 --> 00:03:10,000
WITNESS: We came back in [[June|DATE:2020-06-01..2020-06-30]], after they pulled back.
The house is standing. The cracks, we fill them.

32
00:03:10,600 --> 00:03:16,000
INTERVIEWER: Thank you, [[Najwa|PERSON]]. Is there something else you want to add?

33
00:03:16,600 --> 00:03:22,000
WITNESS: Only that people say salam, salam, peace is coming.
I will believe when [[Mustafa|PERSON]] knocks on the door.
@@witness ly-tripoli-najwa-ashour
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Gaddour" weapon=ROCKET actor="Libyan National Army" site="Ein Zara" date=2019-09-17 basis=WITNESSED incident=ly-tripoli-20190917-ainzara-gadour-house-grad
@@claim c2 harm=KILLED min=5 max=5 named="Milad; Reem" weapon=ROCKET actor="Libyan National Army" site="Ein Zara" date=2019-09-17 basis=HEARSAY incident=ly-tripoli-20190917-ainzara-gadour-house-grad
@@claim c3 harm=INJURED min=1 max=1 named="Nour" weapon=CLUSTER_MUNITION site="Ein Zara" date=2019-09-18 basis=HEARSAY incident=ly-tripoli-20190918-ainzara-triki-farm-bomblet
@@claim c4 harm=DETAINED min=1 max=1 named="Mustafa" site="Abu Slim" date=2020-01-01..2020-01-07 basis=HEARSAY incident=ly-tripoli-20200100-abusalim-mustafa-ashour-taken
@@claim c5 harm=MISSING min=1 max=1 named="Mustafa" site="Abu Slim" date=2020-01-01..2020-01-07 basis=HEARSAY incident=ly-tripoli-20200100-abusalim-mustafa-ashour-taken
@@claim c6 harm=DISPLACED min=30 max=30 site="Ein Zara" date=2019-09-18..2019-09-24 basis=EXPERIENCED incident=ly-tripoli-20190900-ainzara-street-flight
