Interview ID: GZ-KY-1409
Date of interview: 9 July 2024
Place of interview: [[Deir al-Balah|PLACE]], [[Gaza|PLACE]] (video call)
Language: Arabic, interpreted
Interviewer: [[Mira Schenk|PERSON]]

[00:00:04] Q: Can you tell me your name and where you lived before the war?
[00:00:09] A: [[Yousef Hamdan al-Astal|PERSON]]. I lived in [[Khan Younis|PLACE]], in [[al-Qarara|PLACE]], near the [[al-Tahrir school|PLACE]]. I am a mechanic, cars, trucks.
[00:00:21] Q: What happened to your family's house?
[00:00:26] A: Not my house, the house of my uncle, [[Abu Rami|PERSON]], in [[Bani Suhaila|PLACE:Bani Suheila]]. Everybody went there because it was big, four floors, they thought it is safer than [[al-Qarara|PLACE]].
[00:00:41] A: {{c1|On [[the 2nd of December|DATE:2023-12-02]], in [[the early morning|DATE:2023-12-02]], an [[air strike|WEAPON:AIRSTRIKE]]... no, sorry, two [[missiles|WEAPON:MISSILE]] from [[the planes|WEAPON:AIRSTRIKE]], and the whole building came down.}} I was in the street behind, going for bread.
[00:00:58] Q: How many people were inside?
[00:01:02] A: {{c2|Thirty-one, thirty-two. They killed 22 from one family, our family, the [[al-Astal|PERSON]] family.}} {{c2|My uncle, his wife, [[Reem|PERSON]], who was six, [[Amal|PERSON]], a two-year-old.}} [crying]
[00:01:20] Q: Take your time.
[00:01:31] A: I am sorry. We dug with the hands, three days. {{c3|Three of them, we never found, they are still under the stones: my cousin [[Rami|PERSON]], his wife, and the baby.}}
[00:01:45] Q: Were any injured?
[00:01:48] A: {{c4|Yes, seven or eight came out alive, injured, my aunt lost her leg.}} I saw them, I carried two to the cart.
[00:02:00] Q: Was there anyone from [[the armed groups|ACTOR:Palestinian armed groups]] in the building?
[00:02:05] A: No. There were no fighters. Only the family and the neighbours who came from [[Khan Younis|PLACE]] camp.
[00:02:14] Q: What happened after that?
[00:02:18] A: {{c5|In [[January|DATE:2024-01-01..2024-01-31]] [[the army|ACTOR:Israeli forces]] came to [[al-Qarara|PLACE]] and dropped papers, go to [[al-Mawasi|PLACE]]. We went, my mother, my wife, my brother [[Hatem|PERSON]] and me.}} They said if we stayed they would consider us fighters.
[00:02:32] Q: Were you stopped on the way?
[00:02:35] A: {{c6|Yes. On [[al-Rashid street|PLACE]], the coast road, at a checkpoint, [[the army|ACTOR:Israeli forces]] took me and [[Hatem|PERSON]] and maybe fifty men, they made us take off our clothes, and they put us in trucks.}}
[00:02:52] A: {{c7|They held me thirty-eight days. First in a place in the sand, a big tent, then in a prison, I think in the south, [[Sde Teiman|PLACE]]. Tied, the eyes covered, all the time.}}
[00:03:08] Q: And your brother?
[00:03:11] A: {{c8|[[Hatem|PERSON]], I saw him [[the first week|DATE:2024-01-01..2024-01-31]], in the tent. After that, no. Until now we have not heard from him.}}
[00:03:21] A: {{c8|When they released me at [[Kerem Shalom|PLACE]], in [[February|DATE:2024-02-01..2024-02-29]], he was not with us. Nobody knows where he is.}}
[00:03:31] Q: Have you asked the Red Cross?
[00:03:34] A: My mother goes every week. They say his name is not with them. {{c8|I do not know if he is alive, if he is in a prison, nothing.}}
[00:03:45] Q: Have you seen any official information about your family?
[00:03:49] A: {{c9|Yes. In [[March|DATE:2024-03-01..2024-03-31]] the Ministry of Health put the list of names of the martyrs, and my uncle and his children are in it, nineteen names of the [[al-Astal|PERSON]] of [[Bani Suheila|PLACE]].}} {{c10|Also on Al Jazeera they said the attack on [[Bani Suheila|PLACE]] [[that day|DATE:2023-12-02]] killed more than thirty.}}
[00:04:05] Q: Was anyone else in your family hurt after you came back?
[00:04:10] A: {{c11|My nephew [[Mustafa|PERSON]], fifteen, in [[May|DATE:2024-05-01..2024-05-31]], [[the quadcopter|WEAPON:DRONE_STRIKE]] shot him in the arm near the water tank in [[al-Mawasi|PLACE]].}} This I saw, I was filling the gallons with him.
[00:04:24] Q: Is he recovering?
[00:04:27] A: The arm, yes, slowly. There is no medicine. At the field hospital they said he needs an operation but there is nothing.
[00:04:38] Q: Has your own house in [[al-Qarara|PLACE]] survived?
[00:04:42] A: {{c12|My neighbour [[Abu Khalil|PERSON]] went to see in [[April|DATE:2024-04-01..2024-04-30]], he told me our house is flat, and the workshop also, with all my tools.}}
[00:04:55] Q: Thank you, [[Yousef|PERSON]]. Anything else?
[00:04:58] A: Only [[Hatem|PERSON]]. If somebody sees him, he is thirty, he has a scar on the chin. Please.

@@witness ps-khanyounis-yousef-alastal
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="Bani Suhaila" date=2023-12-02 basis=WITNESSED incident=ps-banisuheila-20231202-alastal-building-strike
@@claim c2 harm=KILLED min=22 max=22 named="Reem; Amal" weapon=AIRSTRIKE actor="Israeli forces" site="Bani Suhaila" date=2023-12-02 basis=WITNESSED incident=ps-banisuheila-20231202-alastal-building-strike
@@claim c3 harm=MISSING min=3 max=3 named="Rami" weapon=AIRSTRIKE actor="Israeli forces" site="Bani Suhaila" date=2023-12-02 basis=WITNESSED incident=ps-banisuheila-20231202-alastal-building-strike
@@claim c4 harm=INJURED min=7 max=8 weapon=AIRSTRIKE actor="Israeli forces" site="Bani Suhaila" date=2023-12-02 basis=WITNESSED incident=ps-banisuheila-20231202-alastal-building-strike
@@claim c5 harm=DISPLACED min=4 max=4 named="Hatem" actor="Israeli forces" site="al-Qarara" date=2024-01-01..2024-01-31 basis=EXPERIENCED incident=ps-khanyounis-20240100-alastal-family-to-mawasi
@@claim c6 harm=DETAINED min=52 max=52 named="Hatem" actor="Israeli forces" site="al-Rashid street" date=2024-01-01..2024-01-31 basis=EXPERIENCED incident=ps-khanyounis-20240100-coast-road-checkpoint-detentions
@@claim c7 harm=DETAINED min=1 max=1 actor="Israeli forces" site="Sde Teiman" date=2024-01-01..2024-02-29 basis=EXPERIENCED incident=ps-khanyounis-20240100-coast-road-checkpoint-detentions
@@claim c8 harm=MISSING min=1 max=1 named="Hatem" actor="Israeli forces" site="Sde Teiman" date=2024-01-01..2024-02-29 basis=WITNESSED incident=ps-khanyounis-20240100-coast-road-checkpoint-detentions
@@claim c9 harm=KILLED min=19 max=19 weapon=AIRSTRIKE actor="Israeli forces" site="Bani Suheila" date=2023-12-02 basis=REPORTED incident=ps-banisuheila-20231202-alastal-building-strike
@@claim c10 harm=KILLED min=31 max=null site="Bani Suheila" date=2023-12-02 basis=REPORTED incident=ps-banisuheila-20231202-alastal-building-strike
@@claim c11 harm=INJURED min=1 max=1 named="Mustafa" weapon=DRONE_STRIKE actor="Israeli forces" site="al-Mawasi" date=2024-05-01..2024-05-31 basis=WITNESSED incident=ps-mawasi-20240500-mustafa-quadcopter-shooting
@@claim c12 harm=PROPERTY_DAMAGE min=null max=null site="al-Qarara" date=2024-01-01..2024-04-30 basis=HEARSAY incident=ps-khanyounis-20240000-alastal-house-workshop
