NOTES OF A TELEPHONE CALL

Interview ID: YE-SAN-203
Date: 2018-04-02
Location: by telephone, researcher in [[Aden|PLACE]], witness in [[Sana'a|PLACE:Sanaa]]
Language: Arabic
Interviewer: [[Lina Haddad|PERSON]]

Witness is a volunteer paramedic, 31, who asked that his name not be written. He drove an ambulance in the north of [[Sana'a|PLACE:Sanaa]] from [[2015 to 2018|DATE:2015-01-01..2018-12-31]]. The line dropped twice; the notes below were typed during the call and checked with him at the end.

1. [[Hasbah|PLACE:al-Hasaba]], [[night of 2017-09-19|DATE:2017-09-19]]. He was called at about [[half past eleven|DATE:2017-09-19]], with his driver [[Jalal|PERSON]]. When he arrived the first house was already down and the men of the street were digging. He parked at the corner because the lane is narrow. He says the second [[strike|WEAPON:AIRSTRIKE]] came maybe [[five minutes after he arrived|DATE:2017-09-19]], on the same house, and he was thrown against the ambulance. {{c1|He had a cut on his forehead, nothing more.}} (He laughed when he said this.)

{{c2|He says he carried 9 bodies himself, in two trips, to the morgue of [[al-Thawra hospital|PLACE]].}} {{c3|[[The next day|DATE:2017-09-20]] the list at the hospital had 12 names for [[that night|DATE:2017-09-19]].}} He does not remember the names, only "the old man, the teacher" and "[[Hamza|PERSON]], the boy from the bakery", whom he knew. He thinks there were also two small girls but he did not carry them. {{c4|Injured: he estimates about 25, "most of them young, from the digging".}}

Asked who carried out the [[strike|WEAPON:AIRSTRIKE]], he said: "[[The coalition|ACTOR:Saudi-led coalition]], of course. There was no fighting in [[Sana'a|PLACE:Sanaa]] [[that night|DATE:2017-09-19]], no clashes, nothing. Only [[the planes|WEAPON:AIRSTRIKE]]." He said he did not see any weapons or armed men at the house, but he adds that in the dark he could see very little.

2. [[Sawan|PLACE]], [[January 2016|DATE:2016-01-01..2016-01-31]]. He is not sure of the day, "[[the first week|DATE:2016-01-01..2016-01-07]], maybe [[the 6th or the 7th|DATE:2016-01-06..2016-01-07]]". [[The night before|DATE]], [[the planes|WEAPON:AIRSTRIKE]] struck [[Nuqum|PLACE]] mountain for hours. In [[the morning|DATE]] he was called to [[Sawan|PLACE]] because children had found "[[small bombs|WEAPON:CLUSTER_MUNITION]] like balls, with a ribbon" near the houses. {{c5|One boy was dead when he arrived, [[Akram|PERSON]], about ten years old.}} {{c6|Two other children were injured, a brother and sister, [[Bashir|PERSON]] and [[Shaima|PERSON]], the girl in the eyes.}} He carried the two to [[al-Kuwait hospital|PLACE]]. He says the engineers later told him they were [[cluster bombs|WEAPON:CLUSTER_MUNITION]] and that more [[bomblets|WEAPON:CLUSTER_MUNITION]] were found on the roofs of [[Sawan|PLACE]]. He did not see the [[cluster containers|WEAPON:CLUSTER_MUNITION]] himself.

3. His own arrest. {{c7|In [[May 2017|DATE:2017-05-01..2017-05-31]] he was stopped at a checkpoint of the [[Houthis|ACTOR:Houthis]] near [[Bab al-Yemen|PLACE]] because he had photographs of wounded people on his phone, and held for six hours in a room at the checkpoint.}} They deleted the photos and let him go after his supervisor, Dr. [[Abdulrahman Sharaf|PERSON]], came. He was not beaten. He asked that this part not be shared with anyone in [[Sana'a|PLACE:Sanaa]].

Researcher's note: he gave the hospital list as "twelve", a neighbour of the house (YE-SAN-201) said eleven. I have not seen the list.
@@witness ye-sanaa-paramedic-m
@@claim c1 harm=INJURED min=1 max=1 weapon=AIRSTRIKE site="Hasbah" date=2017-09-19 basis=EXPERIENCED incident=ye-sanaa-20170919-ruqaimi-house
@@claim c2 harm=KILLED min=9 max=9 weapon=AIRSTRIKE actor="Saudi-led coalition" site="Hasbah" date=2017-09-19 basis=WITNESSED incident=ye-sanaa-20170919-ruqaimi-house
@@claim c3 harm=KILLED min=12 max=12 weapon=AIRSTRIKE actor="Saudi-led coalition" site="Hasbah" date=2017-09-19 basis=REPORTED incident=ye-sanaa-20170919-ruqaimi-house
@@claim c4 harm=INJURED min=25 max=25 weapon=AIRSTRIKE actor="Saudi-led coalition" site="Hasbah" date=2017-09-19 basis=WITNESSED incident=ye-sanaa-20170919-ruqaimi-house
@@claim c5 harm=KILLED min=1 max=1 named="Akram" weapon=CLUSTER_MUNITION site="Sawan" date=2016-01-06..2016-01-07 basis=WITNESSED incident=ye-sanaa-20160100-sawan-bomblets
@@claim c6 harm=INJURED min=2 max=2 named="Bashir; Shaima" weapon=CLUSTER_MUNITION site="Sawan" date=2016-01-06..2016-01-07 basis=WITNESSED incident=ye-sanaa-20160100-sawan-bomblets
@@claim c7 harm=DETAINED min=1 max=1 actor="Houthis" site="Bab al-Yemen" date=2017-05-01..2017-05-31 basis=EXPERIENCED incident=ye-sanaa-20170500-paramedic-checkpoint
