@@encoding utf-16le
Interview ID: UA-SUM-3109
Date of interview: 2024-10-21
Location: [[Sumy|PLACE]]
Interviewer: [[Pieter Janssens|PERSON]]
Interpreter: [[Daryna Kolesnyk|PERSON]]

[00:00:04] Q: Please tell us your name and where you are from.
[00:00:09] A: [[Oleksandra Tkach|PERSON]], [[Sasha|PERSON]]. From [[Bilopillia|PLACE]]. I worked in the post office there, Ukrposhta, eleven years.
[00:00:21] Interpreter: She says [[Bilopillia|PLACE]], in Russian [[Belopolye|PLACE:Bilopillia]], it is ten kilometres from the border.
[00:00:30] Q: What happened in [[Bilopillia|PLACE]] in [[September|DATE:2024-09-01..2024-09-30]]?
[00:00:36] A: It was [[the week the school opened again|DATE:2024-09-02..2024-09-08]], after summer. [[The Wednesday|DATE:2024-09-04]], I think, [[the 4th|DATE:2024-09-04]]. At [[lunch|DATE:2024-09-04]].
[00:00:48] A: {{c1|A [[guided bomb|WEAPON:AIRSTRIKE]] fell behind the square, near the market. The shop of [[Hanna|PERSON]], the little shop with the blue door, there is nothing left of the shop, a hole and the fridge in the street.}}
[00:01:04] A: {{c2|[[Hanna Didenko|PERSON]] herself, she was seventy, she died inside. And a man who was buying cigarettes, I don't know him.}} [crying]
[00:01:15] A: [pause] Sorry.
[00:01:20] Q: Take your time. Were you there?
[00:01:24] A: {{c3|I was in the post office, maybe one hundred fifty metres.}} {{c3,c1|The windows blew in on us, all of them, on the parcels, on the counter.}} {{c3|My colleague [[Vira|PERSON]], her face was cut by the glass, many small cuts.}}
[00:01:40] A: {{c4|And our building, the old one, now there are cracks all through the walls, from the roof to the floor, the post office is closed since.}}
[00:01:51] Q: How many people were hurt in total, do you know?
[00:01:55] A: {{c5|The city council wrote on their page eleven wounded.}} {{c12|In the town people said more, fifteen, twenty.}} I do not know. I saw maybe five or six bleeding people on the square.
[00:02:09] Q: Were there military in the square?
[00:02:13] A: No. Market, post office, the pharmacy. The soldiers do not stay in the centre, it is forbidden for them, I think.
[00:02:22] Q: You also have family near [[Krasnopillia|PLACE]].
[00:02:27] A: My husband's parents, in [[Myropillia|PLACE]], it is in the [[Krasnopillia|PLACE]] hromada, right on the border.
[00:02:36] A: {{c6|In [[March|DATE:2024-03-01..2024-03-31]], at [[night|DATE:2024-03-01..2024-03-31]], a group of [[Russian soldiers|ACTOR:Russian armed forces in Ukraine]] came over the border through the forest. They took two men from the street by the school, they kidnapped them. [[Bohdan Sych|PERSON]] and [[Oleh Kuzmenko|PERSON]].}}
[00:02:53] A: They wanted to take also the father of [[Oleh|PERSON]], old [[Kuzmenko|PERSON]], but he had the crutches and he fell, and they left him in the mud. This is what my father-in-law saw from the window.
[00:03:06] Interpreter: She says "[[DRG|ACTOR:Russian armed forces in Ukraine]]", the sabotage group.
[00:03:10] A: {{c7|[[Bohdan|PERSON]] came back in [[the exchange in June|DATE:2024-06-01..2024-06-30]], he was in a prison in [[Kursk|PLACE]], he told them.}} {{c8|[[Oleh|PERSON]], nothing. His father still waits. Nobody knows where he is, even the coordination headquarters for prisoners does not know.}}
[00:03:27] Q: Was anyone shot during that raid?
[00:03:31] A: There was [[shooting|WEAPON:SMALL_ARMS]], yes, from [[automatic rifles|WEAPON:SMALL_ARMS]], but nobody was hit, my father-in-law says. Only the dogs.
[00:03:40] Q: And did you leave [[Bilopillia|PLACE]]?
[00:03:44] A: {{c9|Yes, after the [[bomb|WEAPON:AIRSTRIKE]] on the square, [[two days after|DATE:2024-09-06]], with my son and my mother-in-law, here to [[Sumy|PLACE]].}} The police at the exit checked our passports, looked in the boot, everything normal.
[00:03:58] Q: And [[Velyka Pysarivka|PLACE]]? You mentioned your aunt.
[00:04:03] A: Aunt [[Zoia|PERSON]]. [[Velikaya Pisarevka|PLACE:Velyka Pysarivka]], she says, the old way. {{c10|In [[August|DATE:2024-08-01..2024-08-31]] the [[Grads|WEAPON:ROCKET]] came on her street, the roof of her house came down in the middle, and half the street, the fences, the summer kitchens, everything broken.}}
[00:04:19] A: This she told me, I was not there. {{c11|The volunteers took her out, and the whole street left after, twenty or thirty people.}}
[00:04:30] Q: Is your aunt well?
[00:04:32] A: She is in [[Poltava|PLACE]] now, with the other old people, in a dormitory. She asks every day about her chickens. [laughs]
[00:04:41] Q: Is there anything you want to add?
[00:04:45] A: Only that we are not a front line in the newspapers, but we live on it. [[Hanna|PERSON]] sold me bread for eleven years. Write her name.

@@witness ua-bilopillia-oleksandra-tkach
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Bilopillia" date=2024-09-04 basis=WITNESSED incident=ua-bilopillia-20240904-market-square-guided-bomb
@@claim c2 harm=KILLED min=2 max=2 named="Hanna Didenko" weapon=AIRSTRIKE site="Bilopillia" date=2024-09-04 basis=WITNESSED incident=ua-bilopillia-20240904-market-square-guided-bomb
@@claim c3 harm=INJURED min=1 max=1 named="Vira" weapon=AIRSTRIKE site="Bilopillia" date=2024-09-04 basis=WITNESSED incident=ua-bilopillia-20240904-market-square-guided-bomb
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Bilopillia" date=2024-09-04 basis=EXPERIENCED incident=ua-bilopillia-20240904-market-square-guided-bomb
@@claim c5 harm=INJURED min=11 max=11 weapon=AIRSTRIKE site="Bilopillia" date=2024-09-04 basis=REPORTED incident=ua-bilopillia-20240904-market-square-guided-bomb
@@claim c6 harm=DETAINED min=2 max=2 named="Bohdan Sych; Oleh Kuzmenko" actor="Russian armed forces in Ukraine" site="Myropillia" date=2024-03-01..2024-03-31 basis=HEARSAY incident=ua-krasnopillia-20240300-myropillia-drg-two-men
@@claim c7 harm=DETAINED min=1 max=1 named="Bohdan" actor="Russian armed forces in Ukraine" site="Kursk" date=2024-03-01..2024-06-30 basis=HEARSAY incident=ua-krasnopillia-20240300-myropillia-drg-two-men
@@claim c8 harm=MISSING min=1 max=1 named="Oleh" actor="Russian armed forces in Ukraine" site="Myropillia" date=2024-03-01..2024-03-31 basis=HEARSAY incident=ua-krasnopillia-20240300-myropillia-drg-two-men
@@claim c9 harm=DISPLACED min=3 max=3 site="Bilopillia" date=2024-09-06 basis=EXPERIENCED incident=ua-bilopillia-20240906-tkach-family-displaced
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Velikaya Pisarevka" date=2024-08-01..2024-08-31 basis=HEARSAY incident=ua-velykapysarivka-20240800-zoia-street-grad
@@claim c11 harm=DISPLACED min=20 max=30 site="Velikaya Pisarevka" date=2024-08-01..2024-08-31 basis=HEARSAY incident=ua-velykapysarivka-20240800-zoia-street-grad
@@claim c12 harm=INJURED min=15 max=20 weapon=AIRSTRIKE site="Bilopillia" date=2024-09-04 basis=HEARSAY incident=ua-bilopillia-20240904-market-square-guided-bomb
