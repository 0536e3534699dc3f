@@newline crlf
Interview ID: SD-GEN-208
Date of interview: 10 July 2023
Place of interview: [[Adré|PLACE]], [[Chad|PLACE]]
Language: Masalit and Arabic
Interviewer: [[Ingrid Solheim|PERSON]]
Interpreter: [[Idriss Mahamat|PERSON]]

Interviewer: Please tell me your name as you want it written, and where you lived.
Witness: [[Mariam|PERSON]]. Only [[Mariam|PERSON]]. We lived in [[El Geneina|PLACE]], in [[al-Jamarik|PLACE]], near the customs office, that is why it has this name.
Interviewer: When did the fighting start for you?
Witness: [[The 24th of April|DATE:2023-04-24]]. In [[the morning|DATE:2023-04-24]] we heard the [[guns|WEAPON:SMALL_ARMS]] from the side of the market. After that, every day worse. [[The Rapid Support|ACTOR:Rapid Support Forces]], they came on motorbikes and on the cars with the big [[machine guns|WEAPON:SMALL_ARMS]].
Interpreter: She says "al-Daam", it is what people call the [[RSF|ACTOR:Rapid Support Forces]] here. Sometimes she says "Janjaweed", for her it is the same.
Interviewer: What happened to your house?
Witness: {{c1|In [[May|DATE:2023-05-01..2023-05-31]], I think [[the middle of May|DATE:2023-05-10..2023-05-20]], they burned our street. They threw [[fire bombs|WEAPON:INCENDIARY]] on the roofs, bottles with benzine, and the roofs are grass, so everything burned in minutes. Our house, the house of my mother-in-law, all the street.}} We ran to the school in [[al-Jamarik|PLACE]], because many families were there, we thought together we are safer.
Interviewer: Who threw the [[fire bombs|WEAPON:INCENDIARY]]?
Witness: Young men of [[the Rapid Support|ACTOR:Rapid Support Forces]], on motorbikes. One drives, one throws the [[molotov|WEAPON:INCENDIARY]].
Interpreter: Molotov, she means petrol bombs.
Interviewer: How many people were at the school?
Witness: Many. Two hundred, three hundred. Women, children, old men. My husband [[Abakar Suleiman|PERSON]] and his brother [[Haroun|PERSON]] were with us.
Interviewer: What happened at the school?
Witness: It was [[a Friday|DATE:2023-06-09]], [[the morning of the Friday|DATE:2023-06-09]], early. I know because my husband was preparing for the prayer. They came from two sides. First the [[shooting|WEAPON:SMALL_ARMS]] on the walls, then they came inside.
[crying]
Interpreter: She needs a minute.
Witness: {{c2|They took the men to the yard. They asked each one: Masalit? Masalit? And they shot them. [[Abakar|PERSON]] and [[Haroun|PERSON]], I saw them fall.}} {{c3|More than thirty men they killed in that yard, I saw the bodies, I did not count exactly.}}
Interviewer: Were you or the other women hurt?
Witness: {{c4|They beat us with the sticks and the backs of the [[guns|WEAPON:SMALL_ARMS]]. My arm, here, it was broken. A girl next to me, [[Sadia|PERSON]], they hit her on the head, I don't know if she lived.}} They took our phones, our gold, even the shoes of the children.
Interviewer: Were there any fighters or weapons at the school?
Witness: No. There was no weapons, no soldiers. Some young men from the neighbourhood had [[guns|WEAPON:SMALL_ARMS]] before, in [[April|DATE:2023-04-01..2023-04-30]], to protect the houses, but at the school there was nobody with a [[gun|WEAPON:SMALL_ARMS]]. They were all civilians, I swear by God.
Interviewer: How did you leave [[El Geneina|PLACE]]?
Witness: {{c5|After the school we hid with a family in [[al-Thawra|PLACE]] for some days. Then, [[the day after they killed the governor|DATE:2023-06-15]], everybody left. We walked to [[Adré|PLACE]], me and my four children, all the night.}} On the road they were shooting at people, from the cars. I did not look, I only held the children.
Interviewer: Are all your children with you now?
Witness: Yes, the four. Thanks be to God. My son [[Mubarak|PERSON]] is fifteen, he wants to go back to look for his father's body. I tell him no. If he goes back, they will kill him also.
@@witness sd-geneina-mariam-ishaq
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Rapid Support Forces" site="al-Jamarik" date=2023-05-10..2023-05-20 basis=WITNESSED incident=sd-geneina-20230500-jamarik-street-burned
@@claim c2 harm=KILLED min=2 max=2 named="Abakar Suleiman; Abakar; Haroun" weapon=SMALL_ARMS actor="Rapid Support Forces" site="al-Jamarik" date=2023-06-09 basis=WITNESSED incident=sd-geneina-20230609-jamarik-school
@@claim c3 harm=KILLED min=31 max=null weapon=SMALL_ARMS actor="Rapid Support Forces" site="al-Jamarik" date=2023-06-09 basis=WITNESSED incident=sd-geneina-20230609-jamarik-school
@@claim c4 harm=INJURED min=2 max=2 named="Sadia" actor="Rapid Support Forces" site="al-Jamarik" date=2023-06-09 basis=EXPERIENCED incident=sd-geneina-20230609-jamarik-school
@@claim c5 harm=DISPLACED min=5 max=5 site="El Geneina" date=2023-06-15 basis=EXPERIENCED incident=sd-geneina-20230615-exodus-to-adre
