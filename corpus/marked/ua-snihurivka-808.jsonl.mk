id: ua-snihurivka-808
interview_date: 2023-06-14
place: Mykolaiv, Ukraine
language: Ukrainian

INT: Where are you from, and where do you live now?
RESP: From [[Posad-Pokrovske|PLACE]], [[Kherson|PLACE]] oblast. Now I rent a room in [[Mykolaiv|PLACE]], since [[March last year|DATE:2022-03-01..2022-03-31]]. My name is [[Taisiia Hnatiuk|PERSON]], I was the librarian of the village.
INT: What happened in [[Posad-Pokrovske|PLACE]] in [[March 2022|DATE:2022-03-01..2022-03-31]]?
RESP: The front stopped right on our village. [[The Russian troops|ACTOR:Russian armed forces in Ukraine]] were on one side, at [[Blahodatne|PLACE]], and ours on the other side, and we were in the middle. The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] day and night, I did not know what was flying, I am not a soldier. [[Grad|WEAPON:ROCKET]], the old people said, they know it from the sound, like a train.
INT: Was your house hit?
RESP: {{c1|On [[the 17th of March|DATE:2022-03-17]], in [[the afternoon|DATE]], the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] hit our street, [[Shkilna street|PLACE]], and our house and the house of the [[Kravets|PERSON]] family burned.}} {{c2|Old [[Kravets|PERSON]], [[Hnat Kravets|PERSON]], he was in the cellar and the cellar fell in. He died there.}} My husband and the neighbours dug for him [[the next morning|DATE:2022-03-18]], when it was a little quiet.
INT: Did you leave after that?
RESP: {{c3|Yes, on [[the 19th|DATE:2022-03-19]], we left on foot, then a car took us, to [[Snihurivka|PLACE]] side and then around to [[Mykolaiv|PLACE]], me, my husband [[Leonid|PERSON]] and my mother-in-law, and with us maybe twenty people from the village.}} Most of the village left [[that week|DATE:2022-03-14..2022-03-20]]. Only maybe fifty people stayed, the very old.
INT: When did you come back?
RESP: After the liberation, in [[November|DATE:2022-11-01..2022-11-30]], to see. There is no village. {{c6|I mean, there is, but the library is gone, the school is gone, the [[church of the Intercession|PLACE]] has no roof, the houses are black.}}
INT: What did you find when you went back?
RESP: [[Mines|WEAPON:LANDMINE]] everywhere. And the wires. {{c4|The son of my colleague, [[Yaroslav|PERSON]], nineteen, he went into the garden of his grandmother in [[December|DATE:2022-12-01..2022-12-31]] and there was a wire across the path with a [[grenade|WEAPON:IED]], a [[tripwire|WEAPON:IED]], and it exploded.}} {{c4|He lost two fingers and his eye.}} The sappers said [[the Russians|ACTOR:Russian armed forces in Ukraine]] put these [[tripwires|WEAPON:IED]] by the doors and gates when they left.
INT: Were other people harmed by [[mines|WEAPON:LANDMINE]] in the village?
RESP: {{c5|A tractor, in [[the spring|DATE:2023-03-01..2023-05-31]], [[April|DATE:2023-04-01..2023-04-30]], on the field behind the farm, an [[anti-tank mine|WEAPON:LANDMINE]].}} {{c5|The driver [[Stepan|PERSON]] was thrown out, he has a broken back, but he lives.}} After that, nobody works on the fields. The fields are ours and we cannot go on them.
INT: Did you see any [[cluster munitions|WEAPON:CLUSTER_MUNITION]] in [[Posad-Pokrovskoe|PLACE:Posad-Pokrovske]]?
RESP: The sappers showed us the small ones, the [[bomblets|WEAPON:CLUSTER_MUNITION]], in the cemetery, in the grass, they put a red flag by each one. Many flags. Whether somebody was hurt by them, I don't know. I cannot say.
INT: Is there anything else you want to say?
RESP: Only that in [[Snihurivka|PLACE]] my sister was under occupation all the time, eight months, and she says nobody was taken from her street, thank God. But in our village, in the middle of the war, we had no occupation, only the [[shells|WEAPON:ARTILLERY]]. Every village has its own kind of misery.
@@witness ua-posad-pokrovske-taisiia-hnatiuk
@@claim c1 harm=PROPERTY_DAMAGE min=2 max=2 named="Kravets" weapon=EXPLOSIVE_UNSPECIFIED site="Shkilna street" date=2022-03-17 basis=EXPERIENCED incident=ua-posadpokrovske-20220317-shkilna-street
@@claim c2 harm=KILLED min=1 max=1 named="Kravets; Hnat Kravets" weapon=EXPLOSIVE_UNSPECIFIED site="Shkilna street" date=2022-03-17 basis=WITNESSED incident=ua-posadpokrovske-20220317-shkilna-street
@@claim c3 harm=DISPLACED min=23 max=23 named="Taisiia Hnatiuk; Leonid" site="Posad-Pokrovske" date=2022-03-19 basis=EXPERIENCED incident=ua-posadpokrovske-20220319-hnatiuk-displaced
@@claim c4 harm=INJURED min=1 max=1 named="Yaroslav" weapon=IED actor="Russian armed forces in Ukraine" site="Posad-Pokrovske" date=2022-12-01..2022-12-31 basis=HEARSAY incident=ua-posadpokrovske-20221200-yaroslav-tripwire
@@claim c5 harm=INJURED min=1 max=1 named="Stepan" weapon=LANDMINE site="Posad-Pokrovske" date=2023-04-01..2023-04-30 basis=HEARSAY incident=ua-posadpokrovske-20230400-farm-field-tractor-mine
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="Posad-Pokrovske" basis=WITNESSED incident=ua-posadpokrovske-20220000-village-destruction
