1
00:00:01,000 --> 00:00:04,600
INTERVIEWER: We are recording. Please say your name
and what you did in [[2006|DATE:2006-01-01..2006-12-31]].

2
00:00:05,200 --> 00:00:11,800
WITNESS: [[Ghassan Tohme|PERSON]]. I was a nurse
at the [[Salah Ghandour hospital|PLACE]] in [[Bint Jbail|PLACE:Bint Jbeil]].

3
00:00:12,300 --> 00:00:17,000
We stayed in the hospital the whole war, eight nurses
and two doctors, and the people who came to hide.

4
00:00:17,500 --> 00:00:21,000
INTERVIEWER: Was the hospital itself hit?

5
00:00:21,600 --> 00:00:28,400
WITNESS: Around it, all the time. The [[shells|WEAPON:ARTILLERY]] came
from the side of [[Maroun al-Ras|PLACE]], from the hill.

6
00:00:29,000 --> 00:00:35,500
{{c1|[[The 19th|DATE:2006-07-19]], or [[the 20th|DATE:2006-07-20]], a [[shell|WEAPON:ARTILLERY]] fell in the yard
and all the windows of the east side came in.}}

7
00:00:36,000 --> 00:00:40,200
Nobody was hurt in the hospital [[that day|DATE]].
We had moved the beds to the corridor.

8
00:00:40,800 --> 00:00:45,000
INTERVIEWER: You knew the [[Hijazi|PERSON]] family.
Can you tell me what happened to their house?

9
00:00:45,600 --> 00:00:50,900
WITNESS: Of course. [[Abu Rabih|PERSON]] was my neighbour,
I grew up eating in his house.

10
00:00:51,500 --> 00:00:57,000
It was [[a Tuesday|DATE:2006-07-25]], [[two weeks after the war started|DATE:2006-07-25..2006-07-26]].
Maybe [[the 25th|DATE:2006-07-25]], maybe [[the 26th|DATE:2006-07-26]], I am not sure now.

11
00:00:57,600 --> 00:01:03,000
In [[the night|DATE:2006-07-25..2006-07-26]] we heard two very big [[bombs|WEAPON:AIRSTRIKE]]
from the old quarter. The ground moved in the hospital.

12
00:01:03,500 --> 00:01:07,500
INTERVIEWER: Did you know then which house it was?

13
00:01:08,000 --> 00:01:13,800
WITNESS: No. In [[the morning|DATE:2006-07-25..2006-07-26]] [[Rabih|PERSON]] came running,
with the blood on his face, and he said: my father's house.

14
00:01:14,300 --> 00:01:19,500
I went with him and two young men. The house was sitting
on the basement, like a hat.

15
00:01:20,000 --> 00:01:26,000
{{c2|Inside were [[Abu Rabih|PERSON]] and [[Umm Rabih|PERSON]], their daughter
and her children, and the [[Dakroub|PERSON]] family from opposite.}}

16
00:01:26,500 --> 00:01:31,800
{{c2|Eleven died, or twelve. [[Abu Fouad Dakroub|PERSON]] and his son [[Fouad|PERSON]],
I pulled out [[Fouad|PERSON]] with my hands.}}

17
00:01:32,300 --> 00:01:36,000
- How many did you see yourself?
- Four. Only four we could reach.

18
00:01:36,500 --> 00:01:42,000
The others stayed under. [[The planes|WEAPON:AIRSTRIKE]] came again
and we ran back to the hospital.

19
00:01:42,600 --> 00:01:48,400
{{c3|[[Wissam|PERSON]], the small son of [[Rabih|PERSON]], I put the splint on his leg myself.}}
[crying]

20
00:01:49,000 --> 00:01:53,000
INTERVIEWER: Take your time.

21
00:01:53,500 --> 00:02:00,000
WITNESS: It is fine. People ask me, why this house?
There was nothing in this house. Tobacco and old people.

22
00:02:00,500 --> 00:02:06,500
The [[Hizbullah|ACTOR:Hezbollah]] boys were fighting near [[Maroun al-Ras|PLACE]],
and in the valley. Not in [[Abu Rabih|PERSON]]'s basement.

23
00:02:07,000 --> 00:02:12,000
INTERVIEWER: Who do you think carried out the [[strike|WEAPON:AIRSTRIKE]]?

24
00:02:12,500 --> 00:02:17,500
WITNESS: [[The enemy|ACTOR:Israeli forces]]. [[The Israeli air force|ACTOR:Israeli forces]]. Who else has planes?
It was two [[bombs|WEAPON:AIRSTRIKE]] from [[the planes|WEAPON:AIRSTRIKE]], big ones, for bunkers.

25
00:02:18,000 --> 00:02:22,600
INTERVIEWER: Others have said nine people died.
Does that sound right to you?

26
00:02:23,200 --> 00:02:29,500
WITNESS: Maybe [[Fadia|PERSON]] knows better, she was inside.
I counted the graves after, in [[August|DATE:2006-08-01..2006-08-31]]. I counted eleven.

27
00:02:30,000 --> 00:02:35,000
But maybe one grave was a man from the hospital,
I don't know any more. Eighteen years.

28
00:02:35,500 --> 00:02:40,000
INTERVIEWER: And now, in [[2024|DATE:2024-01-01..2024-12-31]]? Were you in [[Bint Jbeil|PLACE]]?

29
00:02:40,500 --> 00:02:46,800
WITNESS: {{c4|This time I did not wait. In [[October|DATE:2024-10-01..2024-10-31]] we left, all of us,
my wife, my mother, my three sons, to [[Beirut|PLACE]].}}

30
00:02:47,300 --> 00:02:52,500
My cousin went back [[last month|DATE:2024-12-01..2024-12-31]]. {{c5|He told me, the street
of the hospital, the shops, the houses, all flat.}}

31
00:02:53,000 --> 00:02:57,000
The hospital is standing. The street is not.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Salah Ghandour hospital" date=2006-07-19..2006-07-20 basis=WITNESSED incident=lb-bintjbeil-20060719-ghandour-hospital-shell
@@claim c2 harm=KILLED min=11 max=12 named="Abu Rabih; Umm Rabih; Abu Fouad Dakroub; Fouad" weapon=AIRSTRIKE actor="Israeli forces" site="Bint Jbail" date=2006-07-25..2006-07-26 basis=WITNESSED incident=lb-bintjbeil-20060725-hijazi-basement
@@claim c3 harm=INJURED min=1 max=1 named="Wissam" weapon=AIRSTRIKE actor="Israeli forces" site="Bint Jbail" date=2006-07-25..2006-07-26 basis=WITNESSED incident=lb-bintjbeil-20060725-hijazi-basement
@@claim c4 harm=DISPLACED min=6 max=6 site="Bint Jbeil" date=2024-10-01..2024-10-31 basis=EXPERIENCED incident=lb-bintjbeil-20241000-tohme-family-flight
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Bint Jbeil" date=2024-10-01..2024-12-31 basis=HEARSAY incident=lb-bintjbeil-20241000-hospital-street-destruction
@@witness lb-bintjbeil-ghassan-tohme
