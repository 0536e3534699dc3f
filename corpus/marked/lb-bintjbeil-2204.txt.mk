Interview ID: LB-BJB-2204
Interview date: 03/02/2025
Location: [[Nabatieh|PLACE]], [[Lebanon|PLACE]]
Language: Arabic, interpreted
Interviewer: [[Pieter Jansen|PERSON]]
Interpreter: [[Lina Rahhal|PERSON]]

Q: Please tell us who you are.
A: [[Fadi Hammoud|PERSON]], from [[Aitaroun|PLACE]]. Thirty-eight. I had a shop for mobile phones in [[Bint Jbail|PLACE:Bint Jbeil]], on the main road, near the [[Salah Ghandour hospital|PLACE]].
Q: When did you leave [[Aitaroun|PLACE]]?
A: The first time, [[October|DATE:2023-10-01..2023-10-31]] of the first year, we went and came back. {{c1|The last time, [[the 23rd of September|DATE:2024-09-23]], the day everything started, we left with two cars, my wife, my four children, my mother.}} My father stayed.
[Interpreter: he says "stayed like a stone", it is an expression, he means he refused to move.]
Q: What happened to your father?
A: {{c2|My father, [[Abu Fadi|PERSON]], [[Youssef Hammoud|PERSON]], seventy-four years. When [[the soldiers|ACTOR:Israeli forces]] came into [[Aitaroun|PLACE]], it was around [[the 20th of October|DATE:2024-10-20]], they took him from the house with two neighbours, old men like him.}} This I know from one of the neighbours, [[Abu Nabil|PERSON]]. They took them to a place across the border, they asked them questions, and after one day they brought [[Abu Nabil|PERSON]] back to the fence and let him go. He walked to [[Rmeish|PLACE]].
Q: And your father?
A: {{c3|Not him. From [[that day|DATE:2024-10-20]] we have no news, nothing. We do not know if he is in a prison in [[Israel|PLACE]] or if...}} [pause] The Red Cross says his name is not on their list. I don't know.
INTERPRETER: He is asking if you can help to search. I told him we document, we cannot promise.
Q: I understand. Who were [[the soldiers|ACTOR:Israeli forces]]?
A: [[The Israeli army|ACTOR:Israeli forces]]. Who else was in [[Aitaroun|PLACE]] then?
Q: What do you know about the state of the village now?
A: {{c4|I saw it on the videos of [[the Israelis|ACTOR:Israeli forces]] themselves, they put them on the internet. The school of the village, the public school, is flattened, it is a field now.}} {{c4|And the quarter around the mosque, maybe forty houses, they blew them up, in one minute, the whole hill jumped.}} My house is one of them, I think. I recognised the water tank, the blue one.
Q: And your shop in [[Bint Jbeil|PLACE]]?
A: {{c6|The [[shelling|WEAPON:ARTILLERY]] reached the road of the hospital many times. A friend went in [[January|DATE:2025-01-01..2025-01-31]], [[after the ceasefire|DATE]], and he sent me photos: the shutter is bent, the walls have cracks all through them, and the phones, ha, somebody took the phones.}}
Q: You were in [[Nabatieh|PLACE]] in [[November|DATE:2024-11-01..2024-11-30]]. Were you there when the old market was hit?
A: Yes, we were renting here. It was [[a Tuesday|DATE:2024-11-12]], [[the week the schools reopened for the displaced|DATE:2024-11-11..2024-11-15]], I remember because my son was complaining about the new school. I was in the car, two streets away. I heard [[the jets|WEAPON:AIRSTRIKE]], two hits, big.
Q: Did you go to the market?
A: {{c7|I went, because I have a cousin with a shop there. His shop was fine, only the glass. But across, the buildings of the sweets shop, all down, the dust was like fog.}} {{c8|People were saying nine dead, nine or ten, and many wounded.}} {{c9|I helped to carry one man, he was hit in the legs, to the car of the civil defence.}}
Q: Was there any warning before that [[strike|WEAPON:AIRSTRIKE]]?
A: Not that I know. Nobody received anything.
Q: Has anyone in your family been hurt before this war?
A: {{c10|My uncle [[Jihad|PERSON]]. In [[2006|DATE:2006-01-01..2006-12-31]], after the war, in [[September|DATE:2006-09-01..2006-09-30]], he was picking tobacco near [[Aitaroun|PLACE]] and he stepped on a small [[bomblet|WEAPON:CLUSTER_MUNITION]], from the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] they threw at the end.}} He lost the foot. He still says the tobacco fields are full of them.
Q: Has anyone in your family been arrested in [[Lebanon|PLACE]] during this war?
A: No. They stopped me at a checkpoint when we came to [[Nabatieh|PLACE]], they looked at my identity card and said go. Nothing. Nobody from us was arrested.
Q: Is there anything you want to add?
A: Only my father. [[Youssef Hammoud|PERSON]]. Write the name correctly. Two m's.
@@witness lb-aitaroun-fadi-hammoud
@@claim c1 harm=DISPLACED min=7 max=7 site="Aitaroun" date=2024-09-23 basis=EXPERIENCED incident=lb-aitaroun-20240923-hammoud-family-flight
@@claim c2 harm=DETAINED min=3 max=3 named="Abu Fadi; Youssef Hammoud" actor="Israeli forces" site="Aitaroun" date=2024-10-20 basis=HEARSAY incident=lb-aitaroun-20241020-old-men-taken
@@claim c3 harm=MISSING min=1 max=1 named="Youssef Hammoud" site="Aitaroun" date=2024-10-20 basis=EXPERIENCED incident=lb-aitaroun-20241020-old-men-taken
@@claim c4 harm=PROPERTY_DAMAGE min=40 max=40 actor="Israeli forces" site="Aitaroun" basis=REPORTED incident=lb-aitaroun-20240000-school-and-houses-demolition
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Bint Jbeil" basis=HEARSAY incident=lb-bintjbeil-20240000-hammoud-shop
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Nabatieh" date=2024-11-12 basis=WITNESSED incident=lb-nabatieh-20241112-old-market-street
@@claim c8 harm=KILLED min=9 max=10 weapon=AIRSTRIKE site="Nabatieh" date=2024-11-12 basis=HEARSAY incident=lb-nabatieh-20241112-old-market-street
@@claim c9 harm=INJURED min=1 max=1 weapon=AIRSTRIKE site="Nabatieh" date=2024-11-12 basis=WITNESSED incident=lb-nabatieh-20241112-old-market-street
@@claim c10 harm=INJURED min=1 max=1 named="Jihad" weapon=CLUSTER_MUNITION site="Aitaroun" date=2006-09-01..2006-09-30 basis=HEARSAY incident=lb-aitaroun-20060900-jihad-hammoud-bomblet
