WITNESS STATEMENT
Statement ID: UA-BAL-804
Date of interview: 3 October 2022
Place of interview: [[Balakliia|PLACE]], [[Kharkiv|PLACE]] oblast, in the House of Culture
Language: Ukrainian (Surzhyk), translated by the interviewer
Interviewer: [[Anna Brovko|PERSON]]

The witness, [[Viktor Semenovych Hordiienko|PERSON]], 63, a retired tractor driver, lives on [[Zhovtneva street|PLACE]] in [[Balakleya|PLACE:Balakliia]] with his wife [[Liudmyla|PERSON]] and their grandson [[Bohdan|PERSON]]. He asked that his statement be written in his own words as far as possible.

I was here all the time, from the beginning to the end. [[The Russians|ACTOR:Russian armed forces in Ukraine]] came into [[Balakliia|PLACE]] in [[the beginning of March|DATE:2022-03-01..2022-03-10]], [[the 3rd or the 4th|DATE:2022-03-03..2022-03-04]], with the columns, the tanks, the letters Z on everything. At first they were quiet, they only took the petrol station and the police building.

{{c1|The first bad day for us was [[8 March|DATE:2022-03-08]], Women's Day, when [[cluster rockets|WEAPON:CLUSTER_MUNITION]] fell on the private houses near the railway, on [[Vokzalna street|PLACE]], I do not know from which side, and the little [[bomblets|WEAPON:CLUSTER_MUNITION]] were everywhere in the gardens.}} {{c1|My friend [[Ivan Kovalenko|PERSON]] lost his barn and his car.}} {{c3,c9|A woman I knew from the market, [[Tamara|PERSON]], was killed in her yard, and her grandson was hurt in the hand.}} I went there myself [[the next morning|DATE]], I saw the tails of the [[rockets|WEAPON:CLUSTER_MUNITION]] in the ground.

In [[April|DATE:2022-04-01..2022-04-30]] they began to take people. {{c4|They took my neighbour's son, [[Roman Shulha|PERSON]], who was in the army in [[2015|DATE:2015-01-01..2015-12-31]], in the ATO, and they took also [[Dmytro|PERSON]], the brother of my wife, because he had a photo with a flag on his phone.}} {{c4|They held them in the police building on [[Zhovtneva|PLACE:Zhovtneva street]], in the basement.}} {{c5|[[Dmytro|PERSON]] came home after eleven days, with broken ribs and the marks of the electricity on his fingers.}} {{c6|[[Roman|PERSON]] did not come home. Nobody knows where he is.}}

I myself was not taken. They came to my house one time, in [[May|DATE:2022-05-01..2022-05-31]], two of them, they looked at my tattoos and my hands and said, grandfather, sit quietly. So I sat quietly.

When [[our army|ACTOR:Ukrainian armed forces]] came back, on [[the 8th of September|DATE:2022-09-08]], there was [[shooting|WEAPON:SMALL_ARMS]] on the edge of the town for one day, then [[the occupiers|ACTOR:Russian armed forces in Ukraine]] ran, they left their trucks and their boots.

But they left the [[mines|WEAPON:LANDMINE]]. Everywhere. In the fields, on the road to [[Savyntsi|PLACE]], around the military warehouse. {{c7|My colleague from the kolkhoz, [[Fedir Musiienko|PERSON]], fifty-nine, on [[the 24th of September|DATE:2022-09-24]] went with his tractor to the sunflower field, because the sunflowers were standing and nobody harvested them, and the tractor went on an [[anti-tank mine|WEAPON:LANDMINE]].}} {{c7|He died on the spot.}} I saw the tractor afterwards, the front wheel was gone and the cabin was open like a can.

{{c8,c10|Also, about [[two weeks before liberation|DATE:2022-08-25]], the [[Grad|WEAPON:ROCKET]] hit the dormitory of the college, from which side I cannot say, and a young man, [[Illia|PERSON]], was wounded in the stomach.}} I was not there, my wife's sister told me.

I have nothing more to add. I ask that [[Roman Shulha|PERSON]] be found. His mother comes to me every week and asks if I heard something. I did not hear anything.

Signed, V. S. Hordiienko
@@witness ua-balakliia-viktor-hordiienko
@@claim c1 harm=PROPERTY_DAMAGE min=2 max=2 weapon=CLUSTER_MUNITION site="Vokzalna street" date=2022-03-08 named="Ivan Kovalenko" basis=WITNESSED incident=ua-balakliia-20220308-vokzalna-cluster
@@claim c3 harm=KILLED min=1 max=1 named="Tamara" weapon=CLUSTER_MUNITION site="Vokzalna street" date=2022-03-08 basis=HEARSAY incident=ua-balakliia-20220308-vokzalna-cluster
@@claim c9 harm=INJURED min=1 max=1 weapon=CLUSTER_MUNITION site="Vokzalna street" date=2022-03-08 basis=HEARSAY incident=ua-balakliia-20220308-vokzalna-cluster
@@claim c4 harm=DETAINED min=2 max=2 named="Roman Shulha; Dmytro" actor="Russian armed forces in Ukraine" site="Zhovtneva" date=2022-04-01..2022-04-30 basis=HEARSAY incident=ua-balakliia-20220400-police-building-detentions
@@claim c5 harm=INJURED min=1 max=1 named="Dmytro" actor="Russian armed forces in Ukraine" site="Zhovtneva" date=2022-04-01..2022-05-31 basis=WITNESSED incident=ua-balakliia-20220400-police-building-detentions
@@claim c6 harm=MISSING min=1 max=1 named="Roman" actor="Russian armed forces in Ukraine" site="Balakliia" basis=HEARSAY incident=ua-balakliia-20220400-police-building-detentions
@@claim c7 harm=KILLED min=1 max=1 named="Fedir Musiienko" weapon=LANDMINE actor="Russian armed forces in Ukraine" site="Balakliia" date=2022-09-24 basis=HEARSAY incident=ua-balakliia-20220924-sunflower-field-tractor-mine
@@claim c8 harm=INJURED min=1 max=1 named="Illia" weapon=ROCKET site="Balakliia" date=2022-08-25 basis=HEARSAY incident=ua-balakliia-20220825-college-dormitory-grad
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Balakliia" date=2022-08-25 basis=HEARSAY incident=ua-balakliia-20220825-college-dormitory-grad
