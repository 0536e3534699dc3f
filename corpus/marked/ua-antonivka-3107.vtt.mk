WEBVTT

NOTE
Interview recorded in Kherson, 9 August 2023.
Speaker: Lidiia, resident of Antonivka. Russian and Ukrainian mixed;
English by the interviewer's interpreter.

a01
00:00:01.000 --> 00:00:05.500
<v Interviewer>Thank you for meeting us. You live in [[Antonivka|PLACE]]?

a02
00:00:06.100 --> 00:00:12.800
<v Lidiia>In [[Antonivka|PLACE]], yes, on the hill, [[Antonovka|PLACE:Antonivka]] in Russian. Sixty-eight years. I worked in the house of culture, the club, as the cleaner.

a03
00:00:13.400 --> 00:00:18.000
<v Interviewer>We want to ask about [[January|DATE:2023-01-01..2023-01-31]], the aid point near the club.

a04
00:00:18.600 --> 00:00:26.200
<v Lidiia>Yes. It was [[Saturday|DATE:2023-01-14]], [[the fourteenth|DATE:2023-01-14]], [[Old New Year|DATE:2023-01-14]]. The volunteers came with a truck, bread, oil, the boxes. Maybe forty people in the line, mostly women.

a05
00:00:26.800 --> 00:00:33.000
<v Lidiia>{{c1|Then the first [[shell|WEAPON:ARTILLERY]] fell in the square, and the second on the club itself, on the roof.}}

a06
00:00:33.600 --> 00:00:40.900
<v Lidiia>{{c2|Two people died there, in front of me. [[Zinaida Petrivna|PERSON]], seventy-eight, my neighbour, and [[Hryhorii|PERSON]], who came every time on his bicycle.}}

a07
00:00:41.500 --> 00:00:47.300
<v Lidiia>{{c3|Wounded, five. I know because I helped to put them in the volunteers' van. One was [[Nadiia|PERSON]], from [[Bilozerka|PLACE]], she has a sister there.}}

a08
00:00:47.900 --> 00:00:52.400
<v Interviewer>We heard from her family that three people were killed.

a09
00:00:53.000 --> 00:01:01.000
<v Lidiia>Three? No. Two. Maybe somebody died after in the hospital, that I cannot say, nobody told me. Two I saw, and I washed [[Zinaida|PERSON]] for the burial.

a10
00:01:01.600 --> 00:01:08.400
<v Lidiia>{{c1|The club, the roof fell into the hall, where we had the concerts. The piano is under the beams. The windows, not one left.}}

a11
00:01:09.000 --> 00:01:13.200
<v Interviewer>Where did the [[shells|WEAPON:ARTILLERY]] come from?

a12
00:01:13.800 --> 00:01:21.600
<v Lidiia>From the left bank, from [[Oleshky|PLACE]] side. [[The Russians|ACTOR:Russian armed forces in Ukraine]] sit there. You can hear the [[artillery|WEAPON:ARTILLERY]] go out, then whistle, then it comes. We count: one, two, three, boom.

a13
00:01:22.200 --> 00:01:27.000
<v Interviewer>Were there soldiers near the aid point?

a14
00:01:27.600 --> 00:01:34.000
<v Lidiia>No soldiers. Our boys are lower, by the water. In the square only us, with bags. I say it again, no soldiers.

a15
00:01:34.600 --> 00:01:38.800
<v Interviewer>What happened in the occupation, before [[November|DATE:2022-11-01..2022-11-30]]?

a16
00:01:39.400 --> 00:01:47.500
<v Lidiia>They came to every house in [[April|DATE:2022-04-01..2022-04-30]]. They searched my house, the wardrobe, the cellar, under the bed. They asked for an hour where is my grandson. Then they left. They took nothing, even.

a17
00:01:48.100 --> 00:01:55.900
<v Lidiia>{{c4|But [[Serhii Kovalchuk|PERSON]], the teacher of history, they took him from the school in [[March|DATE:2022-03-01..2022-03-31]]. With a bag on his head, into a car.}}

a18
00:01:56.500 --> 00:02:03.000
<v Lidiia>{{c4|His wife [[Iryna|PERSON]] told me they kept him in the prison of [[Kherson|PLACE]], and then moved him to [[Crimea|PLACE]].}}

a19
00:02:03.600 --> 00:02:09.400
<v Lidiia>{{c5|Since [[autumn|DATE:2022-09-01..2022-11-30]], nothing. No letter, no call. [[Iryna|PERSON]] does not know if he is alive.}}

a20
00:02:10.000 --> 00:02:14.200
<v Interviewer>And [[this summer|DATE:2023-06-01..2023-08-31]]? Is it calmer now?

a21
00:02:14.800 --> 00:02:22.600
<v Lidiia>Calmer? [laughs] In [[July|DATE:2023-07-01..2023-07-31]] they burned the islands with the [[thermite|WEAPON:INCENDIARY]]. At [[night|DATE:2023-07-01..2023-07-31]] it falls like golden rain, very slow.

a22
00:02:23.200 --> 00:02:31.000
<v Lidiia>{{c6|It came on our street also. My barn and the summer kitchen burned to the ground.}} {{c6|And the plum trees, twelve trees, black sticks now.}}

a23
00:02:31.600 --> 00:02:38.000
<v Lidiia>{{c7|And [[the drones|WEAPON:DRONE_STRIKE]], the little ones, they hunt the cars. [[Last week|DATE:2023-07-31..2023-08-06]] a [[drone|WEAPON:DRONE_STRIKE]] threw a [[grenade|WEAPON:DRONE_STRIKE]] on the bus at the stop by the pharmacy. The driver, [[Vasyl|PERSON]], lost two fingers.}}

a24
00:02:38.600 --> 00:02:43.800
<v Lidiia>This one I only heard about, from my daughter-in-law [[Kateryna|PERSON]]. She was in the bus behind.

a24b
00:02:44.000 --> 00:02:47.600
<v Interviewer>Did your family stay in [[Antonivka|PLACE]]?

a24c
00:02:48.000 --> 00:02:56.400
<v Lidiia>{{c9|No. My son [[Taras|PERSON]], [[Kateryna|PERSON]] and the two grandchildren left in [[February|DATE:2023-02-01..2023-02-28]], to a rented flat in [[Chornobaevka|PLACE:Chornobaivka]], further from the river.}}

a24d
00:02:57.000 --> 00:03:04.800
<v Lidiia>I stayed. Who will feed the cats? And in [[Chornobaivka|PLACE]] they also get [[shells|WEAPON:ARTILLERY]], only less. [[Taras|PERSON]] still drives here to work every day.

a24e
00:03:05.200 --> 00:03:12.000
<v Lidiia>When [[the Russians|ACTOR:Russian armed forces in Ukraine]] left, in [[November|DATE:2022-11-01..2022-11-30]], nobody shot at our street. They just went away in [[the night|DATE:2022-11-01..2022-11-30]], over the bridge, and in [[the morning|DATE:2022-11-01..2022-11-30]] the bridge was down.

a25
00:03:12.400 --> 00:03:17.000
<v Interviewer>Thank you, [[Lidiia|PERSON]]. Anything you want to add?

a26
00:03:17.600 --> 00:03:24.800
<v Lidiia>Only, when you write, write [[Zinaida|PERSON]] and [[Hryhorii|PERSON]]. And the club. Fifty years of concerts in that hall.

@@witness ua-antonivka-lidiia
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Antonivka" date=2023-01-14 basis=WITNESSED incident=ua-antonivka-20230114-aid-point-shelling
@@claim c2 harm=KILLED min=2 max=2 named="Zinaida Petrivna; Hryhorii" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Antonivka" date=2023-01-14 basis=WITNESSED incident=ua-antonivka-20230114-aid-point-shelling
@@claim c3 harm=INJURED min=5 max=5 named="Nadiia" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Antonivka" date=2023-01-14 basis=WITNESSED incident=ua-antonivka-20230114-aid-point-shelling
@@claim c4 harm=DETAINED min=1 max=1 named="Serhii Kovalchuk" site="Antonivka" date=2022-03-01..2022-03-31 basis=HEARSAY incident=ua-antonivka-20220300-kovalchuk-teacher-taken
@@claim c5 harm=MISSING min=1 max=1 named="Serhii Kovalchuk" site="Crimea" date=2022-09-01..2022-11-30 basis=HEARSAY incident=ua-antonivka-20220300-kovalchuk-teacher-taken
@@claim c6 harm=PROPERTY_DAMAGE min=12 max=12 weapon=INCENDIARY site="Antonivka" date=2023-07-01..2023-07-31 basis=EXPERIENCED incident=ua-antonivka-20230700-lidiia-street-thermite
@@claim c7 harm=INJURED min=1 max=1 named="Vasyl" weapon=DRONE_STRIKE site="Antonivka" date=2023-07-31..2023-08-06 basis=HEARSAY incident=ua-antonivka-20230800-pharmacy-stop-bus-drone
@@claim c9 harm=DISPLACED min=4 max=4 named="Taras; Kateryna" site="Antonivka" date=2023-02-01..2023-02-28 basis=WITNESSED incident=ua-antonivka-20230200-taras-family-displaced
