WEBVTT

NOTE
Interview MM-HPN-4654, recorded 19 March 2022 in Mae Sot, Thailand.
Sgaw Karen, interpreted into English. Witness name used with consent.

h01
00:00:01.000 --> 00:00:04.800
<v Interviewer>Please, your name and your village.

h02
00:00:05.300 --> 00:00:12.600
<v Naw Say Paw>My name is [[Naw Say Paw Wah|PERSON]]. I am from near [[Hpapun|PLACE]], the people say [[Papun|PLACE:Hpapun]], close to the [[Yunzalin|PLACE]] river. Forty-four years.

h03
00:00:13.100 --> 00:00:17.400
<v Interviewer>When did the trouble start in your village?

h04
00:00:17.900 --> 00:00:26.200
<v Naw Say Paw>In [[2021|DATE:2021-01-01..2021-12-31]], in the hot season, [[April|DATE:2021-04-01..2021-04-30]]. The [[big guns|WEAPON:ARTILLERY]] from [[the army|ACTOR:Tatmadaw]] camp in [[Hpapun|PLACE]] town started to hit the villages along the river, every day some.

h05
00:00:26.700 --> 00:00:35.000
<v Naw Say Paw>{{c1|[[One morning|DATE:2021-04-01..2021-04-30]], I do not remember the date, a [[shell|WEAPON:ARTILLERY]] fell on the clinic of our village. The roof came down. The medicine, the beds, everything under the roof.}}

h06
00:00:35.500 --> 00:00:40.100
<v Naw Say Paw>Nobody was inside. The nurse had taken the medicine boxes to the forest [[two weeks before|DATE]], because we were afraid of the planes.

h07
00:00:40.600 --> 00:00:48.800
<v Naw Say Paw>{{c2|But my uncle, [[Saw Ba Nyunt|PERSON]], was in his betel garden when the [[shells|WEAPON:ARTILLERY]] came [[the next day|DATE:2021-04-01..2021-04-30]]. We found him in [[the evening|DATE:2021-04-01..2021-04-30]]. We buried him under the mango tree, we could not take him to the church.}}

h08
00:00:49.300 --> 00:00:52.700
<v Interviewer>What did the village do then?

h09
00:00:53.200 --> 00:01:02.500
<v Naw Say Paw>{{c3|We left [[that night|DATE:2021-04-01..2021-04-30]]. All the village, maybe sixty families. We walked to the [[Salween|PLACE]], three days, and stayed in the rocks by the water.}}

h10
00:01:03.000 --> 00:01:11.400
<v Naw Say Paw>{{c3|We stayed almost three months.}} {{c8|Then my husband's sister said come to [[Lay Kay Kaw|PLACE]], it is a new town, it is quiet there. We went in [[August|DATE:2021-08-01..2021-08-31]], me, my husband and our four children.}}

h11
00:01:11.900 --> 00:01:16.000
<v Interviewer>And was it quiet in [[Lay Kay Kaw|PLACE]]?

h12
00:01:16.500 --> 00:01:23.900
<v Naw Say Paw>Some months, yes. Then in [[December|DATE:2021-12-01..2021-12-31]], [[a week before Christmas|DATE:2021-12-18]], [[the soldiers|ACTOR:Tatmadaw]] came in trucks, in [[the morning|DATE:2021-12-18]].

h13
00:01:24.400 --> 00:01:33.100
<v Naw Say Paw>{{c4|They went to the houses with a list. They took many people, about thirty I think, men and some women. They took [[Saw Htoo Eh Moo|PERSON]], the teacher of my children, from his house in front of us.}}

h14
00:01:33.600 --> 00:01:38.200
<v Interviewer>Were there Karen fighters in the town [[that day|DATE:2021-12-18]]?

h15
00:01:38.700 --> 00:01:45.000
<v Naw Say Paw>No. The [[KNLA|ACTOR:Karen National Liberation Army]] was not in the town. They came later, [[after two days|DATE:2021-12-20]], and the fighting started.

h16
00:01:45.500 --> 00:01:53.800
<v Naw Say Paw>{{c5|Then everybody ran to the river, to the [[Moei|PLACE]]. Thousands of people. We crossed in the small boats to [[Thailand|PLACE]], some people walked in the water.}}

h17
00:01:54.300 --> 00:01:59.600
<v Naw Say Paw>{{c5|Second time in one year we ran. I carried the small one, [[Naw Mu Wah|PERSON]], she was two.}}

h18
00:02:00.100 --> 00:02:03.500
<v Interviewer>What happened to the teacher?

h19
00:02:04.000 --> 00:02:11.700
<v Naw Say Paw>{{c6|We do not know. His wife [[Naw Pi Lay|PERSON]] asked at [[Myawaddy|PLACE]], at the police, nobody says anything. Three months now, no news.}}

h20
00:02:12.200 --> 00:02:16.400
<v Interviewer>Did anyone else in your family get hurt?

h21
00:02:16.900 --> 00:02:26.300
<v Naw Say Paw>{{c7|My cousin's son, [[Saw Eh Ku Say|PERSON]], went back to [[Hpapun|PLACE]] side in [[January|DATE:2022-01-01..2022-01-31]] to look at the rice. He stepped on a [[mine|WEAPON:LANDMINE]] on the path to the river and lost his leg, below the knee.}}

h22
00:02:26.800 --> 00:02:31.100
<v Naw Say Paw>{{c7|His mother told me on the phone. He is in the hospital in [[Mae Sot|PLACE]] now.}}

h23
00:02:31.600 --> 00:02:38.000
<v Naw Say Paw>Who put the [[mine|WEAPON:LANDMINE]], I cannot say. Both sides put [[mines|WEAPON:LANDMINE]] there. I will not say it was one side.

h24
00:02:38.500 --> 00:02:42.000
<v Interviewer>Thank you. Is there anything you want to add?

h25
00:02:42.500 --> 00:02:49.300
<v Naw Say Paw>If we go back, they will take my husband also. So we stay here. The children go to the school in the camp. That is all.
@@witness mm-hpapun-say-paw-wah
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor=Tatmadaw site="Hpapun" date=2021-04-01..2021-04-30 basis=WITNESSED incident=mm-hpapun-20210400-village-clinic-shell
@@claim c2 harm=KILLED min=1 max=1 named="Saw Ba Nyunt" weapon=ARTILLERY actor=Tatmadaw site="Hpapun" date=2021-04-01..2021-04-30 basis=WITNESSED incident=mm-hpapun-20210400-village-clinic-shell
@@claim c3 harm=DISPLACED min=60 max=60 site="Hpapun" date=2021-04-01..2021-04-30 basis=EXPERIENCED incident=mm-hpapun-20210400-village-clinic-shell
@@claim c4 harm=DETAINED min=30 max=30 named="Saw Htoo Eh Moo" actor=Tatmadaw site="Lay Kay Kaw" date=2021-12-18 basis=WITNESSED incident=mm-laykaykaw-20211216-raid-arrests
@@claim c5 harm=DISPLACED min=2000 max=null named="Naw Mu Wah" site="Lay Kay Kaw" date=2021-12-20 basis=EXPERIENCED incident=mm-laykaykaw-20211216-raid-arrests
@@claim c6 harm=MISSING min=1 max=1 named="Saw Htoo Eh Moo" actor=Tatmadaw site="Lay Kay Kaw" date=2021-12-18 basis=HEARSAY incident=mm-laykaykaw-20211216-raid-arrests
@@claim c7 harm=INJURED min=1 max=1 named="Saw Eh Ku Say" weapon=LANDMINE site="Hpapun" date=2022-01-01..2022-01-31 basis=HEARSAY incident=mm-hpapun-20220100-river-path-mine-eh-ku-say
@@claim c8 harm=DISPLACED min=6 max=6 site="Salween" date=2021-08-01..2021-08-31 basis=EXPERIENCED incident=mm-hpapun-20210800-say-paw-wah-family-move
