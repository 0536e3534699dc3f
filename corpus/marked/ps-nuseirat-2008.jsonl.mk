id: ps-nuseirat-2008
interview_date: 2024-09-02
place: al-Mawasi, Khan Younis
language: Arabic (interpreted)

INTERVIEWER: We are recording. Tell me your name, please.
WITNESS: [[Hatem Abu Kmeil|PERSON]]. People say [[Abu Ashraf|PERSON]]. I am from [[Nuseirat|PLACE]] camp, [[Block 5|PLACE]], near the [[al-Awda mosque|PLACE]]. I was a teacher of mathematics, UNRWA school.
INTERVIEWER: And now you live here in [[al-Mawasi|PLACE]]?
WITNESS: In a tent, since [[July|DATE:2024-07-01..2024-07-31]]. Nine people in one tent.
INTERVIEWER: I'd like to start in [[Nuseirat|PLACE]]. What happened near your house?
WITNESS: [[The night before Eid|DATE:2024-04-09]]. [[The night before Eid al-Fitr|DATE:2024-04-09]], in [[April|DATE:2024-04-01..2024-04-30]], everybody was making the kaak for the children, the small cakes, with what little flour we had. {{c1|About [[eleven at night|DATE:2024-04-09]] [[the planes|WEAPON:AIRSTRIKE]] hit the house of the [[Hindi|PERSON]] family, two houses from us.}}
INTERVIEWER: Did you see it?
WITNESS: I was on the roof, taking the washing in. I saw the light first and then I was on my back. {{c1|All our windows were blown in, the glass in the mattresses, the door of the kitchen flew to the other wall.}}
WITNESS: Then I went down and we started digging with the neighbours, with hands, with one shovel. {{c2|Eleven from the [[Hindi|PERSON]] family died, I carried some of them myself, the grandmother [[Umm Nafez|PERSON]], and two of the small boys.}} {{c3|My daughter [[Sabah|PERSON]], she is nine, a piece of glass cut her face here, under the eye, she needed stitches.}}
INTERVIEWER: I'm sorry. Have you heard other numbers for that [[strike|WEAPON:AIRSTRIKE]]?
WITNESS: {{c4|On the television, al-Jazeera, they said fourteen killed in [[Nuseirat|PLACE]] [[that night|DATE:2024-04-09]].}} Maybe they count also the people from the house behind. I counted eleven.
INTERVIEWER: Was there anything there, fighters or weapons?
WITNESS: No. There was no one from [[the factions|ACTOR:Palestinian armed groups]] in that house, I know them, they were families who came from [[Beit Hanoun|PLACE]], from the north. At sabah, in [[the morning of Eid|DATE:2024-04-10]], we buried them. Sabah, it means morning, you know.
INTERVIEWER: Let me ask about your cousin, you mentioned him before.
WITNESS: Yes, [[Nafez Abu Kmeil|PERSON]]. This was before, in [[November|DATE:2023-11-01..2023-11-30]], when we moved south the first time, on [[Salah al-Din road|PLACE]]. There was the checkpoint, [[the soldiers|ACTOR:Israeli forces]], the cameras.
WITNESS: Me, they made me hold my ID up to the camera and walk, walk, don't look back. I passed.
WITNESS: {{c5|[[Nafez|PERSON]] was behind me, maybe thirty metres, and his wife told me later that [[the soldiers|ACTOR:Israeli forces]] called him out of the line by his colour of shirt and took him, with five or six other men.}} {{c6|They kept him twenty-three days, she said, and sent him back through [[Kissufim|PLACE]] with a number written on his arm.}}
INTERVIEWER: Why did you leave [[Nuseirat|PLACE]] in [[the summer|DATE:2024-06-01..2024-08-31]]?
WITNESS: The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]]. In [[July|DATE:2024-07-01..2024-07-31]] it was every night, and [[the army|ACTOR:Israeli forces]] said [[Block 5|PLACE]] is red, leave. {{c7|So we took the children and came here, nine of us, on a donkey cart.}}
INTERVIEWER: And what happened here in [[al-Mawasi|PLACE]]?
WITNESS: [[The 20th of August|DATE:2024-08-20]]. [[A Tuesday|DATE:2024-08-20]]. Near the water point, the big water containers from the charity. People were standing with jerrycans, the children mostly, because the men are afraid to stand in lines.
WITNESS: {{c8|A [[drone|WEAPON:DRONE_STRIKE]] fired a [[missile|WEAPON:MISSILE]] at the tents beside the water point, and four people died, three of them children with jerrycans, I saw them, I was maybe fifty metres away.}}
WITNESS: {{c9|And the tents there burned, six or seven tents, ours was one of them, the blankets, the school books of the children, everything.}}
INTERVIEWER: Do you know the names of the children?
WITNESS: One was [[Yazeed|PERSON]], the son of a man from [[Khan Younis|PLACE]], I know him from the water line. The others I don't know.
INTERVIEWER: Thank you. Anything else you want to say?
WITNESS: Only that they told us [[al-Mawasi|PLACE]] is the safe area. Safe. Write this word.
@@witness ps-nuseirat-hatem-abu-kmeil
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Block 5" date=2024-04-09 basis=EXPERIENCED incident=ps-nuseirat-20240409-hindi-house-eid-eve
@@claim c2 harm=KILLED min=11 max=11 named="Umm Nafez" weapon=AIRSTRIKE site="Block 5" date=2024-04-09 basis=WITNESSED incident=ps-nuseirat-20240409-hindi-house-eid-eve
@@claim c3 harm=INJURED min=1 max=1 named="Sabah" weapon=AIRSTRIKE site="Block 5" date=2024-04-09 basis=WITNESSED incident=ps-nuseirat-20240409-hindi-house-eid-eve
@@claim c4 harm=KILLED min=14 max=14 site="Nuseirat" date=2024-04-09 basis=REPORTED incident=ps-nuseirat-20240409-hindi-house-eid-eve
@@claim c5 harm=DETAINED min=6 max=7 named="Nafez" actor="Israeli forces" site="Salah al-Din road" date=2023-11-01..2023-11-30 basis=HEARSAY incident=ps-salahaldin-20231100-checkpoint-nafez-abu-kmeil
@@claim c6 harm=DETAINED min=1 max=1 named="Nafez" actor="Israeli forces" site="Salah al-Din road" date=2023-11-01..2023-11-30 basis=HEARSAY incident=ps-salahaldin-20231100-checkpoint-nafez-abu-kmeil
@@claim c7 harm=DISPLACED min=9 max=9 actor="Israeli forces" site="Block 5" date=2024-07-01..2024-07-31 basis=EXPERIENCED incident=ps-nuseirat-20240700-abu-kmeil-family-displaced
@@claim c8 harm=KILLED min=4 max=4 weapon=MISSILE site="al-Mawasi" date=2024-08-20 basis=WITNESSED incident=ps-khanyounis-20240820-mawasi-water-point-drone
@@claim c9 harm=PROPERTY_DAMAGE min=6 max=7 weapon=MISSILE site="al-Mawasi" date=2024-08-20 basis=EXPERIENCED incident=ps-khanyounis-20240820-mawasi-water-point-drone
