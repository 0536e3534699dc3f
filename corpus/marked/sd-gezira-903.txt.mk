Interview ID: SD-GZR-903
Interview date: 21/07/2024
Location: [[Managil|PLACE]], [[Gezira|PLACE]] State
Language: Arabic
Interviewer: [[Nadia Elhassan|PERSON]]

[Interpreter: none; the interviewer speaks Sudanese Arabic and translated the notes herself.]

Q: You are from [[Wad al-Noura|PLACE]]?
A: Born there. My father and his father. We are farmers, my family has ten feddans near the canal. My name is [[Mohamed Elamin Osman|PERSON]], people call me [[Wad Elamin|PERSON]].
Q: What happened in the village in [[June|DATE:2024-06-01..2024-06-30]]?
A: It was [[Wednesday|DATE:2024-06-05]], [[the 5th|DATE:2024-06-05]], [[early, before the dhuhr|DATE:2024-06-05]]. They came from two sides, from the east road and from the side of the fields. Many cars, maybe thirty, forty cars, [[the Rapid Support|ACTOR:Rapid Support Forces]]. First they hit with the [[cannons|WEAPON:ARTILLERY]], big [[artillery|WEAPON:ARTILLERY]] from outside, maybe twenty minutes, then they entered.
Q: Where were you?
A: In the mosque, we were the young men of the village, we had some old rifles, we wanted to defend. Honestly. Not fighters, farmers with rifles. {{c1|They came in with the [[Dushkas|WEAPON:SMALL_ARMS]], the heavy [[machine guns|WEAPON:SMALL_ARMS]], and they shot everyone in the street. I saw my cousin [[Hashim|PERSON]] fall in front of the shop of [[Abdelbagi|PERSON]]. I saw Ustaz [[Awad Alkarim|PERSON]], the headmaster, dead by the school wall.}}
Q: How many people died [[that day|DATE:2024-06-05]]?
A: {{c2|We buried, I myself with my hands, we buried more than eighty in one day. In the big grave near the cemetery and in the yards. I remember [[Babiker Elhaj|PERSON]], [[Osman Abdelgadir|PERSON]], [[Hassan Wad Elzein|PERSON]], and [[Muntasir|PERSON]], the son of the headmaster, he was nineteen.}} {{c3|Now people say a hundred and fifty, some say more than two hundred, because many died later from wounds.}} I say what I counted, eighty-something. I stopped counting.
Q: Were there women and children among them?
A: {{c4|Yes. The [[Elfaki|PERSON]] family, the whole house, the [[shell|WEAPON:ARTILLERY]] fell in the yard. [[Umm Salma|PERSON]], her two daughters, [[Salma|PERSON]], who was seven, and [[Sabah|PERSON]], who was four. And the grandfather.}}
Q: A [[shell|WEAPON:ARTILLERY]], from the [[artillery|WEAPON:ARTILLERY]]?
A: Yes, a [[shell|WEAPON:ARTILLERY]], in the first part, before they entered.
Q: Were people taken away?
A: {{c5|They took the young men they found in the houses, maybe fifteen, to the cars. [[Ahmed Babikir|PERSON]], my neighbour's son, was one of them.}} Until today no news.
Q: Did anyone fire from the air, a drone, a plane?
A: No, [[that day|DATE:2024-06-05]] no planes, no drones. Only them, on the ground. [[The army|ACTOR:Sudanese Armed Forces]] did not come. We called, the whole day we called, and nobody came.
Q: When did you leave?
A: {{c6|[[The next morning|DATE:2024-06-06]], after we buried. Everybody left, all the village, on foot and on donkeys, to [[Managil|PLACE]] and to [[Wad Rawah|PLACE]].}} {{c7|Before leaving I saw the houses, many were burned, the shops all looted and burned. The granary of my father too.}}
Q: Do you want to go back?
A: When there is salam, real peace. Not before. If they had found me in the mosque [[that day|DATE:2024-06-05]], I would be with my cousin now.
@@witness sd-wadalnoura-mohamed-elamin
@@claim c1 harm=KILLED min=2 max=null named="Hashim; Awad Alkarim" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Wad al-Noura" date=2024-06-05 basis=WITNESSED incident=sd-wadalnoura-20240605-village-attack
@@claim c2 harm=KILLED min=81 max=null named="Babiker Elhaj; Osman Abdelgadir; Hassan Wad Elzein; Muntasir" actor="Rapid Support Forces" site="Wad al-Noura" date=2024-06-05 basis=WITNESSED incident=sd-wadalnoura-20240605-village-attack
@@claim c3 harm=KILLED min=150 max=null actor="Rapid Support Forces" site="Wad al-Noura" date=2024-06-05 basis=HEARSAY incident=sd-wadalnoura-20240605-village-attack
@@claim c4 harm=KILLED min=4 max=null named="Umm Salma; Salma; Sabah" weapon=ARTILLERY actor="Rapid Support Forces" site="Wad al-Noura" date=2024-06-05 basis=WITNESSED incident=sd-wadalnoura-20240605-village-attack
@@claim c5 harm=DETAINED min=15 max=15 named="Ahmed Babikir" actor="Rapid Support Forces" site="Wad al-Noura" date=2024-06-05 basis=WITNESSED incident=sd-wadalnoura-20240605-village-attack
@@claim c6 harm=DISPLACED min=null max=null site="Wad al-Noura" date=2024-06-06 basis=EXPERIENCED incident=sd-wadalnoura-20240605-village-attack
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null actor="Rapid Support Forces" site="Wad al-Noura" date=2024-06-05 basis=WITNESSED incident=sd-wadalnoura-20240605-village-attack
