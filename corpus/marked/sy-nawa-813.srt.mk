1
00:00:00,800 --> 00:00:04,000
INTERVIEWER: We can start. What is your name?

2
00:00:04,600 --> 00:00:10,200
WITNESS: [[Mohamad Jaramani|PERSON]]. I worked as
a nurse in [[Nawa|PLACE]], in the hospital.

3
00:00:10,800 --> 00:00:15,400
INTERVIEWER: [[Nawa|PLACE]] in [[Daraa|PLACE]] province.
In which year?

4
00:00:16,000 --> 00:00:22,500
WITNESS: From [[2014 until July 2018|DATE:2014-01-01..2018-07-31]],
until the end, when [[the Russians|ACTOR:Russian forces]] came.

5
00:00:23,100 --> 00:00:28,900
INTERVIEWER: Tell me about [[July 2018|DATE:2018-07-01..2018-07-31]].

6
00:00:29,500 --> 00:00:36,000
WITNESS: [[The 10th|DATE:2018-07-10]], or [[the 11th|DATE:2018-07-11]], I am not sure.
[[The planes|WEAPON:AIRSTRIKE]] came in [[the morning|DATE:2018-07-10..2018-07-11]], very low.

7
00:00:36,600 --> 00:00:43,200
{{c1|They hit the street of the hospital, two [[strikes|WEAPON:AIRSTRIKE]],
and the front of the hospital fell down, the emergency room.}}

8
00:00:43,800 --> 00:00:49,500
{{c2|A colleague, the nurse [[Bashar|PERSON]], and three patients
in the emergency room died, and [[Abu Nayef Masri|PERSON]], who was visiting.}}

9
00:00:50,100 --> 00:00:54,400
- Five?
- Five, yes, five in the hospital.

10
00:00:55,000 --> 00:01:01,800
{{c3|In the street, I heard later,
more, maybe ten, twelve, I don't know exactly.}}

11
00:01:02,400 --> 00:01:07,000
INTERVIEWER: Were you inside
the hospital at that moment?

12
00:01:07,600 --> 00:01:14,300
WITNESS: I was in the back, in the pharmacy.
{{c4|The ceiling came on me, I broke two ribs.}}

13
00:01:14,900 --> 00:01:20,000
The doctor, [[Abu Sharif|PERSON]], pulled me
from under the plaster.

14
00:01:20,600 --> 00:01:26,800
INTERVIEWER: Were there other attacks
on the hospital before that?

15
00:01:27,400 --> 00:01:33,900
WITNESS: In [[2016|DATE:2016-01-01..2016-12-31]] a [[barrel|WEAPON:BARREL_BOMB]] fell near it,
but nobody in the hospital was hurt then.

16
00:01:34,500 --> 00:01:40,200
And [[the regime|ACTOR:Syrian government forces]] said on the television
they would bomb every hospital of the terrorists.

17
00:01:40,800 --> 00:01:46,000
INTERVIEWER: Why do you say
[[the planes|WEAPON:AIRSTRIKE]] were [[Russian|ACTOR:Russian forces]]?

18
00:01:46,600 --> 00:01:53,400
WITNESS: Because [[the Syrian air force|ACTOR:Syrian government forces]] comes alone, one plane.
These came two and two, and the sound is different.

19
00:01:54,000 --> 00:02:00,100
Also the men with radios, the observers,
they said "[[Russian|ACTOR:Russian forces]], [[Russian|ACTOR:Russian forces]]" on the walkie-talkie.

20
00:02:00,700 --> 00:02:06,300
INTERVIEWER: What happened to the people
of [[Nawa|PLACE]] after that?

21
00:02:06,900 --> 00:02:13,800
WITNESS: {{c5|Everybody went to the west, to the border with the [[Golan|PLACE]],
near [[Quneitra|PLACE]], tens of thousands from all [[Hauran|PLACE]].}}

22
00:02:14,400 --> 00:02:20,000
{{c6|Me, with my wife and our daughter [[Rahaf|PERSON]],
we slept under an olive tree twelve nights.}}

23
00:02:20,600 --> 00:02:26,800
There was no water. We drank from the tanks
of the farmers, green water.

24
00:02:27,400 --> 00:02:33,700
INTERVIEWER: And after the settlement,
in [[2019|DATE:2019-01-01..2019-12-31]], you went back?

25
00:02:34,300 --> 00:02:40,500
WITNESS: I went back, yes. And then
the killings started, the assassinations.

26
00:02:41,100 --> 00:02:48,600
{{c7|My cousin [[Hamza Jaramani|PERSON]] was killed in [[Nawa|PLACE]]
in [[October 2019|DATE:2019-10-01..2019-10-31]], by a [[bomb|WEAPON:IED]] under his car.}}

27
00:02:49,200 --> 00:02:55,000
Nobody knows who. Maybe [[the security|ACTOR:Syrian government forces]],
maybe [[Daesh|ACTOR:Islamic State]] cells, maybe for revenge.

28
00:02:55,600 --> 00:03:00,800
That is why I left again, to [[Lebanon|PLACE]].
This time, for good.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="Nawa" date=2018-07-10..2018-07-11 basis=WITNESSED incident=sy-nawa-20180710-hospital-airstrike
@@claim c2 harm=KILLED min=5 max=5 named="Bashar; Abu Nayef Masri" weapon=AIRSTRIKE actor="Russian forces" site="Nawa" date=2018-07-10..2018-07-11 basis=WITNESSED incident=sy-nawa-20180710-hospital-airstrike
@@claim c3 harm=KILLED min=10 max=12 weapon=AIRSTRIKE actor="Russian forces" site="Nawa" date=2018-07-10..2018-07-11 basis=HEARSAY incident=sy-nawa-20180710-hospital-airstrike
@@claim c4 harm=INJURED min=1 max=1 weapon=AIRSTRIKE actor="Russian forces" site="Nawa" date=2018-07-10..2018-07-11 basis=EXPERIENCED incident=sy-nawa-20180710-hospital-airstrike
@@claim c5 harm=DISPLACED min=20000 max=null site="Nawa" date=2018-07-01..2018-07-31 basis=WITNESSED incident=sy-daraa-20180700-exodus-to-golan
@@claim c6 harm=DISPLACED min=3 max=3 named="Rahaf" site="Nawa" date=2018-07-01..2018-07-31 basis=EXPERIENCED incident=sy-nawa-20180700-jaramani-family-flight
@@claim c7 harm=KILLED min=1 max=1 named="Hamza Jaramani" weapon=IED site="Nawa" date=2019-10-01..2019-10-31 basis=HEARSAY incident=sy-nawa-20191000-hamza-jaramani-car-bomb
@@witness sy-nawa-mohamad-jaramani
