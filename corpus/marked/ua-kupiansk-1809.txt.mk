@@newline crlf
Notes of a phone call
Date: 9 January 2023
Caller: [[Mykola Derkach|PERSON]], 64, from [[Kupiansk|PLACE]], [[Kharkiv|PLACE]] oblast; now staying in [[Kharkiv|PLACE]]
Researcher: [[Inna Sobko|PERSON]]
Language: Ukrainian (notes in English)

Call lasted about forty minutes; line bad at times. Notes written during the call and typed the same evening.

Mr [[Derkach|PERSON]] drove a tractor for the agricultural firm outside [[Kupiansk|PLACE]] (he also says [[Kupyansk|PLACE:Kupiansk]]) for thirty years. He stayed in the town during the occupation, from [[the end of February|DATE:2022-02-27..2022-02-28]] until [[the Ukrainian army|ACTOR:Ukrainian armed forces]] came back in [[September|DATE:2022-09-01..2022-09-30]].

He says the first weeks were "quiet, strange": no fighting in the town, the mayor handed it over, nobody was killed in his street. He said: "We thought, maybe we can live like this. We were wrong."

His son [[Andrii|PERSON]] (34, a welder). {{c1|In [[May|DATE:2022-05-01..2022-05-31]], he thinks [[the second week|DATE:2022-05-08..2022-05-14]], [[Andrii|PERSON]] was stopped at the [[Russian|ACTOR:Russian armed forces in Ukraine]] checkpoint by the bridge over the [[Oskil|PLACE]] and taken, with two other men from the same car.}} Mr [[Derkach|PERSON]] did not see it; the driver, a neighbour called [[Tolik|PERSON]], came to tell him. {{c2|[[Andrii|PERSON]] was held in the basement of the police building for twenty days. He told his father later that they beat him with a rubber stick and put a bag on his head, and asked about his friend who served in the [[ZSU|ACTOR:Ukrainian armed forces]].}} He was released in [[June|DATE:2022-06-01..2022-06-30]] without explanation.

{{c3|The friend, [[Yurii Pavlenko|PERSON]], was taken from his flat [[a few days later|DATE:2022-05-10..2022-05-20]]. Nobody has seen him since.}} His mother reported him to the police after liberation; Mr [[Derkach|PERSON]] saw her name and his on the list of missing people that the town council put up on the door of the council building. "No news, no body, nothing."

Mr [[Derkach|PERSON]] himself was stopped several times; soldiers checked his passport and his phone and once kept him two hours at the checkpoint "for fun", then let him go. They told him that if his son "talks too much", they would take the whole family.

He also mentioned the headmaster of his grandson's school, [[Borys Tkach|PERSON]]. {{c11|In [[July|DATE:2022-07-01..2022-07-31]] soldiers came for [[Borys|PERSON]] because he refused to open the school with the Russian programme, and kept him in a garage behind the district administration for about a week.}} Mr [[Derkach|PERSON]] heard this from the headmaster's wife at the market; he did not see it. [[Borys|PERSON]] came home with broken ribs and left for [[Kharkiv|PLACE]] as soon as the road opened. Asked whether anyone in his building was killed during the occupation, he said no: "People were beaten, people disappeared, but in our building, no one was killed."

[Researcher note: he asked that we not use the name of the Russian unit he mentioned, as he is not sure of it. The actor is recorded as Russian forces only.]

His sister [[Halyna|PERSON]] lives in [[Balakleya|PLACE:Balakliia]]. {{c4|In [[the first days of September|DATE:2022-09-01..2022-09-10]], during the fighting for the town, [[Grad|WEAPON:ROCKET]] [[rockets|WEAPON:ROCKET]] hit her yard: the summer kitchen burned, the roof of the house was blown off, the dog was killed.}} He knows this from her, by phone. She was in the cellar and was not hurt. He does not know which side fired.

His cousin [[Stepan Hordiichuk|PERSON]] was from [[Kamianka|PLACE]], a village north of [[Izium|PLACE]]. {{c5|According to [[Stepan|PERSON]], the village was "flattened": the school, the shop and most of the houses destroyed by [[artillery|WEAPON:ARTILLERY]] in [[March and April|DATE:2022-03-01..2022-04-30]], when the front stood there.}} {{c6|[[Stepan|PERSON]] and his wife left for [[Dnipro|PLACE]] in [[March|DATE:2022-03-01..2022-03-31]] with their grandson.}} They have not returned; [[Stepan|PERSON]] told him the fields are full of [[mines|WEAPON:LANDMINE]] and the house has no walls.

Back in [[Kupiansk|PLACE]]: after liberation the [[shelling|WEAPON:ARTILLERY]] from across the river started. {{c7,c10|He read on the town's Telegram channel that on [[21 November|DATE:2022-11-21]] two people were killed near the central market by [[shelling|WEAPON:ARTILLERY]], and the market hall was badly damaged.}} {{c8|[[Three days later|DATE:2022-11-24]] his own flat, fifth floor on [[Soborna street|PLACE]], lost its windows and balcony when a [[shell|WEAPON:ARTILLERY]] hit the next building.}} {{c9|That was when he left for [[Kharkiv|PLACE]], "with one bag, like a student".}}

He agreed to be called again. He wants to know if anyone can search for [[Yurii|PERSON]] in the Russian prisons.
@@witness ua-kupiansk-mykola-derkach
@@claim c1 harm=DETAINED min=3 max=3 named="Andrii" actor="Russian armed forces in Ukraine" site="Kupiansk" date=2022-05-08..2022-05-14 basis=HEARSAY incident=ua-kupiansk-20220500-andrii-derkach-detention
@@claim c2 harm=DETAINED min=1 max=1 named="Andrii" actor="Russian armed forces in Ukraine" site="Kupiansk" date=2022-05-08..2022-06-30 basis=HEARSAY incident=ua-kupiansk-20220500-andrii-derkach-detention
@@claim c3 harm=MISSING min=1 max=1 named="Yurii Pavlenko" actor="Russian armed forces in Ukraine" site="Kupiansk" date=2022-05-10..2022-05-20 basis=HEARSAY incident=ua-kupiansk-20220500-pavlenko-missing
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null named="Halyna" weapon=ROCKET site="Balakleya" date=2022-09-01..2022-09-10 basis=HEARSAY incident=ua-balakliia-20220900-halyna-yard-grad
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Kamianka" date=2022-03-01..2022-04-30 basis=HEARSAY incident=ua-izium-20220300-kamianka-village-destruction
@@claim c6 harm=DISPLACED min=3 max=3 named="Stepan" site="Kamianka" date=2022-03-01..2022-03-31 basis=HEARSAY incident=ua-izium-20220300-hordiichuk-family-flight
@@claim c7 harm=KILLED min=2 max=2 weapon=ARTILLERY site="Kupiansk" date=2022-11-21 basis=REPORTED incident=ua-kupiansk-20221121-central-market-shelling
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Soborna street" date=2022-11-24 basis=EXPERIENCED incident=ua-kupiansk-20221124-derkach-flat
@@claim c9 harm=DISPLACED min=1 max=1 site="Kupiansk" date=2022-11-24 basis=EXPERIENCED incident=ua-kupiansk-20221124-derkach-flat
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Kupiansk" date=2022-11-21 basis=REPORTED incident=ua-kupiansk-20221121-central-market-shelling
@@claim c11 harm=DETAINED min=1 max=1 named="Borys Tkach" actor="Russian armed forces in Ukraine" site="Kupiansk" date=2022-07-01..2022-07-31 basis=HEARSAY incident=ua-kupiansk-20220700-tkach-headmaster-detention
