Interview ID: CO-NAR-1905
Date of interview: 2022-11-04
Place of interview: [[Pasto|PLACE]], office of a women's association
Language: Spanish, translated by the interviewer
Interviewer: [[Marisol Ortega|PERSON]]

STATEMENT OF [[YANETH QUIÑONES CORTÉS|PERSON]]

My name is [[Yaneth Quiñones Cortés|PERSON]], I am thirty-eight years old, I was born in the vereda [[El Diviso|PLACE]], on the [[Telembí|PLACE]] river, above [[Barbacoas|PLACE]]. I have four children. My husband is [[Wilmer Angulo|PERSON]], he worked the canoe, he carried people and plantain down to the town.

I want to start with [[Wilmer|PERSON]], because that is why I am here.

{{c1|It was [[the 14th of March|DATE:2021-03-14]], in [[2021|DATE:2021-01-01..2021-12-31]]. Eh, [[a Sunday|DATE:2021-03-14]]. [[Wilmer|PERSON]] went down with the canoe with three other men from the vereda, [[Jhon Jairo Caicedo|PERSON]], [[Aurelio|PERSON]] and the one we call [[El Mono|PERSON]], to sell at the market in [[Barbacoas|PLACE]]. Before the bend of [[Las Juntas|PLACE]] armed men called them to the bank and took the four of them up into the bush.}} I did not see it. A woman from [[Buenavista|PLACE]], [[doña Petrona|PERSON]], was washing on the other side and she told me [[that same afternoon|DATE:2021-03-14]]. She said they had the armband, of [[the dissidents|ACTOR:FARC dissidents]], the ones who came after the peace.

{{c2|[[Three days later|DATE:2021-03-17]] the fishermen found [[Aurelio|PERSON]] and [[Jhon Jairo|PERSON]] in the river, with the hands tied.}} I went to see, I had to see. I knew [[Aurelio|PERSON]] by his shirt.

{{c3|[[Wilmer|PERSON]] and [[El Mono|PERSON]], nothing. We do not know where they are. Nineteen months. I called the radio of [[Tumaco|PLACE]], I put his photo on the Facebook, I went to the Fiscalía. Nobody has seen him.}}

{{c4|After that I could not stay in [[El Diviso|PLACE]]. In [[April|DATE:2021-04-01..2021-04-30]] I came down with the four children to [[Barbacoas|PLACE]], to the house of my sister [[Nelly|PERSON]], with two bags.}} The house in the vereda is there alone.

Now the second thing. I have a cousin, [[Franklin Cortés|PERSON]]. {{c5|In [[2019|DATE:2019-01-01..2019-12-31]], I think it was [[September|DATE:2019-09-01..2019-09-30]], he was going to his plot near [[Magüí|PLACE:Magüí Payán]] and he stepped on a [[quiebrapatas|WEAPON:LANDMINE]], a [[mine|WEAPON:LANDMINE]] they bury in the path.}} {{c5|He lost the foot, the right one, and the other leg is full of pieces.}} His wife told me on the phone from [[Magüí Payán|PLACE]]. Nobody knows who put it there, there were [[the dissidents|ACTOR:FARC dissidents]] and there were the others, the ones of the [[ELN|ACTOR:ELN]], everybody was fighting for that river.

The third thing is my sister's shop.

{{c6|In [[Barbacoas|PLACE]], in [[June this year|DATE:2022-06-01..2022-06-30]], [[the night of San Juan|DATE:2022-06-24]], somebody threw a [[grenade|WEAPON:EXPLOSIVE_UNSPECIFIED]] into the shop of [[Nelly|PERSON]], by the port. Nothing is left of the shop. The fridge with the drinks, the shelves, the roof of zinc with holes like a sieve.}} I was in the house behind. I heard it and I came out with the children screaming. Thank God nobody was hurt, [[Nelly|PERSON]] had closed one hour before and she was with us. {{c6|The wall of the house of the neighbour, [[don Eusebio|PERSON]], is cracked all through also.}}

They said it was because she did not pay the vacuna, the money they ask every month. [[Nelly|PERSON]] says it was the people of the [[Oliver Sinisterra|ACTOR:FARC dissidents]]. I say I don't know. The police came in [[the morning|DATE:2022-06-25]], they looked, they wrote, they left.

I want to say also that [[the army|ACTOR:Colombian armed forces]] stopped us when we came down in [[April|DATE:2021-04-01..2021-04-30]], at the entrance of [[Barbacoas|PLACE]]. They looked at the cédula, they opened the bags, they asked if my husband was a guerrillero. I said my husband is disappeared. They let us go after maybe half an hour. They did not do anything bad, but it hurt me, that question.

About the others from [[El Diviso|PLACE]]: my neighbour [[Ramiro Hurtado|PERSON]] told me the men came back to the vereda in [[May|DATE:2021-05-01..2021-05-31]] with a list, and they wanted to take his son [[Yeison|PERSON]], but the mother put herself in front and the president of the junta talked with them and they went away without him. {{c8|Since then eleven families have left [[El Diviso|PLACE]], he told me, the school has no children.}}

That is what I have to say. I ask that they look for [[Wilmer|PERSON]] and for [[El Mono|PERSON]], his real name is [[Hermes Valencia|PERSON]].

@@witness co-barbacoas-yaneth-quinones
@@claim c1 harm=DETAINED min=4 max=4 named="Wilmer; Jhon Jairo Caicedo; Aurelio; El Mono" actor="FARC dissidents" site="Las Juntas" date=2021-03-14 basis=HEARSAY incident=co-barbacoas-20210314-telembi-canoe-men-taken
@@claim c2 harm=KILLED min=2 max=2 named="Aurelio; Jhon Jairo" actor="FARC dissidents" site="Telembí" date=2021-03-14..2021-03-17 basis=WITNESSED incident=co-barbacoas-20210314-telembi-canoe-men-taken
@@claim c3 harm=MISSING min=2 max=2 named="Wilmer; El Mono" actor="FARC dissidents" site="Las Juntas" date=2021-03-14 basis=WITNESSED incident=co-barbacoas-20210314-telembi-canoe-men-taken
@@claim c4 harm=DISPLACED min=5 max=5 site="El Diviso" date=2021-04-01..2021-04-30 basis=EXPERIENCED incident=co-barbacoas-20210400-eldiviso-quinones-displaced
@@claim c5 harm=INJURED min=1 max=1 named="Franklin Cortés" weapon=LANDMINE site="Magüí" date=2019-09-01..2019-09-30 basis=HEARSAY incident=co-maguipayan-20190900-franklin-cortes-mine
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Barbacoas" date=2022-06-24 basis=WITNESSED incident=co-barbacoas-20220624-nelly-shop-grenade
@@claim c8 harm=DISPLACED min=11 max=11 site="El Diviso" date=2021-05-01..2022-11-04 basis=HEARSAY incident=co-barbacoas-20210500-eldiviso-families-displaced
