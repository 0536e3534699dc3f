WEBVTT - PS-GZ-4055

NOTE
Interview PS-GZ-4055, recorded 9 November 2016 in Gaza City (al-Shati camp).
Arabic; captions are the interpreter's English translation.

c01
00:00:01.000 --> 00:00:05.100
<v Interviewer>We are recording. Please tell me your name and your age.

c02
00:00:05.700 --> 00:00:10.200
<v Mahmoud>[[Mahmoud Abu Amra|PERSON]]. Twenty-two years. I study accounting, second year.

c03
00:00:10.800 --> 00:00:13.300
<v Interviewer>You are from [[Shejaiya|PLACE:Shujaiyya]]?

c04
00:00:13.900 --> 00:00:21.900
<v Mahmoud>From [[Shejaiya|PLACE:Shujaiyya]], [[al-Mansura street|PLACE:al-Mansoura street]], behind the [[al-Tawfiq mosque|PLACE]].
Our house was three floors, the family of my grandfather all together.

c05
00:00:22.500 --> 00:00:25.900
<v Interviewer>Tell me about [[the night of the shelling|DATE:2014-07-20]].

c06
00:00:26.500 --> 00:00:34.500
<v Mahmoud>[[Sunday|DATE:2014-07-20]], [[the 20th of July|DATE:2014-07-20]]. For us it was [[the 23rd of Ramadan|DATE:2014-07-20]].
The [[shelling|WEAPON:ARTILLERY]] of [[the tanks|WEAPON:ARTILLERY]] of [[the Israeli army|ACTOR:Israeli forces]] started [[before midnight|DATE:2014-07-19]] and all the house was shaking.

c07
00:00:35.100 --> 00:00:41.000
<v Mahmoud>We were twenty-one persons in the ground floor, because we thought the ground floor is safer.

c08
00:00:41.600 --> 00:00:49.600
<v Mahmoud>{{c2|The first [[shell|WEAPON:ARTILLERY]] came in the top floor, [[around two|DATE:2014-07-20]].
The second came through the wall of the kitchen, where my uncle [[Jamal|PERSON]] was sitting with my grandmother.}}

c09
00:00:50.200 --> 00:00:56.900
<v Mahmoud>{{c1|I was under the stairs. A piece of the stairs fell on my back,
I could not feel my legs for one hour.}}

c10
00:00:57.500 --> 00:01:04.100
<v Mahmoud>{{c2|When the dust went down, my uncle [[Jamal|PERSON]] was not moving,
and my grandmother [[Fathiya|PERSON]] was not moving.}}

c11
00:01:04.700 --> 00:01:07.900
<v Interviewer>How many of your family died [[that night|DATE:2014-07-20]]?

c12
00:01:08.500 --> 00:01:16.500
<v Mahmoud>{{c2|Eleven. My grandmother, my uncle [[Jamal|PERSON]], his wife [[Sabah|PERSON]],
their four children, and my aunt [[Hanan|PERSON]] with her three girls, who came to us from [[Beit Hanoun|PLACE]].}}

c13
00:01:17.100 --> 00:01:23.700
<v Mahmoud>The neighbours say nine, because they did not know [[Hanan|PERSON]] was with us. It is eleven.
I buried them, I know.

c14
00:01:24.300 --> 00:01:27.800
<v Interviewer>Were there fighters in the house, or weapons?

c15
00:01:28.400 --> 00:01:36.400
<v Mahmoud>No. In the house, no one. My cousin [[Yousef|PERSON]] was with [[al-Qassam|ACTOR:Hamas]], I will not hide it.
He was killed in the fighting on the border, in the east, [[two days later|DATE:2014-07-22]]. But he was not in the house.

c16
00:01:37.000 --> 00:01:42.800
<v Mahmoud>The [[rockets|WEAPON:ROCKET]] of [[the resistance|ACTOR:Palestinian armed groups]] went out from the fields near the border, not from our street.

c17
00:01:43.400 --> 00:01:45.900
<v Interviewer>What did you do after?

c18
00:01:46.500 --> 00:01:54.200
<v Mahmoud>[[Sabah|DATE:2014-07-20]], I mean in [[the morning|DATE:2014-07-20]], the ambulance could not come.
The Red Crescent came only [[after noon|DATE:2014-07-20]], in the two hours of truce.

c19
00:01:54.800 --> 00:02:01.100
<v Mahmoud>{{c3|My cousin [[Ahmad|PERSON]] was burned on his face and his hands.}} They took us both to [[al-Shifa hospital|PLACE]].

c20
00:02:01.700 --> 00:02:09.000
<v Mahmoud>{{c4|Then we went to [[Khan Yunis|PLACE:Khan Younis]], to the school of UNRWA, on [[Jamal Abdel Nasser street|PLACE]], with my mother and my sisters.}}

c21
00:02:09.600 --> 00:02:12.600
<v Interviewer>Did something happen at that school?

c22
00:02:13.200 --> 00:02:20.300
<v Mahmoud>{{c5|Yes. [[The 31st of July|DATE:2014-07-31]], [[a Thursday|DATE:2014-07-31]], in [[the afternoon|DATE:2014-07-31]].
[[The zanana|WEAPON:DRONE_STRIKE]] fired a [[missile|WEAPON:MISSILE]] on a water cart at the gate.}}

c23
00:02:20.900 --> 00:02:27.800
<v Mahmoud>{{c5|Two boys who sold the water were killed,}}
{{c6|and the man who owned the cart, [[Abu Jihad|PERSON]], lost his leg.}}

c24
00:02:28.400 --> 00:02:34.600
<v Mahmoud>{{c5|I was on a chair at the gate because of my back. I saw all of it, from maybe thirty metres.}}

c25
00:02:35.200 --> 00:02:38.200
<v Interviewer>What was near the cart? Any fighters?

c26
00:02:38.800 --> 00:02:46.800
<v Mahmoud>Children with bottles. That is all. The line for water.
Some people said the school itself was hit. No, the school was not hit, only the gate and the wall.

c27
00:02:47.400 --> 00:02:54.200
<v Mahmoud>Now we live with my mother's family in [[Shati|PLACE:al-Shati]] camp. Our land in [[Shejaiya|PLACE:Shujaiyya]] is empty, nobody can build, no cement.
@@witness ps-shujaiyya-mahmoud-abu-amra
@@claim c1 harm=INJURED min=1 max=1 weapon=ARTILLERY actor="Israeli forces" site="al-Mansura street" date=2014-07-20 basis=EXPERIENCED incident=ps-shujaiyya-20140720-mansoura-abu-amra-house
@@claim c2 harm=KILLED min=11 max=11 named="Jamal; Fathiya; Sabah; Hanan" weapon=ARTILLERY actor="Israeli forces" site="al-Mansura street" date=2014-07-20 basis=WITNESSED incident=ps-shujaiyya-20140720-mansoura-abu-amra-house
@@claim c3 harm=INJURED min=1 max=1 named="Ahmad" weapon=ARTILLERY actor="Israeli forces" site="al-Mansura street" date=2014-07-20 basis=WITNESSED incident=ps-shujaiyya-20140720-mansoura-abu-amra-house
@@claim c4 harm=DISPLACED min=null max=null site="Shejaiya" basis=EXPERIENCED incident=ps-shujaiyya-20140700-abu-amra-family-flight
@@claim c5 harm=KILLED min=2 max=2 weapon=MISSILE site="Jamal Abdel Nasser street" date=2014-07-31 basis=WITNESSED incident=ps-khanyounis-20140731-school-gate-water-cart
@@claim c6 harm=INJURED min=1 max=1 named="Abu Jihad" weapon=MISSILE site="Jamal Abdel Nasser street" date=2014-07-31 basis=WITNESSED incident=ps-khanyounis-20140731-school-gate-water-cart
