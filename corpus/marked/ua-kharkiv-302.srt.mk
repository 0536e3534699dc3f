1
00:00:01,000 --> 00:00:05,400
INTERVIEWER: We are recording. Please say
where you lived in [[Kharkiv|PLACE]].

2
00:00:05,900 --> 00:00:11,200
WITNESS: In [[Saltovka|PLACE:Saltivka]], the northern part,
near the school on [[Natalia Uzhviy street|PLACE:Natalii Uzhvii street]].

3
00:00:11,600 --> 00:00:15,000
I was the caretaker of that school
for nineteen years, so I had the keys.

4
00:00:15,500 --> 00:00:20,800
When the war started, I opened the basement
for the people. Up to two hundred people slept there.

5
00:00:21,300 --> 00:00:25,000
INTERVIEWER: Tell me about the day
the food distribution was hit.

6
00:00:25,400 --> 00:00:30,700
WITNESS: It was [[the women's day|DATE:2022-03-08]],
[[the 8th of March|DATE:2022-03-08]]. I am sure, because...

7
00:00:31,100 --> 00:00:35,900
because my wife [[Valentyna|PERSON]] said, this year
there are no flowers, only bread. [pause]

8
00:00:36,400 --> 00:00:41,000
The volunteers came at eleven, maybe half past,
with the van, like every morning.

9
00:00:41,500 --> 00:00:46,800
I was carrying the boxes from the van
to the door when it came.

10
00:00:47,200 --> 00:00:52,600
- What did you hear?
- First the launch, far, a sound like a train, and then...

11
00:00:53,000 --> 00:00:58,300
the [[Grad|WEAPON:ROCKET]], many [[rockets|WEAPON:ROCKET]], one after one,
in the yard, on the road, on the garages.

12
00:00:58,700 --> 00:01:04,100
{{c1|Six people were killed there, six,
I counted them myself when we covered them.}}

13
00:01:04,500 --> 00:01:09,900
{{c1|Among them [[Vitaliy Marchenko|PERSON]], the driver of the volunteers,
he was thirty, thirty-one.}}

14
00:01:10,300 --> 00:01:14,800
{{c2|And many wounded, between 15 and 20,
we put them in the corridor of the school.}}

15
00:01:15,200 --> 00:01:19,600
{{c3|I was wounded also, here, in the hand,
a small piece, it is nothing.}}

16
00:01:20,000 --> 00:01:24,300
INTERVIEWER: Another witness told us it was
[[cluster munitions|WEAPON:CLUSTER_MUNITION]]. What do you think?

17
00:01:24,700 --> 00:01:30,200
WITNESS: Maybe. The holes were small, many.
I said [[Grad|WEAPON:ROCKET]], but I am not a military man.

18
00:01:30,600 --> 00:01:35,000
My son-in-law [[Roman|PERSON]] says [[Uragan|WEAPON:CLUSTER_MUNITION]] with
[[cassettes|WEAPON:CLUSTER_MUNITION]]. Let the experts decide.

19
00:01:35,400 --> 00:01:39,800
INTERVIEWER: Did it happen again
at the same place?

20
00:01:40,200 --> 00:01:45,900
WITNESS: Yes, [[two weeks later|DATE]]. [[The 24th|DATE:2022-03-24]],
the same place, the same time of the bread.

21
00:01:46,300 --> 00:01:50,100
But this time I was not there, I was
in [[Zolochiv|PLACE]] taking my wife out.

22
00:01:50,500 --> 00:01:56,700
{{c4|My brother-in-law [[Petro|PERSON]] called me, he said
one [[shell|WEAPON:ARTILLERY]] fell near the van and two people died.}}

23
00:01:57,100 --> 00:02:01,600
{{c4|An old woman and a young man,
he did not know the names.}}

24
00:02:02,000 --> 00:02:06,200
INTERVIEWER: Who was firing at [[Saltivka|PLACE]]?

25
00:02:06,600 --> 00:02:12,000
WITNESS: [[The Russians|ACTOR:Russian armed forces in Ukraine]] from the north,
from [[Tsirkuny|PLACE:Tsyrkuny]], from [[Lipci|PLACE:Liptsi]].

26
00:02:12,400 --> 00:02:17,800
There were no [[our soldiers|ACTOR:Ukrainian armed forces]] at the school,
never. Only people, and the cat of the school.

27
00:02:18,200 --> 00:02:23,100
INTERPRETER: He says "the cat of the school",
they had a cat living in the boiler room.

28
00:02:23,500 --> 00:02:27,700
INTERVIEWER: What happened to the school
building itself?

29
00:02:28,100 --> 00:02:33,900
WITNESS: {{c5|In [[April|DATE:2022-04-01..2022-04-30]], I think [[the 10th|DATE:2022-04-10]], a big [[shell|WEAPON:ARTILLERY]]
hit the roof of the gym, the neighbours told me.}}

30
00:02:34,300 --> 00:02:39,700
Nobody was inside, the people were already
evacuated, thank God, only the gym and the books burned.

31
00:02:40,100 --> 00:02:45,800
{{c6|My own flat, in the house across the road, it is gone,
the neighbour sent a photo, the entrance fell down in [[May|DATE:2022-05-01..2022-05-31]].}}

32
00:02:46,200 --> 00:02:51,400
{{c7|So now we live in [[Lviv|PLACE]], my wife, my daughter [[Inha|PERSON]],
the two grandchildren, five of us in two rooms.}}

33
00:02:51,800 --> 00:02:56,600
- Do you want to go back?
- When it is finished. When the school opens.

34
00:02:57,000 --> 00:03:01,500
I have the keys still. Here, look,
I carry them with me every day.
@@witness ua-kharkiv-witness-302
@@claim c1 harm=KILLED min=6 max=6 named="Vitaliy Marchenko" weapon=ROCKET site="Natalia Uzhviy street" date=2022-03-08 actor="Russian armed forces in Ukraine" basis=WITNESSED incident=ua-kharkiv-20220307-saltivka-aid-point
@@claim c2 harm=INJURED min=15 max=20 weapon=ROCKET site="Natalia Uzhviy street" date=2022-03-08 actor="Russian armed forces in Ukraine" basis=WITNESSED incident=ua-kharkiv-20220307-saltivka-aid-point
@@claim c3 harm=INJURED min=1 max=1 weapon=ROCKET site="Natalia Uzhviy street" date=2022-03-08 actor="Russian armed forces in Ukraine" basis=EXPERIENCED incident=ua-kharkiv-20220307-saltivka-aid-point
@@claim c4 harm=KILLED min=2 max=2 weapon=ARTILLERY site="Natalia Uzhviy street" date=2022-03-24 actor="Russian armed forces in Ukraine" basis=HEARSAY incident=ua-kharkiv-20220324-saltivka-aid-point
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Natalia Uzhviy street" date=2022-04-10 actor="Russian armed forces in Ukraine" basis=HEARSAY incident=ua-kharkiv-20220410-saltivka-school-gym
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="Saltovka" date=2022-05-01..2022-05-31 basis=HEARSAY incident=ua-kharkiv-20220500-saltivka-witness-302-house
@@claim c7 harm=DISPLACED min=5 max=5 site="Saltovka" basis=EXPERIENCED incident=ua-kharkiv-20220300-witness-302-displaced
