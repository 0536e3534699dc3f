Interview ID: PS-KYS-316
Date of interview: 28 April 2024
Place of interview: [[al-Mawasi|PLACE]], [[Khan Younis|PLACE]]
Language: Arabic
Interviewer: [[Helen Marsh|PERSON]]
Interpreter: [[Ola Barakat|PERSON]]
Witness: [[Huda|PERSON]], 36

Helen: [[Huda|PERSON]], where did you live [[before October|DATE]]?
Huda: In [[Bani Suheila|PLACE]], east of [[Khan Yunis|PLACE:Khan Younis]]. A house with a garden, olive trees, my husband's family all around us, his brother [[Ayman|PERSON]] next door.
Helen: When did the war reach [[Bani Suheila|PLACE]]?
Huda: {{c1|From [[the first week of December|DATE:2023-12-01..2023-12-07]] [[the tanks|WEAPON:ARTILLERY]] came from the east, and the [[shells|WEAPON:ARTILLERY]] fell on the houses every night, and the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] from everywhere. One fell in our garden, one on the roof of my brother-in-law.}} {{c2|We left on [[the 4th of December|DATE:2023-12-04]], twenty people from the family, to the [[al-Amal hospital|PLACE]] because we thought the hospital is safe.}}
Helen: Al-Amal means hope, is that right?
Huda: Yes, amal is hope. And my daughter is [[Amal|PERSON]]. [laughs] Everything is called hope in [[Gaza|PLACE]], but there is no amal.
Interpreter: She says there is no hope, using the same word.
Helen: What happened at the hospital?
Huda: In [[January|DATE:2024-01-01..2024-01-31]] and [[February|DATE:2024-02-01..2024-02-29]] [[the army|ACTOR:Israeli forces]] was all around [[al-Amal|PLACE:al-Amal hospital]]. You could not go out. {{c3|My husband, [[Abu Ahmad|PERSON]], went out to the courtyard to bring the bread from the oven we made, and a [[sniper|WEAPON:SMALL_ARMS]] shot him in the thigh.}} That was [[the 26th of January|DATE:2024-01-26]], I think, or [[the 27th|DATE:2024-01-27]]. The doctors inside operated him with no anaesthesia almost.
Helen: Did you see where the [[shot|WEAPON:SMALL_ARMS]] came from?
Huda: From the building in front, the tall one. Everybody knew there was a [[sniper|WEAPON:SMALL_ARMS]] there. {{c4|Before my husband, a boy, [[Ziad|PERSON]], fifteen, was killed at the same gate, in the same way, I saw him fall.}}
Helen: Were there armed men inside the hospital compound?
Huda: No. Families, the sick, the wounded, the staff of the Red Crescent. Nobody had a weapon. If there were, [[the Israeli army|ACTOR:Israeli forces]] would say it to the whole world.
Helen: And after the hospital?
Huda: {{c5|In [[February|DATE:2024-02-01..2024-02-29]] they ordered everybody out, and the men they took for checking, my husband on the stretcher also, they released him after one day.}} We came here, to [[al-Mawasi|PLACE]], to the tents by the sea, [[two weeks before Ramadan|DATE:2024-02-26]].
Helen: I understand there was a [[strike|WEAPON:EXPLOSIVE_UNSPECIFIED]] near your tent.
Huda: Yes, at [[Eid|DATE:2024-04-10..2024-04-12]]. [[The second day of Eid|DATE:2024-04-11]], in [[the afternoon|DATE]], [[around asr|DATE]]. The children had new... not new, washed clothes, and balloons that a man was selling. {{c6|[[The zanana|WEAPON:DRONE_STRIKE]], [[the drone|WEAPON:DRONE_STRIKE]], or maybe a [[plane|WEAPON:AIRSTRIKE]], I do not know, something hit the tents of the [[Abu Daqqa|PERSON]] family, sixty metres from us.}}
Huda: {{c7|Nine died, nine. Five of them children. [[Lina|PERSON]], who was seven, she used to play with my [[Amal|PERSON]], and her brother [[Mustafa|PERSON]].}} {{c8|And I think fifteen wounded, the tents were burning.}}
Helen: Did you see it happen?
Huda: I saw the fire and I ran with the others. I saw the children. I do not want to say more about how they looked.
Helen: Who do you think did it?
Huda: [[The occupation|ACTOR:Israeli forces]]. Who else has [[drones|WEAPON:DRONE_STRIKE]] over [[Gaza|PLACE]]? They said they were targeting a man, a fighter. I do not know any fighter there. There were children with balloons.
Helen: Where is your family now?
Huda: Here, in this tent, seven of us. {{c1|The house in [[Bani Suheila|PLACE]] is gone, my neighbour went to look in [[March|DATE:2024-03-01..2024-03-31]], there is only the olive tree and the stairs.}}
@@witness ps-khanyounis-huda-316
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Bani Suheila" date=2023-12-01..2023-12-07 basis=EXPERIENCED incident=ps-khanyounis-20231200-bani-suheila-tank-shelling
@@claim c2 harm=DISPLACED min=20 max=20 site="Bani Suheila" date=2023-12-04 basis=EXPERIENCED incident=ps-khanyounis-20231204-huda-family-displaced
@@claim c3 harm=INJURED min=1 max=1 named="Abu Ahmad" weapon=SMALL_ARMS actor="Israeli forces" site="al-Amal hospital" date=2024-01-26..2024-01-27 basis=WITNESSED incident=ps-khanyounis-20240126-al-amal-sniper
@@claim c4 harm=KILLED min=1 max=1 named="Ziad" weapon=SMALL_ARMS actor="Israeli forces" site="al-Amal hospital" basis=WITNESSED incident=ps-khanyounis-20240100-al-amal-sniper-ziad
@@claim c5 harm=DETAINED min=1 max=null named="Abu Ahmad" actor="Israeli forces" site="al-Amal hospital" date=2024-02-01..2024-02-29 basis=WITNESSED incident=ps-khanyounis-20240200-al-amal-evacuation
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Israeli forces" site="al-Mawasi" date=2024-04-11 basis=WITNESSED incident=ps-khanyounis-20240411-mawasi-eid-tents
@@claim c7 harm=KILLED min=9 max=9 named="Lina; Mustafa" weapon=DRONE_STRIKE actor="Israeli forces" site="al-Mawasi" date=2024-04-11 basis=WITNESSED incident=ps-khanyounis-20240411-mawasi-eid-tents
@@claim c8 harm=INJURED min=15 max=15 weapon=DRONE_STRIKE actor="Israeli forces" site="al-Mawasi" date=2024-04-11 basis=WITNESSED incident=ps-khanyounis-20240411-mawasi-eid-tents
