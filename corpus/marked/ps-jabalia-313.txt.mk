Interview ID: PS-JAB-313
Date of interview: 3 March 2024
Place of interview: [[Rafah|PLACE]], [[Tal al-Sultan|PLACE]] (tent)
Language: Arabic
Interviewer: [[Rosa Ferreira|PERSON]]
Interpreter: [[Mahmoud Abu Sitta|PERSON]]

INTERVIEWER: Thank you. Where is your home?
WITNESS: In [[Jabalia|PLACE]] camp, [[Jabalia|PLACE]] al-balad no, the camp. Near [[al-Trans|PLACE]], behind the pharmacy of [[Abu Hamza|PERSON]]. My father built the house in [[1985|DATE:1985-01-01..1985-12-31]], four floors, each son one floor.
INTERPRETER: He says Abu Hamza, it is what people call the pharmacist, his kunya.
INTERVIEWER: I want to ask about the [[strike|WEAPON:AIRSTRIKE]] on the [[Hamouda|PERSON]] family building. When was it?
WITNESS: It was [[Sunday|DATE:2023-10-22]], [[22 October|DATE:2023-10-22]]. [[Before the sunset prayer|DATE]], [[before maghrib|DATE]], maybe half an hour. I was on the street bringing water in the gallons.
INTERVIEWER: What did you see?
WITNESS: There was no warning, nothing, no call, no knock on the roof before. {{c8|Only the sound of [[the planes|WEAPON:AIRSTRIKE]], [[the F-16|WEAPON:AIRSTRIKE]], and then the building of the [[Hamouda|PERSON]] came down, and the two buildings beside it. Three buildings.}} I was, eh, thirty metres maybe. The air pushed me on the ground.
INTERVIEWER: Who lived in these buildings?
WITNESS: {{c1|The [[Hamouda|PERSON]] family, and many people displaced from [[Beit Lahia|PLACE]] and [[Beit Hanoun|PLACE]] staying with them, so a lot of people. More than forty died, I am sure more than forty.}} {{c2|With my hands, me and my cousins [[Tamer|PERSON]] and [[Bassam|PERSON]], we took out seventeen. Seventeen bodies, I counted because I wanted to remember.}}
INTERVIEWER: Do you know any of their names?
WITNESS: {{c2|[[Muhammad Hamouda|PERSON]], [[Abu Ibrahim|PERSON]], he was sixty-five. His wife [[Umm Ibrahim|PERSON]]. The small girl [[Nour|PERSON]], she was seven, the daughter of his son.}} [crying] [[Nour|PERSON]]. She used to come to my shop for sweets.
INTERVIEWER: Take your time.
WITNESS: {{c3|And many injured, a dozen at least, some we found alive under the concrete at [[night|DATE]]. [[Ibrahim|PERSON]], the son, he was alive, both legs broken.}}
WITNESS: We worked without nour, without light, only the phones. There was no electricity since two weeks.
INTERPRETER: "Nour" here is the word for light. Before, [[Nour|PERSON]] was the little girl's name.
INTERVIEWER: Were there [[Hamas|ACTOR:Hamas]] fighters or any military activity in the building?
WITNESS: No. I swear, it was a family house, old men and children. I did not see any fighter there, never. If there was something, the neighbours would know, everyone knows everything in the camp.
INTERVIEWER: Who do you think carried out the [[strike|WEAPON:AIRSTRIKE]]?
WITNESS: [[The occupation|ACTOR:Israeli forces]]. Only they have [[the planes|WEAPON:AIRSTRIKE]].
INTERVIEWER: What happened to your own house?
WITNESS: {{c4|In [[November|DATE:2023-11-01..2023-11-30]], [[the 19th|DATE:2023-11-19]] I think, [[the tanks|WEAPON:ARTILLERY]] came to [[al-Fakhura|PLACE]] and the [[shelling|WEAPON:ARTILLERY]] hit our house, the top two floors, the neighbours told us.}} We were in [[al-Fakhura school|PLACE]] then, with thousands of people. {{c5|In [[December|DATE:2023-12-01..2023-12-31]] [[the Israeli army|ACTOR:Israeli forces]] came to the school and took the men, they took me and my brother [[Saeed|PERSON]], they tied our hands and took us to the sand.}}
WITNESS: {{c5|They kept me four days, they released me at [[Kerem Shalom|PLACE]], in the south. [[Saeed|PERSON]], until now I do not know.}}
INTERVIEWER: You don't know where [[Saeed|PERSON]] is?
WITNESS: {{c6|No. Nobody tells. My mother asks the Red Cross every week. Since three months he is missing.}}
INTERVIEWER: How did you come to [[Rafah|PLACE]]?
WITNESS: {{c7|After they released me, I could not go back north, [[the army|ACTOR:Israeli forces]] did not allow. So I stayed in [[Rafah|PLACE]], alone, my wife and children are still in [[Jabaliya|PLACE:Jabalia]].}} We talk when there is network. One minute, two.
@@witness ps-jabalia-witness-313
@@claim c1 harm=KILLED min=41 max=null weapon=AIRSTRIKE actor="Israeli forces" site="al-Trans" date=2023-10-22 basis=WITNESSED incident=ps-jabalia-20231022-hamouda-building
@@claim c2 harm=KILLED min=17 max=17 named="Muhammad Hamouda; Abu Ibrahim; Umm Ibrahim; Nour" weapon=AIRSTRIKE actor="Israeli forces" site="al-Trans" date=2023-10-22 basis=WITNESSED incident=ps-jabalia-20231022-hamouda-building
@@claim c3 harm=INJURED min=12 max=null named="Ibrahim" weapon=AIRSTRIKE actor="Israeli forces" site="al-Trans" date=2023-10-22 basis=WITNESSED incident=ps-jabalia-20231022-hamouda-building
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Israeli forces" site="al-Fakhura" date=2023-11-19 basis=HEARSAY incident=ps-jabalia-20231119-witness-313-house
@@claim c5 harm=DETAINED min=2 max=null named="Saeed" actor="Israeli forces" site="al-Fakhura school" date=2023-12-01..2023-12-31 basis=EXPERIENCED incident=ps-jabalia-20231200-fakhura-detentions
@@claim c6 harm=MISSING min=1 max=1 named="Saeed" actor="Israeli forces" basis=WITNESSED incident=ps-jabalia-20231200-fakhura-detentions
@@claim c7 harm=DISPLACED min=1 max=1 site="Jabaliya" basis=EXPERIENCED incident=ps-jabalia-20231200-witness-313-displaced
@@claim c8 harm=PROPERTY_DAMAGE min=3 max=3 weapon=AIRSTRIKE actor="Israeli forces" site="al-Trans" date=2023-10-22 basis=WITNESSED incident=ps-jabalia-20231022-hamouda-building
