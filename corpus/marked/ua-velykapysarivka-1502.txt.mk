WITNESS STATEMENT
Statement ID: UA-SUM-1502
Date of interview: 12 October 2024
Place of interview: [[Sumy|PLACE]], a hostel for displaced people on [[Kharkivska street|PLACE]]
Language: Ukrainian (some Russian words), translated by the interpreter
Interviewer: [[Marit Solberg|PERSON]]
Interpreter: [[Yaryna Tkachuk|PERSON]]

My name is [[Zinaida Harkusha|PERSON]], I am sixty-one. I lived all my life in [[Velyka Pysarivka|PLACE]], on the street that goes down to the pond, eight kilometres from the Russian border, maybe less. I was a cook in the school canteen until it closed. My husband [[Fotii|PERSON]] died before the war, from the heart, so I lived with my cat and my chickens.

From [[2023|DATE:2023-01-01..2023-12-31]] it was every day something. They fire from the other side with [[mortars|WEAPON:MORTAR]], with [[artillery|WEAPON:ARTILLERY]], and we learned to tell which is which by the whistle. The regional administration writes in the Telegram every evening how many "arrivals" there were in our community. {{c1|I remember one day in [[November 2023|DATE:2023-11-01..2023-11-30]] they wrote that in [[Velyka Pysarivka|PLACE]] alone more than a hundred [[shells|WEAPON:ARTILLERY]] fell and that eleven houses and the post office were damaged.}} I did not count, I was in the cellar.

[Interpreter's note: "prylioty", arrivals, is the word people use for hits.]

In [[the spring|DATE:2024-03-01..2024-05-31]] it became worse, because the sabotage groups started to come across on foot, through the forest. {{c2|In [[March|DATE:2024-03-01..2024-03-31]], [[the week after Women's Day|DATE:2024-03-11..2024-03-17]], [[the Russians|ACTOR:Russian armed forces in Ukraine]] came at [[night|DATE:2024-03-11..2024-03-17]] to the khutir near the border, where old [[Mykhailo Sydorenko|PERSON]] kept his bees, and they pulled him and his son [[Yukhym|PERSON]] out of the house in their underwear and led them over to their side.}} This I know from [[Sydorenko|PERSON]]'s daughter-in-law, [[Stefaniia|PERSON]], who hid in the barn and saw everything through a gap in the boards. She came to my house in [[the morning|DATE:2024-03-11..2024-03-17]], barefoot, white like paper.

{{c3|Since then there is no word of them. [[Stefaniia|PERSON]] wrote to the ombudsman, to the Red Cross, everywhere, and nobody can say if they are alive or in which prison.}} [[Yukhym|PERSON]] is thirty-four, he has two girls.

[[Our own soldiers|ACTOR:Ukrainian armed forces]] also stopped me once, in [[April|DATE:2024-04-01..2024-04-30]], on the road to [[Krasnopillia|PLACE]]. Because I was walking near the forest, they thought maybe I show the way to the other side. They looked at my passport, they called somebody, they asked me about my sister in [[Belgorod|PLACE]], and after maybe forty minutes they said, go home, granny, and do not walk there. Nothing bad.

Now the bakery. {{c4,c5|It was [[the 14th of August|DATE:2024-08-14]], [[the day of Makovei|DATE:2024-08-14]], I had baked poppy-seed buns and I was carrying them to [[Feodosiia|PERSON]] at the bakery, when the [[Russian|ACTOR:Russian armed forces in Ukraine]] [[plane|WEAPON:AIRSTRIKE]] threw one of those big [[guided bombs|WEAPON:AIRSTRIKE]], the [[KAB|WEAPON:AIRSTRIKE]].}} [Interpreter's note: Makovei is the church feast of the poppy, on 14 August.] I was on the corner by the well, two hundred metres. It threw me down on the buns. {{c4|When I stood up there was no bakery, only the back wall standing and the ovens open to the sky.}} {{c5|[[Feodosiia Shkurat|PERSON]], who was sixty-three and baked our bread for thirty years, was under the bricks, and the boy who drove the bread van, [[Omelian|PERSON]], [[Omelian Lukianenko|PERSON]], nineteen, also. Both dead.}} We dug with our hands until the rescuers from [[Krasnopillia|PLACE]] came.

{{c4|The same [[bomb|WEAPON:AIRSTRIKE]] broke the roofs of the houses on both sides, and the well by the corner was filled with earth, you cannot take water from it any more.}} {{c11|I had cuts on my arm from glass, small ones, I do not count them.}}

{{c7,c10|[[The next morning|DATE:2024-08-15]] the local council put on its page that in [[Pysarivka|PLACE:Velyka Pysarivka]] two people were killed and four injured.}} Four I did not see, I saw only [[Feodosiia|PERSON]] and [[Omelian|PERSON]].

{{c8|At [[the end of August|DATE:2024-08-20..2024-08-31]] the volunteers took me out, with nineteen other old people from our street, on a bus to [[Sumy|PLACE]], because the authorities said everybody must go.}} My cat is with me. The chickens I gave to [[Feodosiia|PERSON]]'s sister, [[Nadiia|PERSON]], who refused to leave. She calls me sometimes. {{c9|She says a [[drone|WEAPON:DRONE_STRIKE]] set my summer kitchen on fire [[last week|DATE:2024-09-30..2024-10-06]] and that now the house has no roof at all.}}

There was no [[shelling|WEAPON:ARTILLERY]] on our street [[the day we left|DATE:2024-08-20..2024-08-31]], it was quiet, strange quiet. If the bus had come one day later, I do not know. I think I would not be sitting here.

I have read this statement in Ukrainian and it is what I said.

@@witness ua-velykapysarivka-zinaida-harkusha
@@claim c1 harm=PROPERTY_DAMAGE min=12 max=12 weapon=ARTILLERY site="Velyka Pysarivka" date=2023-11-01..2023-11-30 basis=REPORTED incident=ua-velykapysarivka-20231100-hundred-shells-day
@@claim c2 harm=DETAINED min=2 max=2 named="Mykhailo Sydorenko; Yukhym" actor="Russian armed forces in Ukraine" site="Velyka Pysarivka" date=2024-03-11..2024-03-17 basis=HEARSAY incident=ua-velykapysarivka-20240300-khutir-sydorenko-taken
@@claim c3 harm=MISSING min=2 max=2 named="Mykhailo Sydorenko; Yukhym" actor="Russian armed forces in Ukraine" site="Velyka Pysarivka" date=2024-03-11..2024-03-17 basis=HEARSAY incident=ua-velykapysarivka-20240300-khutir-sydorenko-taken
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Velyka Pysarivka" date=2024-08-14 basis=WITNESSED incident=ua-velykapysarivka-20240814-bakery-kab
@@claim c5 harm=KILLED min=2 max=2 named="Feodosiia Shkurat; Omelian Lukianenko" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Velyka Pysarivka" date=2024-08-14 basis=WITNESSED incident=ua-velykapysarivka-20240814-bakery-kab
@@claim c7 harm=KILLED min=2 max=2 site="Pysarivka" date=2024-08-14 basis=REPORTED incident=ua-velykapysarivka-20240814-bakery-kab
@@claim c8 harm=DISPLACED min=20 max=20 site="Velyka Pysarivka" date=2024-08-20..2024-08-31 basis=EXPERIENCED incident=ua-velykapysarivka-20240800-pond-street-evacuation
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Velyka Pysarivka" date=2024-09-30..2024-10-06 basis=HEARSAY incident=ua-velykapysarivka-20241000-harkusha-house-drone
@@claim c10 harm=INJURED min=4 max=4 site="Pysarivka" date=2024-08-14 basis=REPORTED incident=ua-velykapysarivka-20240814-bakery-kab
@@claim c11 harm=INJURED min=1 max=1 weapon=AIRSTRIKE site="Velyka Pysarivka" date=2024-08-14 basis=EXPERIENCED incident=ua-velykapysarivka-20240814-bakery-kab
