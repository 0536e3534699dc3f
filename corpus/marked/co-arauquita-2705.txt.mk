@@newline crlf
Interview ID: CO-ARQ-2705
Interview date: 2023-05-17
Location: [[Saravena|PLACE]], [[Arauca|PLACE]]
Language: Spanish, with interpreter
Interviewer: [[Marta Ekholm|PERSON]]
Interpreter: [[Carolina Bustos|PERSON]]

INT: Could you tell me who you are and where you live?
RESP: I am [[Luz Dary Pabón|PERSON]], I have a small farm, cacao and plantain, near [[La Esmeralda|PLACE]], in [[Arauquita|PLACE]] municipality. Five children. My husband died of sickness, long ago.
INT: You wanted to talk about [[January 2022|DATE:2022-01-01..2022-01-31]].
RESP: Yes. At the start of the year the war between the [[ELN|ACTOR:ELN]]... the [[ELN|ACTOR:ELN]] and [[the dissidents|ACTOR:FARC dissidents]] started, and here we were in the middle, like the meat in the arepa.
[Interpreter: she uses "los elenos" for the [[ELN|ACTOR:ELN]] and "los disidentes" for the others.]
RESP: {{c1|On [[the 4th|DATE:2022-01-04]], [[the fourth of January|DATE:2022-01-04]], in [[the morning|DATE:2022-01-04]], the boys from the vereda were going on motorbikes to [[Arauquita|PLACE]] for the market, and on the road, at the bridge of [[Caño Limón|PLACE]], men with [[guns|WEAPON:SMALL_ARMS]] stopped them and took three of them, with the motorbikes, into the bush.}} My nephew [[Yeison|PERSON]] was one, and [[Jhon Fredy Castaño|PERSON]] and the son of doña [[Amparo|PERSON]], [[Deiver|PERSON]].
INT: Did you see that yourself?
RESP: No, no. The fourth boy, he was behind, he turned back and came running to my house, white like paper. He told us.
INT: Who were the armed men?
RESP: He said [[ELN|ACTOR:ELN]], they had the armbands, red and black. Others say it was [[the dissidents|ACTOR:FARC dissidents]] dressed like [[ELN|ACTOR:ELN]]. I don't know, I say what the boy said.
INT: And after?
RESP: {{c2|Nothing. Never came back, not one of the three. We went to the Personería, the Defensoría, we put the photos on the Facebook of the parish, and nothing, one year and four months.}} [pause] {{c8|On the radio they said bodies were found near [[Puerto Jordán|PLACE]] in those days, men with the hands tied.}} The families went to look and they were not ours.
INT: Did the armed men come to your farm too?
RESP: They came, in [[February|DATE:2022-02-01..2022-02-28]], a group. They searched the house, they looked under the beds, they asked for my son [[Brayan|PERSON]], he was sixteen, they wanted to take him for the organisation. Don [[Aurelio Mantilla|PERSON]], the president of the junta, he came and talked with them a long time, and they left without him. After that I sent [[Brayan|PERSON]] to my sister in [[Bogotá|PLACE]].
INT: You mentioned a [[drone|WEAPON:DRONE_STRIKE]].
RESP: Ay, yes. That was [[last year|DATE:2022-01-01..2022-12-31]], in [[August|DATE:2022-08-01..2022-08-31]], no... in [[September|DATE:2022-09-01..2022-09-30]]. At [[night|DATE:2022-09-01..2022-09-30]] we heard it, like a big mosquito, bzzz, over the trees. People said [[the dissidents|ACTOR:FARC dissidents]] had a camp in the finca of the neighbour. Then it dropped the [[bomb|WEAPON:DRONE_STRIKE]].
RESP: {{c3|It fell between my kitchen and the house of my neighbour [[Arley|PERSON]], and the kitchen roof, the zinc, it was torn away, the pots, the stove, everything thrown.}} {{c3|The water tank broke and the chicken house, forty chickens, nothing left.}} {{c5|[[Arley|PERSON]]'s little girl got a cut on the head from the zinc, she was asleep, she is fine now.}}
INT: Who do you think sent [[the drone|WEAPON:DRONE_STRIKE]]?
RESP: The [[ELN|ACTOR:ELN]] has the drones here, everyone knows, they put bombs on them. But I did not see anybody, only the noise.
INT: Were there [[mines|WEAPON:LANDMINE]] near your farm?
RESP: Yes, on the path to the [[Ele|PLACE]] river, where the cows drink. {{c6|Don [[Rubiel|PERSON]], the old man, stepped on a [[mine|WEAPON:LANDMINE]] there, in [[March|DATE:2023-03-01..2023-03-31]], [[this year|DATE:2023-01-01..2023-05-17]], he lost his foot. I heard the explosion and I ran with my son [[Cristian|PERSON]], we carried him in a hammock to the road.}} Now nobody goes there, the cows drink from the rain.
INT: Has anyone in your vereda been hurt since then?
RESP: No, since Don [[Rubiel|PERSON]]... no, thanks to God, nobody else was hurt. But people leave. {{c7|Eleven families from [[La Esmeralda|PLACE]] left in one year, to [[Saravena|PLACE]], to [[Arauca|PLACE]], to [[Venezuela|PLACE]] even.}} I stay, the cacao does not wait.
@@witness co-arauquita-luz-dary-pabon
@@claim c1 harm=DETAINED min=3 max=3 named="Yeison; Jhon Fredy Castaño; Deiver" actor=ELN site="Caño Limón" date=2022-01-04 basis=HEARSAY incident=co-arauquita-20220104-cano-limon-bridge-motorbike-boys
@@claim c2 harm=MISSING min=3 max=3 actor=ELN site="Caño Limón" date=2022-01-04 basis=EXPERIENCED incident=co-arauquita-20220104-cano-limon-bridge-motorbike-boys
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="La Esmeralda" date=2022-09-01..2022-09-30 basis=EXPERIENCED incident=co-arauquita-20220900-esmeralda-drone-kitchen
@@claim c5 harm=INJURED min=1 max=1 weapon=DRONE_STRIKE site="La Esmeralda" date=2022-09-01..2022-09-30 basis=WITNESSED incident=co-arauquita-20220900-esmeralda-drone-kitchen
@@claim c6 harm=INJURED min=1 max=1 named="Rubiel" weapon=LANDMINE site="Ele" date=2023-03-01..2023-03-31 basis=WITNESSED incident=co-arauquita-20230300-ele-river-path-mine
@@claim c7 harm=DISPLACED min=11 max=11 site="La Esmeralda" date=2022-01-01..2023-05-17 basis=WITNESSED incident=co-arauquita-20220000-esmeralda-families-leave
@@claim c8 harm=KILLED min=null max=null site="Puerto Jordán" date=2022-01-01..2022-01-31 basis=REPORTED incident=co-tame-20220100-puerto-jordan-bodies-radio
