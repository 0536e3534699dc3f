@@encoding utf-16le
Interview ID: CO-NDS-1909
Date: 2025-03-21
Place of interview: [[Cúcuta|PLACE]]
Language: Spanish (English transcript by the interviewer)
Interviewer: [[Julián Becerra|PERSON]]

[00:00:04] Q: Can you tell me your name and where you are from?
[00:00:09] A: [[Jesús Emiro Bayona|PERSON]], from [[Las Mercedes|PLACE]], in [[Sardinata|PLACE]]. I have a small farm, cacao and some cows, and a motorbike I used as a taxi.
[00:00:21] Q: You mentioned an attack on [[Las Mercedes|PLACE]] [[last year|DATE:2024-01-01..2024-12-31]]. When was it?
[00:00:27] A: [[The 10th of February|DATE:2024-02-10]], [[2024|DATE:2024-01-01..2024-12-31]]. [[A Saturday|DATE:2024-02-10]], because it was market day, the town was full. At [[about seven in the evening|DATE:2024-02-10]] they started with the police station.
[00:00:41] Q: Who is "they"?
[00:00:44] A: [[The dissidents|ACTOR:FARC dissidents]], [[the 33|ACTOR:FARC dissidents]]. Everybody knows, they said it on their own pamphlet afterwards.
[00:00:52] Q: What did they use?
[00:00:55] A: First [[rifles|WEAPON:SMALL_ARMS]], a lot of [[shooting|WEAPON:SMALL_ARMS]]. Then [[rockets|WEAPON:ROCKET]], homemade, from the hill behind the cemetery, eh, four or five. {{c1|And then [[the drone|WEAPON:DRONE_STRIKE]]. [[The drone|WEAPON:DRONE_STRIKE]] dropped something on the roof of [[don Abelardo|PERSON]], next to the station, and the roof came down on the kitchen.}}
[00:01:14] Q: Was anybody inside?
[00:01:16] A: {{c2|The two grandchildren of [[Abelardo|PERSON]], [[Sharit|PERSON]] and [[Camilo|PERSON]], seven and four. They came out with cuts on the head and the back, from the tiles.}} I helped carry them to the health post. I saw the blood on the small one.
[00:01:31] Q: Was anyone killed [[that night|DATE:2024-02-10]]?
[00:01:34] A: In [[Las Mercedes|PLACE]], no. Nobody died [[that night|DATE:2024-02-10]], not a policeman, not a civilian. It was a miracle, with all that.
[00:01:42] Q: And your own house?
[00:01:45] A: {{c3|My house is on the same block. The walls have cracks all through, from the floor to the ceiling, and the glass of the front is finished.}} {{c3|The motorbike was parked in front of the station, I was taking a coffee, and a [[rocket|WEAPON:ROCKET]] hit the street there. My moto burned. Only the frame is left, black.}}
[00:02:03] Q: I'm sorry. Were other houses hit?
[00:02:06] A: {{c5|The radio of [[Sardinata|PLACE]] said seven houses damaged and the school. The school lost the roof on one side, the children went to class in the church for a month.}}
[00:02:19] Q: Was there any other time your family was affected?
[00:02:23] A: {{c6|My brother-in-law, [[Rigoberto Quintero|PERSON]], he buys and sells cattle. In [[2023|DATE:2023-01-01..2023-12-31]], in [[September|DATE:2023-09-01..2023-09-30]], the [[ELN|ACTOR:ELN]] took him on the road to [[Ábrego|PLACE]], near [[La Playa|PLACE]], with the truck and the driver.}} [pause] {{c6|They kept him sixty-three days in the mountain.}}
[00:02:41] Q: How do you know this?
[00:02:43] A: My sister was the one who talked with them on the phone. We sold the cows to pay. He came back thin, thin like a stick, with the beard. The driver, [[Yesid|PERSON]], they let go [[after one week|DATE:2023-09-01..2023-10-31]].
[00:02:58] Q: And [[Tibú|PLACE]]? You said your daughter lives there.
[00:03:02] A: {{c7|My daughter [[Dayana|PERSON]] lived in [[Pacelli|PLACE]], outside [[Tibú|PLACE]]. In [[January|DATE:2025-01-01..2025-01-31]], when the [[ELN|ACTOR:ELN]] came with the lists against the people of [[the 33|ACTOR:FARC dissidents]], they took her husband [[Wilder|PERSON]] out of the house, on [[the 18th|DATE:2025-01-18]] I think.}} She called me crying.
[00:03:19] Q: Has he come back?
[00:03:21] A: {{c8|No. Two months. We don't know anything, if he is alive. Nobody has his body, nobody has his phone.}}
[00:03:29] Q: Where is your daughter now?
[00:03:31] A: {{c9|With me, here in [[Cúcuta|PLACE]]. She came [[four days later|DATE:2025-01-22]] with the two babies, in a truck with other families from [[Pacelli|PLACE]], like forty people.}}
[00:03:43] Q: Were you stopped on the way here?
[00:03:46] A: [[The army|ACTOR:Colombian armed forces]] stopped the bus at [[El Zulia|PLACE]], they took everybody down, they looked at the phones, my cédula. Then back on the bus. Normal.
[00:03:57] Q: Anything about [[mines|WEAPON:LANDMINE]] near your farm?
[00:04:01] A: {{c10|Yes. My cousin's son, [[Yordan Stiven|PERSON]], in [[San Martín de Loba|PLACE]], [[two years ago|DATE:2023-01-01..2023-12-31]], [[Holy Week|DATE:2023-04-02..2023-04-09]], he was cutting grass and a [[mine|WEAPON:LANDMINE]] exploded. He lost part of the hand.}} They told me at the funeral of my aunt, I did not see it.
[00:04:19] Q: Is there something you want to add?
[00:04:22] A: That in [[Sardinata|PLACE]] they threatened to put [[drones|WEAPON:DRONE_STRIKE]] on the farms of the people who talk. So maybe don't write my farm. Write the names of the children.

@@witness co-sardinata-jesus-emiro-bayona
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="FARC dissidents" site="Las Mercedes" date=2024-02-10 basis=WITNESSED incident=co-sardinata-20240210-lasmercedes-police-attack
@@claim c2 harm=INJURED min=2 max=2 named="Sharit; Camilo" weapon=DRONE_STRIKE actor="FARC dissidents" site="Las Mercedes" date=2024-02-10 basis=WITNESSED incident=co-sardinata-20240210-lasmercedes-police-attack
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null actor="FARC dissidents" site="Las Mercedes" date=2024-02-10 weapon=ROCKET basis=EXPERIENCED incident=co-sardinata-20240210-lasmercedes-police-attack
@@claim c5 harm=PROPERTY_DAMAGE min=8 max=8 actor="FARC dissidents" site="Las Mercedes" date=2024-02-10 basis=REPORTED incident=co-sardinata-20240210-lasmercedes-police-attack
@@claim c6 harm=DETAINED min=2 max=2 named="Rigoberto Quintero" actor="ELN" site="La Playa" date=2023-09-01..2023-09-30 basis=HEARSAY incident=co-abrego-20230900-rigoberto-quintero-kidnap
@@claim c7 harm=DETAINED min=1 max=1 named="Wilder" actor="ELN" site="Pacelli" date=2025-01-18 basis=HEARSAY incident=co-tibu-20250118-pacelli-wilder-taken
@@claim c8 harm=MISSING min=1 max=1 named="Wilder" actor="ELN" site="Pacelli" date=2025-01-18 basis=HEARSAY incident=co-tibu-20250118-pacelli-wilder-taken
@@claim c9 harm=DISPLACED min=40 max=40 named="Dayana" site="Pacelli" date=2025-01-22 basis=WITNESSED incident=co-tibu-20250122-pacelli-families-displaced
@@claim c10 harm=INJURED min=1 max=1 named="Yordan Stiven" weapon=LANDMINE site="San Martín de Loba" date=2023-04-02..2023-04-09 basis=HEARSAY incident=co-sardinata-20230400-sanmartin-brayan-mine
