Interview ID: CD-OIC-4851
Date of interview: 20 May 2024
Place of interview: [[Oicha|PLACE]], [[Beni|PLACE]] territory, [[North Kivu|PLACE]]
Language: Kinande and Swahili, interpreted into English
Interviewer: [[Ingrid Solberg|PERSON]]
Interpreter: [[Josué Kasereka Vahwere|PERSON]]

Q: Thank you for coming. Please tell me your name and where you lived before.
A: [[Kavugho Maombi|PERSON]]. I was living in [[Kokola|PLACE]], on the road from [[Oicha|PLACE]] going to [[Eringeti|PLACE]]. We moved there in [[2009|DATE:2009-01-01..2009-12-31]], me and my husband [[Kakule Vyalengerera|PERSON]], because the land was good for cocoa.
Q: Is your husband with you now?
A: No. [[Kakule|PERSON]] died in [[2015|DATE:2015-01-01..2015-12-31]], a car accident, the truck of beans overturned near [[Mavivi|PLACE]]. That was before all this, it has nothing to do with the war. I only say it so you know I was alone with the children.
Q: Tell me about the attack on [[Kokola|PLACE]].
A: It was [[the year 2021|DATE:2021-01-01..2021-12-31]]. [[The night of the 14th of March|DATE:2021-03-14]]. [[A Sunday|DATE:2021-03-14]], because in [[the afternoon|DATE:2021-03-14]] we had been at the prayer. Eh, I mean [[the night going to the Monday|DATE:2021-03-14..2021-03-15]], after we had slept.
A: We heard the [[gunfire|WEAPON:SMALL_ARMS]] first from the side of the chapel. Tac tac, and then quiet, and then again. My son [[Tsongo|PERSON]] said, mama, it is the [[ADF|ACTOR:ADF]]. We did not light anything. We went out through the back into the cocoa.
[Interpreter: She says they lay down between the cocoa trees, behind the latrines.]
A: From there I saw the fire. {{c1|They burned the houses on the upper side, the house of [[Muhesi|PERSON]], the house of the teacher, maybe six houses, I saw the roofs going up.}}
Q: Could you see the attackers?
A: Only shapes, with torches on the head. They were speaking Swahili and another language, not Kinande. That is why we say [[ADF|ACTOR:ADF]].
Q: What did you see in [[the morning|DATE:2021-03-15]]?
A: {{c2|In [[the morning|DATE:2021-03-15]] we came out and I saw three bodies on the road near the chapel. Our neighbour [[Mbusa Kyavumba|PERSON]], he was old, sixty or more, and his daughter-in-law [[Tumaini Kahambu|PERSON]], and a boy I did not know. They were cut with machetes, not shot.}}
A: [[Tumaini|PERSON]], you know, tumaini means hope. She was always laughing, that one. [crying]
[pause]
Q: We can stop if you want.
A: No, continue.
A: {{c3|After, the chief of the village said eleven people were killed in [[Kokola|PLACE]] [[that night|DATE:2021-03-14]]. Eleven. He said it at the burial.}} Some people say more, because some bodies were found later in the fields.
Q: Were any people taken?
A: {{c4|Yes. They took [[Mwangaza|PERSON]], the daughter of [[Muhesi|PERSON]], she was fourteen, and two young men to carry the things they stole.}} One of the young men escaped [[after three days|DATE:2021-03-17]] and came back to [[Oicha|PLACE]]. {{c7|[[Mwangaza|PERSON]], nobody has seen her since, not one word.}}
Q: Was there an army position in [[Kokola|PLACE]]?
A: The [[FARDC|ACTOR:FARDC]] had a small post near the bridge. [[That night|DATE:2021-03-14]] the post was not attacked. They did not come out until [[the morning|DATE:2021-03-15]]. Nobody of [[the soldiers|ACTOR:FARDC]] was hurt.
Q: When did you leave?
A: {{c5|[[The same day|DATE:2021-03-15]]. In [[the afternoon|DATE:2021-03-15]] we walked to [[Oicha|PLACE]], me and my four children, with our mattresses on the head.}} All the people of the lower side came, I think more than a hundred families.
A: We are still here in [[Oicha|PLACE]], renting one room. We were afraid they would come back, and they came back.
Q: What do you mean?
A: {{c6|In [[April|DATE:2021-04-01..2021-04-30]], [[three weeks after|DATE:2021-04-04]], a [[bomb|WEAPON:IED]] was buried in the road at the entrance of [[Kokola|PLACE]], on the side of [[Oicha|PLACE]]. A moto went on it. The driver [[Katsuva Mulwahali|PERSON]] and his passenger died.}} I did not see it. My cousin [[Vinywasiki|PERSON]] called me on the phone [[that evening|DATE:2021-04-04]] and told me.
Q: Are you sure it was a [[bomb|WEAPON:IED]] in the road and not a [[mine|WEAPON:LANDMINE]]?
A: I don't know the difference. They said a [[bomb|WEAPON:IED]] under the earth, that the [[ADF|ACTOR:ADF]] put it for [[the soldiers|ACTOR:FARDC]]. If we had gone back to the fields that week, maybe it would have been us.
Q: Is there anything you want to add?
A: Write the names. [[Mbusa Kyavumba|PERSON]], [[Tumaini|PERSON]], [[Mwangaza|PERSON]]. Also the boy, even if I don't know his name.
@@witness cd-oicha-kavugho-maombi
@@claim c1 harm=PROPERTY_DAMAGE min=6 max=6 actor=ADF site="Kokola" date=2021-03-14 basis=WITNESSED incident=cd-oicha-20210314-kokola-night-raid
@@claim c2 harm=KILLED min=3 max=3 named="Mbusa Kyavumba; Tumaini Kahambu" actor=ADF site="Kokola" date=2021-03-14..2021-03-15 basis=WITNESSED incident=cd-oicha-20210314-kokola-night-raid
@@claim c3 harm=KILLED min=11 max=11 actor=ADF site="Kokola" date=2021-03-14 basis=REPORTED incident=cd-oicha-20210314-kokola-night-raid
@@claim c4 harm=DETAINED min=3 max=3 named="Mwangaza" actor=ADF site="Kokola" date=2021-03-14 basis=HEARSAY incident=cd-oicha-20210314-kokola-night-raid
@@claim c5 harm=DISPLACED min=5 max=5 site="Kokola" date=2021-03-15 basis=EXPERIENCED incident=cd-oicha-20210314-kokola-night-raid
@@claim c6 harm=KILLED min=2 max=2 named="Katsuva Mulwahali" weapon=IED actor=ADF site="Kokola" date=2021-04-04 basis=HEARSAY incident=cd-oicha-20210404-kokola-road-bomb
@@claim c7 harm=MISSING min=1 max=1 named="Mwangaza" actor=ADF site="Kokola" basis=HEARSAY incident=cd-oicha-20210314-kokola-night-raid
