@@encoding utf-16le
WITNESS STATEMENT
Statement ID: LB-AIT-604
Date of interview: 21 November 2024
Place of interview: school used as a shelter, [[Achrafieh|PLACE]], [[Beirut|PLACE]]
Language: Arabic, interpreted into English
Statement taken by: [[Johanna Kivi|PERSON]]
Interpreter: [[Lara Haddad|PERSON]]

My name is [[Toufic Farhat|PERSON]]. I am 58 years old. I am a farmer of tobacco and olives from [[Aitaroun|PLACE]], in the district of [[Bint Jbeil|PLACE]], about one kilometre from the border. I lived there with my wife [[Ibtihal|PERSON]], our daughter [[Amal|PERSON]] and our three sons.

From [[8 October 2023|DATE:2023-10-08]], the day after the war in [[Gaza|PLACE]] began, there was fire on the border every day. [[Hezbollah|ACTOR:Hezbollah]] fired at the army positions on the other side, and [[the Israelis|ACTOR:Israeli forces]] answered on our villages with [[shelling|WEAPON:ARTILLERY]] and [[drones|WEAPON:DRONE_STRIKE]]. At first we said it will be a few days, like before. We had amal, we had hope, like my daughter's name.

[Interpreter's note: "Amal" is a girl's name and means "hope". The witness was smiling when he said it.]

{{c1|In [[the middle of October|DATE:2023-10-10..2023-10-20]], I think [[a Sunday|DATE:2023-10-15]], [[the Israelis|ACTOR:Israeli forces]] fired the [[white phosphorus|WEAPON:INCENDIARY]] on the olive groves on the east side of [[Aitaroun|PLACE]], where the land of my father is. It came down like white rain with smoke, and where it touched, it burned. Forty olive trees of my father, some of them older than my grandfather, were burned.}} The smell stayed for days, like garlic and matches. Nobody from our family was hurt by the [[phosphorus|WEAPON:INCENDIARY]], thanks to God, we were not in the grove [[that day|DATE]]. If it had been the picking season we would have been under the trees.

{{c2|In [[November 2023|DATE:2023-11-01..2023-11-30]], after the [[shells|WEAPON:ARTILLERY]] fell near the school, we left [[Aitaroun|PLACE]], all six of us, and went to my brother in [[Tyre|PLACE]].}} Most of the village left in the same weeks. About forty families stayed, old people mostly, and some young men.

My neighbour [[Abu Mounir|PERSON]] stayed to water his animals, and he called me every night. {{c3,c6|In [[February|DATE:2024-02-01..2024-02-29]], he told me, [[the drone|WEAPON:DRONE_STRIKE]] hit a motorbike at the entrance of the village, near the water tank.}} {{c3|Two young men died on it, [[Jawad Farhat|PERSON]], who is a far cousin of mine, and his friend [[Mounir|PERSON]].}} People said they were from [[the party|ACTOR:Hezbollah]]. I do not know this. [[Jawad|PERSON]] sold vegetables from the same motorbike.

[Interpreter's note: [[Mounir|PERSON]] the friend is not the son of [[Abu Mounir|PERSON]]; the witness said it is a common name.]

{{c4|On [[the 23rd of September|DATE:2024-09-23]], [[the Monday|DATE:2024-09-23]] when [[the planes|WEAPON:AIRSTRIKE]] hit everything in the south, [[air strikes|WEAPON:AIRSTRIKE]] in every village at the same time, we left [[Tyre|PLACE]] also, with my brother's family, fourteen people in two cars.}} The road to [[Saida|PLACE]] was one line of cars. It took us fourteen hours to [[Beirut|PLACE]]. On the way, near [[Sarafand|PLACE]], something was hit on the hill above the road. We saw the smoke. I do not know what it was, and I did not see anybody hurt, so I cannot say.

In [[October|DATE:2024-10-01..2024-10-31]] [[the Israeli army|ACTOR:Israeli forces]] came into the border villages on the ground. {{c5|A boy from [[Aitaroun|PLACE]] sent us a video on the telephone, [[around the 20th|DATE:2024-10-18..2024-10-22]], where they blow up the houses of our neighbourhood with [[explosives|WEAPON:EXPLOSIVE_UNSPECIFIED]], a whole street in one moment. I recognised my house by the blue water tank. It is not there.}}

There were no weapons in my house and no fighters came to my land, I swear this. I grow tobacco. I want to go back and plant, even under a tent, when this stops.

Signed by the witness after the statement was read back in Arabic.
@@claim c1 harm=PROPERTY_DAMAGE min=40 max=40 weapon=INCENDIARY actor="Israeli forces" site="Aitaroun" date=2023-10-10..2023-10-20 basis=WITNESSED incident=lb-aitaroun-20231015-olive-groves-phosphorus
@@claim c2 harm=DISPLACED min=6 max=6 site="Aitaroun" date=2023-11-01..2023-11-30 basis=EXPERIENCED incident=lb-aitaroun-20231100-farhat-family-flight
@@claim c3 harm=KILLED min=2 max=2 named="Jawad Farhat; Mounir" weapon=DRONE_STRIKE actor="Israeli forces" site="Aitaroun" date=2024-02-01..2024-02-29 basis=HEARSAY incident=lb-aitaroun-20240200-motorbike-drone
@@claim c4 harm=DISPLACED min=14 max=14 site="Tyre" date=2024-09-23 basis=EXPERIENCED incident=lb-tyre-20240923-farhat-family-flight
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED actor="Israeli forces" site="Aitaroun" date=2024-10-18..2024-10-22 basis=REPORTED incident=lb-aitaroun-20241020-neighbourhood-demolition
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Israeli forces" site="Aitaroun" date=2024-02-01..2024-02-29 basis=HEARSAY incident=lb-aitaroun-20240200-motorbike-drone
@@witness lb-aitaroun-toufic-farhat
