1
00:00:01,200 --> 00:00:05,000
INTERVIEWER: Thank you for coming.
Can you tell us your name?

2
00:00:05,700 --> 00:00:11,300
WITNESS: [[Mayada Hamad|PERSON]]. I am from [[Heet|PLACE:Hit]],
[[Hit|PLACE]] in [[Anbar|PLACE]]. I was a teacher of primary school.

3
00:00:12,000 --> 00:00:17,800
INTERVIEWER: You left [[Hit|PLACE]] by the river
in [[April 2016|DATE:2016-04-01..2016-04-30]]?

4
00:00:18,500 --> 00:00:24,100
WITNESS: Yes. [[The 9th of April|DATE:2016-04-09]], [[the night of Saturday|DATE:2016-04-09]],
I remember because my mother called on Saturday.

5
00:00:24,800 --> 00:00:31,600
We were waiting in the palm gardens
by the water, many families, from [[the evening|DATE:2016-04-08]].
The fishermen came

6
00:00:32,300 --> 00:00:38,000
with three or four boats, small boats
with motor, but without the motor on.

7
00:00:38,700 --> 00:00:45,400
{{c1|When the first boat was in the middle,
[[Daesh|ACTOR:Islamic State]] started to shoot, [[sniper|WEAPON:SMALL_ARMS]] and [[Kalashnikov|WEAPON:SMALL_ARMS]].}}

8
00:00:46,100 --> 00:00:52,700
{{c1|The boat turned and the people fell in the water.
Eight or nine drowned or were shot, I don't know which.}}

9
00:00:53,400 --> 00:00:59,000
- Did you see them?
- I saw the boat turn. I heard the children.

10
00:00:59,700 --> 00:01:06,200
{{c1|In [[the morning|DATE:2016-04-10]] they found the bodies of three children
far down, on the [[Ramadi|PLACE]] side, the river took them.}}

11
00:01:06,900 --> 00:01:13,500
INTERVIEWER: Did you cross
[[that night|DATE:2016-04-09]]?

12
00:01:14,200 --> 00:01:20,000
WITNESS: We did not. The fishermen stopped.
We went back to the houses [[before the light|DATE]].

13
00:01:20,700 --> 00:01:27,600
{{c2|[[Two days later|DATE:2016-04-11]] we went by land, on foot,
to [[the army|ACTOR:Iraqi forces]], with white flags, twelve people of my family,
my mother [[Fatima Obeid|PERSON]] and my uncle [[Sha'ban|PERSON]] with us.}}

14
00:01:28,300 --> 00:01:34,900
[[Daesh|ACTOR:Islamic State]] had put [[mines|WEAPON:LANDMINE]] on the road,
we walked in the tracks of a tractor.

15
00:01:35,600 --> 00:01:41,100
INTERVIEWER: Did anyone in your group
get hurt on the way?

16
00:01:41,800 --> 00:01:46,400
WITNESS: No, nobody from our group.
God protected us.

17
00:01:47,100 --> 00:01:53,800
But before, in [[March|DATE:2016-03-01..2016-03-31]], [[the planes|WEAPON:AIRSTRIKE]]
{{c5|hit the house of my cousin in the [[al-Bakr|PLACE]] quarter.}}

18
00:01:54,500 --> 00:02:01,000
{{c3|My cousin [[Jamila|PERSON]] and her husband [[Hamid|PERSON]] and their son died.
Three. Under the roof.}}

19
00:02:01,700 --> 00:02:07,300
They said there was a [[Daesh|ACTOR:Islamic State]] emir in the house next door.
I don't know. [[Jamila|PERSON]] was not [[Daesh|ACTOR:Islamic State]].

20
00:02:08,000 --> 00:02:13,900
INTERVIEWER: Whose [[planes|WEAPON:AIRSTRIKE]]
do you think they were?

21
00:02:14,600 --> 00:02:20,200
WITNESS: [[The coalition|ACTOR:US-led coalition]]. At that time
the [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]] hit less in [[Hit|PLACE]].

22
00:02:20,900 --> 00:02:26,000
INTERVIEWER: Was anyone in your family
detained while [[Daesh|ACTOR:Islamic State]] was in [[Hit|PLACE]]?

23
00:02:26,700 --> 00:02:33,400
WITNESS: {{c4|My brother [[Laith|PERSON]]. In [[the summer of 2015|DATE:2015-06-01..2015-08-31]]
the [[Hisba|ACTOR:Islamic State]] took him because they found cigarettes in his pocket.}}

24
00:02:34,100 --> 00:02:40,200
{{c4|Forty days in their prison, under the old court.
They whipped him, and they took our car as a fine.}}

25
00:02:40,900 --> 00:02:45,000
INTERVIEWER: What do you want people to know?

26
00:02:45,700 --> 00:02:52,300
WITNESS: That we were prisoners in our city for one year and a half.
And the river, which was our life, became a grave.

27
00:02:53,000 --> 00:02:58,600
[[Hit|PLACE]] was jamila, beautiful, like the name of my cousin.
Now when I close my eyes I see only the boat.
@@claim c1 harm=KILLED min=8 max=9 weapon=SMALL_ARMS actor="Islamic State" site="Hit" date=2016-04-09 basis=WITNESSED incident=iq-hit-20160408-euphrates-crossing-sniper
@@claim c2 harm=DISPLACED min=12 max=12 site="Hit" date=2016-04-11 basis=EXPERIENCED incident=iq-hit-20160411-hamad-family-flight
@@claim c3 harm=KILLED min=3 max=3 named="Jamila; Hamid" weapon=AIRSTRIKE actor="US-led coalition" site="al-Bakr" date=2016-03-01..2016-03-31 basis=HEARSAY incident=iq-hit-20160300-bakr-quarter-airstrike
@@claim c4 harm=DETAINED min=1 max=1 named="Laith" actor="Islamic State" site="Hit" date=2015-06-01..2015-08-31 basis=HEARSAY incident=iq-hit-20150000-laith-hisba-detention
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US-led coalition" site="al-Bakr" date=2016-03-01..2016-03-31 basis=HEARSAY incident=iq-hit-20160300-bakr-quarter-airstrike
@@witness iq-hit-mayada-hamad
