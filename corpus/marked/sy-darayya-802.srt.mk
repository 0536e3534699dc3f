1
00:00:01,000 --> 00:00:04,600
INTERVIEWER: Can you tell us your name,
and where you are from?

2
00:00:05,200 --> 00:00:10,900
WITNESS: My name is [[Rasha Zein|PERSON]]. I am from [[Daraya|PLACE:Darayya]],
near [[Damascus|PLACE]]. Now I live in [[Gaziantep|PLACE]].

3
00:00:11,500 --> 00:00:16,200
INTERVIEWER: You were in [[Daraya|PLACE:Darayya]] during the siege?

4
00:00:16,800 --> 00:00:22,400
WITNESS: All the siege, from [[the end of 2012|DATE:2012-10-01..2012-12-31]]
until we went out with the buses.

5
00:00:23,000 --> 00:00:29,500
We ate the soup of leaves, eh, grass with water,
and the bread we made from barley for animals.

6
00:00:30,100 --> 00:00:35,800
INTERVIEWER: You told our colleague about the
[[barrel bomb|WEAPON:BARREL_BOMB]] near the mosque.

7
00:00:36,400 --> 00:00:40,200
WITNESS: Yes. The [[Mustafa mosque|PLACE]]. [[The 15th of February|DATE:2015-02-15]].
I am sure of the date

8
00:00:40,800 --> 00:00:46,300
because it was [[two days before|DATE]]
the birthday of my daughter [[Amal|PERSON]].

9
00:00:46,900 --> 00:00:52,700
- And she was born on the seventeenth?
- The seventeenth, yes. She was three then.

10
00:00:53,300 --> 00:01:00,100
{{c1|[[The helicopter|WEAPON:AIRSTRIKE]] of [[the regime|ACTOR:Syrian government forces]]
threw two [[barrels|WEAPON:BARREL_BOMB]], one after the other, on the building beside the mosque.}}

11
00:01:00,700 --> 00:01:06,500
{{c2|My sister's girl [[Hiba|PERSON]], six years,
was in that basement with her grandmother [[Umm Ziad|PERSON]].}}

12
00:01:07,100 --> 00:01:11,800
{{c2|Both of them died. [crying]
Eleven people died there, eleven.}}

13
00:01:12,400 --> 00:01:18,000
{{c2|From the [[Naqqash|PERSON]] family three,
and the others I don't know all their names.}}

14
00:01:18,600 --> 00:01:22,300
INTERVIEWER: Take your time. We can stop.

15
00:01:22,900 --> 00:01:28,800
WITNESS: No, it is OK. I want to say it.
I was in our house, the next street.

16
00:01:29,400 --> 00:01:35,600
{{c3|The glass of the window came on me,
my arm was cut here, and here, deep.}}

17
00:01:36,200 --> 00:01:41,300
I did not feel it. I ran to the building
with my husband [[Firas|PERSON]].

18
00:01:41,900 --> 00:01:47,500
INTERVIEWER: Were there armed men
near the building?

19
00:01:48,100 --> 00:01:53,800
WITNESS: There was nobody with weapons there.
It was a place for families.

20
00:01:54,400 --> 00:02:00,200
INTERVIEWER: Did anything else
happen to your family in [[Daraya|PLACE:Darayya]]?

21
00:02:00,800 --> 00:02:07,300
WITNESS: In [[2016|DATE:2016-01-01..2016-12-31]], in [[the spring|DATE:2016-03-01..2016-05-31]],
{{c4|they burned the fields.}} The wheat. With the [[fire bombs|WEAPON:INCENDIARY]].

22
00:02:07,900 --> 00:02:13,600
{{c4|Our land, the land of my father-in-law,
two dunums of wheat, all burned in one night.}}

23
00:02:14,200 --> 00:02:19,900
After that was the hunger, the real hunger.
If the buses did not come, we would die, all of us.

24
00:02:20,500 --> 00:02:26,100
INTERVIEWER: When did you leave?

25
00:02:26,700 --> 00:02:33,400
WITNESS: {{c5|[[The 27th of August|DATE:2016-08-27]]. Me, [[Firas|PERSON]],
[[Amal|PERSON]] and the baby, on the green buses.}}

26
00:02:34,000 --> 00:02:38,900
To [[Idleb|PLACE:Idlib]] first, and from there
to [[Turkey|PLACE]], after one year.

27
00:02:39,500 --> 00:02:44,100
We have amal, hope, to go back one day.
This is why I talk.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Mustafa mosque" date=2015-02-15 basis=WITNESSED incident=sy-darayya-20150214-mustafa-mosque-barrel
@@claim c2 harm=KILLED min=11 max=11 named="Hiba; Umm Ziad; Naqqash" weapon=BARREL_BOMB actor="Syrian government forces" site="Mustafa mosque" date=2015-02-15 basis=WITNESSED incident=sy-darayya-20150214-mustafa-mosque-barrel
@@claim c3 harm=INJURED min=1 max=1 weapon=BARREL_BOMB actor="Syrian government forces" site="Daraya" date=2015-02-15 basis=EXPERIENCED incident=sy-darayya-20150214-mustafa-mosque-barrel
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Daraya" date=2016-03-01..2016-05-31 basis=WITNESSED incident=sy-darayya-20160000-wheat-fields-burned
@@claim c5 harm=DISPLACED min=4 max=4 named="Firas; Amal" site="Daraya" date=2016-08-27 basis=EXPERIENCED incident=sy-darayya-20160826-evacuation-buses
@@witness sy-darayya-rasha-zein
