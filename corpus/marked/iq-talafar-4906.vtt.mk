WEBVTT - interview TLF-4906

NOTE
Interview TLF-4906, 3 March 2018, Hammam al-Alil camp, Nineveh.
Turkmen and Arabic with English interpretation; captions give the interpreter's English.
Witness: Nergiz Qasim, about 45, housewife, from Tal Afar.

c001
00:00:01.000 --> 00:00:05.400
<v Interviewer>Can you tell us your name and your neighbourhood in [[Tal Afar|PLACE]]?

c002
00:00:06.000 --> 00:00:13.200
<v Nergiz Qasim>[[Nergiz Qasim|PERSON]]. From [[Hay al-Saad|PLACE]], in [[Tel Afar|PLACE:Tal Afar]].
We are Turkmen, Sunni. I say it so you understand the story.

c003
00:00:13.800 --> 00:00:20.100
<v Nergiz Qasim>Our neighbours were Shia, the [[Bayraqdar|PERSON]] family.
Forty years we lived wall to wall, we shared the bread.

c004
00:00:20.700 --> 00:00:24.000
<v Interviewer>What happened to them in [[2014|DATE:2014-01-01..2014-12-31]]?

c005
00:00:24.600 --> 00:00:32.900
<v Nergiz Qasim>{{c1|[[The 16th of June|DATE:2014-06-16]], when [[Daesh|ACTOR:Islamic State]] came into the town,
they left in [[the night|DATE:2014-06-16]], all nine of them, in two cars, toward [[Sinjar|PLACE]].}}

c006
00:00:33.500 --> 00:00:38.200
<v Nergiz Qasim>{{c1|I helped to put the grandmother in the car. She was crying, she said I will not see my house again.}}

c007
00:00:38.800 --> 00:00:46.700
<v Nergiz Qasim>{{c2|In [[the autumn|DATE:2014-09-01..2014-11-30]] [[Daesh|ACTOR:Islamic State]] put [[explosives|WEAPON:IED]] in their house
and blew it up. I saw it from the roof, the dust went up like a tree.}}

c008
00:00:47.300 --> 00:00:51.800
<v Nergiz Qasim>{{c3|Our wall fell on our kitchen. The fridge, the stove, under the stones.}}

c009
00:00:52.400 --> 00:00:57.900
<v Interviewer>Were you or your own family harmed by [[Daesh|ACTOR:Islamic State]]?

c010
00:00:58.500 --> 00:01:07.600
<v Nergiz Qasim>{{c4|My husband [[Hasan|PERSON]]. In [[the winter of 2016|DATE:2016-01-01..2016-02-29]] the [[hisba|ACTOR:Islamic State]] took him from his shop,
because his brother was in the police before. The other shopkeepers came and told me.}}

c011
00:01:08.200 --> 00:01:15.100
<v Nergiz Qasim>{{c4|They kept him in the [[Qalaa|PLACE]] thirty-four days.
He came back without his front teeth.}}

c012
00:01:15.700 --> 00:01:19.800
<v Interpreter>The [[Qalaa|PLACE]] is the old citadel in the middle of [[Tal Afar|PLACE]].

c013
00:01:20.400 --> 00:01:24.500
<v Interviewer>Tell me about [[August 2017|DATE:2017-08-01..2017-08-31]].

c014
00:01:25.100 --> 00:01:32.800
<v Nergiz Qasim>The operation started on [[the 20th|DATE:2017-08-20]]. We stayed in the house, where can we go?
{{c5|[[The second day|DATE:2017-08-21]], in [[the afternoon|DATE:2017-08-21]], a [[shell|WEAPON:ARTILLERY]] fell in our yard.}}

c015
00:01:33.400 --> 00:01:42.900
<v Nergiz Qasim>{{c5|My son [[Ahmed|PERSON]], fourteen, was standing at the door. A piece went into his stomach.
The doctors in [[Mosul|PLACE]] took out part of the intestine. He has a scar from here to here.}}

c016
00:01:43.500 --> 00:01:52.600
<v Nergiz Qasim>{{c6|The mother of our neighbour [[Yashar|PERSON]] was sitting in the shade, on the other side of the wall.
She did not wake up from it. We buried her in the garden [[the same night|DATE:2017-08-21]].}}

c017
00:01:53.200 --> 00:01:55.900
<v Interviewer>Who fired the [[shell|WEAPON:ARTILLERY]]?

c018
00:01:56.500 --> 00:02:05.800
<v Nergiz Qasim>From the south, where the [[Hashd|ACTOR:Popular Mobilization Forces]] were. Or [[the army|ACTOR:Iraqi forces]], I don't know.
Not [[Daesh|ACTOR:Islamic State]]. [[Daesh|ACTOR:Islamic State]] was in the town, with us.

c019
00:02:06.400 --> 00:02:09.200
<v Interviewer>When did you leave?

c020
00:02:09.800 --> 00:02:18.300
<v Nergiz Qasim>{{c7|[[The next morning|DATE:2017-08-22]]. Eleven of us walked out, with white cloths on sticks,
toward the screening at [[al-Kisik|PLACE]]. [[Ahmed|PERSON]] in a wheelbarrow.}}

c021
00:02:18.900 --> 00:02:28.400
<v Nergiz Qasim>{{c8|At the screening the [[Hashd|ACTOR:Popular Mobilization Forces]] took the men aside. My nephew [[Yunus|PERSON]], twenty-two,
they put him in a truck with maybe fifteen other men.}}

c022
00:02:29.000 --> 00:02:37.700
<v Nergiz Qasim>{{c9|We asked [[the army|ACTOR:Iraqi forces]], we asked the [[Hashd|ACTOR:Popular Mobilization Forces]], we asked people in [[Baghdad|PLACE]].
Nobody knows where he is. Six months now. Nothing.}}

c023
00:02:38.300 --> 00:02:44.600
<v Nergiz Qasim>Some of the men came back after two or three weeks.
[[Yashar|PERSON]] came back after twenty days. [[Yunus|PERSON]], no.

c024
00:02:45.200 --> 00:02:51.300
<v Interpreter>She asks if you can give his name to the Red Cross.
I told her we will talk about it after the interview.

c025
00:02:51.900 --> 00:02:55.400
<v Interviewer>Yes, we will. Thank you, [[Nergiz|PERSON]].
@@witness iq-talafar-nergiz-qasim
@@claim c1 harm=DISPLACED min=9 max=9 actor="Islamic State" site="Tel Afar" date=2014-06-16 basis=WITNESSED incident=iq-talafar-20140616-bayraqdar-family-flight
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="Hay al-Saad" date=2014-09-01..2014-11-30 basis=WITNESSED incident=iq-talafar-20140000-bayraqdar-house-blown-up
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="Hay al-Saad" date=2014-09-01..2014-11-30 basis=EXPERIENCED incident=iq-talafar-20140000-bayraqdar-house-blown-up
@@claim c4 harm=DETAINED min=1 max=1 named="Hasan" actor="Islamic State" site="Qalaa" date=2016-01-01..2016-02-29 basis=HEARSAY incident=iq-talafar-20160000-hasan-qasim-citadel-detention
@@claim c5 harm=INJURED min=1 max=1 named="Ahmed" weapon=ARTILLERY site="Hay al-Saad" date=2017-08-21 basis=WITNESSED incident=iq-talafar-20170821-saad-qasim-yard-shell
@@claim c6 harm=KILLED min=1 max=1 weapon=ARTILLERY site="Hay al-Saad" date=2017-08-21 basis=WITNESSED incident=iq-talafar-20170821-saad-qasim-yard-shell
@@claim c7 harm=DISPLACED min=11 max=11 named="Nergiz Qasim; Ahmed" site="Hay al-Saad" date=2017-08-22 basis=EXPERIENCED incident=iq-talafar-20170822-qasim-family-flight
@@claim c8 harm=DETAINED min=16 max=16 named="Yunus" actor="Popular Mobilization Forces" site="al-Kisik" date=2017-08-22 basis=WITNESSED incident=iq-kisik-20170822-screening-yunus-taken
@@claim c9 harm=MISSING min=1 max=1 named="Yunus" actor="Popular Mobilization Forces" site="al-Kisik" date=2017-08-22 basis=EXPERIENCED incident=iq-kisik-20170822-screening-yunus-taken
