WEBVTT - interview UA-AVD-805

NOTE
Interview ID: UA-AVD-805
Date of interview: 2024-03-12
Place of interview: Dnipro, temporary accommodation
Language: Russian, English voice-over
The witness asked that only her first name and patronymic be used.

a1
00:00:01.500 --> 00:00:06.000
<v Interviewer>Please tell us who you are and how long you lived in [[Avdiivka|PLACE]].

a2
00:00:06.500 --> 00:00:13.500
<v Svitlana>[[Svitlana Ivanivna|PERSON]]. All my life, fifty-eight years, in [[Avdeevka|PLACE:Avdiivka]], I worked at the coke plant,
in the laboratory. I left at [[the end of October|DATE:2023-10-20..2023-10-31]].

a3
00:00:14.000 --> 00:00:19.000
<v Interviewer>What was it like in [[October|DATE:2023-10-01..2023-10-31]], when the big offensive started?

a4
00:00:19.500 --> 00:00:26.500
<v Svitlana>From [[the 10th|DATE:2023-10-10]] it was hell. [[Grads|WEAPON:ROCKET]] every hour, and the [[Russian|ACTOR:Russian armed forces in Ukraine]] [[planes|WEAPON:AIRSTRIKE]] with the [[KABs|WEAPON:AIRSTRIKE]],
the [[guided bombs|WEAPON:AIRSTRIKE]], five hundred kilos, one of them and the whole entrance of a building is gone.

a5
00:00:27.000 --> 00:00:34.000
<v Svitlana>{{c1|On [[the 13th|DATE:2023-10-13]], I think it was [[the Friday|DATE:2023-10-13]], a [[KAB|WEAPON:AIRSTRIKE]] fell on the building next to ours,
on [[Sobornaya|PLACE:Sobornaya street]], number eleven, and two entrances fell down.}}

a6
00:00:34.500 --> 00:00:41.000
<v Svitlana>{{c2|In that building lived [[Valentina|PERSON]] and her husband [[Gennadii|PERSON]], old people, they stayed because of her legs.
They were killed, both, in the basement.}}

a7
00:00:41.500 --> 00:00:47.000
<v Interviewer>Do you know if anyone else was in that basement?

a8
00:00:47.500 --> 00:00:54.000
<v Svitlana>{{c2|The police said four people, the soldiers who dug said five.}} I saw only that they took out two,
the [[Bondarenko|PERSON]] couple, [[Valentina|PERSON]] and [[Gennadii|PERSON]].

a9
00:00:54.500 --> 00:01:01.000
<v Svitlana>We were on [[Sobornaya street|PLACE]] also, in our basement, twelve people, since [[September|DATE:2023-09-01..2023-09-30]].
Candles, a gas bottle, the water from the rain.

a10
00:01:01.500 --> 00:01:07.000
<v Interviewer>Were there [[Ukrainian soldiers|ACTOR:Ukrainian armed forces]] positioned in your building?

a11
00:01:07.500 --> 00:01:14.000
<v Svitlana>In our building, no. They came sometimes to bring us water, bread. Positions were in the industrial zone,
not between the houses on our street.

a12
00:01:14.500 --> 00:01:20.000
<v Interviewer>You mentioned to my colleague something about [[gas|WEAPON:CHEMICAL]]. Can you explain?

a13
00:01:20.500 --> 00:01:28.000
<v Svitlana>Yes. A boy, a soldier, [[Artem|PERSON]], he came to our basement to get warm. He said that near the plant
[[the drones|WEAPON:DRONE_STRIKE]] drop [[grenades with gas|WEAPON:CHEMICAL]] on the trenches.

a14
00:01:28.500 --> 00:01:35.000
<v Svitlana>{{c3|He said his friend was poisoned by this [[gas|WEAPON:CHEMICAL]], [[chloropicrin|WEAPON:CHEMICAL]], he could not breathe, the eyes,
and they took him to [[Pokrovsk|PLACE]] to the hospital.}}

a15
00:01:35.500 --> 00:01:40.000
<v Svitlana>I did not see it. I only tell what [[Artem|PERSON]] told me. He coughed all the time himself.

a16
00:01:40.500 --> 00:01:46.000
<v Interviewer>How did you leave [[Avdiivka|PLACE]]?

a17
00:01:46.500 --> 00:01:53.500
<v Svitlana>{{c4|The police, the "White Angels", they came with the armoured car on [[the 27th|DATE:2023-10-27]],
and took me and three neighbours, [[Nina|PERSON]], [[Raisa|PERSON]] and old [[Petrovych|PERSON]].}}

a18
00:01:54.000 --> 00:02:01.000
<v Svitlana>{{c5|On the road out, near [[Orlivka|PLACE]], something burned on the fields, white fire falling from the sky,
they said it was [[incendiary|WEAPON:INCENDIARY]], from the [[Grad|WEAPON:ROCKET]], [[thermite|WEAPON:INCENDIARY]].}}

a19
00:02:01.500 --> 00:02:06.000
<v Svitlana>{{c5|A house was burning there, and the barns.}} Nobody in the car was hurt.
If the car had stopped, I think we would burn also.

a20
00:02:06.500 --> 00:02:11.000
<v Interviewer>Do you know what happened to your building after you left?

a21
00:02:11.500 --> 00:02:18.000
<v Svitlana>{{c6|My neighbour's son sent me a photo in [[February|DATE:2024-02-01..2024-02-29]]. There is no building. Only the stairs standing.}}
Forty years of my life, and there are only stairs.
@@witness ua-avdiivka-svitlana-ivanivna
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Sobornaya street" date=2023-10-13 basis=WITNESSED incident=ua-avdiivka-20231013-sobornaya-11-kab
@@claim c2 harm=KILLED min=2 max=5 named="Valentina; Gennadii" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Sobornaya street" date=2023-10-13 basis=WITNESSED incident=ua-avdiivka-20231013-sobornaya-11-kab
@@claim c3 harm=INJURED min=1 max=1 weapon=CHEMICAL site="Avdiivka" date=2023-10-01..2023-10-27 basis=HEARSAY incident=ua-avdiivka-20231000-coke-plant-trench-gas
@@claim c4 harm=DISPLACED min=4 max=4 named="Svitlana Ivanivna; Nina; Raisa; Petrovych" site="Avdiivka" date=2023-10-27 basis=EXPERIENCED incident=ua-avdiivka-20231027-sobornaya-evacuation
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Orlivka" date=2023-10-27 basis=WITNESSED incident=ua-orlivka-20231027-fields-incendiary
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="Sobornaya street" date=2023-10-27..2024-02-29 basis=HEARSAY incident=ua-avdiivka-20240200-sobornaya-witness-building
