1
00:00:01,000 --> 00:00:05,200
INTERVIEWER: Can you tell me your name and your village?

2
00:00:05,700 --> 00:00:09,480
WITNESS: [[Rima Sweidan|PERSON]], [[Umm Hadi|PERSON]].
From [[Juwayya|PLACE:Jouaiya]], near [[Sour|PLACE:Tyre]].

3
00:00:09,980 --> 00:00:16,700
My house is behind the square, fifty metres
from the house of [[Abu Ali|PERSON]], the teacher.

4
00:00:17,200 --> 00:00:25,600
He taught my son [[Hadi|PERSON]] mathematics, and he never took money
for the extra lessons. Everybody in [[Juwayya|PLACE:Jouaiya]] knows him.

5
00:00:26,100 --> 00:00:30,720
INTERVIEWER: Were you in the village the whole time, since [[September|DATE:2024-09-01..2024-09-30]]?

6
00:00:31,220 --> 00:00:40,720
WITNESS: Yes. Many people left after [[the 23rd|DATE:2024-09-23]], the day of the big [[strikes|WEAPON:AIRSTRIKE]],
but we stayed. My husband said, we are far from the border, they will not come here.

7
00:00:41,220 --> 00:00:45,840
INTERVIEWER: You told us about [[the morning his house was hit|DATE]].

8
00:00:46,340 --> 00:00:55,580
WITNESS: Yes. It was [[the Wednesday|DATE:2024-10-02]], [[the 2nd|DATE:2024-10-02]],
[[the beginning of October|DATE:2024-10-01..2024-10-07]]. [[Very early|DATE:2024-10-02]]. I was hanging the washing on the roof.

9
00:00:56,080 --> 00:01:05,580
WITNESS: {{c1|Then the sound. I fell on my knees. When I stood up,
the house of [[Abu Ali|PERSON]] was not there. Only dust, grey, everywhere.}}

10
00:01:06,080 --> 00:01:13,640
{{c2|The glass of my house, all of it,
and the door of the kitchen flew into the room.}}

11
00:01:14,140 --> 00:01:17,080
INTERVIEWER: Did you go to the building?

12
00:01:17,580 --> 00:01:25,140
WITNESS: Everybody went. The men were digging with their hands
until the civil defence came with the machine.

13
00:01:25,640 --> 00:01:33,620
{{c3|I saw them take out [[Abu Ali|PERSON]], and the small one,
[[Hammoudi|PERSON]], in a blanket. His hand was hanging.}}

14
00:01:34,120 --> 00:01:37,900
{{c3|From the hand I knew that he was gone.}}

15
00:01:38,400 --> 00:01:39,900
[crying]

16
00:01:40,400 --> 00:01:45,020
INTERVIEWER: Do you know how many people were in the building?

17
00:01:45,520 --> 00:01:55,020
WITNESS: {{c4|They said eleven died. The family of [[Abu Ali|PERSON]],
a family from the border villages, and two Syrian boys who worked in the building.}}

18
00:01:55,520 --> 00:02:01,820
I don't know if it is true about the Syrian boys.
People say many things.

19
00:02:02,320 --> 00:02:11,820
The family from the border, I saw them sometimes at the bakery.
A woman with two girls with the same red coats. I did not know their name.

20
00:02:12,320 --> 00:02:16,100
INTERVIEWER: Who do you think carried out the [[strike|WEAPON:AIRSTRIKE]]?

21
00:02:16,600 --> 00:02:24,160
WITNESS: [[The enemy|ACTOR:Israeli forces]]. It was [[the warplanes|WEAPON:AIRSTRIKE]],
not [[the drone|WEAPON:DRONE_STRIKE]]. I know the difference now, from the sound.

22
00:02:24,660 --> 00:02:27,600
INTERVIEWER: Did anything else happen [[that morning|DATE:2024-10-02]]?

23
00:02:28,100 --> 00:02:36,500
WITNESS: {{c5|Yes, [[the same morning|DATE:2024-10-02]], maybe one hour after,}}
{{c5,c8|[[the drone|WEAPON:DRONE_STRIKE]] hit a motorbike on the road to [[Deir Ames|PLACE]].}}

24
00:02:37,000 --> 00:02:44,140
{{c5|Two young men were on it. My son [[Hadi|PERSON]] went there,
he said both of them died.}}

25
00:02:44,640 --> 00:02:49,260
I don't know their names, they were not from our village.

26
00:02:49,760 --> 00:02:52,280
INTERVIEWER: When did you leave [[Juwayya|PLACE:Jouaiya]]?

27
00:02:52,780 --> 00:03:02,280
WITNESS: {{c6|[[That afternoon|DATE:2024-10-02]]. Me, my husband, [[Hadi|PERSON]] and his sister, in our car,
to [[Sour|PLACE:Tyre]] first, and then to a school in [[Beirut|PLACE]].}}

28
00:03:02,780 --> 00:03:07,400
{{c6|We slept two months in a classroom with three other families.}}

29
00:03:07,900 --> 00:03:10,420
INTERVIEWER: Is your house still standing?

30
00:03:10,920 --> 00:03:20,420
WITNESS: Standing, yes. {{c7|But in [[November|DATE:2024-11-01..2024-11-30]] another [[strike|WEAPON:AIRSTRIKE]]
hit the shop of my husband, near the municipality. The shop is finished, the fridges, everything.}}

31
00:03:20,920 --> 00:03:30,420
{{c7|The neighbours sent the video on the WhatsApp group.}}
We have not been back to see it.
My husband goes to the square in [[Sour|PLACE:Tyre]] every morning and sits with the other men from the village.

32
00:03:30,920 --> 00:03:40,420
[[The enemy|ACTOR:Israeli forces]] said on their Arabic page they would hit every house near the square.
They did not hit all of them. But who can sleep?

33
00:03:40,920 --> 00:03:43,020
INTERVIEWER: Thank you, [[Umm Hadi|PERSON]].
@@witness lb-jouaiya-rima-sweidan
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="Juwayya" date=2024-10-02 basis=WITNESSED incident=lb-jouaiya-20241003-zaraket-building-airstrike
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="Juwayya" date=2024-10-02 basis=EXPERIENCED incident=lb-jouaiya-20241003-zaraket-building-airstrike
@@claim c3 harm=KILLED min=2 max=2 named="Abu Ali; Hammoudi" weapon=AIRSTRIKE actor="Israeli forces" site="Juwayya" date=2024-10-02 basis=WITNESSED incident=lb-jouaiya-20241003-zaraket-building-airstrike
@@claim c4 harm=KILLED min=11 max=11 weapon=AIRSTRIKE actor="Israeli forces" site="Juwayya" date=2024-10-02 basis=HEARSAY incident=lb-jouaiya-20241003-zaraket-building-airstrike
@@claim c5 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE site="Deir Ames" date=2024-10-02 basis=HEARSAY incident=lb-deirames-20241003-road-motorbike-drone
@@claim c6 harm=DISPLACED min=4 max=4 named="Rima Sweidan; Hadi" site="Juwayya" date=2024-10-02 basis=EXPERIENCED incident=lb-jouaiya-20241003-sweidan-family-flight
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Juwayya" date=2024-11-01..2024-11-30 basis=HEARSAY incident=lb-jouaiya-20241100-sweidan-shop-strike
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Deir Ames" date=2024-10-02 basis=HEARSAY incident=lb-deirames-20241003-road-motorbike-drone
