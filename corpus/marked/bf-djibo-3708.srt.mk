1
00:00:01,000 --> 00:00:06,880
INTERVIEWER: We are recording now. Tell me
your name, just the name you want.

2
00:00:07,380 --> 00:00:14,100
WITNESS: [[Souleymane Diallo|PERSON]]. I am a tailor,
in [[Djibo|PLACE]], [[Secteur 4|PLACE]], near the big water tower.

3
00:00:14,600 --> 00:00:17,540
INTERVIEWER: You are still living in [[Djibo|PLACE]]?

4
00:00:18,040 --> 00:00:24,760
WITNESS: Yes. Where can I go? The roads are closed.
The convoys come when they come.

5
00:00:25,260 --> 00:00:30,720
Before, [[Jibo|PLACE:Djibo]] was a big market, cattle from [[Mali|PLACE]],
from [[Niger|PLACE]], every Wednesday.

6
00:00:31,220 --> 00:00:39,200
Now some days we eat leaves of the baobab.
A bag of millet costs three times what it cost.

7
00:00:39,700 --> 00:00:45,580
INTERVIEWER: I want to ask about [[November 2022|DATE:2022-11-01..2022-11-30]],
the attack on the military camp.

8
00:00:46,080 --> 00:00:52,380
WITNESS: [[The 26th|DATE:2022-11-26]]. [[A Saturday|DATE:2022-11-26]], [[early in the morning|DATE:2022-11-26]],
the cocks were not yet singing.

9
00:00:52,880 --> 00:00:58,760
[[The jihadists|ACTOR:JNIM]] came from the north side,
many, on motorbikes. They attacked the camp.

10
00:00:59,260 --> 00:01:03,460
We heard the [[machine guns|WEAPON:SMALL_ARMS]] for three hours, maybe more.

11
00:01:03,960 --> 00:01:12,360
And then the [[mortars|WEAPON:MORTAR]]. [[The bush people|ACTOR:JNIM]] were firing
the [[mortars|WEAPON:MORTAR]] at the camp, but the camp is near us.

12
00:01:12,860 --> 00:01:15,380
Some fell short. In the houses.

13
00:01:15,880 --> 00:01:18,380
INTERVIEWER: Where did they fall?

14
00:01:18,880 --> 00:01:24,760
WITNESS: {{c1|One fell on the house of the [[Tamboura|PERSON]] family,
two compounds from mine.}}

15
00:01:25,260 --> 00:01:31,140
{{c2|[[Hamadoum Tamboura|PERSON]], his wife [[Mariam|PERSON]],
and two of the small children. Four died there.}}

16
00:01:31,640 --> 00:01:38,780
[[Hamadoum|PERSON]] was my friend since the Koranic school.
He came every week to have his boubou repaired.

17
00:01:39,280 --> 00:01:46,000
{{c2|I saw them when we came out, when the [[shooting|WEAPON:SMALL_ARMS]] stopped.
They were under the bricks.}}

18
00:01:46,500 --> 00:01:52,800
{{c3|The oldest girl, [[Djeneba|PERSON]], she lived.
Her arm was broken and her face was burned.}}

19
00:01:53,300 --> 00:01:55,820
INTERVIEWER: I'm sorry. Take your time.

20
00:01:56,320 --> 00:02:00,940
WITNESS: [pause] {{c1|Their house was mud brick.
It came down completely.}}

21
00:02:01,440 --> 00:02:06,480
{{c4|And my own workshop, the roof sheets
were pierced like a sieve,}}

22
00:02:06,980 --> 00:02:10,760
{{c4|and my sewing machines
were broken by the pieces.}}

23
00:02:11,260 --> 00:02:14,620
INTERVIEWER: How many people died in [[Secteur 4|PLACE]]?

24
00:02:15,120 --> 00:02:21,420
WITNESS: {{c5|The imam said at the prayer
that nine people from the neighbourhood were buried.}}

25
00:02:21,920 --> 00:02:30,320
{{c6|The radio, Radio Oméga, said there were also many soldiers killed,
but for the soldiers they don't say the number.}}

26
00:02:30,820 --> 00:02:35,020
INTERVIEWER: Were there [[VDP|ACTOR:VDP]] or fighters
in the [[Tamboura|PERSON]] house?

27
00:02:35,520 --> 00:02:41,820
WITNESS: No. [[Hamadoum|PERSON]] sold cola nuts. No weapon,
nobody from [[the army|ACTOR:Burkinabè armed forces]] in that house.

28
00:02:42,320 --> 00:02:45,260
INTERVIEWER: You also spoke about the water.

29
00:02:45,760 --> 00:02:50,380
WITNESS: Yes, before that. In [[October|DATE:2022-10-01..2022-10-31]],
[[the week after the Maouloud|DATE:2022-10-09..2022-10-15]].

30
00:02:50,880 --> 00:02:58,440
{{c7|They put [[explosives|WEAPON:IED]] in the pump house of the borehole
in [[Secteur 2|PLACE]]. A [[bomb|WEAPON:IED]] they made themselves.}}

31
00:02:58,940 --> 00:03:07,760
{{c7|The pump, the pipes, the small building,
everything was thrown in pieces. The borehole is dead.}} I went to see it.

32
00:03:08,260 --> 00:03:14,140
Since that, the women wait at the other pumps
from four in the morning.

33
00:03:14,640 --> 00:03:22,200
{{c7|They cut the cables and took the solar panels
of the pump, what did not break, they carried.}}

34
00:03:22,700 --> 00:03:25,200
INTERVIEWER: Who did this?

35
00:03:25,700 --> 00:03:32,000
WITNESS: [[The men of the bush|ACTOR:JNIM]], [[JNIM|ACTOR:JNIM]].
They want the town to die of thirst.

36
00:03:32,500 --> 00:03:35,860
INTERVIEWER: Has anyone in your family been arrested?

37
00:03:36,360 --> 00:03:38,860
WITNESS: My brother-in-law, [[Abdoulaye Sidibé|PERSON]].

38
00:03:39,360 --> 00:03:45,240
{{c8|In [[January|DATE:2023-01-01..2023-01-31]] the [[VDP|ACTOR:VDP]] took him
from the market with two other Peul men.}}

39
00:03:45,740 --> 00:03:52,460
{{c8|They kept him at the gendarmerie three weeks.
They said he gives information to [[the jihadists|ACTOR:JNIM]].}}

40
00:03:52,960 --> 00:04:00,520
{{c9|He came out, but the other two, no. [[Ali|PERSON]] and
[[Seydou|PERSON]], we don't know where they are now.}}

41
00:04:01,020 --> 00:04:05,640
- Were you questioned also?
- Yes, me too, one time.

42
00:04:06,140 --> 00:04:14,120
I told the chief, my brother-in-law sells sheep,
he gives information to nobody. [[After one hour|DATE]] he let me go.

43
00:04:14,620 --> 00:04:21,340
WITNESS: The [[VDP|ACTOR:VDP]] chief said, you are Peul,
if your brother-in-law lies, we come for you.

44
00:04:21,840 --> 00:04:25,200
But they did not come. Thanks to God.

45
00:04:25,700 --> 00:04:29,060
INTERVIEWER: Is there anything you want to add?

46
00:04:29,560 --> 00:04:35,440
WITNESS: Write [[Djeneba|PERSON]]. She is in [[Ouagadougou|PLACE]] now
with her aunt, for the operations.

47
00:04:35,940 --> 00:04:39,300
She is nine. She asks for her mother.
@@witness bf-djibo-souleymane-diallo
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="JNIM" site="Secteur 4" date=2022-11-26 basis=WITNESSED incident=bf-djibo-20221126-camp-attack-secteur4-mortars
@@claim c2 harm=KILLED min=4 max=4 named="Hamadoum Tamboura; Mariam" weapon=MORTAR actor="JNIM" site="Secteur 4" date=2022-11-26 basis=WITNESSED incident=bf-djibo-20221126-camp-attack-secteur4-mortars
@@claim c3 harm=INJURED min=1 max=1 named="Djeneba" weapon=MORTAR actor="JNIM" site="Secteur 4" date=2022-11-26 basis=WITNESSED incident=bf-djibo-20221126-camp-attack-secteur4-mortars
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="JNIM" site="Secteur 4" date=2022-11-26 basis=EXPERIENCED incident=bf-djibo-20221126-camp-attack-secteur4-mortars
@@claim c5 harm=KILLED min=9 max=9 weapon=MORTAR actor="JNIM" site="Secteur 4" date=2022-11-26 basis=HEARSAY incident=bf-djibo-20221126-camp-attack-secteur4-mortars
@@claim c6 harm=KILLED min=null max=null actor="JNIM" site="Djibo" date=2022-11-26 basis=REPORTED incident=bf-djibo-20221126-camp-attack-secteur4-mortars
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="JNIM" site="Secteur 2" date=2022-10-09..2022-10-15 basis=WITNESSED incident=bf-djibo-20221000-secteur2-borehole-blast
@@claim c8 harm=DETAINED min=3 max=3 named="Abdoulaye Sidibé" actor="VDP" site="Djibo" date=2023-01-01..2023-01-31 basis=HEARSAY incident=bf-djibo-20230100-sidibe-vdp-arrests
@@claim c9 harm=MISSING min=2 max=2 named="Ali; Seydou" actor="VDP" date=2023-01-01..2023-01-31 basis=HEARSAY incident=bf-djibo-20230100-sidibe-vdp-arrests
