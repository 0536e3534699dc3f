WEBVTT - interview MM-PAK-834

NOTE
Interview ID: MM-PAK-834
Date of interview: 2023-08-09
Place of interview: online (the witness was in a forest camp near Pauk)
Language: Burmese, voice-over by the interpreter
The witness is a volunteer teacher; audio dropped twice.

p001
00:00:01.000 --> 00:00:05.000
<v Interviewer>Thank you, [[Ma Hnin Wai|PERSON]]. Where are you speaking from?

p002
00:00:05.500 --> 00:00:12.000
<v Ma Hnin Wai>From the forest, near [[Pauk|PLACE]], in [[Magway|PLACE]] region. I teach the children here,
in a school of bamboo. We have one hundred and twenty children.

p003
00:00:12.500 --> 00:00:17.500
<v Interviewer>Why did your village leave? Which village is it?

p004
00:00:18.000 --> 00:00:25.000
<v Ma Hnin Wai>[[Kyaung Taung|PLACE]], [[Paukkhaung|PLACE]] area. No, sorry, it is [[Pauk|PLACE]] township.
{{c1,c2|We left in [[June 2022|DATE:2022-06-01..2022-06-30]], when [[the soldiers|ACTOR:Tatmadaw]] came and burned the houses.}}

p005
00:00:25.500 --> 00:00:32.000
<v Ma Hnin Wai>{{c2|They burned more than two hundred houses, with petrol, one by one, I saw the smoke from the hill.}}
My house also, and my school, the school of the village.

p006
00:00:32.500 --> 00:00:38.000
<v Ma Hnin Wai>{{c3|My uncle [[U Hla Myint|PERSON]] stayed to guard the cows. [[The soldiers|ACTOR:Tatmadaw]] shot him, we found him near the pond.}}

p007
00:00:38.500 --> 00:00:44.000
<v Interviewer>Were there [[PDF|ACTOR:People's Defence Force]] fighters in the village at that time?

p008
00:00:44.500 --> 00:00:51.000
<v Ma Hnin Wai>The young men of the [[PDF|ACTOR:People's Defence Force]] went into the forest before. In the village only old people,
women, and some monks. There was no fighting in the village [[that day|DATE]].

p009
00:00:51.500 --> 00:00:57.000
<v Interviewer>You also mentioned an [[air attack|WEAPON:AIRSTRIKE]]. Can you tell me about that?

p010
00:00:57.500 --> 00:01:04.000
<v Ma Hnin Wai>{{c4|In [[January|DATE:2023-01-01..2023-01-31]], [[the jet|WEAPON:AIRSTRIKE]] bombed the school in [[Let Yet Kone|PLACE]], no, that is in [[Sagaing|PLACE]],
I mix. It bombed our forest school, the first one, near [[Myauk Khin Yan|PLACE]].}}

p011
00:01:04.500 --> 00:01:10.000
<v Ma Hnin Wai>{{c5|Two children died, [[Nyein Chan|PERSON]], seven, and [[Su Su|PERSON]], nine. And a teacher, [[Saw Yu Nwe|PERSON]].}}

p012
00:01:10.500 --> 00:01:16.000
<v Ma Hnin Wai>{{c6|Eleven children were wounded, from the bomb pieces, and the roof fell.}}
I was in the next hut with the small ones, under the table.

p013
00:01:16.500 --> 00:01:21.000
<v Interviewer>When in [[January|DATE]] was that? Do you remember the day?

p014
00:01:21.500 --> 00:01:28.000
<v Ma Hnin Wai>[[A Friday|DATE]]. [[Two days after Independence Day|DATE:2023-01-06]]. So, the sixth? Yes, the sixth,
because we made a small celebration on the fourth with the flag.

p015
00:01:28.500 --> 00:01:34.000
<v Ma Hnin Wai>{{c8|And they also drop from [[the plane|WEAPON:AIRSTRIKE]] things that burn, [[incendiary|WEAPON:INCENDIARY]], like fire rain,
on the fields, in [[April|DATE:2023-04-01..2023-04-30]], the sesame fields burned.}}

p016
00:01:34.500 --> 00:01:40.000
<v Interviewer>Were you or anyone in the forest camp hurt by [[landmines|WEAPON:LANDMINE]]?

p017
00:01:40.500 --> 00:01:47.000
<v Ma Hnin Wai>{{c7|Yes. A farmer, [[Ko Tun Naing|PERSON]], he went back to the village for the rice,
and on the road [[the military|ACTOR:Tatmadaw]] had put a [[mine|WEAPON:LANDMINE]]. He lost his leg.}}

p018
00:01:47.500 --> 00:01:52.000
<v Ma Hnin Wai>This was in [[May|DATE:2023-05-01..2023-05-31]]. I did not see, his wife told me.

p019
00:01:52.500 --> 00:01:58.000
<v Interviewer>What do the children need most?

p020
00:01:58.500 --> 00:02:05.000
<v Ma Hnin Wai>Books. And peace. But books we can get. If [[the jets|WEAPON:AIRSTRIKE]] come again, we have a hole dug for each class.
@@witness mm-pauk-ma-hnin-wai
@@claim c1 harm=DISPLACED min=null max=null actor="Tatmadaw" site="Kyaung Taung" date=2022-06-01..2022-06-30 basis=EXPERIENCED incident=mm-pauk-20220600-kyaung-taung-burning
@@claim c2 harm=PROPERTY_DAMAGE min=201 max=null actor="Tatmadaw" site="Kyaung Taung" date=2022-06-01..2022-06-30 basis=WITNESSED incident=mm-pauk-20220600-kyaung-taung-burning
@@claim c3 harm=KILLED min=1 max=1 named="U Hla Myint" weapon=SMALL_ARMS actor="Tatmadaw" site="Kyaung Taung" date=2022-06-01..2022-06-30 basis=HEARSAY incident=mm-pauk-20220600-kyaung-taung-burning
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Myauk Khin Yan" date=2023-01-06 basis=WITNESSED incident=mm-pauk-20230106-forest-school-airstrike
@@claim c5 harm=KILLED min=3 max=3 named="Nyein Chan; Su Su; Saw Yu Nwe" weapon=AIRSTRIKE site="Myauk Khin Yan" date=2023-01-06 basis=WITNESSED incident=mm-pauk-20230106-forest-school-airstrike
@@claim c6 harm=INJURED min=11 max=11 weapon=AIRSTRIKE site="Myauk Khin Yan" date=2023-01-06 basis=WITNESSED incident=mm-pauk-20230106-forest-school-airstrike
@@claim c7 harm=INJURED min=1 max=1 named="Ko Tun Naing" weapon=LANDMINE actor="Tatmadaw" site="Kyaung Taung" date=2023-05-01..2023-05-31 basis=HEARSAY incident=mm-pauk-20230500-tun-naing-road-mine
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Pauk" date=2023-04-01..2023-04-30 basis=WITNESSED incident=mm-pauk-20230400-sesame-fields-incendiary
