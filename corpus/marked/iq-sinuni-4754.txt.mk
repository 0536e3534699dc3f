@@encoding utf-16le
Notes of a telephone interview
Date: 2019-11-04
Researcher: [[Ella Brandt|PERSON]]
Interpreter (on the line): [[Nofa Haji|PERSON]]
Witness: Yazidi man, 38, from [[Sinuni|PLACE]] (he writes it Snune), now in [[Sharya|PLACE]] camp near [[Duhok|PLACE]]

Call lasted about 50 minutes. The line was bad at the start and twice cut; the interpreter repeated some answers.

W. gave his name as [[Shivan Khudeda Rasho|PERSON]]. Before 2014 he drove a water tanker between [[Sinuni|PLACE]] and the villages on the north side of [[Mount Sinjar|PLACE]].

He said that on [[the 3rd of August 2014|DATE:2014-08-03]], [[early in the morning|DATE:2014-08-03]], people in [[Snune|PLACE:Sinuni]] heard that the [[Peshmerga|ACTOR:Peshmerga]] had left their positions and that [[Daesh|ACTOR:Islamic State]] was coming from the south. {{c1|He put his family and his brother's family in the cab and on the tank of the truck, eleven people with him, and drove towards the mountain with the other cars.}}

{{c2|On the road, before [[Dugure|PLACE]], a pickup of [[Daesh|ACTOR:Islamic State]] came from a side track and opened [[gunfire|WEAPON:SMALL_ARMS]] on the cars. The car in front of his truck belonged to his neighbour [[Barakat Elias|PERSON]]. He saw [[Barakat|PERSON]] and his son [[Ravo|PERSON]], about fifteen, killed in the front seats.}} "The car went into the ditch and did not move. We could not stop." {{c3|Two women from that car were wounded, he does not know their names; they ran and people pulled them onto a tractor.}}

{{c1|They stayed on [[Mount Sinjar|PLACE]] nine days. Then they walked down to the Syrian side and came back into [[Iraq|PLACE]] near [[Fishkhabour|PLACE]].}}

Asked about rumours that his grandmother died of thirst on the mountain, he said this is not true: "People said it, because she was missing for one day. She was with another family. She died in the camp in [[2016|DATE:2016-01-01..2016-12-31]], old, in her bed."

His brother [[Hazim Khudeda|PERSON]] was a policeman in [[Shingal|PLACE:Sinjar]] town. {{c4|W. did not see him taken. A colleague of [[Hazim|PERSON]] who escaped told him later that [[Daesh|ACTOR:Islamic State]] took [[Hazim|PERSON]] and four other policemen from the police station [[the same morning|DATE:2014-08-03]], [[the 3rd|DATE:2014-08-03]].}} {{c5|In [[2019|DATE:2019-01-01..2019-11-04]] the name of [[Hazim|PERSON]] was on the list of the kidnapped office in [[Duhok|PLACE]], as missing, fate unknown.}} W. repeated his full name for the notes.

On [[Kocho|PLACE]]: his mother's sister was married there. {{c6|He said that her son [[Khalaf Naif|PERSON]] and two friends tried to leave [[Kocho|PLACE]] in a car at [[night|DATE:2014-08-10]], "[[the tenth, maybe the eleventh|DATE:2014-08-10..2014-08-11]]", while [[Daesh|ACTOR:Islamic State]] was around the village, and were stopped at the [[Daesh|ACTOR:Islamic State]] checkpoint on the road to [[Tel Qasab|PLACE]]. Nobody has heard from the three since.}} He heard this from his aunt's neighbour, by phone, in the camp. He did not want to speak about the rest of the family in [[Kocho|PLACE]]: "You know what happened there. I cannot."

{{c7|In [[spring 2016|DATE:2016-03-01..2016-05-31]], after [[Sinuni|PLACE]] was free, his uncle, Mam [[Naif Rasho|PERSON]], went to his wheat field east of the town. He stepped on a [[mine|WEAPON:LANDMINE]] that [[Daesh|ACTOR:Islamic State]] had left in the field. W. was in the next field and heard it, and ran. His uncle lost both legs.}} W. drove him to the hospital in [[Duhok|PLACE]] himself. The field is still not cleared, he said; nobody planted it since.

Asked if anything happened to his house, he said no damage: "The house is standing, they took only the things, the fridge, the carpets." He has not moved back because there is no work and "the fear is still there".

Researcher note: W. was calm throughout, and careful to separate what he saw from what he was told. He asked twice whether the list of the missing is shared with the UN.
@@witness iq-sinuni-shivan-rasho
@@claim c1 harm=DISPLACED min=11 max=11 actor="Islamic State" site="Snune" date=2014-08-03 basis=EXPERIENCED incident=iq-sinuni-20140803-rasho-tanker-flight
@@claim c2 harm=KILLED min=2 max=2 named="Barakat; Ravo" weapon=SMALL_ARMS actor="Islamic State" site="Dugure" date=2014-08-03 basis=WITNESSED incident=iq-sinuni-20140803-dugure-road-elias-car
@@claim c3 harm=INJURED min=2 max=2 weapon=SMALL_ARMS actor="Islamic State" site="Dugure" date=2014-08-03 basis=WITNESSED incident=iq-sinuni-20140803-dugure-road-elias-car
@@claim c4 harm=DETAINED min=5 max=5 named="Hazim" actor="Islamic State" site="Shingal" date=2014-08-03 basis=HEARSAY incident=iq-sinjar-20140803-police-station-hazim-taken
@@claim c5 harm=MISSING min=1 max=1 named="Hazim" actor="Islamic State" site="Shingal" date=2014-08-03 basis=REPORTED incident=iq-sinjar-20140803-police-station-hazim-taken
@@claim c6 harm=MISSING min=3 max=3 named="Khalaf Naif" actor="Islamic State" site="Tel Qasab" date=2014-08-10..2014-08-11 basis=HEARSAY incident=iq-kocho-20140810-khalaf-naif-car-checkpoint
@@claim c7 harm=INJURED min=1 max=1 named="Naif Rasho" weapon=LANDMINE actor="Islamic State" site="Sinuni" date=2016-03-01..2016-05-31 basis=WITNESSED incident=iq-sinuni-20160000-naif-rasho-field-mine
