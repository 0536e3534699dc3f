RESEARCHER'S NOTES OF A PHONE CALL
Ref: LY-MRZ-4609
Date: 2019-11-26
Notes by: [[Femke Rasmussen|PERSON]]
Caller: [[Mohamad Saleh Abunaja|PERSON]], laboratory technician, now in [[Sebha|PLACE:Sabha]]
Language of the call: Arabic, with some English words

Call of about forty minutes on a bad line. The caller asked to speak in English where he could; the notes mix his words and a summary.

He worked in the laboratory of the [[Murzuq hospital|PLACE]] for seven years, until he left in [[August|DATE:2019-08-01..2019-08-31]]. His family is from the Arab quarters of [[Murzuk|PLACE:Murzuq]]; his wife [[Halima Barka|PERSON]] is Tebu. He said this more than once: "In my house the war was inside the house."

He did not want to talk about [[the night of the meeting|DATE:2019-08-01..2019-08-07]] at [[the start of August|DATE:2019-08-01..2019-08-07]] ("the television told it already") and the researcher did not ask.

{{c1|Around [[the 10th of August|DATE:2019-08-10]], [[after the maghrib|DATE:2019-08-10]], three or four [[mortar bombs|WEAPON:MORTAR]] fell in the courtyard of the hospital while he was in the laboratory. Two of the staff were hurt: a nurse, [[Abdelmoula|PERSON]], in the legs, and a guard he called only [[Bashir|PERSON]], in the head.}} He bandaged [[Bashir|PERSON]] himself before the doctor came. {{c2|The generator house was hit and the lab lost its fridge with the blood, "all of it, gone, in August heat".}}
He did not know who fired. "From the other side, from our side, the [[mina|WEAPON:MORTAR]] does not have a name on it."

He said the hospital was never hit by [[the planes|WEAPON:AIRSTRIKE]]. People said in [[those days|DATE:2019-08-01..2019-08-31]] that [[the planes|WEAPON:AIRSTRIKE]] of [[Haftar|ACTOR:Libyan National Army]] would hit the hospital because wounded fighters were there; it did not happen.

{{c3|His wife's cousin, [[Hassan Barka|PERSON]], about thirty, was killed by a [[sniper|WEAPON:SMALL_ARMS]] on the road between the quarters in [[the middle of August|DATE:2019-08-11..2019-08-20]], going to buy medicine for his mother.}} The caller did not see it; [[Halima|PERSON]] was told by her aunt on the phone. He said he was sure of the death, "we did the azza by telephone", not sure of the day.

About the [[air strikes|WEAPON:AIRSTRIKE]]: he said the [[Karama|ACTOR:Libyan National Army]] [[jets|WEAPON:AIRSTRIKE]] hit a farm on the edge of town where Tebu fighters had a position, and "many of them died". He stressed they were fighters, in the fighting. {{c4|A shepherd boy from the next farm, [[Youssouf|PERSON]], was brought to the hospital with burns on his legs from that [[strike|WEAPON:AIRSTRIKE]].}} He saw the boy in the emergency room himself. Date not given; researcher thinks [[the same week|DATE:2019-08-01..2019-08-31]], from the order of the story.

{{c5|From the roof of the hospital he saw smoke over the Tebu side of the market street for two days, and later he walked there: "fifteen houses, maybe more, burned, black inside, the doors taken".}} He did not say who burned them and the researcher did not press.

{{c6|He left [[Murzuq|PLACE]] with his wife, his mother and four children, seven in one car, on [[the 22nd or the 23rd|DATE:2019-08-22..2019-08-23]], to [[Sabha|PLACE]].}} [[Halima|PERSON]]'s parents went the other way, to [[Awbari|PLACE:Ubari]]. "Now to see her mother she must go through three checkpoints." The caller said nobody in his own house was hurt.

Rumours: he said people in [[Sabha|PLACE]] say the hospital was burned after the staff left. He called a colleague, Dr. [[Saad|PERSON]]... [inaudible] ...who told him the hospital stands and works "with half the people". He asked that this be written.

Researcher's note: caller careful, separates what he saw (hospital, the boy, the houses) from what he heard (the cousin). Numbers given vaguely. Second call agreed for January.
@@witness ly-murzuq-mohamad-abunaja
@@claim c1 harm=INJURED min=2 max=2 named="Abdelmoula; Bashir" weapon=MORTAR site="Murzuq hospital" date=2019-08-10 basis=WITNESSED incident=ly-murzuq-20190810-hospital-courtyard-mortars
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Murzuq hospital" date=2019-08-10 basis=WITNESSED incident=ly-murzuq-20190810-hospital-courtyard-mortars
@@claim c3 harm=KILLED min=1 max=1 named="Hassan Barka" weapon=SMALL_ARMS site="Murzuk" date=2019-08-11..2019-08-20 basis=HEARSAY incident=ly-murzuq-20190800-hassan-barka-sniper
@@claim c4 harm=INJURED min=1 max=1 named="Youssouf" weapon=AIRSTRIKE actor="Libyan National Army" site="Murzuk" date=2019-08-01..2019-08-31 basis=WITNESSED incident=ly-murzuq-20190800-edge-farm-jets-shepherd
@@claim c5 harm=PROPERTY_DAMAGE min=15 max=null site="Murzuk" date=2019-08-01..2019-08-31 basis=WITNESSED incident=ly-murzuq-20190800-market-street-tebu-houses-burned
@@claim c6 harm=DISPLACED min=7 max=7 site="Murzuq" date=2019-08-22..2019-08-23 basis=EXPERIENCED incident=ly-murzuq-20190822-abunaja-family-flight-sabha
