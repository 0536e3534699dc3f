PHONE CALL NOTES
Interview ID: YE-HYS-4353
Date: 14/07/2019
Researcher: [[Noura Saif|PERSON]]
Witness: shopkeeper in [[Hays|PLACE]], [[Hodeidah|PLACE]] governorate, asked that only his first name is used
Language: Arabic. Line bad, call dropped twice.

W. gives his name as [[Murad|PERSON]], about 45. Sells household goods (plastic, kitchen things) from a shop on the main road of [[Hais|PLACE:Hays]], close to the house of the [[Jarboua|PERSON]] family where displaced families from [[Durayhimi|PLACE:al-Durayhimi]] were staying.

On the [[mortar|WEAPON:MORTAR]] in [[January|DATE:2019-01-01..2019-01-31]]: he places it "in [[the third week of January|DATE:2019-01-15..2019-01-21]], [[the Monday|DATE:2019-01-21]]". He was opening the shop. {{c1|He heard the [[shell|WEAPON:MORTAR]], ran to the [[Jarboua|PERSON]] house, and saw three dead: a small girl, an old man, and a young man from [[al-Jarrahi|PLACE]] who had come to visit, "[[Anwar|PERSON]], I think, [[Anwar|PERSON]] something".}} Correction later in the call: {{c1|the young man did not die in the yard, he died in the hospital in [[Zabid|PLACE]] [[two days later|DATE:2019-01-23]], so "three dead, but not all at once".}} {{c2|Says "about ten" injured, he helped carry four of them to a pickup.}} He says the [[mortar|WEAPON:MORTAR]] came from the [[Houthi|ACTOR:Houthis]] positions east of the town, "they shell [[Hays|PLACE]] whenever they want".

Asked about rumours of [[gas|WEAPON:CHEMICAL]]: some neighbours said there was [[gas|WEAPON:CHEMICAL]], chemical, because of a bad smell after the [[shell|WEAPON:MORTAR]]. W. says no, it was not [[gas|WEAPON:CHEMICAL]], "it was the plastic of my neighbour's shop burning, I know this smell, I sell plastic". Nobody was treated for [[gas|WEAPON:CHEMICAL]] as far as he knows.

Second event, his own shop. {{c3|In [[March|DATE:2019-03-01..2019-03-31]], "[[the 24th or the 25th|DATE:2019-03-24..2019-03-25]], I think [[the Sunday|DATE:2019-03-24]]", two [[Katyusha rockets|WEAPON:ROCKET]] fell on the main road at [[night|DATE:2019-03-24..2019-03-25]]. His shop and the bakery of [[Abu Sami|PERSON]] beside it burned, two shops, "the stock of one year gone".}} Nobody inside, it was [[after midnight|DATE:2019-03-24..2019-03-25]]. He is sure they were [[rockets|WEAPON:ROCKET]] and not [[mortars|WEAPON:MORTAR]] because of the sound, "it screams longer".

Checkpoints. {{c4|In [[November 2018|DATE:2018-11-01..2018-11-30]], bringing goods from [[al-Khawkha|PLACE]], he was taken off the bus at a checkpoint of [[the Joint Forces|ACTOR:Yemeni government forces]] near [[al-Khawkha|PLACE]], held in a container room for about five hours, questioned about his family in [[Sanaa|PLACE]], then released in [[the evening|DATE:2018-11-01..2018-11-30]] without any paper.}} Another time, in [[the spring|DATE:2019-03-01..2019-05-31]], the same checkpoint only searched his bags and let him continue; he does not count that, "that is normal now".

Family: {{c5|his cousin [[Fuad|PERSON]], [[Fuad Hizam|PERSON]], 30, was killed in [[August 2018|DATE:2018-08-01..2018-08-31]] when his motorbike hit a [[mine|WEAPON:LANDMINE]] on the sand road between [[Hays|PLACE]] and [[al-Khawkha|PLACE]].}} W. did not see it, [[Fuad|PERSON]]'s brother phoned him. {{c6|The brother told him the same road had "many [[mines|WEAPON:LANDMINE]]", and that a truck with sheep was also destroyed there [[the week after|DATE]].}}

W. says there was no fighting inside [[Hays|PLACE]] town on [[that Monday|DATE:2019-01-21]], the front was outside. No soldiers at the [[Jarboua|PERSON]] house, "only women, children and old people".

Call ended 11:40. W. agreed to a second call; did not want to be recorded.
@@witness ye-hays-murad-shopkeeper
@@claim c1 harm=KILLED min=3 max=3 named="Anwar" weapon=MORTAR actor="Houthis" site="Hais" date=2019-01-21 basis=WITNESSED incident=ye-hays-20190121-jarboua-house-mortar
@@claim c2 harm=INJURED min=10 max=10 weapon=MORTAR actor="Houthis" site="Hais" date=2019-01-21 basis=WITNESSED incident=ye-hays-20190121-jarboua-house-mortar
@@claim c3 harm=PROPERTY_DAMAGE min=2 max=2 weapon=ROCKET site="Hais" date=2019-03-24..2019-03-25 basis=EXPERIENCED incident=ye-hays-20190300-main-road-shops-rockets
@@claim c4 harm=DETAINED min=1 max=1 named="Murad" actor="Yemeni government forces" site="al-Khawkha" date=2018-11-01..2018-11-30 basis=EXPERIENCED incident=ye-khawkha-20181100-murad-checkpoint-held
@@claim c5 harm=KILLED min=1 max=1 named="Fuad; Fuad Hizam" weapon=LANDMINE site="Hays" date=2018-08-01..2018-08-31 basis=HEARSAY incident=ye-hays-20180800-sand-road-mine-fuad
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=LANDMINE site="Hays" basis=HEARSAY incident=ye-hays-20180800-sand-road-truck-mine
