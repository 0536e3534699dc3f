@@newline crlf
Interview ID: UA-SUM-2803
Interview date: 2024-05-16
Location: [[Shostka|PLACE]], [[Sumy|PLACE]] oblast
Language: Ukrainian, interpreted into English
Interviewer: [[Kateryna Vovk|PERSON]]
Interpreter: [[Denys Marchuk|PERSON]]

Q: Please introduce yourself.
A: [[Liudmyla Petrivna Sych|PERSON]], sixty-three. I am from [[Seredyna-Buda|PLACE]], I worked thirty years in the district hospital, in the laboratory. Now I am here in [[Shostka|PLACE]] with my daughter [[Oksana|PERSON]].
Q: When did you leave [[Seredyna-Buda|PLACE]]?
A: In [[March|DATE:2024-03-01..2024-03-31]]. After the [[bombs|WEAPON:AIRSTRIKE]]. [pause] I will tell you in order, yes?
Q: Yes, please.
A: Through all the winter they were shelling us from across the border, it is only six kilometres, the [[mortars|WEAPON:MORTAR]], the [[artillery|WEAPON:ARTILLERY]], every day something. We got used, if you can get used. But on [[the 11th of February|DATE:2024-02-11]] it was different. It was [[a Sunday|DATE:2024-02-11]], [[around lunch|DATE:2024-02-11]].
Q: What happened?
A: {{c1|[[The planes|WEAPON:AIRSTRIKE]] dropped two [[KABs|WEAPON:AIRSTRIKE]], these [[guided bombs|WEAPON:AIRSTRIKE]], on the centre, near [[Sumska street|PLACE]]. The bakery where I bought bread every day, there is nothing left of it, only the oven standing in the air.}} {{c1|And across the road four houses, the roofs, the walls, everything came down in a heap. I saw it with my eyes when I came out from the cellar.}}
Q: Were people hurt?
A: {{c3|Two died. The baker, [[Vasyl Ivanovych|PERSON]], and the woman who sold with him, [[Halyna|PERSON]], I knew her only by the first name. They were inside.}} {{c4|And a boy on a bicycle, [[Artem|PERSON]], eleven years, his leg was broken by a piece of wall, I helped the medics with him, I still know how to make a tourniquet.}}
Q: Did anyone say who dropped the [[bombs|WEAPON:AIRSTRIKE]]?
A: Who else. [[The Russians|ACTOR:Russian armed forces in Ukraine]]. Our side does not bomb our bakeries.
[Interpreter: she laughs, but it is not a happy laugh.]
Q: You mentioned people being taken near the border.
A: Yes. This was before, in [[January|DATE:2024-01-01..2024-01-31]], [[a few days after Orthodox Christmas|DATE:2024-01-08..2024-01-12]]. Not in our town, in a village near, close to the border, I will not say which one because people still live there.
Q: That is fine.
A: {{c5|A group came across from [[Russia|PLACE]] at [[night|DATE:2024-01-08..2024-01-12]], [[saboteurs|ACTOR:Russian armed forces in Ukraine]], the [[DRG|ACTOR:Russian armed forces in Ukraine]] as the soldiers call them, and they took two men from their house, [[Petro Hrytsai|PERSON]] and his son-in-law [[Ihor|PERSON]]. Just dragged them out in their slippers, into the snow.}} I know this from [[Petro|PERSON]]'s wife, [[Nadiia|PERSON]], she came to the hospital [[the next morning|DATE:2024-01-09..2024-01-13]], white like a wall.
Q: And what happened to them?
A: {{c6|Nobody knows. [[Nadiia|PERSON]] wrote to the ombudsman, to the Red Cross, to everybody. No news of them since then, not a word. Maybe in a prison in [[Kursk|PLACE]], maybe in the ground.}}
Q: Were others in the village taken [[that night|DATE:2024-01-08..2024-01-12]]?
A: They came also to the neighbour, old [[Stepan|PERSON]], they pushed him, they looked at his documents with a torch, they asked where the soldiers live. Then they left him. He is eighty, what do they want with him.
Q: Was there also [[shooting|WEAPON:SMALL_ARMS]]?
A: Yes, [[machine gun|WEAPON:SMALL_ARMS]] when they went back, but nobody was hurt by it, thank God, only the fence of [[Stepan|PERSON]].
Q: What made you leave in the end?
A: {{c7|On [[the 2nd of March|DATE:2024-03-02]] a [[shell|WEAPON:ARTILLERY]] hit my own yard. The summer kitchen was destroyed, the windows of the house blown in, all of them, and the cherry trees burned.}} I was inside the house, I was not touched, only the glass in my hair. {{c8|[[The next day|DATE:2024-03-03]] my daughter came from [[Shostka|PLACE]] with the car and took me, and also my neighbour [[Lida|PERSON]] with her cat.}}
Q: Is your house still standing?
A: Standing. Empty. On the Facebook page of the hromada I see photos of [[Seredina-Buda|PLACE:Seredyna-Buda]], every week another street. I do not look often.

@@witness ua-seredynabuda-liudmyla-sych
@@claim c1 harm=PROPERTY_DAMAGE min=4 max=4 weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Sumska street" date=2024-02-11 basis=WITNESSED incident=ua-seredynabuda-20240211-kab-bakery
@@claim c3 harm=KILLED min=2 max=2 named="Vasyl Ivanovych; Halyna" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Sumska street" date=2024-02-11 basis=HEARSAY incident=ua-seredynabuda-20240211-kab-bakery
@@claim c4 harm=INJURED min=1 max=1 named="Artem" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Sumska street" date=2024-02-11 basis=WITNESSED incident=ua-seredynabuda-20240211-kab-bakery
@@claim c5 harm=DETAINED min=2 max=2 named="Petro Hrytsai; Ihor" actor="Russian armed forces in Ukraine" date=2024-01-08..2024-01-12 basis=HEARSAY incident=ua-seredynabuda-20240100-drg-abduction
@@claim c6 harm=MISSING min=2 max=2 actor="Russian armed forces in Ukraine" date=2024-01-08..2024-01-12 basis=HEARSAY incident=ua-seredynabuda-20240100-drg-abduction
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Seredyna-Buda" date=2024-03-02 basis=EXPERIENCED incident=ua-seredynabuda-20240302-sych-yard-shell
@@claim c8 harm=DISPLACED min=2 max=2 named="Lida" site="Seredyna-Buda" date=2024-03-03 basis=EXPERIENCED incident=ua-seredynabuda-20240302-sych-yard-shell
