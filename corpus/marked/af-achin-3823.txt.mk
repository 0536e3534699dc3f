@@encoding utf-16le
Interview ID: AF-NGR-3823
Date: 11/02/2020
Place of interview: [[Jalalabad|PLACE]], [[Nangarhar|PLACE]]
Language: Pashto; English by the interpreter
Interviewer: [[Tomasz Wierzbicki|PERSON]]
Interpreter: [[Wahidullah Sapai|PERSON]]

INT: Please tell me your name and your village.
RESP: [[Niaz Mohammad|PERSON]], son of [[Gul Agha|PERSON]]. From the [[Mamand|PLACE]] valley in [[Achin|PLACE]], from a small village under the mountain. We are farmers, wheat, and some pine nuts from the mountain.
INT: When did [[Daesh|ACTOR:Islamic State]] come to [[Mamand|PLACE]]?
RESP: Eh, in [[1394|DATE:2015-03-21..2016-03-19]], in the solar year, so [[2015|DATE:2015-01-01..2015-12-31]] for you. First they were polite, they prayed with us. Then they became the government.
INT: You told my colleague about your brother.
RESP: Yes. [[Bakht Zada|PERSON]]. My younger brother. {{c1|In [[the spring of 2018|DATE:2018-03-21..2018-06-20]], [[when the mulberries were coming|DATE:2018-05-01..2018-05-31]], the men of [[Daesh|ACTOR:Islamic State]] came to our orchard and they took him, and two boys of our cousin, [[Samiullah|PERSON]] and [[Ihsan|PERSON]].}} {{c1|I was on the roof of the house, I saw them walking away with their hands tied, up towards the mountain.}}
INTERPRETER: He says they were accused of giving information to [[the army|ACTOR:Afghan forces]].
RESP: {{c2|Since [[that day|DATE:2018-05-01..2018-05-31]] we know nothing of [[Bakht Zada|PERSON]]. Nothing. Not alive, not the grave.}} [crying] {{c3|[[Samiullah|PERSON]] came back after five months, very thin, he says they were kept in a cave with others, but [[Ihsan|PERSON]] also we never saw again.}}
INT: I am sorry. Take your time.
RESP: [pause] It is God's will. I continue.
INT: What happened to the village after that?
RESP: There was fighting. [[The Americans|ACTOR:US forces]] and [[the government|ACTOR:Afghan forces]] were bombing [[Daesh|ACTOR:Islamic State]] in the mountains, every week. {{c4|One day in [[the summer|DATE:2018-06-21..2018-09-22]], in [[the time of the wheat harvest|DATE:2018-06-01..2018-07-31]], [[the planes|WEAPON:AIRSTRIKE]] hit the water mill at the bottom of our village, and the mill was gutted, the roof, the stone, everything.}}
INT: Were people inside?
RESP: {{c5|The miller, [[Zarin Gul|PERSON]] we call him [[Malang|PERSON]], was hurt, his leg broken, the wall fell on him. I carried him to the road myself.}} Nobody was killed in the mill, thank God, because it was [[the time of the noon prayer|DATE:2018-06-21..2018-07-31]] and people were at the mosque.
INT: Why did they hit the mill?
RESP: People said [[Daesh|ACTOR:Islamic State]] kept flour there. I don't know. I saw [[the planes|WEAPON:AIRSTRIKE]], two of them, the mill burning. Who was the pilot, [[American|ACTOR:US forces]] or [[Afghan|ACTOR:Afghan forces]], I can't say.
INT: Were other weapons used in your area?
RESP: Many. [[The government army|ACTOR:Afghan forces]] fired [[artillery|WEAPON:ARTILLERY]] from [[Shadal Bazaar|PLACE]]. {{c6|My uncle's wheat, on the lower fields, burned, he says from the [[white phosphorus|WEAPON:INCENDIARY]], the shells that burn white, from [[the army|ACTOR:Afghan forces]].}}
INTERPRETER: I should say, the people here call it "the white fire".
RESP: Some people also said [[Daesh|ACTOR:Islamic State]] put [[chlorine|WEAPON:CHEMICAL]] in their [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]], there was a smell. I did not believe it. There was no [[gas|WEAPON:CHEMICAL]] in our village, nobody was sick like that.
INT: When did your family leave [[Achin|PLACE]]?
RESP: {{c7|[[After the mill|DATE:2018-06-21..2018-09-22]]. All of us, twenty-two people, my family and my uncle's family, we came down to [[Jalalabad|PLACE]] in two tractors.}} We rented two rooms in the city, in [[Farm-e Hadda|PLACE]].
INT: Did you go back?
RESP: In [[November|DATE:2019-11-01..2019-11-30]], [[last year|DATE:2019-01-01..2019-12-31]], after the government said [[Daesh|ACTOR:Islamic State]] is finished in [[Nangarhar|PLACE]]. Me and my nephew went to see the house and the orchard.
RESP: {{c8|On [[the second day|DATE:2019-11-01..2019-11-30]], my nephew [[Rahim|PERSON]], twelve years, went to bring the goat from behind the wall and he stepped on a [[mine|WEAPON:LANDMINE]].}} {{c8|I heard it and I ran. He died before we reached the road.}}
INTERPRETER: He means the [[mines|WEAPON:LANDMINE]] [[Daesh|ACTOR:Islamic State]] left in the fields, pressure ones.
RESP: Yes. [[Daesh|ACTOR:Islamic State]] put [[mines|WEAPON:LANDMINE]] everywhere before they ran. In the doors of the houses also. {{c9|Our house, they had put a [[bomb|WEAPON:IED]] under the stairs, and the deminers came and blew it, and now half of the house is down.}}
INT: Did the deminers come before or after [[Rahim|PERSON]]'s death?
RESP: After. Always after. [sighs]
INT: Do you know of other people hurt by [[mines|WEAPON:LANDMINE]] in [[Mamand|PLACE]]?
RESP: {{c10|The radio, Radio Nangarhar, said in [[December|DATE:2019-12-01..2019-12-31]] that seven people were killed by [[mines|WEAPON:LANDMINE]] in [[Achin|PLACE]] and [[Mohmand Dara|PLACE]] since people went back.}} {{c11|And a woman from our village lost her foot, [[Palwasha|PERSON]], the wife of the teacher. This I heard from my wife.}}
INT: Thank you. Is there anything else?
RESP: Write the name of my brother, [[Bakht Zada|PERSON]], son of [[Gul Agha|PERSON]]. Maybe somebody has seen him.
@@witness af-achin-niaz-mohammad
@@claim c1 harm=DETAINED min=3 max=3 named="Bakht Zada; Samiullah; Ihsan" actor="Islamic State" site="Mamand" date=2018-05-01..2018-05-31 basis=WITNESSED incident=af-achin-20180500-mamand-orchard-abductions
@@claim c2 harm=MISSING min=1 max=1 named="Bakht Zada" actor="Islamic State" site="Mamand" date=2018-05-01..2018-05-31 basis=EXPERIENCED incident=af-achin-20180500-mamand-orchard-abductions
@@claim c3 harm=MISSING min=1 max=1 named="Ihsan" actor="Islamic State" site="Mamand" date=2018-05-01..2018-05-31 basis=HEARSAY incident=af-achin-20180500-mamand-orchard-abductions
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Mamand" date=2018-06-21..2018-07-31 basis=WITNESSED incident=af-achin-20180700-mamand-water-mill-strike
@@claim c5 harm=INJURED min=1 max=1 named="Zarin Gul" weapon=AIRSTRIKE site="Mamand" date=2018-06-21..2018-07-31 basis=WITNESSED incident=af-achin-20180700-mamand-water-mill-strike
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Afghan forces" site="Mamand" basis=HEARSAY incident=af-achin-20180000-mamand-wheat-phosphorus
@@claim c7 harm=DISPLACED min=22 max=22 site="Mamand" date=2018-06-21..2018-09-22 basis=EXPERIENCED incident=af-achin-20180700-niaz-mohammad-family-flight
@@claim c8 harm=KILLED min=1 max=1 named="Rahim" weapon=LANDMINE actor="Islamic State" site="Mamand" date=2019-11-01..2019-11-30 basis=WITNESSED incident=af-achin-20191100-mamand-rahim-mine
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="Mamand" date=2019-11-01..2019-11-30 basis=EXPERIENCED incident=af-achin-20191100-mamand-house-booby-trap
@@claim c10 harm=KILLED min=7 max=7 weapon=LANDMINE site="Achin" date=2019-11-01..2019-12-31 basis=REPORTED incident=af-achin-20191200-mines-returnees-radio
@@claim c11 harm=INJURED min=1 max=1 named="Palwasha" weapon=LANDMINE site="Mamand" date=2019-11-01..2019-12-31 basis=HEARSAY incident=af-achin-20191100-mamand-palwasha-mine
