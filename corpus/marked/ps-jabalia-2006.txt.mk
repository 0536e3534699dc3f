@@encoding utf-16le
Interview ID: PS-JAB-2006
Date of interview: 3 March 2024
Place of interview: video call, witness in [[Jabalia|PLACE]] camp, north [[Gaza|PLACE]]
Language: Arabic, interpreted
Interviewer: [[Lena Hartmann|PERSON]]
Interpreter: [[Samer Dajani|PERSON]]

INT: Can you hear me? Good. Please introduce yourself.
RESP: I am [[Abed Shaldan|PERSON]], [[Abu Naeem|PERSON]], sixty-three years. I had a shop for household things in [[Jabalia|PLACE]] camp, on [[al-Souq street|PLACE]], thirty years the same shop. Pots, buckets, plastic things.
INT: You said you want to tell us about two things. Let's begin with the market.
RESP: Yes. It was [[the 25th of October|DATE:2023-10-25]], [[a Wednesday|DATE:2023-10-25]], [[before the noon prayer|DATE:2023-10-25]]. I was opening the shutter halfway, because people still needed things, even in the war. {{c1|[[The planes|WEAPON:AIRSTRIKE]] hit the building beside my shop, four floors, and my shop, nothing left of it, not one shelf, everything under the stones.}}
INT: Were you hurt?
RESP: {{c2|A piece of the wall came on my leg, here, the right leg, it broke in two places.}} My neighbour pulled me out. [pause] {{c3|And the bakery of [[Abu Said Lubbad|PERSON]] next door, the gas bottles inside caught fire and the whole bakery burned, the ovens, the flour, all.}}
INT: Do you know how many people died there?
RESP: I did not count, I was on the ground. {{c4|People in the market said more than twenty died, most of them standing in the line at the bakery.}} Later I saw a list on a page of the camp on Facebook, but I don't remember the number on it. I only know [[Abu Said|PERSON]] lived, thank God, he lost his hand.
INT: Was there anything in that building, any reason, do you know?
RESP: Families. I know every family in it, the [[Zaqout|PERSON]] family on the top. There was no office, no fighters, nothing. I swear by God.
INT: Now the second thing, the school. Which school was it?
RESP: [[Halima al-Saadia school|PLACE]], near the [[Jabaliya|PLACE:Jabalia]] cemetery. We were sheltering there after the house. Many families, maybe two thousand people.
INT: When did [[the army|ACTOR:Israeli forces]] come?
RESP: On [[the 12th of December|DATE:2023-12-12]], [[a Tuesday|DATE:2023-12-12]]. First we heard [[the tanks|WEAPON:ARTILLERY]] around the school from [[the night|DATE:2023-12-11]], they shot at the walls. In [[the morning|DATE:2023-12-12]] a soldier with a loudspeaker said, all men from sixteen, come out with your hands up.
INT: What happened then?
RESP: They threw [[gas|WEAPON:CHEMICAL]] into the classrooms first, so people come out quickly. {{c5|My granddaughter [[Lulu|PERSON]], she is four, the [[gas|WEAPON:CHEMICAL]] went in her chest and she could not breathe, her lips were blue, the nurse in the school gave her oxygen from a small bottle.}}
RESP: We men went out in the yard. They made us take off our clothes, in [[December|DATE:2023-12-01..2023-12-31]], in the cold. {{c6|Then they took the men away, I saw them tie their eyes and put them in the trucks, eighty or ninety men, my son [[Naeem|PERSON]] and my brother [[Taysir Shaldan|PERSON]] with them.}}
INT: And you?
RESP: Me they looked at my ID, a young officer asked me questions one hour, about [[Hamas|ACTOR:Hamas]], about my sons, where is this one, where is that one. Then he said, go, old man. Because of the leg, maybe, the leg in the plaster.
INT: Did anyone in the school resist, or fire?
RESP: No. Nobody fired at them. There were no fighters in the school, only families and old people and a few boys.
INT: What happened to the school after?
RESP: {{c7|When [[the army|ACTOR:Israeli forces]] left, [[the next morning|DATE:2023-12-13]], we saw the classrooms of the second floor were burned, black, the blankets, the mattresses of the people, everything.}}
INT: Did [[Naeem|PERSON]] come back?
RESP: {{c8|[[Naeem|PERSON]] came back after fifty days, through [[Kerem Shalom|PLACE]], they let him out in the south, in [[Rafah|PLACE]]; he said they kept him in a place in the desert with his hands tied the whole time.}} He is in [[Rafah|PLACE]] now, he cannot come north to us.
INT: And your brother?
RESP: {{c9|[[Taysir|PERSON]], nothing. From [[that day|DATE:2023-12-12]] we do not know where he is, the Red Cross says they don't have his name.}} He is fifty-eight, he has sugar, he needs insulin. [crying]
INT: I'm sorry, [[Abu Naeem|PERSON]]. We can stop here.
RESP: Write his name. [[Taysir Mahmoud Shaldan|PERSON]]. Maybe someone sees it.
@@witness ps-jabalia-abed-shaldan
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Souq street" date=2023-10-25 basis=EXPERIENCED incident=ps-jabalia-20231025-souq-street-shops
@@claim c2 harm=INJURED min=1 max=1 named="Abed Shaldan" weapon=AIRSTRIKE site="al-Souq street" date=2023-10-25 basis=EXPERIENCED incident=ps-jabalia-20231025-souq-street-shops
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Souq street" date=2023-10-25 basis=WITNESSED incident=ps-jabalia-20231025-souq-street-shops
@@claim c4 harm=KILLED min=21 max=null weapon=AIRSTRIKE site="al-Souq street" date=2023-10-25 basis=HEARSAY incident=ps-jabalia-20231025-souq-street-shops
@@claim c5 harm=INJURED min=1 max=1 named="Lulu" weapon=CHEMICAL actor="Israeli forces" site="Halima al-Saadia school" date=2023-12-12 basis=WITNESSED incident=ps-jabalia-20231212-halima-school-men-taken
@@claim c6 harm=DETAINED min=80 max=90 named="Naeem; Taysir Shaldan" actor="Israeli forces" site="Halima al-Saadia school" date=2023-12-12 basis=WITNESSED incident=ps-jabalia-20231212-halima-school-men-taken
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null actor="Israeli forces" site="Halima al-Saadia school" date=2023-12-12..2023-12-13 basis=WITNESSED incident=ps-jabalia-20231212-halima-school-men-taken
@@claim c8 harm=DETAINED min=1 max=1 named="Naeem" actor="Israeli forces" site="Halima al-Saadia school" date=2023-12-12 basis=HEARSAY incident=ps-jabalia-20231212-halima-school-men-taken
@@claim c9 harm=MISSING min=1 max=1 named="Taysir" actor="Israeli forces" site="Halima al-Saadia school" date=2023-12-12 basis=HEARSAY incident=ps-jabalia-20231212-halima-school-men-taken
