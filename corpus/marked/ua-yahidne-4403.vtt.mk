WEBVTT

NOTE Interview UA-YHD-4403, recorded in Yahidne, Chernihiv oblast, 21 June 2022.
Ukrainian, with interpretation. The witness asked that her street not be given.

y01
00:00:01.000 --> 00:00:05.500
<v Interviewer>Please tell me your name, and how long you have lived in [[Yahidne|PLACE]].

y02
00:00:06.000 --> 00:00:12.400
<v Liubov>[[Liubov Savchuk|PERSON]]. Sixty-four. All my life here, in [[Yahidne|PLACE]], my mother also.
My husband died in [[2019|DATE:2019-01-01..2019-12-31]], from the heart. Before the war, thank God, he did not see it.

y03
00:00:13.000 --> 00:00:18.200
<v Interviewer>When did the soldiers come to the village?

y04
00:00:18.800 --> 00:00:24.600
<v Liubov>[[The third of March|DATE:2022-03-03]], [[Thursday|DATE:2022-03-03]]. [[The Russians|ACTOR:Russian armed forces in Ukraine]] came from the side of [[Lukashivka|PLACE]],
with the tanks and the trucks, and they stayed in the school and in the houses.

y05
00:00:25.200 --> 00:00:30.000
<v Interviewer>What happened to your neighbours, the [[Klymenko|PERSON]] family?

y06
00:00:30.600 --> 00:00:37.800
<v Liubov>[[Two days after|DATE:2022-03-05]], in [[the morning|DATE:2022-03-05]]. I was at my window, behind the curtain.
I saw everything from there, their gate is across from mine, twenty metres.

y07
00:00:38.400 --> 00:00:44.000
<v Liubov>Four soldiers came to [[Mykola|PERSON]]'s gate and called him. [[Mykola Klymenko|PERSON]], seventy-one years.
He came out in his slippers.

y08
00:00:44.600 --> 00:00:50.900
<v Liubov>They asked about his son, where is your son, he is a soldier.
{{c1|He said something, I could not hear, and one of them shot him, with the [[automatic rifle|WEAPON:SMALL_ARMS]], three times.}}

y09
00:00:51.500 --> 00:00:56.000
<v Liubov>{{c1|He fell there, by the gate, with his slippers.}}
[crying]

y10
00:00:56.600 --> 00:01:02.800
<v Interviewer>Take your time. We can stop.
<v Liubov>No. I will say it.

y11
00:01:03.400 --> 00:01:10.000
<v Liubov>{{c2|Then they went into the house and brought out [[Andrii|PERSON]], the grandson, sixteen,
and they put a bag on his head and took him to the school.}}

y12
00:01:10.600 --> 00:01:16.400
<v Liubov>{{c3|The people from the school basement told me after, [[Andrii|PERSON]] was never there with them, nobody saw him since.}}
His mother [[Vira|PERSON]] is looking still, she writes to everybody.

y13
00:01:17.000 --> 00:01:22.400
<v Interviewer>[[Vira|PERSON]] is his mother's name?
<v Liubov>Yes. [[Vira|PERSON]]. Faith. She has it, more than me.

y14
00:01:23.000 --> 00:01:29.600
<v Interviewer>Was [[Mykola|PERSON]]'s son in the army?
<v Liubov>No! His son works in [[Poland|PLACE]], on a building site, since [[2018|DATE:2018-01-01..2018-12-31]]. There was no soldier in that house.

y15
00:01:30.200 --> 00:01:36.000
<v Liubov>{{c1|We buried [[Mykola|PERSON]] only on [[the 10th|DATE:2022-03-10]], in his garden, they did not let us go to the cemetery.}}

y16
00:01:36.600 --> 00:01:42.800
<v Interviewer>Did anything happen in [[Lukashivka|PLACE]] at the same time?

y17
00:01:43.400 --> 00:01:50.600
<v Liubov>My sister lives there, [[Hanna|PERSON]]. She told me after, when the phones worked again.
{{c4|On [[the same day|DATE:2022-03-05]], [[the 5th|DATE:2022-03-05]], in [[Lukashivka|PLACE]] they burned three houses by the church, with [[the tank|WEAPON:ARTILLERY]].}}

y18
00:01:51.200 --> 00:01:56.000
<v Liubov>{{c4|People also said they burned the church itself.}} But no, the church stands, I went there in [[May|DATE:2022-05-01..2022-05-31]].

y19
00:01:56.600 --> 00:02:02.000
<v Interviewer>Were you yourself harmed?

y20
00:02:02.600 --> 00:02:08.900
<v Liubov>Me, no. {{c6|They came into my house twice, they took my food, the potatoes, the jars.}}
If they had found my husband's hunting gun in the shed, I think they would have shot me also.

y21
00:02:09.500 --> 00:02:15.000
<v Liubov>They did not find it. I had put it in the manure. [laughs]

y22
00:02:15.600 --> 00:02:22.000
<v Interviewer>You mentioned earlier your brother-in-law and the garden.

y23
00:02:22.600 --> 00:02:29.500
<v Liubov>[[Vasyl|PERSON]]. [[Vasyl Savchuk|PERSON]], the brother of my husband. After they left, [[the 31st|DATE:2022-03-31]] they left,
in [[April|DATE:2022-04-01..2022-04-30]], [[the 6th|DATE:2022-04-06]], he went to his garden to look at the potatoes.

y24
00:02:30.100 --> 00:02:35.800
<v Liubov>I was in my yard. I heard the bang, very loud, short. I knew at once.
I ran there.

y25
00:02:36.400 --> 00:02:43.000
<v Liubov>{{c5|He was lying between the rows and his foot was gone, the right one, below the knee.
I tied it with a towel until the men came.}}

y26
00:02:43.600 --> 00:02:49.000
<v Liubov>It was a [[mine|WEAPON:LANDMINE]] they left there. The sappers found eleven more [[mines|WEAPON:LANDMINE]] in that garden after.

y27
00:02:49.600 --> 00:02:54.000
<v Interviewer>Is [[Vasyl|PERSON]] alive?
<v Liubov>Alive. In [[Chernihiv|PLACE]], in the hospital, then at his daughter's.

y28
00:02:54.600 --> 00:03:00.000
<v Liubov>We are still afraid that there are more [[mines|WEAPON:LANDMINE]] in the forest.
Nobody goes for mushrooms this year. Nobody.
@@witness ua-yahidne-liubov-savchuk
@@claim c1 harm=KILLED min=1 max=1 named="Mykola Klymenko" weapon=SMALL_ARMS actor="Russian armed forces in Ukraine" site="Yahidne" date=2022-03-05 basis=WITNESSED incident=ua-yahidne-20220305-klymenko-gate-shooting
@@claim c2 harm=DETAINED min=1 max=1 named="Andrii" actor="Russian armed forces in Ukraine" site="Yahidne" date=2022-03-05 basis=WITNESSED incident=ua-yahidne-20220305-klymenko-gate-shooting
@@claim c3 harm=MISSING min=1 max=1 named="Andrii" actor="Russian armed forces in Ukraine" site="Yahidne" date=2022-03-05 basis=HEARSAY incident=ua-yahidne-20220305-klymenko-gate-shooting
@@claim c4 harm=PROPERTY_DAMAGE min=3 max=3 weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Lukashivka" date=2022-03-05 basis=HEARSAY incident=ua-lukashivka-20220305-church-houses-tank
@@claim c5 harm=INJURED min=1 max=1 named="Vasyl Savchuk" weapon=LANDMINE actor="Russian armed forces in Ukraine" site="Yahidne" date=2022-04-06 basis=WITNESSED incident=ua-yahidne-20220406-savchuk-garden-mine
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null actor="Russian armed forces in Ukraine" site="Yahidne" date=2022-03-03..2022-03-31 basis=EXPERIENCED incident=ua-yahidne-20220300-savchuk-house-looted
