id: ly-derna-1114
interview_date: 2018-11-03
place: Tobruk, Libya
language: Arabic (Libyan), interpreted into English

INTERVIEWER: Please tell me your name and where you lived in [[Derna|PLACE]].
WITNESS: I am [[Fatima Miftah al-Hasi|PERSON]]. We lived in [[Shiha|PLACE]], [[Sheiha al-Gharbiya|PLACE:Shiha]], the western part, near the [[Sahaba mosque|PLACE]]. My husband [[Idris|PERSON]] works in the port, before.
INTERVIEWER: How was life in [[Derna|PLACE]] during the siege?
WITNESS: Very hard, I cannot describe it, eh, it was like a prison with the sea on one side. From [[2016|DATE:2016-01-01..2016-12-31]] [[Haftar's forces|ACTOR:Libyan National Army]] closed the roads. No gas, no flour sometimes, the prices, ya rabbi. And inside, [[the Shura Council|ACTOR:Derna Protection Force]] was in control. We were between two fires.
INTERVIEWER: What happened in [[May 2018|DATE:2018-05-01..2018-05-31]]?
WITNESS: In [[May|DATE:2018-05-01..2018-05-31]] the big attack started, [[the army|ACTOR:Libyan National Army]] came from [[al-Fatayeh|PLACE]] and from the [[Dahr al-Hamar|PLACE]] side. It was [[Ramadan|DATE:2018-05-16..2018-06-14]].
WITNESS: {{c1|On [[the 13th of Ramadan|DATE:2018-05-29]], I remember because my son [[Anas|PERSON]] was fasting his first full day, there was the [[shelling|WEAPON:ARTILLERY]] on the bakery, the [[Bouzid bakery|PLACE]], in [[Shiha|PLACE]], [[before the maghrib|DATE:2018-05-29]], when the people were waiting for bread for iftar.}}
WITNESS: {{c2|I sent [[Anas|PERSON]] with his cousin [[Marwan|PERSON]] for the bread. [[Marwan|PERSON]] came back alone, running, covered in white dust, flour, and blood not his. He said "[[Anas|PERSON]] is hurt".}} I ran in the street with no hijab, my neighbour [[Umm Salem|PERSON]] ran after me with a scarf.
INTERVIEWER: Was he badly hurt?
WITNESS: {{c3|In the stomach and the leg. We took him to the [[al-Harish hospital|PLACE]], the only one still working a little. The doctors did the operation with the light of a phone. He lived. Praise God, he lived.}}
WITNESS: {{c4|At the bakery, they said four dead. The baker, [[Abu Bakr Bouzid|PERSON]], and his helper, an Egyptian boy, and two men from the line.}} {{c5|I heard also around twenty injured, children also.}}
INTERVIEWER: Do you know what kind of weapon it was?
WITNESS: [[Grad|WEAPON:ROCKET]], people said. Many came together, like rain. But some say [[tank shells|WEAPON:ARTILLERY]]. I don't know weapons. I know that it came from the hills where [[the army|ACTOR:Libyan National Army]] was, [[Haftar|ACTOR:Libyan National Army]].
INTERPRETER: She says "the army" and "Haftar", both for the same side.
INTERVIEWER: Was there anything else [[that day|DATE]]?
WITNESS: {{c6,c10|Yes, [[the same day|DATE:2018-05-29]], earlier, [[the planes|WEAPON:AIRSTRIKE]] bombed in [[al-Maghar|PLACE]], near the sea, a house.}} {{c6|My sister lives there, she told me a family was under the rubble, three people.}} But that was a different place, not our street. Two kilometres maybe.
INTERVIEWER: When did you leave [[Derna|PLACE]]?
WITNESS: {{c7|In [[June|DATE:2018-06-01..2018-06-30]], [[after Eid|DATE]]. When [[the army|ACTOR:Libyan National Army]] took most of the city, they opened a corridor, and we went out, to [[Tobruk|PLACE]], all of us, nine, with [[Anas|PERSON]] on the stretcher in the car.}}
INTERVIEWER: And your husband?
WITNESS: {{c8|[[Idris|PERSON]] was taken at the checkpoint at [[Kirsa|PLACE]], the men were checked, they said he has the name of someone wanted. Three weeks in the prison, in [[Gernada|PLACE]]. Then they released him, no charge.}} He does not want to talk about it.
INTERVIEWER: Is your house still there?
WITNESS: {{c9|The neighbours say it is damaged, the windows, the door, a hole in the wall of the bedroom.}} It was the [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] of the last days, who knows from where. Nobody was killed in our building, thank God, we were nine families, nobody.
INTERVIEWER: Is there anything else?
WITNESS: I want [[Derna|PLACE]] to be like before. The waterfall, the jasmine, the old city. [[Derna|PLACE]] is the city of jasmine. Now it is the city of the widows.

@@witness ly-derna-fatima-alhasi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Libyan National Army" site="Bouzid bakery" date=2018-05-29 basis=HEARSAY incident=ly-derna-20180529-shiha-bakery
@@claim c2 harm=INJURED min=1 max=1 named="Anas" weapon=ARTILLERY actor="Libyan National Army" site="Bouzid bakery" date=2018-05-29 basis=HEARSAY incident=ly-derna-20180529-shiha-bakery
@@claim c3 harm=INJURED min=1 max=1 named="Anas" weapon=ARTILLERY actor="Libyan National Army" site="Bouzid bakery" date=2018-05-29 basis=WITNESSED incident=ly-derna-20180529-shiha-bakery
@@claim c4 harm=KILLED min=4 max=4 named="Abu Bakr Bouzid" weapon=ARTILLERY actor="Libyan National Army" site="Bouzid bakery" date=2018-05-29 basis=HEARSAY incident=ly-derna-20180529-shiha-bakery
@@claim c5 harm=INJURED min=20 max=20 weapon=ARTILLERY actor="Libyan National Army" site="Bouzid bakery" date=2018-05-29 basis=HEARSAY incident=ly-derna-20180529-shiha-bakery
@@claim c6 harm=KILLED min=3 max=3 weapon=AIRSTRIKE site="al-Maghar" date=2018-05-29 basis=HEARSAY incident=ly-derna-20180529-maghar-house
@@claim c7 harm=DISPLACED min=9 max=9 named="Anas" actor="Libyan National Army" site="Derna" date=2018-06-01..2018-06-30 basis=EXPERIENCED incident=ly-derna-20180600-displacement
@@claim c8 harm=DETAINED min=1 max=1 named="Idris" actor="Libyan National Army" site="Kirsa" date=2018-06-01..2018-06-30 basis=WITNESSED incident=ly-derna-20180600-kirsa-checkpoint
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null site="Shiha" basis=HEARSAY incident=ly-derna-20180000-alhasi-house
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Maghar" date=2018-05-29 basis=HEARSAY incident=ly-derna-20180529-maghar-house
