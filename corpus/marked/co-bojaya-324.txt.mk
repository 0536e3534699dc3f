Interview ID: CO-BOJ-324
Interview date: 2021-09-14
Location: [[Quibdó|PLACE]], [[Chocó|PLACE]]
Language: Spanish; some Emberá words, explained by the witness
Interviewer: [[Tomás Echeverri|PERSON]]

[00:00:05] Q: Please tell me where you come from.
[00:00:09] A: From [[Pogue|PLACE]], on the [[Bojayá|PLACE]] river, up from [[Bellavista|PLACE]]. I am Afro, my wife is Emberá, from the community of [[Napipí|PLACE]]. So our children are both. [laughs]
[00:00:24] Q: When did the armed groups become a problem in [[Pogue|PLACE]]?
[00:00:29] A: Since [[2019|DATE:2019-01-01..2019-12-31]] the [[Gaitanistas|ACTOR:Clan del Golfo]], the [[AGC|ACTOR:Clan del Golfo]], came up the river, and the [[ELN|ACTOR:ELN]] was already in the forest. Two groups, one river. And the people in the middle, like always in [[Chocó|PLACE]].
[00:00:47] Q: What happened in [[Pogue|PLACE]] in [[2020|DATE:2020-01-01..2020-12-31]] and [[2021|DATE:2021-01-01..2021-12-31]]?
[00:00:52] A: The confinement. They fought around the community, in the forest, on the river. Ninety families could not go out to the fields, to fish, nothing, for almost two months, [[February|DATE:2021-02-01..2021-02-28]] and [[March 2021|DATE:2021-03-01..2021-03-31]]. We ate plantain and rice that the Church brought in a boat.
[00:01:14] A: Every night [[gunfire|WEAPON:SMALL_ARMS]] in the hills. Not in the houses, there was no combat inside [[Pogue|PLACE]] itself, but all around.
[00:01:27] Q: Were there [[landmines|WEAPON:LANDMINE]]?
[00:01:30] A: Yes. The [[ELN|ACTOR:ELN]] put [[mines|WEAPON:LANDMINE]] on the paths to the farms, they say to stop the [[Gaitanistas|ACTOR:Clan del Golfo]]. {{c2|On [[the 9th of March|DATE:2021-03-09]], the girl [[Luz Mery Dumasá|PERSON]], Emberá, eleven years, went with her grandmother to cut borojó and she stepped on a [[mine|WEAPON:LANDMINE]].}}
[00:01:52] A: {{c2|She lost the left leg below the knee. The grandmother, doña [[Ana Cuñapa|PERSON]], had pieces in the face.}} I carried [[Luz Mery|PERSON]] in the canoe to [[Bellavista|PLACE]], four hours, and then they took her by speedboat to [[Quibdó|PLACE]].
[00:02:15] Q: So you saw her after the explosion?
[00:02:18] A: I was the one who went to get her, with [[Arnulfo|PERSON]], the uncle, and the governor of the cabildo, [[Jairo Sabugara|PERSON]]. We walked exactly in her steps, because we were afraid there was another. [pause] In the canoe she was asking for luz, for light, because it was already dark. [[Luz|PERSON]] asking for luz. I cannot forget that.
[00:02:41] Q: Who do you think placed that [[mine|WEAPON:LANDMINE]]?
[00:02:44] A: On that side of the river, only the [[ELN|ACTOR:ELN]] walks. That is what the community says. I did not see them put it.
[00:02:55] Q: Have you lost family to the conflict?
[00:02:59] A: {{c4|My aunt, [[Celmira Palacios|PERSON]], died in the church of [[Bellavista|PLACE]], on [[the 2nd of May 2002|DATE:2002-05-02]], in the massacre.}} I was fourteen. I was in [[Vigía del Fuerte|PLACE]] on the other side of the [[Atrato|PLACE]] and I heard it. We all heard it.
[00:03:16] A: {{c5|And my brother-in-law, [[Elkin Rentería|PERSON]], in [[Riosucio|PLACE]], on the [[Truandó|PLACE]] river. In [[October 2019|DATE:2019-10-01..2019-10-31]] men of the [[Clan del Golfo|ACTOR:Clan del Golfo]] took him from his boat, and until today nobody knows anything.}}
[00:03:35] A: My sister went to the Prosecutor, to the Ombudsman, to everybody. Nothing. His boat was found downstream, empty, with the engine.
[00:03:47] Q: Did you leave [[Pogue|PLACE]] after the confinement?
[00:03:51] A: {{c6|Yes. In [[May|DATE:2021-05-01..2021-05-31]], after the [[ELN|ACTOR:ELN]] came to the community and said that whoever talks with [[the army|ACTOR:Colombian armed forces]] or with [[the paras|ACTOR:Clan del Golfo]] will be "declared a military objective". We left, me, my wife [[Deyanira|PERSON]], the three children, [[Yesid|PERSON]], [[Keiner|PERSON]] and little [[Sol|PERSON]], to [[Quibdó|PLACE]].}}
[00:04:10] A: Nobody was killed for that threat, not that I know. But if I stayed, maybe I would not be talking with you.
[00:04:19] Q: How do you live now?
[00:04:22] A: I load bananas at the port. My wife sells the Emberá necklaces, the chaquiras, in the park. The children go to school here. But they ask: when do we go back to the river, papá?
[00:04:38] Q: Would you like to add anything?
[00:04:41] A: Only the names, please. [[Luz Mery|PERSON]]. [[Celmira|PERSON]]. [[Elkin|PERSON]]. In [[Chocó|PLACE]] we are always numbers.
@@witness co-bojaya-pogue-leader-324
@@claim c2 harm=INJURED min=2 max=2 named="Luz Mery Dumasá; Ana Cuñapa" weapon=LANDMINE actor="ELN" site="Pogue" date=2021-03-09 basis=WITNESSED incident=co-bojaya-20210309-pogue-mine-luz-mery
@@claim c4 harm=KILLED min=1 max=1 named="Celmira Palacios" site="Bellavista" date=2002-05-02 basis=HEARSAY incident=co-bojaya-20020502-bellavista-church
@@claim c5 harm=MISSING min=1 max=1 named="Elkin Rentería" actor="Clan del Golfo" site="Truandó" date=2019-10-01..2019-10-31 basis=HEARSAY incident=co-riosucio-20191000-truando-elkin-renteria
@@claim c6 harm=DISPLACED min=5 max=5 actor="ELN" site="Pogue" date=2021-05-01..2021-05-31 basis=EXPERIENCED incident=co-bojaya-20210500-pogue-leader-family-displaced
