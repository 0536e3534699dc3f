WITNESS STATEMENT
Interview ID: PS-RAF-3401
Date of interview: 4 March 2024
Place of interview: [[Tal al-Sultan|PLACE]], [[Rafah|PLACE]]
Language: Arabic, interpreted into English
Interviewer: [[Maren Solberg|PERSON]]
Interpreter: [[Yasmin Okal|PERSON]]

My name is [[Ibtisam al-Shaer|PERSON]], people call me [[Umm Adham|PERSON]]. I am forty-one. We are from [[Rafah|PLACE]] itself, from the [[al-Junaina|PLACE]] neighbourhood, east of the [[Abu Yousef al-Najjar hospital|PLACE]]. My husband is [[Ziyad al-Shaer|PERSON]]. We have four children. [[Adham|PERSON]] is the eldest, he is nineteen, then the three girls.

I start with my husband. When the war started [[Ziyad|PERSON]] was in [[Gaza City|PLACE]], in [[al-Rimal|PLACE]], with his mother, she is sick with the kidneys. He stayed with her some weeks. When she died he came down to us, with his brother [[Ayman|PERSON]].

They walked on [[Salah al-Din street|PLACE]], with the white flags, with hundreds of people. It was [[the 16th of November|DATE:2023-11-16]], I remember because it was the day my youngest girl had fever. {{c1|At the checkpoint, near [[Wadi Gaza|PLACE]], the soldiers of [[the occupation|ACTOR:Israeli forces]] called them out of the line, [[Ziyad|PERSON]] and [[Ayman|PERSON]] both, they tied their hands and put them in a truck.}} I did not see it, eh, a man who walked with them told me, [[Abu Khalil Hamdouna|PERSON]], from our street. They made him also take off his clothes, they looked at his ID card, they asked him questions maybe one hour, about his sons, about the tunnels, then they let him go south. Him they did not take.

{{c2|In [[January|DATE:2024-01-01..2024-01-31]] the Red Cross phoned me and said [[Ziyad|PERSON]] is held in a prison in the [[Naqab|PLACE]], they gave the name, [[Ketziot|PLACE]], I think.}} No charge, no lawyer, nothing. {{c3|But [[Ayman|PERSON]], no. [[Ayman|PERSON]] is not on any list, not with the Red Cross, not with the prisoners' society. From [[that day|DATE:2023-11-16]] we have no news of him at all, nobody saw him after the truck.}}

Now the bakery. In our street there is the [[al-Nakhil bakery|PLACE]], the bakery of the [[Barhoum|PERSON]] family and in the war it was the only one working in our area. [[Adham|PERSON]] used to go at four in the morning and stand.

It was [[the 19th of December|DATE:2023-12-19]], in [[the evening|DATE:2023-12-19]], [[after the maghrib prayer|DATE:2023-12-19]]. [[Adham|PERSON]] had gone in [[the afternoon|DATE:2023-12-19]] because they said there will be a second baking. I was in the kitchen, from the kitchen window I can see the corner of the bakery. I heard [[the planes|WEAPON:AIRSTRIKE]], you always hear them, but this time a white light and then everything shook.

{{c4|The glass of my kitchen came in on me, all the windows of the house were blown in, the door of the balcony flew into the room.}} Nobody in our house was hurt, thanks to God, only the glass.

I ran down. {{c5|I saw the bakery burning, the flour sacks were burning, the roof of it was on the ovens.}} {{c6|And the two shops beside it, the sweets shop and the shop of phones, nothing left of them, only the iron of the doors twisted.}}

I was shouting [[Adham|PERSON]], [[Adham|PERSON]]. {{c7|I found him sitting against the wall of the mosque, his hands were burned, the skin was hanging, and there was blood from his ear.}} He could not hear me for three days. Now he hears with one ear.

{{c8|Near the door of the bakery I saw [[Sanad|PERSON]], the son of our neighbour [[Abu Sanad Barhoum|PERSON]], eleven years old, he was lying with the bread bag still in his hand. He was dead.}} I covered his face with my scarf.

{{c9,c10|The civil defence wrote on their page [[that night|DATE:2023-12-19]], eleven martyrs at the bakery of [[al-Junaina|PLACE]], and more than thirty injured.}} {{c11|People in the street said more, they said fifteen died.}} But I tell you what was written.

[[The army|ACTOR:Israeli forces]] said there was a fighter in the line. I don't know. I know that there were no fighters standing with [[Adham|PERSON]], only people with bags for bread. There was no warning for the street, no phone call, no paper from the sky, nothing.

Since then we don't go to that side. [[Adham|PERSON]] goes to the [[Kuwaiti bakery|PLACE]] now, far. I tell him don't stand in the middle of the line, stand at the end.
@@witness ps-rafah-ibtisam-al-shaer
@@claim c1 harm=DETAINED min=2 max=2 named="Ziyad; Ayman" actor="Israeli forces" site="Wadi Gaza" date=2023-11-16 basis=HEARSAY incident=ps-wadigaza-20231116-shaer-brothers-checkpoint
@@claim c2 harm=DETAINED min=1 max=1 named="Ziyad" site="Ketziot" date=2024-01-01..2024-01-31 basis=REPORTED incident=ps-wadigaza-20231116-shaer-brothers-checkpoint
@@claim c3 harm=MISSING min=1 max=1 named="Ayman" date=2023-11-16 basis=EXPERIENCED incident=ps-wadigaza-20231116-shaer-brothers-checkpoint
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Junaina" date=2023-12-19 basis=EXPERIENCED incident=ps-rafah-20231219-junaina-nakhil-bakery
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Nakhil bakery" date=2023-12-19 basis=WITNESSED incident=ps-rafah-20231219-junaina-nakhil-bakery
@@claim c6 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE site="al-Junaina" date=2023-12-19 basis=WITNESSED incident=ps-rafah-20231219-junaina-nakhil-bakery
@@claim c7 harm=INJURED min=1 max=1 named="Adham" weapon=AIRSTRIKE site="al-Nakhil bakery" date=2023-12-19 basis=WITNESSED incident=ps-rafah-20231219-junaina-nakhil-bakery
@@claim c8 harm=KILLED min=1 max=1 named="Sanad" weapon=AIRSTRIKE site="al-Nakhil bakery" date=2023-12-19 basis=WITNESSED incident=ps-rafah-20231219-junaina-nakhil-bakery
@@claim c9 harm=KILLED min=11 max=11 weapon=AIRSTRIKE site="al-Junaina" date=2023-12-19 basis=REPORTED incident=ps-rafah-20231219-junaina-nakhil-bakery
@@claim c10 harm=INJURED min=31 max=null weapon=AIRSTRIKE site="al-Junaina" date=2023-12-19 basis=REPORTED incident=ps-rafah-20231219-junaina-nakhil-bakery
@@claim c11 harm=KILLED min=15 max=15 weapon=AIRSTRIKE site="al-Junaina" date=2023-12-19 basis=HEARSAY incident=ps-rafah-20231219-junaina-nakhil-bakery
