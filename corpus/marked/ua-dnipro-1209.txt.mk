Interview ID: UA-DNP-1209
Date: 9 December 2023
Location: [[Dnipro|PLACE]], a community centre in the [[Sobornyi|PLACE]] district
Language: Ukrainian and Russian (surzhyk)
Interviewer: [[Tom Hale|PERSON]]
Interpreter: [[Kateryna Bondar|PERSON]]

Tom: Thank you for meeting us, Mrs. [[Kravchenko|PERSON]]. Could you start with your name?
Olena: [[Olena Kravchenko|PERSON]]. [[Olena Petrivna|PERSON]]. I am fifty-seven. I was a nurse, now I am a pensioner, but I still work in the polyclinic two days.
Tom: And you lived on [[Kalynova street|PLACE]]?
Olena: Yes, number, eh, the nine-storey building, the fourth entrance, fifth floor. Thirty-one years we lived there. My husband got the flat from the factory.
Tom: Could you tell us what happened in [[November|DATE:2023-11-01..2023-11-30]]?
Olena: [[The night of the eighteenth|DATE:2023-11-18..2023-11-19]]. [[Saturday to Sunday|DATE:2023-11-18..2023-11-19]]. [crying] Sorry. I will try.
[Interpreter: she asks for a minute. Recording paused and resumed.]
Olena: There was the alarm, [[around three in the night|DATE:2023-11-19]]. We did not go down. Honestly, nobody went down any more, it was every night. My husband [[Mykola|PERSON]] was sleeping in the big room. I got up to drink water in the kitchen. {{c1|And then the [[rocket|WEAPON:MISSILE]], the [[missile|WEAPON:MISSILE]], came into the building, into the second entrance, and half of the building just fell down.}}
Tom: You were in the kitchen?
Olena: {{c2|In the kitchen. The wall of the kitchen fell on me, but not completely, the fridge held it. I was cut everywhere, the head, the arms, my collarbone was broken.}}
Tom: And your husband?
Olena: {{c3|The big room was on the side that fell. [[Mykola|PERSON]] was found in [[the morning|DATE:2023-11-19]], the rescuers found him. [[Mykola Kravchenko|PERSON]], sixty-one years. He was dead.}}
Tom: I am so sorry.
Olena: [pause] Our son [[Andrii|PERSON]] was visiting us [[that weekend|DATE:2023-11-18..2023-11-19]] with his daughter, [[Sofiia|PERSON]], she is six. {{c4|They were in the small room. [[Andrii|PERSON]] had his leg broken, and [[Sofiia|PERSON]] had cuts on her face, small ones, she is fine now, thank God.}}
Tom: Do you know how many people died in the building?
Olena: {{c5|They said on the news eleven people. Later I heard it was thirteen, two more died in the hospital [[Mechnikov|PLACE]].}} {{c6|From our entrance, I knew the [[Savchenko|PERSON]] family, the grandmother and the grandfather, both died, and [[Liuba|PERSON]] from the first floor.}}
Olena: The young couple from the fifth floor, [[Oleh|PERSON]] and [[Svitlana Marchenko|PERSON]], they survived, they were in the corridor.
Tom: And injured?
Olena: {{c7|More than forty injured, people said. I don't know exactly.}}
Tom: Who do you think fired the [[missile|WEAPON:MISSILE]]?
Olena: [[The Russians|ACTOR:Russian armed forces in Ukraine]]. Who else sends [[missiles|WEAPON:MISSILE]] to [[Dnipro|PLACE]]? It came from the south, people say from the sea, a [[Kalibr|WEAPON:MISSILE]] or an [[Iskander|WEAPON:MISSILE]], I don't understand these names.
Tom: Where do you live now?
Olena: {{c1|The building is destroyed, the whole stairwell, our flat is gone.}} {{c9|We live now at my sister's, [[Tetiana|PERSON]], in [[Novokodatskyi|PLACE]] district, on the other side of [[Dnipro|PLACE]], four people in two rooms.}}
Tom: Has your family been affected by the war in other ways?
Olena: Yes. My brother [[Viktor|PERSON]] lives, lived, in [[Huliaipole|PLACE]]. [[Hulyaipole|PLACE:Huliaipole]], you know, in [[Zaporizhzhia|PLACE]] region. {{c10|In [[spring 2022|DATE:2022-03-01..2022-05-31]] the [[shelling|WEAPON:ARTILLERY]] destroyed his house, the [[Russian|ACTOR:Russian armed forces in Ukraine]] [[artillery|WEAPON:ARTILLERY]] from [[Polohy|PLACE]] side.}} He left to us in [[Dnipro|PLACE]] then. He was lucky, he was in the cellar.
Tom: Is he still with you?
Olena: No, he went to [[Zaporizhzhia|PLACE]] city, he works there. And my neighbour's son, [[Roman|PERSON]], he is a soldier, I don't want to talk about soldiers.
Tom: Of course. Is there anything else you want to say?
Olena: I want that somebody answers for [[Mykola|PERSON]]. He was a peaceful man, he repaired trams all his life. Write that.
@@witness ua-dnipro-olena-kravchenko
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Kalynova street" date=2023-11-19 basis=WITNESSED incident=ua-dnipro-20231119-kalynova-block
@@claim c2 harm=INJURED min=1 max=1 weapon=MISSILE site="Kalynova street" date=2023-11-19 basis=EXPERIENCED incident=ua-dnipro-20231119-kalynova-block
@@claim c3 harm=KILLED min=1 max=1 named="Mykola; Mykola Kravchenko" weapon=MISSILE site="Kalynova street" date=2023-11-19 basis=HEARSAY incident=ua-dnipro-20231119-kalynova-block
@@claim c4 harm=INJURED min=2 max=2 named="Andrii; Sofiia" weapon=MISSILE site="Kalynova street" date=2023-11-19 basis=WITNESSED incident=ua-dnipro-20231119-kalynova-block
@@claim c5 harm=KILLED min=11 max=13 weapon=MISSILE site="Kalynova street" date=2023-11-19 basis=REPORTED incident=ua-dnipro-20231119-kalynova-block
@@claim c6 harm=KILLED min=3 max=3 named="Savchenko; Liuba" weapon=MISSILE site="Kalynova street" date=2023-11-19 basis=HEARSAY incident=ua-dnipro-20231119-kalynova-block
@@claim c7 harm=INJURED min=41 max=null weapon=MISSILE site="Kalynova street" date=2023-11-19 basis=HEARSAY incident=ua-dnipro-20231119-kalynova-block
@@claim c9 harm=DISPLACED min=null max=null site="Kalynova street" date=2023-11-19..2023-12-09 basis=EXPERIENCED incident=ua-dnipro-20231119-kalynova-block
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Huliaipole" date=2022-03-01..2022-05-31 basis=HEARSAY incident=ua-huliaipole-20220000-viktor-house
