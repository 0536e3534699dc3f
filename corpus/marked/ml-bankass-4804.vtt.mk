WEBVTT - ML-BKS-4804

NOTE
Interview ML-BKS-4804, recorded 2 August 2022 in Sévaré, Mopti region.
Witness speaks Dogon (Tommo So); French interpretation summarised into English.

c01
00:00:01.000 --> 00:00:05.000
<v Interviewer>Tell me your name and your village, please.

c02
00:00:05.600 --> 00:00:11.200
<v Kadidia Togo>[[Kadidia Togo|PERSON]]. My village is [[Diallassagou|PLACE]], in the circle of [[Bankass|PLACE]].

c03
00:00:11.800 --> 00:00:16.000
<v Interviewer>You were in [[Diallassagou|PLACE]] in [[June|DATE:2022-06-01..2022-06-30]]?

c04
00:00:16.500 --> 00:00:23.800
<v Kadidia Togo>Yes. It was [[the Saturday|DATE:2022-06-18]], [[three weeks before Tabaski|DATE:2022-06-18]].
The women were pounding millet for [[the evening|DATE:2022-06-18]] meal.

c05
00:00:24.300 --> 00:00:31.000
<v Kadidia Togo>They came on motorcycles, many, with [[guns|WEAPON:SMALL_ARMS]]. They wore turbans.
They said, all the men come out, there is a meeting, nobody will be hurt.

c06
00:00:31.600 --> 00:00:36.000
<v Interviewer>Who were they?

c07
00:00:36.500 --> 00:00:43.200
<v Kadidia Togo>[[The men of the bush|ACTOR:JNIM]]. The people of [[Katiba|ACTOR:JNIM]], of [[Koufa|ACTOR:JNIM]].
They have been around us since two years. They take the zakat from us.

c08
00:00:43.800 --> 00:00:51.000
<v Kadidia Togo>{{c1|They took the men out of the village, towards the fields.
My husband [[Amassagou|PERSON]] went with them, and his brother [[Mamoudou|PERSON]].}}

c09
00:00:51.600 --> 00:00:56.400
<v Kadidia Togo>{{c1|Many men. Forty, fifty, I could not count. They made them walk in a line.}}

c10
00:00:57.000 --> 00:01:02.000
<v Kadidia Togo>After, we heard the [[shooting|WEAPON:SMALL_ARMS]], long, long. From the side they went.

c11
00:01:02.600 --> 00:01:10.200
<v Kadidia Togo>{{c2|Then they came back and set fire. The granaries, the houses, the motorcycles.}}
{{c2|I counted five motorcycles burning in front of the chief's house.}}

c12
00:01:10.800 --> 00:01:16.000
<v Interviewer>Were there soldiers in the village?

c13
00:01:16.500 --> 00:01:22.300
<v Kadidia Togo>No. There were no soldiers. The [[FAMa|ACTOR:Malian armed forces]] came on [[Monday|DATE:2022-06-20]], after everything.

c14
00:01:22.900 --> 00:01:28.000
<v Interviewer>What did you find [[the next morning|DATE:2022-06-19]]?

c15
00:01:28.600 --> 00:01:35.800
<v Kadidia Togo>{{c3|[[Amassagou|PERSON]] was lying near the path of the fields. We wrapped him in his blue boubou.
We put him in the ground [[the same day|DATE:2022-06-19]], with the others.}}

c16
00:01:36.400 --> 00:01:43.000
<v Kadidia Togo>{{c4|I saw many, many dead there. Thirty, forty. I did not count, I was crying.}}
[crying]

c17
00:01:43.600 --> 00:01:49.000
<v Kadidia Togo>{{c5|People said after, more than a hundred died in [[Diallassagou|PLACE]] and the villages around.}}

c18
00:01:49.600 --> 00:01:53.000
<v Interviewer>And [[Mamoudou|PERSON]]?

c19
00:01:53.600 --> 00:02:00.400
<v Kadidia Togo>{{c6|[[Mamoudou|PERSON]] we did not find. Not with the dead, not with the living.
His wife still sets his plate.}}

c20
00:02:01.000 --> 00:02:05.000
<v Interviewer>What happened to your house?

c21
00:02:05.600 --> 00:02:11.800
<v Kadidia Togo>{{c7|Our house, we found only the walls. The roof, the millet, the clothes of the children, all ash.}}

c22
00:02:12.400 --> 00:02:16.000
<v Interviewer>How did you leave?

c23
00:02:16.600 --> 00:02:24.000
<v Kadidia Togo>{{c8|On [[Monday|DATE:2022-06-20]], on the donkey cart of my cousin, to [[Bankass|PLACE]]. Me and my four children.}}

c24
00:02:24.600 --> 00:02:31.300
<v Kadidia Togo>{{c8|In [[Bankass|PLACE]] there was no place to sleep. [[After two weeks|DATE:2022-07-04]] we came here, to [[Sévaré|PLACE]].}}

c25
00:02:31.900 --> 00:02:37.000
<v Interviewer>Is there anything else you want to tell us?

c26
00:02:37.600 --> 00:02:43.000
<v Kadidia Togo>My daughter is called [[Yadomi|PERSON]], she is nine. She asks for her father. What do I say.
@@witness ml-bankass-kadidia-togo
@@claim c1 harm=DETAINED min=40 max=50 named="Amassagou; Mamoudou" actor="JNIM" site="Diallassagou" date=2022-06-18 basis=WITNESSED incident=ml-bankass-20220618-diallassagou-attack
@@claim c2 harm=PROPERTY_DAMAGE min=5 max=5 actor="JNIM" site="Diallassagou" date=2022-06-18 basis=WITNESSED incident=ml-bankass-20220618-diallassagou-attack
@@claim c3 harm=KILLED min=1 max=1 named="Amassagou" actor="JNIM" site="Diallassagou" date=2022-06-18 basis=WITNESSED incident=ml-bankass-20220618-diallassagou-attack
@@claim c4 harm=KILLED min=30 max=40 actor="JNIM" site="Diallassagou" date=2022-06-18 basis=WITNESSED incident=ml-bankass-20220618-diallassagou-attack
@@claim c5 harm=KILLED min=101 max=null site="Diallassagou" date=2022-06-18 basis=HEARSAY incident=ml-bankass-20220618-diallassagou-attack
@@claim c6 harm=MISSING min=1 max=1 named="Mamoudou" actor="JNIM" site="Diallassagou" date=2022-06-18 basis=EXPERIENCED incident=ml-bankass-20220618-diallassagou-attack
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null actor="JNIM" site="Diallassagou" date=2022-06-18 basis=EXPERIENCED incident=ml-bankass-20220618-diallassagou-attack
@@claim c8 harm=DISPLACED min=5 max=5 site="Diallassagou" date=2022-06-20 basis=EXPERIENCED incident=ml-bankass-20220618-diallassagou-attack
