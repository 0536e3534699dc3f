WITNESS INTERVIEW (TRANSCRIPT)
Interview ID: SD-GEN-210
Date of interview: 22 August 2023
Place of interview: [[Farchana|PLACE]], eastern [[Chad|PLACE]]
Language: Arabic (Sudanese)
Interviewer: [[Ruth Okonkwo|PERSON]]
Interpreter: [[Hassan Mahamat Saleh|PERSON]]
Witness: teacher, male, 47
Q: Where did you live in [[Geneina|PLACE:El Geneina]]?
A: In [[Jamarik|PLACE:al-Jamarik]], the customs quarter, twenty years. I taught geography at the secondary school.
Q: When did the violence reach your quarter?
A: From [[the end of April|DATE:2023-04-20..2023-04-30]]. On [[the 26th of April|DATE:2023-04-26]], the [[mortars|WEAPON:MORTAR]] began to fall in [[al-Madaris|PLACE]], next to us. {{c1,c11|One fell on the house of [[Hamid Tahir|PERSON]], four people died, his mother, his wife and two children.}} I helped carry them. They came from the side of the [[RSF|ACTOR:Rapid Support Forces]] camp, from the east.
Q: Did you go to the school where people sheltered?
A: Yes, with my wife and my nephew [[Ishaq|PERSON]]. The primary school in [[Jamarik|PLACE:al-Jamarik]]. Maybe four hundred people at the end, in the classrooms, in the yard, everywhere.
Q: What happened on [[the day of the attack|DATE:2023-06-09]]?
A: [[Friday|DATE:2023-06-09]], [[the 9th of June|DATE:2023-06-09]], [[after the dawn prayer|DATE:2023-06-09]]. I am sure of the day, I wrote it in my notebook. The [[RSF|ACTOR:Rapid Support Forces]] and the [[Janjaweed|ACTOR:Rapid Support Forces]] came in pick-ups, I counted six pick-ups, with [[machine guns|WEAPON:SMALL_ARMS]]. They fired on the school first, on the walls and the windows, and one threw a [[grenade|WEAPON:EXPLOSIVE_UNSPECIFIED]] over the gate.
Q: Where were you?
A: I hid in the latrine behind the classrooms, with two other men. From there I heard everything and through the hole I saw part of the yard. {{c2|They separated the men and shot them. I saw Ustaz [[Fadul|PERSON]], a teacher like me, shot in front of the flag. I saw [[Abakar|PERSON]], the tailor who made our uniforms, shot with his brother.}} {{c9|My three cousins were in the yard also. All three, gone.}}
Q: How many were killed?
A: {{c3|When they left, around [[noon|DATE:2023-06-09]], I counted twenty-three bodies in the yard and at the gate.}} {{c4|Later the people of the quarter said more than fifty, because they killed also in the streets around the school.}} I counted only what I saw.
Q: Was anyone from your family hurt?
A: {{c5|[[Ishaq|PERSON]] was shot in the leg when he ran. He is here with me, he limps.}} My wife they did not touch, thanks God, but they took everything from her, the money, the phone.
Q: Were there fighters among the people in the school?
A: No. I know all of them, they were families. The armed young men of the quarter were not there, they were at the other side, near [[al-Jamarik|PLACE]] police post. {{c6|The [[RSF|ACTOR:Rapid Support Forces]] said we are hiding weapons, they burned two classrooms with [[petrol bombs|WEAPON:INCENDIARY]] to find them.}} There were no weapons.
Q: What happened after that?
A: {{c7|I heard that they looted and burned the [[Geneina Teaching Hospital|PLACE]] also, the one where my wife gave birth.}} I did not see it. {{c8|On [[the 15th|DATE:2023-06-15]], we left with the big crowd, thousands, walking to the border.}} {{c10|On the way I saw bodies beside the road, but I did not stop to count.}} I am a geography teacher. [[Geneina|PLACE:El Geneina]] to [[Adre|PLACE:Adré]] is thirty kilometres. It felt like three hundred.
@@witness sd-geneina-yagoub-tirab
@@claim c1 harm=KILLED min=4 max=4 weapon=MORTAR actor="Rapid Support Forces" site="al-Madaris" date=2023-04-26 basis=WITNESSED incident=sd-geneina-20230426-madaris-mortar
@@claim c2 harm=KILLED min=3 max=3 named="Fadul; Abakar" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Jamarik" date=2023-06-09 basis=WITNESSED incident=sd-geneina-20230609-jamarik-school
@@claim c3 harm=KILLED min=23 max=23 weapon=SMALL_ARMS actor="Rapid Support Forces" site="Jamarik" date=2023-06-09 basis=WITNESSED incident=sd-geneina-20230609-jamarik-school
@@claim c4 harm=KILLED min=51 max=null actor="Rapid Support Forces" site="Jamarik" date=2023-06-09 basis=HEARSAY incident=sd-geneina-20230609-jamarik-school
@@claim c5 harm=INJURED min=1 max=1 named="Ishaq" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Jamarik" date=2023-06-09 basis=WITNESSED incident=sd-geneina-20230609-jamarik-school
@@claim c6 harm=PROPERTY_DAMAGE min=2 max=2 weapon=INCENDIARY actor="Rapid Support Forces" site="Jamarik" date=2023-06-09 basis=WITNESSED incident=sd-geneina-20230609-jamarik-school
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="Geneina Teaching Hospital" basis=HEARSAY incident=sd-geneina-20230000-teaching-hospital-looted
@@claim c8 harm=DISPLACED min=2000 max=null site="Geneina" date=2023-06-15 basis=EXPERIENCED incident=sd-geneina-20230615-exodus-to-adre
@@claim c10 harm=KILLED min=null max=null site="Geneina" date=2023-06-15 basis=WITNESSED incident=sd-geneina-20230615-exodus-to-adre
@@claim c9 harm=KILLED min=3 max=3 weapon=SMALL_ARMS actor="Rapid Support Forces" site="Jamarik" date=2023-06-09 basis=WITNESSED incident=sd-geneina-20230609-jamarik-school
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Rapid Support Forces" site="al-Madaris" date=2023-04-26 basis=WITNESSED incident=sd-geneina-20230426-madaris-mortar
