WEBVTT

NOTE
MM-KRN-1214. Recorded 3 February 2024 at a displacement site
in Demoso township. Karenni (Kayah Li) and Burmese, interpreted.

intro-1
00:00:01.000 --> 00:00:05.000
<v Interviewer>Please tell me your name and where you are living now.

intro-2
00:00:05.800 --> 00:00:12.000
<v Khu Htoo Reh>I am [[Khu Htoo Reh|PERSON]]. I farm rice. My village is [[Daw Ta Ma Gyi|PLACE]], near [[Demoso|PLACE]] town.

intro-3
00:00:12.600 --> 00:00:17.000
<v Khu Htoo Reh>Now we stay in the camp on the hill, near the stream. My family is six people. My wife, me, and the children [[Saw Lay|PERSON]], [[Naw Mu|PERSON]], [[Saw Htoo|PERSON]] and [[Naw Paw Htoo|PERSON]].

q1
00:00:17.800 --> 00:00:22.000
<v Interviewer>I want to ask about the [[shell|WEAPON:ARTILLERY]] that hit the camp in [[December|DATE:2023-12-01..2023-12-31]].

a1-1
00:00:22.800 --> 00:00:29.000
<v Khu Htoo Reh>Yes. It was [[the ninth|DATE:2023-12-09]], [[the ninth of December|DATE:2023-12-09]]. I know because it was the day we got the rice from the church.

a1-2
00:00:29.800 --> 00:00:36.000
<v Khu Htoo Reh>{{c1|In [[the afternoon|DATE:2023-12-09]], maybe [[three o'clock|DATE:2023-12-09]], a big [[shell|WEAPON:ARTILLERY]] came and hit the shelter of the family of [[Daw Mya Khin|PERSON]], three shelters from mine.}}

a1-3
00:00:36.800 --> 00:00:44.000
<v Khu Htoo Reh>{{c2|[[Daw Mya Khin|PERSON]], the grandmother, died. Her grandson [[Pyae Sone|PERSON]], eight years, died. And her daughter-in-law, [[Mu Nan|PERSON]], died in [[the evening|DATE:2023-12-09]].}}

a1-4
00:00:44.800 --> 00:00:50.000
<v Khu Htoo Reh>So three people. Some say two, because [[Mu Nan|PERSON]] died later, in the clinic. But it is three.

a1-5
00:00:50.800 --> 00:00:56.000
<v Khu Htoo Reh>{{c3|My son [[Saw Lay|PERSON]] was hit also, a small piece in the shoulder. He was playing with [[Pyae Sone|PERSON]].}}

q2
00:00:56.800 --> 00:01:01.000
<v Interviewer>Where did the [[shell|WEAPON:ARTILLERY]] come from?

a2-1
00:01:01.800 --> 00:01:08.000
<v Khu Htoo Reh>From the army base, the [[Sit-Tat|ACTOR:Tatmadaw]] base on the [[Loikaw|PLACE]] road. They shoot every day, but usually at the road, at the fields.

a2-2
00:01:08.800 --> 00:01:14.000
<v Khu Htoo Reh>[[That day|DATE:2023-12-09]] they shot at the camp. Maybe they think the [[KNDF|ACTOR:Karenni Nationalities Defence Force]] are in the camp. There are no soldiers in the camp. Only families.

q3
00:01:14.800 --> 00:01:19.000
<v Interviewer>Why did you leave your village, [[Daw Ta Ma Gyi|PLACE]]?

a3-1
00:01:19.800 --> 00:01:26.000
<v Khu Htoo Reh>Because of [[the planes|WEAPON:AIRSTRIKE]]. In [[2022|DATE:2022-01-01..2022-12-31]], [[June|DATE:2022-06-01..2022-06-30]] I think, in [[the rainy season|DATE:2022-06-01..2022-09-30]], [[the big plane|WEAPON:AIRSTRIKE]] came.

a3-2
00:01:26.800 --> 00:01:33.000
<v Khu Htoo Reh>Not the jet. [[The slow plane|WEAPON:AIRSTRIKE]], with propellers. The people say it is [[the Y-12|WEAPON:AIRSTRIKE]]. They push things out of the back.

a3-3
00:01:33.800 --> 00:01:40.000
<v Khu Htoo Reh>{{c4|They dropped [[barrel bombs|WEAPON:BARREL_BOMB]] on our village, four or five, and the houses near the monastery burned, maybe ten houses.}}

a3-4
00:01:40.800 --> 00:01:47.000
<v Khu Htoo Reh>{{c5|My uncle [[Khu Bu Reh|PERSON]] was killed in his house by one [[barrel|WEAPON:BARREL_BOMB]].}} I saw him after. I don't want to say how he looked.

a3-5
00:01:47.800 --> 00:01:53.000
<v Khu Htoo Reh>{{c6|After that everybody left the village, more than a hundred families. We went to the forest first, then to the camp.}}

q4
00:01:53.800 --> 00:01:58.000
<v Interviewer>Have you been back to the village since?

a4-1
00:01:58.800 --> 00:02:05.000
<v Khu Htoo Reh>Once, in [[the cold season|DATE:2023-11-01..2024-01-31]], to look at the fields. But we cannot farm. There are [[mines|WEAPON:LANDMINE]] in the paddy.

a4-2
00:02:05.800 --> 00:02:12.000
<v Khu Htoo Reh>{{c7|My neighbour's buffalo stepped on a [[mine|WEAPON:LANDMINE]] and died, and the boy who was with the buffalo, [[Eh Reh|PERSON]], lost his foot.}}

a4-3
00:02:12.800 --> 00:02:18.000
<v Khu Htoo Reh>That was [[last year|DATE:2023-01-01..2023-12-31]], [[before the rains|DATE:2023-03-01..2023-05-31]]. [[The soldiers|ACTOR:Tatmadaw]] put the [[mines|WEAPON:LANDMINE]] when they came through the village, people say.

q5
00:02:18.800 --> 00:02:23.000
<v Interviewer>Which soldiers?

a5-1
00:02:23.800 --> 00:02:29.000
<v Khu Htoo Reh>[[The Burmese soldiers|ACTOR:Tatmadaw]]. [[The junta|ACTOR:Tatmadaw]]. [[The Karenni fighters|ACTOR:Karenni Nationalities Defence Force]] do not put [[mines|WEAPON:LANDMINE]] in the rice fields, they are farmers' sons.

q6
00:02:29.800 --> 00:02:34.000
<v Interviewer>Is there anything else you want to say?

a6-1
00:02:34.800 --> 00:02:41.000
<v Khu Htoo Reh>My wife is called [[Mu Pray|PERSON]]. Her name means something like light in our language. She says, one day we will go home.

a6-2
00:02:41.800 --> 00:02:47.000
<v Khu Htoo Reh>If [[the planes|WEAPON:AIRSTRIKE]] stop, we go home the next day. We don't need anything else.
@@witness mm-demoso-khu-htoo-reh
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Tatmadaw" site="Demoso" date=2023-12-09 basis=WITNESSED incident=mm-demoso-20231209-camp-shell
@@claim c2 harm=KILLED min=3 max=3 named="Daw Mya Khin; Pyae Sone; Mu Nan" weapon=ARTILLERY actor="Tatmadaw" site="Demoso" date=2023-12-09 basis=WITNESSED incident=mm-demoso-20231209-camp-shell
@@claim c3 harm=INJURED min=1 max=1 named="Saw Lay" weapon=ARTILLERY actor="Tatmadaw" site="Demoso" date=2023-12-09 basis=WITNESSED incident=mm-demoso-20231209-camp-shell
@@claim c4 harm=PROPERTY_DAMAGE min=10 max=10 weapon=BARREL_BOMB actor="Tatmadaw" site="Daw Ta Ma Gyi" date=2022-06-01..2022-06-30 basis=WITNESSED incident=mm-demoso-20220600-dawtamagyi-barrels
@@claim c5 harm=KILLED min=1 max=1 named="Khu Bu Reh" weapon=BARREL_BOMB actor="Tatmadaw" site="Daw Ta Ma Gyi" date=2022-06-01..2022-06-30 basis=WITNESSED incident=mm-demoso-20220600-dawtamagyi-barrels
@@claim c6 harm=DISPLACED min=101 max=null actor="Tatmadaw" site="Daw Ta Ma Gyi" date=2022-06-01..2022-06-30 basis=EXPERIENCED incident=mm-demoso-20220600-dawtamagyi-barrels
@@claim c7 harm=INJURED min=1 max=1 named="Eh Reh" weapon=LANDMINE actor="Tatmadaw" site="Daw Ta Ma Gyi" date=2023-03-01..2023-05-31 basis=HEARSAY incident=mm-demoso-20230000-paddy-mine
