1
00:00:01,200 --> 00:00:06,000
INTERVIEWER: We are recording. Where are you
staying now?

2
00:00:06,400 --> 00:00:12,300
WITNESS: Here in [[Cúcuta|PLACE]], in the coliseum, with my girls [[Karen|PERSON]] and [[Dana|PERSON]]
and my mother-in-law [[Gilma|PERSON]], since [[the 18th of January|DATE:2025-01-18]].

3
00:00:12,700 --> 00:00:17,500
INTERVIEWER: And before that you lived in [[Tibú|PLACE]]?

4
00:00:17,900 --> 00:00:23,800
WITNESS: In [[Campo Dos|PLACE]], a village of [[Tibú|PLACE]], in the [[Catatumbo|PLACE]].
But I am not from there. I am from [[Antioquia|PLACE]], from [[Ituango|PLACE]].

5
00:00:24,200 --> 00:00:29,600
- Why did you leave [[Ituango|PLACE]]?
- Because of the same thing. The war follows the poor.

6
00:00:30,000 --> 00:00:36,400
In [[February 2021|DATE:2021-02-01..2021-02-28]], in the vereda [[Santa Lucía|PLACE]],
[[the dissidents|ACTOR:FARC dissidents]] of [[the 18th front|ACTOR:FARC dissidents]] and [[the Clan|ACTOR:Clan del Golfo]] were fighting.

7
00:00:36,800 --> 00:00:43,100
{{c1|They told us, everybody out in three days,
and more than three hundred people came down to the town.}}

8
00:00:43,500 --> 00:00:49,200
{{c2|My husband's cousin, [[Didier Graciano|PERSON]], stayed
to look after the cows, and they killed him, with [[rifles|WEAPON:SMALL_ARMS]].}}

9
00:00:49,600 --> 00:00:54,800
I did not see it. My husband [[Jhonatan|PERSON]]
went back for the body, with father [[Gustavo|PERSON]].

10
00:00:55,200 --> 00:01:00,600
INTERVIEWER: Who killed him, do you know?

11
00:01:01,000 --> 00:01:06,900
WITNESS: People said [[the Clan|ACTOR:Clan del Golfo]], the [[Gaitanistas|ACTOR:Clan del Golfo]].
Others said [[the dissidents|ACTOR:FARC dissidents]]. I will not say what I do not know.

12
00:01:07,300 --> 00:01:12,500
INTERVIEWER: What happened in [[Tibú|PLACE]]
in [[January this year|DATE:2025-01-01..2025-01-31]]?

13
00:01:12,900 --> 00:01:18,700
WITNESS: The [[ELN|ACTOR:ELN]] came against [[the 33rd front|ACTOR:FARC dissidents]],
against [[the dissidents|ACTOR:FARC dissidents]], from [[the 16th|DATE:2025-01-16]].

14
00:01:19,100 --> 00:01:25,600
They went house by house with lists,
looking for the families of [[the dissidents|ACTOR:FARC dissidents]] and the ex-guerrillas.

15
00:01:26,000 --> 00:01:31,800
{{c3|In [[Campo Dos|PLACE]], on [[the 17th|DATE:2025-01-17]], at [[night|DATE]],
they killed our neighbours, the [[Quintero|PERSON]] couple, in front of their house.}}

16
00:01:32,200 --> 00:01:37,900
{{c3|Don [[Rigoberto Quintero|PERSON]] and doña [[Marleny|PERSON]].
I heard the [[shots|WEAPON:SMALL_ARMS]], four, five, and then the motorbikes.}}

17
00:01:38,300 --> 00:01:44,100
INTERVIEWER: Were they part of
any armed group?

18
00:01:44,500 --> 00:01:50,800
WITNESS: Their son was with [[the dissidents|ACTOR:FARC dissidents]], years ago.
They were old people who sold chickens. That was their crime.

19
00:01:51,200 --> 00:01:57,500
{{c4|And a boy from the school, [[Sneider|PERSON]], seventeen,
they took him in a truck, and he has not appeared.}}

20
00:01:57,900 --> 00:02:03,000
- Did you see that?
- My daughter saw it, from the window. She told me crying.

21
00:02:03,400 --> 00:02:09,200
{{c5|[[The next morning|DATE:2025-01-18]] we left, the four of us,
in the back of a truck with thirty people, to [[Tibú|PLACE]] town and then here.}}

22
00:02:09,600 --> 00:02:15,800
INTERVIEWER: Had there been other violence
in [[Tibú|PLACE]] [[before this January|DATE]]?

23
00:02:16,200 --> 00:02:22,700
WITNESS: Yes. {{c6|In [[2023|DATE:2023-01-01..2023-12-31]], near the police station of [[Tibú|PLACE]],
a [[car bomb|WEAPON:IED]] exploded, in [[the night|DATE]], and the windows of all the street broke.}}

24
00:02:23,100 --> 00:02:28,400
I was not there, I was in [[Campo Dos|PLACE]], but my friend
[[Yurley Pabón|PERSON]] has a shop on that street. Nobody died, she said.

25
00:02:28,800 --> 00:02:34,900
And the [[ELN|ACTOR:ELN]] now uses [[drones|WEAPON:DRONE_STRIKE]] with [[explosives|WEAPON:DRONE_STRIKE]],
that is new. Before it was only the [[rifle|WEAPON:SMALL_ARMS]]
and the [[roadside bombs|WEAPON:IED]] on the road to [[Cúcuta|PLACE]].

26
00:02:35,300 --> 00:02:41,100
INTERVIEWER: Was there any army presence
in [[Campo Dos|PLACE]] when this happened?

27
00:02:41,500 --> 00:02:47,300
WITNESS: No, no army, nobody. [[The army|ACTOR:Colombian armed forces]] came
after, when the people were already on the road.

28
00:02:47,700 --> 00:02:53,900
If [[the army|ACTOR:Colombian armed forces]] had come on [[the 16th|DATE:2025-01-16]],
maybe [[Rigoberto|PERSON]] and [[Marleny|PERSON]] would be alive.

29
00:02:54,300 --> 00:02:59,000
INTERVIEWER: Is there anything else
you would like to say?

30
00:02:59,400 --> 00:03:05,600
WITNESS: Two times displaced. [[Ituango|PLACE]], [[Tibú|PLACE]].
I do not want a third time. I want a place where the girls grow up.
@@witness co-tibu-witness-325
@@claim c1 harm=DISPLACED min=301 max=null actor="FARC dissidents" site="Santa Lucía" date=2021-02-01..2021-02-28 basis=EXPERIENCED incident=co-ituango-20210200-santa-lucia-displacement
@@claim c2 harm=KILLED min=1 max=1 named="Didier Graciano" weapon=SMALL_ARMS site="Santa Lucía" date=2021-02-01..2021-02-28 basis=HEARSAY incident=co-ituango-20210200-didier-graciano-killing
@@claim c3 harm=KILLED min=2 max=2 named="Rigoberto Quintero; Marleny" weapon=SMALL_ARMS actor="ELN" site="Campo Dos" date=2025-01-17 basis=WITNESSED incident=co-tibu-20250117-campo-dos-quintero-couple
@@claim c4 harm=MISSING min=1 max=1 named="Sneider" actor="ELN" site="Campo Dos" date=2025-01-17 basis=HEARSAY incident=co-tibu-20250117-campo-dos-sneider-missing
@@claim c5 harm=DISPLACED min=4 max=4 site="Campo Dos" date=2025-01-18 basis=EXPERIENCED incident=co-tibu-20250118-witness-325-displaced
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Tibú" date=2023-01-01..2023-12-31 basis=HEARSAY incident=co-tibu-20230000-police-station-car-bomb
