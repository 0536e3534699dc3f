WEBVTT

NOTE
Interview GHT-3203, recorded in Azaz, 4 September 2018.
Speaker: Hiba, 36, from Kafr Batna, Eastern Ghouta. Arabic, subtitled by the project team.

g01
00:00:01.000 --> 00:00:05.400
<v Interviewer>Thank you for coming. Can you say your name and where you are from?

g02
00:00:06.000 --> 00:00:11.800
<v Hiba>[[Hiba Sukkar|PERSON]]. From [[Kafr Batna|PLACE]], in the [[Ghouta|PLACE:Eastern Ghouta]]. Some write it [[Kfar Batna|PLACE:Kafr Batna]].

g03
00:00:12.400 --> 00:00:18.000
<v Interviewer>You were in [[Kafr Batna|PLACE]] during the campaign, [[February and March 2018|DATE:2018-02-01..2018-03-31]]?

g04
00:00:18.600 --> 00:00:24.900
<v Hiba>The whole time. In the basement, under the building of my father-in-law, Hajj [[Subhi|PERSON]].
Fourteen people in one basement, and the chickens.

g05
00:00:25.500 --> 00:00:30.200
<v Interviewer>The chickens?

g06
00:00:30.800 --> 00:00:36.700
<v Hiba>[laughs] Yes, my mother-in-law would not leave them. They gave eggs. Eggs were gold [[that month|DATE:2018-02-01..2018-02-28]].

g07
00:00:37.300 --> 00:00:43.100
<v Interviewer>Tell me about the market.

g08
00:00:43.700 --> 00:00:49.600
<v Hiba>[[The 27th|DATE:2018-02-27]], it was [[the 27th|DATE:2018-02-27]], because [[that day|DATE:2018-02-27]] there was the truce, the five hours,
everyone said [[the Russians|ACTOR:Russian forces]] gave five hours.

g09
00:00:50.200 --> 00:00:56.800
<v Hiba>So people went up from the basements. I went to the market by the [[Omar mosque|PLACE]], to find anything, bulgur, anything.

g10
00:00:57.400 --> 00:01:03.500
<v Hiba>[[Around noon|DATE:2018-02-27]] [[the plane|WEAPON:AIRSTRIKE]] came, one [[plane|WEAPON:AIRSTRIKE]], and it dropped, eh, the small ones, the [[cluster|WEAPON:CLUSTER_MUNITION]].

g11
00:01:04.100 --> 00:01:09.900
<v Hiba>They went off everywhere at once, like corn in a pan. Pop pop pop pop.

g12
00:01:10.500 --> 00:01:17.200
<v Hiba>{{c1|I saw the man who sold parsley fall, and a woman next to him with a child. I saw maybe nine, ten people on the ground who did not move.}}

g13
00:01:17.800 --> 00:01:23.000
<v Hiba>{{c2|Me, a small piece in my foot. Here. It is still inside, the doctor said leave it.}}

g14
00:01:23.600 --> 00:01:29.100
<v Interviewer>Do you know who the man with the parsley was?

g15
00:01:29.700 --> 00:01:35.600
<v Hiba>{{c1|Everyone knew him, [[Abu Adeeb|PERSON]]. Seventy years old. He always said, I am too old to be afraid.}}

g16
00:01:36.200 --> 00:01:42.400
<v Hiba>{{c3|The stalls, all of them, were torn, the cloth roofs in pieces, the vegetables on the ground in the blood.}}

g17
00:01:43.000 --> 00:01:48.700
<v Interviewer>Who do you think [[the plane|WEAPON:AIRSTRIKE]] belonged to?

g18
00:01:49.300 --> 00:01:55.200
<v Hiba>[[Russian|ACTOR:Russian forces]] or [[regime|ACTOR:Syrian government forces]], I can't tell you. In the sky they all look the same.

g19
00:01:55.800 --> 00:02:01.900
<v Interviewer>Some people described other weapons in [[that month|DATE:2018-02-01..2018-02-28]]. Did you see [[fire bombs|WEAPON:INCENDIARY]], or [[gas|WEAPON:CHEMICAL]]?

g20
00:02:02.500 --> 00:02:08.800
<v Hiba>[[Gas|WEAPON:CHEMICAL]], no. There was no [[gas|WEAPON:CHEMICAL]] in our street. I heard about [[Hammouriyeh|PLACE]], about the fire there, but I did not see it.

g21
00:02:09.400 --> 00:02:15.900
<v Hiba>{{c4|What we had was the [[elephant rockets|WEAPON:ROCKET]]. One hit our building in [[the first week|DATE:2018-02-18..2018-02-24]], at [[night|DATE:2018-02-18..2018-02-24]].}}

g22
00:02:16.500 --> 00:02:22.900
<v Hiba>{{c4|The top two floors were gone. Gone. The stairs were hanging, and the water tanks came down into the street.}}

g23
00:02:23.500 --> 00:02:29.700
<v Hiba>{{c5|In the basement my niece [[Jana|PERSON]], she was five, cut on the head by the glass of the little window. Many stitches.}}

g24
00:02:30.300 --> 00:02:36.000
<v Interviewer>How did you leave [[Kafr Batna|PLACE]]?

g25
00:02:36.600 --> 00:02:43.400
<v Hiba>Through the corridor, to [[Hamouriya|PLACE:Hammouriyeh]] and then out, in [[the middle of March|DATE:2018-03-11..2018-03-20]], with thousands of people walking.

g26
00:02:44.000 --> 00:02:50.600
<v Hiba>{{c6|Us, we were eleven from the family. We left with nothing, only the bag of papers and the eggs.}}

g27
00:02:51.200 --> 00:02:57.300
<v Hiba>They took us in buses to the shelter at [[Dweir|PLACE]]. A school, a big one, with fences.

g28
00:02:57.900 --> 00:03:04.400
<v Hiba>{{c7|[[The third day|DATE:2018-03-13..2018-03-23]] there, the men of the [[mukhabarat|ACTOR:Syrian government forces]] came with a list and took my husband [[Anas|PERSON]] and his brother [[Yazan|PERSON]].}}

g29
00:03:05.000 --> 00:03:10.600
<v Hiba>{{c7|I saw it. They put them in a white car, and other men in other cars, maybe twenty men altogether.}}

g30
00:03:11.200 --> 00:03:16.800
<v Hiba>Me, they questioned also, one hour, about my brothers, who fought, who didn't. Then they sent me back to the room.

g31
00:03:17.400 --> 00:03:23.600
<v Hiba>{{c8|[[Yazan|PERSON]] came out after two months, to [[the army|ACTOR:Syrian government forces]], they made him a soldier. [[Anas|PERSON]], nothing. Six months now, nothing.}}

g32
00:03:24.200 --> 00:03:29.500
<v Interviewer>Have you asked anyone?

g33
00:03:30.100 --> 00:03:36.400
<v Hiba>Everyone. A lawyer in [[Damascus|PLACE]] took money from my father-in-law. He said [[Anas|PERSON]] is in [[Adra|PLACE]], then no, not in [[Adra|PLACE]].

g34
00:03:37.000 --> 00:03:42.300
<v Hiba>I came north with the children in [[June|DATE:2018-06-01..2018-06-30]], on the green buses. Who would stay? For what?
@@claim c1 harm=KILLED min=9 max=10 named="Abu Adeeb" weapon=CLUSTER_MUNITION site="Omar mosque" date=2018-02-27 basis=WITNESSED incident=sy-kafrbatna-20180227-market-cluster
@@claim c2 harm=INJURED min=1 max=1 weapon=CLUSTER_MUNITION site="Omar mosque" date=2018-02-27 basis=EXPERIENCED incident=sy-kafrbatna-20180227-market-cluster
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="Omar mosque" date=2018-02-27 basis=WITNESSED incident=sy-kafrbatna-20180227-market-cluster
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Kafr Batna" date=2018-02-18..2018-02-24 basis=EXPERIENCED incident=sy-kafrbatna-20180200-sukkar-building-rocket
@@claim c5 harm=INJURED min=1 max=1 named="Jana" weapon=ROCKET site="Kafr Batna" date=2018-02-18..2018-02-24 basis=WITNESSED incident=sy-kafrbatna-20180200-sukkar-building-rocket
@@claim c6 harm=DISPLACED min=11 max=11 site="Kafr Batna" date=2018-03-11..2018-03-20 basis=EXPERIENCED incident=sy-kafrbatna-20180300-sukkar-family-corridor
@@claim c7 harm=DETAINED min=20 max=20 named="Anas; Yazan" actor="Syrian government forces" site="Dweir" date=2018-03-13..2018-03-23 basis=WITNESSED incident=sy-dweir-20180300-shelter-men-taken
@@claim c8 harm=MISSING min=1 max=1 named="Anas" actor="Syrian government forces" site="Dweir" date=2018-03-13..2018-03-23 basis=EXPERIENCED incident=sy-dweir-20180300-shelter-men-taken
@@witness sy-kafrbatna-hiba-sukkar
