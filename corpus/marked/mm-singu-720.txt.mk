Interview ID: MM-SGU-720
Date of interview: 30 August 2023
Place of interview: a forest camp in [[Singu|PLACE]] township, [[Mandalay|PLACE]] region
Language: Burmese, interpreted
Interviewer: [[Hla Myat Mon|PERSON]] (local documenter)
Interpreter: not needed; translated afterwards from the recording

INT: Please tell me your name and your village.
RESP: [[Ma Khin Myo Thant|PERSON]]. Thirty-six. From [[Kyaukmyaung|PLACE]], near the river, we make pots, the big water pots, the whole village makes pots.
INT: What happened in [[March|DATE:2023-03-01..2023-03-31]]?
RESP: [[The full moon of Tabaung|DATE:2023-03-06]]. The day of the pagoda festival. [[The soldiers|ACTOR:Tatmadaw]] came from [[Singu|PLACE]] town in [[the morning|DATE:2023-03-06]], maybe one hundred, with trucks, and before them the [[mortars|WEAPON:MORTAR]] from the camp, boom, boom, on the edge of the village, to make people run.
INT: Did people run?
RESP: Most people, yes, to the fields, to the forest. Old people stayed, they cannot run. {{c1|My grandfather [[U Ba Thein|PERSON]], eighty-one, he stayed in the house, and [[the soldiers|ACTOR:Tatmadaw]] shot him in the yard, and also [[Ko Myo Zaw|PERSON]], the neighbour, who stayed with his mother.}} We found them [[two days later|DATE:2023-03-08]] when we came back. {{c2|And they set fire, more than sixty houses burned, my house also, and the pots, everything.}}
INT: How do you know it was [[the soldiers|ACTOR:Tatmadaw]] who shot them?
RESP: From the forest we heard the [[gunfire|WEAPON:SMALL_ARMS]], only from our village, and we saw the smoke. There was no [[PDF|ACTOR:People's Defence Force]] in the village [[that day|DATE:2023-03-06]], the boys were far away, at [[Madaya|PLACE]] side. Who else shoots an old man in his yard?
INT: Were people taken?
RESP: {{c3|Yes, five men who were caught on the road they took with them, to carry the things, as porters.}} {{c4|Two came back [[after one week|DATE]], [[Ko Thura|PERSON]] and [[Maung Pyae|PERSON]], three did not come back, we do not know.}}
INT: What happened after you came back to [[Kyauk Myaung|PLACE:Kyaukmyaung]]?
RESP: In [[April|DATE:2023-04-01..2023-04-30]], [[Thingyan time|DATE:2023-04-13..2023-04-16]], [[the helicopter|WEAPON:AIRSTRIKE]] came. Two times it came. It dropped [[barrel bombs|WEAPON:BARREL_BOMB]], we call them "[[dram bombs|WEAPON:BARREL_BOMB]]", [[oil drums|WEAPON:BARREL_BOMB]]. {{c5,c9|One fell near the monastery, on the school, the school we had opened again in the monastery, two children died, [[Mg Htet Lin|PERSON]] and a girl, [[Ei Mon|PERSON]], both nine.}} After the [[bombardment|WEAPON:AIRSTRIKE]], we moved the school into the forest.
INT: Did the [[PDF|ACTOR:People's Defence Force]] do anything that harmed villagers?
RESP: [pause] I must be honest. In [[June|DATE:2023-06-01..2023-06-30]], on the road to [[Singu|PLACE]], the [[PDF|ACTOR:People's Defence Force]] put [[homemade mines|WEAPON:IED]] for the trucks of [[the army|ACTOR:Tatmadaw]]. {{c6,c8|A tractor of the villagers from [[Thabeikkyin|PLACE]] side went on it, one man died, the driver, [[Ko Kyaw Gyi|PERSON]], and his son lost the eye.}} The boys said they put a sign, but the sign fell. They said sorry to the family. It is war, but it is not right.
INT: Where do you live now?
RESP: {{c7|Here, in the forest, under the plastic, with my mother and my two sons, since [[March|DATE:2023-03-01..2023-03-31]].}} When it rains, everything is wet. My younger son [[Zaw Zaw|PERSON]] has the fever now. If [[the soldiers|ACTOR:Tatmadaw]] come again, we go deeper. That is all we can do.
@@witness mm-singu-khin-myo-thant
@@claim c1 harm=KILLED min=2 max=2 named="U Ba Thein; Ko Myo Zaw" weapon=SMALL_ARMS actor=Tatmadaw site="Kyaukmyaung" date=2023-03-06 basis=WITNESSED incident=mm-kyaukmyaung-20230306-tabaung-raid
@@claim c2 harm=PROPERTY_DAMAGE min=61 max=null actor=Tatmadaw site="Kyaukmyaung" date=2023-03-06 basis=WITNESSED incident=mm-kyaukmyaung-20230306-tabaung-raid
@@claim c3 harm=DETAINED min=5 max=5 actor=Tatmadaw site="Kyaukmyaung" date=2023-03-06 basis=HEARSAY incident=mm-kyaukmyaung-20230306-tabaung-raid
@@claim c4 harm=MISSING min=3 max=3 actor=Tatmadaw site="Kyaukmyaung" date=2023-03-06 basis=WITNESSED incident=mm-kyaukmyaung-20230306-tabaung-raid
@@claim c5 harm=KILLED min=2 max=2 named="Mg Htet Lin; Ei Mon" weapon=BARREL_BOMB actor=Tatmadaw site="Kyauk Myaung" date=2023-04-13..2023-04-16 basis=WITNESSED incident=mm-kyaukmyaung-20230400-monastery-school-barrel
@@claim c6 harm=KILLED min=1 max=1 named="Ko Kyaw Gyi" weapon=IED actor="People's Defence Force" site="Singu" date=2023-06-01..2023-06-30 basis=HEARSAY incident=mm-singu-20230600-road-tractor-ied
@@claim c8 harm=INJURED min=1 max=1 weapon=IED actor="People's Defence Force" site="Singu" date=2023-06-01..2023-06-30 basis=HEARSAY incident=mm-singu-20230600-road-tractor-ied
@@claim c7 harm=DISPLACED min=4 max=4 named="Zaw Zaw" site="Kyaukmyaung" date=2023-03-01..2023-03-31 basis=EXPERIENCED incident=mm-kyaukmyaung-20230306-khin-myo-thant-family-displaced
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Tatmadaw" site="Kyauk Myaung" date=2023-04-13..2023-04-16 basis=WITNESSED incident=mm-kyaukmyaung-20230400-monastery-school-barrel
