WEBVTT - AF-KDH-724 (second interview)

NOTE
Interview AF-KDH-724. Second interview with the witness of AF-KDH-723.
Recorded 14 June 2022 in Quetta, Pakistan. Pashto with English interpretation.
Same interviewer as in 2021.

k1
00:00:01.000 --> 00:00:05.500
<v Interviewer>[[Zalmai|PERSON]], thank you for talking to us again. How are you?

k2
00:00:06.200 --> 00:00:12.000
<v Zalmai Noorzai>Alive. [laughs] In [[Quetta|PLACE]], in a room with eleven people.
There is no work for a teacher here.

k3
00:00:12.800 --> 00:00:18.000
<v Interviewer>Last time you told us about the house of Haji [[Abdul Wali|PERSON]]
in [[Loy Wiala|PLACE:Loya Wiala]]. Did you learn anything more?

k4
00:00:18.800 --> 00:00:25.500
<v Zalmai Noorzai>Yes. It was [[the 27th of Saratan|DATE:2021-07-18]], in our calendar.
I checked with my father, he writes everything.

k5
00:00:26.200 --> 00:00:33.000
<v Zalmai Noorzai>{{c1|I told you five died. It was six.
One of the grandchildren died after, in [[Mirwais hospital|PLACE]], [[two days later|DATE:2021-07-20]].}}

k6
00:00:33.800 --> 00:00:38.500
<v Zalmai Noorzai>{{c1|His name was [[Ehsan|PERSON]], four years. His mother told my wife.}}

k7
00:00:39.200 --> 00:00:44.000
<v Interpreter>Saratan is the fourth month of the Afghan solar year.

k8
00:00:44.800 --> 00:00:49.500
<v Interviewer>What happened after the [[Taliban|ACTOR:Taliban]] took [[Kandahar|PLACE]]?

k9
00:00:50.200 --> 00:00:57.000
<v Zalmai Noorzai>We went back in [[September|DATE:2021-09-01..2021-09-30]]. The fighting stopped,
no more [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]], no [[mortars|WEAPON:MORTAR]]. This I must say honestly, it was calm.

k10
00:00:57.800 --> 00:01:04.500
<v Zalmai Noorzai>But my brother [[Dawood|PERSON]] was a police officer before,
in the traffic police, not in the fighting.

k11
00:01:05.200 --> 00:01:12.000
<v Zalmai Noorzai>{{c2|In [[October|DATE:2021-10-01..2021-10-31]], [[one night|DATE:2021-10-01..2021-10-31]], men of [[the Emirate|ACTOR:Taliban]] came to the house
and took him. They said only for questions.}}

k12
00:01:12.800 --> 00:01:18.500
<v Zalmai Noorzai>{{c3|Eight months now. We asked at the intelligence office,
at the prison, they say he is not here. Nobody knows where [[Dawood|PERSON]] is.}}

k13
00:01:19.200 --> 00:01:23.500
<v Interviewer>Is that why you left for [[Pakistan|PLACE]]?

k14
00:01:24.200 --> 00:01:31.000
<v Zalmai Noorzai>That, and the girls' school closed. {{c4|In [[March|DATE:2022-03-01..2022-03-31]] we came to [[Quetta|PLACE]],
my wife, the four children and my parents, eight of us.}}

k15
00:01:31.800 --> 00:01:37.000
<v Zalmai Noorzai>If I go back, maybe they take me like [[Dawood|PERSON]].
My name is on the list of teachers of girls. My daughter [[Noor|PERSON]], she is eleven now,
she asks me every day when she can go to school again. What do I tell her?

k16
00:01:37.800 --> 00:01:42.500
<v Interviewer>You also mentioned something about [[Panjwai|PLACE]], your wife's family.

k17
00:01:43.200 --> 00:01:50.000
<v Zalmai Noorzai>Yes, this was before, in [[2020|DATE:2020-01-01..2020-12-31]], in [[the autumn|DATE:2020-09-01..2020-11-30]], when the [[Taliban|ACTOR:Taliban]]
attacked the district and [[the army|ACTOR:Afghan forces]] fired from the base.

k18
00:01:50.800 --> 00:01:58.000
<v Zalmai Noorzai>{{c5|A [[phosphorus shell|WEAPON:INCENDIARY]] fell in the orchard of my wife's uncle, Haji [[Gul|PERSON]],
and the grapes and the drying house burned completely.}}

k19
00:01:58.800 --> 00:02:05.000
<v Zalmai Noorzai>White smoke and fire that does not stop.
The farmers say [[white phosphorus|WEAPON:INCENDIARY]]. Nobody was hurt, they were in the village.

k20
00:02:05.800 --> 00:02:11.000
<v Interviewer>Do you know which side fired it?

k21
00:02:11.800 --> 00:02:18.000
<v Zalmai Noorzai>The uncle says from the base of [[the army|ACTOR:Afghan forces]]. I was not there.
I cannot say more than what he says.

k22
00:02:18.800 --> 00:02:24.500
<v Zalmai Noorzai>Please, if you find anything about [[Dawood|PERSON]], anything, tell us.
My mother does not sleep.
@@witness af-kandahar-zalmai-noorzai
@@claim c1 harm=KILLED min=6 max=6 named="Ehsan" site="Loy Wiala" date=2021-07-18 basis=HEARSAY incident=af-kandahar-20210718-loyawiala-abdul-wali-house
@@claim c2 harm=DETAINED min=1 max=1 named="Dawood" actor="Taliban" site="Kandahar" date=2021-10-01..2021-10-31 basis=WITNESSED incident=af-kandahar-20211000-dawood-taliban-detention
@@claim c3 harm=MISSING min=1 max=1 named="Dawood" actor="Taliban" date=2021-10-01..2022-06-14 basis=WITNESSED incident=af-kandahar-20211000-dawood-taliban-detention
@@claim c4 harm=DISPLACED min=8 max=8 site="Kandahar" date=2022-03-01..2022-03-31 basis=EXPERIENCED incident=af-kandahar-20220300-noorzai-family-to-quetta
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null named="Gul" weapon=INCENDIARY actor="Afghan forces" site="Panjwai" date=2020-09-01..2020-11-30 basis=HEARSAY incident=af-panjwai-20201000-haji-gul-orchard-phosphorus
