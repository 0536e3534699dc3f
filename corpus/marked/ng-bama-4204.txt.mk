Interview ID: NG-BAM-4204
Date: 2020-02-11
Location: [[Bakassi|PLACE]] camp, [[Maiduguri|PLACE]]
Language: Kanuri and Hausa, interpreted into English
Interviewer: [[Chinedu Obi|PERSON]]

INT: Your name?
RESP: [[Ibrahim Goni|PERSON]].
INT: How old are you, [[Ibrahim|PERSON]]?
RESP: Nineteen. Maybe twenty.
INT: Where are you from?
RESP: [[Soye|PLACE]]. In [[Bama|PLACE]] local government.
INT: When did you leave [[Soye|PLACE]]?
RESP: [[August|DATE:2019-08-01..2019-08-31]]. After they came.
INT: Who came?
RESP: [[Boko Haram|ACTOR:Boko Haram]]. [[Shekau's people|ACTOR:Boko Haram]].
INT: Do you remember the day?
RESP: [[Thursday|DATE:2019-08-15]]. [[The 15th|DATE:2019-08-15]]. I know because [[Friday|DATE:2019-08-16]] we buried.
INT: What time did they come?
RESP: [[Night|DATE:2019-08-15]]. [[After isha|DATE:2019-08-15]]. On motorcycles, many. Maybe twenty motorcycles.
INT: What did you see?
RESP: {{c1|They were shooting. [[Guns|WEAPON:SMALL_ARMS]]. My uncle [[Bulama Tijjani|PERSON]] ran out of his room, they shot him by the door. I saw it from behind the grain store.}}
INT: Were others killed?
RESP: {{c2|Six. Six people. My uncle, and Mallam [[Lawan|PERSON]] the Koran teacher, and [[Kaka Ali|PERSON]], and three others from the other side of the village.}} {{c2|We buried six on [[Friday|DATE:2019-08-16]].}}
INT: You said "after they came" you left. Did they do anything to the houses?
RESP: {{c3|They burnt. They had [[fire bottles|WEAPON:INCENDIARY]], petrol, they threw them on the roofs. The roofs are grass. Many burned. Ours burned.}}
INT: How many houses?
RESP: I don't know. Half the village.
INT: Did they take anyone?
RESP: {{c4|Girls. Two I know. [[Hadiza|PERSON]] and [[Zainab|PERSON]]. They put them on the motorcycle.}}
INT: Have they come back?
RESP: {{c5|No. Nobody has heard of them.}}
INT: And the mosque, did they burn the mosque?
RESP: No. Not the mosque.
INT: Was anyone in your family hurt?
RESP: My brother [[Mustapha|PERSON]]. He was [[yan gora|ACTOR:Civilian JTF]]. He had a [[gun|WEAPON:SMALL_ARMS]], he fought them near the well. They wounded him in the leg. He was fighting, so.
INT: Where did you go then?
RESP: {{c6|[[The next morning|DATE:2019-08-16]], after the burial, we walked to [[Bama|PLACE]] town, all of us. Eleven people. Then [[the army|ACTOR:Nigerian armed forces]] brought us here in a truck.}}
INT: Has anything else happened to you since?
RESP: The road. [[January|DATE:2020-01-01..2020-01-31]]. I went back with a lorry to [[Bama|PLACE]] to bring our goats.
INT: What happened on the road?
RESP: {{c7|A car in front of us hit a [[mine|WEAPON:LANDMINE]], between [[Konduga|PLACE]] and [[Bama|PLACE]]. The car went up. I saw three dead, the driver also.}}
INT: Do you know who put the [[mine|WEAPON:LANDMINE]]?
RESP: They say [[Boko Haram|ACTOR:Boko Haram]]. Who else.
INT: Anything else you want to say?
RESP: [[Hadiza|PERSON]] is my cousin. That is all.
@@witness ng-bama-ibrahim-goni
@@claim c1 harm=KILLED min=1 max=1 named="Bulama Tijjani" weapon=SMALL_ARMS actor="Boko Haram" site="Soye" date=2019-08-15 basis=WITNESSED incident=ng-bama-20190815-soye-night-raid
@@claim c2 harm=KILLED min=6 max=6 named="Bulama Tijjani; Lawan; Kaka Ali" actor="Boko Haram" site="Soye" date=2019-08-15 basis=WITNESSED incident=ng-bama-20190815-soye-night-raid
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Boko Haram" site="Soye" date=2019-08-15 basis=WITNESSED incident=ng-bama-20190815-soye-night-raid
@@claim c4 harm=DETAINED min=2 max=2 named="Hadiza; Zainab" actor="Boko Haram" site="Soye" date=2019-08-15 basis=WITNESSED incident=ng-bama-20190815-soye-night-raid
@@claim c5 harm=MISSING min=2 max=2 named="Hadiza; Zainab" actor="Boko Haram" site="Soye" date=2019-08-15 basis=WITNESSED incident=ng-bama-20190815-soye-night-raid
@@claim c6 harm=DISPLACED min=11 max=11 site="Soye" date=2019-08-16 basis=EXPERIENCED incident=ng-bama-20190816-goni-family-flight
@@claim c7 harm=KILLED min=3 max=3 weapon=LANDMINE actor="Boko Haram" date=2020-01-01..2020-01-31 basis=WITNESSED incident=ng-bama-20200100-konduga-road-car-mine
