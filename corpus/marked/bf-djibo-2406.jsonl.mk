id: BF-DJB-2406
interview_date: 2023-11-20
place: Kaya, Centre-Nord, Burkina Faso
language: Fulfulde and Mooré, interpreted

INT: You are [[Hamidou Barry|PERSON]], from [[Djibo|PLACE]]?
RESP: Yes. [[Hamidou|PERSON]], son of [[Oumarou Barry|PERSON]]. I am fifty-two. My father was a marabout in [[Djibo|PLACE]], people know our family.
INT: The colleague who spoke with [[Aminata Dicko|PERSON]] told me you were with her husband in [[March|DATE:2023-03-01..2023-03-31]].
RESP: Yes, [[Hamma|PERSON]]. We were together. It was [[the 14th|DATE:2023-03-14]], I am sure of it, because [[the 15th|DATE:2023-03-15]] my daughter was to be married and I wanted wood for the cooking.
INT: Tell me what happened, slowly.
RESP: We went out of [[Djibo|PLACE]] early, [[after the subh prayer|DATE:2023-03-14]], six of us with two carts, on the road to [[Gasséliki|PLACE:Gasseliki]], maybe seven kilometres. Around [[ten o'clock|DATE:2023-03-14]], eh, the motorbikes came. Eight motorbikes, two men on each. They had [[Kalashnikovs|WEAPON:SMALL_ARMS]].
INT: Who were they?
RESP: [[Katiba|ACTOR:JNIM]]. The people of [[Djibo|PLACE]] call them the bush people. Some of them spoke Fulfulde like me, one was from [[Mali|PLACE]] I think, his accent.
RESP: {{c2|They took all of us. Six. [[Hamma|PERSON]], his cousin [[Boubacar Dicko|PERSON]], [[Sidiki|PERSON]], two brothers from [[Secteur 6|PLACE]] whose names I do not want to say, and me.}} There was a boy also, a young one, he ran, they shot at him but he was fast.
INT: Where did they take you?
RESP: {{c3|To the forest, far, two days on the motorbikes toward the north. They held us under a tree with chains on the feet, eleven days.}} They asked every day, who is [[VDP|ACTOR:VDP]], who gives names to the soldiers.
INT: How were you released?
RESP: {{c3|They let me go on the eleventh day because I am the son of the marabout, an old man among them knew my father.}} They gave me water and showed me the direction. I walked three days.
INT: And the others?
RESP: {{c4|The others stayed. [[Hamma|PERSON]], [[Boubacar Dicko|PERSON]], [[Sidiki|PERSON]], the two brothers. When I left they were alive. Since [[that day|DATE:2023-03-14]], nothing, I do not know where they are.}}
INT: Did anything else happen [[that day|DATE:2023-03-14]], [[the 14th|DATE:2023-03-14]]?
RESP: {{c5|[[The same day|DATE:2023-03-14]], when I was already gone with them, my wife says [[the jihadists|ACTOR:JNIM]] shot two herders near [[Mentao|PLACE]] camp, the other side of the town.}} That is another group, maybe, I do not know.
INT: What about the town itself, while you were away?
RESP: My wife said nothing happened in the town while I was away. No [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]], nothing.
INT: Why did you leave [[Djibo|PLACE]]?
RESP: After I came back I could not stay. The [[VDP|ACTOR:VDP]] said I went to [[the jihadists|ACTOR:JNIM]] on my own feet. They questioned me two times. The second time they said, next time we take you and you will not come back. {{c6|So in [[May|DATE:2023-05-01..2023-05-31]] I came to [[Kaya|PLACE]] with the convoy.}}
INT: Did something happen on the way?
RESP: {{c7|Before [[Bourzanga|PLACE]] there was an explosion under the lead truck, a [[mine|WEAPON:LANDMINE]] they said.}} {{c8|The cab was torn open and the driver was hurt in the legs.}} We waited in the sun all day.
INT: You also have family in [[Barsalogho|PLACE]]?
RESP: My sister's son, [[Yacouba|PERSON]]. {{c9,c11|In [[September|DATE:2023-09-01..2023-09-30]] his tricycle hit a [[roadside bomb|WEAPON:IED]] near [[Foubé|PLACE]], coming back from the market.}} {{c9|He died with his friend [[Adama Ouédraogo|PERSON]].}} I heard it on the telephone from my sister, I could not go to the burial.
INT: Did the radio say anything about it?
RESP: {{c10|The radio of [[Kaya|PLACE]] said three people died near [[Foubé|PLACE]] [[that week|DATE:2023-09-01..2023-09-30]].}} My sister says two. I believe my sister.
INT: Is there anything else?
RESP: [[Aminata|PERSON]] asked me to tell what I know. I told it. If [[Hama|PERSON]] is alive, I pray he comes. He was a good man, a quiet one.
@@witness bf-djibo-hamidou-barry
@@claim c2 harm=DETAINED min=6 max=6 named="Hamma; Boubacar Dicko; Sidiki" weapon=SMALL_ARMS actor="JNIM" site="Gasséliki" date=2023-03-14 basis=EXPERIENCED incident=bf-djibo-20230314-gasseliki-woodcutters-taken
@@claim c3 harm=DETAINED min=1 max=1 actor="JNIM" date=2023-03-14 basis=EXPERIENCED incident=bf-djibo-20230314-gasseliki-woodcutters-taken
@@claim c4 harm=MISSING min=5 max=5 named="Hamma; Boubacar Dicko; Sidiki" actor="JNIM" date=2023-03-14 basis=WITNESSED incident=bf-djibo-20230314-gasseliki-woodcutters-taken
@@claim c5 harm=KILLED min=2 max=2 actor="JNIM" site="Mentao" date=2023-03-14 basis=HEARSAY incident=bf-djibo-20230314-mentao-herders-shot
@@claim c6 harm=DISPLACED min=1 max=1 actor="VDP" site="Djibo" date=2023-05-01..2023-05-31 basis=EXPERIENCED incident=bf-djibo-20230500-hamidou-barry-flight
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=LANDMINE site="Bourzanga" date=2023-05-01..2023-05-31 basis=WITNESSED incident=bf-bourzanga-20230500-convoy-truck-mine
@@claim c8 harm=INJURED min=1 max=1 weapon=LANDMINE site="Bourzanga" date=2023-05-01..2023-05-31 basis=WITNESSED incident=bf-bourzanga-20230500-convoy-truck-mine
@@claim c9 harm=KILLED min=2 max=2 named="Yacouba; Adama Ouédraogo" weapon=IED site="Foubé" date=2023-09-01..2023-09-30 basis=HEARSAY incident=bf-barsalogho-20230900-foube-tricycle-ied
@@claim c10 harm=KILLED min=3 max=3 weapon=IED site="Foubé" date=2023-09-01..2023-09-30 basis=REPORTED incident=bf-barsalogho-20230900-foube-tricycle-ied
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Foubé" date=2023-09-01..2023-09-30 basis=HEARSAY incident=bf-barsalogho-20230900-foube-tricycle-ied
