WEBVTT

NOTE
Interview SNJ-3504, 11 February 2018, Sharya camp, Duhok governorate.
Kurmanji with English interpretation; captions give the interpreter's English.

s001
00:00:01.000 --> 00:00:05.333
<v Interviewer>Can you tell us your name and where you come from?

s002
00:00:05.833 --> 00:00:12.433
<v Faisal>[[Faisal Hajji Shammo|PERSON]]. From [[Sinune|PLACE:Sinuni]], north of the mountain.
Some say Sinuni, it is the same.

s003
00:00:12.933 --> 00:00:15.867
<v Interviewer>What happened in [[August 2014|DATE:2014-08-01..2014-08-31]]?

s004
00:00:16.367 --> 00:00:23.767
<v Faisal>On [[the third|DATE:2014-08-03]], early, [[before the sun|DATE:2014-08-03]],
people were knocking on doors, [[Daesh|ACTOR:Islamic State]] is coming, [[Daesh|ACTOR:Islamic State]] is coming.

s005
00:00:24.267 --> 00:00:33.400
<v Faisal>{{c1|We took the tractor and my brother's pickup, eighteen people,
and we drove to [[Mount Sinjar|PLACE]] with nothing, not even water.}}

s006
00:00:33.900 --> 00:00:41.367
<v Faisal>{{c2|On the road, near the junction of [[Sinune|PLACE:Sinuni]], they fired on the cars
from a [[machine gun|WEAPON:SMALL_ARMS]] on a truck.}}

s007
00:00:41.867 --> 00:00:50.467
<v Faisal>{{c2|Our neighbour [[Khalaf Murad|PERSON]] was driving in front of us,
I saw him fall on the wheel. His car went into the ditch.}}

s008
00:00:50.967 --> 00:00:59.700
<v Faisal>We could not stop. If we stopped they would kill all of us.
His wife [[Gule|PERSON]] and the children were in our pickup, thank God.

s009
00:01:00.200 --> 00:01:09.933
<v Faisal>On the mountain there was no food, only what the helicopters threw.
The old people suffered, the babies. My aunt [[Khanse|PERSON]] walked barefoot.

s010
00:01:10.433 --> 00:01:13.700
<v Interviewer>Were you on the mountain for long?

s011
00:01:14.200 --> 00:01:25.067
<v Faisal>Eight days. Then through [[Syria|PLACE]], through [[Rabia|PLACE]]... no, sorry,
through the corridor that the fighters opened from the Syrian side, to [[Fishkhabour|PLACE]], to [[Duhok|PLACE]].

s012
00:01:25.567 --> 00:01:28.967
<v Interviewer>You have family from [[Kocho|PLACE]], I think?

s013
00:01:29.467 --> 00:01:36.267
<v Faisal>My mother is from [[Kojo|PLACE:Kocho]]. Her brothers were there,
and their sons. My cousins [[Murad|PERSON]] and [[Zedan|PERSON]].

s014
00:01:36.767 --> 00:01:44.167
<v Faisal>[[Kojo|PLACE:Kocho]] did not run. They were trapped.
On [[the Friday|DATE:2014-08-15]], [[two weeks after|DATE:2014-08-15]], they put everyone in the school.

s015
00:01:44.667 --> 00:01:53.600
<v Faisal>{{c3|We heard it first on the radio, no, sorry,
on a Kurdish channel: that the men of [[Kojo|PLACE:Kocho]] were shot, about seven hundred.}}

s016
00:01:54.100 --> 00:02:00.700
<v Faisal>Later the numbers changed. Some say four hundred.
I do not say a number. I was not there.

s017
00:02:01.200 --> 00:02:10.400
<v Faisal>{{c4|[[Murad|PERSON]] and [[Zedan|PERSON]], until today we do not know where they are.
Not in the lists of the dead, not in the lists of the living.}}

s018
00:02:10.900 --> 00:02:13.633
<v Interviewer>Did you go back to [[Sinuni|PLACE]]?

s019
00:02:14.133 --> 00:02:17.800
<v Faisal>Yes, in [[the spring of 2016|DATE:2016-03-01..2016-05-31]]. To see the house.

s020
00:02:18.300 --> 00:02:28.167
<v Faisal>{{c5|The roof of the house was down, in the middle,
and the greenhouse of my father, for tomatoes, was torn apart, only the iron frames.}}

s021
00:02:28.667 --> 00:02:38.600
<v Faisal>{{c6|And in the shop, my little shop of vegetables, they left a [[bomb|WEAPON:IED]] under the floor.
[[Hassan|PERSON]], my nephew, opened the door and it exploded.}}

s022
00:02:39.100 --> 00:02:48.567
<v Faisal>{{c6|He lost two fingers, and his face was burned. He is sixteen.}}
{{c7|The shop was gutted, the shelves, the fridge, everything.}}

s023
00:02:49.067 --> 00:02:58.067
<v Faisal>This was [[the second day|DATE:2016-03-01..2016-05-31]] we were there. After that nobody went into a house
before the men with the machines checked for [[IEDs|WEAPON:IED]].

s024
00:02:58.567 --> 00:03:03.033
<v Interviewer>Did anyone stop you on the way back, at checkpoints?

s025
00:03:03.533 --> 00:03:12.600
<v Faisal>At [[Sinune|PLACE:Sinuni]] the asayish, the Kurdish security, checked my papers.
They asked me one hour about my brother, who was with the [[PKK|ACTOR:PKK]].

s026
00:03:13.100 --> 00:03:21.633
<v Faisal>They said, if he comes here we will arrest him. Then they let me go.
My brother never went there, so nothing happened.

s027
00:03:22.133 --> 00:03:33.467
<v Faisal>My father cried when he saw the greenhouse. Forty years he grew tomatoes there.
He said, the house we can build, but I am too old to start the greenhouse again.

s028
00:03:33.967 --> 00:03:36.500
<v Interviewer>How is the village now?

s029
00:03:37.000 --> 00:03:46.800
<v Faisal>Half of the people came back. There is no water, the well is broken.
No [[shelling|WEAPON:ARTILLERY]] now. Only the [[Turkish|ACTOR:Turkish forces]] [[planes|WEAPON:AIRSTRIKE]] sometimes, at the mountain.

s030
00:03:47.300 --> 00:03:57.233
<v Faisal>{{c8|[[Last April|DATE:2017-04-01..2017-04-30]], people in [[Sinune|PLACE:Sinuni]] said, a [[Turkish|ACTOR:Turkish forces]] [[strike|WEAPON:AIRSTRIKE]]}}
{{c8,c9|hit a car near [[Khanasor|PLACE]] and the two men in it died.}} {{c8|I do not know who they were.}}

s031
00:03:57.733 --> 00:04:03.200
<v Faisal>I am telling you what I know, and what I heard, separately.
That is all.
@@witness iq-sinjar-faisal-shammo
@@claim c1 harm=DISPLACED min=18 max=18 site="Sinune" date=2014-08-03 basis=EXPERIENCED incident=iq-sinuni-20140803-shammo-family-flight
@@claim c2 harm=KILLED min=1 max=1 named="Khalaf Murad" weapon=SMALL_ARMS actor="Islamic State" site="Sinune" date=2014-08-03 basis=WITNESSED incident=iq-sinuni-20140803-junction-cars-gunfire
@@claim c3 harm=KILLED min=700 max=700 site="Kojo" date=2014-08-15 basis=REPORTED incident=iq-kocho-20140815-school-men-taken
@@claim c4 harm=MISSING min=2 max=2 named="Murad; Zedan" site="Kojo" date=2014-08-15 basis=HEARSAY incident=iq-kocho-20140815-school-men-taken
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Sinuni" date=2016-03-01..2016-05-31 basis=WITNESSED incident=iq-sinuni-20140000-shammo-house-damage
@@claim c6 harm=INJURED min=1 max=1 named="Hassan" weapon=IED site="Sinuni" date=2016-03-01..2016-05-31 basis=WITNESSED incident=iq-sinuni-20160000-shammo-shop-ied
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Sinuni" date=2016-03-01..2016-05-31 basis=WITNESSED incident=iq-sinuni-20160000-shammo-shop-ied
@@claim c8 harm=KILLED min=2 max=2 weapon=AIRSTRIKE actor="Turkish forces" site="Khanasor" date=2017-04-01..2017-04-30 basis=HEARSAY incident=iq-sinjar-20170400-khanasor-car-strike
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Turkish forces" site="Khanasor" date=2017-04-01..2017-04-30 basis=HEARSAY incident=iq-sinjar-20170400-khanasor-car-strike
