@@encoding utf-16le
Interview ID: MYK-1808
Interview date: 2022-11-24
Location: [[Mykolaiv|PLACE]], [[Ukraine|PLACE]]
Language: Russian, interpreted into English
Interviewer: [[Claire Vautrin|PERSON]]
Interpreter: [[Yevhen Kravets|PERSON]]

[00:00:04] Q: Could you say your name and what you do?
[00:00:09] A: [[Liudmyla Hnatiuk|PERSON]]. [[Liuda|PERSON]] is fine. I am forty-seven, I work at the water company, Mykolaivvodokanal, in the laboratory.
[00:00:21] Q: Where do you live in [[Mykolaiv|PLACE]]?
[00:00:24] A: In [[Varvarivka|PLACE]], the private houses on the other side of the bridge. My mother's house, with the garden.
[00:00:37] Q: You wanted to tell us about [[June|DATE:2022-06-01..2022-06-30]].
[00:00:40] A: Yes. [[The 13th|DATE:2022-06-13]], [[Monday|DATE:2022-06-13]]. In [[the evening|DATE:2022-06-13]], after eight, I was watering the tomatoes. Then this sound, like somebody tears a big cloth, and then pop-pop-pop everywhere on the street. The [[cassettes|WEAPON:CLUSTER_MUNITION]].
[00:00:58] INTERPRETER: She means [[cluster munitions|WEAPON:CLUSTER_MUNITION]], from an [[Uragan|WEAPON:CLUSTER_MUNITION]] or [[Smerch rocket|WEAPON:CLUSTER_MUNITION]], that is what people in [[Mykolaiv|PLACE]] say, cassettes.
[00:01:06] A: {{c1|Our neighbours across the road, [[Hennadii|PERSON]] and his wife [[Svitlana|PERSON]], they were sitting on the bench by the gate. Both killed. I saw [[Hennadii|PERSON]] lying, I ran, but nothing to do.}} [pause] {{c2|Five or six people on the street were wounded, the ambulance took them, one was the boy [[Maksym|PERSON]], eleven, from number fourteen.}}
[00:01:31] Q: Were you or your mother hurt?
[00:01:33] A: {{c3|No, thank God, we were behind the house. But the greenhouse was torn apart, the glass in pieces, and the roof of the garage like a sieve, and my car, the windows, the tyres, all finished.}} {{c4|On our street, I think seven houses had holes in the roofs.}}
[00:01:52] Q: Who fired, in your opinion?
[00:01:54] A: [[The Russians|ACTOR:Russian armed forces in Ukraine]], from the [[Kherson|PLACE]] side. There were no soldiers on our street, nothing military, only pensioners and gardens.
[00:02:06] Q: You work for the water company. What happened with the water?
[00:02:11] A: {{c5|The pipe from the [[Dnipro|PLACE]], the big one, was broken in [[April|DATE:2022-04-01..2022-04-30]], near the front, in the area where [[the Russians|ACTOR:Russian armed forces in Ukraine]] were, and since [[the 12th of April|DATE:2022-04-12]] the city had no drinking water.}} That we know from our engineers, they could not even go to repair. From the taps now comes water from the [[Southern Buh|PLACE]], salty, only for washing.
[00:02:34] Q: Did you see other attacks in the city?
[00:02:37] A: Many, every night almost, from [[July|DATE:2022-07-01..2022-07-31]]. I read the channel on Telegram of the city every morning. {{c6|For example the university, [[the 29th of July|DATE:2022-07-29]], [[S-300|WEAPON:MISSILE]] [[missiles|WEAPON:MISSILE]] in [[the night|DATE:2022-07-29]], the building was gutted, they showed the photos.}} Nobody was killed there, it was night, the building empty.
[00:02:58] Q: And [[the drones|WEAPON:DRONE_STRIKE]]?
[00:03:00] A: {{c7|[[The Shaheds|WEAPON:DRONE_STRIKE]], yes. In [[October|DATE:2022-10-01..2022-10-31]], [[the 17th or the 18th|DATE:2022-10-17..2022-10-18]], one came down on the petrol station near our bus stop, on [[Shevchenko street|PLACE]], and the station burned, all of it. I saw the black smoke from my window the whole day.}} {{c8|A colleague of mine, [[Artem Zhuk|PERSON]], was filling up his car, he told me he was thrown on the ground and burned his hands.}}
[00:03:24] INTERPRETER: Sorry, she said [[Shevchenko street|PLACE]], I think she means the street in her district, not the big avenue.
[00:03:31] A: Yes, the small one. People say there was nothing there, only the station. Why they hit the station, I don't know.
[00:03:39] Q: Did anybody leave your street [[after June|DATE:2022-07-01..2022-11-24]]?
[00:03:42] A: {{c9|Half the street left. The [[Hnatiuk|PERSON]]... no, the [[Honcharuk|PERSON]] family, the [[Mazurenko|PERSON]] family, [[Nadiia Petrivna|PERSON]] with her grandchildren, they went to [[Odesa|PLACE]] and further, to [[Poland|PLACE]].}} We stayed. My mother says she will die in her house, not on a train. If the [[cassettes|WEAPON:CLUSTER_MUNITION]] had come ten metres to the left, she would have, I tell her.
[00:04:04] Q: Is there anything else you want us to know?
[00:04:07] A: Only that [[Mykolayiv|PLACE:Mykolaiv]] is alive. We give water in bottles, we repair. Write that too.
@@witness ua-mykolaiv-liudmyla-hnatiuk
@@claim c1 harm=KILLED min=2 max=2 named="Hennadii; Svitlana" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Varvarivka" date=2022-06-13 basis=WITNESSED incident=ua-mykolaiv-20220613-varvarivka-cluster
@@claim c2 harm=INJURED min=5 max=6 named="Maksym" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Varvarivka" date=2022-06-13 basis=WITNESSED incident=ua-mykolaiv-20220613-varvarivka-cluster
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Varvarivka" date=2022-06-13 basis=EXPERIENCED incident=ua-mykolaiv-20220613-varvarivka-cluster
@@claim c4 harm=PROPERTY_DAMAGE min=7 max=7 weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Varvarivka" date=2022-06-13 basis=WITNESSED incident=ua-mykolaiv-20220613-varvarivka-cluster
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null actor="Russian armed forces in Ukraine" date=2022-04-12 basis=HEARSAY incident=ua-mykolaiv-20220412-dnipro-water-pipeline
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Mykolaiv" date=2022-07-29 basis=REPORTED incident=ua-mykolaiv-20220729-university-s300
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Shevchenko street" date=2022-10-17..2022-10-18 basis=WITNESSED incident=ua-mykolaiv-20221017-petrol-station-shahed
@@claim c8 harm=INJURED min=1 max=1 named="Artem Zhuk" weapon=DRONE_STRIKE site="Shevchenko street" date=2022-10-17..2022-10-18 basis=HEARSAY incident=ua-mykolaiv-20221017-petrol-station-shahed
@@claim c9 harm=DISPLACED min=null max=null named="Honcharuk; Mazurenko; Nadiia Petrivna" site="Varvarivka" date=2022-06-13..2022-11-24 basis=WITNESSED incident=ua-mykolaiv-20220600-varvarivka-street-departures
