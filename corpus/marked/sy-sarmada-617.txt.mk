WITNESS STATEMENT
Ref: SY-IDL-617
Interview date: 25 March 2020
Place of interview: [[Sarmada|PLACE]], northern [[Idlib|PLACE]]
Language: Arabic
Interviewer: [[Nils Ekström|PERSON]]
Interpreter: [[Yasser Dabbas|PERSON]]

I am [[Moayad Hallak|PERSON]], thirty-one years old, from [[Taftanaz|PLACE]]. Since [[2017|DATE:2017-01-01..2017-12-31]] I have worked as a driver and first-aider with the Civil Defence, first in [[Taftanaz|PLACE]] and then, from [[February|DATE:2020-02-01..2020-02-29]], at the centre in [[Sarmada|PLACE]]. I want to give three things that I saw myself.

The first is the car in [[Sarmada|PLACE]]. It was in [[the autumn|DATE:2019-09-01..2019-11-30]], [[the 17th of November 2019|DATE:2019-11-17]], I remember because it was the birthday of my daughter [[Rouaa|PERSON]]. [[Around noon|DATE:2019-11-17]] a [[car bomb|WEAPON:IED]] exploded on the main street, next to the shops of the money changers. We were there after six or seven minutes. {{c1|Six people were dead when we arrived, I put four of them in our car myself. One was a money changer, [[Abu Tarek Qassab|PERSON]], and one was a boy who sold tissues, we never learned his name.}} {{c2|More than twenty were wounded, with burns and pieces of glass.}} Nobody said who did it. Some people said cells of [[Daesh|ACTOR:Islamic State]], some people said [[the regime|ACTOR:Syrian government forces]] sends these [[car bombs|WEAPON:IED]] to make chaos. I do not know. I only know it was a white Hyundai, because the number plate flew and landed at my feet.

The second is [[Maarrat Misreen|PLACE:Maarat Misrin]], the bakery. It was [[Wednesday|DATE:2020-01-22]], [[22 January 2020|DATE:2020-01-22]]. In [[the morning|DATE:2020-01-22]], [[ten past eight|DATE:2020-01-22]], our observers said a [[Russian|ACTOR:Russian forces]] [[plane|WEAPON:AIRSTRIKE]] had taken off from [[Hmeimim|PLACE]] and was heading north. We were on our way to another place when the [[strike|WEAPON:AIRSTRIKE]] came, so we turned. When we arrived, the second [[missile|WEAPON:MISSILE]] had already fallen, on the stalls across from the bakery. {{c3|I counted nine dead on the spot.}} {{c4|We took 17 wounded to [[Bab al-Hawa hospital|PLACE]] and to the hospital in [[Sarmada|PLACE]], in four trips.}} {{c7|I heard later that two of them died.}} {{c8|The people of [[Maarrat Misrin|PLACE:Maarat Misrin]] say eleven, or thirteen}}, and I think they are right, because they count the ones who died later and the ones the families took away before we came. I give you only my number.

The third is [[the 10th of February|DATE:2020-02-10]], in [[Taftanaz|PLACE]], my own town. [[The regime|ACTOR:Syrian government forces]] was very close then, and the town was empty, almost. {{c5|In [[the afternoon|DATE:2020-02-10]] [[the helicopter|WEAPON:AIRSTRIKE]] dropped two [[barrels|WEAPON:BARREL_BOMB]] on the east side. The house of my uncle [[Abu Ziad|PERSON]] was destroyed, the whole house, and the mill next to it.}} {{c6|My uncle had left [[one week before|DATE]], thanks to God, but his neighbour Hajj [[Saadeddin|PERSON]], eighty, had refused to leave, and we found him dead under his wall.}} [[Two days later|DATE:2020-02-12]] [[the army|ACTOR:Syrian government forces]] entered [[Taftanaz|PLACE]]. I have not been back since.

I was not hurt in any of these. I want to say clearly: in the market of the money changers and at the bakery, there were no military positions. At the bakery there was a queue of women and displaced people. If there had been fighters, I would tell you, because I am not afraid of anybody any more.

Statement read back and confirmed.
@@claim c1 harm=KILLED min=6 max=6 named="Abu Tarek Qassab" weapon=IED site="Sarmada" date=2019-11-17 basis=WITNESSED incident=sy-sarmada-20191117-money-changers-car-bomb
@@claim c2 harm=INJURED min=21 max=null weapon=IED site="Sarmada" date=2019-11-17 basis=WITNESSED incident=sy-sarmada-20191117-money-changers-car-bomb
@@claim c3 harm=KILLED min=9 max=9 weapon=MISSILE actor="Russian forces" site="Maarrat Misreen" date=2020-01-22 basis=WITNESSED incident=sy-maaratmisrin-20200122-bakery-queue
@@claim c4 harm=INJURED min=17 max=17 weapon=MISSILE actor="Russian forces" site="Maarrat Misreen" date=2020-01-22 basis=WITNESSED incident=sy-maaratmisrin-20200122-bakery-queue
@@claim c7 harm=KILLED min=2 max=2 weapon=MISSILE actor="Russian forces" site="Maarrat Misreen" date=2020-01-22 basis=HEARSAY incident=sy-maaratmisrin-20200122-bakery-queue
@@claim c8 harm=KILLED min=11 max=13 weapon=MISSILE actor="Russian forces" site="Maarrat Misrin" date=2020-01-22 basis=HEARSAY incident=sy-maaratmisrin-20200122-bakery-queue
@@claim c5 harm=PROPERTY_DAMAGE min=2 max=2 weapon=BARREL_BOMB actor="Syrian government forces" site="Taftanaz" date=2020-02-10 basis=WITNESSED incident=sy-taftanaz-20200210-east-side-barrels
@@claim c6 harm=KILLED min=1 max=1 named="Saadeddin" weapon=BARREL_BOMB actor="Syrian government forces" site="Taftanaz" date=2020-02-10 basis=WITNESSED incident=sy-taftanaz-20200210-east-side-barrels
@@witness sy-sarmada-moayad-hallak
