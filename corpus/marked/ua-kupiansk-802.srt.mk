1
00:00:01,000 --> 00:00:04,200
INTERVIEWER: Can you say who you are
and what you do?

2
00:00:04,900 --> 00:00:10,300
WITNESS: [[Oleksandr Tkachuk|PERSON]], [[Sasha|PERSON]].
I drive for a volunteer group from [[Kharkiv|PLACE]], the bread and the medicines.

3
00:00:10,800 --> 00:00:16,000
Since spring [[2023|DATE:2023-01-01..2023-12-31]] I go to [[Kupyansk|PLACE:Kupiansk]]
two times a week, sometimes three.

4
00:00:16,600 --> 00:00:20,100
INTERVIEWER: You were there on the day
of the [[shelling|WEAPON:ARTILLERY]] at the bread point?

5
00:00:20,700 --> 00:00:26,400
WITNESS: Yes. It was [[Saturday|DATE]], [[the middle of October|DATE:2023-10-14]],
I don't remember the number, [[the 14th or the 15th|DATE:2023-10-14..2023-10-15]].

6
00:00:27,000 --> 00:00:32,800
We park the van near the kiosk on [[Poshtova|PLACE:Poshtova street]],
my colleague [[Iryna|PERSON]] gives out the loaves from the back door.

7
00:00:33,300 --> 00:00:38,000
- INTERVIEWER: How many people were waiting?
- WITNESS: Forty, fifty. Always more than we have bread.

8
00:00:38,600 --> 00:00:44,900
Then the first [[shell|WEAPON:ARTILLERY]] came, and the second,
I think three [[shells|WEAPON:ARTILLERY]] in all, in one minute.

9
00:00:45,500 --> 00:00:51,200
{{c1|[[Iryna|PERSON]] was cut on the arm and the neck
by the glass of the van, not deep, thank God.}}

10
00:00:51,800 --> 00:00:58,400
{{c2|On the ground there were six people who died,
six, I helped to cover them with the blankets we had for the deliveries.}}

11
00:00:59,000 --> 00:01:04,700
{{c2|One of them was a woman from the same building
as our coordinator, [[Zinaida|PERSON]], I knew her by face.}}

12
00:01:05,200 --> 00:01:11,000
{{c3|The wounded, maybe twelve, we put in the van
and the private cars and drove them to the hospital.}}

13
00:01:11,600 --> 00:01:15,300
INTERVIEWER: Did you see where the fire came from?

14
00:01:15,900 --> 00:01:22,000
WITNESS: Not see. But it comes from the east,
from the left bank of the [[Oskil|PLACE]], where [[the Russian army|ACTOR:Russian armed forces in Ukraine]] is.

15
00:01:22,600 --> 00:01:27,800
[[Artillery|WEAPON:ARTILLERY]] or maybe [[mortar|WEAPON:MORTAR]], I am not a soldier,
but the holes were big, like from [[artillery|WEAPON:ARTILLERY]].

16
00:01:28,400 --> 00:01:33,000
INTERVIEWER: Were there any military
near the kiosk [[that morning|DATE]]?

17
00:01:33,600 --> 00:01:39,500
WITNESS: No. No military, no vehicles.
The only vehicle was my van, white, with the red cross painted.

18
00:01:40,100 --> 00:01:44,000
INTERVIEWER: Has your group been targeted
on other days?

19
00:01:44,600 --> 00:01:51,300
WITNESS: {{c4|In [[Kupiansk-Vuzlovyi|PLACE]], in [[August|DATE:2023-08-01..2023-08-31]], a [[drone|WEAPON:DRONE_STRIKE]] dropped a [[grenade|WEAPON:DRONE_STRIKE]]
on our second car, the old Lanos, in front of the shop.}}

20
00:01:51,900 --> 00:01:57,000
{{c4|It burned the car completely.}}
Nobody was inside, the driver [[Vitalii|PERSON]] had gone into the shop.

21
00:01:57,600 --> 00:02:03,400
And they dropped also [[gas|WEAPON:CHEMICAL]], the small [[grenades with gas|WEAPON:CHEMICAL]],
[[chloropicrin|WEAPON:CHEMICAL]], in the trenches, the soldiers told me.

22
00:02:04,000 --> 00:02:08,800
But that is at the front, I did not see it.
In the town, no [[gas|WEAPON:CHEMICAL]], only [[shells|WEAPON:ARTILLERY]] and [[bombs|WEAPON:AIRSTRIKE]] from [[the planes|WEAPON:AIRSTRIKE]].

23
00:02:09,400 --> 00:02:14,000
INTERVIEWER: Do you still go?

24
00:02:14,600 --> 00:02:20,600
WITNESS: Every Tuesday and Saturday.
Somebody has to bring the bread. The grandmothers wait.
@@witness ua-kupiansk-oleksandr-tkachuk
@@claim c1 harm=INJURED min=1 max=1 named="Iryna" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Poshtova" date=2023-10-14 basis=WITNESSED incident=ua-kupiansk-20231014-poshtova-bread-queue
@@claim c2 harm=KILLED min=6 max=6 named="Zinaida" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Poshtova" date=2023-10-14 basis=WITNESSED incident=ua-kupiansk-20231014-poshtova-bread-queue
@@claim c3 harm=INJURED min=12 max=12 weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Poshtova" date=2023-10-14 basis=WITNESSED incident=ua-kupiansk-20231014-poshtova-bread-queue
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Kupiansk-Vuzlovyi" date=2023-08-01..2023-08-31 basis=HEARSAY incident=ua-kupiansk-20230800-vuzlovyi-volunteer-van
