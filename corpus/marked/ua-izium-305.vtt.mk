WEBVTT - interview UA-IZM-305

NOTE
Interview ID: UA-IZM-305
Date of interview: 21 January 2023
Place of interview: Kharkiv, Ukraine
Language: Russian, English voice-over by the interpreter
Witness: Yurii Bondar, 71, retired railway engineer

c001
00:00:02.000 --> 00:00:06.500
<v Interviewer>You lived in [[Izyum|PLACE:Izium]] during the occupation?

c002
00:00:07.000 --> 00:00:13.500
<v Yurii Bondar>All the time, from beginning to end. On [[Sobornaya|PLACE:Soborna street]],
opposite the big five-storey house, the one that fell.

c003
00:00:14.000 --> 00:00:18.000
<v Interviewer>Can you tell me about the day it fell?

c004
00:00:18.500 --> 00:00:25.000
<v Yurii Bondar>It was [[the 5th of March|DATE:2022-03-05]], [[Saturday|DATE:2022-03-05]], I think.
Or [[Sunday|DATE:2022-03-06]]. My wife says [[Saturday|DATE:2022-03-05]]. I am not sure now.

c005
00:00:25.500 --> 00:00:33.000
<v Yurii Bondar>In [[the evening|DATE]], already dark. A [[plane|WEAPON:AIRSTRIKE]] went over twice.
The second time it dropped a big [[bomb|WEAPON:AIRSTRIKE]], five hundred kilos, people say.

c006
00:00:33.500 --> 00:00:40.000
<v Yurii Bondar>{{c1|The whole middle of the house went down into the cellar,
and in the cellar were the people, maybe fifty.}}

c007
00:00:40.500 --> 00:00:47.000
<v Yurii Bondar>{{c2|More than twenty died there. Twenty-two, I think,
we buried them later in the yard by the school.}}

c008
00:00:47.500 --> 00:00:53.000
<v Yurii Bondar>{{c2|I knew [[Serhii Panchenko|PERSON]], the electrician,
and his mother [[Liudmyla|PERSON]], and [[Yevheniia|PERSON]] from the fourth floor.}}

c009
00:00:53.500 --> 00:00:58.500
<v Interviewer>Another neighbour remembers [[the 6th|DATE:2022-03-06]],
a [[Sunday|DATE:2022-03-06]], in [[the afternoon|DATE]]. Could that be right?

c010
00:00:59.000 --> 00:01:05.000
<v Yurii Bondar>Maybe she is right. In the cellar you lose the days.
There was no calendar, no light, only the candle.

c011
00:01:05.500 --> 00:01:10.000
<v Interviewer>Who dropped the [[bomb|WEAPON:AIRSTRIKE]], in your opinion?

c012
00:01:10.500 --> 00:01:16.000
<v Yurii Bondar>[[The Russian aviation|ACTOR:Russian armed forces in Ukraine]]. Nobody else flew.
[[Our army|ACTOR:Ukrainian armed forces]] had no [[planes|WEAPON:AIRSTRIKE]] over [[Izyum|PLACE:Izium]] then.

c013
00:01:16.500 --> 00:01:21.000
<v Interviewer>What happened after [[the Russians|ACTOR:Russian armed forces in Ukraine]] entered the town?

c014
00:01:21.500 --> 00:01:28.000
<v Yurii Bondar>They shot at the private houses on the hill,
[[Kapytolivka|PLACE]] side, with [[cluster|WEAPON:CLUSTER_MUNITION]], before they came in.

c015
00:01:28.500 --> 00:01:34.000
<v Yurii Bondar>{{c3|On the hill my friend [[Kostiantyn Moroziuk|PERSON]] was wounded in his garden,
in [[the end of March|DATE:2022-03-20..2022-03-31]], I saw the little holes in his fence.}}

c016
00:01:34.500 --> 00:01:40.000
<v Yurii Bondar>That was still [[our army|ACTOR:Ukrainian armed forces]] on the hill,
[[the Russians|ACTOR:Russian armed forces in Ukraine]] were shooting at them, and at us.

c017
00:01:40.500 --> 00:01:46.000
<v Interviewer>And after the liberation, in [[September|DATE:2022-09-01..2022-09-30]]?
Some people spoke about [[mines|WEAPON:LANDMINE]].

c018
00:01:46.500 --> 00:01:53.000
<v Yurii Bondar>Yes, the [[butterfly mines|WEAPON:LANDMINE]], small, plastic.
They threw them from [[rockets|WEAPON:ROCKET]], all over the forest.

c019
00:01:53.500 --> 00:02:01.000
<v Yurii Bondar>{{c4|A boy, [[Artem|PERSON]], ten years, took one in his hand
near the [[Donets|PLACE:Siverskyi Donets]], in [[the second week of October|DATE:2022-10-08..2022-10-14]].}}

c020
00:02:01.500 --> 00:02:06.500
<v Yurii Bondar>{{c4|He lost two fingers. His grandfather [[Ivan Fedorovych|PERSON]] told me, crying.}}

c021
00:02:07.000 --> 00:02:12.000
<v Interviewer>Did you yourself leave [[Izium|PLACE]] at any time?

c022
00:02:12.500 --> 00:02:18.500
<v Yurii Bondar>No. My wife [[Raisa|PERSON]] has diabetes, where would we go?
If we had gone in [[March|DATE:2022-03-01..2022-03-31]], maybe we would be on the road when they shot the cars.

c023
00:02:19.000 --> 00:02:25.000
<v Yurii Bondar>{{c5|But our flat is finished, no roof, no windows,
the [[shelling|WEAPON:ARTILLERY]] in [[April|DATE:2022-04-01..2022-04-30]] took the roof.}}

c024
00:02:25.500 --> 00:02:30.000
<v Yurii Bondar>We live in the kitchen of our son's house,
on the other side of the river, on [[Pishchanka|PLACE]].

c025
00:02:30.500 --> 00:02:36.500
<v Interviewer>Is there anything else you would like people to know?

c026
00:02:37.000 --> 00:02:43.500
<v Yurii Bondar>That the yard where we buried them is now a square with flowers.
And that [[Serhii|PERSON]] fixed the lights in every flat for free. Every flat.
@@witness ua-izium-yurii-bondar-305
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Sobornaya" date=2022-03-05 basis=WITNESSED incident=ua-izium-20220306-soborna-basement
@@claim c2 harm=KILLED min=22 max=22 named="Serhii Panchenko; Liudmyla; Yevheniia" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Sobornaya" date=2022-03-05 basis=WITNESSED incident=ua-izium-20220306-soborna-basement
@@claim c3 harm=INJURED min=1 max=1 named="Kostiantyn Moroziuk" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Kapytolivka" date=2022-03-20..2022-03-31 basis=WITNESSED incident=ua-izium-20220300-kapytolivka-cluster-moroziuk
@@claim c4 harm=INJURED min=1 max=1 named="Artem" weapon=LANDMINE site="Donets" date=2022-10-08..2022-10-14 basis=HEARSAY incident=ua-izium-20221000-donets-artem-mine
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Sobornaya" date=2022-04-01..2022-04-30 basis=EXPERIENCED incident=ua-izium-20220400-sobornaya-yurii-flat
