WITNESS STATEMENT
Statement ID: UA-BCH-2401
Date of interview: 19 May 2022
Place of interview: [[Bucha|PLACE]], [[Kyiv|PLACE]] oblast
Language: Ukrainian, interpreted into English
Interviewer: [[Fiona Gallagher|PERSON]]
Interpreter: [[Iryna Levchenko|PERSON]]

The witness is [[Halyna Kravets|PERSON]], fifty-eight, a retired school cook. She lived with her husband [[Mykola Kravets|PERSON]], sixty-one, in a private house in [[Vokzalna street|PLACE]] in [[Bucha|PLACE]], not far from the railway. Her daughter [[Oksana|PERSON]] and son-in-law [[Denys Hnatiuk|PERSON]] came to stay with them at the beginning of the war because their flat in [[Irpin|PLACE]] had no heating. The statement is given in her words as interpreted.

"The first days we were only listening. You hear it far away, the [[artillery|WEAPON:ARTILLERY]], like somebody dropping doors. Then on [[the 3rd of March|DATE:2022-03-03]], it was [[a Thursday|DATE:2022-03-03]], in [[the morning|DATE:2022-03-03]], a [[shell|WEAPON:ARTILLERY]] came into the neighbours' garden and another one into our roof. {{c1|Half the roof went down into the attic, the slate all broken, the chimney fell into the yard, and all the glass on the street side was gone, I swept it for an hour.}} Nobody was hurt in our house [[that day|DATE:2022-03-03]], we were already in the cellar. The neighbours, the [[Shevchuk|PERSON]] family, also no one hurt, only their summer kitchen, {{c2|the summer kitchen was burned to the ground, nothing left of it but the stove.}}

"[[The next day|DATE:2022-03-04]], [[the Friday|DATE:2022-03-04]], around [[lunch|DATE:2022-03-04]], [[the Russians|ACTOR:Russian armed forces in Ukraine]] came down our street with the armoured cars. We were twelve people in our cellar, from three houses. They shouted to come out. They took the phones from everybody and they looked at the men's hands and shoulders, for the marks of a rifle, they said. {{c3|Then they took the men. My [[Mykola|PERSON]], my son-in-law [[Denys|PERSON]], and two from the next house, [[Vasyl|PERSON]] and his boy [[Artem|PERSON]], I think he was nineteen. Four men. They put bags on their heads and walked them to the glass factory.}} I saw it with my own eyes, I stood at the gate and [[Oksana|PERSON]] was holding me.

"The old man from number fourteen, [[Petro Ivanovych|PERSON]], they also pulled him out, but one soldier looked at his papers and said he is too old, go home, grandfather. So he stayed. They checked my papers also, they did nothing to me.

"[[Denys|PERSON]] came back. {{c4|He was held in a basement, he says it was under some office near the glass factory, for nineteen days, with maybe thirty men, and they beat him on the legs with the [[rifle|WEAPON:SMALL_ARMS]] butts.}} They let him go [[the 23rd|DATE:2022-03-23]], he walked home barefoot.

"{{c5|My husband did not come back. Nobody has seen [[Mykola|PERSON]] since [[that Friday|DATE:2022-03-04]]. I do not know if he is alive.}} [[Denys|PERSON]] says he was not in the same basement, they were separated on [[the first night|DATE:2022-03-04]]. {{c6|[[Vasyl|PERSON]] and [[Artem|PERSON]] also, no news, the wife of [[Vasyl|PERSON]] goes every week to the police.}}

"Our name is on the list of the city council, the list of people who are missing. [[Mykola Kravets|PERSON]], born 1960. I saw it on their page, on Facebook, my granddaughter showed me. {{c7|On that list there were more than two hundred names from [[Bucha|PLACE]] in [[April|DATE:2022-04-01..2022-04-30]].}}

"{{c8|When [[the Russians|ACTOR:Russian armed forces in Ukraine]] went away, at [[the end of March|DATE:2022-03-28..2022-03-31]], the neighbours told us that in [[Yablunska|PLACE:Yablunska street]] they shot two men on bicycles, people from the water station.}} I did not see this, I tell what [[Liudmyla|PERSON]] from the shop said to me, she saw them lying.

"{{c9|We left on [[the 9th of March|DATE:2022-03-09]], the four of us women, through the green corridor to [[Bilohorodka|PLACE]], and then to my sister in [[Fastiv|PLACE]].}} If we stayed I think they would have taken [[Oksana|PERSON]] too, she is young. They said it to us, you are next.

"When we came back in [[April|DATE:2022-04-01..2022-04-30]] the house was still standing, but without doors. {{c10|They had lived in it. The furniture was broken for the fire, the fridge was gone, the car of [[Mykola|PERSON]] in the yard was shot through, all the tyres flat, the windscreen in pieces.}}

"I want them to find him. That is all. If he is dead I want to bury him."

[Interpreter's note: the witness asked that the name of her husband be used in full, so that people who were in detention with him may recognise it.]
@@witness ua-bucha-halyna-kravets
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Vokzalna street" date=2022-03-03 basis=EXPERIENCED incident=ua-bucha-20220303-vokzalna-kravets-roof
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null named="Shevchuk" weapon=ARTILLERY site="Vokzalna street" date=2022-03-03 basis=WITNESSED incident=ua-bucha-20220303-vokzalna-kravets-roof
@@claim c3 harm=DETAINED min=4 max=4 named="Mykola; Denys; Vasyl; Artem" actor="Russian armed forces in Ukraine" site="Vokzalna street" date=2022-03-04 basis=WITNESSED incident=ua-bucha-20220304-vokzalna-cellar-men-taken
@@claim c4 harm=DETAINED min=1 max=1 named="Denys" weapon=SMALL_ARMS actor="Russian armed forces in Ukraine" site="Bucha" date=2022-03-04..2022-03-23 basis=HEARSAY incident=ua-bucha-20220304-vokzalna-cellar-men-taken
@@claim c5 harm=MISSING min=1 max=1 named="Mykola" actor="Russian armed forces in Ukraine" site="Vokzalna street" date=2022-03-04 basis=EXPERIENCED incident=ua-bucha-20220304-vokzalna-cellar-men-taken
@@claim c6 harm=MISSING min=2 max=2 named="Vasyl; Artem" actor="Russian armed forces in Ukraine" site="Vokzalna street" date=2022-03-04 basis=HEARSAY incident=ua-bucha-20220304-vokzalna-cellar-men-taken
@@claim c7 harm=MISSING min=201 max=null site="Bucha" date=2022-04-01..2022-04-30 basis=REPORTED incident=ua-bucha-20220300-council-missing-list
@@claim c8 harm=KILLED min=2 max=2 site="Yablunska" basis=HEARSAY incident=ua-bucha-20220300-yablunska-cyclists
@@claim c9 harm=DISPLACED min=4 max=4 named="Oksana" site="Bucha" date=2022-03-09 basis=EXPERIENCED incident=ua-bucha-20220309-kravets-family-flight
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null named="Mykola" actor="Russian armed forces in Ukraine" site="Vokzalna street" basis=WITNESSED incident=ua-bucha-20220300-kravets-house-occupied
