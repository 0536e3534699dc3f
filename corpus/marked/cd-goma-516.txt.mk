Interview ID: CD-GOM-516
Interview date: 14 March 2025
Place of interview: [[Goma|PLACE]], [[North Kivu|PLACE]]
Language: Swahili, with some French
Interviewer: [[Henrik Aalto|PERSON]]
Interpreter: [[Gloire Kasongo|PERSON]]

Q: Please tell me your name and what you do.
A: [[Bienvenu Hangi|PERSON]]. I drive a moto-taxi in [[Goma|PLACE]]. I live in [[Ndosho|PLACE]], near the big church.
[Interpreter: Bienvenu, his name, it means "welcome". He says people laugh when the police stop him and he says "Bienvenu".]
Q: I want to ask you first about [[August 2023|DATE:2023-08-01..2023-08-31]], in [[Ndosho|PLACE]].
A: [[The 30th|DATE:2023-08-30]]. [[Wednesday|DATE:2023-08-30]]. [[Very early|DATE:2023-08-30]], before six. The people of the church of the prophet, the Wazalendo church, they wanted to march against MONUSCO. My brother [[Josué|PERSON]] was with them, he believed in that church.
[Interpreter: This is a religious group. Not the armed Wazalendo fighters, only the same word.]
Q: What did you see?
A: The soldiers of [[the Republican Guard|ACTOR:FARDC]] came to the church and to the radio of the church. First they threw the [[tear gas|WEAPON:CHEMICAL]], many, the whole street was white, I could not open my eyes. {{c1|The child of my neighbour [[Désiré Bahizi|PERSON]], [[Chance|PERSON]], four years old, was coughing and vomiting, we carried her to the clinic.}} Then the [[shooting|WEAPON:SMALL_ARMS]]. Real [[bullets|WEAPON:SMALL_ARMS]].
Q: Were people killed?
A: {{c2|Yes. I saw with my eyes maybe fifteen bodies on the road near the church.}} {{c3|[[Josué|PERSON]], my brother, twenty-four years, they shot him in the chest.}} [crying]
[Interpreter: He asks for a moment.]
A: {{c4|The government said after, 48 dead.}} {{c9|People in [[Ndosho|PLACE]] say more, fifty, sixty.}} {{c5|And they took many to the camp of [[Katindo|PLACE]], more than one hundred. My friend [[Patient Mastaki|PERSON]] was there three weeks.}}
Q: Did the [[tear gas|WEAPON:CHEMICAL]] hurt other people also?
A: Many were coughing, old people fell down. I don't know names, only the child.
Q: Did the church members have weapons?
A: Some had sticks. Some had machetes, I saw. But no [[guns|WEAPON:SMALL_ARMS]], no. The soldiers had [[guns|WEAPON:SMALL_ARMS]] and the [[gas|WEAPON:CHEMICAL]].
Q: Did you see any of the camps for displaced people, [[Mugunga|PLACE]], [[Lac Vert|PLACE]]?
A: My aunt, Mama [[Zawadi|PERSON]], lives in [[Mugunga|PLACE]] camp since [[2023|DATE:2023-01-01..2023-12-31]]. {{c6|In [[May|DATE:2024-05-01..2024-05-31]], [[the 3rd|DATE:2024-05-03]], the [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]] fell on the camp, in [[the morning|DATE:2024-05-03]]. She says four fell, and more than thirty people died, many children.}} {{c7|Her tent burned with everything.}}
Q: Who fired?
A: The government says the [[M23|ACTOR:M23]]. People in the camp say they heard the [[rockets|WEAPON:ROCKET]] come from the hills of [[Sake|PLACE]] side, where the [[M23|ACTOR:M23]] was. Some say it was the soldiers. I was not there.
[Interpreter: He uses "mabomu", bombs, for everything that falls and explodes.]
Q: And in [[January|DATE:2025-01-01..2025-01-31]], when the [[M23|ACTOR:M23]] came into [[Goma|PLACE]]?
A: {{c8|[[The 27th|DATE:2025-01-27]], [[the Monday|DATE:2025-01-27]]. The [[mortars|WEAPON:MORTAR]] fell in [[Katindo|PLACE]] and in [[Ndosho|PLACE]]. One hit the roof of my landlord, the house is open now, like a box without a cover.}} Nobody was hurt in our house. We were under the bed all the night.
Q: What is the situation now?
A: Now the [[M23|ACTOR:M23]] is here, with their administration. They say peace. Peace, amani, everybody says amani. But at night people disappear. I cannot say more on the phone.
Q: Thank you, [[Bienvenu|PERSON]].
A: Write [[Josué Hangi|PERSON]]. He was not a fighter. He was a mason.
@@witness cd-goma-bienvenu-hangi
@@claim c1 harm=INJURED min=1 max=1 named="Chance" weapon=CHEMICAL actor="FARDC" site="Ndosho" date=2023-08-30 basis=WITNESSED incident=cd-goma-20230830-ndosho-church-crackdown
@@claim c2 harm=KILLED min=15 max=15 actor="FARDC" site="Ndosho" date=2023-08-30 basis=WITNESSED incident=cd-goma-20230830-ndosho-church-crackdown
@@claim c3 harm=KILLED min=1 max=1 named="Josué" weapon=SMALL_ARMS actor="FARDC" site="Ndosho" date=2023-08-30 basis=WITNESSED incident=cd-goma-20230830-ndosho-church-crackdown
@@claim c4 harm=KILLED min=48 max=48 actor="FARDC" site="Ndosho" date=2023-08-30 basis=REPORTED incident=cd-goma-20230830-ndosho-church-crackdown
@@claim c5 harm=DETAINED min=101 max=null named="Patient Mastaki" actor="FARDC" site="Ndosho" date=2023-08-30 basis=WITNESSED incident=cd-goma-20230830-ndosho-church-crackdown
@@claim c6 harm=KILLED min=31 max=null weapon=EXPLOSIVE_UNSPECIFIED site="Mugunga" date=2024-05-03 basis=HEARSAY incident=cd-goma-20240503-mugunga-camp-bombs
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Mugunga" date=2024-05-03 basis=HEARSAY incident=cd-goma-20240503-mugunga-camp-bombs
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Ndosho" date=2025-01-27 basis=WITNESSED incident=cd-goma-20250127-ndosho-mortars
@@claim c9 harm=KILLED min=50 max=60 actor="FARDC" site="Ndosho" date=2023-08-30 basis=HEARSAY incident=cd-goma-20230830-ndosho-church-crackdown
