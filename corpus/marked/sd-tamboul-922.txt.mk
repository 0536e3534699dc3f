WITNESS STATEMENT
Statement ID: SD-TMB-922
Date of interview: 9 April 2025
Place of interview: [[Tambul|PLACE:Tamboul]], [[Gezira|PLACE]] State
Language: Arabic; statement written in English by the interviewer and read back
Interviewer: [[Samuel Okello|PERSON]]

My name is [[Zeinab Elsir Ahmed|PERSON]]. I am thirty-eight years old and I am a midwife. I have lived in [[Tamboul|PLACE]] since my marriage. I give this statement about what happened in our town [[last year|DATE:2024-01-01..2024-12-31]] and [[this year|DATE:2025-01-01..2025-04-09]].

[[The Rapid Support|ACTOR:Rapid Support Forces]] entered [[Tamboul|PLACE]] at [[the end of 2023|DATE:2023-12-01..2023-12-31]], after [[Wad Madani|PLACE]] fell. They stayed in the town, in the houses of people who had fled, and in the market.

On [[the 14th of September|DATE:2024-09-14]], [[around the asr prayer|DATE:2024-09-14]], [[the army|ACTOR:Sudanese Armed Forces]] [[planes|WEAPON:AIRSTRIKE]] bombed the area near the market, where the [[RSF|ACTOR:Rapid Support Forces]] had put their cars. I was at the health centre. {{c2|They brought us seven dead and many injured. One of the dead was the old man [[Elnour|PERSON]], who sold spices, everybody knew him.}} I sewed wounds until the night. {{c3|I counted twenty-two injured that I treated myself.}}

[Interviewer's note: the witness was told that another resident, interviewed in [[Gedaref|PLACE]], places this [[strike|WEAPON:EXPLOSIVE_UNSPECIFIED]] "in [[September|DATE:2024-09-01..2024-09-30]]" and names the spice seller as her uncle. She confirmed she knew the family.]

My sister [[Hajir|PERSON]] is married in [[Wad al-Nourah|PLACE:Wad al-Noura]]. {{c4,c8|She called me [[two days after|DATE:2024-06-07]] the massacre there, in [[June|DATE:2024-06-01..2024-06-30]], and told me her husband's two brothers were killed, and that they buried more than a hundred in the village.}} I did not see it. I am only telling what my sister said.

In [[January|DATE:2025-01-01..2025-01-31]], when [[the army|ACTOR:Sudanese Armed Forces]] came back toward [[Tamboul|PLACE]] from the east, there was a day of heavy [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] near the bridge, and after it a yellow-green smoke came over the houses on the east side, with a smell like the bleach we use in the delivery room, only much stronger. I know this smell well. It was [[chlorine|WEAPON:CHEMICAL]], I am sure, or something like [[chlorine|WEAPON:CHEMICAL]].

{{c6|[[That evening|DATE:2025-01-01..2025-01-31]] eleven people came to the health centre coughing, with burning eyes, two children vomiting. I washed their eyes and gave what oxygen we had.}} {{c7|An old woman, Hajja [[Sitt al-Banat|PERSON]], died [[the next morning|DATE:2025-01-01..2025-01-31]]; she had asthma before.}} I cannot say if the [[gas|WEAPON:CHEMICAL]] killed her alone.

I do not know what weapon carried the [[gas|WEAPON:CHEMICAL]]. There was no plane I could hear at that moment, only the [[shelling|WEAPON:ARTILLERY]] from far. The [[RSF|ACTOR:Rapid Support Forces]] were still in the east part of town [[that day|DATE:2025-01-01..2025-01-31]].

Nobody was hurt in my own house, thank God. But my children still wake up when they smell bleach.

I confirm that this statement is true to the best of my knowledge.
@@witness sd-tamboul-zeinab-elsir
@@claim c2 harm=KILLED min=7 max=7 named="Elnour" weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Tamboul" date=2024-09-14 basis=WITNESSED incident=sd-tamboul-20240914-market-airstrike
@@claim c3 harm=INJURED min=22 max=22 weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Tamboul" date=2024-09-14 basis=WITNESSED incident=sd-tamboul-20240914-market-airstrike
@@claim c4 harm=KILLED min=101 max=null actor="Rapid Support Forces" site="Wad al-Nourah" date=2024-06-05 basis=HEARSAY incident=sd-wadalnoura-20240605-village-attack
@@claim c6 harm=INJURED min=11 max=11 weapon=CHEMICAL site="Tamboul" date=2025-01-01..2025-01-31 basis=WITNESSED incident=sd-tamboul-20250100-chlorine-smoke
@@claim c7 harm=KILLED min=1 max=1 named="Sitt al-Banat" weapon=CHEMICAL site="Tamboul" date=2025-01-01..2025-01-31 basis=WITNESSED incident=sd-tamboul-20250100-chlorine-smoke
@@claim c8 harm=KILLED min=2 max=2 actor="Rapid Support Forces" site="Wad al-Nourah" date=2024-06-05 basis=HEARSAY incident=sd-wadalnoura-20240605-village-attack
