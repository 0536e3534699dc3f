@@newline crlf
Interview ID: SD-GEN-4107
Date: 3 October 2023
Location: [[Farchana|PLACE]] camp, eastern [[Chad|PLACE]]
Language: Arabic (Sudanese)
Interviewer: [[Lucas Ferreira|PERSON]]
Interpreter: [[Mariam Bakhit|PERSON]]

INTERVIEWER: Can you say your name for the record?
WITNESS: [[Ishag Adam Hassan|PERSON]]. People call me [[Abu Karim|PERSON]], after my first son. I was a tailor in [[Geneina|PLACE:El Geneina]], I had a shop in the big market, [[Souq al-Kabir|PLACE]].
INTERVIEWER: Where did you live?
WITNESS: In [[Jamarik|PLACE:al-Jamarik]]. Near the tap, the water tap by the mosque.
INTERVIEWER: Let's start with the market. What happened to your shop?
WITNESS: {{c1|[[The third day of the fighting|DATE:2023-04-26]], the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] fell on the market. I did not see who, everybody was firing. There is nothing left of my shop. My three sewing machines, black metal, the cloth of my customers, ash.}}
INTERPRETER: He says "the cloth of the customers", he means the cloth people had brought him to sew for Eid.
WITNESS: Nobody from my family was hurt [[that day|DATE:2023-04-26]], we were at home.
INTERVIEWER: And the water tap? You were there in [[June|DATE:2023-06-01..2023-06-30]]?
WITNESS: I was not at the tap. I was in the mosque, [[after the dawn prayer|DATE:2023-06-12..2023-06-14]], [[two weeks before the Eid of the sacrifice|DATE:2023-06-12..2023-06-14]]. We heard the [[machine guns|WEAPON:SMALL_ARMS]], long, long, like a sewing machine. Then the women running, screaming.
INTERVIEWER: Who was shooting?
WITNESS: The [[Janjaweed|ACTOR:Rapid Support Forces]]. [[The Rapid Support|ACTOR:Rapid Support Forces]], the same thing. They came with the cars from the side of the airport.
WITNESS: {{c2|Me and the young men, we carried them from the tap. Nineteen we buried, [[before the noon prayer|DATE:2023-06-12..2023-06-14]], with Sheikh [[Yacoub|PERSON]]. The cemetery of [[al-Jamarik|PLACE]] got nineteen more in one morning.}} {{c3|Among them the wife of my neighbour, [[Zainab|PERSON]], and old [[Hussein Abdalla|PERSON]], sixty or more, he only went to fill for his goats.}}
INTERVIEWER: Another person told us six, or eleven.
WITNESS: Six from one street, maybe. I count all the streets. Nineteen. I washed some of them myself.
INTERVIEWER: Were people injured?
WITNESS: {{c4|Many. More than thirty. The clinic was closed, so they went to the houses, the women stitched with needle and thread. I gave my thread.}}
INTERPRETER: He laughs a little, he says a tailor always has thread.
INTERVIEWER: What did you do after that?
WITNESS: {{c5|We stayed until [[the 15th|DATE:2023-06-15]]. Then we went out, fourteen of us, my family and the family of my brother [[Suleiman|PERSON]], we walked to [[Adre|PLACE]] and then the trucks brought us here.}} We have been in tents since. My son [[Karim|PERSON]] is with me.
INTERVIEWER: Is anyone from your family still missing?
WITNESS: {{c6|[[Adam Zakaria|PERSON]], the son of my neighbour. He went to the market [[the day before we left|DATE:2023-06-14]], to look for sugar. He never came back from the market.}} His mother asks everybody who comes from [[el-Geneina|PLACE:El Geneina]]. Allah karim.
INTERPRETER: "Allah karim" means God is generous. It is a way to say we still hope.
INTERVIEWER: And your brother's son in [[Misterei|PLACE]]?
WITNESS: {{c7|Yes, [[Tijani|PERSON]]. In [[May|DATE:2023-05-01..2023-05-31]] the same people came to [[Masteri|PLACE:Misterei]]. They took [[Tijani|PERSON]] to their base by the wadi, he spent forty days with them.}} {{c8|He came to us here in [[August|DATE:2023-08-01..2023-08-31]], very thin. He walks with a stick since then, they beat his knees.}} {{c9|The house of my brother there, there is nothing, only the walls, black.}}
INTERVIEWER: Did you see that yourself?
WITNESS: No, [[Tijani|PERSON]] told us, and a cousin who passed by there.
WITNESS: And my leg, you see me limping, that is not the war, that is a car accident in [[2010|DATE:2010-01-01..2010-12-31]], write it correctly.
INTERVIEWER: Thank you, [[Abu Karim|PERSON]].
WITNESS: Some of our young men had guns and went to fight, and some of them died in the fighting. That is another thing, I do not count them with the people at the tap.
@@witness sd-geneina-ishag-adam-hassan
@@claim c1 harm=PROPERTY_DAMAGE min=3 max=3 weapon=EXPLOSIVE_UNSPECIFIED site="Souq al-Kabir" date=2023-04-26 basis=EXPERIENCED incident=sd-geneina-20230426-souq-kabir-tailor-shop
@@claim c2 harm=KILLED min=19 max=19 weapon=SMALL_ARMS actor="Rapid Support Forces" site="al-Jamarik" date=2023-06-12..2023-06-14 basis=WITNESSED incident=sd-geneina-20230612-jamarik-water-tap
@@claim c3 harm=KILLED min=2 max=2 named="Zainab; Hussein Abdalla" weapon=SMALL_ARMS actor="Rapid Support Forces" site="al-Jamarik" date=2023-06-12..2023-06-14 basis=WITNESSED incident=sd-geneina-20230612-jamarik-water-tap
@@claim c4 harm=INJURED min=31 max=null weapon=SMALL_ARMS actor="Rapid Support Forces" site="al-Jamarik" date=2023-06-12..2023-06-14 basis=WITNESSED incident=sd-geneina-20230612-jamarik-water-tap
@@claim c5 harm=DISPLACED min=14 max=14 named="Suleiman" site="Jamarik" date=2023-06-15 basis=EXPERIENCED incident=sd-geneina-20230615-hassan-families-flight
@@claim c6 harm=MISSING min=1 max=1 named="Adam Zakaria" site="Souq al-Kabir" date=2023-06-14 basis=WITNESSED incident=sd-geneina-20230614-adam-zakaria-market-missing
@@claim c7 harm=DETAINED min=1 max=1 named="Tijani" actor="Rapid Support Forces" site="Masteri" date=2023-05-01..2023-05-31 basis=HEARSAY incident=sd-misterei-20230500-tijani-detention-house
@@claim c8 harm=INJURED min=1 max=1 named="Tijani" actor="Rapid Support Forces" site="Masteri" date=2023-05-01..2023-05-31 basis=WITNESSED incident=sd-misterei-20230500-tijani-detention-house
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null named="Suleiman" actor="Rapid Support Forces" site="Masteri" date=2023-05-01..2023-05-31 basis=HEARSAY incident=sd-misterei-20230500-tijani-detention-house
