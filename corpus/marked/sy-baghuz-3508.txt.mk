NOTES OF TELEPHONE INTERVIEW
Ref: DZR-3508
Date: 3 April 2019
Researcher: [[Lucy Achterberg|PERSON]]
Interpreter on the line: [[Ziad Hamoud|PERSON]]
Witness: W-3508, male, about 45, from [[Hajin|PLACE]]; now in [[al-Hol|PLACE]] camp, called from a relative's phone. Line cut twice.

Witness gave his name as [[Abdulkarim Fayyad al-Mahmoud|PERSON]], known as [[Abu Fayyad|PERSON]]. He sold vegetables in the market of [[Hajeen|PLACE:Hajin]] until the end. He asked that his name is not published while his son is held.

1. The [[strike|WEAPON:AIRSTRIKE]] near the clinic. He said it was [[the 12th or the 13th of December|DATE:2018-12-12..2018-12-13]], "[[a day of fog|DATE:2018-12-12..2018-12-13]]", in [[the afternoon|DATE:2018-12-12..2018-12-13]]. He was in the market, some 300 metres away. He heard [[the jets|WEAPON:AIRSTRIKE]] first, then two big explosions, then a third. {{c1|When he reached the street behind the clinic, the houses of the [[Shalash|PERSON]] family and one more house next to them were "sitting on the ground", in his words; windows of the whole street blown in, a water tank on a roof torn open.}}
{{c2|He helped dig. He said he himself pulled out a boy of about ten, alive, with his legs broken.}} {{c3|He counted the dead laid in the yard of the clinic: "between 12 and 15, I counted twelve and then I stopped." He named [[Hamad al-Shalash|PERSON]], the old man, and "the wife of [[Turki|PERSON]]".}} He said [[Turki|PERSON]] survived because he was not at home.
He said, unlike what "people in the camp say", there were [[Daesh|ACTOR:Islamic State]] men in the next street, in a house used as a store for weapons, and he thinks [[the coalition|ACTOR:US-led coalition]] aimed there and missed. He did not see fighters in the [[Shalash|PERSON]] houses. He was clear that this is his guess.

2. [[Baghouz|PLACE:Baghuz]]. In [[late January|DATE:2019-01-20..2019-01-31]] his family moved with others to [[al-Baghuz Fawqani|PLACE:Baghuz]], "because there was nowhere else, [[Daesh|ACTOR:Islamic State]] did not let us go to the [[SDF|ACTOR:Syrian Democratic Forces]]". They lived in a tent and a hole dug under it.
{{c4|In [[the first days of March|DATE:2019-03-01..2019-03-07]], a [[drone|WEAPON:DRONE_STRIKE]] hit a pickup parked between the tents, he said "the small plane that buzzes". The pickup and two tents burned. He did not know whose [[drone|WEAPON:DRONE_STRIKE]] it was.}} {{c5|A neighbour from [[al-Susah|PLACE]], [[Abu Raed|PERSON]], lost his hand.}}
He described the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] of [[the last week|DATE:2019-02-26..2019-03-05]] as "without stopping, from the air and from the ground". Asked about [[mortars|WEAPON:MORTAR]], he said the [[mortars|WEAPON:MORTAR]] were fired by [[Daesh|ACTOR:Islamic State]] from among the tents toward the [[SDF|ACTOR:Syrian Democratic Forces]], not at the tents, "as far as I know". He did not report any casualties from them.

3. His son. {{c6|They came out to the [[SDF|ACTOR:Syrian Democratic Forces]] on [[5 March 2019|DATE:2019-03-05]], through the desert road. At the screening point the [[SDF|ACTOR:Syrian Democratic Forces]] took his son [[Fayyad|PERSON]], 19, with "maybe forty" other young men, onto a truck.}} The witness himself was questioned "one hour, maybe more" about his work in the market and released, he thinks because of his age and his bad knee. An officer told him they might take him too "if your name comes up".
{{c7|Since then the family has had no word of [[Fayyad|PERSON]]. He asked at the camp office three times. He has heard from other families that the young men were moved to a prison in [[al-Hasakah|PLACE]], but nobody has confirmed to him where his son is.}}
He insisted [[Fayyad|PERSON]] never carried a weapon: "he was with me in the market, selling tomatoes".

4. Other. He mentioned that a cousin, [[Mish'al|PERSON]], was killed by a [[sniper|WEAPON:SMALL_ARMS]] in [[Hajin|PLACE]] in [[October|DATE:2018-10-01..2018-10-31]], but said he did not see it and had it from the cousin's wife; details not taken (line cut).

Researcher's note: the witness's account of the clinic [[strike|WEAPON:AIRSTRIKE]] differs from other accounts on the date (12th/13th), on the count, and on the presence of fighters nearby. Follow-up call planned when a safe number is available.
@@witness sy-hajin-abdulkarim-almahmoud
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Hajeen" date=2018-12-12..2018-12-13 basis=WITNESSED incident=sy-hajin-20181213-clinic-street-shalash-houses
@@claim c2 harm=INJURED min=1 max=1 weapon=AIRSTRIKE site="Hajeen" date=2018-12-12..2018-12-13 basis=WITNESSED incident=sy-hajin-20181213-clinic-street-shalash-houses
@@claim c3 harm=KILLED min=12 max=15 named="Hamad al-Shalash" weapon=AIRSTRIKE site="Hajeen" date=2018-12-12..2018-12-13 basis=WITNESSED incident=sy-hajin-20181213-clinic-street-shalash-houses
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="al-Baghuz Fawqani" date=2019-03-01..2019-03-07 basis=WITNESSED incident=sy-baghuz-20190300-tents-pickup-drone
@@claim c5 harm=INJURED min=1 max=1 named="Abu Raed" weapon=DRONE_STRIKE site="al-Baghuz Fawqani" date=2019-03-01..2019-03-07 basis=WITNESSED incident=sy-baghuz-20190300-tents-pickup-drone
@@claim c6 harm=DETAINED min=41 max=41 named="Fayyad" actor="Syrian Democratic Forces" date=2019-03-05 basis=WITNESSED incident=sy-baghuz-20190305-screening-young-men
@@claim c7 harm=MISSING min=1 max=1 named="Fayyad" actor="Syrian Democratic Forces" basis=EXPERIENCED incident=sy-baghuz-20190305-screening-young-men
