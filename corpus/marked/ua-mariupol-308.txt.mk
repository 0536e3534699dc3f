Interview ID: UA-MRP-308
Date of interview: 27 April 2022
Place of interview: [[Zaporizhzhia|PLACE]], reception centre
Language: Russian
Interviewer: [[Claire Dubois|PERSON]]
Interpreter: [[Iryna Sokolenko|PERSON]]
Witness: [[Olha S.|PERSON]], 39, accountant

Q: Where in [[Mariupol|PLACE]] did you live?
A: [[Livoberezhnyi|PLACE]] district, the left bank. On [[Morskyi boulevard|PLACE]], a nine-storey house, the sixth floor. You could see [[Azovstal|PLACE]] chimneys from the kitchen.
Q: When did it become dangerous there?
A: From [[the 2nd|DATE:2022-03-02]], [[the 3rd of March|DATE:2022-03-03]] the electricity was gone, the water, the gas. And then every day more. First it was [[Grad|WEAPON:ROCKET]], then [[the planes|WEAPON:AIRSTRIKE]], then [[the tanks|WEAPON:ARTILLERY]] came close.
Q: What happened to your building?
A: {{c1|On [[the 12th|DATE:2022-03-12]], I think [[the 12th|DATE:2022-03-12]], a [[tank|WEAPON:ARTILLERY]] came to the corner of the boulevard and shot at our house, floor by floor, like a game.}} We were in the basement, fifty people, maybe more, [[Leonid Pavlovych|PERSON]] from the first floor kept the list. {{c2|Our neighbour [[Nadiya Petrenko|PERSON]] from the fifth floor went up for her cat and she did not come down. The men found her on the stairs, dead.}}
[Interpreter: the name Nadiya means "hope". She said after: "we had no nadiya left", as a play on the name.]
A: Yes. After that we had no nadiya. No hope.
Q: Were there [[Ukrainian soldiers|ACTOR:Ukrainian armed forces]] in or near your building?
A: No. No, [[our soldiers|ACTOR:Ukrainian armed forces]] were at [[Azovstal|PLACE]] and at the port. In our yard nobody. If there were soldiers, maybe I would understand, but there was only us, with the children, cooking on fires in the yard.
Q: Who was [[the tank|WEAPON:ARTILLERY]]?
A: [[Russian|ACTOR:Russian armed forces in Ukraine]]. With the letter Z. Later [[the Russian soldiers|ACTOR:Russian armed forces in Ukraine]] came with the white armbands, they searched the flats.
Q: Did you hear about the theatre?
A: Everybody heard. {{c3|The [[Drama theatre|PLACE]], in the centre, was bombed by [[the planes|WEAPON:AIRSTRIKE]] on [[the 16th|DATE:2022-03-16]], my cousin [[Alla|PERSON]] was living near it and she told me hundreds of people died inside, they were taken out for days.}} I did not see it, the centre was far for us, we could not walk there.
Q: How did you leave [[Mariupol|PLACE]]?
A: On [[the 15th of April|DATE:2022-04-15]], with a neighbour, [[Arkadii Lysenko|PERSON]], who had a car with petrol, through [[Manhush|PLACE]] and [[Berdiansk|PLACE]]. Me, my son [[Tymur|PERSON]], my husband [[Vadym|PERSON]] and my mother.
Q: Were you stopped?
A: {{c4|At [[Bezimenne|PLACE]] there was the filtration. They undressed the men, looked for tattoos, read the phones. My husband [[Vadym|PERSON]] they took, they said "you stay, we check more".}} {{c4|We waited two days, then they told us to go. He is still there, or somewhere. I do not know.}}
[Interpreter: "filtration" is the screening by [[Russian forces|ACTOR:Russian armed forces in Ukraine]] of people leaving occupied areas.]
Q: Do you know where he is now?
A: No. The last call was [[the 19th|DATE:2022-04-19]], from a strange number, thirty seconds. He said "I am alive, take care of [[Tymur|PERSON]]." That is all.
Q: What happened to your home after you left?
A: {{c5|Our building is burned, my neighbour sent a photo, all the windows black, our balcony is gone.}} {{c6|We are here in [[Zaporizhzhia|PLACE]], in a school, four... three of us now, in a classroom with other families.}}
@@witness ua-mariupol-olha-s
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Morskyi boulevard" date=2022-03-12 basis=EXPERIENCED incident=ua-mariupol-20220312-morskyi-tank
@@claim c2 harm=KILLED min=1 max=1 named="Nadiya Petrenko" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Morskyi boulevard" date=2022-03-12 basis=WITNESSED incident=ua-mariupol-20220312-morskyi-tank
@@claim c3 harm=KILLED min=200 max=null weapon=AIRSTRIKE site="Drama theatre" date=2022-03-16 basis=HEARSAY incident=ua-mariupol-20220316-drama-theatre
@@claim c4 harm=DETAINED min=1 max=1 named="Vadym" actor="Russian armed forces in Ukraine" site="Bezimenne" date=2022-04-15 basis=WITNESSED incident=ua-mariupol-20220415-bezimenne-filtration-vadym
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Morskyi boulevard" basis=HEARSAY incident=ua-mariupol-20220300-morskyi-building-burned
@@claim c6 harm=DISPLACED min=3 max=3 site="Mariupol" date=2022-04-15 basis=EXPERIENCED incident=ua-mariupol-20220415-olha-family-displaced
