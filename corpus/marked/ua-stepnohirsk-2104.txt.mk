WITNESS STATEMENT
Interview ID: ZP-STP-2104
Date of interview: 20 September 2023
Place of interview: [[Zaporizhzhia|PLACE]], a hostel for displaced people
Language: Ukrainian and Russian mixed; interpreter [[Dmytro Kravets|PERSON]]
Interviewer: [[Hanna Lewandowska|PERSON]]

The witness, [[Olha Tkachenko|PERSON]], 58, was a cook in the kindergarten of [[Stepnohirsk|PLACE]], a village on the road between [[Zaporizhzhia|PLACE]] and [[Vasylivka|PLACE]]. She asked that her words be written as she said them.

"I lived in [[Stepnohirsk|PLACE]] all my life, on [[Tsentralna street|PLACE]]. Since [[the spring of 2022|DATE:2022-03-01..2022-05-31]] the front is right there, a few kilometres, behind the fields. [[The Russians|ACTOR:Russian armed forces in Ukraine]] are in [[Vasylivka|PLACE]] and in the villages around. So we lived with the [[shelling|WEAPON:ARTILLERY]] like with the weather. You hear the exit, you count, you know if it is for you.

{{c1|On [[the 2nd of August|DATE:2023-08-02]], [[a Wednesday|DATE:2023-08-02]], it was about [[eleven in the morning|DATE:2023-08-02]], a [[plane|WEAPON:AIRSTRIKE]] dropped one of those [[guided bombs|WEAPON:AIRSTRIKE]], a [[KAB|WEAPON:AIRSTRIKE]], on the centre, next to the club and the shop of [[Valentyna|PERSON]].}} I was at the well behind my house, I felt it in my feet before I heard it. {{c1|The shop, there is nothing left of the shop. Just a hole and bricks. The club lost its whole front, you can see the stage from the road now.}}

{{c3|Two people were killed. [[Petro Savchuk|PERSON]], 71, he was sitting on the bench outside the shop like every day, and [[Valentyna|PERSON]]'s nephew [[Artem|PERSON]], who was unloading bread.}} I saw [[Petro|PERSON]] when they covered him. {{c4|[[Valentyna|PERSON]] was inside, she was cut everywhere by the glass, and one more woman from [[Lesnaya street|PLACE]], I don't remember her name, her legs.}} The ambulance could not come for forty minutes because they were still firing on the road.

About my own house. {{c5|In [[June|DATE:2023-06-01..2023-06-30]], I cannot tell you the day, a [[shell|WEAPON:ARTILLERY]] came into the garden and all the windows flew in, the roof on the summer kitchen is gone, the walls have cracks you can put your hand inside.}} I still lived there. Where would I go? {{c6|But after the [[bomb|WEAPON:AIRSTRIKE]] in [[August|DATE:2023-08-01..2023-08-31]] I could not sleep any more. On [[the 10th of August|DATE:2023-08-10]] my son came from [[Zaporizhzhia|PLACE]] and took me, with the cat, and two neighbours, the [[Horbenko|PERSON]] couple.}}

My brother [[Vasyl|PERSON]] lives in [[Vasylivka|PLACE]], on the other side now. {{c7|In [[October 2022|DATE:2022-10-01..2022-10-31]] [[the occupiers|ACTOR:Russian armed forces in Ukraine]] came to his flat at [[night|DATE:2022-10-01..2022-10-31]] and took him, because his son is in the [[ZSU|ACTOR:Ukrainian armed forces]]. They held him in the basement of the police station, I think five weeks.}} He told me this only by phone, very careful, because they listen. {{c8|They beat him and they put electric wires on his ears.}} He came out thin and without two teeth. {{c9,c10|His neighbour [[Serhiy Melnyk|PERSON]] was taken [[the same night|DATE:2022-10-01..2022-10-31]], and [[Serhiy|PERSON]] never came back, his wife still does not know where he is, is he alive, is he in [[Russia|PLACE]].}}

I was also checked once, in [[2022|DATE:2022-01-01..2022-12-31]], when I went to [[Vasylivka|PLACE]] for my brother's birthday before the road closed. A soldier looked in my phone and my passport, he asked why I have photos of Ukrainian flags, and then he said go, babushka. I was shaking all the way.

There is one more thing. {{c11|The son of our neighbour, [[Maksym Oliinyk|PERSON]], nineteen, went to the field near the forest belt in [[May|DATE:2023-05-01..2023-05-31]] to bring back a cow. He stepped on a [[mine|WEAPON:LANDMINE]], a small green one, like a butterfly. He lost his foot.}} I saw them carry him on a door to the road. The field was not marked, nobody told us there were [[mines|WEAPON:LANDMINE]] there. [[The Russians|ACTOR:Russian armed forces in Ukraine]] drop them from the [[rockets|WEAPON:ROCKET]], people say, but I don't know these things.

Nobody from my street was killed by the [[shells|WEAPON:ARTILLERY]] in [[June|DATE:2023-06-01..2023-06-30]]. God kept us. But now it is a dead village. Stepnohirske, this is how it is on the old maps, you know. Maybe two hundred people are still there from two thousand."

[The statement was read back to the witness, who confirmed it.]
@@claim c1 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Stepnohirsk" date=2023-08-02 basis=WITNESSED incident=ua-stepnohirsk-20230802-club-shop-kab
@@claim c3 harm=KILLED min=2 max=2 named="Petro Savchuk; Artem" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Stepnohirsk" date=2023-08-02 basis=WITNESSED incident=ua-stepnohirsk-20230802-club-shop-kab
@@claim c4 harm=INJURED min=2 max=2 named="Valentyna" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Stepnohirsk" date=2023-08-02 basis=WITNESSED incident=ua-stepnohirsk-20230802-club-shop-kab
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Tsentralna street" date=2023-06-01..2023-06-30 basis=EXPERIENCED incident=ua-stepnohirsk-20230600-tkachenko-house-shell
@@claim c6 harm=DISPLACED min=3 max=3 named="Horbenko" site="Stepnohirsk" date=2023-08-10 basis=EXPERIENCED incident=ua-stepnohirsk-20230810-tkachenko-evacuation
@@claim c7 harm=DETAINED min=1 max=1 named="Vasyl" actor="Russian armed forces in Ukraine" site="Vasylivka" date=2022-10-01..2022-10-31 basis=HEARSAY incident=ua-vasylivka-20221000-night-arrests
@@claim c8 harm=INJURED min=1 max=1 named="Vasyl" actor="Russian armed forces in Ukraine" site="Vasylivka" date=2022-10-01..2022-12-31 basis=HEARSAY incident=ua-vasylivka-20221000-night-arrests
@@claim c9 harm=DETAINED min=1 max=1 named="Serhiy Melnyk" actor="Russian armed forces in Ukraine" site="Vasylivka" date=2022-10-01..2022-10-31 basis=HEARSAY incident=ua-vasylivka-20221000-night-arrests
@@claim c10 harm=MISSING min=1 max=1 named="Serhiy Melnyk" actor="Russian armed forces in Ukraine" site="Vasylivka" date=2022-10-01..2022-10-31 basis=HEARSAY incident=ua-vasylivka-20221000-night-arrests
@@claim c11 harm=INJURED min=1 max=1 named="Maksym Oliinyk" weapon=LANDMINE site="Stepnohirsk" date=2023-05-01..2023-05-31 basis=WITNESSED incident=ua-stepnohirsk-20230500-oliinyk-field-mine
@@witness ua-stepnohirsk-olha-tkachenko
