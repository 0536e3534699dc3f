@@encoding utf-16le
TELEPHONE INTERVIEW - NOTES
Interview ID: LB-BAA-4558
Date: 12/11/2026
Interviewer: [[Daniel Moreau|PERSON]] (by phone from [[Beirut|PLACE]])
Witness: [[Samer Tleiss|PERSON]], 41, teacher of mathematics, [[Baalbeck|PLACE:Baalbek]]
Language: Arabic, notes written in English

Mr [[Tleiss|PERSON]] lives in the old part of [[Baalbek|PLACE]], on the street that goes down from the ruins of the [[Qalaa|PLACE]] towards the market. He has lived there since [[2003|DATE:2003-01-01..2003-12-31]], when he married. He said he would speak only about what he saw himself and asked us to note when he was repeating others.

He described [[the night of the 30th of October|DATE:2024-10-30]], "[[the Wednesday|DATE:2024-10-30]], the day they told the whole city to leave". [[That afternoon|DATE:2024-10-30]] a map had been published ordering all of [[Baalbek|PLACE]] to evacuate. {{c7|He sent his wife and children away with his brother but stayed to look after his father, who is bedridden.}}

At [[about ten at night|DATE:2024-10-30]] he heard [[the jets|WEAPON:AIRSTRIKE]] and then, "two blows, very close". {{c1|He went out at once and found that the four-storey building of the [[Yaghi|PERSON]] family, opposite his own, had "folded onto itself".}} He says [[the enemy|ACTOR:Israeli forces]] [[planes|WEAPON:AIRSTRIKE]] fired [[missiles|WEAPON:MISSILE]]; he did not see them, only heard them.

{{c2|He helped the neighbours dig until the morning. He counted seven bodies brought out, among them Hajj [[Mahmoud Yaghi|PERSON]], about seventy, his granddaughter [[Jamila|PERSON]], eleven, and [[Abu Khalil Sweidan|PERSON]], a neighbour who had come over for coffee.}} {{c3|Two more were taken out alive, a woman and a boy, and driven to the government hospital.}}

{{c6|He was told later that the final figure was nine; he did not see the other two bodies and would not confirm it.}}

Asked whether the building had any connection to [[Hezbollah|ACTOR:Hezbollah]], he said the family sold dried fruit and that he knew of none. He added that the [[Hizbullah|ACTOR:Hezbollah]] fighters fired their [[rockets|WEAPON:ROCKET]] from the hills, "far from us, not from the houses". He had no way to know more.

He said that people abroad believed the Roman temples had been hit [[that night|DATE:2024-10-30]]. "The temples are fine. Dust, some stones from the wall of the car park. Not the temples."

{{c4|[[Two days later|DATE:2024-11-01]], when his father's cousin could bring a car, he took his father to [[Deir el-Ahmar|PLACE:Deir al-Ahmar]], where they stayed in a church hall until the ceasefire.}}

He heard of other [[strikes|WEAPON:EXPLOSIVE_UNSPECIFIED]] in the area. {{c5,c8|A cousin told him that in [[the first week of November|DATE:2024-11-01..2024-11-07]] a [[drone|WEAPON:DRONE_STRIKE]] hit a car on the road near [[Iaat|PLACE]] and that the two men inside were killed.}} He did not know their names and said he did not know if they were fighters or not.

Nobody in his own building was hurt, he said, "only the glass, like everyone".

[Note: Mr [[Tleiss|PERSON]] agreed to be contacted again. Call lasted about 35 minutes.]
@@witness lb-baalbek-samer-tleiss
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Israeli forces" site="Baalbek" date=2024-10-30 basis=WITNESSED incident=lb-baalbek-20241030-qalaa-yaghi-building
@@claim c2 harm=KILLED min=7 max=7 named="Mahmoud Yaghi; Jamila; Abu Khalil Sweidan" weapon=MISSILE actor="Israeli forces" site="Baalbek" date=2024-10-30 basis=WITNESSED incident=lb-baalbek-20241030-qalaa-yaghi-building
@@claim c3 harm=INJURED min=2 max=2 weapon=MISSILE actor="Israeli forces" site="Baalbek" date=2024-10-30 basis=WITNESSED incident=lb-baalbek-20241030-qalaa-yaghi-building
@@claim c4 harm=DISPLACED min=2 max=2 site="Baalbek" date=2024-11-01 basis=EXPERIENCED incident=lb-baalbek-20241101-tleiss-father-flight
@@claim c5 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE site="Iaat" date=2024-11-01..2024-11-07 basis=HEARSAY incident=lb-iaat-20241100-road-car-drone
@@claim c6 harm=KILLED min=9 max=9 weapon=MISSILE actor="Israeli forces" site="Baalbek" date=2024-10-30 basis=HEARSAY incident=lb-baalbek-20241030-qalaa-yaghi-building
@@claim c7 harm=DISPLACED min=null max=null site="Baalbek" date=2024-10-30 basis=WITNESSED incident=lb-baalbek-20241030-tleiss-family-flight
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Iaat" date=2024-11-01..2024-11-07 basis=HEARSAY incident=lb-iaat-20241100-road-car-drone
