Interview ID: ET-HUM-4157
Date: 2021-04-14
Location: [[Um Rakuba|PLACE]] camp, [[Gedaref|PLACE]], [[Sudan|PLACE]]
Language: Tigrinya; English by the interpreter
Interviewer: [[Moira Kettle|PERSON]]
Interpreter: [[Tesfalem|PERSON]] (camp volunteer)

INT: Thank you for sitting with me. Your name, please, and your work in [[Humera|PLACE]].
RESP: [[Tsegay Gebrekidan|PERSON]]. I had a shop for spare parts, for tractors and trucks, on the road to [[Om Hajer|PLACE]]. Also two trucks of my own for the sesame season.
INT: Where were you when the fighting reached [[Humera|PLACE]]?
RESP: In the shop. [[Monday|DATE:2020-11-09]], [[the 9th of November|DATE:2020-11-09]]. The [[shells|WEAPON:ARTILLERY]] came from the north, from the side of [[Eritrea|PLACE]], across the river. {{c1|One fell on the shop next to mine and the roof of my shop, the iron sheets, it was all holes like a sieve.}}
INT: Was anyone hurt near you?
RESP: Near me, no. Further in town, yes, I heard many. I did not see, I stayed under the counter until [[the afternoon|DATE:2020-11-09]].
RESP: The [[TPLF|ACTOR:Tigray Defense Forces]] militia fought at the edge of the town [[that night|DATE:2020-11-09]] and the next. Many of their boys died there. That was fighting, soldiers against soldiers. I am not here to talk about that.
INT: What happened after the town was taken?
RESP: [[Fano|ACTOR:Amhara militias]] came, and [[the Amhara special forces|ACTOR:Amhara militias]], with [[the federal army|ACTOR:Ethiopian National Defense Force]]. For some days they only walked around. Then the lists started.
{{c2|[[About one week after the shelling|DATE:2020-11-15..2020-11-17]], at [[night|DATE:2020-11-16]], they came to my house. They took me and my younger brother [[Abrham|PERSON]]. They tied our arms with our own scarves.}}
INT: Where did they take you?
RESP: {{c3|To a sesame warehouse near the market, the big one of a trader from [[Gondar|PLACE]]. Inside, maybe two hundred men, only Tigrayans. No fighters, no guns, traders, drivers, daily labourers.}} {{c4|Me they kept nine days.}} We had one meal a day, sometimes none. They beat the young ones more.
INT: How did you get out?
RESP: {{c4|[[Alemayehu|PERSON]], an Amhara man from [[Metema|PLACE]] who bought parts from me for ten years, he came and spoke for me, and he paid. They let me out on [[the tenth day|DATE:2020-11-25..2020-11-27]].}}
INT: And your brother?
RESP: [pause] {{c5|[[Abrham|PERSON]] they did not let out. On [[the fourth night|DATE:2020-11-19..2020-11-21]] they took about thirty men out in a truck, to the west, [[Abrham|PERSON]] with them. I saw him climb in. That was the last time.}}
RESP: {{c6|Since then, nothing. Some people say the men were taken to [[Mai Kadra|PLACE]], some say to [[Dansha|PLACE]]. Nobody has seen him.}}
INTERPRETER: He spells it [[Mai-Kadra|PLACE:Mai Kadra]], the town south of [[Humera|PLACE]].
INT: What about your wife and children?
RESP: {{c7|My wife [[Selamawit|PERSON]] took the children [[the same night|DATE:2020-11-16]] they took me, four children, and crossed the [[Tekeze|PLACE]] at [[Hamdayet|PLACE]] with our neighbours. They walked two days.}} They searched her at the river crossing, they asked her my name, and they let her go. She was not held.
INT: What happened to your property?
RESP: {{c8|When I came out of the warehouse I went to the shop. The door broken, the shelves empty, and then someone had put fire inside. There was nothing left, only the smell.}} {{c8|One of my trucks they burned in front of the gate. The other they drove away, I saw it later in [[Humera|PLACE]] with a new plate.}}
INT: Did anyone threaten you?
RESP: A man with a list said if any Amhara hides a Tigrayan they will burn his house also. So [[Alemayehu|PERSON]] took a big risk. Nobody burned his house, I asked.
{{c10|[[After two days|DATE:2020-11-28]] I left too, on foot, at [[night|DATE:2020-11-28]], with my neighbour [[Hagos Welday|PERSON]] and his old father. We crossed to [[Sudan|PLACE]] and found my family in [[Hamdayet|PLACE]], and [[after one month|DATE:2020-12-28]] they moved us here, to [[Um Rakooba|PLACE:Um Rakuba]].}}
INT: Is there something more you want to say?
RESP: Only [[Abrham|PERSON]]. He was twenty-four. He liked football, [[Arsenal|PERSON]] he called himself. If somebody saw him, in any prison, please tell us.
@@witness et-humera-tsegay-gebrekidan
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Humera" date=2020-11-09 basis=EXPERIENCED incident=et-humera-20201109-shelling
@@claim c2 harm=DETAINED min=2 max=2 named="Abrham" actor="Amhara militias" site="Humera" date=2020-11-16 basis=EXPERIENCED incident=et-humera-20201116-warehouse-detentions-tsegay
@@claim c3 harm=DETAINED min=200 max=200 actor="Amhara militias" site="Humera" date=2020-11-16..2020-11-25 basis=EXPERIENCED incident=et-humera-20201116-warehouse-detentions-tsegay
@@claim c4 harm=DETAINED min=1 max=1 actor="Amhara militias" site="Humera" date=2020-11-16..2020-11-26 basis=EXPERIENCED incident=et-humera-20201116-warehouse-detentions-tsegay
@@claim c5 harm=DETAINED min=30 max=30 named="Abrham" actor="Amhara militias" site="Humera" date=2020-11-19..2020-11-21 basis=WITNESSED incident=et-humera-20201116-warehouse-detentions-tsegay
@@claim c6 harm=MISSING min=1 max=1 named="Abrham" actor="Amhara militias" site="Humera" date=2020-11-19..2020-11-21 basis=EXPERIENCED incident=et-humera-20201116-warehouse-detentions-tsegay
@@claim c7 harm=DISPLACED min=5 max=5 named="Selamawit" site="Humera" date=2020-11-16 basis=HEARSAY incident=et-humera-20201116-tsegay-family-flight
@@claim c8 harm=PROPERTY_DAMAGE min=1 max=1 site="Humera" date=2020-11-16..2020-11-26 basis=WITNESSED incident=et-humera-20201100-tsegay-shop-burned
@@claim c10 harm=DISPLACED min=3 max=3 named="Hagos Welday" site="Humera" date=2020-11-28 basis=EXPERIENCED incident=et-humera-20201128-tsegay-flight
