1
00:00:00,900 --> 00:00:06,000
INTERVIEWER: We can start. Please say
where you are from.

2
00:00:06,700 --> 00:00:12,300
WITNESS: From [[Sirte|PLACE]]. From the third neighbourhood,
[[al-Hay al-Thalith|PLACE]], near the sea.

3
00:00:13,000 --> 00:00:19,800
- And you lived there when [[Daesh|ACTOR:Islamic State]] came?
- From the beginning until [[May 2016|DATE:2016-05-01..2016-05-31]].

4
00:00:20,500 --> 00:00:27,600
INTERVIEWER: What was life like under
[[the Islamic State|ACTOR:Islamic State]] in [[Sirt|PLACE:Sirte]]?

5
00:00:28,300 --> 00:00:35,400
WITNESS: Like a prison with the sea next to it.
The [[Hisba|ACTOR:Islamic State]], the religious police, everywhere.
Their emir, [[Abu Hafs|PERSON]], a foreigner.

6
00:00:36,100 --> 00:00:43,000
{{c1|My brother [[Saad|PERSON]], they took him in [[Shawwal|DATE:2015-07-17..2015-08-14]], [[after Ramadan|DATE:2015-07-17..2015-08-14]],
because he was in the shop at the time of the prayer.}}

7
00:00:43,700 --> 00:00:50,900
{{c1|They kept him twelve days in the [[Ouagadougou centre|PLACE]], the big hall.}}
{{c7|When he came back he had marks on his back.}}

8
00:00:51,600 --> 00:00:56,400
INTERVIEWER: Did you see any killings yourself?

9
00:00:57,100 --> 00:01:04,800
WITNESS: [pause] Yes. At the [[Zafaran roundabout|PLACE]].
In [[August|DATE:2015-08-01..2015-08-31]], [[2015|DATE:2015-01-01..2015-12-31]], after the people of the neighbourhood tried to fight them.

10
00:01:05,500 --> 00:01:12,600
{{c2|They brought four men in a pickup and shot them in front of us, and hung them on the poles.}}

11
00:01:13,300 --> 00:01:19,900
{{c2|One of them was my neighbour, [[Mohamed Abu Shaala|PERSON]], a teacher of Quran.}}
They said he is a spy. He was sixty years old.

12
00:01:20,600 --> 00:01:25,300
- They made you watch?
- They made everybody watch. They called with the loudspeaker. Even Sheikh [[Khalifa Ammar|PERSON]], the imam, they made him watch.

13
00:01:26,000 --> 00:01:31,200
INTERVIEWER: When did you leave [[Sirte|PLACE]]?

14
00:01:31,900 --> 00:01:39,500
WITNESS: {{c3|In [[May|DATE:2016-05-01..2016-05-31]], when [[al-Bunyan al-Marsous|ACTOR:Government of National Accord forces]] came from [[Misrata|PLACE]]. We left, my mother, my wife, the children, eight people.}}

15
00:01:40,200 --> 00:01:46,700
We paid a smuggler to take us out by the desert road,
because [[Daesh|ACTOR:Islamic State]] did not let families leave.

16
00:01:47,400 --> 00:01:53,600
INTERVIEWER: What happened to [[Sirte|PLACE]] after you left?

17
00:01:54,300 --> 00:02:01,800
WITNESS: The big battle. From [[August|DATE:2016-08-01..2016-08-31]], [[the Americans|ACTOR:US forces]] also, with [[the planes|WEAPON:AIRSTRIKE]],
and the [[Bunyan|ACTOR:Government of National Accord forces]] with [[the tanks|WEAPON:ARTILLERY]] and the [[shelling|WEAPON:ARTILLERY]].

18
00:02:02,500 --> 00:02:08,000
We watched it on the television in [[Misrata|PLACE]].
We saw our street on the television.

19
00:02:08,700 --> 00:02:14,400
INTERVIEWER: When did you go back?

20
00:02:15,100 --> 00:02:22,600
WITNESS: In [[February 2017|DATE:2017-02-01..2017-02-28]]. {{c4|Our house, the roof was down, the walls black.}}
I don't know who did it, [[the planes|WEAPON:AIRSTRIKE]] or [[the tanks|WEAPON:ARTILLERY]]. Everybody was firing on [[al-Hay al-Thalith|PLACE]].

21
00:02:23,300 --> 00:02:29,800
And [[Daesh|ACTOR:Islamic State]], before they died, they put [[explosives|WEAPON:IED]] in the houses.
[[Booby traps|WEAPON:IED]], in the doors, in the fridges, under the mattresses.

22
00:02:30,500 --> 00:02:37,900
{{c5|My cousin [[Hatem Bouzid|PERSON]] went into his house on [[the second day|DATE:2017-02-01..2017-02-28]] we came back. The door exploded when he opened it.}}

23
00:02:38,600 --> 00:02:42,600
{{c5|He died.}} {{c6|His son [[Wael Hatem|PERSON]] was behind him, he was injured.}}

24
00:02:43,300 --> 00:02:47,800
INTERVIEWER: Did you see that explosion?

25
00:02:48,500 --> 00:02:55,000
WITNESS: I heard it, I was two houses away. I ran.
I saw [[Hatem|PERSON]] on the ground, there was nothing to do.

26
00:02:55,700 --> 00:03:02,200
After that the engineers came, they found nine more [[IEDs|WEAPON:IED]] in our street.
Nine. In our street only.

27
00:03:02,900 --> 00:03:08,400
INTERVIEWER: Were any [[mines|WEAPON:LANDMINE]] found
in the open ground around the houses?

28
00:03:09,100 --> 00:03:15,600
WITNESS: Not in our area, no. They said there were no [[mines|WEAPON:LANDMINE]] in the ground there,
only the traps in the houses. The [[mines|WEAPON:LANDMINE]] were in the south, near the airport road.

29
00:03:16,300 --> 00:03:22,000
INTERVIEWER: Is there anything else you want to say?

30
00:03:22,700 --> 00:03:30,400
WITNESS: My mother, [[Umm Saad|PERSON]], she wanted to go back to die in her house.
We rebuilt one room for her. She is there now. She is happy, she says.
@@witness ly-sirte-miftah
@@claim c1 harm=DETAINED min=1 max=1 named="Saad" actor="Islamic State" site="Ouagadougou centre" date=2015-07-17..2015-08-14 basis=WITNESSED incident=ly-sirte-20150000-saad-hisba-detention
@@claim c7 harm=INJURED min=1 max=1 named="Saad" actor="Islamic State" site="Ouagadougou centre" date=2015-07-17..2015-08-14 basis=WITNESSED incident=ly-sirte-20150000-saad-hisba-detention
@@claim c2 harm=KILLED min=4 max=4 named="Mohamed Abu Shaala" weapon=SMALL_ARMS actor="Islamic State" site="Zafaran roundabout" date=2015-08-01..2015-08-31 basis=WITNESSED incident=ly-sirte-20150800-zafaran-executions
@@claim c3 harm=DISPLACED min=8 max=8 site="Sirte" date=2016-05-01..2016-05-31 basis=EXPERIENCED incident=ly-sirte-20160500-family-flight
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null site="al-Hay al-Thalith" date=2016-08-01..2016-12-31 basis=WITNESSED incident=ly-sirte-20160000-hay-thalith-house
@@claim c5 harm=KILLED min=1 max=1 named="Hatem Bouzid; Hatem" weapon=IED actor="Islamic State" site="al-Hay al-Thalith" date=2017-02-01..2017-02-28 basis=WITNESSED incident=ly-sirte-20170200-hatem-booby-trap
@@claim c6 harm=INJURED min=1 max=1 named="Wael Hatem" weapon=IED actor="Islamic State" site="al-Hay al-Thalith" date=2017-02-01..2017-02-28 basis=WITNESSED incident=ly-sirte-20170200-hatem-booby-trap
