@@newline crlf
WITNESS STATEMENT
Statement ID: UA-IZM-4701
Date of interview: 19 October 2022
Place of interview: [[Kharkiv|PLACE]]
Language: Ukrainian
Interviewer: [[Marta Kowalczyk|PERSON]]
Interpreter: [[Bohdan Yatsenko|PERSON]]

My name is [[Halyna Serdiuk|PERSON]], I am fifty-eight. Thirty years I worked in the accounting of the optical plant in [[Izium|PLACE]]. I lived on [[Pershotravneva street|PLACE]], in the old two-storey house with the wooden stairs. Across the street is a five-storey building, number twelve, we always called it the long house.

The first weeks of [[March|DATE:2022-03-01..2022-03-31]] the town was in between. [[The Russians|ACTOR:Russian armed forces in Ukraine]] came from the north, from the [[Kupiansk|PLACE]] side, and [[our soldiers|ACTOR:Ukrainian armed forces]] held the south part, over the [[Donets|PLACE]]. From [[the 3rd|DATE:2022-03-03]] we had no light, no gas, no water. We cooked in the yard on bricks.

{{c1|[[The 8th of March|DATE:2022-03-08]], [[the women's day|DATE:2022-03-08]], [[around four in the afternoon|DATE:2022-03-08]]. I was at the window with tea, waiting for my neighbour to come back with the water. [[The plane|WEAPON:AIRSTRIKE]] came low, first the engine and then the whistle, and the long house folded in the middle, the third and fourth entrance, like a book closing.}} {{c2,c1|Dust to the sky, and our window came in on me.}} {{c2|My face, my hands, all cut with the glass, here and here, you can still see the lines.}}

[Interpreter's note: the witness shows scars on her left cheek and on the backs of both hands.]

{{c3|Under that part, in the basement, were maybe fifteen people. We dug with the men from the street until dark, with shovels, with hands. [[Liudmyla Pylypenko|PERSON]], sixty-seven, from the fourth floor, was dead when we reached her, and her husband [[Stepan|PERSON]] we found [[the next morning|DATE:2022-03-09]], also dead.}} {{c4|Five we took out alive, broken legs, one boy with his head open.}} {{c5|Others stayed under the concrete, we could not lift it. Nine or ten, people said later, but I did not count them myself.}}

In our house nobody died, only glass and my face. And I will say it to anybody: there were no soldiers in the long house, only pensioners and two families with children.

{{c6|On [[the 21st|DATE:2022-03-21]] I left [[Izium|PLACE]] with my grandson [[Yehor|PERSON]], he is eleven. On foot through the forest to [[Sviatohirsk|PLACE]], then a volunteer bus to [[Sloviansk|PLACE]], then the train to [[Dnipro|PLACE]].}} I had a bag and the boy, nothing else.

My daughter [[Natalia|PERSON]] stayed with her husband, [[Andrii Moroz|PERSON]], because of his mother, who cannot walk. {{c7|[[Natalia|PERSON]] phoned me in [[May|DATE:2022-05-01..2022-05-31]], from the hill by the television tower where there is a signal. She said [[the occupiers|ACTOR:Russian armed forces in Ukraine]] came to the flat at [[six in the morning|DATE:2022-05-01..2022-05-31]], four men with [[automatics|WEAPON:SMALL_ARMS]], and took [[Andrii|PERSON]], because somebody gave them his name, he was in the territorial defence in [[2014|DATE:2014-01-01..2014-12-31]]. They put a bag on his head in the stairwell. They kept him eleven days in a basement, he does not know where.}} {{c8|He came back with two ribs broken and his kidneys bad.}} I was not there, I tell you what my daughter told me, and the line was cutting all the time.

People said then that [[the Russians|ACTOR:Russian armed forces in Ukraine]] would shoot every man who stayed. It was not so. They took some, they let others go. I do not want to say more than I know.

{{c9|[[After the liberation|DATE]], in [[September|DATE:2022-09-01..2022-09-30]], the town council put on their Telegram a list of people killed by [[mines|WEAPON:LANDMINE]] and [[traps|WEAPON:IED]]. I read there the name of [[Ivan Tsybulko|PERSON]], my colleague from the accounting, the one with the accordion. It said a [[tripwire|WEAPON:IED]] in his own garden on [[Lermontova street|PLACE]], a [[grenade on a wire|WEAPON:IED]] by the gate.}}

{{c10|I came back to [[Izyum|PLACE:Izium]] on [[the 2nd of October|DATE:2022-10-02]], for one day, to see the house. The roof of our house is gone, the stairs burned, my flat is open to the sky.}} The long house across, they have taken down what was left.
@@witness ua-izium-halyna-serdiuk
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Pershotravneva street" date=2022-03-08 basis=WITNESSED incident=ua-izium-20220308-pershotravneva-long-house
@@claim c2 harm=INJURED min=1 max=1 named="Halyna Serdiuk" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Pershotravneva street" date=2022-03-08 basis=EXPERIENCED incident=ua-izium-20220308-pershotravneva-long-house
@@claim c3 harm=KILLED min=2 max=2 named="Liudmyla Pylypenko; Stepan" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Pershotravneva street" date=2022-03-08 basis=WITNESSED incident=ua-izium-20220308-pershotravneva-long-house
@@claim c4 harm=INJURED min=5 max=5 weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Pershotravneva street" date=2022-03-08 basis=WITNESSED incident=ua-izium-20220308-pershotravneva-long-house
@@claim c5 harm=KILLED min=9 max=10 weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Pershotravneva street" date=2022-03-08 basis=HEARSAY incident=ua-izium-20220308-pershotravneva-long-house
@@claim c6 harm=DISPLACED min=2 max=2 named="Halyna Serdiuk; Yehor" site="Izium" date=2022-03-21 basis=EXPERIENCED incident=ua-izium-20220321-serdiuk-flight
@@claim c7 harm=DETAINED min=1 max=1 named="Andrii Moroz; Andrii" actor="Russian armed forces in Ukraine" site="Izium" date=2022-05-01..2022-05-31 basis=HEARSAY incident=ua-izium-20220500-moroz-detention
@@claim c8 harm=INJURED min=1 max=1 named="Andrii Moroz; Andrii" actor="Russian armed forces in Ukraine" site="Izium" date=2022-05-01..2022-05-31 basis=HEARSAY incident=ua-izium-20220500-moroz-detention
@@claim c9 harm=KILLED min=1 max=1 named="Ivan Tsybulko" weapon=IED site="Lermontova street" date=2022-09-01..2022-09-30 basis=REPORTED incident=ua-izium-20220900-lermontova-tripwire
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="Pershotravneva street" basis=EXPERIENCED incident=ua-izium-20220300-serdiuk-house
