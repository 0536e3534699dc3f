1
00:00:01,000 --> 00:00:04,300
INTERVIEWER: Can you tell us your name, please?

2
00:00:04,800 --> 00:00:09,600
WITNESS: [[Najlaa Younis Dawood|PERSON]]. [[Umm Taim|PERSON]].
From [[Hay al-Tenek|PLACE:Hay al-Tanak]], in [[Mosul|PLACE]], the right side.

3
00:00:10,100 --> 00:00:15,400
INTERVIEWER: You told my colleague about the house at the corner of your street.
- Yes, the house of the [[Allaf|PERSON]] family.

4
00:00:16,000 --> 00:00:22,800
WITNESS: It was in [[May|DATE:2017-05-01..2017-05-31]], before [[Ramadan|DATE:2017-05-27..2017-06-25]], [[the Thursday|DATE:2017-05-11]].
My sister's daughter [[Rana|PERSON]] was in that basement with her two boys,

5
00:00:23,200 --> 00:00:28,000
{{c8|because her house in [[al-Yarmouk|PLACE]] was gone.}} She came to us, and our house
had no basement, so she went down to the neighbours.

6
00:00:28,500 --> 00:00:34,900
WITNESS: {{c1|I was making bread on the saj when the [[air strike|WEAPON:AIRSTRIKE]] came.}}
{{c1,c2|The windows of my kitchen fell on me, the glass, here, look, on my arm.}}

7
00:00:35,300 --> 00:00:41,700
{{c2|When I went out, the house of the [[Allaf|PERSON]] was not there.
Three floors, flat on the ground, like a cake.}}

8
00:00:42,200 --> 00:00:44,500
[crying]

9
00:00:45,000 --> 00:00:51,300
{{c3|They took out [[Rana|PERSON]] [[the next day|DATE:2017-05-12]]. Her boys, [[Yaman|PERSON]] and [[Taim|PERSON]],
seven and four, they were with her, under her.}}

10
00:00:51,800 --> 00:00:58,400
{{c3|We buried the three of them together, in the garden of the clinic, because the cemetery was on the side of [[Daesh|ACTOR:Islamic State]].}}

11
00:00:59,000 --> 00:01:05,500
INTERVIEWER: How many people died in that house, do you know?

12
00:01:06,000 --> 00:01:11,900
WITNESS: {{c4|Twenty-three, they said, with the children, the families from the street and from outside.}}

13
00:01:12,300 --> 00:01:17,600
{{c4|My husband counted the names with the men at the mosque, twenty-three.}}

14
00:01:18,000 --> 00:01:23,800
INTERVIEWER: Were [[Daesh|ACTOR:Islamic State]] fighters in that house?
WITNESS: Not inside. On the street, yes, they passed, with their motorcycles.

15
00:01:24,300 --> 00:01:30,200
I don't know who sent [[the plane|WEAPON:AIRSTRIKE]]. [[The Americans|ACTOR:US-led coalition]], [[the Iraqis|ACTOR:Iraqi forces]]. For us it is the same, it came from the sky.

16
00:01:30,700 --> 00:01:36,600
INTERVIEWER: Did you stay in [[Tanak|PLACE:Hay al-Tanak]] after that?
WITNESS: Two weeks, then we went to my brother in [[Hamdaniya|PLACE]].

17
00:01:37,000 --> 00:01:43,400
{{c5|We went out in [[Ramadan|DATE:2017-05-27..2017-06-25]], walking, to the checkpoint of [[the army|ACTOR:Iraqi forces]], six of us, with two bags.}}

18
00:01:44,000 --> 00:01:49,300
INTERVIEWER: And now? Have you gone back to [[al-Tenek|PLACE:Hay al-Tanak]]?

19
00:01:49,800 --> 00:01:56,500
WITNESS: [[Last spring|DATE:2018-03-01..2018-05-31]] we went back. {{c6|Our house, there was nothing left of it,
only the stairs and one wall. Everything inside burned.}}

20
00:01:57,000 --> 00:02:03,600
{{c7|And our neighbour, [[Abu Tahsin|PERSON]], [[the second day we were back|DATE]],
he opened the door of his kitchen, and it exploded. [[Daesh|ACTOR:Islamic State]] left a [[bomb|WEAPON:IED]] there, behind the door.}}

21
00:02:04,000 --> 00:02:09,100
{{c7|I heard it, I ran there with my son. He was dead, [[Abu Tahsin|PERSON]], in the door.}}

22
00:02:09,600 --> 00:02:14,200
INTERVIEWER: Was anybody else hurt?
WITNESS: No. His wife was in the street, thanks God.

23
00:02:14,700 --> 00:02:19,800
After this, the engineers of [[the army|ACTOR:Iraqi forces]] came and they found two more [[bombs|WEAPON:IED]] in the street.
Nobody was hurt from them, they took them away.

24
00:02:20,300 --> 00:02:26,000
INTERVIEWER: Thank you, [[Umm Taim|PERSON]].
WITNESS: Write the names. [[Rana|PERSON]], [[Yaman|PERSON]], [[Taim|PERSON]]. Write them.
@@witness iq-mosul-najlaa-dawood
@@claim c1 harm=INJURED min=1 max=1 named="Najlaa Younis Dawood" weapon=AIRSTRIKE site="Hay al-Tenek" date=2017-05-11 basis=EXPERIENCED incident=iq-mosul-20170511-tanak-allaf-house-airstrike
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Hay al-Tenek" date=2017-05-11 basis=WITNESSED incident=iq-mosul-20170511-tanak-allaf-house-airstrike
@@claim c3 harm=KILLED min=3 max=3 named="Rana; Yaman; Taim" weapon=AIRSTRIKE site="Hay al-Tenek" date=2017-05-11 basis=WITNESSED incident=iq-mosul-20170511-tanak-allaf-house-airstrike
@@claim c4 harm=KILLED min=23 max=23 weapon=AIRSTRIKE site="Hay al-Tenek" date=2017-05-11 basis=HEARSAY incident=iq-mosul-20170511-tanak-allaf-house-airstrike
@@claim c5 harm=DISPLACED min=6 max=6 site="Tanak" date=2017-05-27..2017-06-25 basis=EXPERIENCED incident=iq-mosul-20170600-tanak-dawood-family-flight
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="al-Tenek" date=2017-05-01..2018-05-31 basis=WITNESSED incident=iq-mosul-20170500-tanak-dawood-house-destroyed
@@claim c7 harm=KILLED min=1 max=1 named="Abu Tahsin" weapon=IED actor="Islamic State" site="al-Tenek" date=2018-03-01..2018-05-31 basis=WITNESSED incident=iq-mosul-20180400-tanak-abu-tahsin-kitchen-ied
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="al-Yarmouk" basis=HEARSAY incident=iq-mosul-20170000-yarmouk-rana-house
