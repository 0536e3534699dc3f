Interview ID: HLM-3208
Interview date: 2018-02-10
Location: [[Lashkar Gah|PLACE]], [[Helmand|PLACE]]
Language: Pashto, interpreted into English
Interviewer: [[Ewan Castell|PERSON]]
Interpreter: [[Wahidullah Sarwari|PERSON]]

[00:00:40] Q: Please tell us your name and where you are from.
[00:00:47] A: [[Sher Ahmad|PERSON]], son of [[Dost Mohammad|PERSON]]. From [[Wishtan|PLACE]], in [[Sangin|PLACE]], near the river. I have fields there, pomegranates and some poppy, I will not lie to you.
[00:01:20] Q: What happened in [[Sangin|PLACE]] in [[the summer of 2017|DATE:2017-06-01..2017-08-31]]?
[00:01:28] A: It was [[the day before Eid|DATE:2017-06-24]], the small Eid, after Ramadan. [[Around four in the afternoon|DATE:2017-06-24]]. My nephew [[Noorullah|PERSON]], my brother's son, he was going on the motorbike to the bazaar to buy the Eid clothes for the small ones.
[00:02:02] Interpreter: He is stopping for a moment.
[00:02:15] A: {{c1|On the road by the canal [[the drone|WEAPON:DRONE_STRIKE]] hit them. Two motorbikes. [[Noorullah|PERSON]] and his friend on one, and two men I did not know on the other. I was in my field, I saw the fire and the smoke go up, maybe three hundred metres.}}
[00:02:48] A: {{c2|When people ran there, to help, it fired again, a second [[missile|WEAPON:MISSILE]], and two more died, a shopkeeper, Haji [[Rahmatullah|PERSON]]... no, [[Rahmatullah|PERSON]] only, he was not Haji yet, and a boy.}}
[00:03:20] Q: So how many were killed altogether?
[00:03:24] A: {{c1,c2|Six. Four on the motorbikes, two who came to help.}} Some people in the bazaar said eight, because two died later in [[Bost hospital|PLACE]]. I count what I know. Six.
[00:03:55] Q: Were there fighters on those motorbikes?
[00:04:02] A: My nephew, no. He was a student at the madrasa, eighteen years. The others, I cannot say. [[The Americans|ACTOR:US forces]] said on the radio that they killed [[Taliban|ACTOR:Taliban]] commanders. {{c3|The radio, the Azadi radio, said four [[Taliban|ACTOR:Taliban]] were killed by a [[drone strike|WEAPON:DRONE_STRIKE]] in [[Sangin|PLACE]].}} Nobody from the government came to ask us anything.
[00:04:40] Q: You mentioned your son earlier, before the recording.
[00:04:45] A: Yes. [[Jan Agha|PERSON]], my second son. This was [[last year|DATE:2017-01-01..2017-12-31]] also, in [[spring|DATE:2017-03-01..2017-05-31]], [[Hamal|DATE:2017-03-21..2017-04-20]] month. {{c4|He went behind the house to cut grass for the cow, and there was a [[mine|WEAPON:LANDMINE]] in the edge of the field. His right foot is gone, from here.}}
[00:05:15] A: I did not see it, I heard it from the house, and my wife screamed before I understood. {{c4|We carried him on a door to the road, and a car took him to [[Lashkar Gah|PLACE]], to the [[Italian hospital|PLACE:Emergency hospital]].}}
[00:05:40] Interpreter: He means the [[Emergency hospital|PLACE]].
[00:05:52] Q: Who put the [[mine|WEAPON:LANDMINE]] there?
[00:05:57] A: The [[Talibs|ACTOR:Taliban]] put [[mines|WEAPON:LANDMINE]] on all the paths near the checkpoint, because [[the army|ACTOR:Afghan forces]] had a post on the hill above. When [[the army|ACTOR:Afghan forces]] left, the [[mines|WEAPON:LANDMINE]] stayed. They do not take them with them.
[00:06:25] Q: Were you or your family ever arrested?
[00:06:30] A: {{c5|My brother [[Mir Wali|PERSON]], the father of [[Noorullah|PERSON]], [[two winters ago|DATE:2015-12-01..2016-02-29]]. [[The army|ACTOR:Afghan forces]] came at [[night|DATE:2015-12-01..2016-02-29]] to [[Wishtan|PLACE]] with [[the foreigners|ACTOR:NATO-led forces]], and they took six men from our village with bags on their heads. I saw them take him from the door of his room.}}
[00:06:58] A: {{c5|He was twenty days in the prison in [[Lashkar Gah|PLACE]], the [[NDS|ACTOR:Afghan forces]], and they released him because the elders wrote a letter.}}
[00:07:20] A: Me, once the [[Taliban|ACTOR:Taliban]] stopped me on the road to [[Kajaki|PLACE]], they looked in my phone, who I call, what pictures, they asked why I go to [[Lashkar|PLACE:Lashkar Gah]]. I said for medicine for my son. They let me go. Nothing more.
[00:07:50] Q: What about your house in [[Wishtan|PLACE]]?
[00:07:55] A: {{c6|In [[2016|DATE:2016-01-01..2016-12-31]], [[the autumn|DATE:2016-09-01..2016-11-30]], when the fighting was in the centre of [[Sangin|PLACE]], [[the planes|WEAPON:AIRSTRIKE]] bombed the houses along the canal where the [[Talibs|ACTOR:Taliban]] were shooting from. Our guest room is finished, only two walls, and the wall of the orchard is down, the goats go wherever they want.}}
[00:08:30] A: {{c7|After that, in [[the winter|DATE:2016-12-01..2017-02-28]], we went to [[Lashkar Gah|PLACE]], all of us, eleven people, and we rented two rooms.}} Now only I go back, for the fields, when it is quiet.
[00:08:55] Q: Is it quiet now?
[00:09:00] A: Some days. There was no fighting near us [[last week|DATE:2018-02-01..2018-02-07]], no [[planes|WEAPON:AIRSTRIKE]]. But tomorrow, who knows. Allah knows.
@@claim c1 harm=KILLED min=4 max=4 named="Noorullah" weapon=DRONE_STRIKE actor="US forces" site="Sangin" date=2017-06-24 basis=WITNESSED incident=af-sangin-20170624-canal-road-motorbikes
@@claim c2 harm=KILLED min=2 max=2 named="Rahmatullah" weapon=MISSILE actor="US forces" site="Sangin" date=2017-06-24 basis=WITNESSED incident=af-sangin-20170624-canal-road-motorbikes
@@claim c3 harm=KILLED min=4 max=4 weapon=DRONE_STRIKE site="Sangin" basis=REPORTED incident=af-sangin-20170624-canal-road-motorbikes
@@claim c4 harm=INJURED min=1 max=1 named="Jan Agha" weapon=LANDMINE site="Wishtan" date=2017-03-21..2017-04-20 basis=WITNESSED incident=af-wishtan-20170400-jan-agha-mine
@@claim c5 harm=DETAINED min=6 max=6 named="Mir Wali" actor="Afghan forces" site="Wishtan" date=2015-12-01..2016-02-29 basis=WITNESSED incident=af-wishtan-20160000-night-raid-six-men
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Wishtan" date=2016-09-01..2016-11-30 basis=EXPERIENCED incident=af-wishtan-20160000-canal-houses-bombed
@@claim c7 harm=DISPLACED min=11 max=11 site="Wishtan" date=2016-12-01..2017-02-28 basis=EXPERIENCED incident=af-wishtan-20160000-sher-ahmad-family-flight
@@witness af-sangin-sher-ahmad
