NOTES OF PHONE CALL
Interview ID: NG-BAM-510
Date: 2020-07-21
Witness: W-510, woman, about 45, returned to [[Bama|PLACE]] in [[2019|DATE:2019-01-01..2019-12-31]]
Language: Kanuri, through an interpreter on a three-way call
Notes by: [[Ruth Adeyemi|PERSON]]

The witness was called on the phone of her nephew, [[Mohammed Ba'ana|PERSON]], who also helped with some words. The call lasted about fifty minutes, with two breaks because of the network. These are notes, not a transcript. Her own words are in quotation marks.

She is from the [[Shehuri|PLACE]] ward of [[Bama|PLACE]] town, near the palace of the Shehu. She dates the fall of the town to "[[the first days of September|DATE:2014-09-01..2014-09-05]], [[the year of the big rains|DATE:2014-01-01..2014-12-31]]", which the interpreter and the researcher take as [[September 2014|DATE:2014-09-01..2014-09-30]]. [[Boko Haram|ACTOR:Boko Haram]] came "from the [[Gwoza|PLACE]] road, in [[the early morning|DATE:2014-09-01..2014-09-05]], with trucks and motorcycles". {{c1|She says the fighters threw [[petrol bombs|WEAPON:INCENDIARY]] into the police station and the houses around it, and "the whole street was fire".}} She says the smell of the [[petrol bombs|WEAPON:INCENDIARY]] stayed in the street for days. {{c2|Her husband, [[Abba Tijjani|PERSON]], was shot "in front of the door, with his prayer beads in his hand"; she saw it from the room.}} {{c3|She counted "eleven men" killed in her street [[that day|DATE:2014-09-01..2014-09-05]], among them the brothers [[Kellu|PERSON]] and [[Mamman Zanna|PERSON]], who sold cattle.}}

She stayed in [[Bama|PLACE]] under [[Boko Haram|ACTOR:Boko Haram]] for about six months, with her four children, because "the road was death". She says [[Shekau's men|ACTOR:Boko Haram]] said that anyone who tried to leave would be killed, and she did not try. She gave no account of killings during those months and the researcher did not press.

{{c4|In [[March 2015|DATE:2015-03-01..2015-03-31]], when [[the army|ACTOR:Nigerian armed forces]] took the town back, soldiers gathered the men and boys at the old general hospital. Her brother, [[Bulama Abubakar|PERSON]], about 30, was taken with "forty, fifty" others in trucks to [[Maiduguri|PLACE]].}} {{c4|The family learnt in [[2017|DATE:2017-01-01..2017-12-31]] that he had been in [[Giwa barracks|PLACE]]; he was released in [[2018|DATE:2018-01-01..2018-12-31]].}} She did not say how he was treated there, only "he came back thin like a stick".

She herself and the children were kept in the camp at the hospital "for more than one year". {{c7|She said many children died of hunger in the camp, "every day we buried", but gave no number and no dates, and asked to leave this part.}}

[Researcher's note: "Bulama" is also the title of a village head in [[Borno|PLACE]]; she confirmed that here it is her brother's given name.]

{{c5,c6|On the road between [[Bama|PLACE]] and [[Banki|PLACE]], in [[2018|DATE:2018-01-01..2018-12-31]], "in the harmattan", her cousin [[Falmata Ali|PERSON]] was in a pick-up that drove over a [[mine|WEAPON:LANDMINE]]; three passengers died and [[Falmata|PERSON]] lost her left leg.}} The witness went to see her in the hospital in [[Maiduguri|PLACE]] [[two days later|DATE:2018-01-01..2018-12-31]]. She thinks the [[mine|WEAPON:LANDMINE]] was put by [[JAS|ACTOR:Boko Haram]], "because the other ones, [[Daula|ACTOR:ISWAP]], are more on the lake side", but she is not sure.

Asked whether there were soldiers on the pick-up, she said no, "only traders with onions and two women going to a wedding".

{{c8|She says [[Bama|PLACE]] is "half a town": the [[mortars|WEAPON:MORTAR]] of the fighting in [[2015|DATE:2015-01-01..2015-12-31]] and the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] by [[the Air Force|ACTOR:Nigerian armed forces]] broke many buildings, and some streets are still empty.}} She said no one in her own house was hurt by the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]].

Follow-up: ask for the names of the three who died in the pick-up, and whether she will talk about the hospital camp on another day.
@@witness ng-bama-w-510
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Boko Haram" site="Shehuri" date=2014-09-01..2014-09-05 basis=WITNESSED incident=ng-bama-20140901-town-taken
@@claim c2 harm=KILLED min=1 max=1 named="Abba Tijjani" weapon=SMALL_ARMS actor="Boko Haram" site="Shehuri" date=2014-09-01..2014-09-05 basis=WITNESSED incident=ng-bama-20140901-town-taken
@@claim c3 harm=KILLED min=11 max=11 named="Kellu; Mamman Zanna" actor="Boko Haram" site="Shehuri" date=2014-09-01..2014-09-05 basis=WITNESSED incident=ng-bama-20140901-town-taken
@@claim c4 harm=DETAINED min=41 max=51 named="Bulama Abubakar" actor="Nigerian armed forces" site="Bama" date=2015-03-01..2015-03-31 basis=WITNESSED incident=ng-bama-20150300-men-detained
@@claim c5 harm=KILLED min=3 max=3 weapon=LANDMINE site="Banki" date=2018-01-01..2018-12-31 basis=HEARSAY incident=ng-bama-20180000-banki-road-mine
@@claim c6 harm=INJURED min=1 max=1 named="Falmata Ali; Falmata" weapon=LANDMINE site="Banki" date=2018-01-01..2018-12-31 basis=HEARSAY incident=ng-bama-20180000-banki-road-mine
@@claim c7 harm=KILLED min=null max=null site="Bama" date=2015-03-01..2016-12-31 basis=WITNESSED incident=ng-bama-20150300-hospital-camp-hunger
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED actor="Nigerian armed forces" site="Bama" date=2015-01-01..2015-12-31 basis=HEARSAY incident=ng-bama-20150000-town-bombardment
