WEBVTT - interview PS-RAF-812

NOTE
Interview ID: PS-RAF-812
Date of interview: 11 April 2024
Place of interview: Deir al-Balah, school shelter
Arabic with English voice-over; the witness is a neighbour of the Abu Lebda family.

r01
00:00:01.000 --> 00:00:05.500
<v Interviewer>Can you tell us your name, and where you lived in [[Rafah|PLACE]]?

r02
00:00:06.000 --> 00:00:13.000
<v Hatem>[[Hatem al-Akhras|PERSON]]. I have a shop of mobile phones, had, in [[Tal el-Sultan|PLACE:Tal al-Sultan]],
on the main street, two buildings from the [[Abu Lebda|PERSON]] house.

r03
00:00:13.500 --> 00:00:18.000
<v Interviewer>We want to ask you about the [[strike|WEAPON:AIRSTRIKE]] on that house, in [[February|DATE:2024-02-01..2024-02-29]].

r04
00:00:18.500 --> 00:00:25.000
<v Hatem>Yes. It was [[the night between Thursday and Friday|DATE:2024-02-22..2024-02-23]]. [[The 23rd|DATE:2024-02-23]], I think,
because [[the Friday morning|DATE:2024-02-23]] we were still digging.

r05
00:00:25.500 --> 00:00:32.000
<v Hatem>[[The F-16|WEAPON:AIRSTRIKE]], you know the sound, it is not [[the drone|WEAPON:DRONE_STRIKE]] with its small [[missiles|WEAPON:MISSILE]], it is like the sky is torn.
{{c2|Three floors came down, the building was four floors.}}

r06
00:00:32.500 --> 00:00:39.000
<v Hatem>{{c1|More than twenty people died in that house. With the displaced people from the north,
more than twenty, I carried some of them myself.}}

r07
00:00:39.500 --> 00:00:45.000
<v Interviewer>Another witness told us fourteen. Why do you think the numbers are different?

r08
00:00:45.500 --> 00:00:53.000
<v Hatem>Fourteen is the family, maybe. The family [[Abu Lebda|PERSON]]. But there were others,
a family from [[Beit Lahia|PLACE]], the [[Ghabayen|PERSON]], I don't know all their names.

r09
00:00:53.500 --> 00:01:00.000
<v Hatem>{{c1|From the [[Ghabayen|PERSON]], the father, [[Ayman|PERSON]], and two boys, I saw them taken out, dead.}}
Nobody counted them in the list of the family, because they were guests.

r10
00:01:00.500 --> 00:01:07.000
<v Hatem>{{c2|And my shop, the glass, the front, everything broken, and the roof of my house also cracked.}}
This is nothing. Glass is nothing.

r11
00:01:07.500 --> 00:01:12.000
<v Interviewer>Did you know Hajj [[Salem|PERSON]]?

r12
00:01:12.500 --> 00:01:19.500
<v Hatem>Of course. [[Abu Mahmoud|PERSON]], we called him, after his eldest. He taught my brother English in school.
A man of peace, salam, always salam.

r13
00:01:20.000 --> 00:01:26.000
<v Hatem>{{c1|The son [[Mahmoud|PERSON]], I found him myself, under the stairs. He was holding the small girl.}}

r14
00:01:26.500 --> 00:01:30.000
<v Interviewer>Were there any armed men in that area [[that day|DATE]]?

r15
00:01:30.500 --> 00:01:37.000
<v Hatem>I did not see any. It was a street of families and shops. If there were fighters,
people would leave, we are not crazy.

r16
00:01:37.500 --> 00:01:42.000
<v Interviewer>Why did you leave [[Rafah|PLACE]]?

r17
00:01:42.500 --> 00:01:50.000
<v Hatem>{{c3|After the [[Abu Lebda|PERSON]] house, my wife said no more. [[Two days after|DATE:2024-02-25]], we went to [[Deir al-Balah|PLACE]],
me, my wife [[Sabah|PERSON]] and the five children, with a donkey cart.}}

r18
00:01:50.500 --> 00:01:56.000
<v Hatem>She is called [[Sabah|PERSON]], morning. In that month every sabah, every morning,
we woke and counted the children first.

r19
00:01:56.500 --> 00:02:03.000
<v Hatem>{{c4|My cousin [[Wael|PERSON]] stayed in [[Shabura|PLACE:Shaboura]]. In [[March|DATE:2024-03-01..2024-03-31]] a [[quadcopter|WEAPON:DRONE_STRIKE]] shot him in the leg
when he went to fill the water.}}

r20
00:02:03.500 --> 00:02:08.000
<v Hatem>He is alive. He limps. He still fills the water.
@@witness ps-rafah-hatem-al-akhras
@@claim c1 harm=KILLED min=21 max=null named="Ayman; Mahmoud" weapon=AIRSTRIKE site="Tal el-Sultan" date=2024-02-22 basis=WITNESSED incident=ps-rafah-20240222-tal-al-sultan-abu-lebda-house
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null named="Hatem al-Akhras" weapon=AIRSTRIKE site="Tal el-Sultan" date=2024-02-22 basis=EXPERIENCED incident=ps-rafah-20240222-tal-al-sultan-abu-lebda-house
@@claim c3 harm=DISPLACED min=7 max=7 named="Hatem al-Akhras; Sabah" site="Tal el-Sultan" date=2024-02-25 basis=EXPERIENCED incident=ps-rafah-20240225-al-akhras-family-displaced
@@claim c4 harm=INJURED min=1 max=1 named="Wael" weapon=DRONE_STRIKE site="Shabura" date=2024-03-01..2024-03-31 basis=HEARSAY incident=ps-rafah-20240300-shaboura-wael-quadcopter
