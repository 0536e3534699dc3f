Interview ID: UA-MRP-4401
Date of interview: 3 May 2022
Place of interview: [[Zaporizhzhia|PLACE]], registration centre at the [[Epicentr|PLACE]] car park
Language: Ukrainian, interpreted into English
Interviewer: [[Greta Solheim|PERSON]]
Interpreter: [[Yaryna Kostenko|PERSON]]

Q: Can you give your name and your age?
A: [[Kostiantyn Bilous|PERSON]]. Fifty-eight. People call me [[Kostia|PERSON]]. I was a bus driver, eh, before.
Q: Where did you live in [[Mariupol|PLACE]]?
A: In the centre, on [[Kuindzhi street|PLACE]], five minutes from the [[drama theatre|PLACE:Drama Theatre]]. My mother lived on the left bank, in [[Livoberezhnyi|PLACE]], near the bridge over the [[Kalmius|PLACE]].
Q: Tell me about [[the 12th of March|DATE:2022-03-12]].
A: Yes. [[Saturday|DATE:2022-03-12]]. No water in the taps for ten days already. There is a pump in the square by the theatre, [[Teatralna square|PLACE]], and people stood there with bottles, with buckets, maybe eighty people, maybe a hundred. I was in the queue with my neighbour [[Stepan Hrytsenko|PERSON]] and his wife [[Klavdiia|PERSON]].
A: [[About eleven|DATE:2022-03-12]], [[eleven in the morning|DATE:2022-03-12]]. First one whistle, far. Then two together, very near, by the fountain.
[Interpreter: he says "myny", which is how people say the mortar bombs.]
Q: What happened then?
A: I was on the ground. I did not understand I was hit until I saw my trouser leg was red. {{c1|A piece went in my thigh, here, the left one, and another one in the hand, the small finger, it is still not bending.}}
A: {{c2|[[Stepan|PERSON]] was lying next to me, on his face. He was already dead, I turned him over, there was nothing to do. [[Klavdiia|PERSON]] was screaming over him.}} {{c2|By the fountain there were more people lying, I counted four, five, I am not sure, one was a young girl in a green coat. And a man without shoes, the shoes were thrown off him.}}
A: {{c3|Wounded, many, maybe fifteen, I don't know, everyone was crawling away from the square, leaving the buckets.}}
Q: Who fired, in your opinion?
A: In my opinion [[the Russians|ACTOR:Russian armed forces in Ukraine]]. The [[mortars|WEAPON:MORTAR]] came from the east, they were already in the east of the city. [[Our soldiers|ACTOR:Ukrainian armed forces]] were not in the square, there was no army there, only the queue.
Q: Did anyone help you?
A: A boy, I don't know his name, he tied my leg with his belt. Then later [[Volodymyr|PERSON]], the taxi driver from my building, he drove me to the hospital, the [[Regional Intensive Care hospital|PLACE]], on the left bank. They took out the piece without anaesthesia, there was none.
Q: What happened to [[Stepan|PERSON]]'s body?
A: {{c2|We buried him [[the next day|DATE:2022-03-13]] in the yard of our building, by the garages, me with my stick and two other men.}}
[pause]
Q: You mentioned your mother in [[Livoberezhnyi|PLACE]].
A: My mother, [[Marianna Bilous|PERSON]], eighty-one. She had a stroke in [[2020|DATE:2020-01-01..2020-12-31]], before all this, so she did not go down to the basement, she stayed in the flat. I could not go to her for a long time, the bridge was under fire.
A: I was not there. I want to say this clearly. What I tell you now she told me, and her neighbour [[Zoia Petrivna|PERSON]] told me. {{c4|On [[the 9th|DATE:2022-03-09]], or [[the 8th|DATE:2022-03-08]], [[the planes|WEAPON:AIRSTRIKE]] came over [[Levoberezhny|PLACE:Livoberezhnyi]] in [[the night|DATE:2022-03-08..2022-03-09]], and the house next to hers, the five-storey one, half of it folded down.}} {{c5|The [[Ruban|PERSON]] family lived on the ground floor there. [[Dmytro Ruban|PERSON]] and his two boys. They did not come out. The neighbours dug for two days with their hands.}}
Q: Were there other victims in that building?
A: [[Zoia Petrivna|PERSON]] said more, twenty maybe. But she also says things, she is old. I only know about the [[Ruban|PERSON]] family because I knew the boys, they played football with my grandson.
Q: Did you see your mother again?
A: {{c6|On [[the 18th|DATE:2022-03-18]] I crossed the bridge on foot, with my leg, and I took her. We went in the car of strangers, in a column, through [[Manhush|PLACE]] to [[Berdiansk|PLACE]], and then to here. Me, my mother, [[Klavdiia|PERSON]].}}
Q: I have heard that the theatre itself was hit on [[the 12th|DATE:2022-03-12]]. Is that right?
A: No. People said this in the queue, that the theatre was hit, that the basement collapsed, but it was not, not [[that day|DATE:2022-03-12]]. I looked at it when I was lying there, it was standing. The theatre was later. That is another story and I was already in the hospital, I did not see it.
Q: Is there anything else?
A: We were afraid every day that they would come to the square again. People still went for water.
@@witness ua-mariupol-kostiantyn-bilous
@@claim c1 harm=INJURED min=1 max=1 named="Kostiantyn Bilous" weapon=MORTAR actor="Russian armed forces in Ukraine" site="Teatralna square" date=2022-03-12 basis=EXPERIENCED incident=ua-mariupol-20220312-teatralna-square-water-queue
@@claim c2 harm=KILLED min=5 max=6 named="Stepan" weapon=MORTAR actor="Russian armed forces in Ukraine" site="Teatralna square" date=2022-03-12 basis=WITNESSED incident=ua-mariupol-20220312-teatralna-square-water-queue
@@claim c3 harm=INJURED min=15 max=15 weapon=MORTAR actor="Russian armed forces in Ukraine" site="Teatralna square" date=2022-03-12 basis=WITNESSED incident=ua-mariupol-20220312-teatralna-square-water-queue
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Levoberezhny" date=2022-03-08..2022-03-09 basis=HEARSAY incident=ua-mariupol-20220308-livoberezhnyi-five-storey-airstrike
@@claim c5 harm=KILLED min=3 max=3 named="Dmytro Ruban" weapon=AIRSTRIKE site="Levoberezhny" date=2022-03-08..2022-03-09 basis=HEARSAY incident=ua-mariupol-20220308-livoberezhnyi-five-storey-airstrike
@@claim c6 harm=DISPLACED min=3 max=3 named="Kostiantyn Bilous; Marianna Bilous; Klavdiia" site="Mariupol" date=2022-03-18 basis=EXPERIENCED incident=ua-mariupol-20220318-bilous-family-flight
