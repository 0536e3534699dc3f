id: LB-DAH-606
interview_date: 2025-01-20
place: Beirut, Lebanon
language: Arabic

INT: You lived next to the building that was hit in [[Harat Hreik|PLACE:Haret Hreik]]?
RESP: Next to it, yes. Our building and the building of Hajj [[Hassan Ezzeddine|PERSON]] are touching, wall to wall. I am [[Mortada Hamieh|PERSON]], twenty-four years, I study engineering at the Lebanese University, and [[that month|DATE]] I was the only one of my family still in [[Harat Hreik|PLACE:Haret Hreik]], to guard the flat.
INT: When was the [[strike|WEAPON:AIRSTRIKE]]?
RESP: [[Friday|DATE:2024-10-04]], [[the 4th of October|DATE:2024-10-04]], at [[one in the night|DATE:2024-10-04]], [[one o'clock|DATE:2024-10-04]] more or less. I remember because I had just prayed and I was making tea.
INT: Was there any warning?
RESP: There was a warning, yes, but small. My neighbour [[Abu Jaafar|PERSON]] got a call on his phone, a recorded voice, maybe fifteen minutes before. He knocked on every door and shouted. Some people ran down and ran away. This is why not everybody died. Some people did not believe it, because many times there was a call and then nothing.
INT: What did you see?
RESP: I was on the stairs going down. Three [[missiles|WEAPON:MISSILE]]. Not one, three, I counted them, boom, boom, boom. Our stairs were full of dust, I could not see my hand. {{c1|The building of Hajj [[Hassan|PERSON]] fell, all of it, eight floors, and half of our building went with it, the side of the kitchens.}}
INT: Did you help with the rescue?
RESP: With the Civil Defence, from the first minute until the afternoon. {{c2|We took out seventeen bodies, I counted them, I helped to carry eleven myself. Hajj [[Hassan|PERSON]] was one, [[Abu Ali|PERSON]] we call him, and his wife, and a little boy, [[Baqer|PERSON]], his grandson.}} There were more under the stones, nobody knows exactly how many, because many were displaced people from [[Aitaroun|PLACE]] and [[Khiam|PLACE]] staying with relatives. {{c3|Some people say thirty died in total.}} {{c4|We took out also six alive, one of them a girl, [[Narjis|PERSON]], with her legs broken.}}
INT: Another witness told us there was no warning for that street.
RESP: For the street, on the internet, no, there was no map. But [[Abu Jaafar|PERSON]] got the call. I heard it myself, he put it on the speaker.
INT: Who carried out the [[strike|WEAPON:AIRSTRIKE]]?
RESP: [[The Israeli army|ACTOR:Israeli forces]], of course. [[The enemy|ACTOR:Israeli forces]] is the only one with [[planes|WEAPON:AIRSTRIKE]] over [[Beirut|PLACE]]. They said there was a weapons store under the building. I was in the parking under it a hundred times. There were cars and a generator. I did not see weapons.
INT: Did anything else happen in your street after that?
RESP: {{c5|Yes, [[one week after|DATE]], no, six days, [[the Thursday|DATE:2024-10-10]], [[the 10th|DATE:2024-10-10]], they hit the building behind ours again, the one of the [[Fakih|PERSON]] family, with an [[air strike|WEAPON:AIRSTRIKE]] in [[the evening|DATE:2024-10-10]].}} That time there was a map on the internet two hours before, and everybody had gone. {{c5|Nobody died, but our building lost what stayed of its back side.}}
INT: Where did you go after that?
RESP: {{c7|To my uncle in [[Douris|PLACE]], near [[Baalbek|PLACE]]. I thought the [[Bekaa|PLACE]] is safer.}} Safer, ha. {{c8,c9|At [[the end of October|DATE:2024-10-25..2024-10-31]] a [[strike|WEAPON:EXPLOSIVE_UNSPECIFIED]] hit a house at the entrance of [[Douris|PLACE]], and my uncle told me five people of the [[Shreif|PERSON]] family died, a mother and her children.}} I did not go to see. I was tired of seeing. In our house in [[Douris|PLACE]] nobody was hurt.
@@claim c1 harm=PROPERTY_DAMAGE min=2 max=2 weapon=MISSILE actor="Israeli forces" site="Harat Hreik" date=2024-10-04 basis=WITNESSED incident=lb-dahiyeh-20241004-harethreik-ezzeddine-building
@@claim c2 harm=KILLED min=17 max=17 named="Hassan; Baqer" weapon=MISSILE actor="Israeli forces" site="Harat Hreik" date=2024-10-04 basis=WITNESSED incident=lb-dahiyeh-20241004-harethreik-ezzeddine-building
@@claim c3 harm=KILLED min=30 max=30 weapon=MISSILE actor="Israeli forces" site="Harat Hreik" date=2024-10-04 basis=HEARSAY incident=lb-dahiyeh-20241004-harethreik-ezzeddine-building
@@claim c4 harm=INJURED min=6 max=6 named="Narjis" weapon=MISSILE actor="Israeli forces" site="Harat Hreik" date=2024-10-04 basis=WITNESSED incident=lb-dahiyeh-20241004-harethreik-ezzeddine-building
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="Harat Hreik" date=2024-10-10 basis=WITNESSED incident=lb-dahiyeh-20241010-harethreik-fakih-building
@@claim c7 harm=DISPLACED min=1 max=1 site="Harat Hreik" date=2024-10-10..2024-10-31 basis=EXPERIENCED incident=lb-dahiyeh-20241010-hamieh-flight
@@claim c8 harm=KILLED min=5 max=5 weapon=EXPLOSIVE_UNSPECIFIED site="Douris" date=2024-10-25..2024-10-31 basis=HEARSAY incident=lb-baalbek-20241028-douris-shreif-house
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Douris" date=2024-10-25..2024-10-31 basis=HEARSAY incident=lb-baalbek-20241028-douris-shreif-house
@@witness lb-dahiyeh-mortada-hamieh
