WITNESS STATEMENT
Interview ID: TRF-811
Date of interview: 14 July 2018
Place of interview: [[Tal Rifaat|PLACE]], northern [[Aleppo|PLACE]] countryside
Language: Kurdish (Kurmanji), interpreted into English
Interviewer: [[Hanna Oberg|PERSON]]
Interpreter: [[Shiyar Bakr|PERSON]]

My name is [[Rojin Hamo|PERSON]]. I am thirty-four. I am from [[Maabatli|PLACE]], in the [[Afrin|PLACE]] region, [[Mabata|PLACE:Maabatli]] as we say in Kurdish. I have four children. My husband is [[Azad|PERSON]].

The war came to us on [[the 20th of January|DATE:2018-01-20]], when the [[Turkish|ACTOR:Turkish forces]] [[planes|WEAPON:AIRSTRIKE]] started. Before that [[Afrin|PLACE]] was quiet, people from all [[Syria|PLACE]] came to us to be safe. {{c1|In [[February|DATE:2018-02-01..2018-02-28]], I don't remember the day, maybe the middle, [[the jets|WEAPON:AIRSTRIKE]] hit the poultry farm at the edge of [[Maabatli|PLACE]] and the houses beside it. Our house lost the roof of the kitchen and all the windows.}} We were in the cellar of my father-in-law. Nobody from our family was hurt [[that day|DATE:2018-02-01..2018-02-28]]. {{c2|But the shepherd [[Bave Kemal|PERSON]], the old man, everybody called him like that, he died in the field with his sheep.}} I did not see it, his daughter told me crying.

[Interpreter's note: "Bave" means father; it is used with a name for respected old men.]

{{c3|In [[March|DATE:2018-03-01..2018-03-31]] [[the factions|ACTOR:Syrian National Army]] were coming close, and the [[shelling|WEAPON:ARTILLERY]] was all day. On [[the night of the 14th|DATE:2018-03-14..2018-03-15]] we left, with the tractor of my brother-in-law [[Hozan|PERSON]], fourteen people on one tractor.}} Thousands of cars and tractors on the road to [[Nubl|PLACE]], one line. We slept one night in [[Nubl|PLACE]] in a mosque and then we came to [[Tel Rifaat|PLACE:Tal Rifaat]].

Here we live in a house that is not ours. The owners left in [[2016|DATE:2016-01-01..2016-12-31]], they are in [[Azaz|PLACE]] or in [[Turkey|PLACE]], I don't know. Sometimes I think about them. We did not take it, it was empty.

{{c4|In [[June|DATE:2018-06-01..2018-06-30]], [[the second day of Eid|DATE:2018-06-16]], [[mortars|WEAPON:MORTAR]] fell near the water tank, in the street behind us. Two men died, [[Khalil Sido|PERSON]] and his neighbour, an Arab man from the town who came back, [[Abu Rashid|PERSON]].}} {{c5|A girl, [[Nesrin|PERSON]], was injured in the face.}} I saw them carry [[Khalil|PERSON]], his shirt was all red. People said the [[mortars|WEAPON:MORTAR]] came from the side of [[Marea|PLACE]] where [[the factions|ACTOR:Syrian National Army]] are.

The old people of [[Tal Rifaat|PLACE]] told me also about [[Marea|PLACE]] before. {{c6|They said [[Daesh|ACTOR:Islamic State]] attacked [[Marea|PLACE]] with [[mustard gas|WEAPON:CHEMICAL]] in [[the summer|DATE:2015-06-01..2015-08-31]] of [[2015|DATE:2015-06-01..2015-08-31]], and a family there had burns on all the body.}} I don't know more.

{{c7|One more thing. The boy of our neighbour, [[Ciwan|PERSON]], eleven, went with the goats east of the town, to the old front line, and stepped on a [[mine|WEAPON:LANDMINE]] in [[May|DATE:2018-05-01..2018-05-31]]. He lost his foot.}} There are [[mines|WEAPON:LANDMINE]] still, nobody cleans them. They said the [[landmines|WEAPON:LANDMINE]] are from the time of the fighting with [[Daesh|ACTOR:Islamic State]], or from [[the factions|ACTOR:Syrian armed opposition]], nobody knows.

I want to go back to [[Maabatli|PLACE]]. My husband says if we go back they will take him, because he was with the [[YPG|ACTOR:Syrian Democratic Forces]] for one year, only at a checkpoint. So we wait.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Turkish forces" site="Maabatli" date=2018-02-01..2018-02-28 basis=EXPERIENCED incident=sy-maabatli-20180200-poultry-farm-airstrike
@@claim c2 harm=KILLED min=1 max=1 named="Bave Kemal" weapon=AIRSTRIKE actor="Turkish forces" site="Maabatli" date=2018-02-01..2018-02-28 basis=HEARSAY incident=sy-maabatli-20180200-poultry-farm-airstrike
@@claim c3 harm=DISPLACED min=14 max=14 named="Hozan" site="Maabatli" date=2018-03-14..2018-03-15 basis=EXPERIENCED incident=sy-maabatli-20180314-hamo-family-flight
@@claim c4 harm=KILLED min=2 max=2 named="Khalil Sido; Abu Rashid" weapon=MORTAR actor="Syrian National Army" site="Tal Rifaat" date=2018-06-16 basis=WITNESSED incident=sy-talrifaat-20180616-water-tank-mortars
@@claim c5 harm=INJURED min=1 max=1 named="Nesrin" weapon=MORTAR actor="Syrian National Army" site="Tal Rifaat" date=2018-06-16 basis=WITNESSED incident=sy-talrifaat-20180616-water-tank-mortars
@@claim c6 harm=INJURED min=null max=null weapon=CHEMICAL actor="Islamic State" site="Marea" date=2015-06-01..2015-08-31 basis=HEARSAY incident=sy-marea-20150000-mustard-shells
@@claim c7 harm=INJURED min=1 max=1 named="Ciwan" weapon=LANDMINE site="Tal Rifaat" date=2018-05-01..2018-05-31 basis=HEARSAY incident=sy-talrifaat-20180500-ciwan-mine
@@witness sy-talrifaat-rojin-hamo
