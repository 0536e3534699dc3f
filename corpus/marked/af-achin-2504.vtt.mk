WEBVTT

NOTE Interview AF-ACH-2504, recorded in Jalalabad, 2 December 2018.
Pashto with consecutive English interpretation. Speaker: Hazrat Gul, farmer, Mohmand Dara.

c01
00:00:01.000 --> 00:00:05.500
<v Interviewer>You are from [[Mohmand Dara|PLACE]], in [[Achin|PLACE]]. How long did you stay there under [[Daesh|ACTOR:Islamic State]]?

c02
00:00:06.200 --> 00:00:13.000
<v Hazrat Gul>Two years, more or less. They came in [[2015|DATE:2015-01-01..2015-12-31]], first as guests, they said we are [[Taliban|ACTOR:Taliban]] from [[Orakzai|PLACE]].
Then they put up the black flag.

c03
00:00:13.800 --> 00:00:19.000
<v Hazrat Gul>They closed the school, they closed the clinic,
the men could not shave, the women could not go to the bazaar in [[Achin|PLACE]].

c04
00:00:19.800 --> 00:00:24.000
<v Interviewer>I want to ask you about the men who were taken, in [[2017|DATE:2017-01-01..2017-12-31]].

c05
00:00:24.800 --> 00:00:31.500
<v Hazrat Gul>In the [[Ramadan|DATE:2017-05-27..2017-06-25]], yes. [[The fifteenth night of Ramadan|DATE:2017-06-10]].
I remember because we had just eaten the suhur.

c06
00:00:32.200 --> 00:00:39.800
<v Hazrat Gul>{{c1|They came with two pickups, they went from house to house, and they took eight men from our village, eight, my son [[Rahmatullah|PERSON]] was one.}}

c07
00:00:40.500 --> 00:00:46.000
<v Hazrat Gul>{{c1|They tied their hands with their own turbans. I was standing at the door. I saw it.}}

c08
00:00:46.800 --> 00:00:52.000
<v Interviewer>Did they say why?

c09
00:00:52.800 --> 00:01:00.000
<v Hazrat Gul>They said these men are spies, they gave numbers to the government for the drones.
My son sold chickens. What numbers? He cannot read.

c10
00:01:00.800 --> 00:01:06.500
<v Interviewer>Do you know where they were taken?

c11
00:01:07.200 --> 00:01:14.800
<v Hazrat Gul>{{c2|We heard they were in the caves above [[Pekha|PLACE]]. After that, nothing. Eighteen months, no word from [[Rahmatullah|PERSON]], not alive, not dead.}}

c12
00:01:15.500 --> 00:01:20.000
<v Hazrat Gul>Two of the eight came back, [[Gulab|PERSON]] and the son of the mullah.
[[Gulab|PERSON]] says they were beaten every day.
{{c7|The radio said eighteen men were taken [[that night|DATE:2017-06-10]], from our village and from [[Pekha|PLACE]].}}

c13
00:01:20.800 --> 00:01:27.000
<v Interviewer>What about you? Did they try to take you?

c14
00:01:27.800 --> 00:01:35.000
<v Hazrat Gul>One of them put his hand on my shoulder, he said, and the father also.
But their commander said, leave the old man, he will carry the message.

c15
00:01:35.800 --> 00:01:42.000
<v Hazrat Gul>So I stayed. And I carried the message. [crying]

c16
00:01:43.000 --> 00:01:48.500
<v Interviewer>We can stop for a moment.

c17
00:01:49.300 --> 00:01:55.000
<v Hazrat Gul>No, no. Write it. {{c3|After that, [[the same week|DATE:2017-06-10..2017-06-16]], they burned the houses.}}

c18
00:01:55.800 --> 00:02:03.500
<v Hazrat Gul>{{c3|Eleven houses in [[Mohmand Dara|PLACE]], the houses of the men they took, and the house of my brother [[Shah Wali|PERSON]] also, because he was in [[Jalalabad|PLACE]] with the government.}}

c19
00:02:04.300 --> 00:02:09.000
<v Hazrat Gul>{{c3|They poured diesel and lit it. The beams, the doors, the wheat store, everything black.}}

c20
00:02:09.800 --> 00:02:15.000
<v Interviewer>Before that, in [[April|DATE:2017-04-01..2017-04-30]], was there the [[big bomb|WEAPON:AIRSTRIKE]], in [[Asad Khel|PLACE]]?

c21
00:02:15.800 --> 00:02:22.500
<v Hazrat Gul>Yes, the [[big bomb|WEAPON:AIRSTRIKE]] of [[the Americans|ACTOR:US forces]]. [[A Thursday|DATE:2017-04-13]], in [[the evening|DATE:2017-04-13]].
Our village is some kilometres from there but the ground moved, like an earthquake.

c22
00:02:23.300 --> 00:02:30.000
<v Hazrat Gul>{{c4|In our mosque the wall split from top to bottom, a crack you could put your hand inside, and the windows of the school fell out, the frames and all.}}

c23
00:02:30.800 --> 00:02:36.000
<v Hazrat Gul>In our village, from that [[bomb|WEAPON:AIRSTRIKE]], nobody died. Nobody.
The dead were the [[Daesh|ACTOR:Islamic State]] in the tunnels, people say many.

c24
00:02:36.800 --> 00:02:42.000
<v Interviewer>When did your family leave [[Mohmand Dara|PLACE]]?

c25
00:02:42.800 --> 00:02:50.000
<v Hazrat Gul>In [[the autumn|DATE:2017-09-23..2017-12-21]], when [[the army|ACTOR:Afghan forces]] came to push them out. There was fighting in the valley for days.

c26
00:02:50.800 --> 00:02:58.000
<v Hazrat Gul>[[The army|ACTOR:Afghan forces]] fired the [[phosphorus|WEAPON:INCENDIARY]], the white fire, at the hill where [[Daesh|ACTOR:Islamic State]] were. Some fell short, on the fields.

c27
00:02:58.800 --> 00:03:06.500
<v Hazrat Gul>{{c5|My grandson [[Wasil|PERSON]], eleven years old, was bringing the cow. A piece of it fell on his back and it burned through the shirt, through the skin.}}

c28
00:03:07.300 --> 00:03:13.000
<v Hazrat Gul>We put mud on it, we had nothing. It smoked again when we took the mud away.

c29
00:03:13.800 --> 00:03:21.000
<v Hazrat Gul>{{c6|[[The next morning|DATE]] we left, all of us, nineteen people, on one tractor, to [[Jalalabad|PLACE]]. We live here now, in a rented compound in [[Sheikh Misri|PLACE]].}}

c30
00:03:21.800 --> 00:03:26.000
<v Interviewer>Is [[Wasil|PERSON]] well now?

c31
00:03:26.800 --> 00:03:33.000
<v Hazrat Gul>The doctors at [[Nangarhar regional hospital|PLACE]] treated him. He has a mark like a map on his back.
He goes to school now. In [[Mohmand Dara|PLACE]] he could not.

c32
00:03:33.800 --> 00:03:38.000
<v Interviewer>Thank you, [[Hazrat Gul|PERSON]].
@@witness af-achin-hazrat-gul
@@claim c1 harm=DETAINED min=8 max=8 named="Rahmatullah" actor="Islamic State" site="Mohmand Dara" date=2017-06-10 basis=WITNESSED incident=af-achin-20170610-mohmanddara-abductions
@@claim c2 harm=MISSING min=1 max=1 named="Rahmatullah" actor="Islamic State" site="Pekha" date=2017-06-10 basis=WITNESSED incident=af-achin-20170610-mohmanddara-abductions
@@claim c3 harm=PROPERTY_DAMAGE min=11 max=11 named="Shah Wali" actor="Islamic State" site="Mohmand Dara" date=2017-06-10..2017-06-16 basis=WITNESSED incident=af-achin-20170600-mohmanddara-house-burning
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US forces" site="Mohmand Dara" date=2017-04-13 basis=WITNESSED incident=af-achin-20170413-asadkhel-big-bomb
@@claim c5 harm=INJURED min=1 max=1 named="Wasil" weapon=INCENDIARY actor="Afghan forces" site="Mohmand Dara" date=2017-09-23..2017-12-21 basis=WITNESSED incident=af-achin-20170000-wasil-phosphorus
@@claim c6 harm=DISPLACED min=19 max=19 site="Mohmand Dara" date=2017-09-23..2017-12-21 basis=EXPERIENCED incident=af-achin-20170000-hazrat-gul-family-flight
@@claim c7 harm=DETAINED min=18 max=18 actor="Islamic State" site="Mohmand Dara" date=2017-06-10 basis=REPORTED incident=af-achin-20170610-mohmanddara-abductions
