@@newline crlf
PHONE CALL NOTES
Date: 2017-02-20
Researcher: [[Joanna Kielar|PERSON]]
Contact: [[Sumaya Bushnaf|PERSON]] (f, approx. 40), now in [[Misrata|PLACE]]
Language: Arabic, no interpreter (researcher's own notes, summarised in English)
Call length: approx. 50 minutes, line cut twice

Background. S. is from [[Sirte|PLACE]], [[Hay 3|PLACE:al-Hay al-Thalith]] (she also says "the third district", [[al-Thalith|PLACE:al-Hay al-Thalith]]). Lived there with her mother, two unmarried sisters, her brother and his family. Her husband works in [[Misrata|PLACE]] since 2013, so she was "alone with the women" when [[Daesh|ACTOR:Islamic State]] took the city.

Brother. {{c1|In [[the summer of 2015|DATE:2015-06-01..2015-08-31]] the [[hisba|ACTOR:Islamic State]] took her brother [[Ashraf|PERSON]] from his phone shop near the [[Ouagadougou Conference Centre|PLACE]], because of cigarettes found in a drawer.}} S. was not there: her mother went to the shop and the neighbour told her. {{c2|He was held "about three weeks" and came back with marks of lashes on his back; S. saw the marks herself.}} She says he was not a fighter for anyone, "he fixed phones, that's all".

The battle. She dates the start of the battle to "[[the first days of Ramadan|DATE:2016-06-06..2016-06-12]]". {{c3|From then the [[shelling|WEAPON:ARTILLERY]] from the side of the [[Misrata|PLACE]] forces, [[al-Bunyan al-Marsous|ACTOR:Government of National Accord forces]], came almost every day into [[Hay 3|PLACE:al-Hay al-Thalith]]; their roof water tanks were holed and the front wall cracked.}} Asked whether [[IS|ACTOR:Islamic State]] fighters were in her street: "Of course they were around, they were everywhere, but not in our house, never."

Uncle. {{c4|Her uncle, [[Salem Bushnaf|PERSON]], about 65, tried to leave with his car in [[July|DATE:2016-07-01..2016-07-31]], she thinks "[[a few days after the Eid|DATE:2016-07-08..2016-07-12]]". A [[Daesh|ACTOR:Islamic State]] [[sniper|WEAPON:SMALL_ARMS]] shot him at the roundabout on the road to [[Zafaran|PLACE]].}} She did not see it. Her cousin [[Nasser|PERSON]] was in the car and came back on foot. "He told us, they shot Uncle in the head, he did not say one word." {{c4|They could not bring the body for two days.}}

[line cut, called back]

Next house. She says "[[the Americans|ACTOR:US forces]] came with [[the planes|WEAPON:AIRSTRIKE]]" at [[the beginning of August|DATE:2016-08-01..2016-08-05]]. {{c5|[[Three or four days after|DATE:2016-08-04..2016-08-05]] the [[American|ACTOR:US forces]] [[planes|WEAPON:AIRSTRIKE]] started, an [[air strike|WEAPON:AIRSTRIKE]] hit the house next to theirs, the house of the [[Ghomari|PERSON]] family, at [[night|DATE:2016-08-04..2016-08-05]].}} {{c5|The house "fell like a cake".}} The [[Ghomari|PERSON]] family had left [[one month before|DATE:2016-07-01..2016-07-05]]; nobody was inside. Two fighters had been sleeping there some nights, she thinks, but not [[that night|DATE:2016-08-04..2016-08-05]], "or we would have seen bodies". Note: {{c5|she corrected herself; first she said the [[strike|WEAPON:AIRSTRIKE]] was on the house of the [[Ghomari|PERSON]] family, then said "no, the [[Ghomari|PERSON]] house was the [[shelling|WEAPON:ARTILLERY]] earlier, [[the plane|WEAPON:AIRSTRIKE]] hit the empty house of [[Abu Shnak|PERSON]] on the other side".}} Unclear. I record both.

Flight. {{c6|They left on [[the 14th of August|DATE:2016-08-14]], nine people in two cars, through the road that the [[Bunyan|ACTOR:Government of National Accord forces]] fighters opened by the sea, to [[Harawa|PLACE]] and then to [[Misrata|PLACE]].}} She says the fighters at the checkpoint searched the men "for one hour" and let them go. Nobody was taken.

Rumour. People in [[Harawa|PLACE]] told her that [[Daesh|ACTOR:Islamic State]] had [[mustard gas|WEAPON:CHEMICAL]] "in barrels" in [[Sirte|PLACE]]. She did not see anything like that and knows nobody harmed by [[gas|WEAPON:CHEMICAL]]. I asked twice; she said "I only repeat, I don't know."

Return. {{c7|The family went back to look at the house in [[January|DATE:2017-01-01..2017-01-31]]. Her cousin [[Muftah|PERSON]], 22, opened the kitchen cupboard and there was a [[booby trap|WEAPON:IED]]. She was in the yard; she heard it and ran in. His right hand, "they had to take it" at the hospital in [[Misrata|PLACE]], and he lost the sight of one eye.}} She blames [[Daesh|ACTOR:Islamic State]] because "they filled the houses with these things before they died".

Follow-up: she agreed to a second call. She has photos of the house on her sister's phone.
@@witness ly-sirte-sumaya-bushnaf
@@claim c1 harm=DETAINED min=1 max=1 named="Ashraf" actor="Islamic State" site="Ouagadougou Conference Centre" date=2015-06-01..2015-08-31 basis=HEARSAY incident=ly-sirte-20150000-ashraf-bushnaf-hisba
@@claim c2 harm=INJURED min=1 max=1 named="Ashraf" actor="Islamic State" site="Sirte" date=2015-06-01..2015-08-31 basis=WITNESSED incident=ly-sirte-20150000-ashraf-bushnaf-hisba
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Government of National Accord forces" site="Hay 3" date=2016-06-06..2016-08-14 basis=EXPERIENCED incident=ly-sirte-20160000-hay3-shelling
@@claim c4 harm=KILLED min=1 max=1 named="Salem Bushnaf" weapon=SMALL_ARMS actor="Islamic State" site="Sirte" date=2016-07-08..2016-07-12 basis=HEARSAY incident=ly-sirte-20160700-salem-bushnaf-sniper
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null named="Ghomari" weapon=AIRSTRIKE actor="US forces" site="Hay 3" date=2016-08-04..2016-08-05 basis=WITNESSED incident=ly-sirte-20160804-hay3-house-airstrike
@@claim c6 harm=DISPLACED min=9 max=9 site="Hay 3" date=2016-08-14 basis=EXPERIENCED incident=ly-sirte-20160814-bushnaf-family-flight
@@claim c7 harm=INJURED min=1 max=1 named="Muftah" weapon=IED actor="Islamic State" site="Hay 3" date=2017-01-01..2017-01-31 basis=WITNESSED incident=ly-sirte-20170100-bushnaf-kitchen-booby-trap
