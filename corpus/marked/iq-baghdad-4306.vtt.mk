WEBVTT

NOTE
Interview IQ-BGD-4306, first session, recorded in Baghdad, 11 April 2010.
Arabic (Iraqi), interpreted live. Witness is a taxi driver.

q1
00:00:01.500 --> 00:00:05.000
<v Interviewer>Please tell us your name and where you live.

a1
00:00:05.800 --> 00:00:12.400
<v Kadhim>[[Kadhim Abd al-Hussein|PERSON]], [[Abu Mustafa|PERSON]]. I live in [[Sadr City|PLACE]],
in sector 44, near the [[Muthafar square|PLACE]]. Since I was born.

q2
00:00:13.000 --> 00:00:17.600
<v Interviewer>You wanted to tell us about the [[car bomb|WEAPON:IED]] at the square.

a2
00:00:18.200 --> 00:00:25.000
<v Kadhim>Yes. It was [[the 4th of March|DATE:2007-03-04]], [[a Sunday|DATE:2007-03-04]], [[2007|DATE:2007-01-01..2007-12-31]].
[[Some days before the Arbaeen|DATE:2007-03-01..2007-03-09]], people were already walking to [[Karbala|PLACE]].

a3
00:00:25.600 --> 00:00:31.800
<v Kadhim>I was in my taxi at the line for passengers, maybe fifty metres.
[[About ten in the morning|DATE:2007-03-04]]. The square was full, the workers wait there.

a4
00:00:32.400 --> 00:00:38.000
<v Kadhim>A white Opel, parked near the tea seller. {{c6|The [[car bomb|WEAPON:IED]] went off,
and my windscreen was on my face.}}

a5
00:00:38.600 --> 00:00:45.200
<v Kadhim>{{c2|I got out and I saw... many dead, many. More than twenty, I saw them on the ground,
the workers with their tools, the tea seller [[Abu Jasim|PERSON]].}}

a6
00:00:45.800 --> 00:00:51.000
<v Kadhim>{{c3|The son of my neighbour, [[Haidar|PERSON]], sixteen, he was selling cigarettes there.
He died in the [[Imam Ali hospital|PLACE]] in [[the evening|DATE:2007-03-04]].}}

q3
00:00:51.600 --> 00:00:55.200
<v Interviewer>Were you injured?

a7
00:00:55.800 --> 00:01:01.500
<v Kadhim>{{c4|Small. The glass in the forehead, four stitches.}}
{{c5|But I put five injured in my taxi and took them to the hospital.}}

a8
00:01:02.100 --> 00:01:07.800
<v Kadhim>{{c6|My car, the windscreen and the side, I paid three months of work to fix it.}}

q4
00:01:08.400 --> 00:01:12.900
<v Interviewer>Do you know who did it?

a9
00:01:13.500 --> 00:01:20.000
<v Kadhim>They said [[al-Qaeda|ACTOR:al-Qaeda]], they did many like this in [[Sadr City|PLACE]].
I don't know. I saw the car, not the man.

q5
00:01:20.600 --> 00:01:24.800
<v Interviewer>What happened after the explosion?

a10
00:01:25.400 --> 00:01:31.600
<v Kadhim>The men of the [[Jaysh|ACTOR:Mahdi Army]] closed the square and nobody could come in.
There was no second [[bomb|WEAPON:IED]], thanks God. We were afraid of a second one, always there is a second one.

a11
00:01:32.200 --> 00:01:38.800
<v Kadhim>People said later that a [[Katyusha|WEAPON:ROCKET]] hit the square [[the same day|DATE:2007-03-04]]. No, no. It was one car, only one.

q6
00:01:39.400 --> 00:01:44.000
<v Interviewer>Did anything else happen to your family in those years?

a12
00:01:44.600 --> 00:01:51.200
<v Kadhim>{{c7|My cousin [[Ali Hamza|PERSON]], in [[October 2007|DATE:2007-10-01..2007-10-31]], [[the Americans|ACTOR:US-led coalition]] came at [[night|DATE:2007-10-01..2007-10-31]],
they broke the door and took him with the hood on his head.}}

a13
00:01:51.800 --> 00:01:57.200
<v Kadhim>{{c7|He was in [[Bucca|PLACE]] one year and two months.}} He came back. They never said why.

a14
00:01:57.800 --> 00:02:03.500
<v Kadhim>My father died in [[2005|DATE:2005-01-01..2005-12-31]], the heart, in his bed. Not the war.

q7
00:02:04.100 --> 00:02:07.600
<v Interviewer>Thank you, [[Abu Mustafa|PERSON]]. We will continue another time.
@@witness iq-baghdad-kadhim-abd-al-hussein
@@claim c2 harm=KILLED min=21 max=null named="Abu Jasim" weapon=IED site="Muthafar square" date=2007-03-04 basis=WITNESSED incident=iq-baghdad-20070304-sadrcity-muthafar-car-bomb
@@claim c3 harm=KILLED min=1 max=1 named="Haidar" weapon=IED site="Muthafar square" date=2007-03-04 basis=HEARSAY incident=iq-baghdad-20070304-sadrcity-muthafar-car-bomb
@@claim c4 harm=INJURED min=1 max=1 weapon=IED site="Muthafar square" date=2007-03-04 basis=EXPERIENCED incident=iq-baghdad-20070304-sadrcity-muthafar-car-bomb
@@claim c5 harm=INJURED min=5 max=5 weapon=IED site="Muthafar square" date=2007-03-04 basis=WITNESSED incident=iq-baghdad-20070304-sadrcity-muthafar-car-bomb
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Muthafar square" date=2007-03-04 basis=EXPERIENCED incident=iq-baghdad-20070304-sadrcity-muthafar-car-bomb
@@claim c7 harm=DETAINED min=1 max=1 named="Ali Hamza" actor="US-led coalition" site="Sadr City" date=2007-10-01..2007-10-31 basis=HEARSAY incident=iq-baghdad-20071000-sadrcity-ali-hamza-raid
