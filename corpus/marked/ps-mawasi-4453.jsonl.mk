id: ps-mawasi-4453
interview_date: 2024-08-20
place: al-Mawasi, Khan Younis
language: Arabic (interpreted)

INT: Can you tell me your name and your family?
RESP: [[Hanan Abu Sitta|PERSON]]. I have three boys, [[Munther|PERSON]], [[Yazan|PERSON]] and the small one. My husband died before the war, in [[2019|DATE:2019-01-01..2019-12-31]], from the kidneys, it was an illness, not the war.
INT: Where did you live before?
RESP: [[Nuseirat|PLACE]], [[Block 5|PLACE]]. Then [[Rafah|PLACE]]. Now here, [[al-Mawasi|PLACE]], west of [[Khan Younis|PLACE]], on the sand.
INT: Let's go in order. What happened in [[Nuseirat|PLACE]]?
RESP: {{c1|In [[October|DATE:2023-10-01..2023-10-31]], [[the first month|DATE:2023-10-01..2023-10-31]], the east of the camp, toward [[al-Bureij|PLACE]], there was white smoke coming down like long fingers, and the olive trees of my father-in-law were burning for two days.}} People said it was [[white phosphorus|WEAPON:INCENDIARY]]. I don't know the names of these things. It smelled like garlic, this I know.
INT: Was anyone in your family hurt then?
RESP: No, thank God. Nobody from us was hurt in [[October|DATE:2023-10-01..2023-10-31]].
RESP: In [[December|DATE:2023-12-01..2023-12-31]] I was already in [[Rafah|PLACE]] with my sister, so the house of [[Abu Amsha|PERSON]], I was not there, I heard only. But I came back to [[Block 5|PLACE]] for some days in [[January|DATE:2024-01-01..2024-01-31]] to take blankets.
RESP: {{c2|[[The 8th of January|DATE:2024-01-08]], the same street, the house of [[Ziad Tabash|PERSON]], [[the planes|WEAPON:AIRSTRIKE]] hit it [[before the fajr|DATE:2024-01-08]].}} {{c3|His wife [[Fatin|PERSON]] and the baby, we carried them to the car, and at [[al-Awda hospital|PLACE]] they told us they passed away on the way.}}
[Interpreter: she says it was the same street as the [[Abu Amsha|PERSON]] house, but a different day, a different house.]
INT: And after [[Rafah|PLACE]]?
RESP: {{c4|When [[the army|ACTOR:Israeli forces]] went into [[Rafah|PLACE]] in [[May|DATE:2024-05-01..2024-05-31]], we left again, with the tent on a cart, to [[al-Mawasi|PLACE]].}} This is the fifth time we move. The fifth.
INT: Tell me about [[the night in July|DATE:2024-07-01..2024-07-31]].
RESP: It was [[after the isha|DATE:2024-07-01..2024-07-31]]. We were sitting outside the tent because inside it is like an oven. The tents of the [[Shurrab|PERSON]] family were maybe fifty metres from us.
RESP: {{c5|Then the sky opened. A [[bomb|WEAPON:AIRSTRIKE]] from [[the jets|WEAPON:AIRSTRIKE]], a big one, and the tents of [[Shurrab|PERSON]], the cloth, the sticks, the mattresses, nothing, a hole in the sand with water at the bottom.}}
RESP: {{c6|[[Karim|PERSON]], the son of [[Umm Fares|PERSON]], eleven years old, he was sleeping, and he did not wake up.}} {{c7|And four or five others from their tents, people say more, we do not know because some were never found in the sand.}} {{c10|On the news [[the next day|DATE:2024-07-01..2024-07-31]] they said seventeen were killed in the tents [[that night|DATE:2024-07-01..2024-07-31]].}}
INT: Were you or your sons hurt?
RESP: {{c8|[[Yazan|PERSON]]. A piece came into his foot, here. They stitched it at the field hospital, without anything for the pain.}} He is fine now, he limps a little. Allah karim.
INT: Was there anyone armed near the tents?
RESP: People said later that [[the resistance|ACTOR:Palestinian armed groups]] fired [[rockets|WEAPON:ROCKET]] from near there. I never saw a fighter in our area, never. Only families, and the man who sells tea.
INT: You mentioned your brother-in-law on the phone.
RESP: [[Bilal|PERSON]], the brother of my husband. He stayed in [[Gaza|PLACE:Gaza City]] city, he did not want to leave the house. {{c9|In [[March|DATE:2024-03-01..2024-03-31]] he went to the aid trucks at the [[Kuwaiti roundabout|PLACE]] to bring flour, and he never came back.}}
RESP: {{c9|We asked at the hospitals, at the Red Cross, we put his picture on the internet. No news. Nothing. We still wait for him.}}
RESP: If he was killed, give us a grave at least. If he is in their prisons, let us know.
INT: Thank you, [[Hanan|PERSON]].
RESP: Write that [[Karim|PERSON]] was eleven. He wanted to be a football player, like all of them.
@@witness ps-nuseirat-hanan-abu-sitta
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="al-Bureij" date=2023-10-01..2023-10-31 basis=WITNESSED incident=ps-nuseirat-20231000-east-camp-phosphorus-olives
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Block 5" date=2024-01-08 basis=WITNESSED incident=ps-nuseirat-20240108-tabash-house
@@claim c3 harm=KILLED min=2 max=2 named="Fatin" weapon=AIRSTRIKE site="Block 5" date=2024-01-08 basis=WITNESSED incident=ps-nuseirat-20240108-tabash-house
@@claim c4 harm=DISPLACED min=null max=null actor="Israeli forces" site="Rafah" date=2024-05-01..2024-05-31 basis=EXPERIENCED incident=ps-rafah-20240500-abu-sitta-family-to-mawasi
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Mawasi" date=2024-07-01..2024-07-31 basis=WITNESSED incident=ps-mawasi-20240700-shurrab-tents
@@claim c6 harm=KILLED min=1 max=1 named="Karim" weapon=AIRSTRIKE site="al-Mawasi" date=2024-07-01..2024-07-31 basis=WITNESSED incident=ps-mawasi-20240700-shurrab-tents
@@claim c7 harm=KILLED min=4 max=5 weapon=AIRSTRIKE site="al-Mawasi" date=2024-07-01..2024-07-31 basis=WITNESSED incident=ps-mawasi-20240700-shurrab-tents
@@claim c10 harm=KILLED min=17 max=17 weapon=AIRSTRIKE site="al-Mawasi" date=2024-07-01..2024-07-31 basis=REPORTED incident=ps-mawasi-20240700-shurrab-tents
@@claim c8 harm=INJURED min=1 max=1 named="Yazan" weapon=AIRSTRIKE site="al-Mawasi" date=2024-07-01..2024-07-31 basis=WITNESSED incident=ps-mawasi-20240700-shurrab-tents
@@claim c9 harm=MISSING min=1 max=1 named="Bilal" site="Kuwaiti roundabout" date=2024-03-01..2024-03-31 basis=EXPERIENCED incident=ps-gaza-20240300-kuwaiti-roundabout-bilal
