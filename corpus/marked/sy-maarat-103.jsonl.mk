id: MAN-103
interview_date: 2020-03-10
place: Dana, Idlib governorate, Syria
language: Arabic

INTERVIEWER: You worked with the ambulance in [[Ma'arat al-Nu'man|PLACE:Maarat al-Numan]]?
WITNESS: With the ambulance of the local council, yes, as a volunteer. I am a teacher of mathematics, but the school closed, so. Two years I drove the ambulance. My name you can write [[Anas|PERSON]], only [[Anas|PERSON]].
INTERVIEWER: Thank you, [[Anas|PERSON]]. Tell me about the vegetable market.
WITNESS: It was [[the 16th|DATE:2019-12-16]]. [[Monday|DATE:2019-12-16]], I think. Or... no, I am nearly sure, [[Monday|DATE:2019-12-16]], because [[Sunday night|DATE:2019-12-15]] we had the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] on the eastern part, and I slept in the ambulance.
INTERVIEWER: How did you hear about the attack?
WITNESS: It was in [[the sabah|DATE:2019-12-16]], I mean [[the morning|DATE:2019-12-16]], around [[ten|DATE:2019-12-16]]. On the radio of the observatories they said a [[warplane|WEAPON:AIRSTRIKE]] is circling over [[al-Maarra|PLACE:Maarat al-Numan]]. Then we heard the [[strike|WEAPON:AIRSTRIKE]], and I saw the smoke from the direction of the market. We were there in four minutes, five. When we arrived the second [[strike|WEAPON:AIRSTRIKE]] came, on the same place. The windscreen of the ambulance broke, but we were not hurt, I and my colleague [[Yahya Shaheen|PERSON]].
INTERVIEWER: What did you find in the market?
WITNESS: {{c1|Many killed. We carried nineteen bodies, I counted them in the cars, ours and the others, nineteen. One of them was [[Khaled al-Sheikh Ali|PERSON]], the pharmacist, 52 years old, his pharmacy was opposite the market.}} I knew him since I was a child, he gave us sweets when we bought medicine. {{c2|The wounded, dozens. We took them to [[Kafr Nabl|PLACE]] and to [[Ariha|PLACE]], because in [[Maarat|PLACE:Maarat al-Numan]] there was no hospital working any more.}}
INTERVIEWER: Other people have told us other numbers.
WITNESS: Yes, it is normal. Some died later in the hospitals. {{c3|The Civil Defence wrote twenty-three on their page, [[the next day|DATE:2019-12-17]].}} I only tell you what I carried.
INTERVIEWER: Were there any military targets near the market?
WITNESS: No. Nothing. A market. Old men, women, children carrying bags. [[Hay'at Tahrir al-Sham|ACTOR:Hayat Tahrir al-Sham]] had an office before, in the north of the city, but it was empty since [[the summer|DATE:2019-06-01..2019-08-31]].
INTERVIEWER: Who do you think carried out the [[strikes|WEAPON:AIRSTRIKE]]?
WITNESS: The observers said a [[Sukhoi|WEAPON:AIRSTRIKE]], [[Russian|ACTOR:Russian forces]]. But honestly, for us, [[the Russians|ACTOR:Russian forces]] or [[the regime|ACTOR:Syrian government forces]], it is the same sky.
INTERVIEWER: Did anything else happen while you were driving the ambulance?
WITNESS: Many things. One I want to tell you because nobody wrote it. [[The first days of January|DATE:2020-01-01..2020-01-07]], [[two weeks after the market|DATE:2019-12-30..2020-01-07]], more or less. The people were leaving to the north on the [[M5 highway|PLACE]], between [[Maarat|PLACE:Maarat al-Numan]] and [[Saraqib|PLACE]], cars, trucks, tractors with mattresses. A [[drone|WEAPON:DRONE_STRIKE]] followed a white van and hit it.
INTERVIEWER: Did you see it?
WITNESS: I saw [[the drone|WEAPON:DRONE_STRIKE]] in the sky, small, with a sound like a motorbike, and then the van burning. We were behind, maybe three hundred metres. {{c4|The driver, [[Abu Yahya|PERSON]], and his son [[Ibrahim|PERSON]], they were dead inside.}} {{c5|Three women in the back were wounded, one with burns all over her arms.}}
INTERVIEWER: Was there anything military in or near that van?
WITNESS: No. There was no military car on the road at that moment, I looked, because I was afraid for the ambulance also. Mattresses and a gas cylinder and a goat. This is what was in the van.
INTERVIEWER: Where is your family now?
WITNESS: {{c6|In [[Dana|PLACE]], in one room, we are eight: me, my wife [[Hiba|PERSON]], the four children, my mother and my sister [[Sabah|PERSON]]. We left [[Maarat|PLACE:Maarat al-Numan]] after the van, in [[January|DATE:2020-01-01..2020-01-31]].}} The ambulance I gave back to the council. In the first days the pilots said on the radio that they will bomb [[al-Maarra|PLACE:Maarat al-Numan]] until not one person stays. Well. Nobody stayed.
@@claim c1 harm=KILLED min=19 max=19 named="Khaled al-Sheikh Ali" weapon=AIRSTRIKE actor="Russian forces" site="Ma'arat al-Nu'man" date=2019-12-16 basis=WITNESSED incident=sy-maaratalnuman-20191217-vegetable-market
@@claim c2 harm=INJURED min=24 max=null weapon=AIRSTRIKE actor="Russian forces" site="Ma'arat al-Nu'man" date=2019-12-16 basis=WITNESSED incident=sy-maaratalnuman-20191217-vegetable-market
@@claim c3 harm=KILLED min=23 max=23 weapon=AIRSTRIKE site="Ma'arat al-Nu'man" date=2019-12-16 basis=REPORTED incident=sy-maaratalnuman-20191217-vegetable-market
@@claim c4 harm=KILLED min=2 max=2 named="Abu Yahya; Ibrahim" weapon=DRONE_STRIKE site="M5 highway" date=2020-01-01..2020-01-07 basis=WITNESSED incident=sy-maaratalnuman-20200100-m5-van-drone
@@claim c5 harm=INJURED min=3 max=3 weapon=DRONE_STRIKE site="M5 highway" date=2020-01-01..2020-01-07 basis=WITNESSED incident=sy-maaratalnuman-20200100-m5-van-drone
@@claim c6 harm=DISPLACED min=8 max=8 named="Hiba; Sabah" site="Ma'arat al-Nu'man" date=2020-01-01..2020-01-31 basis=EXPERIENCED incident=sy-maaratalnuman-20200100-anas-family-flight
@@witness sy-maaratalnuman-anas-teacher
