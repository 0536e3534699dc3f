TESTIMONY RECORD
Interview ID: CO-TOR-4356
Interview date: 2019-11-05
Place of interview: [[Toribío|PLACE]], [[Cauca|PLACE]], in the house of the witness
Language: Spanish with some Nasa Yuwe, translated
Interviewer: [[Camila Otálvaro|PERSON]]
Q: Please tell me your name and your community.
A: [[Rosa Elvira Yatacué Pito|PERSON]]. From the resguardo of [[Toribío|PLACE]], I live in the town, two streets above the police station. I am fifty-one.
Q: You wanted to speak first about [[2012|DATE:2012-01-01..2012-12-31]].
A: Yes, because that year was the worst. The [[FARC|ACTOR:FARC]], [[the Sixth Front|ACTOR:FARC]], attacked the police station many times. They fire the [[tatucos|WEAPON:MORTAR]], the [[cylinders|WEAPON:MORTAR]] of gas with explosive, from the hill, and the [[cylinders|WEAPON:MORTAR]] don't know where the station is, they fall where they want.
A: {{c1|On [[the 8th of July|DATE:2012-07-08]], [[a Sunday|DATE:2012-07-08]], [[the market day|DATE:2012-07-08]], the [[cylinders|WEAPON:MORTAR]] fell in our street. Seven houses were damaged, seven, mine with the roof open like a can, and the house of Doña [[Ofelia|PERSON]] with the front gone.}} {{c2|Doña [[Ofelia Campo|PERSON]] was cut in the face and the arm by the glass, we took her to the hospital in a wheelbarrow.}}
A: Nobody died in our street [[that day|DATE:2012-07-08]], thank God. That I have to say also.
Q: What did the families do after the attack?
A: {{c3|We went to the coliseum, the whole street and the streets near the station, about two hundred people, more than forty families, and we slept there two weeks, on the floor, the cabildo brought food.}} We did not want to go back next to the station. The people said, let them move the station out of our houses.
A: And [[the planes|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Colombian armed forces]] bombed up in the mountain, in the camps of [[the Sixth Front|ACTOR:FARC]], at night you see the light. That [[bombing|WEAPON:AIRSTRIKE]] was on them, the combatants, I don't count it. That is between armed people.
Q: You also said your son had a problem with [[the army|ACTOR:Colombian armed forces]].
A: [[Jhon Fredy|PERSON]], my second son. {{c4|In [[2014|DATE:2014-01-01..2014-12-31]], in [[September|DATE:2014-09-01..2014-09-30]], [[the army|ACTOR:Colombian armed forces]] took him off the chiva at the checkpoint of [[El Palo|PLACE]], they said he was a miliciano, and they kept him five days in the battalion.}} The driver came to tell me. {{c4|Five days without telling us anything, and then they let him out without a paper, without sorry.}}
A: My husband, [[Efrén|PERSON]], [[the soldiers|ACTOR:Colombian armed forces]] stopped him also many times, at the door, asking questions, show the cédula. They ask and they go. That is normal here.
Q: What happened to your nephew?
A: [[Duván|PERSON]]. [[Duván Pito|PERSON]], the son of my sister. He was twenty. He went to [[Corinto|PLACE]], to scrape coca leaves, because there is no work. {{c5|In [[2017|DATE:2017-01-01..2017-12-31]], [[after the day of the dead|DATE:2017-11-03..2017-11-30]], he did not come back.}} We looked three weeks, the guardia looked in the mountains. {{c5|They found him in the river, near [[Corinto|PLACE]], with the hands tied. We washed him and buried him in [[Tacueyó|PLACE]].}}
Q: Who did it?
A: Nobody knows. [[The dissidents|ACTOR:FARC dissidents]], the others, I don't know. I cannot say who.
Q: Was anything else hit in [[Corinto|PLACE]]?
A: {{c6|In [[January|DATE:2019-01-01..2019-01-31]], [[this year|DATE:2019-01-01..2019-12-31]], a [[moto bomba|WEAPON:IED]] exploded in [[Corinto|PLACE]], near the station, and four shops on that street lost the doors, the glass, everything.}} My sister told me, she lives there. Nobody died, she says, [[the dissidents|ACTOR:FARC dissidents]] left it at [[night|DATE:2019-01-01..2019-01-31]] when the street was empty.
Q: Were you at the minga in [[March|DATE:2019-03-01..2019-03-31]]?
A: Yes, on the [[Panamericana|PLACE]], at [[Mandivá|PLACE]]. Many days.
A: {{c7|The [[ESMAD|ACTOR:Colombian armed forces]] threw the [[gas|WEAPON:CHEMICAL]] on us, many times, and my cousin [[Fabiola|PERSON]] was hit in the leg by one of those cans, it burned her, and her baby was vomiting from the [[gas|WEAPON:CHEMICAL]].}} I saw that, I was next to her.
A: The guardia said, no stones, no sticks, we are here peacefully. But some young ones threw stones anyway.
Q: Are things calmer now?
A: No. Now there are the drones, they say [[the dissidents|ACTOR:FARC dissidents]] want to use them. They have not used them here yet. I pray they never do.
@@witness co-toribio-rosa-elvira-yatacue-pito
@@claim c1 harm=PROPERTY_DAMAGE min=7 max=7 weapon=MORTAR actor="FARC" site="Toribío" date=2012-07-08 basis=EXPERIENCED incident=co-toribio-20120708-police-station-cylinders
@@claim c2 harm=INJURED min=1 max=1 named="Ofelia Campo" weapon=MORTAR actor="FARC" site="Toribío" date=2012-07-08 basis=WITNESSED incident=co-toribio-20120708-police-station-cylinders
@@claim c3 harm=DISPLACED min=200 max=200 site="Toribío" date=2012-07-08 basis=EXPERIENCED incident=co-toribio-20120708-police-station-cylinders
@@claim c4 harm=DETAINED min=1 max=1 named="Jhon Fredy" actor="Colombian armed forces" site="El Palo" date=2014-09-01..2014-09-30 basis=HEARSAY incident=co-caloto-20140900-elpalo-checkpoint-jhon-fredy
@@claim c5 harm=KILLED min=1 max=1 named="Duván; Duván Pito" site="Corinto" date=2017-11-03..2017-11-30 basis=HEARSAY incident=co-corinto-20171100-river-body-duvan
@@claim c6 harm=PROPERTY_DAMAGE min=4 max=4 weapon=IED actor="FARC dissidents" site="Corinto" date=2019-01-01..2019-01-31 basis=HEARSAY incident=co-corinto-20190100-moto-bomba-shops
@@claim c7 harm=INJURED min=2 max=2 named="Fabiola" weapon=CHEMICAL actor="Colombian armed forces" site="Mandivá" date=2019-03-01..2019-03-31 basis=WITNESSED incident=co-santander-20190300-minga-panamericana-gas
