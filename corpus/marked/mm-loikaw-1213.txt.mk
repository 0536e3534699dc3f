Interview ID: MM-KRN-1213
Date: 22/01/2024
Location: phone call; the witness was in a displacement site near [[Demoso|PLACE]]
Language: Burmese, some Karenni words
Interviewer: [[Elena Márquez|PERSON]]

Notes of a phone call, written up by the researcher the same evening. The line dropped twice. The witness spoke Burmese; the researcher's assistant [[Ko Thet Naing|PERSON]] interpreted on speaker.

W is [[Mu Paw Meh|PERSON]], 38, a primary school teacher from [[Loikaw|PLACE]], [[Naung Yar|PLACE]] ward. She joined the civil disobedience movement in [[2021|DATE:2021-01-01..2021-12-31]] and taught in the church school afterwards.

She says the big fighting for [[Loikaw|PLACE]] started on [[11 November|DATE:2023-11-11]], "on [[the eleven-eleven day|DATE:2023-11-11]]", when the [[KNDF|ACTOR:Karenni Nationalities Defence Force]] and the other Karenni groups entered the town. Most families had already left [[Loikaw|PLACE]] in [[2022|DATE:2022-01-01..2022-12-31]]; she stayed with her mother, who cannot walk well.

{{c1|On [[the third day|DATE:2023-11-13]] of the fighting, [[around midday|DATE:2023-11-13]], [[the jets|WEAPON:AIRSTRIKE]] bombed [[Naung Yar|PLACE]]. She says two houses on her lane were flattened, one of them the house of her uncle [[Khu Reh|PERSON]].}} {{c2|Her uncle was not inside; his wife, [[Mu Rosa|PERSON]], was killed.}} W saw the body when the neighbours pulled it out, "she was still holding her rosary".

[line dropped, call resumed after about five minutes]

W then describes [[the helicopter|WEAPON:AIRSTRIKE]]. She says that [[that evening|DATE:2023-11-13]] "[[the helicopter|WEAPON:AIRSTRIKE]] came very low and rolled down [[drums|WEAPON:BARREL_BOMB]]", which the researcher understood as improvised [[barrel bombs|WEAPON:BARREL_BOMB]]. She did not see them fall; she heard "three big sounds, bigger than the [[jet bombs|WEAPON:AIRSTRIKE]]". {{c3,c8|[[The next day|DATE:2023-11-14]] she learned from a neighbour, [[Saw Eh Htoo|PERSON]], that one [[barrel|WEAPON:BARREL_BOMB]] had hit the compound of the [[Sacred Heart church|PLACE]] and that people sheltering there were hurt, "maybe five or six, one child lost his hand".}} The researcher could not confirm the name of the church; W also called it "the [[Trinity church|PLACE]]" once, then corrected herself.

{{c4|W says she and her mother left [[Loikaw|PLACE]] on [[15 November|DATE:2023-11-15]], on a motorbike trailer pushed by her cousin [[Khu Maw Reh|PERSON]], to [[Demawso|PLACE:Demoso]].}} It took them two days.

Asked about [[the military|ACTOR:Tatmadaw]], W used "the [[Sit-Tat|ACTOR:Tatmadaw]]" and "[[the junta army|ACTOR:Tatmadaw]]" interchangeably. She says the [[artillery|WEAPON:ARTILLERY]] came from [[the military|ACTOR:Tatmadaw]]'s hill position near the university ("[[the 54 battalion|ACTOR:Tatmadaw]]", she thinks) every night during the fighting. {{c5|She reports that a [[shell|WEAPON:ARTILLERY]] hit a family compound in the camp area outside [[Demoso|PLACE]] in [[December|DATE:2023-12-01..2023-12-31]] and that two people died, a grandmother and a boy of about eight whose name she gives as [[Pyae Sone|PERSON]].}} She did not see this; she heard it from the camp committee, who keep a list.

{{c6|According to the committee's list, read to her by [[Mu Lwe Lwe|PERSON]], eleven people from the camps near [[Demoso|PLACE]] were killed by [[shelling|WEAPON:ARTILLERY]] and [[airstrikes|WEAPON:AIRSTRIKE]] [[between November and the middle of January|DATE:2023-11-01..2024-01-15]].}} W stressed that "the list is only our camps, not all".

W mentioned [[landmines|WEAPON:LANDMINE]]. Her cousin [[Khu Maw Reh|PERSON]] went back to [[Loikaw|PLACE]] in [[early January|DATE:2024-01-01..2024-01-10]] to look at the house. He told her [[the soldiers|ACTOR:Tatmadaw]] had put [[mines|WEAPON:LANDMINE]] around the houses near the hill before they pulled back. {{c7|A man from the next lane, [[Ko Aung Myo|PERSON]], stepped on one at his own gate and lost his leg.}} W stressed that her cousin was not hurt; "nothing happened to him, he walked only on the road".

The researcher asked whether anyone from the resistance was in the compound of the church. W said she did not know, that "the [[KNDF|ACTOR:Karenni Nationalities Defence Force]] boys were in the town, everywhere", but she did not see fighters inside the church, "only families, the nuns and old people".

W asked that her name not be published while her mother is alive. She is happy for the researcher to call again. She mentioned that she still teaches, now under a tarpaulin, "forty children, no books".

Researcher's note: the call quality was poor; the date of the church incident is W's estimate ("[[two days after the start, or three|DATE:2023-11-13..2023-11-14]]"). The account of the [[drums|WEAPON:BARREL_BOMB]] is hearsay, recorded as given.
@@witness mm-loikaw-mu-paw-meh
@@claim c1 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE actor="Tatmadaw" site="Naung Yar" date=2023-11-13 basis=WITNESSED incident=mm-loikaw-20231113-naungyar-jets
@@claim c2 harm=KILLED min=1 max=1 named="Mu Rosa" weapon=AIRSTRIKE actor="Tatmadaw" site="Naung Yar" date=2023-11-13 basis=WITNESSED incident=mm-loikaw-20231113-naungyar-jets
@@claim c3 harm=INJURED min=5 max=6 weapon=BARREL_BOMB actor="Tatmadaw" site="Sacred Heart church" date=2023-11-13 basis=HEARSAY incident=mm-loikaw-20231113-church-barrels
@@claim c4 harm=DISPLACED min=2 max=2 site="Loikaw" date=2023-11-15 basis=EXPERIENCED incident=mm-loikaw-20231113-naungyar-jets
@@claim c5 harm=KILLED min=2 max=2 named="Pyae Sone" weapon=ARTILLERY actor="Tatmadaw" site="Demoso" date=2023-12-01..2023-12-31 basis=HEARSAY incident=mm-demoso-20231209-camp-shell
@@claim c6 harm=KILLED min=11 max=11 actor="Tatmadaw" site="Demoso" date=2023-11-11..2024-01-15 basis=REPORTED incident=mm-demoso-20231100-camps-toll
@@claim c7 harm=INJURED min=1 max=1 named="Ko Aung Myo" weapon=LANDMINE actor="Tatmadaw" site="Loikaw" date=2023-11-15..2024-01-10 basis=HEARSAY incident=mm-loikaw-20231100-hillside-mines
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Tatmadaw" site="Sacred Heart church" date=2023-11-13 basis=HEARSAY incident=mm-loikaw-20231113-church-barrels
