@@encoding utf-16le
Interview ID: UA-CHY-806
Date of interview: 2024-05-07
Place of interview: [[Kramatorsk|PLACE]], volunteer centre
Language: Ukrainian
Interviewer: [[Ostap Melnyk|PERSON]]

INT: Can you introduce yourself?
RESP: [[Hryhorii Lutsenko|PERSON]]. Sixty-nine. From [[Chasiv Yar|PLACE]], the micro-district [[Kanal|PLACE]], near the canal, that's why the name.
INT: When did you leave [[Chasiv Yar|PLACE]]?
RESP: In [[April|DATE:2024-04-01..2024-04-30]]. [[The 6th|DATE:2024-04-06]]. The volunteers came with the armoured bus, and they said, [[Hryhorii Ivanovych|PERSON]], this is the last time we come, after this nobody comes. So I went.
INT: What was happening in [[Kanal|PLACE]] before you left?
RESP: Everything. [[Mortars|WEAPON:MORTAR]], [[artillery|WEAPON:ARTILLERY]], [[the drones|WEAPON:DRONE_STRIKE]], the [[KABs|WEAPON:AIRSTRIKE]] from [[the planes|WEAPON:AIRSTRIKE]]. Eh, the [[mortars|WEAPON:MORTAR]] are the worst, because you don't hear them coming, only "bakh", and it's already there. The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] was all day, after some weeks you stop hearing which is which.
INT: Did any of them hit near you?
RESP: {{c1|In [[March|DATE:2024-03-01..2024-03-31]], [[maybe the 20th|DATE:2024-03-20]], a [[mortar round|WEAPON:MORTAR]] fell in the yard when [[Volodymyr|PERSON]], my neighbour, went out to the well, and he was killed.}} {{c1|I saw it from the window of the kitchen. [[Volodymyr Yatsenko|PERSON]], seventy-one.}} We buried him in the garden, because to the cemetery you cannot go, it is under fire. [pause] Under the apricot tree.
INT: Was anyone else hurt?
RESP: {{c2|His wife [[Lidiia|PERSON]] was also hit, in the leg, by the pieces.}} The volunteers took her [[two days later|DATE:2024-03-22]] to [[Kostiantynivka|PLACE]], to the hospital.
INT: You also mentioned fire, to my colleague.
RESP: Yes. [[The Russians|ACTOR:Russian armed forces in Ukraine]] shoot something that burns, it comes down like the fireworks, white, many small stars. People say [[phosphorus|WEAPON:INCENDIARY]], the soldiers say [[thermite|WEAPON:INCENDIARY]], I don't know the difference.
INT: When was that?
RESP: {{c3|Several times. The worst, in [[February|DATE:2024-02-01..2024-02-29]], on the streets near the [[Chasovoyarska school|PLACE]], the [[incendiary|WEAPON:INCENDIARY]] fell on the houses and four houses burned to the ground.}} One was my cousin's, [[Hanna|PERSON]], [[Hanna Petrenko|PERSON]]. She was not inside, she was already in [[Dnipro|PLACE]].
INT: Were people hurt by the fires?
RESP: In those houses, no. Nobody lived there already. That time nobody was hurt.
INT: Do you know about other places nearby, [[Kostiantynivka|PLACE]] for example?
RESP: My daughter lives in [[Konstantinovka|PLACE:Kostiantynivka]], we say it in Russian also. {{c4,c7|In [[January|DATE:2024-01-01..2024-01-31]] a [[missile|WEAPON:MISSILE]], an [[S-300|WEAPON:MISSILE]], hit the street near the railway station there, and the windows of her flat all broke, and her neighbour [[Kateryna Sirenko|PERSON]] had glass in her face.}} {{c5,c8|[[The Russians|ACTOR:Russian armed forces in Ukraine]] also dropped the [[cluster|WEAPON:CLUSTER_MUNITION]] on the market there, I think in [[autumn|DATE:2023-09-01..2023-11-30]], my daughter says two people were killed.}}
INT: Were there soldiers or military vehicles near your house in [[Chasiv Yar|PLACE]]?
RESP: Near my house, no. The soldiers were in the east part, near the canal bridge, yes. But in our yard only me, [[Volodymyr|PERSON]], [[Lidiia|PERSON]], and the dog Bars. No, you don't write the dog. [laughs] Sorry.
INT: It's fine. Is there anything you want to add?
RESP: {{c6|Only that my house is gone now. My neighbour [[Taras|PERSON]], who stayed one week longer, told me, a [[KAB|WEAPON:AIRSTRIKE]] came on [[the 13th of April|DATE:2024-04-13]], and there is no house and no apricot tree.}} Where [[Volodymyr|PERSON]] is lying, I don't know if the grave is still there.
@@witness ua-chasivyar-hryhorii-lutsenko
@@claim c1 harm=KILLED min=1 max=1 named="Volodymyr; Volodymyr Yatsenko" weapon=MORTAR site="Kanal" date=2024-03-20 basis=WITNESSED incident=ua-chasivyar-20240320-kanal-well-mortar
@@claim c2 harm=INJURED min=1 max=1 named="Lidiia" weapon=MORTAR site="Kanal" date=2024-03-20 basis=WITNESSED incident=ua-chasivyar-20240320-kanal-well-mortar
@@claim c3 harm=PROPERTY_DAMAGE min=4 max=4 named="Hanna" weapon=INCENDIARY actor="Russian armed forces in Ukraine" site="Chasovoyarska school" date=2024-02-01..2024-02-29 basis=WITNESSED incident=ua-chasivyar-20240200-school-streets-incendiary
@@claim c4 harm=INJURED min=1 max=1 named="Kateryna Sirenko" weapon=MISSILE site="Kostiantynivka" date=2024-01-01..2024-01-31 basis=HEARSAY incident=ua-kostiantynivka-20240100-railway-station-s300
@@claim c5 harm=KILLED min=2 max=2 weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Kostiantynivka" date=2023-09-01..2023-11-30 basis=HEARSAY incident=ua-kostiantynivka-20230000-market-cluster
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null named="Hryhorii Lutsenko" weapon=AIRSTRIKE site="Kanal" date=2024-04-13 basis=HEARSAY incident=ua-chasivyar-20240413-lutsenko-house-kab
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Kostiantynivka" date=2024-01-01..2024-01-31 basis=HEARSAY incident=ua-kostiantynivka-20240100-railway-station-s300
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Kostiantynivka" date=2023-09-01..2023-11-30 basis=HEARSAY incident=ua-kostiantynivka-20230000-market-cluster
