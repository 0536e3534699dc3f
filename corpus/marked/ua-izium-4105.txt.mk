@@encoding utf-16le
Interview ID: UA-IZM-4105
Interview date: 14/10/2022
Place of interview: [[Kharkiv|PLACE]]
Language: Russian
Interviewer: [[Jonas Feldmann|PERSON]]
Interpreter: [[Kateryna Bilyk|PERSON]]

Q: Please introduce yourself.
A: [[Hennadii Lytvyn|PERSON]], sixty-six. Bus driver, retired. From [[Izyum|PLACE:Izium]], [[Shevchenko street|PLACE:Shevchenka street]], the five-storey house, second entrance.
Q: You were in [[Izium|PLACE]] in [[March|DATE:2022-03-01..2022-03-31]]?
A: Until [[April|DATE:2022-04-01..2022-04-30]]. We lived in the cellar, twenty-six people, cats, a parrot. [[The planes|WEAPON:AIRSTRIKE]] came at night, mostly. You hear the engine and you count.
Q: Tell me about [[the 9th of March|DATE:2022-03-09]].
A: {{c1|Yes. [[After midnight|DATE:2022-03-09]] the [[bomb|WEAPON:AIRSTRIKE]] came into the fourth entrance, the end of our house. The whole corner of the house, there is nothing, like a knife took it off.}} {{c2|The [[Hrebeniuk|PERSON]] family were in the cellar of that entrance. The mother, [[Olena|PERSON]], and two girls, seven and eleven. They did not come out.}} {{c2|We dug for two days with our hands, the men. Then we buried them by the garages, because to go to the cemetery, no.}}
Q: And in your cellar?
A: In our cellar nobody was hurt [[that night|DATE:2022-03-09]]. The door jumped, that is all.
[Interpreter: he says "nobody was hurt" two times.]
Q: Did you see other attacks?
A: {{c3|On the road to the bridge over the [[Donets|PLACE]], in [[the middle of March|DATE:2022-03-10..2022-03-20]], [[cluster bombs|WEAPON:CLUSTER_MUNITION]]. My neighbour [[Anatolii Koval|PERSON]] was on his bicycle. His foot, there is no foot now.}} I saw him after, in the cellar of the school, the doctor there, a woman, she did what she could with a saw.
Q: Who was firing, in your view?
A: Both. The town was in the middle. [[The Russians|ACTOR:Russian armed forces in Ukraine]] from the north, and they had [[the planes|WEAPON:AIRSTRIKE]]. There was heavy fighting on [[Kremenets|PLACE]] hill, soldiers died there from both sides, that is war, it is a different thing.
Q: When did you leave?
A: {{c4|[[The 2nd of April|DATE:2022-04-02]], me and my wife [[Lyudmila|PERSON]]. We left with what we wore. We walked, then a man with a car, to my daughter [[Iryna|PERSON]] in [[Balakleya|PLACE:Balakliia]].}}
Q: [[Balakliia|PLACE]] was also occupied then.
A: Yes, from [[the beginning of March|DATE:2022-03-01..2022-03-05]]. We thought it would be quieter. It was quieter, but there were other things.
Q: What things?
A: {{c5|In [[May|DATE:2022-05-01..2022-05-31]], no, [[the end of May|DATE:2022-05-20..2022-05-31]], [[the occupiers|ACTOR:Russian armed forces in Ukraine]] came for my son-in-law, [[Serhii Moskalenko|PERSON]]. Somebody told them he was in [[the army|ACTOR:Ukrainian armed forces]] before. They took him to the police station, they had their place there.}} {{c5|He spent twenty-three days with them.}} {{c6|He came out without two teeth and with his hands, here, burned with something.}}
Q: Did you see him taken?
A: I opened the gate for them. What could I do.
Q: And after the liberation?
A: {{c7|My friend [[Pavlo Yarmak|PERSON]], in [[Izium|PLACE]], went for mushrooms in [[October|DATE:2022-10-01..2022-10-31]], [[the first days|DATE:2022-10-01..2022-10-05]], to the forest toward [[Studenok|PLACE]]. A [[mine|WEAPON:LANDMINE]]. The forest took him. His wife phoned me.}} The sappers had put the tapes already, but he went there every year, he knew the forest.
Q: And in [[Balakliia|PLACE]]?
A: {{c8|[[Last week|DATE:2022-10-03..2022-10-09]] a [[missile|WEAPON:MISSILE]], [[S-300|WEAPON:MISSILE]] they say, came in the centre of [[Balakliia|PLACE]]. All the windows on the street of my daughter flew out, hers too.}} Nobody died, thank God, it was [[the night|DATE:2022-10-03..2022-10-09]] and people were in the cellars.
Q: Is there something you want to add?
A: People said [[the Russians|ACTOR:Russian armed forces in Ukraine]] blew the bridge in [[Izium|PLACE]] with people on it. It is not true, nobody was on the bridge, I was there [[the day after|DATE]]. Write what is true, that is enough.
@@witness ua-izium-hennadii-lytvyn
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Shevchenko street" date=2022-03-09 basis=WITNESSED incident=ua-izium-20220309-shevchenka-fourth-entrance
@@claim c2 harm=KILLED min=3 max=3 named="Hrebeniuk; Olena" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Shevchenko street" date=2022-03-09 basis=WITNESSED incident=ua-izium-20220309-shevchenka-fourth-entrance
@@claim c3 harm=INJURED min=1 max=1 named="Anatolii Koval" weapon=CLUSTER_MUNITION site="Donets" date=2022-03-10..2022-03-20 basis=WITNESSED incident=ua-izium-20220300-donets-bridge-road-cluster
@@claim c4 harm=DISPLACED min=2 max=2 named="Lyudmila" site="Izium" date=2022-04-02 basis=EXPERIENCED incident=ua-izium-20220402-lytvyn-flight
@@claim c5 harm=DETAINED min=1 max=1 named="Serhii Moskalenko" actor="Russian armed forces in Ukraine" site="Balakliia" date=2022-05-20..2022-06-23 basis=WITNESSED incident=ua-balakliia-20220500-moskalenko-police-station
@@claim c6 harm=INJURED min=1 max=1 named="Serhii Moskalenko" actor="Russian armed forces in Ukraine" site="Balakliia" date=2022-05-20..2022-06-23 basis=WITNESSED incident=ua-balakliia-20220500-moskalenko-police-station
@@claim c7 harm=KILLED min=1 max=1 named="Pavlo Yarmak" weapon=LANDMINE site="Studenok" date=2022-10-01..2022-10-05 basis=HEARSAY incident=ua-izium-20221000-studenok-forest-mine
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Balakliia" date=2022-10-03..2022-10-09 basis=HEARSAY incident=ua-balakliia-20221000-centre-s300-windows
