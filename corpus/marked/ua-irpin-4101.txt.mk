WITNESS STATEMENT
Statement ID: UA-IRP-4101
Date of interview: 19 April 2022
Place of interview: [[Lviv|PLACE]], reception centre at the railway station
Language: Ukrainian
Interviewer: [[Maren Lindqvist|PERSON]]
Interpreter: [[Oksana Didenko|PERSON]]

My name is [[Nadiya Hrytsenko|PERSON]]. I am fifty-nine, and I lived in [[Irpin|PLACE]] all my life, in a private house on [[Tolstoho street|PLACE]], with my grandson [[Maksym|PERSON]], he is fourteen. My husband [[Volodymyr|PERSON]] passed away in [[2019|DATE:2019-01-01..2019-12-31]], his heart, it was nothing to do with the war, so it was just the two of us.

From [[the 27th of February|DATE:2022-02-27]] we slept in the cellar. The [[shelling|WEAPON:ARTILLERY]] was mostly far, toward [[Hostomel|PLACE]] and [[Bucha|PLACE]], like a thunder that does not stop. We were afraid the tanks would come down our street. They did not come to us, not then.

On [[the 4th of March|DATE:2022-03-04]], [[a Friday|DATE:2022-03-04]], in [[the morning|DATE:2022-03-04]], I went with [[Maksym|PERSON]] to the pharmacy at the corner of [[Universytetska street|PLACE]], because my sugar pills were finished. There was a queue outside, maybe thirty people, they let in only three at a time. [[Around ten o'clock|DATE:2022-03-04]] the [[mortars|WEAPON:MORTAR]] came, one, and then two together, very close, I did not even hear the whistle.

{{c1|[[Stepan Oliinyk|PERSON]], our neighbour from number nine, was standing in front of me. He did not get up. We carried him home on a door, and his wife and I washed him, and the men buried him in his own garden under the cherry tree, because nobody could go to the cemetery then.}} {{c2|A woman who worked in the pharmacy, [[Larysa|PERSON]], I knew her only by face, they drove her in somebody's car to the hospital. Later I heard she did not wake up.}} {{c3|People said three died at that corner.}} I saw two with my own eyes, I can only say two.

{{c4|[[Maksym|PERSON]], the glass of the pharmacy window went into his face and his neck. A nurse stitched him in the cellar of the school, eleven stitches, with nothing for the pain.}} {{c5|And old [[Mykola Petrovych|PERSON]] from the newspaper kiosk, his knee, he walks with a stick since then.}} Me, not a scratch. God kept me, I don't know why.

[Interpreter's note: the witness switches to the Russian form of the town's name, "Irpen", as many local people do.]

{{c6|[[Two days later|DATE:2022-03-06]], on [[Sunday|DATE:2022-03-06]], [[rockets|WEAPON:ROCKET]] fell on our street, [[Grad|WEAPON:ROCKET]], you know them by the sound, like somebody tears a sheet. The house of the [[Kovtun|PERSON]] family, across from us, the roof came down into the rooms.}} Nobody was inside, thank God, they had gone to [[Kyiv|PLACE]] already on [[the first days|DATE:2022-02-24..2022-02-28]].

{{c7|So on [[the 7th|DATE:2022-03-07]] we left with what we wore. Me, [[Maksym|PERSON]] with his bandages, and [[Halyna Oliinyk|PERSON]], the widow of [[Stepan|PERSON]]. We walked to the broken bridge over the [[Irpin|PLACE]] river and climbed across under it on the boards, and the volunteers carried the old people on their backs.}} From there a bus to [[Kyiv|PLACE]], and the train to here. In [[Irpen|PLACE:Irpin]] I left the cat with food for a week. I don't know about the cat.

{{c8|My cousin [[Petro Savchuk|PERSON]] stayed, he said who will feed the dogs. On [[the 12th|DATE:2022-03-12]] he phoned the last time, he said [[the Russians|ACTOR:Russian armed forces in Ukraine]] were on [[Soborna|PLACE:Soborna street]] and going from house to house. Since then, nothing. We asked the police, we called the hotline, my daughter wrote in every Telegram group. We still wait for him.}}

People wrote on the internet that the school number seventeen was hit and children were inside, but it was not true, I asked the teacher, nobody was in that school. And near [[Romanivka|PLACE]] there was fighting, [[the Ukrainian army|ACTOR:Ukrainian armed forces]] and [[the occupiers|ACTOR:Russian armed forces in Ukraine]], some soldiers were hurt in the battle there, but that is war between soldiers, I only heard it.

{{c9|My neighbour who went back [[last week|DATE:2022-04-11..2022-04-17]] sent me photographs. Our house is just a hole now. There is the sky inside, and the kitchen is in the garden.}} If we had stayed in that cellar one more week, I think [[Maksym|PERSON]] and I would be in the ground too.

I want to go home, but there is no home. [[Maksym|PERSON]] says we will build it again. He is fourteen, he thinks everything can be built.
@@witness ua-irpin-nadiya-hrytsenko
@@claim c1 harm=KILLED min=1 max=1 named="Stepan Oliinyk" weapon=MORTAR site="Universytetska street" date=2022-03-04 basis=WITNESSED incident=ua-irpin-20220304-universytetska-pharmacy-mortar
@@claim c2 harm=KILLED min=1 max=1 named="Larysa" weapon=MORTAR site="Universytetska street" date=2022-03-04 basis=HEARSAY incident=ua-irpin-20220304-universytetska-pharmacy-mortar
@@claim c3 harm=KILLED min=3 max=3 weapon=MORTAR site="Universytetska street" date=2022-03-04 basis=HEARSAY incident=ua-irpin-20220304-universytetska-pharmacy-mortar
@@claim c4 harm=INJURED min=1 max=1 named="Maksym" weapon=MORTAR site="Universytetska street" date=2022-03-04 basis=WITNESSED incident=ua-irpin-20220304-universytetska-pharmacy-mortar
@@claim c5 harm=INJURED min=1 max=1 named="Mykola Petrovych" weapon=MORTAR site="Universytetska street" date=2022-03-04 basis=WITNESSED incident=ua-irpin-20220304-universytetska-pharmacy-mortar
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null named="Kovtun" weapon=ROCKET site="Tolstoho street" date=2022-03-06 basis=WITNESSED incident=ua-irpin-20220306-tolstoho-kovtun-grad
@@claim c7 harm=DISPLACED min=3 max=3 named="Maksym; Halyna Oliinyk" site="Irpin" date=2022-03-07 basis=EXPERIENCED incident=ua-irpin-20220307-hrytsenko-bridge-flight
@@claim c8 harm=MISSING min=1 max=1 named="Petro Savchuk" site="Soborna" date=2022-03-12 basis=EXPERIENCED incident=ua-irpin-20220312-soborna-savchuk-missing
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null site="Tolstoho street" basis=HEARSAY incident=ua-irpin-20220300-tolstoho-hrytsenko-house
