Notes of a telephone interview
Interview ID: UA-VOV-807
Date: 28 May 2024
Interviewer: [[Yuliia Savchuk|PERSON]] (notes written during the call, in English)
Language of the call: Russian and Ukrainian

The witness, [[Yevhen Koval|PERSON]], 44, called from [[Kharkiv|PLACE]], where he has been staying with relatives since he left [[Vovchansk|PLACE]] on [[12 May|DATE:2024-05-12]]. The line was bad; several passages were repeated.

He said he worked as an electrician for the town water company and stayed in [[Vovchansk|PLACE]] ("Volchansk", he also said, the Russian way) after the first occupation in [[2022|DATE:2022-01-01..2022-12-31]] because his mother [[Antonina|PERSON]], 79, refused to leave.

He said that on [[the morning of 10 May|DATE:2024-05-10]], [[around five|DATE:2024-05-10]], the [[shelling|WEAPON:ARTILLERY]] "did not stop, not for one minute". [[The Russians|ACTOR:Russian armed forces in Ukraine]] crossed the border north of the town [[the same morning|DATE]], he heard it from the neighbours and from the Telegram channels. He described [[artillery|WEAPON:ARTILLERY]], [[Grad|WEAPON:ROCKET]], once an [[Iskander missile|WEAPON:MISSILE]] that "shook the whole town", and [[bombs|WEAPON:AIRSTRIKE]] from [[the planes|WEAPON:AIRSTRIKE]], "the [[KABs|WEAPON:AIRSTRIKE]], one after another, the house jumps".

{{c1|He said that on [[10 May|DATE:2024-05-10]] a [[KAB|WEAPON:AIRSTRIKE]] hit the five-storey building on [[Soborna street|PLACE]] opposite the water company office, and that he saw the top three floors of one entrance collapse.}} He did not know how many were inside; he said "three or four old people lived in that entrance, I don't know if they were home". Asked whether he saw anyone killed, he said no, he did not see bodies, he only saw the building.

{{c3|He said that on [[11 May|DATE:2024-05-11]] his colleague [[Stanislav|PERSON]] (surname not given) was wounded by a [[drone|WEAPON:DRONE_STRIKE]] while driving the water truck on [[Hoholia street|PLACE]]; [[the drone|WEAPON:DRONE_STRIKE]] "hit the cabin", and [[Stanislav|PERSON]] was burned on the arms and face.}} He drove [[Stanislav|PERSON]] himself to the evacuation point, with the help of a neighbour, [[Mariia Sokur|PERSON]], who held the bandages.

He said the evacuation was by the police and the volunteers only, in armoured vehicles. {{c4|On [[12 May|DATE:2024-05-12]] he left with his mother and their neighbour [[Oleksii Tymchenko|PERSON]], 81, in a police car.}} He said his mother cried the whole way and asked to go back for the cat.

The interviewer asked about people who stayed. {{c5|He said that his uncle, [[Borys Koval|PERSON]], 70, stayed in his house on the north edge of the town, near [[Vovchanski Khutory|PLACE]], and that the family has had no contact with him since [[13 May|DATE:2024-05-13]].}} He said the uncle "is not a military, he keeps bees".

He also referred to the first occupation. {{c6|He said that in [[summer 2022|DATE:2022-06-01..2022-08-31]] [[the occupying forces|ACTOR:Russian armed forces in Ukraine]] held him for four days in the aggregate plant, where "they kept many people in the basement", and beat him on the legs with a pipe, because he had a Ukrainian SIM card.}} He said he was released "because I repaired their generator".

Asked if there were [[Ukrainian troops|ACTOR:Ukrainian armed forces]] in his street before [[10 May|DATE:2024-05-10]], he said "no, [[our soldiers|ACTOR:Ukrainian armed forces]] were outside the town, in the forest, not in the houses", and that there was no military equipment on [[Soborna|PLACE:Soborna street]].

He said at the end that he wants to go back "when it is possible", but that "there is nothing to go back to, the water company is gone, the town is gone".

[Interviewer's note: the witness spoke quickly and was emotional when speaking about his uncle. Dates were confirmed twice.]
@@witness ua-vovchansk-yevhen-koval
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Soborna street" date=2024-05-10 basis=WITNESSED incident=ua-vovchansk-20240510-soborna-kab
@@claim c3 harm=INJURED min=1 max=1 named="Stanislav" weapon=DRONE_STRIKE site="Hoholia street" date=2024-05-11 basis=WITNESSED incident=ua-vovchansk-20240511-hoholia-water-truck-drone
@@claim c4 harm=DISPLACED min=3 max=3 named="Yevhen Koval; Antonina; Oleksii Tymchenko" site="Vovchansk" date=2024-05-12 basis=EXPERIENCED incident=ua-vovchansk-20240512-koval-evacuation
@@claim c5 harm=MISSING min=1 max=1 named="Borys Koval" site="Vovchanski Khutory" date=2024-05-13 basis=EXPERIENCED incident=ua-vovchansk-20240513-borys-koval-missing
@@claim c6 harm=DETAINED min=1 max=1 named="Yevhen Koval" actor="Russian armed forces in Ukraine" site="Vovchansk" date=2022-06-01..2022-08-31 basis=EXPERIENCED incident=ua-vovchansk-20220600-aggregate-plant-koval
