Interview ID: PS-MGZ-706
Date: 2024-01-09
Place of interview: [[Rafah|PLACE]], [[Tal al-Sultan|PLACE]]
Language: Arabic (Gaza dialect), interpreted
Interviewer: [[Greta Lindholm|PERSON]]
Interpreter: [[Yousra Dahman|PERSON]]

INT: Where were you living when the war started?
RESP: In [[Zeitoun|PLACE]], in [[Gaza City|PLACE]], near [[Salah al-Din street|PLACE]]. My house is two floors, my father's house, I have four children.
INT: And you left [[al-Zaytoun|PLACE:Zeitoun]]?
RESP: {{c1|On [[the 13th of October|DATE:2023-10-13]], [[the Friday|DATE:2023-10-13]], when [[the army|ACTOR:Israeli forces]] threw the papers from the sky saying go south, we left, eleven of us, in the car of my cousin, to [[al-Maghazi|PLACE]] camp, to the house of my uncle.}}
INT: Tell me about your uncle's house.
RESP: My uncle [[Atef Abu Hamad|PERSON]], [[Abu Raed|PERSON]] they call him, fifty-eight years. Three floors in [[Maghazi|PLACE:al-Maghazi]], near the market of the camp. We were maybe forty-five people inside, his sons, their families, and us the displaced.
INT: What happened there?
RESP: [[Saturday|DATE:2023-11-18]]. [[The 18th of November|DATE:2023-11-18]]. [[After the dhuhr prayer|DATE:2023-11-18]]. I went with my son [[Karam|PERSON]] to bring water from the station near the school, we were in the queue. I heard [[the planes|WEAPON:AIRSTRIKE]], [[the F-16|WEAPON:AIRSTRIKE]], and two [[missiles|WEAPON:MISSILE]], one after the other. When I turned, the smoke was over the street of my uncle.
INT: Was there any warning?
RESP: Nothing. No phone call, no small [[missile|WEAPON:MISSILE]] on the roof first, like they did in the war of [[2014|DATE:2014-01-01..2014-12-31]]. Nothing.
INTERPRETER: He means the "knock on the roof", the warning they fire before.
INT: What did you find?
RESP: The house was on the ground. Three floors on the ground. {{c2|From the [[Abu Hamad|PERSON]] family twenty-two died, 22 from one family, my uncle [[Atef|PERSON]], his wife [[Umm Raed|PERSON]], his son [[Raed|PERSON]] and the wife of [[Raed|PERSON]], and the children, [[Nour|PERSON]], six years, and [[Lana|PERSON]], four.}} {{c3|And from us, the displaced, my wife's mother Hajja [[Suad|PERSON]] and my nephew [[Mo'taz|PERSON]], fifteen.}} We took them out over three days, with our hands and one small digger from the municipality.
INT: I am sorry. [pause] Were people injured?
RESP: {{c4|Many, more than fifteen, they took them to [[Shuhada al-Aqsa hospital|PLACE:al-Aqsa Martyrs hospital]] in [[Deir al-Balah|PLACE]], on carts and in cars. My wife was injured in the head, she was on the ground floor, she is alive, alhamdulillah.}}
INT: Were there any fighters in the house, or [[Hamas|ACTOR:Hamas]] members?
RESP: No. My uncle is a retired teacher from the UNRWA schools. In the house, women, children, old people. I swear to you.
RESP: At [[night|DATE:2023-11-18]] we searched with the light of the phones. There was no nour, no electricity. [[Nour|PERSON]], the small one, we found her on [[the second day|DATE:2023-11-19]]. [crying]
INTERPRETER: "Nour" is also the word for light. He used it both ways.
INT: When did you come to [[Rafah|PLACE]]?
RESP: {{c5|In [[December|DATE:2023-12-01..2023-12-31]], [[the tanks|WEAPON:ARTILLERY]] came near [[al-Bureij|PLACE]] and the [[shelling|WEAPON:ARTILLERY]] was all night, so we moved again, to here, to a tent.}} If I had stayed in the house [[that Saturday|DATE:2023-11-18]] instead of going for water, I would be with them. My son [[Karam|PERSON]] asks me every day why we went for water.
@@witness ps-maghazi-witness-706
@@claim c1 harm=DISPLACED min=11 max=11 actor="Israeli forces" site="al-Zaytoun" date=2023-10-13 basis=EXPERIENCED incident=ps-gaza-20231013-zeitoun-family-706-displaced
@@claim c2 harm=KILLED min=22 max=22 named="Atef Abu Hamad; Abu Raed; Atef; Umm Raed; Raed; Nour; Lana" weapon=AIRSTRIKE actor="Israeli forces" site="al-Maghazi" date=2023-11-18 basis=WITNESSED incident=ps-maghazi-20231118-abu-hamad-house
@@claim c3 harm=KILLED min=2 max=2 named="Suad; Mo'taz" weapon=AIRSTRIKE actor="Israeli forces" site="al-Maghazi" date=2023-11-18 basis=WITNESSED incident=ps-maghazi-20231118-abu-hamad-house
@@claim c4 harm=INJURED min=16 max=null weapon=AIRSTRIKE actor="Israeli forces" site="al-Maghazi" date=2023-11-18 basis=WITNESSED incident=ps-maghazi-20231118-abu-hamad-house
@@claim c5 harm=DISPLACED min=null max=null weapon=ARTILLERY actor="Israeli forces" site="al-Maghazi" date=2023-12-01..2023-12-31 basis=EXPERIENCED incident=ps-maghazi-20231200-family-706-displaced-rafah
