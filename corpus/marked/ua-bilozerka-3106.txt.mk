Interview date: 2 March 2023
Location: [[Mykolaiv|PLACE]]
Interviewer: [[Mark Ellison|PERSON]]
Speaker: [[Halyna Moroz|PERSON]]
Interpreter: [[Oksana Hrytsenko|PERSON]]
Language: Ukrainian and some Russian

Mark: Could you start with where you live?
Halyna: [[Bilozerka|PLACE]]. [[Belozerka|PLACE:Bilozerka]], the old people say. Near [[Kherson|PLACE]], twenty minutes by bus. I live there forty years.
Mark: You stayed during the occupation?
Halyna: Where to go? My husband has bad legs. We stayed.
Oksana: She says her husband is [[Petro|PERSON]].
Mark: What happened to [[Petro|PERSON]]?
Halyna: {{c1|In [[May|DATE:2022-05-01..2022-05-31]], I think [[the 20th|DATE:2022-05-20]], they came at [[five in the morning|DATE:2022-05-20]], four soldiers with the white bands and one in a mask. They took him out of the bed, in his underwear, and pulled him outside by the arms, his legs dragging on the steps.}} I saw from the bedroom. I was screaming.
Mark: Why him?
Halyna: Somebody told them he was in the army before, in [[2015|DATE:2015-01-01..2015-12-31]]. It is true, he was, in [[Donbas|PLACE]].
Halyna: {{c2|They kept him in a cellar under the police building in [[Kherson|PLACE]], three weeks. He says they were fourteen men in one room, no light, a bucket. They beat him on the kidneys.}}
Oksana: She says "pidval", basement, cellar.
Mark: How did he come out?
Halyna: They just put him on the street one day, in [[June|DATE:2022-06-01..2022-06-30]], without documents. He walked home. Twenty kilometres on his bad legs.
Mark: Did they come to you as well?
Halyna: At the checkpoint in [[Chornobaivka|PLACE]], by the airfield, a soldier took my telephone, he read my messages, he looked at my photos, maybe twenty minutes, then he gave it back and said "go, babushka". Nothing more.
Halyna: {{c3|But the son of our neighbour [[Valentyna|PERSON]], [[Artem Lysenko|PERSON]], twenty-three, they took him from the market in [[August|DATE:2022-08-01..2022-08-31]].}} {{c4|Nobody has seen him since. Not after the liberation, not on the exchange lists. [[Valentyna|PERSON]] looks at every video on Telegram.}}
Mark: Did you see that?
Halyna: No. [[Valentyna|PERSON]] told me, and the woman who sells fish saw it.
Mark: [[After the liberation|DATE:2022-11-11]], in [[November|DATE:2022-11-01..2022-11-30]], what changed?
Halyna: The flags changed. [laughs] And then the [[shelling|WEAPON:ARTILLERY]] from the other bank started, every day.
Halyna: {{c5|[[Before Christmas|DATE:2022-12-15..2022-12-24]], [[a week before|DATE:2022-12-15..2022-12-24]] maybe, they shot [[Grad|WEAPON:ROCKET]] on our street, [[Shevchenka street|PLACE]]. Our greenhouse, my tomatoes, the whole thing was torn apart, the frame twisted like wire. The windows of the kitchen came in. The car of [[Stepan|PERSON]] next door burned, only the iron skeleton.}}
Halyna: Nobody on our street was killed [[that day|DATE:2022-12-15..2022-12-24]]. We were in the cellar. We learned.
Mark: I understand your sister lives in [[Antonivka|PLACE]].
Halyna: [[Nadiia|PERSON]]. Yes. Like "nadiia", hope.
Oksana: It means hope.
Halyna: {{c7,c8|In [[January|DATE:2023-01-01..2023-01-31]], on [[the Old New Year|DATE:2023-01-14]], [[the Russians|ACTOR:Russian armed forces in Ukraine]] shelled the place where they give the humanitarian aid in [[Antonovka|PLACE:Antonivka]], by the house of culture.}} {{c7|[[Nadiia|PERSON]] was in the queue for bread and sunflower oil. A piece went in her arm, here.}}
Halyna: {{c8|She says three people were killed, two women and an old man with a bicycle, and many wounded.}}
Mark: Did she see the dead herself?
Halyna: She saw the old man. The women, she heard in the hospital. She was in the hospital in [[Kherson|PLACE]] one week.
Mark: Is [[Antonivka|PLACE]] close to the river?
Halyna: Very close. From [[Antonivka|PLACE]] you see the [[Dnipro|PLACE]] and the bridge, the broken bridge. They see you too.
Halyna: And this is the thing, there were no soldiers at the aid point. Only grandmothers with bags.
Mark: Thank you, [[Halyna|PERSON]]. Is there something else?
Halyna: [pause] Write [[Artem|PERSON]]'s name. [[Artem Lysenko|PERSON]]. Maybe someone in [[Russia|PLACE]] sees it.

@@witness ua-bilozerka-halyna-moroz
@@claim c1 harm=DETAINED min=1 max=1 named="Petro" actor="Russian armed forces in Ukraine" site="Bilozerka" date=2022-05-20 basis=WITNESSED incident=ua-bilozerka-20220520-petro-moroz-taken
@@claim c2 harm=DETAINED min=14 max=14 named="Petro" actor="Russian armed forces in Ukraine" site="Kherson" date=2022-05-20..2022-06-30 basis=HEARSAY incident=ua-bilozerka-20220520-petro-moroz-taken
@@claim c3 harm=DETAINED min=1 max=1 named="Artem Lysenko" site="Bilozerka" date=2022-08-01..2022-08-31 basis=HEARSAY incident=ua-bilozerka-20220800-artem-lysenko-market
@@claim c4 harm=MISSING min=1 max=1 named="Artem Lysenko" site="Bilozerka" date=2022-08-01..2022-08-31 basis=HEARSAY incident=ua-bilozerka-20220800-artem-lysenko-market
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Shevchenka street" date=2022-12-15..2022-12-24 basis=EXPERIENCED incident=ua-bilozerka-20221200-shevchenka-street-grad
@@claim c7 harm=INJURED min=1 max=1 named="Nadiia" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Antonovka" date=2023-01-14 basis=HEARSAY incident=ua-antonivka-20230114-aid-point-shelling
@@claim c8 harm=KILLED min=3 max=3 weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Antonovka" date=2023-01-14 basis=HEARSAY incident=ua-antonivka-20230114-aid-point-shelling
