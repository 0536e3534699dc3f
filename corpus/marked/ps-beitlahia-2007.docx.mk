TESTIMONY RECORD
Interview ID: PS-BLH-2007
Interview date: 20/04/2024
Location: [[Gaza City|PLACE]], [[Sheikh Radwan|PLACE]]
Language: Arabic
Interviewer: [[Dana Whitfield|PERSON]]
Interpreter: [[Wisam Barghouti|PERSON]]
Q: Please tell us your name and where your home is.
A: [[Nabila Ghaben|PERSON]], [[Umm Iyad|PERSON]]. Forty-four. Our home is in [[Beit Lahiya|PLACE:Beit Lahia]], in [[al-Atatra|PLACE]], near the sea. We are farmers, the [[Ghaben|PERSON]] family, strawberries, tomatoes, we had a greenhouse and a well.
Q: What happened to the farm?
A: It was [[the Friday|DATE:2023-10-13]], [[one week after the war started|DATE:2023-10-13]]. In [[the evening|DATE:2023-10-13]] something came down from the sky, white, like threads of cotton burning. It was the [[white phosphorus|WEAPON:INCENDIARY]], everybody knows it now.
A: {{c1|It fell on the greenhouse and the plastic caught fire, the greenhouse was torn apart and burned in ten minutes, the strawberry seedlings, the pipes, all of it.}} The smell stayed on our clothes for days.
Q: Was anyone in your family hurt [[that evening|DATE:2023-10-13]]?
A: No, thank God, nobody was hurt [[that evening|DATE:2023-10-13]], we were inside the house. Only we were coughing.
Q: And after that?
A: Then the [[shelling|WEAPON:ARTILLERY]] came closer, from [[the tanks|WEAPON:ARTILLERY]] at the border. {{c2|[[Around the 20th|DATE:2023-10-18..2023-10-22]], two [[shells|WEAPON:ARTILLERY]] fell in the field and the well was ruined, the pump house collapsed into it, no more water.}} So we left. We went to [[Jabalya|PLACE:Jabalia]], to the school.
Q: Which school?
A: The [[Halima Sadia school|PLACE:Halima al-Saadia school]]. In [[Jabalya|PLACE:Jabalia]] camp. We stayed there two months, my husband, me and the children.
Q: Did anyone from your family stay in [[Beit Lahia|PLACE]]?
A: My nephew, [[Sohaib|PERSON]]. [[Sohaib Ghaben|PERSON]], twenty-two. He went back to feed the chickens, [[some days before the truce|DATE:2023-11-18..2023-11-23]]. {{c3|My brother-in-law called us and said a [[sniper|WEAPON:SMALL_ARMS]] shot [[Sohaib|PERSON]] in the street beside our house and he died there, they could not take his body for three days.}} I did not see it. I saw only his grave, later.
Q: Who was the [[sniper|WEAPON:SMALL_ARMS]], did they say?
A: The [[sniper|WEAPON:SMALL_ARMS]] of [[the army|ACTOR:Israeli forces]], from the house of our neighbours, [[the soldiers|ACTOR:Israeli forces]] were inside it.
Q: Can you tell me what happened at the school in [[December|DATE:2023-12-01..2023-12-31]]?
A: It was [[a Tuesday|DATE:2023-12-12]], [[the 12th or 13th|DATE:2023-12-12..2023-12-13]], I am not sure, the days were all the same. The tanks came around the school at [[night|DATE]]. In [[the morning|DATE]] they shouted from the loudspeaker, men out, women stay.
A: {{c4|They took all the men, I think more than a hundred, I saw them sitting in the sand in their underwear, with the eyes covered, and then the trucks took them.}} {{c5|My husband [[Muath Ghaben|PERSON]], [[Abu Iyad|PERSON]], they took him also.}}
Q: What about your son?
A: [[Iyad|PERSON]] is fifteen. The soldier took his ID card... no, he has no card, he is small. The soldier looked at him, asked him his age, and pushed him back to the women. Thank God. They let him stay with us.
Q: Did anything else happen in the school?
A: They threw the small [[gas bombs|WEAPON:CHEMICAL]] in the corridor. People were vomiting. And they said on the loudspeaker, if anyone stays in the school after [[tomorrow|DATE:2023-12-13..2023-12-14]], we will burn it on him. So we left.
Q: Where did you go?
A: {{c6|We walked to [[Gaza City|PLACE]], me and the five children, to my sister in [[Sheikh Radwan|PLACE]], we slept on the floor of her kitchen.}} Six of us. We are there until today.
Q: Have you had news of your husband?
A: {{c7|Four months, nothing. We don't know where he is, if he is alive, in which prison, nothing.}} A man who was released from [[Jabalya|PLACE:Jabalia]], [[Abu Shadi|PERSON]], told me he saw [[Muath|PERSON]] in the camp in the [[Negev|PLACE]], in [[January|DATE:2024-01-01..2024-01-31]], alive. But officially, nothing. The lawyer said his name is not on any list.
Q: Is there anything you want to add?
A: We were farmers. We have nothing to do with anything. The greenhouse, the well, my husband. I want my husband.
@@witness ps-beitlahia-nabila-ghaben
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="al-Atatra" date=2023-10-13 basis=EXPERIENCED incident=ps-beitlahia-20231013-atatra-greenhouse-phosphorus
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="al-Atatra" date=2023-10-18..2023-10-22 basis=EXPERIENCED incident=ps-beitlahia-20231020-atatra-well-shells
@@claim c3 harm=KILLED min=1 max=1 named="Sohaib" weapon=SMALL_ARMS actor="Israeli forces" site="al-Atatra" date=2023-11-18..2023-11-23 basis=HEARSAY incident=ps-beitlahia-20231100-atatra-sniper-sohaib-ghaben
@@claim c4 harm=DETAINED min=101 max=null actor="Israeli forces" site="Halima Sadia school" date=2023-12-12..2023-12-13 basis=WITNESSED incident=ps-jabalia-20231212-halima-school-men-taken
@@claim c5 harm=DETAINED min=1 max=1 named="Muath Ghaben; Abu Iyad" actor="Israeli forces" site="Halima Sadia school" date=2023-12-12..2023-12-13 basis=WITNESSED incident=ps-jabalia-20231212-halima-school-men-taken
@@claim c6 harm=DISPLACED min=6 max=6 site="Jabalya" date=2023-12-12..2023-12-14 basis=EXPERIENCED incident=ps-jabalia-20231213-nabila-ghaben-family-displaced
@@claim c7 harm=MISSING min=1 max=1 named="Muath Ghaben" actor="Israeli forces" site="Halima Sadia school" date=2023-12-12..2023-12-13 basis=EXPERIENCED incident=ps-jabalia-20231212-halima-school-men-taken
