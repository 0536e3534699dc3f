PHONE INTERVIEW - RESEARCHER'S NOTES
Interview ID: DZ-PH-1308
Date: 2019-05-27
Interviewer: [[Sana Darwiche|PERSON]] (by phone from [[Erbil|PLACE]])
Interpreter: none, interview in Arabic
Witness location: [[Raqqa|PLACE]] city

Notes typed during and right after the call. The line dropped twice; gaps marked.

The witness, [[Ibrahim Mashhour|PERSON]] (he asked to be called [[Abu Suhaib|PERSON]]), 41, is a farmer from [[al-Bahra|PLACE]] village, between [[Hajin|PLACE]] and [[Gharanij|PLACE]]. He says his family lived under [[ISIS|ACTOR:Islamic State]] from [[2014|DATE:2014-01-01..2014-12-31]] and could not leave because his mother was paralysed.

First incident. {{c1|He says that in [[late October 2018|DATE:2018-10-20..2018-10-31]], during the first [[SDF|ACTOR:Syrian Democratic Forces]] offensive on [[Hajin|PLACE]], [[artillery|WEAPON:ARTILLERY]] fire from [[the coalition|ACTOR:US-led coalition]] positions near [[al-Bahra|PLACE]] hit the house of his uncle Hajj...}} correction: the uncle is [[Naif Mashhour|PERSON]], "Hajj" is what they called him, not a name. {{c1|The house was destroyed.}} {{c2|His uncle's wife, [[Khadija|PERSON]], about sixty, was killed. Nobody else was in the house.}} He saw the house from his own roof, about 300 metres away, and went there after the [[shelling|WEAPON:ARTILLERY]] stopped.

He stressed that on [[that day|DATE]] there were no [[ISIS|ACTOR:Islamic State]] fighters in his uncle's house; "they were at the school, on the other side".

Second incident. {{c3|In [[November|DATE:2018-11-01..2018-11-30]] (he could not give the day, "around the time of the big rain"), an [[ISIS|ACTOR:Islamic State]] [[drone|WEAPON:DRONE_STRIKE]], what people called [[the zanana|WEAPON:DRONE_STRIKE]], dropped a small [[bomb|WEAPON:DRONE_STRIKE]] on a group of men waiting at the bakery in [[al-Bahra|PLACE]].}} He says [[IS|ACTOR:Islamic State]] used [[the drones|WEAPON:DRONE_STRIKE]] against the [[SDF|ACTOR:Syrian Democratic Forces]] but this time it hit civilians, he thinks by mistake. {{c4|Two men injured, one of them his neighbour [[Jumaa al-Issa|PERSON]], 30, who lost an eye.}} He did not see it; he heard the explosion and [[Jumaa|PERSON]]'s brother told him.

[line dropped, called back after about 5 minutes]

Third incident: [[Baghuz|PLACE]]. The family moved to [[al-Baghouz al-Fawqani|PLACE:Baghuz]] in [[January 2019|DATE:2019-01-01..2019-01-31]] when [[ISIS|ACTOR:Islamic State]] forced everyone south. They lived in a dug-out next to the tents near the river.

He was asked about [[the night|DATE]] the tents burned ([[early March|DATE:2019-03-01..2019-03-10]]). He says he was there but on the other end of the camp and "only saw the fire from far, the white light". He did not give a number and said he would not guess. Not recorded as a claim from him.

{{c5|He describes a different attack, on [[18 March|DATE:2019-03-18]], which he is sure of because it was "[[the day before we came out|DATE:2019-03-18]]": [[air strikes|WEAPON:AIRSTRIKE]] on the cars and tents at the north edge of [[Baghuz|PLACE]], near the cliff.}} {{c6|He says his brother [[Khaled|PERSON]] (34) and his brother's son [[Yazan|PERSON]] (9) were killed in a pickup.}} {{c7|His mother, [[Umm Ibrahim|PERSON]], was injured in the leg.}} He believes [[the planes|WEAPON:AIRSTRIKE]] were [[American|ACTOR:US-led coalition]] "because who else flies there". He saw the bodies [[the next morning|DATE:2019-03-19]].

{{c8|On [[19 March|DATE:2019-03-19]] the remaining family, nine people including his paralysed mother on a cart, walked out to the [[SDF|ACTOR:Syrian Democratic Forces]] screening point.}} {{c9|He was held at the screening point for eleven days, then released to [[Raqqa|PLACE]] with a relative's guarantee.}} He was not mistreated, he said, "only questions, many questions".

Asked if he had heard of any [[chemical weapons|WEAPON:CHEMICAL]] or [[barrel bombs|WEAPON:BARREL_BOMB]] in [[Baghuz|PLACE]]: no, never, "not there, that was in other places".

{{c10|Follow-up: he gave the number of a woman from [[al-Bahra|PLACE]], [[Umm Mazen|PERSON]], who he says lost two children in [[Hajin|PLACE]].}} Not yet called.

Assessment: the witness was calm and precise about the dates he was sure of, and said clearly when he was not sure. He separated what he saw from what he was told without being asked.

@@witness sy-albahra-ibrahim-mashhour
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="US-led coalition" site="al-Bahra" date=2018-10-20..2018-10-31 basis=WITNESSED incident=sy-albahra-20181000-naif-mashhour-house
@@claim c2 harm=KILLED min=1 max=1 named="Khadija" weapon=ARTILLERY actor="US-led coalition" site="al-Bahra" date=2018-10-20..2018-10-31 basis=WITNESSED incident=sy-albahra-20181000-naif-mashhour-house
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Islamic State" site="al-Bahra" date=2018-11-01..2018-11-30 basis=HEARSAY incident=sy-albahra-20181100-bakery-drone
@@claim c4 harm=INJURED min=2 max=2 named="Jumaa al-Issa" weapon=DRONE_STRIKE actor="Islamic State" site="al-Bahra" date=2018-11-01..2018-11-30 basis=HEARSAY incident=sy-albahra-20181100-bakery-drone
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Baghuz" date=2019-03-18 basis=WITNESSED incident=sy-baghuz-20190318-north-edge-strikes
@@claim c6 harm=KILLED min=2 max=2 named="Khaled; Yazan" weapon=AIRSTRIKE actor="US-led coalition" site="Baghuz" date=2019-03-18 basis=WITNESSED incident=sy-baghuz-20190318-north-edge-strikes
@@claim c7 harm=INJURED min=1 max=1 named="Umm Ibrahim" weapon=AIRSTRIKE actor="US-led coalition" site="Baghuz" date=2019-03-18 basis=WITNESSED incident=sy-baghuz-20190318-north-edge-strikes
@@claim c8 harm=DISPLACED min=9 max=9 site="Baghuz" date=2019-03-19 basis=EXPERIENCED incident=sy-baghuz-20190319-mashhour-family-exit
@@claim c9 harm=DETAINED min=1 max=1 actor="Syrian Democratic Forces" date=2019-03-19 basis=EXPERIENCED incident=sy-baghuz-20190319-mashhour-screening
@@claim c10 harm=KILLED min=2 max=2 site="Hajin" basis=HEARSAY incident=sy-hajin-20180000-umm-mazen-children
