Interview ID: LB-KHM-4911
Date of interview: 2025-03-02
Place of interview: [[Hasbaya|PLACE]]
Language: Arabic
Interviewer: [[Daniel Okoro|PERSON]]
Interpreter: [[Lina Saab|PERSON]]

INT: Thank you for receiving us in your sister's house. Please tell me your name.
RESP: [[Najat Rizk|PERSON]], [[Umm Fadi|PERSON]]. Sixty-seven. From [[Khiam|PLACE]], the upper quarter, on the road to [[Marjayoun|PLACE]].
INT: Did you stay in [[Khiam|PLACE]] after [[October 2023|DATE:2023-10-01..2023-10-31]]?
RESP: Yes. The, the first year the [[shelling|WEAPON:ARTILLERY]] was on the edges, on the plain, not in the houses. We stayed, me and my husband [[Nabih|PERSON]]. The children are in [[Beirut|PLACE]] and in [[Germany|PLACE]], they were calling every day, leave, leave.
RESP: {{c1|In [[November|DATE:2023-11-01..2023-11-30]], [[that first November|DATE:2023-11-01..2023-11-30]], the [[phosphorus|WEAPON:INCENDIARY]] of [[the enemy|ACTOR:Israeli forces]] came down on the plain. Our orchard, figs and olives, about forty trees, burned. I saw the white smoke from the balcony, it smelled like garlic.}}
INT: When did it become worse for the town itself?
RESP: At [[the end of September|DATE:2024-09-20..2024-09-30]]. After [[the 23rd|DATE:2024-09-23]] everything changed.
RESP: {{c2|[[The 29th|DATE:2024-09-29]], [[the Sunday|DATE:2024-09-29]], [[after midnight|DATE:2024-09-29..2024-09-30]], [[the warplanes|WEAPON:AIRSTRIKE]] hit the house of our neighbour [[Abu Hussein|PERSON]], across the street. I saw it come down from my window, the whole house, the roof on the floor.}} He was seventy-five, he lived alone since his wife died.
RESP: We could not reach him. We called the civil defence, they said nobody can move now, [[the drone|WEAPON:DRONE_STRIKE]] hits anything that moves.
RESP: {{c3|His son called me in [[December|DATE:2024-12-01..2024-12-31]]: the civil defence found [[Abu Hussein|PERSON]] under the stones, in his bed. They buried him in [[Khiam|PLACE]] with the others they found.}}
INT: Were there fighters near his house?
RESP: No. In our quarter there was no [[Hezbollah|ACTOR:Hezbollah]], no [[rockets|WEAPON:ROCKET]] going out from there, nothing, only old people who did not want to leave. I am not saying there was nobody in [[Khiam|PLACE]]. I am saying in our street.
INT: When did you leave?
RESP: {{c4|[[Two days later|DATE:2024-10-01]], when the [[artillery|WEAPON:ARTILLERY]] started on the town itself. Me and [[Nabih|PERSON]], in the car of a neighbour, to [[Marjayoun|PLACE]], and from there to [[Hasbaya|PLACE]], to my sister.}} All the upper quarter left [[that week|DATE:2024-09-29..2024-10-05]]. Nobody stayed except [[Salim|PERSON]].
INT: Who is [[Salim|PERSON]]?
RESP: {{c5|The brother of my husband. Seventy-two. He refused to leave, he said I was born in this house and I will die in this house. In [[November|DATE:2024-11-01..2024-11-30]], when [[the Israeli army|ACTOR:Israeli forces]] entered [[Khiam|PLACE]], [[the soldiers|ACTOR:Israeli forces]] took him from his house. A shepherd from [[Ibl al-Saqi|PLACE]] saw them put him in a jeep, with his hands tied and a cloth on his eyes.}}
[Interpreter: [[Ibl al-Saqi|PLACE]] is a village on the hill across the valley from [[Khiam|PLACE]].]
RESP: {{c6|Since then, nothing. We asked the Red Cross, they said they will ask. Three months. We don't know if he is alive, if he is in a prison, nothing.}}
INT: Have you been back to [[Khiam|PLACE]]?
RESP: No. We cannot, [[the Israeli army|ACTOR:Israeli forces]] is still on the hill. {{c7|My nephew sent me a video from the television, in [[December|DATE:2024-12-01..2024-12-31]], [[after the ceasefire|DATE:2024-11-27..2024-12-31]]: our upper quarter, house after house, blown up with [[explosives|WEAPON:EXPLOSIVE_UNSPECIFIED]]. The television said more than forty houses in one day. I saw my house in the video, I know the blue gate.}} [crying]
INT: I'm sorry. We can stop here if you want.
RESP: No, no. What is a house? The house we can build again. [[Salim|PERSON]], who builds him again?
RESP: [[Nabih|PERSON]] says if he goes back and they shoot him, at least he dies at home. I tell him, you are not going anywhere. [laughs]
INT: Is there anything else you want us to write?
RESP: The name. [[Salim Rizk|PERSON]]. Write it, and write that he is an old man with sugar in the blood and he needs his medicine.
@@witness lb-khiam-najat-rizk
@@claim c1 harm=PROPERTY_DAMAGE min=40 max=40 weapon=INCENDIARY actor="Israeli forces" site="Khiam" date=2023-11-01..2023-11-30 basis=WITNESSED incident=lb-khiam-20231100-rizk-orchard-phosphorus
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Khiam" date=2024-09-29..2024-09-30 basis=WITNESSED incident=lb-khiam-20240929-abu-hussein-house-strike
@@claim c3 harm=KILLED min=1 max=1 named="Abu Hussein" weapon=AIRSTRIKE site="Khiam" date=2024-09-29..2024-09-30 basis=HEARSAY incident=lb-khiam-20240929-abu-hussein-house-strike
@@claim c4 harm=DISPLACED min=2 max=2 named="Najat Rizk; Nabih" site="Khiam" date=2024-10-01 basis=EXPERIENCED incident=lb-khiam-20241001-rizk-couple-flight
@@claim c5 harm=DETAINED min=1 max=1 named="Salim" actor="Israeli forces" site="Khiam" date=2024-11-01..2024-11-30 basis=HEARSAY incident=lb-khiam-20241100-salim-rizk-taken
@@claim c6 harm=MISSING min=1 max=1 named="Salim" actor="Israeli forces" site="Khiam" date=2024-11-01..2024-11-30 basis=EXPERIENCED incident=lb-khiam-20241100-salim-rizk-taken
@@claim c7 harm=PROPERTY_DAMAGE min=41 max=null weapon=EXPLOSIVE_UNSPECIFIED actor="Israeli forces" site="Khiam" date=2024-12-01..2024-12-31 basis=REPORTED incident=lb-khiam-20241200-upper-quarter-demolition
