1
00:00:01,000 --> 00:00:05,600
INTERVIEWER: We are recording now.
Tell me your name, please.

2
00:00:06,100 --> 00:00:11,900
WITNESS: [[Yurleidy Ascanio|PERSON]]. I am from [[El Tarra|PLACE]],
from the vereda [[Orú|PLACE]], on the river.

3
00:00:12,400 --> 00:00:16,800
INTERVIEWER: And now you are here in [[Ocaña|PLACE]]
with your children?

4
00:00:17,300 --> 00:00:24,500
WITNESS: {{c1|Since [[the 20th of January|DATE:2025-01-20]]. Me, [[Mayerly|PERSON]], [[Darwin|PERSON]]
and the baby, we came out on a canoe and then a truck.}}

5
00:00:25,000 --> 00:00:29,300
{{c1|We left the house open, the hens, everything.}}

6
00:00:29,800 --> 00:00:34,000
INTERVIEWER: What happened before you left?

7
00:00:34,500 --> 00:00:41,800
WITNESS: {{c2|On [[Saturday the 18th|DATE:2025-01-18]], at [[about five in the afternoon|DATE:2025-01-18]],
the [[ELN|ACTOR:ELN]] came, many, in two boats, with lists.}}

8
00:00:42,300 --> 00:00:49,900
{{c2|They went house by house. They took my husband,
[[Arcesio Bayona|PERSON]], out of the house with the hands behind.}}

9
00:00:50,400 --> 00:00:57,600
{{c2|And four more from [[Orú|PLACE]]: [[Leider Contreras|PERSON]], [[Olinto Pacheco|PERSON]],
[[Gerardo Cárcamo|PERSON]], and the boy [[Ermides|PERSON]], seventeen.}}

10
00:00:58,100 --> 00:01:03,000
- Why did they take them?
- They said they were collaborators of [[the 33rd|ACTOR:FARC dissidents]].

11
00:01:03,500 --> 00:01:10,200
[[Gerardo|PERSON]] was a signatory of the peace, he left the [[FARC|ACTOR:FARC]]
in [[twenty-sixteen|DATE:2016-01-01..2016-12-31]], he had a project of fish.

12
00:01:10,700 --> 00:01:16,400
My husband, collaborator of nobody. He sells fuel
for the boats, and he has a little shop of groceries. Everybody buys from him, everybody.

13
00:01:16,900 --> 00:01:21,100
INTERVIEWER: Did you see them take the others?

14
00:01:21,600 --> 00:01:28,300
WITNESS: [[Arcesio|PERSON]], yes, in front of me. The others, from
the door I saw them walking in a line to the boats.

15
00:01:28,800 --> 00:01:34,000
INTERVIEWER: Do you know what happened to them?

16
00:01:34,500 --> 00:01:41,900
WITNESS: {{c3|On [[Monday|DATE:2025-01-20]] the fishermen found [[Leider|PERSON]] and [[Gerardo|PERSON]]
in the river, down at [[La Gabarra|PLACE]], with [[shots|WEAPON:SMALL_ARMS]] in the head.}}

17
00:01:42,400 --> 00:01:47,000
{{c3|This my cousin told me by the phone,
she saw them when they took them out.}}

18
00:01:47,500 --> 00:01:52,800
{{c4|[[Arcesio|PERSON]], no. [[Olinto|PERSON]] and the boy, no.
Nothing. We do not know where they are.}}

19
00:01:53,300 --> 00:01:58,600
{{c4|Every day I look at the lists on the Facebook
of the Personería, and his name is not there, not alive, not dead.}}

20
00:01:59,100 --> 00:02:02,000
[crying]

21
00:02:02,500 --> 00:02:06,400
INTERVIEWER: Take your time. We can stop.

22
00:02:06,900 --> 00:02:10,500
WITNESS: No. I want to say it.

23
00:02:11,000 --> 00:02:17,600
INTERVIEWER: On the road to [[Ocaña|PLACE]], did anyone stop you?

24
00:02:18,100 --> 00:02:25,300
WITNESS: At the bridge the [[elenos|ACTOR:ELN]] had a checkpoint. They took
my cédula, they looked at it, they asked who is my husband.

25
00:02:25,800 --> 00:02:31,600
I said a name that is not his. They gave it back and said,
go, and do not come back to the river. They let us go.

26
00:02:32,100 --> 00:02:38,000
INTERVIEWER: Were there [[drones|WEAPON:DRONE_STRIKE]] or [[mines|WEAPON:LANDMINE]] in your area?

27
00:02:38,500 --> 00:02:45,400
WITNESS: {{c5|The [[mines|WEAPON:LANDMINE]], yes. In [[2023|DATE:2023-01-01..2023-12-31]], the son of the [[Jácome|PERSON]] family,
[[Yeiner|PERSON]], stepped on one going for the cows.}}

28
00:02:45,900 --> 00:02:50,800
{{c5|He lost the right leg from the knee.}} I went with him
in the canoe to the health post, holding the leg.

29
00:02:51,300 --> 00:02:58,700
{{c6|And in [[Teorama|PLACE]], where my sister lives, [[the drone|WEAPON:DRONE_STRIKE]]
threw a [[bomb|WEAPON:DRONE_STRIKE]] on the house next to her, [[that same week|DATE:2025-01-16..2025-01-24]].}}

30
00:02:59,200 --> 00:03:06,000
{{c6|She says the windows of her house blew in, and the
neighbour's roof is gone, the zinc all over the street.}}

31
00:03:06,500 --> 00:03:11,200
- Was anyone hurt in [[Teorama|PLACE]]?
- She said no, nobody, thank God.

32
00:03:11,700 --> 00:03:17,500
INTERVIEWER: How many people left the river, do you know?

33
00:03:18,000 --> 00:03:25,600
WITNESS: {{c7|The radio of [[Ocaña|PLACE]] said that from [[El Tarra|PLACE]] and [[Tibú|PLACE]]
more than five thousand people came out in [[those days|DATE:2025-01-16..2025-01-31]].}}

34
00:03:26,100 --> 00:03:31,000
I don't know if five thousand. The coliseum
is full, the schools are full, people sleep in the corridors, that I see.

35
00:03:31,500 --> 00:03:37,400
INTERVIEWER: Is there anything you want to add?

36
00:03:37,900 --> 00:03:45,000
WITNESS: That they give back [[Arcesio|PERSON]], alive or dead.
So the children can put a flower somewhere.

@@witness co-eltarra-yurleidy-ascanio
@@claim c1 harm=DISPLACED min=4 max=4 named="Mayerly; Darwin" site="Orú" date=2025-01-20 basis=EXPERIENCED incident=co-eltarra-20250120-ascanio-family-displaced
@@claim c2 harm=DETAINED min=5 max=5 named="Arcesio Bayona; Leider Contreras; Olinto Pacheco; Gerardo Cárcamo; Ermides" actor="ELN" site="Orú" date=2025-01-18 basis=WITNESSED incident=co-eltarra-20250118-oru-lists-men-taken
@@claim c3 harm=KILLED min=2 max=2 named="Leider; Gerardo" weapon=SMALL_ARMS actor="ELN" site="La Gabarra" date=2025-01-18..2025-01-20 basis=HEARSAY incident=co-eltarra-20250118-oru-lists-men-taken
@@claim c4 harm=MISSING min=3 max=3 named="Arcesio; Olinto; Ermides" actor="ELN" site="Orú" date=2025-01-18 basis=WITNESSED incident=co-eltarra-20250118-oru-lists-men-taken
@@claim c5 harm=INJURED min=1 max=1 named="Yeiner" weapon=LANDMINE site="Orú" date=2023-01-01..2023-12-31 basis=WITNESSED incident=co-eltarra-20230000-oru-yeiner-jacome-mine
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Teorama" date=2025-01-16..2025-01-24 basis=HEARSAY incident=co-teorama-20250100-sister-street-drone-bomb
@@claim c7 harm=DISPLACED min=5001 max=null site="El Tarra" date=2025-01-16..2025-01-31 basis=REPORTED incident=co-catatumbo-20250100-radio-displacement-toll
