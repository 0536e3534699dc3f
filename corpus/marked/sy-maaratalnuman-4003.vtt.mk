WEBVTT - Interview IDL-4003

NOTE
Interview ID: IDL-4003
Interview date: 2020-02-16
Location: Atmeh, Idlib governorate
Interviewer: M. Okafor; interpreter: not recorded

q1
00:00:01.000 --> 00:00:04.300
<v Interviewer>Can you tell us your name and where you are from?

q2
00:00:04.900 --> 00:00:10.800
<v Yaser Shehadeh>[[Yaser Abdulkarim Shehadeh|PERSON]]. From [[Maarat al-Numan|PLACE]], from the south side, near the [[Hama road|PLACE]].

q3
00:00:11.400 --> 00:00:16.400
<v Yaser Shehadeh>I was a driver. A minibus, [[Maarat|PLACE:Maarat al-Numan]] to [[Idlib|PLACE]], [[Idlib|PLACE]] to [[Maarat|PLACE:Maarat al-Numan]], fifteen years.

q4
00:00:17.000 --> 00:00:20.900
<v Interviewer>You said before that you were injured. Can you tell us how?

q5
00:00:21.500 --> 00:00:27.400
<v Yaser Shehadeh>Yes. It was [[the 22nd of December|DATE:2019-12-22]], [[a Sunday|DATE:2019-12-22]].
Everybody was leaving [[Maarat|PLACE:Maarat al-Numan]] then, everybody.

q6
00:00:28.000 --> 00:00:39.000
<v Yaser Shehadeh>I had a family in my bus, from the [[Rahhal|PERSON]] family, the old man and his daughters,
and I stopped at the fuel station at the entrance, on the [[Hama road|PLACE]], to take diesel.

q7
00:00:39.600 --> 00:00:45.900
<v Yaser Shehadeh>There was a queue, maybe thirty cars, motorbikes, a tractor with a trailer full of mattresses.

q8
00:00:46.500 --> 00:00:55.100
<v Yaser Shehadeh>{{c1,c4|Then the [[Russian|ACTOR:Russian forces]] [[plane|WEAPON:AIRSTRIKE]] hit the station.}} {{c1|Two times. I felt the bus lift, and my leg, the right one, it was open from here to here.}}

q9
00:00:55.700 --> 00:00:57.900
<v Interviewer>Did you see [[the aircraft|WEAPON:AIRSTRIKE]]?

q10
00:00:58.500 --> 00:01:06.700
<v Yaser Shehadeh>I heard it go round, and the spotters said on the radio one minute before that the [[Russian|ACTOR:Russian forces]] [[plane|WEAPON:AIRSTRIKE]] is coming.
We had no time.

q11
00:01:07.300 --> 00:01:14.600
<v Yaser Shehadeh>{{c2|Hajj [[Ismail Rahhal|PERSON]], he was sitting next to me, in the front. He was dead in his seat. He did not say anything.}}

q12
00:01:15.200 --> 00:01:22.200
<v Yaser Shehadeh>{{c3|I counted, when they pulled me out, six people on the ground by the pumps. Six dead. Some of them burned.}}

q13
00:01:22.800 --> 00:01:28.300
<v Yaser Shehadeh>{{c4|The station, there was nothing left of it, only the roof, black, lying on the cars.}}

q14
00:01:28.900 --> 00:01:31.500
<v Interviewer>What about the daughters of Mr. [[Rahhal|PERSON]]?

q15
00:01:32.100 --> 00:01:43.400
<v Yaser Shehadeh>{{c5|The two girls were in the back. [[Salam|PERSON]] had glass in her face, and the small one, [[Hala|PERSON]], her arm was broken.}}
Salam, peace, that is her name. There is no salam in this life.

q16
00:01:44.000 --> 00:01:54.500
<v Yaser Shehadeh>{{c6,c7|In [[the evening|DATE:2019-12-22]] the council of [[Maarat al-Numan|PLACE]] wrote on their WhatsApp group: eleven killed at the station, more than twenty injured.}}
That is what they wrote.

q17
00:01:55.100 --> 00:01:59.100
<v Interviewer>Were there any fighters or military vehicles at the station?

q18
00:01:59.700 --> 00:02:04.600
<v Yaser Shehadeh>No. No fighters, no checkpoint. Families. Cars with mattresses on the top.

q19
00:02:05.200 --> 00:02:15.100
<v Yaser Shehadeh>We were afraid after that, that they would hit the ambulances also, like they did in other places.
But [[that day|DATE:2019-12-22]], no, the ambulance came and took me.

q20
00:02:15.700 --> 00:02:20.200
<v Yaser Shehadeh>I was in the hospital in [[Ariha|PLACE]] eight days. They put iron in my leg.

q21
00:02:20.800 --> 00:02:23.800
<v Interviewer>You also mentioned [[the night before you left|DATE:2019-12-19]].

q22
00:02:24.400 --> 00:02:33.300
<v Yaser Shehadeh>Yes, sorry, I go back. Before the station, [[three nights before|DATE:2019-12-19]].
We were in the basement of my brother's house, near the [[Great Mosque|PLACE]].

q23
00:02:33.900 --> 00:02:44.900
<v Yaser Shehadeh>{{c8|I did not see anything, I was in the basement, but I heard the [[rockets|WEAPON:ROCKET]] hit the houses around us, four, five, one after the other, very close.}} The walls were shaking.

q24
00:02:45.500 --> 00:02:54.000
<v Yaser Shehadeh>{{c8|In [[the morning|DATE:2019-12-20]] I went up and the house of the [[Jbeili|PERSON]] family, across from us, it had no roof. The second floor was in the street.}}

q25
00:02:54.600 --> 00:03:02.300
<v Yaser Shehadeh>{{c10|My wife told me [[Umm Hisham Jbeili|PERSON]] died in that house. She heard it from the women at the bakery.}}
I did not see her.

q26
00:03:02.900 --> 00:03:07.500
<v Yaser Shehadeh>My son [[Karim|PERSON]] wanted to go and look. I said no. Allah karim, we leave.

q27
00:03:08.100 --> 00:03:17.400
<v Yaser Shehadeh>{{c11|[[After the station|DATE:2019-12-22..2019-12-30]], when I was in the hospital, my brother took my wife and children to a camp near [[Atmeh|PLACE]]. They slept in the car two nights.}}

q28
00:03:18.000 --> 00:03:20.800
<v Interviewer>And your father? Earlier you said he died.

q29
00:03:21.400 --> 00:03:28.900
<v Yaser Shehadeh>My father, God have mercy on him, that was in [[2009|DATE:2009-01-01..2009-12-31]], an accident on the road to [[Hama|PLACE]]. Nothing to do with the war.

q30
00:03:29.500 --> 00:05:50.400
<v Interviewer>Thank you, [[Yaser|PERSON]].
@@witness sy-maaratalnuman-yaser-shehadeh
@@claim c1 harm=INJURED min=1 max=1 named="Yaser Abdulkarim Shehadeh" weapon=AIRSTRIKE actor="Russian forces" site="Hama road" date=2019-12-22 basis=EXPERIENCED incident=sy-maaratalnuman-20191222-hama-road-fuel-station
@@claim c2 harm=KILLED min=1 max=1 named="Ismail Rahhal" weapon=AIRSTRIKE actor="Russian forces" site="Hama road" date=2019-12-22 basis=WITNESSED incident=sy-maaratalnuman-20191222-hama-road-fuel-station
@@claim c3 harm=KILLED min=6 max=6 weapon=AIRSTRIKE actor="Russian forces" site="Hama road" date=2019-12-22 basis=WITNESSED incident=sy-maaratalnuman-20191222-hama-road-fuel-station
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="Hama road" date=2019-12-22 basis=WITNESSED incident=sy-maaratalnuman-20191222-hama-road-fuel-station
@@claim c5 harm=INJURED min=2 max=2 named="Salam; Hala" weapon=AIRSTRIKE actor="Russian forces" site="Hama road" date=2019-12-22 basis=WITNESSED incident=sy-maaratalnuman-20191222-hama-road-fuel-station
@@claim c6 harm=KILLED min=11 max=11 weapon=AIRSTRIKE site="Maarat al-Numan" date=2019-12-22 basis=REPORTED incident=sy-maaratalnuman-20191222-hama-road-fuel-station
@@claim c7 harm=INJURED min=21 max=null weapon=AIRSTRIKE site="Maarat al-Numan" date=2019-12-22 basis=REPORTED incident=sy-maaratalnuman-20191222-hama-road-fuel-station
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Great Mosque" date=2019-12-19 basis=WITNESSED incident=sy-maaratalnuman-20191219-great-mosque-jbeili-rockets
@@claim c10 harm=KILLED min=1 max=1 named="Umm Hisham Jbeili" weapon=ROCKET site="Great Mosque" date=2019-12-19 basis=HEARSAY incident=sy-maaratalnuman-20191219-great-mosque-jbeili-rockets
@@claim c11 harm=DISPLACED min=null max=null site="Maarat al-Numan" date=2019-12-22..2019-12-30 basis=HEARSAY incident=sy-maaratalnuman-20191200-shehadeh-family-atmeh

