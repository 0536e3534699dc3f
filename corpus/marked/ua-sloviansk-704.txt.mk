NOTES OF A PHONE CALL
Date: 3 December 2022
Researcher: [[Bruno Keller|PERSON]]
Witness: paramedic, emergency station of [[Sloviansk|PLACE]] (first name given: [[Rostyslav|PERSON]])
Language: Russian, with some Ukrainian; no interpreter, researcher's own translation

Call of about 25 minutes; the connection dropped twice. [[Rostyslav|PERSON]] (R.) was on shift and spoke from the ambulance yard, sometimes interrupted by the radio.

R. confirmed he was on duty on [[16.08|DATE:2022-08-16]] and that his crew was sent to [[Sobornyi square|PLACE:Soborna square]] at about [[09:15|DATE:2022-08-16]], "a few minutes after the hits". He said it was [[Uragan|WEAPON:ROCKET]] [[rockets|WEAPON:ROCKET]] with [[cluster|WEAPON:CLUSTER_MUNITION]] heads, he knew it from the craters, "small, many, in a pattern, like somebody threw seeds". {{c1|He said three people were already dead on the square when they arrived: an elderly man near the market tables, a woman at the flower kiosk, and a younger woman near the stop.}} {{c2|Two crews took eleven wounded in total to the city hospital; R.'s crew took four, among them a teenage boy, [[Danylo|PERSON]], with a wound in the thigh.}} {{c3|He heard from a nurse, [[Ulyana|PERSON]], that one more, a man of about fifty, died [[the same evening|DATE:2022-08-16]] after they moved him to [[Kramatorsk|PLACE]].}} So four dead, "if nobody else died later, I do not know".

Asked if there were soldiers or military vehicles on the square: he said no, "I would see them, we park our car there every day". The nearest military position he knew of was "far, outside the city".

About the night [[strike|WEAPON:EXPLOSIVE_UNSPECIFIED]] in [[September|DATE:2022-09-01..2022-09-30]]: R. said it was "from [[the sixth to the seventh|DATE:2022-09-06..2022-09-07]]", [[after midnight|DATE:2022-09-07]], so [[7 September|DATE:2022-09-07]]. One [[missile|WEAPON:MISSILE]] hit the corner of [[Soborna|PLACE:Soborna square]], he thinks [[S-300|WEAPON:MISSILE]] "because there was no sound before, only the light". {{c4|One man, a night watchman of the shops, was injured by glass, R. treated him himself at the scene.}} Nobody killed. {{c5|The pharmacy building was destroyed.}} He stressed this was a different day and a different weapon from [[August|DATE:2022-08-01..2022-08-31]], "people mix them up".

Earlier incident (he brought it up himself): on [[1 June|DATE:2022-06-01]] his colleague, driver [[Fedir Sokur|PERSON]], 48, was killed near [[Raihorodok|PLACE]], north-east of the city. They had gone to collect a wounded farmer. {{c6|While they were loading him, [[artillery|WEAPON:ARTILLERY]] fire hit the road again, a second [[round|WEAPON:ARTILLERY]] maybe two minutes after the first, and [[Fedir|PERSON]] was killed beside the car.}} {{c7|The nurse, [[Khrystyna|PERSON]], was wounded in the back and is still not working.}} R. believes the second [[round|WEAPON:ARTILLERY]] was aimed at the ambulance, but he said "I cannot prove that, I only say how it was". He did not name who fired; when asked he said "from the side of [[the Russians|ACTOR:Russian armed forces in Ukraine]]", and added that [[the Russians|ACTOR:Russian armed forces in Ukraine]] were then on the other bank of the [[Siverskyi Donets|PLACE]].

R. said he would send a photo of the [[August|DATE:2022-08-16]] craters but had not done so by the end of the day. [Note: photo received 5 December, not yet checked.] He asked that his family name not be used.
@@witness ua-sloviansk-rostyslav-paramedic
@@claim c1 harm=KILLED min=3 max=3 weapon=CLUSTER_MUNITION site="Sobornyi square" date=2022-08-16 basis=WITNESSED incident=ua-sloviansk-20220816-soborna-square-cluster
@@claim c2 harm=INJURED min=11 max=11 named="Danylo" weapon=CLUSTER_MUNITION site="Sobornyi square" date=2022-08-16 basis=WITNESSED incident=ua-sloviansk-20220816-soborna-square-cluster
@@claim c3 harm=KILLED min=1 max=1 weapon=CLUSTER_MUNITION site="Sobornyi square" date=2022-08-16 basis=HEARSAY incident=ua-sloviansk-20220816-soborna-square-cluster
@@claim c4 harm=INJURED min=1 max=1 weapon=MISSILE site="Soborna" date=2022-09-07 basis=WITNESSED incident=ua-sloviansk-20220907-soborna-square-s300
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Soborna" date=2022-09-07 basis=WITNESSED incident=ua-sloviansk-20220907-soborna-square-s300
@@claim c6 harm=KILLED min=1 max=1 named="Fedir Sokur; Fedir" weapon=ARTILLERY site="Raihorodok" actor="Russian armed forces in Ukraine" date=2022-06-01 basis=WITNESSED incident=ua-raihorodok-20220601-ambulance-double-tap
@@claim c7 harm=INJURED min=1 max=1 named="Khrystyna" weapon=ARTILLERY site="Raihorodok" actor="Russian armed forces in Ukraine" date=2022-06-01 basis=WITNESSED incident=ua-raihorodok-20220601-ambulance-double-tap
