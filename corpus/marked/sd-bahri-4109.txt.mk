CALL NOTES (follow-up)
Interview ID: SD-BAH-4109
Date: 20 January 2024
Researcher: [[Tomasz Wrona|PERSON]]
Language: Arabic, notes written in English by the researcher
Contact: second call with the witness of SD-OMD-4108

Call with [[Mubarak el-Tayyib|PERSON]], who is still in [[Kassala|PLACE]] with his family. The line was bad, we spoke about 35 minutes, with two cuts.

1. Correction. [[Mubarak|PERSON]] said he had the day of the market wrong last time. His wife reminded him the tomatoes from [[Shendi|PLACE]] came late [[that week|DATE:2023-08-28..2023-09-03]], so it was [[the Saturday|DATE:2023-09-02]], [[the 2nd of September|DATE:2023-09-02]], not [[the Sunday|DATE:2023-09-03]]. He is now sure of [[the Saturday|DATE:2023-09-02]].

2. His nephew. {{c1|[[Musab|PERSON]], the boy who was hurt at the market, passed away at [[al-Nau hospital|PLACE]] in [[December|DATE:2023-12-01..2023-12-31]], [[a few days before the new year|DATE:2023-12-25..2023-12-31]]. His sister phoned him: the wound inside went bad and there was no medicine. He said: "we lost [[Musab|PERSON]], we washed him there and the cemetery of [[Ahmed Sharfi|PLACE]] took him."}} He could not travel to the funeral.

3. The toll. {{c2|The market committee, he says, counted about twenty-five dead from [[the day of the shells|DATE:2023-09-02]].}} Last time he said twenty or more from what he saw. He said [[the army|ACTOR:Sudanese Armed Forces]] did not fire on the souq [[that day|DATE:2023-09-02]], the [[shells|WEAPON:ARTILLERY]] came from the east, from the [[RSF|ACTOR:Rapid Support Forces]] side.

4. The market again. {{c3|His old neighbour [[Abbas Hamad|PERSON]] told him that on [[the 17th of December|DATE:2023-12-17]] [[shells|WEAPON:ARTILLERY]] fell again on [[Souq Libya|PLACE]], this time in the fish section, and three sellers were killed.}} [[Mubarak|PERSON]] was not there and does not know their names. (Different day from [[the 2nd of September|DATE:2023-09-02]], same market.)

5. His house in [[Bahri|PLACE]]. Before the war the family lived in [[Kafouri|PLACE]], in [[Khartoum North|PLACE:Bahri]]. They left for [[Omdurman|PLACE]] in [[the last days of Ramadan|DATE:2023-04-15..2023-04-20]], because [[the Rapid Support|ACTOR:Rapid Support Forces]] took the big villas around them. {{c4|A neighbour sent him photographs in [[June|DATE:2023-06-01..2023-06-30]]: [[the Antonov|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] had dropped [[barrels|WEAPON:BARREL_BOMB]] on their block. "The house is just a hole now," he said, "the roof came down into the salon."}} {{c5|The guard of the villa next door, [[Ismail|PERSON]], they found him under the wall.}} He stressed that nobody of his own family was hurt in [[Kafori|PLACE:Kafouri]], they had already left.

6. His cousin. {{c6|[[Omer el-Tayeb|PERSON]] stayed in [[Bahri|PLACE]] to watch the houses. In [[July|DATE:2023-07-01..2023-07-31]] the [[RSF|ACTOR:Rapid Support Forces]] men took him to a school in [[Shambat|PLACE]] and held him there for two months, they wanted money from the family.}} The family paid, [[Omer|PERSON]] came out in [[September|DATE:2023-09-01..2023-09-30]] and now lives in [[Atbara|PLACE]].

7. He said he is afraid the [[RSF|ACTOR:Rapid Support Forces]] will reach [[Kassala|PLACE]] as well, and then they would have to move again. For now nothing has happened in [[Kassala|PLACE]].

Follow-up: ask for the name of the market committee member who counted. He agreed to be called again in [[March|DATE:2024-03-01..2024-03-31]].
@@witness sd-omdurman-mubarak-eltayeb
@@claim c1 harm=KILLED min=1 max=1 named="Musab" weapon=ARTILLERY actor="Rapid Support Forces" site="Souq Libya" date=2023-12-01..2023-12-31 basis=HEARSAY incident=sd-omdurman-20230902-souq-libya-vegetable-shells
@@claim c2 harm=KILLED min=25 max=25 weapon=ARTILLERY actor="Rapid Support Forces" site="Souq Libya" date=2023-09-02 basis=HEARSAY incident=sd-omdurman-20230902-souq-libya-vegetable-shells
@@claim c3 harm=KILLED min=3 max=3 weapon=ARTILLERY site="Souq Libya" date=2023-12-17 basis=HEARSAY incident=sd-omdurman-20231217-souq-libya-fish-section
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Kafouri" basis=HEARSAY incident=sd-bahri-20230000-kafouri-eltayeb-house-barrels
@@claim c5 harm=KILLED min=1 max=1 named="Ismail" weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Kafouri" basis=HEARSAY incident=sd-bahri-20230000-kafouri-eltayeb-house-barrels
@@claim c6 harm=DETAINED min=1 max=1 named="Omer el-Tayeb" actor="Rapid Support Forces" site="Shambat" date=2023-07-01..2023-09-30 basis=HEARSAY incident=sd-bahri-20230700-shambat-school-omer
