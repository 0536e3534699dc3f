id: SY-ATR-620
interview_date: 2020-05-11
place: Deir Hassan, Idlib governorate, Syria
language: Arabic

INTERVIEWER: Thank you for talking to me. You are from [[Atarib|PLACE]]?
WITNESS: From [[al-Atarib|PLACE:Atarib]], yes, in the western countryside of [[Aleppo|PLACE]]. I am [[Hanaa Shehab|PERSON]], I taught Arabic in the girls' school until the school closed. Now we are here, in [[Deir Hassan|PLACE]], in a tent, since [[February|DATE:2020-02-01..2020-02-29]].
INTERVIEWER: What happened in [[Atarib|PLACE]] in [[February|DATE:2020-02-01..2020-02-29]]?
WITNESS: [[The regime|ACTOR:Syrian government forces]] was coming from the east, from the highway, and the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] was day and night. [[Shells|WEAPON:ARTILLERY]], [[rockets|WEAPON:ROCKET]], [[the planes|WEAPON:AIRSTRIKE]], and [[the helicopters|WEAPON:AIRSTRIKE]] with their [[barrels|WEAPON:BARREL_BOMB]]. On the radio the pilots were talking, and one said, we will burn [[Atarib|PLACE]] like we burned [[Maarat|PLACE:Maarat al-Numan]]. We heard it with our ears.
INTERVIEWER: Did they burn it?
WITNESS: {{c1|On [[the night of Thursday to Friday|DATE:2020-02-13..2020-02-14]], [[the 13th of February|DATE:2020-02-13..2020-02-14]], they dropped the [[fire bombs|WEAPON:INCENDIARY]] on our quarter, near the water tower. It comes down like fireworks, white, many small fires, and everything it touches is burning.}} People call it [[thermite|WEAPON:INCENDIARY]], the young men, they read about it. {{c1|Three houses burned in our street, one of them the house of my neighbour [[Jamila|PERSON]].}} {{c3|Her husband [[Abu Fares|PERSON]] tried to put out the fire with a blanket and his hands and arms burned, very bad.}}
INTERVIEWER: Did you see this yourself?
WITNESS: From my window. We were in the ground floor. I saw [[Abu Fares|PERSON]] in the street with the blanket. I went down with water, but the water does nothing with this fire, it makes it angry.
INTERVIEWER: Was anybody killed [[that night|DATE:2020-02-13..2020-02-14]]?
WITNESS: In our street, nobody died [[that night|DATE:2020-02-13..2020-02-14]]. It was God's mercy, people were already sleeping in the basements.
INTERVIEWER: Your brother, you told me before...
WITNESS: Yes. [[Luqman|PERSON]]. {{c4|[[Three days later|DATE:2020-02-16]], [[the Sunday|DATE:2020-02-16]], in [[the morning|DATE:2020-02-16]], he went to bring our mother's medicine from the pharmacy on the main street. A [[shell|WEAPON:ARTILLERY]] fell in front of the pharmacy. He died there, with the pharmacist's boy, [[Rami Jbeili|PERSON]].}} [crying] He was thirty. He has two girls.
INTERVIEWER: Do you know where the [[shell|WEAPON:ARTILLERY]] came from?
WITNESS: From the side of [[the regime|ACTOR:Syrian government forces]], from the east, the villages they had taken. [[The factions|ACTOR:Syrian armed opposition]] were in the west, in [[Kafr Nouran|PLACE]], not on the main street. There was nothing military near the pharmacy. Nothing.
INTERVIEWER: When did you leave [[Atarib|PLACE]]?
WITNESS: {{c5|After we buried [[Luqman|PERSON]], [[the next day|DATE:2020-02-17]]. Me, my mother, my husband, my three children, and [[Luqman|PERSON]]'s wife and his two girls, ten people, in the car of my husband's cousin. We came to [[Deir Hassan|PLACE]].}} {{c6|Many people left in [[those days|DATE:2020-02-13..2020-02-20]], thousands, the road to [[Sarmada|PLACE]] was one line of cars and tractors.}}
INTERVIEWER: Have you been back?
WITNESS: My husband went once, in [[March|DATE:2020-03-01..2020-03-31]], [[after the ceasefire|DATE]]. {{c7|He says our house has a hole in the roof, from a [[shell|WEAPON:ARTILLERY]], and that they stole the doors.}} Our town was jamila, really, beautiful, with the olives all around. Now I don't know.
@@claim c1 harm=PROPERTY_DAMAGE min=3 max=3 weapon=INCENDIARY actor="Syrian government forces" site="Atarib" date=2020-02-13..2020-02-14 basis=WITNESSED incident=sy-atarib-20200213-water-tower-incendiary
@@claim c3 harm=INJURED min=1 max=1 named="Abu Fares" weapon=INCENDIARY actor="Syrian government forces" site="Atarib" date=2020-02-13..2020-02-14 basis=WITNESSED incident=sy-atarib-20200213-water-tower-incendiary
@@claim c4 harm=KILLED min=2 max=2 named="Luqman; Rami Jbeili" weapon=ARTILLERY actor="Syrian government forces" site="Atarib" date=2020-02-16 basis=HEARSAY incident=sy-atarib-20200216-pharmacy-shell
@@claim c5 harm=DISPLACED min=10 max=10 site="Atarib" date=2020-02-17 basis=EXPERIENCED incident=sy-atarib-20200217-shehab-family-flight
@@claim c6 harm=DISPLACED min=2000 max=null site="Atarib" date=2020-02-13..2020-02-20 basis=WITNESSED incident=sy-atarib-20200200-town-exodus
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Atarib" date=2020-02-01..2020-03-31 basis=HEARSAY incident=sy-atarib-20200200-shehab-house
@@witness sy-atarib-hanaa-shehab
