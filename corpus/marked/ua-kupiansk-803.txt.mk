@@newline crlf
Interview ID: UA-KUP-803 (follow-up to UA-KUP-801)
Interview date: 2024-02-20
Location: [[Poltava|PLACE]], by video call
Language: Ukrainian
Interviewer: [[Marta Kolesnyk|PERSON]]

Q: [[Halyna Vasylivna|PERSON]], thank you for talking again. You are in [[Poltava|PLACE]] now?
A: Yes, with my daughter [[Oksana|PERSON]], since [[January|DATE:2024-01-01..2024-01-31]]. In [[Kharkiv|PLACE]] it was also loud. {{c5,c6|On [[the 10th of January|DATE:2024-01-10]], at [[five in the morning|DATE:2024-01-10]], a [[missile|WEAPON:MISSILE]], the [[S-300|WEAPON:MISSILE]] they said, hit the building across from the collective centre, and the windows of our room came in, and the woman in the next bed, [[Liubov Oliinyk|PERSON]], was cut on the head.}} And my daughter said, mama, enough.
Q: Last time you spoke about the bread queue on [[Poshtova street|PLACE]]. Do you want to add anything?
A: Yes, I want to correct. I said four. {{c1|It is five now, because [[Petro|PERSON]], [[Petro Sydorenko|PERSON]] from the garages, he was still alive when they took him, and he died in the hospital [[the same night|DATE:2023-10-14]].}} I learned it from his sister at the funeral of [[Zina|PERSON]]. So five. Some people in the town say seven, but I saw what I saw.
Q: Did you learn anything else about [[that day|DATE]]?
A: The police came [[after two days|DATE:2023-10-16]] and took the pieces. The policeman, young, [[Denys|PERSON]], said to me it was a hundred-fifty-two, the [[artillery|WEAPON:ARTILLERY]]. I don't know these numbers. He said it.
Q: You mentioned the kiosk was hit again?
A: Yes, but that was different. {{c2|On [[the 27th of December|DATE:2023-12-27]], my neighbour wrote me on Viber, a [[shell|WEAPON:ARTILLERY]] hit the kiosk itself, at [[night|DATE]], when it was closed, and it burned.}} Nobody was there, thank God, no queue at night. If it was in the day with the queue, again, they would all be killed. [pause] I think about this.
Q: Can you tell me about your son-in-law?
A: [[Andrii|PERSON]]. [[Andrii Poliakov|PERSON]]. He is in [[the Ukrainian army|ACTOR:Ukrainian armed forces]], since [[2022|DATE:2022-01-01..2022-12-31]]. {{c3|He is missing since [[the 3rd of January|DATE:2024-01-03]], near [[Synkivka|PLACE]], north of [[Kupiansk|PLACE]].}} The commander told [[Oksana|PERSON]] only "missing". Not dead, not prisoner. Missing. So we wait.
Q: I'm sorry. In your first interview you mentioned the liberation, in [[September 2022|DATE:2022-09-01..2022-09-30]]. What happened then in your street?
A: When [[the Russians|ACTOR:Russian armed forces in Ukraine]] ran, they left [[mines|WEAPON:LANDMINE]] everywhere. In the park, in the gardens, near the railway. {{c4|A boy from our block, [[Maksym|PERSON]], twelve, he went to the park behind the school number five to look for the cartridges, like boys do, and a [[mine|WEAPON:LANDMINE]] took his foot.}} This was [[maybe a week after liberation|DATE:2022-09-17..2022-09-24]]. The sappers came after and found more, many, in the same place, I saw them with the red tape.
Q: Was anyone else hurt by [[mines|WEAPON:LANDMINE]] that you know?
A: No, in our street no. Only [[Maksym|PERSON]]. People were afraid, nobody went to the park [[that autumn|DATE:2022-09-01..2022-11-30]].
Q: How is your shoulder?
A: It hurts when it rains. [laughs] Like an old soldier. The doctor in [[Poltava|PLACE]], Dr. [[Shevchuk|PERSON]], said the metal can stay, it is small.
Q: Thank you, [[Halyna Vasylivna|PERSON]].
A: Write that they were grandmothers with bags. Write it like that.
@@witness ua-kupiansk-halyna-moroz
@@claim c1 harm=KILLED min=5 max=5 named="Petro; Petro Sydorenko; Zina" weapon=ARTILLERY site="Poshtova street" date=2023-10-14 basis=WITNESSED incident=ua-kupiansk-20231014-poshtova-bread-queue
@@claim c5 harm=INJURED min=1 max=1 named="Liubov Oliinyk" weapon=MISSILE site="Kharkiv" date=2024-01-10 basis=WITNESSED incident=ua-kharkiv-20240110-collective-centre-s300
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Poshtova street" date=2023-12-27 basis=HEARSAY incident=ua-kupiansk-20231227-poshtova-kiosk-night
@@claim c3 harm=MISSING min=1 max=1 named="Andrii; Andrii Poliakov" site="Synkivka" date=2024-01-03 basis=HEARSAY incident=ua-kupiansk-20240103-poliakov-missing
@@claim c4 harm=INJURED min=1 max=1 named="Maksym" weapon=LANDMINE actor="Russian armed forces in Ukraine" site="Kupiansk" date=2022-09-17..2022-09-24 basis=HEARSAY incident=ua-kupiansk-20220900-park-mine-maksym
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Kharkiv" date=2024-01-10 basis=EXPERIENCED incident=ua-kharkiv-20240110-collective-centre-s300
