Interview ID: PS-KYS-814
Date of interview: 18 March 2024
Place of interview: [[Rafah|PLACE]], [[Tal al-Sultan|PLACE]], UNRWA clinic
Language: Arabic, some English
Interviewer: [[Tom Hale|PERSON]]
Interpreter: [[Rana Abu Daqqa|PERSON]]

INTERVIEWER: Can you tell me your name and your work?
WITNESS: Dr. [[Mohamad Qudaih|PERSON]]. I am a surgeon, general surgery, at [[Nasser hospital|PLACE]] in [[Khan Younis|PLACE]]. Was. Until the siege, eh, until [[February|DATE:2024-02-01..2024-02-29]].
INTERVIEWER: When did the fighting reach the hospital?
WITNESS: From [[the end of January|DATE:2024-01-01..2024-01-31]] the tanks were around [[al-Amal|PLACE]], the area west of us, and the hospital was closed in from all sides. We were maybe three hundred staff, and thousands of displaced people in the corridors and the yards.
INTERPRETER: He says "al-Amal", the neighbourhood, near the [[al-Amal hospital|PLACE]] of the Red Crescent.
INTERVIEWER: What did you see in those weeks?
WITNESS: [[Snipers|WEAPON:SMALL_ARMS]]. Every day. If you went from the surgery building to the emergency across the yard, you ran. {{c1|On [[the 26th of January|DATE:2024-01-26]], no, maybe [[the 27th|DATE:2024-01-27]], a nurse from the maternity, [[Hadeel|PERSON]], was shot in the thigh in the yard, going to bring water.}} {{c1|We operated on her ourselves, in the corridor.}} The nurse [[Huda Shaath|PERSON]] held the lamp from her phone.
WITNESS: {{c2|And a man outside the gate, I saw him from the window of the third floor, he was carrying a white flag, and he was shot, he fell, and nobody could go to him for two days.}} I do not know his name. Young, maybe thirty.
INTERVIEWER: Who was shooting?
WITNESS: [[The Israeli army|ACTOR:Israeli forces]]. They were in the buildings around, the [[snipers|WEAPON:SMALL_ARMS]] on the high floors. There was nobody shooting from the hospital. I was inside, I would know.
INTERVIEWER: What happened when [[the army|ACTOR:Israeli forces]] entered the hospital?
WITNESS: On [[the 15th of February|DATE:2024-02-15]]. {{c3|They took many of the men, the staff also, they made us take off our clothes, and they took more than seventy, I think, with the hands tied, some doctors, some nurses, some patients' relatives.}} {{c4|My colleague, Dr. [[Ahmad Shurab|PERSON]], the anaesthesia, they took him. Until now nobody knows where he is.}}
INTERPRETER: He says nobody heard from Dr. [[Ahmad|PERSON]] since [[that day|DATE]].
INTERVIEWER: Were you detained yourself?
WITNESS: {{c5|For eight hours. In the yard, on my knees, with my eyes closed by a cloth.}} Then they released me and said go south, to [[Rafah|PLACE]]. {{c6|So I went south with my wife and my daughter [[Jamila|PERSON]], she is six, walking by the [[al-Bahr street|PLACE]].}}
INTERVIEWER: Before the siege, did you treat particular kinds of injuries?
WITNESS: Everything. Blast, amputations, crush. {{c7|And burns that did not stop burning, the smoke was white and smelled of garlic, from [[Bani Suheila|PLACE]] and [[Bani Sheila|PLACE:Bani Suheila]] east, in [[December|DATE:2023-12-01..2023-12-31]], two children with [[phosphorus|WEAPON:INCENDIARY]] burns, deep, to the bone.}} I have seen [[white phosphorus|WEAPON:INCENDIARY]] in textbooks; in [[December|DATE:2023-12-01..2023-12-31]] I saw it in the children.
INTERVIEWER: Did anyone from your family get hurt?
WITNESS: {{c8|My brother's house in [[Bani Suheila|PLACE]], in [[the first days of December|DATE:2023-12-01..2023-12-05]], the [[artillery|WEAPON:ARTILLERY]] from [[the tanks|WEAPON:ARTILLERY]] destroyed the second floor.}} Thank God they were already with us at the hospital. [[Jamila|PERSON]] says, "baba, when we go home?" Which home.
INTERVIEWER: Anything you want to add?
WITNESS: There is no amal in my heart, but I will go back to work in any hospital that stands. This is all I know how to do.
@@witness ps-khanyounis-mohamad-qudaih
@@claim c1 harm=INJURED min=1 max=1 named="Hadeel" weapon=SMALL_ARMS actor="Israeli forces" site="Nasser hospital" date=2024-01-26..2024-01-27 basis=WITNESSED incident=ps-khanyounis-20240126-nasser-yard-nurse-sniper
@@claim c2 harm=INJURED min=1 max=1 weapon=SMALL_ARMS actor="Israeli forces" site="Nasser hospital" date=2024-01-26..2024-02-15 basis=WITNESSED incident=ps-khanyounis-20240200-nasser-gate-white-flag
@@claim c3 harm=DETAINED min=71 max=null actor="Israeli forces" site="Nasser hospital" date=2024-02-15 basis=WITNESSED incident=ps-khanyounis-20240215-nasser-raid-detentions
@@claim c4 harm=MISSING min=1 max=1 named="Ahmad Shurab" actor="Israeli forces" site="Nasser hospital" date=2024-02-15 basis=WITNESSED incident=ps-khanyounis-20240215-nasser-raid-detentions
@@claim c5 harm=DETAINED min=1 max=1 named="Mohamad Qudaih" actor="Israeli forces" site="Nasser hospital" date=2024-02-15 basis=EXPERIENCED incident=ps-khanyounis-20240215-nasser-raid-detentions
@@claim c6 harm=DISPLACED min=3 max=3 named="Mohamad Qudaih; Jamila" site="Nasser hospital" date=2024-02-15 basis=EXPERIENCED incident=ps-khanyounis-20240215-qudaih-family-displaced
@@claim c7 harm=INJURED min=2 max=2 weapon=INCENDIARY site="Bani Suheila" date=2023-12-01..2023-12-31 basis=WITNESSED incident=ps-khanyounis-20231200-bani-suheila-phosphorus-children
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Bani Suheila" date=2023-12-01..2023-12-05 basis=HEARSAY incident=ps-khanyounis-20231201-bani-suheila-qudaih-brother-house
