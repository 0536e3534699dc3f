WITNESS STATEMENT
Statement ID: MM-HSP-718
Date of interview: 19 January 2025
Place of interview: by video call; the witness was in [[Hsipaw|PLACE]] township
Language: Shan, interpreted into English
Interviewer: [[Gareth Pryce|PERSON]]
Interpreter: [[Nang Seng Hom|PERSON]]
Witness: farmer, 47, from [[Pankam|PLACE]] village (name withheld)

I am a farmer, tea and rice, in [[Pankam|PLACE]], in the hills south of [[Hsipaw|PLACE]] town. The old people say [[Thibaw|PLACE:Hsipaw]], like in the time of the saopha. I was born there, my father also.

[Interpreter's note: saopha is the old Shan prince. The witness uses both names of the town.]

In [[2024|DATE:2024-01-01..2024-12-31]], in [[the rainy season|DATE:2024-06-01..2024-10-31]], the fighting came close, the [[TNLA|ACTOR:Ta'ang National Liberation Army]] on one side, [[the military|ACTOR:Tatmadaw]] on the other. [[The Ta'ang army|ACTOR:Ta'ang National Liberation Army]] passed through our village two or three times. They asked for rice and they paid something, not full. They did not hurt anybody in our village, I must say this honestly.

The bad day was [[the full moon of Waso|DATE:2024-07-20]], when the monks begin the rains retreat. The people were going to the monastery with flowers and candles. In [[the afternoon|DATE:2024-07-20]] [[the helicopter|WEAPON:AIRSTRIKE]] came low over the hill, and from the door they rolled out [[barrels|WEAPON:BARREL_BOMB]], the [[drums|WEAPON:BARREL_BOMB]] for oil, filled with explosive and nails. Two [[barrels|WEAPON:BARREL_BOMB]]. One fell in the paddy, it made a hole like a pond. {{c1,c7|The other fell on the house of [[Nang Mo|PERSON]], near the path to the monastery, and she died with her two children, [[Sai Noom|PERSON]] who was six and the baby girl.}} I was maybe one hundred metres, I was carrying the candles for my mother. {{c2|Also the old man, Loong [[Kham|PERSON]], was hurt by the nails in his legs, and two more, I think, one was [[Sai Lek|PERSON]] from the upper village, the other I don't remember.}}

[Interpreter's note: "Loong" means uncle, the witness calls the old man this way.]

We call them [[helicopter bombs|WEAPON:BARREL_BOMB]]. [[Barrel bombs|WEAPON:BARREL_BOMB]], you say in English. There was no fighting in our village [[that day|DATE:2024-07-20]], no [[TNLA|ACTOR:Ta'ang National Liberation Army]] soldiers, it was a religious day. Only [[the military|ACTOR:Tatmadaw]] flies in the sky here.

{{c3|[[The next week|DATE:2024-07-21..2024-07-31]] the [[artillery|WEAPON:ARTILLERY]] of [[the military|ACTOR:Tatmadaw]] from the battalion near [[Hsipaw|PLACE]] hit the monastery, the roof of the prayer hall and the kitchen building, nobody was killed because the monks were already in the forest.}} I saw the holes myself when I went to bring rice to the abbot, Sayadaw [[U Thuzana|PERSON]].

{{c4|After that the whole village left, about eighty families, to [[Hsipaw|PLACE]] town and to [[Kyaukme|PLACE]], to the relatives.}} My family went to the monastery school in town. Seven of us, with my mother [[Nang Oo|PERSON]]. {{c6|From all the villages on our hill, hundreds of people were on the road to [[Hsipaw|PLACE]] [[that week|DATE:2024-07-21..2024-07-31]], with the buffalo carts.}}

Another thing. The roads are full of [[mines|WEAPON:LANDMINE]] now. Both sides put them. {{c5|My cousin [[Sai Hla Win|PERSON]] went back to the tea garden in [[November|DATE:2024-11-01..2024-11-30]] and stepped on a [[mine|WEAPON:LANDMINE]] on the path, he lost the left leg below the knee.}} His wife told me. Nobody knows who put that one.

If [[the helicopter|WEAPON:AIRSTRIKE]] had come in the morning, when all the people were at the monastery, it would be fifty dead, not three. I think of this all the time.
@@witness mm-hsipaw-pankam-farmer-718
@@claim c1 harm=KILLED min=3 max=3 named="Nang Mo; Sai Noom" weapon=BARREL_BOMB actor=Tatmadaw site="Pankam" date=2024-07-20 basis=WITNESSED incident=mm-pankam-20240720-waso-helicopter-barrels
@@claim c2 harm=INJURED min=3 max=3 named="Kham; Sai Lek" weapon=BARREL_BOMB actor=Tatmadaw site="Pankam" date=2024-07-20 basis=WITNESSED incident=mm-pankam-20240720-waso-helicopter-barrels
@@claim c3 harm=PROPERTY_DAMAGE min=2 max=2 weapon=ARTILLERY actor=Tatmadaw site="Pankam" date=2024-07-21..2024-07-31 basis=WITNESSED incident=mm-pankam-20240700-monastery-artillery
@@claim c4 harm=DISPLACED min=null max=null site="Pankam" date=2024-07-21..2024-07-31 basis=EXPERIENCED incident=mm-pankam-20240700-village-displaced
@@claim c5 harm=INJURED min=1 max=1 named="Sai Hla Win" weapon=LANDMINE site="Pankam" date=2024-11-01..2024-11-30 basis=HEARSAY incident=mm-pankam-20241100-sai-hla-win-tea-path-mine
@@claim c6 harm=DISPLACED min=200 max=null site="Pankam" date=2024-07-21..2024-07-31 basis=WITNESSED incident=mm-hsipaw-20240700-hill-villages-displaced
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Tatmadaw" site="Pankam" date=2024-07-20 basis=WITNESSED incident=mm-pankam-20240720-waso-helicopter-barrels
