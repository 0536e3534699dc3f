Interview ID: MM-GGW-835
Interview date: 2024-01-22
Location: [[Mizoram|PLACE]], [[India|PLACE]], near the border at [[Zokhawthar|PLACE]]
Language: Burmese and Chin, interpreted
Interviewer: [[Hannah Zing|PERSON]]

[00:00:10] Q: Please tell me your name and where you are from.
[00:00:14] A: [[Daw Khin Myo Aye|PERSON]]. From [[Gangaw|PLACE]] township, a village near [[Kyin|PLACE]], in [[Magway|PLACE]] region. I am fifty-five. I sold cooking oil and dried fish.
[00:00:35] Q: What happened in your village?
[00:00:38] A: Many things. From [[2021|DATE:2021-01-01..2021-12-31]] [[the army|ACTOR:Tatmadaw]] came many times, because the young people joined the [[PDF|ACTOR:People's Defence Force]]. But the worst was [[last year|DATE:2023-01-01..2023-12-31]], in [[the rainy season|DATE:2023-06-01..2023-09-30]].
[00:01:02] Q: Can you describe it?
[00:01:05] A: {{c1|[[The helicopter|WEAPON:AIRSTRIKE]] came, two [[helicopters|WEAPON:AIRSTRIKE]], in [[the morning|DATE]], after the rice breakfast, and they dropped [[barrels|WEAPON:BARREL_BOMB]] on the middle of the village, near the market.}} You know, the [[barrel bombs|WEAPON:BARREL_BOMB]]. Iron drums. And [[rockets|WEAPON:ROCKET]] from the side of [[the helicopter|WEAPON:AIRSTRIKE]], two, three. {{c1|One fell on the house of my sister.}}
[00:01:31] [Interpreter: she says "si-pi" for the drums, oil barrels; she means improvised bombs dropped from the helicopter.]
[00:01:40] A: {{c2|My sister [[Daw Than Than Win|PERSON]] and her husband [[U Soe Naing|PERSON]] died in the house. Also the neighbour girl, [[Ma Phyu Phyu|PERSON]], she was sixteen.}} {{c1|Five or six houses burned down.}}
[00:02:05] Q: Do you remember the date?
[00:02:08] A: It was [[the full moon day of Waso|DATE:2023-08-01]], so, [[August|DATE:2023-08-01..2023-08-31]], [[the beginning of August|DATE:2023-08-01..2023-08-10]]. My son looked at the phone, he says [[the 1st of August|DATE:2023-08-01]].
[00:02:25] Q: Were there [[PDF|ACTOR:People's Defence Force]] fighters in the village [[that morning|DATE]]?
[00:02:29] A: No. They were in the forest. Only the people preparing for the Buddhist lent, offering food to the monastery. If the [[PDF|ACTOR:People's Defence Force]] had been there, maybe they would have shot at the helicopter. Nobody shot.
[00:02:50] Q: Were there other attacks?
[00:02:52] A: {{c4|After that, [[two weeks later|DATE:2023-08-15]], [[the jets|WEAPON:AIRSTRIKE]] came, and dropped the [[bombs|WEAPON:CLUSTER_MUNITION]] that open in the air, [[cluster bombs|WEAPON:CLUSTER_MUNITION]], small ones fall everywhere, in the fields, on the road to [[Kyin|PLACE]].}}
[00:03:15] A: {{c4|A boy with the buffalo, [[Maung Kyaw Gyi|PERSON]], ten years, picked one of the little [[bomblets|WEAPON:CLUSTER_MUNITION]] [[the next day|DATE]], and it exploded in his hand.}} He lived, but he has no hand now.
[00:03:36] Q: Did [[the military|ACTOR:Tatmadaw]] also enter the village on foot?
[00:03:40] A: {{c5|Yes, in [[September|DATE:2023-09-01..2023-09-30]], a column came, and they took three men from the village who were working in the field, [[Ko Aung Myo|PERSON]], [[Ko Zaw Lin|PERSON]], and the son of the headman.}} {{c6|We found [[Ko Aung Myo|PERSON]] and [[Ko Zaw Lin|PERSON]] [[after four days|DATE:2023-09-05..2023-09-30]] near the stream, killed, with their hands tied.}} {{c7|The headman's son, we don't know. Nobody knows.}}
[00:04:10] Q: When did you leave?
[00:04:13] A: {{c8|In [[October|DATE:2023-10-01..2023-10-31]], with my son and his wife and my grandchildren, seven of us, we walked to the [[Chin|PLACE]] hills and then to the river, to [[India|PLACE]].}} All the village left by then, maybe four hundred people, some to the forest, some to [[India|PLACE]].
[00:04:38] Q: Is there anything else?
[00:04:41] A: {{c1|The [[barrel|WEAPON:BARREL_BOMB]] that fell on my sister's house, I think about it every night.}} If I had visited her [[that morning|DATE]], like I planned, I would be with her now.
@@witness mm-gangaw-khin-myo-aye
@@claim c1 harm=PROPERTY_DAMAGE min=5 max=6 weapon=BARREL_BOMB site="Gangaw" date=2023-08-01 basis=WITNESSED incident=mm-gangaw-20230801-kyin-village-barrels
@@claim c2 harm=KILLED min=3 max=3 named="Daw Than Than Win; U Soe Naing; Ma Phyu Phyu" weapon=BARREL_BOMB site="Gangaw" date=2023-08-01 basis=WITNESSED incident=mm-gangaw-20230801-kyin-village-barrels
@@claim c4 harm=INJURED min=1 max=1 named="Maung Kyaw Gyi" weapon=CLUSTER_MUNITION site="Kyin" date=2023-08-15..2023-08-16 basis=HEARSAY incident=mm-gangaw-20230815-kyin-road-cluster
@@claim c5 harm=DETAINED min=3 max=3 named="Ko Aung Myo; Ko Zaw Lin" actor="Tatmadaw" site="Gangaw" date=2023-09-01..2023-09-30 basis=WITNESSED incident=mm-gangaw-20230900-field-workers-taken
@@claim c6 harm=KILLED min=2 max=2 named="Ko Aung Myo; Ko Zaw Lin" actor="Tatmadaw" site="Gangaw" date=2023-09-05..2023-09-30 basis=WITNESSED incident=mm-gangaw-20230900-field-workers-taken
@@claim c7 harm=MISSING min=1 max=1 actor="Tatmadaw" site="Gangaw" date=2023-09-01..2023-09-30 basis=WITNESSED incident=mm-gangaw-20230900-field-workers-taken
@@claim c8 harm=DISPLACED min=7 max=7 named="Daw Khin Myo Aye" site="Gangaw" date=2023-10-01..2023-10-31 basis=EXPERIENCED incident=mm-gangaw-20231000-khin-myo-aye-family-displaced
