1
00:00:00,800 --> 00:00:04,500
INTERVIEWER: Good afternoon. Can you say
your name and where you live?

2
00:00:05,000 --> 00:00:11,200
WITNESS: [[Gloria Inés Barragán|PERSON]]. I live in [[Tame|PLACE]], [[Arauca|PLACE]],
I have a shop of shoes near the park [[Santander|PLACE]].

3
00:00:11,800 --> 00:00:16,000
INTERVIEWER: You told us on the phone about
[[January of 2022|DATE:2022-01-01..2022-01-31]]. What happened?

4
00:00:16,600 --> 00:00:23,300
WITNESS: The war between the [[ELN|ACTOR:ELN]] and [[the dissidents|ACTOR:FARC dissidents]]
of the tenth front. It started on [[the 2nd of January|DATE:2022-01-02]],

5
00:00:23,900 --> 00:00:29,000
in the veredas of [[Tame|PLACE]] and [[Fortul|PLACE]] and [[Arauquita|PLACE]],
they killed people in the farms, many.

6
00:00:29,600 --> 00:00:35,500
{{c1|My brother [[Ramiro|PERSON]], [[Ramiro Barragán|PERSON]], forty-seven,
they took him from his farm in [[Puerto Jordán|PLACE]] on [[the 3rd|DATE:2022-01-03]].}}

7
00:00:36,000 --> 00:00:42,000
{{c2|They found him [[two days later|DATE:2022-01-05]] by the road,
with the hands tied and [[shots|WEAPON:SMALL_ARMS]] in the head.}}

8
00:00:42,600 --> 00:00:46,000
- INTERVIEWER: Who took him?
- WITNESS: They say the [[ELN|ACTOR:ELN]].

9
00:00:46,500 --> 00:00:52,400
Because his farm was bought from a man of [[the dissidents|ACTOR:FARC dissidents]],
years ago, so for them he was "of the other side".

10
00:00:53,000 --> 00:00:58,600
I did not see it. His wife [[Nubia|PERSON]] saw them take him,
four men in a white truck.

11
00:00:59,200 --> 00:01:05,000
INTERVIEWER: You also mentioned
an explosion in [[Saravena|PLACE]].

12
00:01:05,500 --> 00:01:12,000
WITNESS: Yes, [[Saravena|PLACE]]. My daughter [[Yurany|PERSON]] studies there, at the SENA.
It was [[last year|DATE:2023-01-01..2023-12-31]], in [[April|DATE:2023-04-01..2023-04-30]], [[a Friday|DATE]],

13
00:01:12,600 --> 00:01:19,000
{{c3|a [[motorbike bomb|WEAPON:IED]] exploded near the bus terminal, at [[midday|DATE:2023-04-01..2023-04-30]],
and two people died, a seller of arepas and a soldier on leave.}}

14
00:01:19,600 --> 00:01:25,800
{{c4,c8|[[Yurany|PERSON]] was on the bus, the windows came in,}}
{{c4|she had cuts on the arms, like ten people on that bus.}}

15
00:01:26,300 --> 00:01:30,000
INTERVIEWER: Do you know who was behind it?

16
00:01:30,500 --> 00:01:36,800
WITNESS: Each one blames the other. The radio said [[the dissidents|ACTOR:FARC dissidents]],
the pamphlets said the [[ELN|ACTOR:ELN]]. I don't know. I sell shoes.

17
00:01:37,400 --> 00:01:43,200
INTERVIEWER: Have there been attacks in [[Tame|PLACE]] itself?

18
00:01:43,800 --> 00:01:50,000
WITNESS: {{c5|On the battalion, yes, with [[cylinders|WEAPON:MORTAR]], the [[gas cylinders|WEAPON:MORTAR]] with explosive,
in [[2022|DATE:2022-01-01..2022-12-31]], [[around Easter|DATE:2022-04-14..2022-04-18]], and they fell on the houses of [[El Jardín|PLACE]].}}

19
00:01:50,600 --> 00:01:56,400
{{c5|Three houses destroyed, one of my customer,
señora [[Edilma|PERSON]].}} She was not home, thanks to God.

20
00:01:57,000 --> 00:02:03,000
WITNESS: And the roads also. {{c7,c9|In [[Fortul|PLACE]], in [[March|DATE:2023-03-01..2023-03-31]], a [[roadside bomb|WEAPON:IED]] hit a milk truck,}}
{{c7|and the driver, [[Álvaro Rincón|PERSON]], was burned and lost an eye.}}

21
00:02:03,400 --> 00:02:08,000
People say that [[bomb|WEAPON:IED]] was for the army patrol,
but the milk truck passes first, every morning at six.

22
00:02:08,000 --> 00:02:14,000
INTERVIEWER: Were people displaced in your family?

23
00:02:14,600 --> 00:02:21,000
WITNESS: {{c6|After [[Ramiro|PERSON]], [[Nubia|PERSON]] and the three children left [[Puerto Jordán|PLACE]],
they came to my house, they live with me still.}}

24
00:02:21,500 --> 00:02:27,400
The farm is alone. The cows, somebody took them.
If they go back, they say, they will be killed also.

25
00:02:28,000 --> 00:02:33,000
- INTERVIEWER: Thank you, [[Gloria|PERSON]].
- WITNESS: No, thank you for asking about [[Ramiro|PERSON]].
@@witness co-tame-gloria-barragan
@@claim c1 harm=DETAINED min=1 max=1 named="Ramiro; Ramiro Barragán" actor="ELN" site="Puerto Jordán" date=2022-01-03 basis=HEARSAY incident=co-tame-20220103-puerto-jordan-ramiro-barragan
@@claim c2 harm=KILLED min=1 max=1 named="Ramiro; Ramiro Barragán" weapon=SMALL_ARMS actor="ELN" site="Puerto Jordán" date=2022-01-05 basis=HEARSAY incident=co-tame-20220103-puerto-jordan-ramiro-barragan
@@claim c3 harm=KILLED min=2 max=2 weapon=IED site="Saravena" date=2023-04-01..2023-04-30 basis=HEARSAY incident=co-saravena-20230400-bus-terminal-motorbike-bomb
@@claim c4 harm=INJURED min=10 max=10 named="Yurany" weapon=IED site="Saravena" date=2023-04-01..2023-04-30 basis=HEARSAY incident=co-saravena-20230400-bus-terminal-motorbike-bomb
@@claim c5 harm=PROPERTY_DAMAGE min=3 max=3 named="Edilma" weapon=MORTAR site="El Jardín" date=2022-04-14..2022-04-18 basis=WITNESSED incident=co-tame-20220400-el-jardin-cylinders
@@claim c7 harm=INJURED min=1 max=1 named="Álvaro Rincón" weapon=IED site="Fortul" date=2023-03-01..2023-03-31 basis=HEARSAY incident=co-fortul-20230300-milk-truck-roadside-bomb
@@claim c6 harm=DISPLACED min=4 max=4 named="Nubia" site="Puerto Jordán" date=2022-01-05..2022-01-31 basis=WITNESSED incident=co-tame-20220100-puerto-jordan-barragan-family-displaced
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Saravena" date=2023-04-01..2023-04-30 basis=HEARSAY incident=co-saravena-20230400-bus-terminal-motorbike-bomb
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Fortul" date=2023-03-01..2023-03-31 basis=HEARSAY incident=co-fortul-20230300-milk-truck-roadside-bomb
