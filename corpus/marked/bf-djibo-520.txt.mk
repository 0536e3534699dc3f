@@newline crlf
Interview ID: BF-DJB-520
Interview date: 2023-10-04
Place of interview: [[Kaya|PLACE]], [[Centre-Nord|PLACE]] region
Language: Fulfulde and Mooré, interpreted into French and English
Interviewer: [[Élise Compaoré|PERSON]]
Interpreter: [[Boukary Zongo|PERSON]]

Q: You left [[Djibo|PLACE]] in [[August|DATE:2023-08-01..2023-08-31]]?
A: Yes. With the helicopter of the humanitarians, because the road is closed since more than one year. Nobody can go by the road. Before, I sold millet and soap at the market.
Q: Why is the road closed?
A: [[The jihadists|ACTOR:JNIM]], the [[JNIM|ACTOR:JNIM]], they surround the town. They put [[mines|WEAPON:LANDMINE]] on the roads, they burn the trucks. If you go out to the fields far, they kill you.
Q: Your brother drove a truck?
A: {{c1|My brother [[Issa Tamboura|PERSON]]. He drove in the convoy for [[Djibo|PLACE]], with rice and oil. [[The 26th of September|DATE:2022-09-26]], [[last year|DATE:2022-01-01..2022-12-31]], near [[Gaskindé|PLACE]], the trucks hit a [[mine|WEAPON:LANDMINE]], an [[IED|WEAPON:IED]], and then [[the men of the bush|ACTOR:JNIM]] fired from both sides.}} {{c2|[[Issa|PERSON]] died in his cabin. The soldiers brought his body [[three days later|DATE:2022-09-29]].}}
Q: Do you know how many died in that convoy?
A: {{c9|The government said eleven soldiers and some civilians.}} {{c3|But the drivers who came back told us more than thirty, forty drivers and apprentices.}} {{c1|Many trucks burned, sixty, seventy, I heard.}}
Q: What happened in [[Djibo|PLACE]] itself while you were there?
A: {{c5|Hunger. The women went out to find leaves, wood, and some stepped on [[mines|WEAPON:LANDMINE]]. Our neighbour [[Fatoumata Dicko|PERSON]] and her daughter [[Aïssa|PERSON]], in [[March|DATE:2023-03-01..2023-03-31]], on the path to [[Mentao|PLACE]] side, a [[mine|WEAPON:LANDMINE]] killed them both.}} I saw them when they brought them back on a cart.
Q: And [[the army|ACTOR:Burkinabè armed forces]], the [[VDP|ACTOR:VDP]], were they in [[Djibo|PLACE]]?
A: Yes, [[the army|ACTOR:Burkinabè armed forces]] is in the camp, and the [[VDP|ACTOR:VDP]] also, young men from the town with [[guns|WEAPON:SMALL_ARMS]]. They protect us, but sometimes they also are hard. {{c6|In [[May|DATE:2023-05-01..2023-05-31]] the [[VDP|ACTOR:VDP]] of [[Moussa Bandé|PERSON]] took [[Hamadoum|PERSON]], the son of my aunt, because he is Peul and he went to the well at night. He came back [[after one week|DATE]] with the marks of cords on his wrists.}}
Q: I understand there was also a [[drone strike|WEAPON:DRONE_STRIKE]].
A: Yes. [[Three days after Tabaski|DATE:2023-07-01]]. {{c7|[[The drone|WEAPON:DRONE_STRIKE]] of [[the army|ACTOR:Burkinabè armed forces]] fired a [[missile|WEAPON:MISSILE]] on the small cattle market outside the town, on the side of [[Pelhouté|PLACE]]. I heard it, everybody heard it. Nine people were killed, herders, and a boy who sold water.}} {{c7|A second [[missile|WEAPON:MISSILE]] fell on the people who ran to help.}}
Q: Did you see [[the drone|WEAPON:DRONE_STRIKE]]?
A: No, you cannot see it, you hear it, like a motorbike far in the sky.
Q: Were there fighters at the cattle market?
A: People say two men of [[the jihadists|ACTOR:JNIM]] were there, buying animals. I don't know. The others were herders from [[Djibo|PLACE]], I knew two of them, [[Boureima Maïga|PERSON]] and old [[Allaye Dicko|PERSON]]. [[The army|ACTOR:Burkinabè armed forces]] said on the radio they killed terrorists. The families said no.
Q: How many people are in your family here in [[Kaya|PLACE]]?
A: {{c8|Six. Me, my mother [[Hadjara|PERSON]], my four children. My husband stayed in [[Djibo|PLACE]] to keep the house.}} If he comes out on the road, they will kill him. If he stays, there is no food. [pause] This is our life.
@@witness bf-djibo-mariam-tamboura
@@claim c1 harm=PROPERTY_DAMAGE min=60 max=70 weapon=IED actor="JNIM" site="Gaskindé" date=2022-09-26 basis=HEARSAY incident=bf-gaskinde-20220926-convoy-attack
@@claim c2 harm=KILLED min=1 max=1 named="Issa Tamboura; Issa" actor="JNIM" site="Gaskindé" date=2022-09-26 basis=HEARSAY incident=bf-gaskinde-20220926-convoy-attack
@@claim c3 harm=KILLED min=31 max=null actor="JNIM" site="Gaskindé" date=2022-09-26 basis=HEARSAY incident=bf-gaskinde-20220926-convoy-attack
@@claim c5 harm=KILLED min=2 max=2 named="Fatoumata Dicko; Aïssa" weapon=LANDMINE site="Mentao" date=2023-03-01..2023-03-31 basis=WITNESSED incident=bf-djibo-20230300-wood-path-mine
@@claim c6 harm=DETAINED min=1 max=1 named="Hamadoum" actor="VDP" site="Djibo" date=2023-05-01..2023-05-31 basis=HEARSAY incident=bf-djibo-20230500-hamadoum-detained
@@claim c7 harm=KILLED min=9 max=9 weapon=DRONE_STRIKE actor="Burkinabè armed forces" site="Pelhouté" date=2023-07-01 basis=WITNESSED incident=bf-djibo-20230701-cattle-market-drone
@@claim c8 harm=DISPLACED min=6 max=6 site="Djibo" date=2023-08-01..2023-08-31 basis=EXPERIENCED incident=bf-djibo-20230800-family-evacuation
@@claim c9 harm=KILLED min=11 max=null actor="JNIM" site="Gaskindé" date=2022-09-26 basis=REPORTED incident=bf-gaskinde-20220926-convoy-attack
