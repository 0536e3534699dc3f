WEBVTT

NOTE
Interview IQ-ANB-2707, recorded in Ramadi, November 2017.
Arabic, interpreted. The witness asked that his face not be shown.

1
00:00:02.000 --> 00:00:06.000
<v Interviewer>Can you tell us your name and where you are from?

2
00:00:06.800 --> 00:00:13.500
<v Mahmoud>[[Mahmoud Jassim|PERSON]], from [[Hit|PLACE]], [[Heet|PLACE:Hit]] as you write it sometimes.
I was a teacher of geography in the secondary school.

3
00:00:14.200 --> 00:00:19.000
<v Interviewer>You stayed in [[Hit|PLACE]] when [[Daesh|ACTOR:Islamic State]] took the city?

4
00:00:19.800 --> 00:00:27.000
<v Mahmoud>Yes. They came in [[October 2014|DATE:2014-10-01..2014-10-31]]. We could not leave, my father was sick,
he could not walk. So we stayed, all of us, in the house near the [[Hit bridge|PLACE]].

5
00:00:27.800 --> 00:00:34.000
<v Mahmoud>{{c1|My younger brother [[Khalid|PERSON]], the [[hisba|ACTOR:Islamic State]] took him from the mosque
[[after the Friday prayer|DATE:2015-06-18..2015-07-16]], because they smelled cigarettes on his clothes.}}

6
00:00:34.800 --> 00:00:41.000
<v Mahmoud>{{c1|They held him in the basement of the old court, twenty-two days.
He came out with his back like a map, from the cable.}}

7
00:00:41.800 --> 00:00:44.000
<v Interviewer>When was that?

8
00:00:44.800 --> 00:00:49.500
<v Mahmoud>In [[the summer of 2015|DATE:2015-06-01..2015-08-31]], I think [[the month of Ramadan|DATE:2015-06-18..2015-07-16]].

9
00:00:50.200 --> 00:00:57.000
<v Mahmoud>Me, they stopped me twice, they looked at my phone, they asked why I have
no beard long enough. Then they let me go. God protected me.

10
00:00:57.800 --> 00:01:02.500
<v Interviewer>We want to ask about the [[air strike|WEAPON:AIRSTRIKE]] in [[March 2016|DATE:2016-03-01..2016-03-31]].

11
00:01:03.200 --> 00:01:10.000
<v Mahmoud>Yes. It was [[the 23rd of March|DATE:2016-03-23]], [[the night|DATE:2016-03-23]], [[after midnight|DATE:2016-03-23]].
[[The planes|WEAPON:AIRSTRIKE]] were over the city all the night.

12
00:01:10.800 --> 00:01:18.000
<v Mahmoud>{{c2|They hit the house of the [[Obeidi|PERSON]] family, two streets from us,
in the [[al-Bakr|PLACE]] quarter, the house was flattened, nothing standing.}}

13
00:01:18.800 --> 00:01:26.000
<v Mahmoud>{{c3|Nine people died inside, [[Abu Mustafa|PERSON]], his wife, his sons' wives,
the small children. I helped to take them out in [[the morning|DATE:2016-03-23]].}}

14
00:01:26.800 --> 00:01:33.500
<v Mahmoud>{{c4|Our own windows, all of them, came into the rooms,
and the wall of the garden fell on my car.}}

15
00:01:34.200 --> 00:01:39.000
<v Interviewer>Who do you think carried out that [[strike|WEAPON:AIRSTRIKE]]?

16
00:01:39.800 --> 00:01:47.000
<v Mahmoud>[[The coalition|ACTOR:US-led coalition]], or the [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]], I don't know who.
People said there was a [[Daesh|ACTOR:Islamic State]] man sleeping in the house next door.

17
00:01:47.800 --> 00:01:53.000
<v Mahmoud>But in that house, the [[Obeidi|PERSON]] house, no fighters. I swear.
The youngest was [[Hiba|PERSON]], she was four.

18
00:01:53.800 --> 00:01:58.000
<v Interviewer>What happened when [[the army|ACTOR:Iraqi forces]] came back in [[April|DATE:2016-04-01..2016-04-30]]?

19
00:01:58.800 --> 00:02:06.000
<v Mahmoud>[[Daesh|ACTOR:Islamic State]] left [[booby traps|WEAPON:IED]] everywhere, in the doors, in the refrigerators.
{{c5|My cousin [[Ahmed Farhan|PERSON]] opened the door of his uncle's house, the [[IED|WEAPON:IED]] exploded, he lost his eyes.}}

20
00:02:06.800 --> 00:02:12.500
<v Mahmoud>That was [[the second week after the liberation|DATE:2016-04-17..2016-04-23]].
Nobody else was hurt, he was alone, thank God.

21
00:02:13.200 --> 00:02:20.000
<v Mahmoud>{{c6|And the men who came out from [[Hit|PLACE]] to [[the army|ACTOR:Iraqi forces]], [[al-Hashd|ACTOR:Popular Mobilization Forces]] took some of them for checking,
my neighbour [[Walid Ayed|PERSON]] and his son, and they did not come back.}}

22
00:02:20.800 --> 00:02:26.000
<v Mahmoud>{{c7|Until now, we asked everywhere, in [[Baghdad|PLACE]], in [[Ramadi|PLACE]], nobody knows where [[Walid|PERSON]] is.}}

23
00:02:26.800 --> 00:02:33.000
<v Interpreter>He says "for checking", the security screening, the tadqiq.

24
00:02:33.800 --> 00:02:40.500
<v Mahmoud>{{c8|Our family went to the camp in [[Amiriyat al-Fallujah|PLACE]], eleven people,
we stayed there six months, in a tent.}}

25
00:02:41.200 --> 00:02:47.000
<v Interviewer>Is your house still standing?

26
00:02:47.800 --> 00:02:54.000
<v Mahmoud>Standing, yes. The roof has cracks, the rain comes in.
But standing. Many in [[al-Bakr|PLACE]] have nothing.
@@witness iq-hit-mahmoud-jassim
@@claim c1 harm=DETAINED min=1 max=1 named="Khalid" actor="Islamic State" site="Hit" date=2015-06-18..2015-07-16 basis=WITNESSED incident=iq-hit-20150600-hisba-khalid-jassim-court-basement
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Bakr" date=2016-03-23 basis=WITNESSED incident=iq-hit-20160323-bakr-obeidi-house-airstrike
@@claim c3 harm=KILLED min=9 max=9 named="Abu Mustafa" weapon=AIRSTRIKE site="al-Bakr" date=2016-03-23 basis=WITNESSED incident=iq-hit-20160323-bakr-obeidi-house-airstrike
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Bakr" date=2016-03-23 basis=EXPERIENCED incident=iq-hit-20160323-bakr-obeidi-house-airstrike
@@claim c5 harm=INJURED min=1 max=1 named="Ahmed Farhan" weapon=IED actor="Islamic State" site="Hit" date=2016-04-17..2016-04-23 basis=HEARSAY incident=iq-hit-20160400-farhan-uncle-house-booby-trap
@@claim c6 harm=DETAINED min=2 max=2 named="Walid Ayed" actor="Popular Mobilization Forces" site="Hit" date=2016-04-01..2016-04-30 basis=WITNESSED incident=iq-hit-20160400-hashd-screening-walid-ayed
@@claim c7 harm=MISSING min=1 max=1 named="Walid" actor="Popular Mobilization Forces" site="Hit" date=2016-04-01..2016-04-30 basis=EXPERIENCED incident=iq-hit-20160400-hashd-screening-walid-ayed
@@claim c8 harm=DISPLACED min=11 max=11 site="Amiriyat al-Fallujah" date=2016-04-01..2016-04-30 basis=EXPERIENCED incident=iq-hit-20160400-jassim-family-camp
