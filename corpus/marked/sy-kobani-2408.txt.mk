@@newline crlf
PHONE INTERVIEW - RESEARCHER'S NOTES
Date: 2015-09-02
Researcher: [[Lena Vogt|PERSON]]
Interpreter: [[Shivan Ali|PERSON]] (Kurmanji)
Witness location: [[Suruç|PLACE]], [[Turkey|PLACE]]

Spoke for about fifty minutes with [[Nesrin Hemo|PERSON]], 39, a primary school teacher from [[Kobani|PLACE]] ([[Kobanê|PLACE:Kobani]], [[Ayn al-Arab|PLACE:Kobani]] in the Arabic papers). The line dropped twice. She asked for her name to be used.

She lived with her parents in the [[Kaniya Kurda|PLACE]] quarter, in the east of the town. She left with her mother for [[Suruç|PLACE]] in [[the middle of September 2014|DATE:2014-09-12..2014-09-20]], when [[Daesh|ACTOR:Islamic State]] took the villages west of the town, and crossed the wire on foot. Her father [[Mustafa Hemo|PERSON]], 71, refused to go. {{c1|She says thousands crossed with her in [[those two days|DATE:2014-09-12..2014-09-20]], "the whole of the villages, with their sheep".}}

First incident ([[October 2014|DATE:2014-10-01..2014-10-31]]). Her father stayed in [[Kobani|PLACE]] until [[the first week of October|DATE:2014-10-01..2014-10-07]]. {{c2|She reports he told her on the phone that a [[mortar|WEAPON:MORTAR]] landed in the yard of their neighbours, the [[Berkel|PERSON]] family, and that the two sons, [[Rezan|PERSON]] and [[Bawer|PERSON]], 19 and 16, were killed while filling jerrycans at the tap.}} {{c3|He told her the yard wall fell and the gate was thrown "into the street like paper".}} She did not see it. Her father came out to [[Suruç|PLACE]] [[three days later|DATE:2014-10-04..2014-10-10]] with a neighbour's tractor.

Asked about the [[air strikes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:US-led coalition]]: she says people in [[Suruç|PLACE]] watched them from the hill at the border, on [[Mishtenur|PLACE]] and around the grain silos, "every night, the whole sky orange". She has no knowledge of civilians hurt by them; she says the town was empty by then except for the fighters and some old men. She was firm that she would not say anything she did not know.

Second incident (chemical, hearsay). {{c4|Her cousin [[Azad|PERSON]], a [[YPG|ACTOR:Syrian Democratic Forces]] fighter, told her that one night in [[late October|DATE:2014-10-20..2014-10-31]] [[Daesh|ACTOR:Islamic State]] fired [[shells|WEAPON:CHEMICAL]] on the south front that gave a yellow smoke smelling of bleach, and that he and four others coughed for two days and their eyes were swollen.}} [[Azad|PERSON]] said "chlorine"; the witness repeated the word several times. She did not see it and said clearly this is what he told her.

Return. She went back in [[March 2015|DATE:2015-03-01..2015-03-31]], after the town was freed. {{c5|Her own school, the [[Sharia school|PLACE]] near the old market, was flattened; "not one wall".}} {{c6|In [[Kaniya Kurda|PLACE]] her parents' house still stood, but the roof had come down on the kitchen and there were cracks all through the walls.}}

Third incident, [[25 June 2015|DATE:2015-06-25]], in [[Ramadan|DATE:2015-06-18..2015-07-16]] ("the ninth day, we were fasting"). She was woken [[before the suhur|DATE:2015-06-25]] by a huge blast at the border gate side; she believes a [[car bomb|WEAPON:IED]]. Then [[shooting|WEAPON:SMALL_ARMS]] inside the town. {{c8|She says men in [[YPG|ACTOR:Syrian Democratic Forces]] uniforms who were [[Daesh|ACTOR:Islamic State]] went from house to house in her quarter with [[Kalashnikovs|WEAPON:SMALL_ARMS]]; her uncle [[Hemo Silêman|PERSON]] was shot at his door, she heard the [[shots|WEAPON:SMALL_ARMS]] from the roof where she was hiding with her mother.}} {{c9|His son [[Dilovan|PERSON]], 22, was taken by them toward [[Barkh Butan|PLACE]] and has never been found.}}

{{c10|She said the Kurdish television (Ronahi? unclear, the line was bad) said more than two hundred people were killed in [[those two days|DATE:2015-06-25..2015-06-26]].}} The researcher notes that she first said "two hundred" and then "maybe two hundred and thirty".

[pause in notes; the call was interrupted and resumed after ten minutes]

She also mentioned a [[sniper|WEAPON:SMALL_ARMS]] on the silos [[the same morning|DATE:2015-06-25]] who shot at anyone in the street. {{c11|Her neighbour [[Amal Sheikhi|PERSON]] was hit in the shoulder crossing to bring bread.}} The witness says "amal means hope, and she lived, so the name was right."

Nothing happened to her family in the first year in [[Suruç|PLACE]]; she said no one was detained or hurt there.

Follow-up: she will send photographs of the school. She asked whether anyone is looking for [[Dilovan|PERSON]]. Referred her to the missing-persons desk of the Kurdish Red Crescent.
@@witness sy-kobani-nesrin-hemo
@@claim c1 harm=DISPLACED min=2000 max=null actor="Islamic State" site="Kobani" date=2014-09-12..2014-09-20 basis=EXPERIENCED incident=sy-kobani-20140900-villages-exodus
@@claim c2 harm=KILLED min=2 max=2 named="Rezan; Bawer" weapon=MORTAR site="Kaniya Kurda" date=2014-10-01..2014-10-07 basis=HEARSAY incident=sy-kobani-20141000-berkel-yard-mortar
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null named="Berkel" weapon=MORTAR site="Kaniya Kurda" date=2014-10-01..2014-10-07 basis=HEARSAY incident=sy-kobani-20141000-berkel-yard-mortar
@@claim c4 harm=INJURED min=5 max=5 named="Azad" weapon=CHEMICAL actor="Islamic State" site="Kobani" date=2014-10-20..2014-10-31 basis=HEARSAY incident=sy-kobani-20141000-south-front-chlorine
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Sharia school" basis=WITNESSED incident=sy-kobani-20140000-siege-destruction
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="Kaniya Kurda" basis=WITNESSED incident=sy-kobani-20140000-siege-destruction
@@claim c8 harm=KILLED min=1 max=1 named="Hemo Silêman" weapon=SMALL_ARMS actor="Islamic State" site="Kaniya Kurda" date=2015-06-25 basis=WITNESSED incident=sy-kobani-20150625-june-massacre
@@claim c9 harm=MISSING min=1 max=1 named="Dilovan" actor="Islamic State" site="Kaniya Kurda" date=2015-06-25 basis=WITNESSED incident=sy-kobani-20150625-june-massacre
@@claim c10 harm=KILLED min=201 max=null site="Kobani" date=2015-06-25..2015-06-26 basis=REPORTED incident=sy-kobani-20150625-june-massacre
@@claim c11 harm=INJURED min=1 max=1 named="Amal Sheikhi" weapon=SMALL_ARMS actor="Islamic State" site="Kaniya Kurda" date=2015-06-25 basis=HEARSAY incident=sy-kobani-20150625-june-massacre
