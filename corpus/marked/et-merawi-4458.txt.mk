@@encoding utf-16le
Interview ID: ET-MRW-4458
Interview date: 2024-01-22
Location: [[Bahir Dar|PLACE]], by phone from [[Merawi|PLACE]]
Language: Amharic
Interpreter: [[Misganaw Worku|PERSON]]

[00:00:04] Q: Can you say your name for the recording?
[00:00:09] A: [[Ayalew Mengistu|PERSON]]. I drive a minibus, [[Merawi|PLACE]] to [[Bahir Dar|PLACE]], twelve years.
[00:00:21] Q: You were at the bus station in [[Merawi|PLACE]] in [[October|DATE:2023-10-01..2023-10-31]]?
[00:00:27] A: Yes. [[Tikimt 3|DATE:2023-10-14]]. [[A Saturday|DATE:2023-10-14]], [[the market day|DATE:2023-10-14]], many people from the villages.
[00:00:38] [Interpreter: he gives the Ethiopian date, it is the middle of October.]
[00:00:46] A: It was [[around eleven in the morning|DATE:2023-10-14]]. I was loading sacks on the roof. We heard the sound, zzzz, for some minutes, everybody looking up.
[00:01:02] A: {{c1|Then [[the drone|WEAPON:DRONE_STRIKE]] hit between the minibuses and the shops of tea. My car, it was black metal after that, the seats, everything.}}
[00:01:15] Q: Were people killed?
[00:01:18] A: {{c2|Seven we buried from the station, seven, I carried two of them myself. [[Emebet|PERSON]], who sold bananas, twenty-three years. And a farmer with his two sons, from [[Wonberma|PLACE]] side, I don't know the name.}}
[00:01:40] A: {{c3|My assistant [[Yihenew|PERSON]], the glass went into his face and his eye. He sees with one eye now.}}
[00:01:52] Q: Do you know who sent [[the drone|WEAPON:DRONE_STRIKE]]?
[00:01:56] A: Who has drones? Only [[the government|ACTOR:Ethiopian National Defense Force]]. [[Fano|ACTOR:Amhara militias]] has no drone. [[Fano|ACTOR:Amhara militias]] has Kalashnikovs.
[00:02:08] Q: Were [[Fano|ACTOR:Amhara militias]] fighters at the station?
[00:02:12] A: No. Not at the station, not [[that day|DATE:2023-10-14]]. They were in the countryside, outside the town. People say [[the drone|WEAPON:DRONE_STRIKE]] came for one commander who passed in a car, I don't know, I did not see any commander.
[00:02:31] A: [pause] [[One week before|DATE:2023-10-07]], there was a [[roadside bomb|WEAPON:IED]] on the [[Bahir Dar|PLACE]] road, on an army truck. Soldiers died there. That is fighting, soldiers with soldiers. But at the station it was people with bananas.
[00:02:50] Q: What happened [[after that day|DATE]]?
[00:02:54] A: {{c4|[[After three days|DATE:2023-10-17]] [[the soldiers|ACTOR:Ethiopian National Defense Force]] came into [[Merawi|PLACE]] and they held the young men in the school, the elementary school, maybe forty, fifty, for two nights, to find who is [[Fano|ACTOR:Amhara militias]].}} They let most of them go.
[00:03:12] A: {{c5|The son of my cousin, [[Asnakew|PERSON]], they did not let go. They took him to the base in [[Bahir Dar|PLACE]].}} {{c8|We asked at the base, at the police, at the prison in [[Bahir Dar|PLACE]]. Nothing, three months.}}
[00:03:31] Q: Did anything else happen in [[Merawi|PLACE]]?
[00:03:35] A: {{c6|In [[December|DATE:2023-12-01..2023-12-31]], [[the week before Genna|DATE:2023-12-31..2024-01-06]], the [[heavy weapons|WEAPON:ARTILLERY]] from the hill fell in the town at [[night|DATE:2023-12-31..2024-01-06]], [[artillery|WEAPON:ARTILLERY]], maybe ten [[shells|WEAPON:ARTILLERY]]. The roof of the house of [[Belaynesh|PERSON]], my neighbour, came down, and the wall of the clinic.}}
[00:03:54] A: Nobody died from that, thanks to God. Only fear, the children sleep under the beds since.
[00:04:03] [Interpreter: Genna is the Christmas, the seventh of January.]
[00:04:08] Q: Is your family still in [[Merawi|PLACE]]?
[00:04:11] A: {{c7|My wife and the children I sent to her mother in [[Dangila|PLACE]] after [[the drone|WEAPON:DRONE_STRIKE]]. They are there since [[October|DATE:2023-10-01..2023-10-31]].}} I stay, somebody has to feed them. But I have no car. I drive the car of another man now.
@@witness et-merawi-ayalew-mengistu
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Merawi" date=2023-10-14 basis=EXPERIENCED incident=et-merawi-20231014-bus-station-drone
@@claim c2 harm=KILLED min=7 max=7 named="Emebet" weapon=DRONE_STRIKE site="Merawi" date=2023-10-14 basis=WITNESSED incident=et-merawi-20231014-bus-station-drone
@@claim c3 harm=INJURED min=1 max=1 named="Yihenew" weapon=DRONE_STRIKE site="Merawi" date=2023-10-14 basis=WITNESSED incident=et-merawi-20231014-bus-station-drone
@@claim c4 harm=DETAINED min=40 max=50 actor="Ethiopian National Defense Force" site="Merawi" date=2023-10-17 basis=WITNESSED incident=et-merawi-20231017-school-roundup
@@claim c5 harm=DETAINED min=1 max=1 named="Asnakew" actor="Ethiopian National Defense Force" site="Bahir Dar" date=2023-10-17 basis=HEARSAY incident=et-merawi-20231017-school-roundup
@@claim c8 harm=MISSING min=1 max=1 named="Asnakew" actor="Ethiopian National Defense Force" site="Bahir Dar" date=2023-10-17 basis=EXPERIENCED incident=et-merawi-20231017-school-roundup
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Merawi" date=2023-12-31..2024-01-06 basis=WITNESSED incident=et-merawi-20231200-genna-week-shelling
@@claim c7 harm=DISPLACED min=null max=null site="Merawi" date=2023-10-01..2023-10-31 basis=EXPERIENCED incident=et-merawi-20231000-mengistu-family-to-dangila
