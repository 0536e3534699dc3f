Interview ID: UA-ZAP-1211
Date of interview: 2024-06-13
Place of interview: [[Dnipro|PLACE]]
Language: Ukrainian
Interviewer: [[Kateryna Bondar|PERSON]]

INT: Please introduce yourself.
RESP: [[Denys Kravchenko|PERSON]], thirty years old. I am a tractor driver, I worked for the agro firm near [[Orikhiv|PLACE]]. My aunt [[Olena|PERSON]] already talked to you, I think.
INT: Yes, she told us you lived in [[Mala Tokmachka|PLACE]].
RESP: In [[Mala Tokmachka|PLACE]], yes, with my wife [[Nadiya|PERSON]] and her parents. Nadiya means hope, you know. We needed it there. [laughs]
INT: What was life like in the village?
RESP: Since [[2022|DATE:2022-01-01..2022-12-31]] the front is maybe eight, ten kilometres. Every day something. [[Artillery|WEAPON:ARTILLERY]], [[mortars|WEAPON:MORTAR]], the [[KABs|WEAPON:AIRSTRIKE]], the [[guided bombs|WEAPON:AIRSTRIKE]] from [[the planes|WEAPON:AIRSTRIKE]], those are the worst, they destroy a whole house. In [[Orikhiv|PLACE]] town there is almost nothing left standing.
INT: Tell me about the day with the [[cluster munitions|WEAPON:CLUSTER_MUNITION]].
RESP: It was [[the 7th of February|DATE:2024-02-07]]. I remember because it was the birthday of my father-in-law, [[Ivan Petrovych|PERSON]], he turned sixty-six. [[Around noon|DATE:2024-02-07]]. We heard the [[rocket|WEAPON:CLUSTER_MUNITION]] open in the air, a crack, and then pop-pop-pop-pop everywhere, like popcorn, in all the gardens on our street.
INT: Where were you?
RESP: In the house, in the kitchen, with my wife and our son, he is one year. {{c1|[[Ivan Petrovych|PERSON]] was outside, near the shed, feeding the rabbits. A [[bomblet|WEAPON:CLUSTER_MUNITION]] exploded maybe five metres from him and both his legs were full of metal.}}
INT: What did you do?
RESP: I ran out, I put belts on his legs, like they teach, and we drove him in my car to [[Zaporizhzhia|PLACE]], to the hospital. Forty minutes. He lived. He is still there, they did four operations.
INT: Was anyone else hurt?
RESP: {{c2|Our neighbour across the road, baba [[Valia|PERSON]], [[Valentyna Moroz|PERSON]], she was killed in her yard.}} I saw her when we were driving out, she was lying by the gate. {{c3|And two more were wounded on the next street, a man and his son, I don't know their names, they were not from the village, they came for firewood.}}
INT: My colleague wrote that your aunt said the neighbour was seventy-something.
RESP: Seventy-four. [[Valentyna Moroz|PERSON]], seventy-four.
INT: What was damaged?
RESP: {{c4|Roofs, windows, our car also had holes. Three houses had fires from it.}} And for a week the [[bomblets|WEAPON:CLUSTER_MUNITION]] that did not explode were lying in the snow, the deminers came only [[after eight days|DATE:2024-02-15]].
INT: Who fired it?
RESP: Only [[the Russians|ACTOR:Russian armed forces in Ukraine]] can shoot at us from that direction. [[Our soldiers|ACTOR:Ukrainian armed forces]] do not shoot at their own village. It came from [[Tokmak|PLACE]] side, from the south.
INT: Did anything else happen in the village before you left?
RESP: Yes, two things. In [[January|DATE:2024-01-01..2024-01-31]], [[the Russians|ACTOR:Russian armed forces in Ukraine]] dropped [[gas|WEAPON:CHEMICAL]] from [[the drones|WEAPON:DRONE_STRIKE]] on the positions near us, [[our soldiers|ACTOR:Ukrainian armed forces]] said it was [[chloropicrin|WEAPON:CHEMICAL]], the [[gas grenades|WEAPON:CHEMICAL]]. {{c5|One soldier who was staying in the house of [[Horbenko|PERSON]], his eyes and his throat were burned, we saw him coughing, they took him away.}} The wind brought a little of the smell to the village also, but nobody from the civilians was hurt by the [[gas|WEAPON:CHEMICAL]].
INT: And the second thing?
RESP: {{c6|In [[the autumn|DATE:2023-09-01..2023-11-30]], [[October|DATE:2023-10-01..2023-10-31]] I think, a [[drone|WEAPON:DRONE_STRIKE]] dropped something burning, [[thermite|WEAPON:INCENDIARY]], on the farm buildings, and the barn of the agro firm burned, with the hay, and two tractors.}} My tractor was one.
INT: When did you leave [[Mala Tokmachka|PLACE]]?
RESP: {{c7|On [[the 10th of February|DATE:2024-02-10]], [[three days after|DATE:2024-02-10]]. Me, [[Nadiya|PERSON]], our son. We came to [[Dnipro|PLACE]], to my aunt.}} My mother-in-law stayed. She says if she leaves, the house will die.
INT: Thank you, [[Denys|PERSON]].
@@witness ua-orikhiv-denys-kravchenko
@@claim c1 harm=INJURED min=1 max=1 named="Ivan Petrovych" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Mala Tokmachka" date=2024-02-07 basis=WITNESSED incident=ua-orikhiv-20240207-malatokmachka-cluster
@@claim c2 harm=KILLED min=1 max=1 named="Valia; Valentyna Moroz" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Mala Tokmachka" date=2024-02-07 basis=WITNESSED incident=ua-orikhiv-20240207-malatokmachka-cluster
@@claim c3 harm=INJURED min=2 max=2 weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Mala Tokmachka" date=2024-02-07 basis=HEARSAY incident=ua-orikhiv-20240207-malatokmachka-cluster
@@claim c4 harm=PROPERTY_DAMAGE min=3 max=3 weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Mala Tokmachka" date=2024-02-07 basis=WITNESSED incident=ua-orikhiv-20240207-malatokmachka-cluster
@@claim c5 harm=INJURED min=1 max=1 weapon=CHEMICAL actor="Russian armed forces in Ukraine" site="Mala Tokmachka" date=2024-01-01..2024-01-31 basis=WITNESSED incident=ua-orikhiv-20240100-malatokmachka-gas
@@claim c6 harm=PROPERTY_DAMAGE min=2 max=2 weapon=INCENDIARY site="Mala Tokmachka" date=2023-10-01..2023-10-31 basis=WITNESSED incident=ua-orikhiv-20231000-agrofirm-thermite
@@claim c7 harm=DISPLACED min=3 max=3 named="Denys Kravchenko; Nadiya" actor="Russian armed forces in Ukraine" site="Mala Tokmachka" date=2024-02-10 basis=EXPERIENCED incident=ua-orikhiv-20240207-malatokmachka-cluster
