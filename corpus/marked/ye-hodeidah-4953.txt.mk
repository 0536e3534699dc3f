Interview ID: YE-HOD-4953
Date of interview: 23 June 2019
Place of interview: [[Aden|PLACE]], [[al-Mansoura|PLACE]] district
Language: Arabic (Tihami dialect), interpreted into English
Interviewer: [[Joanna Petrakis|PERSON]]
Interpreter: [[Wafa Bamatraf|PERSON]]

INTERVIEWER: Please tell me your name and where you lived in [[Hodeidah|PLACE]].
WITNESS: [[Khadija Hassan Muqbil|PERSON]]. Forty-one years. In [[al-Haly|PLACE:al-Hali]], near [[Sanaa street|PLACE]], behind the fish sellers.
INTERPRETER: She says [[al-Haly|PLACE:al-Hali]], it is [[al-Hali|PLACE]] district, in the north of the city, near the port.
INTERVIEWER: What was your husband's work?
WITNESS: [[Ali|PERSON]] was a fisherman. [[Ali Yahya Muqbil|PERSON]]. He had a small boat with his cousin, they went out from [[al-Mina|PLACE]] every night.
INTERVIEWER: You said he was taken. When was that?
WITNESS: In [[Ramadan|DATE:2018-05-16..2018-06-14]], the one before last. [[The fourth day|DATE:2018-05-19]], I remember, because he did not come for the iftar.
WITNESS: {{c1|The [[Houthis|ACTOR:Houthis]] stopped him at the checkpoint near the port with two other fishermen, the brothers [[Ba-Alawi|PERSON]]. They said the fishermen give the places of the boats to [[the coalition|ACTOR:Saudi-led coalition]]. They took all three in a car.}}
WITNESS: I did not see it. The other fishermen came to my door and told me.
INTERVIEWER: Did you hear from him after?
WITNESS: {{c2|Nothing. One year and one month. I went to the prison in the city, to the supervisor, to the sheikh of the fishermen. Everybody says I don't know.}} [crying]
WITNESS: The small brother [[Ba-Alawi|PERSON]], [[Salem|PERSON]], they let him out [[after three months|DATE:2018-08-15..2018-09-15]]. He said he saw [[Ali|PERSON]] one time in the yard of a prison, but he did not know which prison, they had covered his eyes.
INTERVIEWER: I'm sorry. Let us stop a moment if you want.
WITNESS: No. I want to say it.
INTERVIEWER: Tell me about your street in [[November|DATE:2018-11-01..2018-11-30]].
WITNESS: When the fighting came near the city, [[the Giants|ACTOR:Yemeni government forces]] came from the south, from [[Kilo 16|PLACE]], and every night there were [[shells|WEAPON:ARTILLERY]]. {{c5|On [[the 8th of November|DATE:2018-11-08]], [[the Thursday|DATE:2018-11-08]], [[after midnight|DATE:2018-11-08..2018-11-09]], one fell on the house of our neighbour [[Abdo Haddad|PERSON]].}}
WITNESS: {{c3,c5|The roof of their room came down.}} {{c3|Their daughter [[Ruqaya|PERSON]], nine years, she was sleeping there with her grandmother. [[Ruqaya|PERSON]] did not wake up.}} {{c4|The grandmother, her hip is broken, she cannot walk now, they carry her.}}
WITNESS: {{c3|We took [[Ruqaya|PERSON]] out with our hands in the dark. We buried her [[the next day|DATE:2018-11-09]], in the small cemetery near the sea.}}
WITNESS: {{c5|Their house is finished, only one wall is standing.}} {{c6|Our window glass and the door of the yard, broken.}}
INTERVIEWER: Do you know who fired?
WITNESS: The [[shells|WEAPON:ARTILLERY]] came from the south, where [[the Giants|ACTOR:Yemeni government forces]] were. I think from them. But the [[Houthis|ACTOR:Houthis]] had a [[mortar|WEAPON:MORTAR]] near the school, so maybe it was an answer to them. I am not sure.
INTERVIEWER: Was there an [[air strike|WEAPON:AIRSTRIKE]] [[that night|DATE:2018-11-08..2018-11-09]]?
WITNESS: No. [[That night|DATE:2018-11-08..2018-11-09]] no [[planes|WEAPON:AIRSTRIKE]]. Only the [[shells|WEAPON:ARTILLERY]].
INTERVIEWER: When did you leave [[Hodeidah|PLACE]]?
WITNESS: {{c7|[[Two days after the burial|DATE:2018-11-11]]. Me, my mother-in-law and my five children, in a bus to [[Aden|PLACE]], by the coast road.}} Eleven hours, and the checkpoints, and the children sick.
WITNESS: {{c8|The whole street left in [[that week|DATE:2018-11-08..2018-11-15]]. More than thirty families. Only the old men stayed to guard the houses.}}
INTERVIEWER: Has anyone else in your family been hurt?
WITNESS: My nephew [[Waddah|PERSON]], the son of my sister. He is fifteen. They stayed in [[Hodeidah|PLACE]] because his father is sick.
WITNESS: {{c9|In [[December|DATE:2018-12-01..2018-12-31]], [[after the truce|DATE:2018-12-13..2018-12-31]], he went with his friends for firewood near [[al-Mandhar|PLACE]]. He stepped on a [[mine|WEAPON:LANDMINE]]. The [[mine|WEAPON:LANDMINE]] took both his legs. He lived two days in [[al-Thawra hospital|PLACE]], then he went.}}
WITNESS: My sister told me on the phone. I could not go to the funeral, the road was closed.
INTERVIEWER: Who put the [[mines|WEAPON:LANDMINE]] there?
WITNESS: People say the [[Houthis|ACTOR:Houthis]] put [[mines|WEAPON:LANDMINE]] everywhere around the airport. I do not know about that place exactly.
INTERVIEWER: Is there anything else?
WITNESS: Only [[Ali|PERSON]]. If you can ask about [[Ali Yahya Muqbil|PERSON]]. If he is alive, I want to know. If he is dead, I want to know also.
@@witness ye-hodeidah-khadija-hassan-muqbil
@@claim c1 harm=DETAINED min=3 max=3 named="Ali Yahya Muqbil; Ba-Alawi" actor="Houthis" site="al-Mina" date=2018-05-19 basis=HEARSAY incident=ye-hodeidah-20180519-port-checkpoint-fishermen
@@claim c2 harm=MISSING min=1 max=1 named="Ali Yahya Muqbil" actor="Houthis" site="al-Mina" date=2018-05-19 basis=EXPERIENCED incident=ye-hodeidah-20180519-port-checkpoint-fishermen
@@claim c3 harm=KILLED min=1 max=1 named="Ruqaya" weapon=ARTILLERY site="al-Hali" date=2018-11-08..2018-11-09 basis=WITNESSED incident=ye-hodeidah-20181108-haddad-house-shell
@@claim c4 harm=INJURED min=1 max=1 weapon=ARTILLERY site="al-Hali" date=2018-11-08..2018-11-09 basis=WITNESSED incident=ye-hodeidah-20181108-haddad-house-shell
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="al-Hali" date=2018-11-08..2018-11-09 basis=WITNESSED incident=ye-hodeidah-20181108-haddad-house-shell
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="al-Hali" date=2018-11-08..2018-11-09 basis=EXPERIENCED incident=ye-hodeidah-20181108-haddad-house-shell
@@claim c7 harm=DISPLACED min=7 max=7 named="Khadija Hassan Muqbil" site="Hodeidah" date=2018-11-11 basis=EXPERIENCED incident=ye-hodeidah-20181111-muqbil-family-flight-aden
@@claim c8 harm=DISPLACED min=31 max=null site="al-Hali" date=2018-11-08..2018-11-15 basis=WITNESSED incident=ye-hodeidah-20181100-hali-street-families-flight
@@claim c9 harm=KILLED min=1 max=1 named="Waddah" weapon=LANDMINE site="al-Mandhar" date=2018-12-13..2018-12-31 basis=HEARSAY incident=ye-hodeidah-20181200-mandhar-firewood-mine-waddah
