id: LY-TRP-222
interview_date: 2020-09-08
place: Tripoli, Libya
language: Arabic

INT: Thank you for agreeing to talk. You are the sister of [[Naima|PERSON]]?
RESP: Yes. [[Fawzia|PERSON]]. [[Naima|PERSON]] was the youngest of us, we are five sisters.
INT: Can you tell me what happened to her family?
RESP: {{c1|It was [[the night of Friday|DATE:2019-12-06]], [[the 6th|DATE:2019-12-06]], I think, going to [[Saturday|DATE:2019-12-07]]. A [[Grad|WEAPON:ROCKET]] came into their apartment in the buildings of [[al-Hadaba|PLACE:al-Hadba al-Khadra]], in the living room, where they were sitting together.}} My husband called me at [[midnight|DATE:2019-12-06]], he said come, come.
INT: Who was in the apartment?
RESP: {{c2|Seven died. [[Naima|PERSON]] and her husband [[Faraj Bin Halim|PERSON]], their children [[Moataz|PERSON]], fourteen, [[Rahaf|PERSON]], nine, and [[Ritaj|PERSON]], she was five. And the mother of [[Faraj|PERSON]], [[Mabrouka|PERSON]]. And a boy of the neighbours, [[Mohannad|PERSON]], who came to play on the PlayStation with [[Moataz|PERSON]].}}
INT: I'm very sorry.
RESP: [crying] ...I washed [[Ritaj|PERSON]] myself. I cannot... [pause]
INT: We can stop if you want.
RESP: No. Write it. Everybody says in the news "a [[rocket|WEAPON:ROCKET]] fell on a residential area". It was not an area. It was [[Naima|PERSON]].
INT: Do you know where the [[rocket|WEAPON:ROCKET]] came from?
RESP: From the south, from the airport road. The men of [[Haftar|ACTOR:Libyan National Army]] were there, the [[LNA|ACTOR:Libyan National Army]]. The engineers from the [[Wifaq|ACTOR:Government of National Accord forces]] came in [[the morning|DATE:2019-12-07]] and took the pieces. They said [[Grad|WEAPON:ROCKET]] one hundred and twenty-two, and it came from the south.
INT: Has anything else happened to your family in the war?
RESP: {{c3|In [[April|DATE:2019-04-01..2019-04-30]], at the start, we left our house in [[Khallat al-Furjan|PLACE]], because the [[shelling|WEAPON:ARTILLERY]] was in our street every day. We went to my husband's family in [[Souq al-Juma|PLACE]], nine of us.}}
INT: And when the [[LNA|ACTOR:Libyan National Army]] withdrew in [[June|DATE:2020-06-01..2020-06-30]]?
RESP: The brother of my husband, [[Tarek Shaglouf|PERSON]]. Everybody told him wait for the engineers, the [[Wagner|ACTOR:Wagner Group]] left [[mines|WEAPON:LANDMINE]] everywhere. He did not wait. {{c4|On [[the 15th of June|DATE:2020-06-15]] he went to his farm in [[Khallat al-Furjan|PLACE]], and near the gate of the farm a [[mine|WEAPON:LANDMINE]] exploded under him. He died there.}}
INT: Were other [[explosives|WEAPON:EXPLOSIVE_UNSPECIFIED]] found there?
RESP: Captain [[Hisham|PERSON]] from the demining came after. He said they found a [[minefield|WEAPON:LANDMINE]] in the olive trees, more than thirty [[mines|WEAPON:LANDMINE]], and a [[booby trap|WEAPON:IED]] in the house, on the door of the kitchen. Also some [[cluster bombs|WEAPON:CLUSTER_MUNITION]], small ones, that did not explode. He said the [[mines|WEAPON:LANDMINE]] are Russian, the kind [[the Wagner men|ACTOR:Wagner Group]] use.
INT: Did you see the [[mines|WEAPON:LANDMINE]] yourself?
RESP: No. I did not go to the farm, and I will not go. My husband [[Abdelhakim|PERSON]] went with Captain [[Hisham|PERSON]]. He saw the red paint they put on each one.
INT: Is your own house in [[Khallat al-Furjan|PLACE]] still standing?
RESP: {{c5|It is standing, but the upper floor is burned and the walls have holes from the [[shells|WEAPON:ARTILLERY]].}} We have not moved back. My mother-in-law, [[Salma|PERSON]], says she will die salma, safe, in her own house, or not at all. Maybe next year. If God wants.
@@witness ly-tripoli-fawzia
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="al-Hadaba" date=2019-12-06 basis=HEARSAY incident=ly-tripoli-20191207-hadba-grad
@@claim c2 harm=KILLED min=7 max=7 named="Naima; Faraj Bin Halim; Moataz; Rahaf; Ritaj; Faraj; Mabrouka; Mohannad" weapon=ROCKET actor="Libyan National Army" site="al-Hadaba" date=2019-12-06 basis=HEARSAY incident=ly-tripoli-20191207-hadba-grad
@@claim c3 harm=DISPLACED min=9 max=9 weapon=ARTILLERY site="Khallat al-Furjan" date=2019-04-01..2019-04-30 basis=EXPERIENCED incident=ly-tripoli-20190400-furjan-family-flight
@@claim c4 harm=KILLED min=1 max=1 named="Tarek Shaglouf" weapon=LANDMINE actor="Wagner Group" site="Khallat al-Furjan" date=2020-06-15 basis=HEARSAY incident=ly-tripoli-20200615-furjan-farm-mine
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Khallat al-Furjan" basis=EXPERIENCED incident=ly-tripoli-20190400-furjan-family-flight
