PHONE CALL NOTES
Date: 2024-10-03
Call notes by: [[Inès Kaboré|PERSON]]
Witness: [[Kadidia Tamboura|PERSON]], about 40, now in [[Kaya|PLACE]]
Language: Fulfulde and Mooré (witness switched between them; notes written in English)

Call started 10:15, line poor, dropped twice. [[Kadidia|PERSON]] agreed to be named.

Background. K. is from [[Djibo|PLACE]], [[Secteur 4|PLACE]]. She left [[Djibo|PLACE]] after the attack on the camp at [[the end of 2022|DATE:2022-10-01..2022-12-31]] and lived in [[Barsalogho|PLACE]] from [[early 2023 until September 2024|DATE:2023-01-01..2024-09-30]]. She says her brother [[Hamadoum|PERSON]] was the one who stayed in the family house in [[Djibo|PLACE]] with their mother.

The [[Djibo|PLACE]] attack. She dates it "[[the last Saturday of November|DATE:2022-11-26]], [[the week the school was supposed to open again|DATE:2022-11-21..2022-11-27]]" (that is [[26 November 2022|DATE:2022-11-26]]). She was not in the house [[that night|DATE:2022-11-26]]; she was in [[Secteur 3|PLACE]] with her husband's family. She says "the [[bombs|WEAPON:MORTAR]] of [[the jihadists|ACTOR:JNIM]] came on our house". From her description (fired at the military camp, "they go up and come down whistling") these were probably [[mortar shells|WEAPON:MORTAR]].
{{c1|She says seven of the family died: [[Hamadoum|PERSON]], his wife [[Mariam|PERSON]], their mother [[Fanta|PERSON]], and four children, the smallest was two.}} She repeated "seven" twice when I asked again. {{c10|She says the neighbours' count is lower because the mother and one boy died later at the health centre.}}
{{c2|Of the house "nothing stands, only the corner where the goats were".}} She saw it [[the next morning|DATE:2022-11-27]].
{{c3|One girl survived, [[Djeneba|PERSON]], burned on the face. K. says she is now in [[Ouaga|PLACE:Ouagadougou]] for treatment.}}

Leaving [[Djibo|PLACE]]. {{c4|She left with the convoy in [[December|DATE:2022-12-01..2022-12-31]], "[[two weeks after the burial|DATE:2022-12-10]]", with her husband [[Salif Zongo|PERSON]] and their five children. They went to [[Barsalogho|PLACE]] because [[Salif|PERSON]]'s cousin had land there.}} (Note: she may mean [[the 10th|DATE:2022-12-10]]; not sure.)

[[Barsalogho|PLACE]]. Two things.
(1) The road [[bomb|WEAPON:EXPLOSIVE_UNSPECIFIED]]. {{c5|In [[June|DATE:2024-06-01..2024-06-30]], "[[the week before Tabaski|DATE:2024-06-09..2024-06-15]]", a truck carrying millet to [[Barsalogho|PLACE]] hit a [[bomb|WEAPON:EXPLOSIVE_UNSPECIFIED]] on the road from [[Kaya|PLACE]], near [[Dem|PLACE]]. The driver, [[Rasmané Sawadogo|PERSON]], died.}} {{c6|The truck burned with the whole load, "all the bags, black".}} She did not see it; her neighbour [[Pascaline|PERSON]], whose husband worked for the transporter, told her. She does not know if it was a [[mine|WEAPON:LANDMINE]] or something else; "people said [[the jihadists|ACTOR:JNIM]] put it".
(2) The trenches. In [[August|DATE:2024-08-01..2024-08-31]] [[the army|ACTOR:Burkinabè armed forces]] told the men of the town to dig a trench around [[Barsalogho|PLACE]]. She says some men refused, saying [[the jihadists|ACTOR:JNIM]] would kill anyone they saw digging. {{c7|[[A few days before the 24th|DATE:2024-08-19..2024-08-23]], the soldiers arrested her husband and three other men who had refused. They were tied and kept two days at the military post.}} [[After two days|DATE]] they were released and went back to dig. K. was clear that nobody beat [[Salif|PERSON]].
On [[the 24th|DATE:2024-08-24]] she was in [[Kaya|PLACE]] with her daughter, who was ill, at the regional hospital. She says "what happened [[that day|DATE:2024-08-24]] at the trench, I was not there, I cannot tell you." I did not press her. [[Salif|PERSON]] was at the trench [[that day|DATE:2024-08-24]]; she says he is alive and "does not speak about it". He declined to come to the phone.
{{c8|She left [[Barsalogho|PLACE]] for [[Kaya|PLACE]] in [[September|DATE:2024-09-01..2024-09-30]] with the children. [[Salif|PERSON]] stayed to harvest.}}

Other. {{c9|K. asked whether anyone had news of [[Boureima|PERSON]], a cousin taken by armed men near [[Pensa|PLACE]] [[last year|DATE:2023-01-01..2023-12-31]].}} She gave no date or details; she said it was her aunt who knows. To follow up with the aunt.

Call ended 11:02. Follow-up: ask [[Souleymane Diallo|PERSON]] (tailor, [[Secteur 4|PLACE]], interviewed separately) about the number of dead at the [[Tamboura|PERSON]] house.
@@witness bf-barsalogho-kadidia-tamboura
@@claim c1 harm=KILLED min=7 max=7 named="Hamadoum; Mariam; Fanta" weapon=MORTAR actor="JNIM" site="Secteur 4" date=2022-11-26 basis=HEARSAY incident=bf-djibo-20221126-camp-attack-secteur4-mortars
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="JNIM" site="Secteur 4" date=2022-11-26 basis=WITNESSED incident=bf-djibo-20221126-camp-attack-secteur4-mortars
@@claim c3 harm=INJURED min=1 max=1 named="Djeneba" weapon=MORTAR actor="JNIM" site="Secteur 4" date=2022-11-26 basis=HEARSAY incident=bf-djibo-20221126-camp-attack-secteur4-mortars
@@claim c4 harm=DISPLACED min=7 max=7 named="Salif Zongo" site="Djibo" date=2022-12-01..2022-12-31 basis=EXPERIENCED incident=bf-djibo-20221200-tamboura-zongo-family-flight
@@claim c5 harm=KILLED min=1 max=1 named="Rasmané Sawadogo" weapon=EXPLOSIVE_UNSPECIFIED site="Dem" date=2024-06-09..2024-06-15 basis=HEARSAY incident=bf-barsalogho-20240600-dem-road-truck-blast
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Dem" date=2024-06-09..2024-06-15 basis=HEARSAY incident=bf-barsalogho-20240600-dem-road-truck-blast
@@claim c7 harm=DETAINED min=4 max=4 named="Salif" actor="Burkinabè armed forces" site="Barsalogho" date=2024-08-19..2024-08-23 basis=HEARSAY incident=bf-barsalogho-20240820-trench-refusal-arrests
@@claim c8 harm=DISPLACED min=6 max=6 site="Barsalogho" date=2024-09-01..2024-09-30 basis=EXPERIENCED incident=bf-barsalogho-20240900-kadidia-flight-to-kaya
@@claim c9 harm=DETAINED min=1 max=1 named="Boureima" site="Pensa" date=2023-01-01..2023-12-31 basis=HEARSAY incident=bf-pensa-20230000-boureima-taken
@@claim c10 harm=KILLED min=2 max=2 named="Fanta" weapon=MORTAR actor="JNIM" date=2022-11-26 basis=HEARSAY incident=bf-djibo-20221126-camp-attack-secteur4-mortars
