PHONE INTERVIEW - RESEARCHER'S NOTES
Ref: UA-ZAP-3108
Date: 12/11/2023
Researcher: [[Inès Moreau|PERSON]], from [[Lviv|PLACE]]
Witness: [[Volodymyr Hnatiuk|PERSON]], 61, retired tractor driver, now in [[Zaporizhzhia|PLACE]] city
Language: Russian with some Ukrainian; notes in English

W. ("call me [[Volodia|PERSON]]") lived in [[Orikhiv|PLACE]] ("[[Orekhov|PLACE:Orikhiv]]", he says it the Russian way) until [[October|DATE:2023-10-01..2023-10-31]]. Wife [[Liuba|PERSON]] left in [[2022|DATE:2022-01-01..2022-12-31]]; he stayed for the house and the dog. Signal bad, he was walking to find better coverage. Asked me to write everything "with love from [[Liuba|PERSON]]", his joke.

1. [[Cluster shells|WEAPON:CLUSTER_MUNITION]], [[spring|DATE:2023-03-01..2023-05-31]]. {{c1|W. says in [[April|DATE:2023-04-01..2023-04-30]], "[[the day before Easter|DATE:2023-04-15]]", [[the Russians|ACTOR:Russian armed forces in Ukraine]] fired [[cassettes|WEAPON:CLUSTER_MUNITION]] on his street. Small [[bomblets|WEAPON:CLUSTER_MUNITION]] all over the gardens; the roof of his neighbour [[Fedir Bondar|PERSON]] "like a sieve, you could see the sky through it".}} {{c2|[[Fedir|PERSON]] was hit in the calf while feeding the chickens; W. saw it, tied his leg with a belt and drove him to the stabilisation point.}} W. says nobody else on the street was hurt because they were in cellars. {{c9|His own house lost every window [[that day|DATE:2023-04-15]], and the roof of the summer kitchen has "a hundred little holes, I counted to forty and stopped".}}

2. Bread factory / mill. {{c3|On [[3 September|DATE:2023-09-03]], "[[a Sunday|DATE:2023-09-03]], the church bells", an [[aviation bomb|WEAPON:AIRSTRIKE]], a [[KAB|WEAPON:AIRSTRIKE]], hit the old mill by the railway in [[Orikhiv|PLACE]]. W. watched from his roof where he was fixing the plastic: "a big black mushroom, then the mill was just gutted, the four walls and nothing inside, the grain burning for two days."}} {{c4|He heard from the volunteers that two men who were loading flour were wounded, one badly.}} He did not see them.
Asked whether soldiers used the mill: "I don't know. Maybe sometimes trucks came. I will not say there were none, I will not say there were."

3. [[Stepnohirsk|PLACE]]. W.'s younger brother [[Mykola|PERSON]] lives in [[Stepnogorsk|PLACE:Stepnohirsk]], "by the water, you see [[the Russians|ACTOR:Russian armed forces in Ukraine]] from the shore". {{c5|In [[August|DATE:2023-08-01..2023-08-31]] a [[drone|WEAPON:DRONE_STRIKE]] dropped a [[gas grenade|WEAPON:CHEMICAL]] into the entrance of [[Mykola|PERSON]]'s cellar. [[Mykola|PERSON]], his wife [[Tetiana|PERSON]] and a neighbour woman came out coughing, eyes burning, [[Tetiana|PERSON]] vomited all night.}} W. heard this from [[Mykola|PERSON]] by phone [[the next day|DATE]]. Says doctors in [[Zaporizhzhia|PLACE]] told them it was "like the police gas but stronger". W. could not give the exact date.

4. Cousin. {{c6|W.'s cousin [[Anatolii Soroka|PERSON]], 44, tried to leave occupied [[Tokmak|PLACE]] in [[June|DATE:2023-06-01..2023-06-30]] through the [[Vasylivka|PLACE]] crossing. His wife says [[the Russians|ACTOR:Russian armed forces in Ukraine]] took him off the bus at the checkpoint because of something on his phone and held him in a garage with other men.}} {{c7|Since then: nothing. "No call, no list, no body. [[Anatolii|PERSON]] is nowhere." The wife reached [[Zaporizhzhia|PLACE]] alone in [[July|DATE:2023-07-01..2023-07-31]].}}
W. himself was stopped at a Ukrainian police checkpoint when he came out in [[October|DATE:2023-10-01..2023-10-31]]; questioned about his Russian passport stamp from [[2014|DATE:2014-01-01..2014-12-31]] ("I worked in [[Crimea|PLACE]], building"), about forty minutes, then allowed to continue. He laughed about it.

5. [[Huliaipole|PLACE]]. {{c8|W. read on a [[Huliaipole|PLACE]] Telegram channel that in [[the summer|DATE:2023-06-01..2023-08-31]] a [[missile|WEAPON:MISSILE]], an [[S-300|WEAPON:MISSILE]] they wrote, hit the second school in [[Gulyaipole|PLACE:Huliaipole]] and the school was flattened, "only the stairs standing".}} No people inside, the channel said. W. not sure of the date. He has a friend there, [[Ivan Dziuba|PERSON]], but could not reach him.

W. compared the [[KABs|WEAPON:AIRSTRIKE]] to "the [[barrel bombs|WEAPON:BARREL_BOMB]] in [[Syria|PLACE]] we saw on TV, only bigger, and they fall from far away, you never hear [[the plane|WEAPON:AIRSTRIKE]]".
No [[shelling|WEAPON:ARTILLERY]] on the day of the call, he said, "a quiet day, strange".

{{c10|W. left [[Orikhiv|PLACE]] on [[19 October|DATE:2023-10-19]] in the volunteers' evacuation van, with the dog and one bag, "when there was nobody left on the street to talk to".}} House keys left with a soldier he knows.

Call ended after 38 min. W. agreed to be contacted again.

@@witness ua-orikhiv-volodymyr-hnatiuk
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Orikhiv" date=2023-04-15 basis=WITNESSED incident=ua-orikhiv-20230415-hnatiuk-street-cluster
@@claim c2 harm=INJURED min=1 max=1 named="Fedir" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Orikhiv" date=2023-04-15 basis=WITNESSED incident=ua-orikhiv-20230415-hnatiuk-street-cluster
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Orikhiv" date=2023-09-03 basis=WITNESSED incident=ua-orikhiv-20230903-railway-mill-kab
@@claim c4 harm=INJURED min=2 max=2 weapon=AIRSTRIKE site="Orikhiv" date=2023-09-03 basis=HEARSAY incident=ua-orikhiv-20230903-railway-mill-kab
@@claim c5 harm=INJURED min=3 max=3 named="Mykola; Tetiana" weapon=CHEMICAL site="Stepnohirsk" date=2023-08-01..2023-08-31 basis=HEARSAY incident=ua-stepnohirsk-20230800-mykola-cellar-gas
@@claim c6 harm=DETAINED min=1 max=1 named="Anatolii Soroka" actor="Russian armed forces in Ukraine" site="Vasylivka" date=2023-06-01..2023-06-30 basis=HEARSAY incident=ua-vasylivka-20230600-anatolii-soroka-checkpoint
@@claim c7 harm=MISSING min=1 max=1 named="Anatolii" actor="Russian armed forces in Ukraine" site="Vasylivka" date=2023-06-01..2023-06-30 basis=HEARSAY incident=ua-vasylivka-20230600-anatolii-soroka-checkpoint
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Gulyaipole" date=2023-06-01..2023-08-31 basis=REPORTED incident=ua-huliaipole-20230600-second-school-s300
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Orikhiv" date=2023-04-15 basis=EXPERIENCED incident=ua-orikhiv-20230415-hnatiuk-street-cluster
@@claim c10 harm=DISPLACED min=1 max=1 site="Orikhiv" date=2023-10-19 basis=EXPERIENCED incident=ua-orikhiv-20231019-hnatiuk-evacuation
