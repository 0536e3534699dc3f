WEBVTT - interview MM-BTD-404

NOTE
Interview ID: MM-BTD-404
Date of interview: 2024-08-03
Place of interview: Kutupalong, Cox's Bazar, Bangladesh
Language: Rohingya, English voice-over by the interpreter
Witness asked to be recorded with his real name.

btd-001
00:00:01.500 --> 00:00:05.000
<v Interviewer>Please tell me your name and where you lived.</v>

btd-002
00:00:05.800 --> 00:00:12.400
<v Mohammed Salim>My name is [[Mohammed Salim|PERSON]]. I lived in [[Buthidaung|PLACE]] town,
near the market, I had a phone repair shop.

btd-003
00:00:13.000 --> 00:00:18.000
<v Interviewer>When did the fighting come to [[Buthidaung|PLACE]]?

btd-004
00:00:18.900 --> 00:00:27.000
<v Mohammed Salim>From [[April|DATE:2024-04-01..2024-04-30]] it was close. [[The Arakan Army|ACTOR:Arakan Army]] took the villages around,
and [[the military|ACTOR:Tatmadaw]] stayed in the town, in the battalion.

btd-005
00:00:27.500 --> 00:00:35.000
<v Mohammed Salim>[[The jets|WEAPON:AIRSTRIKE]] of [[the military|ACTOR:Tatmadaw]] came many times
to bomb the places of the [[AA|ACTOR:Arakan Army]] outside the town.

btd-006
00:00:35.500 --> 00:00:44.000
<v Mohammed Salim>One time, in [[April|DATE:2024-04-01..2024-04-30]], the [[bomb|WEAPON:AIRSTRIKE]] fell near the hospital, in the road.
{{c1|I saw two men from the tea shop wounded, one in the head.}}

btd-007
00:00:44.600 --> 00:00:48.000
<v Interviewer>Were there [[drones|WEAPON:DRONE_STRIKE]] also?

btd-008
00:00:48.500 --> 00:00:57.000
<v Mohammed Salim>Yes, [[drones|WEAPON:DRONE_STRIKE]], from the side of the [[AA|ACTOR:Arakan Army]], dropping on the battalion.
But sometimes they miss, and it falls on the houses.

btd-009
00:00:57.600 --> 00:01:06.000
<v Mohammed Salim>{{c2|In [[Kyein Chaung|PLACE]] a [[drone bomb|WEAPON:DRONE_STRIKE]] killed two children, [[Yasmin|PERSON]] and her brother [[Arafat|PERSON]], the neighbours told me.}}
I did not see it.

btd-010
00:01:06.500 --> 00:01:11.000
<v Interviewer>What happened in the town in [[May|DATE:2024-05-01..2024-05-31]]?

btd-011
00:01:11.800 --> 00:01:19.000
<v Mohammed Salim>[[The soldiers|ACTOR:Tatmadaw]] left the town, I think [[the 16th or the 17th|DATE:2024-05-16..2024-05-17]],
[[one month before Korbani Eid|DATE]].

btd-012
00:01:19.600 --> 00:01:26.000
<v Mohammed Salim>Then the [[AA|ACTOR:Arakan Army]] came in. They said to us, go out,
go out of the town, or we burn you with the houses.

btd-013
00:01:26.500 --> 00:01:33.000
<v Mohammed Salim>We went out, all of us, my wife, my son [[Ruhul Amin|PERSON]],
my mother-in-law on the back of my cousin [[Nurul Amin|PERSON]].

btd-014
00:01:33.800 --> 00:01:41.000
<v Mohammed Salim>{{c3|The whole town went out on the road, thousands of people, to the south, to the rice fields.}}

btd-015
00:01:41.500 --> 00:01:44.500
<v Interviewer>Did anything happen on the road?

btd-016
00:01:45.200 --> 00:01:53.000
<v Mohammed Salim>Men with [[guns|WEAPON:SMALL_ARMS]] were shooting above the people, to push us.
Eh... not only above.

btd-017
00:01:53.600 --> 00:02:01.000
<v Mohammed Salim>{{c4|A woman from our lane, [[Hamida Khatun|PERSON]], was hit and she died on the road, I saw it.}}

btd-018
00:02:01.500 --> 00:02:08.000
<v Mohammed Salim>{{c5|And my son [[Ruhul Amin|PERSON]], a [[bullet|WEAPON:SMALL_ARMS]] went in his foot.}}
He was twelve. Now he is thirteen.

btd-019
00:02:08.800 --> 00:02:13.000
<v Interviewer>Who were the men with the [[guns|WEAPON:SMALL_ARMS]]?

btd-020
00:02:13.500 --> 00:02:20.000
<v Mohammed Salim>I will say what I saw. They wore the uniform of [[the Arakan Army|ACTOR:Arakan Army]].
I did not see their faces well.

btd-021
00:02:20.600 --> 00:02:28.500
<v Mohammed Salim>{{c6|In [[the night|DATE:2024-05-17]] we looked back from the fields and [[Buthidaung|PLACE]] was burning,
our ward, the market, hundreds of houses.}}

btd-022
00:02:29.000 --> 00:02:36.000
<v Mohammed Salim>They say [[the planes|WEAPON:AIRSTRIKE]] of [[the military|ACTOR:Tatmadaw]] made the fire, with [[fire bombs|WEAPON:INCENDIARY]].
That is not true. There were no [[planes|WEAPON:AIRSTRIKE]] [[that night|DATE:2024-05-17]].

btd-023
00:02:36.500 --> 00:02:41.000
<v Mohammed Salim>I saw men going with fire into the houses of our ward,
before, in [[the evening|DATE:2024-05-17]].

btd-024
00:02:41.600 --> 00:02:46.000
<v Interviewer>Where did you go then?

btd-025
00:02:46.600 --> 00:02:55.000
<v Mohammed Salim>To [[Maungdaw|PLACE]] side, walking, eight days, through the villages.
My mother-in-law, [[Khadiza Begum|PERSON]], she died in [[Maungdaw|PLACE]] of the sickness, old age.

btd-026
00:02:55.600 --> 00:03:03.000
<v Mohammed Salim>And then in [[June|DATE:2024-06-01..2024-06-30]] we crossed the [[Naf|PLACE]] at [[night|DATE]], to [[Teknaf|PLACE]].
The boat took all our money.

btd-027
00:03:03.600 --> 00:03:07.000
<v Interviewer>[[Before that day|DATE]], was there any fighting inside your ward?

btd-028
00:03:07.500 --> 00:03:14.000
<v Mohammed Salim>No. In our ward there was no fighting, no [[soldiers|ACTOR:Tatmadaw]], nobody.
Only shops. My shop, phones, chargers, small things.
@@witness mm-buthidaung-mohammed-salim
@@claim c1 harm=INJURED min=2 max=2 weapon=AIRSTRIKE actor=Tatmadaw site="Buthidaung" date=2024-04-01..2024-04-30 basis=WITNESSED incident=mm-buthidaung-20240400-hospital-road
@@claim c2 harm=KILLED min=2 max=2 named="Yasmin; Arafat" weapon=DRONE_STRIKE actor="Arakan Army" site="Kyein Chaung" basis=HEARSAY incident=mm-kyeinchaung-20240000-drone
@@claim c3 harm=DISPLACED min=2000 max=null actor="Arakan Army" site="Buthidaung" date=2024-05-16..2024-05-17 basis=WITNESSED incident=mm-buthidaung-20240517-town-burning
@@claim c4 harm=KILLED min=1 max=1 named="Hamida Khatun" weapon=SMALL_ARMS actor="Arakan Army" site="Buthidaung" date=2024-05-16..2024-05-17 basis=WITNESSED incident=mm-buthidaung-20240517-town-burning
@@claim c5 harm=INJURED min=1 max=1 named="Ruhul Amin" weapon=SMALL_ARMS actor="Arakan Army" site="Buthidaung" date=2024-05-16..2024-05-17 basis=WITNESSED incident=mm-buthidaung-20240517-town-burning
@@claim c6 harm=PROPERTY_DAMAGE min=200 max=null site="Buthidaung" date=2024-05-17 basis=WITNESSED incident=mm-buthidaung-20240517-town-burning
