id: ps-beithanoun-4056
interview_date: 2023-08-15
place: Beit Hanoun
language: Arabic (interpreted)

INT: Please tell me your name and where you live.
RESP: [[Nidal Shabana|PERSON]], [[Abu Karim|PERSON]]. I drive a taxi. I live in [[Beit Hanun|PLACE:Beit Hanoun]], on [[al-Sikka street|PLACE]], the third house after the pharmacy.
INT: I want to ask about [[May 2021|DATE:2021-05-01..2021-05-31]]. What happened on your street?
RESP: Two things, on two days. Don't mix them, people always mix them.
RESP: The first was [[the night before Eid|DATE:2021-05-12]]. The [[shells|WEAPON:ARTILLERY]] from [[the tanks|WEAPON:ARTILLERY]] behind the border came down on [[Beit Hanoun|PLACE]] all night, on the edges, and some came into our street.
RESP: {{c1|One [[shell|WEAPON:ARTILLERY]] fell in the yard of the [[Hamad|PERSON]] family, four houses from me. The old man, [[Abu Sami|PERSON]], was sitting outside because of the heat, and he died there.}} I saw him in [[the morning|DATE:2021-05-13]], they had covered him with a prayer rug until the ambulance came.
INT: And the second time?
RESP: [[The second day of Eid|DATE:2021-05-14]]. [[Friday|DATE:2021-05-14]]. [[Around four in the afternoon|DATE:2021-05-14]] the phone of my neighbour, [[Abu Odeh|PERSON]], rang: an officer of [[the Israeli army|ACTOR:Israeli forces]], in Arabic, he said, you have ten minutes, take everybody out.
RESP: Then the small [[missile|WEAPON:MISSILE]] came on his roof, the warning one, we call it the knock. Everybody ran into the street, the children in their Eid clothes.
RESP: {{c2|After maybe ten minutes [[the F-16|WEAPON:AIRSTRIKE]] hit it. Two [[missiles|WEAPON:MISSILE]]. The house of [[Abu Odeh|PERSON]], four floors, came down on itself, nothing left.}}
RESP: Nobody died in that house. They all left after the warning, thank God, the grandmother also, we carried her.
RESP: {{c3|But my house is next to it. The wall of the side fell in, the roof of the kitchen cracked, all the windows were gone.}} {{c4|My son [[Karim|PERSON]], he was nine, the glass cut his face here, under the eye, six stitches.}}
INT: Were there fighters in the [[Abu Odeh|PERSON]] house?
RESP: [[Abu Odeh|PERSON]] is a teacher of mathematics. I don't know what they thought. [[The factions|ACTOR:Palestinian armed groups]] fired [[rockets|WEAPON:ROCKET]] from the orchards at the edge of the town, near [[Beit Lahia|PLACE]], everybody heard them, but not from our street.
INT: Where did you go after that?
RESP: {{c5|[[The same evening|DATE:2021-05-14]] we went, seven of us, to the school of the Agency in [[Jabalia|PLACE]], and we stayed until [[the ceasefire|DATE:2021-05-21]].}} We were afraid they would hit the school also, but where else? If we had stayed home one more night, maybe we would all be under the stones.
RESP: We knew what to do from [[2014|DATE:2014-01-01..2014-12-31]]. The children know the sound of everything now, [[the drone|WEAPON:DRONE_STRIKE]], the [[shell|WEAPON:ARTILLERY]], [[the F-16|WEAPON:AIRSTRIKE]], they tell me before I know.
INT: Has the house been repaired?
RESP: My side, yes, with a loan. [[Abu Odeh|PERSON]] is still renting in [[Gaza|PLACE]] city. They promise the rebuilding every year. Allah karim, as we say.
@@witness ps-beithanoun-nidal-shabana
@@claim c1 harm=KILLED min=1 max=1 named="Abu Sami" weapon=ARTILLERY site="al-Sikka street" date=2021-05-12 basis=WITNESSED incident=ps-beithanoun-20210512-sikka-street-hamad-yard
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="al-Sikka street" date=2021-05-14 basis=WITNESSED incident=ps-beithanoun-20210514-sikka-street-abu-odeh-house
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="al-Sikka street" date=2021-05-14 basis=EXPERIENCED incident=ps-beithanoun-20210514-sikka-street-abu-odeh-house
@@claim c4 harm=INJURED min=1 max=1 named="Karim" weapon=AIRSTRIKE actor="Israeli forces" site="al-Sikka street" date=2021-05-14 basis=WITNESSED incident=ps-beithanoun-20210514-sikka-street-abu-odeh-house
@@claim c5 harm=DISPLACED min=7 max=7 site="Beit Hanun" date=2021-05-14 basis=EXPERIENCED incident=ps-beithanoun-20210514-shabana-family-flight
