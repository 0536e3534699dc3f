@@newline crlf
Interview ID: CO-GRA-3957
Interview date: 2011-07-26
Location: [[Granada|PLACE]], [[Antioquia|PLACE]], the witness's shop
Interviewer: [[Jonas Berg|PERSON]]
Speaker: [[Hernán Darío Ospina|PERSON]]

Jonas: We are recording. Can you tell me what you do here in [[Granada|PLACE]]?
Hernán: I have the hardware shop, this one, on the main street, [[Calle Real|PLACE]], since nineteen eighty-five. My father had it before. Nails, paint, wire, everything.
Jonas: You said the shop was destroyed once.
Hernán: In the toma, yes. The toma de [[Granada|PLACE]], [[December 2000|DATE:2000-12-01..2000-12-31]]. [[The 6th|DATE:2000-12-06]], in [[the evening|DATE:2000-12-06]], when the shops were closing. Everybody in [[Granada|PLACE]] knows the date, like a birthday, but a bad one.
Jonas: What happened?
Hernán: The [[FARC|ACTOR:FARC]] came to take the police station, hundreds of them, from the hills. And they put a [[car bomb|WEAPON:IED]], a big one, a truck, in front of the station, two blocks from here.
Hernán: {{c1|When the [[car bomb|WEAPON:IED]] exploded, my shop, the front, the roof, the shelves, everything came down, and the houses on both sides also, the whole block, maybe twenty houses, the church windows.}}
Hernán: {{c2|I was behind the counter. A beam fell on me, here, my shoulder, and the glass, my face, you can see the lines.}} {{c3|My helper, [[Libardo|PERSON]], [[Libardo Arango|PERSON]], nineteen years old, he was in the door pulling down the shutter. He did not survive. I pulled him out myself, he was already gone.}}
Jonas: Do you know how many people died in the town [[that night|DATE:2000-12-06]]?
Hernán: They say many things. {{c7|Some say twenty, more.}} I know [[Libardo|PERSON]]. {{c6|I saw four dead in the street when I went out, one was a policeman.}} I only say what I saw.
Jonas: And the police?
Hernán: The police fought all night, they were few. Some died fighting. That is the combat, I don't count that, they had guns. But [[Libardo|PERSON]] had a shutter.
Jonas: Did [[the army|ACTOR:Colombian armed forces]] come?
Hernán: Not [[that night|DATE:2000-12-06]]. They came [[the next day|DATE:2000-12-07]], in [[the afternoon|DATE:2000-12-07]], when it was finished.
Jonas: You also mentioned your brother.
Hernán: [[Efraín|PERSON]]. [pause] {{c4|[[Efraín Ospina|PERSON]] was taken in [[2002|DATE:2002-01-01..2002-12-31]], on the road to [[Santa Ana|PLACE]], by [[the paramilitaries|ACTOR:Paramilitary groups in Colombia]], the men of the [[AUC|ACTOR:Paramilitary groups in Colombia]].}} {{c4|He was going with the bus, they stopped the bus and took off him and another man. The driver told my mother.}}
Hernán: {{c4|Nine years. No body, nothing.}} My mother died waiting. If they had taken me also, who would have kept the shop for her? That is what I think sometimes.
Jonas: I'm sorry. Did anything happen in the other veredas that you know of?
Hernán: Everywhere. In [[San Carlos|PLACE]], next to us, my cousin lives in [[Dosquebradas|PLACE:Dos Quebradas]], a vereda up there. {{c5|He told me, in [[the Easter week of 2003|DATE:2003-04-13..2003-04-19]], three boys died on a [[mine|WEAPON:LANDMINE]] on the path, brothers, with a mule.}} My cousin said three. [[The guerrilla|ACTOR:FARC]] had mined everything up there.
Jonas: Three boys, you're sure?
Hernán: That's what he told me. Maybe two, maybe three, I was not there. Ask the people of [[San Carlos|PLACE]].
Jonas: What is [[Granada|PLACE]] like now?
Hernán: People came back. The church is fixed. The main street, you see, it's painted. But the [[mines|WEAPON:LANDMINE]] are still in the hills, and nobody believes the peace will come. There is no [[shooting|WEAPON:SMALL_ARMS]] now. Nobody was killed here [[this year|DATE:2011-01-01..2011-12-31]], thanks to God.
Jonas: Thank you, Don [[Hernán|PERSON]].
Hernán: Write [[Libardo|PERSON]]'s name correctly. Arango, with the o.
@@witness co-granada-hernan-dario-ospina
@@claim c1 harm=PROPERTY_DAMAGE min=20 max=20 weapon=IED actor="FARC" site="Calle Real" date=2000-12-06 basis=EXPERIENCED incident=co-granada-20001206-police-station-car-bomb
@@claim c2 harm=INJURED min=1 max=1 named="Hernán Darío Ospina" weapon=IED actor="FARC" site="Calle Real" date=2000-12-06 basis=EXPERIENCED incident=co-granada-20001206-police-station-car-bomb
@@claim c3 harm=KILLED min=1 max=1 named="Libardo; Libardo Arango" weapon=IED actor="FARC" site="Calle Real" date=2000-12-06 basis=WITNESSED incident=co-granada-20001206-police-station-car-bomb
@@claim c4 harm=MISSING min=1 max=1 named="Efraín Ospina" actor="Paramilitary groups in Colombia" site="Santa Ana" date=2002-01-01..2002-12-31 basis=HEARSAY incident=co-granada-20020000-efrain-ospina-taken
@@claim c5 harm=KILLED min=3 max=3 weapon=LANDMINE site="Dosquebradas" date=2003-04-13..2003-04-19 basis=HEARSAY incident=co-sancarlos-20030415-dosquebradas-creek-path-mine
@@claim c6 harm=KILLED min=4 max=4 site="Granada" date=2000-12-06 basis=WITNESSED incident=co-granada-20001206-police-station-car-bomb
@@claim c7 harm=KILLED min=20 max=null site="Granada" date=2000-12-06 basis=HEARSAY incident=co-granada-20001206-police-station-car-bomb
