PHONE INTERVIEW - NOTES
Ref: SD-OMD-3604
Date: 20/11/2024
Caller location: [[Karari|PLACE]], [[Omdurman|PLACE]] (witness); researcher in [[Kampala|PLACE]]
Language: Arabic, notes written in English by the researcher
Researcher: [[Lotte Brandt|PERSON]]

Call 1 (about 40 minutes, line cut twice).

Witness is [[Hanan Elsir Abdelwahab|PERSON]], 47, a secondary school teacher from [[al-Thawra|PLACE]], [[Omdurman|PLACE]]. She asked that we call her "[[Umm Mazin|PERSON]]" in anything public. She stayed in [[Omdurman|PLACE]] through the whole war, moving between [[Thawra|PLACE:al-Thawra]] and her sister's house in [[Karari|PLACE]].

First incident she wanted to give was at the house of her aunt, Hajja [[Nafisa Ali|PERSON]], in block 16 of [[al-Thawra|PLACE]]. She dated it as "[[the second day of the Eid of the sheep|DATE:2023-06-29]]" in [[2023|DATE:2023-01-01..2023-12-31]], so [[29 June 2023|DATE:2023-06-29]]. She was in the house next door. {{c1|A [[rocket|WEAPON:ROCKET]] came over in [[the evening|DATE:2023-06-29]], "a [[Katyusha|WEAPON:ROCKET]], we know the whistle by now", and went through the roof of the aunt's room; [[Nafisa Ali|PERSON]], about seventy, died under the roof.}} {{c2|The room is gone, she said, "the roof came down on the bed, the back wall is in the street", and the glass of her own windows was blown in.}} She believes it came from [[the Rapid Support|ACTOR:Rapid Support Forces]] positions across the river in [[Bahri|PLACE]], "because from there it comes every evening", but she did not see where it was fired from.

Second: her son, [[Mazin Elnour|PERSON]], 22. In [[August 2023|DATE:2023-08-01..2023-08-31]] he crossed to [[Bahri|PLACE]] to check on his grandmother's house in [[Shambat|PLACE]]. {{c3|At the [[Halfaya bridge|PLACE]] checkpoint the [[RSF|ACTOR:Rapid Support Forces]] took him and his friend [[Moayad Hassan|PERSON]] off the minibus, accused them of being army informers, and took them to a house in [[al-Droshab|PLACE]].}} She knows this from the driver, who came to [[Thawra|PLACE:al-Thawra]] [[the same night|DATE:2023-08-01..2023-08-31]] to tell her. {{c4|[[Mazin|PERSON]] was held there "in a room under the ground, with forty men, one bucket" for twenty-six days, and was released when an uncle paid.}} {{c5|[[Moayad Hassan|PERSON]] was not released with him. Nobody has heard of him since, his mother went to the Red Crescent lists and to the morgue at [[Omdurman Teaching Hospital|PLACE]], nothing.}}

She wanted it noted that her husband, [[Elnour Abdelmajid|PERSON]], was stopped twice by [[army|ACTOR:Sudanese Armed Forces]] intelligence in [[Karari|PLACE]] [[after the army retook the area|DATE:2024-02-01..2024-03-31]] and questioned about [[Mazin|PERSON]] (why was he in [[Bahri|PLACE]]). Both times they checked his papers and let him go [[the same day|DATE]]. "Nothing happened, only fear."

Third, hearsay: in [[September 2024|DATE:2024-09-01..2024-09-30]] her neighbour [[Sawsan|PERSON]] told her that [[shells|WEAPON:CHEMICAL]] with "yellow smoke" fell near the [[Souq Sabreen|PLACE]] area. {{c6|[[Sawsan|PERSON]]'s two boys coughed for days and one had to be taken to the clinic with his eyes burning; [[Sawsan|PERSON]] said the smell was "like the chlorine for the water tanks".}} [[Hanan|PERSON]] did not smell it herself; she was in [[Karari|PLACE]]. She did not know who fired them. I did not ask further, the line was bad.

Call 2 (next day, 15 min).

She came back to something from [[Nyala|PLACE]], where her brother [[Adil Elsir|PERSON]] lives. {{c8|[[Adil|PERSON]] phoned her in [[March|DATE:2024-03-01..2024-03-31]] to say [[the Antonov|WEAPON:AIRSTRIKE]] had bombed the big market, "[[the Friday before Ramadan|DATE:2024-03-08]]".}} {{c7|He told her seven people were killed, among them a man who sold sugar next to his stall, [[Bushra|PERSON]].}} {{c8|[[Adil|PERSON]]'s stall was not hit, but the whole row of cloth shops opposite was burnt out, she said he sent her a photograph of the iron frames.}} She said Radio Dabanga also spoke of it and gave more than seven, she did not remember the number.

Our note: her date ([[Friday before Ramadan|DATE:2024-03-08]]) matches [[8 March 2024|DATE:2024-03-08]]; the toll differs from other accounts we hold.

She ended by asking if we can help her find [[Moayad|PERSON]]'s name in any list of detainees. Told her honestly we cannot promise.
@@witness sd-omdurman-hanan-abdelwahab
@@claim c1 harm=KILLED min=1 max=1 named="Nafisa Ali" weapon=ROCKET actor="Rapid Support Forces" site="al-Thawra" date=2023-06-29 basis=WITNESSED incident=sd-omdurman-20230629-thawra-block16-katyusha
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Rapid Support Forces" site="al-Thawra" date=2023-06-29 basis=WITNESSED incident=sd-omdurman-20230629-thawra-block16-katyusha
@@claim c3 harm=DETAINED min=2 max=2 named="Mazin Elnour; Moayad Hassan" actor="Rapid Support Forces" site="Halfaya bridge" date=2023-08-01..2023-08-31 basis=HEARSAY incident=sd-bahri-20230800-halfaya-bridge-minibus
@@claim c4 harm=DETAINED min=1 max=1 named="Mazin" actor="Rapid Support Forces" site="al-Droshab" date=2023-08-01..2023-09-30 basis=HEARSAY incident=sd-bahri-20230800-halfaya-bridge-minibus
@@claim c5 harm=MISSING min=1 max=1 named="Moayad Hassan" actor="Rapid Support Forces" site="al-Droshab" date=2023-08-01..2023-09-30 basis=HEARSAY incident=sd-bahri-20230800-halfaya-bridge-minibus
@@claim c6 harm=INJURED min=2 max=2 weapon=CHEMICAL site="Souq Sabreen" date=2024-09-01..2024-09-30 basis=HEARSAY incident=sd-omdurman-20240900-sabreen-yellow-smoke
@@claim c7 harm=KILLED min=7 max=7 named="Bushra" weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Nyala" date=2024-03-08 basis=HEARSAY incident=sd-nyala-20240308-big-market-antonov
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Nyala" date=2024-03-08 basis=HEARSAY incident=sd-nyala-20240308-big-market-antonov
