Interview ID: UA-KHE-1503
Date of interview: 14/03/2024
Place of interview: [[Odesa|PLACE]], community centre on [[Rishelievska street|PLACE]]
Language: Ukrainian and Russian (surzhyk); interpreted
Interviewer: [[Ines Carvalho|PERSON]]
Interpreter: [[Hlib Marchuk|PERSON]]

Q: Please tell me who you are and where you lived.
A: [[Myroslava Kuksa|PERSON]], fifty-two. We lived on [[Korabel|PLACE]], the island part of [[Kherson|PLACE]], a five-storey building. My husband [[Tymofii|PERSON]] had a boat at the station on [[Karantynnyi island|PLACE]], he fished, he sold fish at the market. That was our life.
Q: What happened to your husband during the occupation?
A: [pause] {{c1|[[The 12th of August|DATE:2022-08-12]], [[2022|DATE:2022-01-01..2022-12-31]]. I was at the boat station with him, bringing his lunch. [[Russian soldiers|ACTOR:Russian armed forces in Ukraine]] came in two cars, with the Z, and they took three of them, my [[Tima|PERSON]], [[Serafym Hnatenko|PERSON]] and [[Klym|PERSON]], the old one who repaired the engines.}}
[Interpreter: Tima is the short form of Tymofii.]
A: {{c1|They put tape on their eyes, right there, on the jetty, and pushed them into the car.}} They said to me, shut up, woman, go home. I went home. What could I do.
Q: Where did they take them?
A: Later [[Tima|PERSON]] said first to some garage on the island, then to the detention centre on [[Perekopska street|PLACE]]. {{c2|They kept him forty-four days.}} He came back at [[the end of September|DATE:2022-09-20..2022-09-30]], thin like a stick, with no teeth in the front. He does not talk about it. Only, sometimes, at night, he shouts.
Q: And the other two men?
A: [[Klym|PERSON]] came out before, [[after one week|DATE:2022-08-19]], because he is old and sick. {{c3|[[Serafym|PERSON]], no. [[Serafym|PERSON]] did not come back. His mother went to the commandant's office every Monday, and they told her, we do not have such a person. Until today she does not know where her son is.}}
Q: Did they search your home as well?
A: Yes, in [[September|DATE:2022-09-01..2022-09-30]], when [[Tima|PERSON]] was still inside. Four of them, they turned everything over, they read my phone, my messages with my daughter in [[Mykolaiv|PLACE]]. They said, we can take you also. But they did not take me, they took only the fishing radio and a bottle of cognac. [laughs] Then they went away.
Q: [[After the liberation|DATE:2022-11-11..2022-11-30]] in [[November|DATE:2022-11-01..2022-11-30]], did you stay?
A: We stayed. We were so happy, you cannot imagine. Then the other happiness started. [[The Russians|ACTOR:Russian armed forces in Ukraine]] went over the [[Dnipro|PLACE]] and from the left bank they shoot. The [[Grad|WEAPON:ROCKET]], the [[artillery|WEAPON:ARTILLERY]], and then these [[drones|WEAPON:DRONE_STRIKE]] that chase people on bicycles.
Q: Was your building hit?
A: {{c4|In [[May|DATE:2023-05-01..2023-05-31]], [[the 3rd or the 4th of May|DATE:2023-05-03..2023-05-04]], at [[lunchtime|DATE:2023-05-03..2023-05-04]], a [[shell|WEAPON:ARTILLERY]] came into the top floor, our building. The roof came down on the fifth floor, and on the fourth there were cracks all through the walls, you could see the sky.}} We were on the second, thank God.
A: {{c5|Our neighbour [[Orysia|PERSON]] from the fifth was on the stairs with her shopping, a piece of concrete broke her collarbone and cut her head.}} I tied her head with my scarf. Nobody died in our building [[that day|DATE:2023-05-03..2023-05-04]]. Nobody.
Q: Did you hear of other people hurt on [[Korabel|PLACE]]?
A: {{c6|In [[June|DATE:2023-06-01..2023-06-30]], [[after the dam|DATE:2023-06-06..2023-06-30]], when the water came, the news on the television said that [[the Russians|ACTOR:Russian armed forces in Ukraine]] fired on the people who were taking out the flooded ones on [[Ostriv|PLACE]], and that three were wounded, a policeman among them.}}
[Interpreter: Ostriv means "the island", it is another district of [[Kherson|PLACE]], near [[Korabel|PLACE]].]
A: This I did not see. I heard it on the news, like everybody.
Q: When did you decide to leave?
A: {{c7|In [[July 2023|DATE:2023-07-01..2023-07-31]]. We took the cat and two bags and came here to [[Odesa|PLACE]], me and [[Tymofii|PERSON]], to my sister.}} [[Tima|PERSON]] did not want. He said, who will sell the fish. I said, there is no more fish for us.
Q: Is there something you want to add?
A: {{c3|Only write [[Serafym Hnatenko|PERSON]]'s name correctly, with the "H". Maybe somebody reads it and knows where he is.}}

@@witness ua-kherson-myroslava-kuksa
@@claim c1 harm=DETAINED min=3 max=3 named="Tima; Serafym Hnatenko; Klym" actor="Russian armed forces in Ukraine" site="Karantynnyi island" date=2022-08-12 basis=WITNESSED incident=ua-kherson-20220812-karantynnyi-fishermen-taken
@@claim c2 harm=DETAINED min=1 max=1 named="Tima" actor="Russian armed forces in Ukraine" site="Perekopska street" date=2022-08-12..2022-09-30 basis=HEARSAY incident=ua-kherson-20220812-karantynnyi-fishermen-taken
@@claim c3 harm=MISSING min=1 max=1 named="Serafym Hnatenko" actor="Russian armed forces in Ukraine" site="Karantynnyi island" date=2022-08-12 basis=WITNESSED incident=ua-kherson-20220812-karantynnyi-fishermen-taken
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Korabel" date=2023-05-03..2023-05-04 basis=WITNESSED incident=ua-kherson-20230503-korabel-kuksa-building
@@claim c5 harm=INJURED min=1 max=1 named="Orysia" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Korabel" date=2023-05-03..2023-05-04 basis=WITNESSED incident=ua-kherson-20230503-korabel-kuksa-building
@@claim c6 harm=INJURED min=3 max=3 actor="Russian armed forces in Ukraine" site="Ostriv" date=2023-06-01..2023-06-30 basis=REPORTED incident=ua-kherson-20230600-ostriv-flood-evacuation-shelled
@@claim c7 harm=DISPLACED min=2 max=2 named="Tymofii" site="Korabel" date=2023-07-01..2023-07-31 basis=EXPERIENCED incident=ua-kherson-20230700-kuksa-family-displaced
