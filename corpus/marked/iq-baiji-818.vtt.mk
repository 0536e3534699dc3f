WEBVTT - BJI-818

NOTE
Recorded 7 November 2016 in Daquq camp, Kirkuk governorate.
Witness: Intisar, about 45, from Baiji. Arabic; English from the interpreter.

bji-01
00:00:01.000 --> 00:00:04.200
<v Interviewer>Please tell me your name.

bji-02
00:00:04.900 --> 00:00:11.000
<v Intisar>[[Intisar Khalaf|PERSON]]. From [[Baiji|PLACE]], [[Bayji|PLACE:Baiji]], the houses near the old market.

bji-03
00:00:11.700 --> 00:00:17.500
<v Interviewer>You stayed in [[Baiji|PLACE]] under [[ISIS|ACTOR:Islamic State]]?

bji-04
00:00:18.200 --> 00:00:25.600
<v Intisar>We stayed. My husband [[Marwan|PERSON]] has a sick mother, she cannot walk.
Where would we go? The road was closed, the [[Daesh|ACTOR:Islamic State]] people did not let anybody out.

bji-05
00:00:26.300 --> 00:00:33.000
<v Interviewer>What do you remember from [[May 2015|DATE:2015-05-01..2015-05-31]]?

bji-06
00:00:33.700 --> 00:00:41.200
<v Intisar>[[The 12th of May|DATE:2015-05-12]]. I remember because it was the day of my daughter's exam,
[[Hadeel|PERSON]], they had made a school in the mosque.

bji-07
00:00:41.900 --> 00:00:49.800
<v Intisar>{{c1|In [[the morning|DATE:2015-05-12]] [[the planes|WEAPON:AIRSTRIKE]] hit the market, the vegetable part,
two big [[bombs|WEAPON:AIRSTRIKE]], when it was full of women.}}

bji-08
00:00:50.500 --> 00:00:57.300
<v Intisar>{{c2|Nine people died. My neighbour [[Umm Uday|PERSON]] was one,
and a boy who sold plastic bags, [[Qusay|PERSON]], maybe twelve.}}

bji-09
00:00:58.000 --> 00:01:02.400
<v Interviewer>Whose [[planes|WEAPON:AIRSTRIKE]] were they?

bji-10
00:01:03.100 --> 00:01:10.000
<v Intisar>The [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]] or [[the Americans|ACTOR:US-led coalition]], who knows.
We only see the smoke.

bji-11
00:01:10.700 --> 00:01:16.900
<v Intisar>There were no [[Daesh|ACTOR:Islamic State]] in the vegetable market. Their office was in the other street,
near the court.

bji-12
00:01:17.600 --> 00:01:22.000
<v Interviewer>Were you there?

bji-13
00:01:22.700 --> 00:01:29.500
<v Intisar>I was going there. I was at the corner, fifty metres.
{{c3|The wind of it threw me on the ground, my ear bled, I still don't hear well.}}

bji-14
00:01:30.200 --> 00:01:35.000
<v Interviewer>What else happened before you left?

bji-15
00:01:35.700 --> 00:01:43.600
<v Intisar>[[Daesh|ACTOR:Islamic State]] put [[bombs|WEAPON:IED]] everywhere, in the roads, in the doors of the houses.
[[IEDs|WEAPON:IED]], you say. The [[explosives|WEAPON:IED]] in everything.

bji-16
00:01:44.300 --> 00:01:52.700
<v Intisar>{{c4|My brother-in-law [[Jassim|PERSON]] opened the door of the empty house of his friend
in [[June|DATE:2015-06-01..2015-06-30]], there was a [[bomb|WEAPON:IED]] inside, and a smell, yellow smoke, [[chlorine|WEAPON:CHEMICAL]].}}

bji-17
00:01:53.400 --> 00:02:00.000
<v Intisar>{{c4|He was burned on the arm and he could not breathe for days.
His lungs are bad now.}}

bji-18
00:02:00.700 --> 00:02:05.100
<v Interviewer>When did you leave [[Baiji|PLACE]]?

bji-19
00:02:05.800 --> 00:02:13.400
<v Intisar>{{c5|In [[August 2015|DATE:2015-08-01..2015-08-31]]. We paid a smuggler and we went at [[night|DATE]]
through the farms to [[Tikrit|PLACE]], me, [[Marwan|PERSON]], three children, and his mother on a cart.}}

bji-20
00:02:14.100 --> 00:02:20.800
<v Intisar>{{c7|His mother died on the way, from the heat and the fear.
She was eighty.}} We buried her in the field.

bji-21
00:02:21.500 --> 00:02:27.400
<v Interviewer>Have you been back since [[Baiji|PLACE]] was retaken?

bji-22
00:02:28.100 --> 00:02:36.000
<v Intisar>{{c6|[[Marwan|PERSON]] went in [[the spring|DATE:2016-03-01..2016-05-31]]. The house is flat, nothing.
The whole quarter, maybe two hundred houses, flat.}}

bji-23
00:02:36.700 --> 00:02:42.900
<v Intisar>They say the [[Hashd|ACTOR:Popular Mobilization Forces]] do not let the people of [[Baiji|PLACE]] come back.
I don't know if it is true. We are here, in the tent.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Baiji" date=2015-05-12 basis=WITNESSED incident=iq-baiji-20150512-market-airstrike
@@claim c2 harm=KILLED min=9 max=9 named="Umm Uday; Qusay" weapon=AIRSTRIKE site="Baiji" date=2015-05-12 basis=WITNESSED incident=iq-baiji-20150512-market-airstrike
@@claim c3 harm=INJURED min=1 max=1 weapon=AIRSTRIKE site="Baiji" date=2015-05-12 basis=EXPERIENCED incident=iq-baiji-20150512-market-airstrike
@@claim c4 harm=INJURED min=1 max=1 named="Jassim" weapon=CHEMICAL actor="Islamic State" site="Baiji" date=2015-06-01..2015-06-30 basis=HEARSAY incident=iq-baiji-20150600-jassim-booby-trap-chlorine
@@claim c5 harm=DISPLACED min=6 max=6 named="Marwan" site="Baiji" date=2015-08-01..2015-08-31 basis=EXPERIENCED incident=iq-baiji-20150800-khalaf-family-flight
@@claim c6 harm=PROPERTY_DAMAGE min=200 max=200 site="Baiji" date=2015-05-12..2016-05-31 basis=HEARSAY incident=iq-baiji-20150000-market-quarter-destruction
@@claim c7 harm=KILLED min=1 max=1 date=2015-08-01..2015-08-31 basis=WITNESSED incident=iq-baiji-20150800-khalaf-family-flight
@@witness iq-baiji-intisar-khalaf
