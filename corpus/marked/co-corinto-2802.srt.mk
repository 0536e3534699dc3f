1
00:00:01,000 --> 00:00:04,200
INTERVIEWER: Señora, your name, please, and your town.

2
00:00:04,600 --> 00:00:09,800
WITNESS: [[Ana Lucía Dagua|PERSON]]. I live in [[Corinto|PLACE]], in the urban part,
near the [[Santa Lucía school|PLACE]]. Before, I lived up in [[Jagual|PLACE:El Jagual]].

3
00:00:10,200 --> 00:00:14,000
INTERVIEWER: You are the mother of [[Ferney Dagua|PERSON]].

4
00:00:14,400 --> 00:00:19,500
WITNESS: Of [[Ferney|PERSON]] and of [[Albeiro|PERSON]], yes. [[Ferney|PERSON]] is the older,
twenty-six. [[Albeiro|PERSON]] is twenty-two.

5
00:00:20,000 --> 00:00:24,300
INTERVIEWER: Can you tell me what happened to them on the road to [[Miranda|PLACE]]?

6
00:00:24,800 --> 00:00:31,000
WITNESS: It was in the paro, [[the 18th or 19th of May|DATE:2021-05-18..2021-05-19]],
I am not sure of the day, I was sick with the worry.

7
00:00:31,400 --> 00:00:37,600
{{c1|They went in the chiva to sell plantain, and at [[Cominera|PLACE:La Cominera]]
the muchachos of the [[Dagoberto Ramos|ACTOR:FARC dissidents]] stopped the chiva and took them down.}}

8
00:00:38,000 --> 00:00:42,000
- And the others in the chiva?
- The others they let go.

9
00:00:42,400 --> 00:00:48,500
WITNESS: They checked the papers of everybody, the cédulas, and they let them go.
Only my sons and one more boy they kept.

10
00:00:49,000 --> 00:00:53,000
INTERVIEWER: How did you find out?

11
00:00:53,400 --> 00:00:59,800
WITNESS: The driver, don [[Chucho|PERSON]], came to my house [[that night|DATE:2021-05-18..2021-05-19]].
He said, "Ana, they took your boys." Like that.

12
00:01:00,200 --> 00:01:06,000
{{c2|[[Albeiro|PERSON]] they let free [[after two weeks|DATE:2021-06-01..2021-06-02]], more or less, they left him
on the road near [[Tacueyó|PLACE]] without shoes.}}

13
00:01:06,400 --> 00:01:12,800
He says they kept him in a hut in the mountain with a chain on the foot,
and [[Ferney|PERSON]] was with him [[the first three days|DATE:2021-05-18..2021-05-22]], and then no more.

14
00:01:13,200 --> 00:01:19,000
{{c3|Since then, nothing. We do not know anything of [[Ferney|PERSON]].
Not a call. Nobody says he is dead, nobody says he is alive.}}

15
00:01:19,400 --> 00:01:23,500
INTERVIEWER: Did you report it?

16
00:01:24,000 --> 00:01:30,600
WITNESS: To the Fiscalía, to the Personería, to the cabildo. They wrote it down.
That is all they do, write.

17
00:01:31,000 --> 00:01:36,000
INTERVIEWER: Before that, in [[April|DATE:2021-04-01..2021-04-30]], there was a [[drone attack|WEAPON:DRONE_STRIKE]] in [[Jagual|PLACE:El Jagual]]. Were you there?

18
00:01:36,400 --> 00:01:42,800
WITNESS: I was in my house, the old one, up there. [[A Monday in April|DATE:2021-04-12]],
early, I was making arepas.

19
00:01:43,200 --> 00:01:49,000
{{c4|I heard two bangs, one and then another, and from my door I saw the smoke
over the house of [[Hernando|PERSON]], the neighbour.}}

20
00:01:49,400 --> 00:01:55,800
{{c5|Three were hurt, the girl [[Yuli|PERSON]], [[Tránsito|PERSON]] and a young man who was
picking, I forgot his name. I did not see them hurt, my comadre [[Rosalba|PERSON]] told me.}}

21
00:01:56,200 --> 00:02:02,000
{{c6|The shed of the [[Guetio|PERSON]] family, the coffee shed, burned to the ground,
and also the water tank of the vereda was broken, we carried water from the quebrada for a month.}}

22
00:02:02,400 --> 00:02:06,000
INTERVIEWER: Who sent [[the drones|WEAPON:DRONE_STRIKE]], do you think?

23
00:02:06,400 --> 00:02:12,500
WITNESS: I do not think. If I think, I have problems. Everybody says
[[the dissidents|ACTOR:FARC dissidents]] and [[the army|ACTOR:Colombian armed forces]] are fighting for the mountain.

24
00:02:13,000 --> 00:02:18,600
INTERVIEWER: You also have family in [[Caldono|PLACE]]?

25
00:02:19,000 --> 00:02:25,000
WITNESS: My sister, [[Edelmira|PERSON]], in [[Pescador|PLACE]], the corregimiento.
[[The week the school opened again|DATE:2022-01-24..2022-01-30]], after vacations,

26
00:02:25,400 --> 00:02:31,800
{{c7|they threw [[tatucos|WEAPON:MORTAR]] at the police station there, the homemade [[mortars|WEAPON:MORTAR]],
and two fell on the houses behind, the house of my sister was one, the wall cracked all through and the roof of tiles fell in.}}

27
00:02:32,200 --> 00:02:37,500
She was in [[Popayán|PLACE]] at the doctor, thanks God. {{c8|Her neighbour [[Doris Yule|PERSON]]
was hurt in the head, my sister told me on the phone.}}

28
00:02:38,000 --> 00:02:43,000
INTERVIEWER: Who attacked the station?

29
00:02:43,400 --> 00:02:48,600
WITNESS: The radio said [[the dissidents|ACTOR:FARC dissidents]], the [[Jaime Martínez|ACTOR:FARC dissidents]]
column, but in [[Pescador|PLACE]] nobody says names out loud.

30
00:02:49,000 --> 00:02:53,400
INTERVIEWER: Is there something you want to ask for?

31
00:02:53,800 --> 00:03:00,000
WITNESS: That they tell me where is [[Ferney|PERSON]]. Only that.
I keep his room like it was. His shoes are there.

@@witness co-corinto-ana-lucia-dagua
@@claim c1 harm=DETAINED min=2 max=2 named="Albeiro" actor="FARC dissidents" site="Cominera" date=2021-05-18..2021-05-19 basis=HEARSAY incident=co-corinto-20210500-lacominera-stop
@@claim c2 harm=DETAINED min=1 max=1 named="Albeiro" site="Tacueyó" date=2021-06-01..2021-06-02 basis=HEARSAY incident=co-corinto-20210500-lacominera-stop
@@claim c3 harm=MISSING min=1 max=1 named="Ferney" date=2021-05-18..2021-05-22 basis=HEARSAY incident=co-corinto-20210500-lacominera-stop
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null named="Hernando" site="Jagual" date=2021-04-12 basis=WITNESSED incident=co-corinto-20210412-eljagual-drone
@@claim c5 harm=INJURED min=3 max=3 named="Yuli; Tránsito" site="Jagual" date=2021-04-12 basis=HEARSAY incident=co-corinto-20210412-eljagual-drone
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="Jagual" date=2021-04-12 basis=HEARSAY incident=co-corinto-20210412-eljagual-drone
@@claim c7 harm=PROPERTY_DAMAGE min=2 max=2 named="Edelmira" weapon=MORTAR actor="FARC dissidents" site="Pescador" date=2022-01-24..2022-01-30 basis=HEARSAY incident=co-caldono-20220100-pescador-station-tatucos
@@claim c8 harm=INJURED min=1 max=1 named="Doris Yule" weapon=MORTAR actor="FARC dissidents" site="Pescador" date=2022-01-24..2022-01-30 basis=HEARSAY incident=co-caldono-20220100-pescador-station-tatucos
