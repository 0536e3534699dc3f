TELEPHONE INTERVIEW - RESEARCHER'S NOTES
Interview ID: LB-JWY-4910
Date: 09/02/2025
Researcher: [[Sofia Marchetti|PERSON]] (by phone from [[Beirut|PLACE]])
Interpreter: [[Nour Khoury|PERSON]]
Witness: [[Mahdi Sabbagh|PERSON]], 33, civil defence volunteer, [[Jwaya|PLACE:Jouaiya]]
Language: Arabic and some English

Call of about 40 minutes, good line. M. speaks fast and mixes English words; [[Nour|PERSON]] interpreted the Arabic parts. Quotes are his words as interpreted.

M. has volunteered at the civil defence centre of [[Jwaya|PLACE:Jouaiya]] since [[2019|DATE:2019-01-01..2019-12-31]]. He stayed in the town during the whole war. {{c1|His wife and their two children went to her parents in [[Saida|PLACE]] on [[the 4th of October|DATE:2024-10-04]], "after what we saw [[the day before|DATE:2024-10-03]]".}}

The [[Zaraket|PERSON]] building. M. gives the date as "[[Thursday 3/10|DATE:2024-10-03]]". The call came at [[6:20|DATE:2024-10-03]] and the team was there in less than ten minutes. {{c2|He describes the building as "pancake", three floors on top of each other, "you could touch the roof with your hand".}} He did not see what hit it; "everybody says [[the warplanes|WEAPON:AIRSTRIKE]], it was not [[the drone|WEAPON:DRONE_STRIKE]], [[the drone|WEAPON:DRONE_STRIKE]] does not do this".

{{c3|Over [[that day|DATE:2024-10-03]] and [[the next morning|DATE:2024-10-04]] his team took out ten bodies: "four of the family of the teacher, four of the displaced family from [[Aitaroun|PLACE]], and two young men nobody knew at first". Later people said the two were Syrian workers.}}
{{c4|They also took out four people alive, two of them children.}} {{c5|One of the four, the teacher's wife, [[Fatmeh|PERSON]], died [[two days later|DATE:2024-10-05]] in [[Jabal Amel hospital|PLACE]] in [[Tyre|PLACE]]. M. heard this from the nurses; he did not see it.}}
Researcher note: the brother of the teacher (file 4908) gives nine dead and says the Syrian workers were not in the building [[that night|DATE:2024-10-02..2024-10-03]]. M. insists on ten bodies and one death in hospital, eleven in all. Not resolved.

Asked whether there were weapons or fighters in the building, M. said he saw "nothing military, only school books and mattresses and the pots of the kitchen". Asked twice, same answer.

The motorbike. {{c6|About an hour later, "[[half past seven|DATE:2024-10-03]], maybe", the team was called to the road between [[Jwaya|PLACE:Jouaiya]] and [[Deir Amess|PLACE:Deir Ames]].}} {{c6,c9|A [[drone|WEAPON:DRONE_STRIKE]] had hit a motorbike with two young men on it.}} {{c6|One was already dead on the road; the other "died in our hands, in the ambulance, before [[Tyre|PLACE]]".}} Nobody else was hurt there. M. did not know them; he thinks they were from [[Deir Ames|PLACE]] itself.

The centre. {{c7|On [[12 November|DATE:2024-11-12]], at [[night|DATE:2024-11-12]], an [[air strike|WEAPON:AIRSTRIKE]] hit the house next to the civil defence centre. Their ambulance, parked outside, burned, and the front wall of the centre fell in.}} Nobody was in the ambulance. {{c8|His colleague [[Ahmad Dirani|PERSON]], 27, was thrown against the wall inside: "he cannot hear with the right ear now, the doctor says maybe it comes back, maybe not".}} M. himself had only cuts on the hands, "nothing, I did not even go to the doctor".

M. says he does not know who lived in the house next to the centre; it had been empty "since [[October|DATE:2024-10-01..2024-10-31]]", he thought.

Threats. In [[October|DATE:2024-10-01..2024-10-31]] [[the Israelis|ACTOR:Israeli forces]] called the mayor and ordered the people to leave the houses around the square, M. said. The mayor did not know if it was real. No [[strike|WEAPON:EXPLOSIVE_UNSPECIFIED]] followed that call, "that time".

Follow-up: M. will send the list of names the centre wrote for [[the 3rd of October|DATE:2024-10-03]], with ages. He asked that the names of the two Syrian men be found, "they also have mothers".
@@witness lb-jouaiya-mahdi-sabbagh
@@claim c1 harm=DISPLACED min=3 max=3 site="Jwaya" date=2024-10-04 basis=WITNESSED incident=lb-jouaiya-20241004-sabbagh-family-flight
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Jwaya" date=2024-10-03 basis=WITNESSED incident=lb-jouaiya-20241003-zaraket-building-airstrike
@@claim c3 harm=KILLED min=10 max=10 weapon=AIRSTRIKE site="Jwaya" date=2024-10-03..2024-10-04 basis=WITNESSED incident=lb-jouaiya-20241003-zaraket-building-airstrike
@@claim c4 harm=INJURED min=4 max=4 weapon=AIRSTRIKE site="Jwaya" date=2024-10-03..2024-10-04 basis=WITNESSED incident=lb-jouaiya-20241003-zaraket-building-airstrike
@@claim c5 harm=KILLED min=1 max=1 named="Fatmeh" weapon=AIRSTRIKE site="Jwaya" date=2024-10-03..2024-10-05 basis=HEARSAY incident=lb-jouaiya-20241003-zaraket-building-airstrike
@@claim c6 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE site="Deir Amess" date=2024-10-03 basis=WITNESSED incident=lb-deirames-20241003-road-motorbike-drone
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Jwaya" date=2024-11-12 basis=WITNESSED incident=lb-jouaiya-20241112-civil-defence-centre-strike
@@claim c8 harm=INJURED min=1 max=1 named="Ahmad Dirani" weapon=AIRSTRIKE site="Jwaya" date=2024-11-12 basis=WITNESSED incident=lb-jouaiya-20241112-civil-defence-centre-strike
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Deir Amess" date=2024-10-03 basis=WITNESSED incident=lb-deirames-20241003-road-motorbike-drone
