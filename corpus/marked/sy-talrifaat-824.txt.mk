STATEMENT OF WITNESS
Statement ID: TRF-824
Date of interview: 27 June 2016
Place of interview: [[Kilis|PLACE]], [[Turkey|PLACE]]
Language: Arabic, interpreted
Interviewer: [[Anke Brauer|PERSON]]
Interpreter: [[Hussam Daher|PERSON]]

I am [[Ghaith Barakat|PERSON]], forty-eight years old, from [[Tall Rifaat|PLACE:Tal Rifaat]] in the northern countryside of [[Aleppo|PLACE]]. I was a teacher of chemistry in the secondary school. I am married to [[Lina|PERSON]] and we have five children.

Until [[2016|DATE:2016-01-01..2016-12-31]] our town was with [[the Free Army|ACTOR:Syrian armed opposition]]. There was [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] sometimes, from [[the regime|ACTOR:Syrian government forces]], and [[Daesh|ACTOR:Islamic State]] was near, in [[2015|DATE:2015-01-01..2015-12-31]] they reached the edge of [[Marea|PLACE]]. But [[February 2016|DATE:2016-02-01..2016-02-29]] was something different.

From [[the first days of February|DATE:2016-02-01..2016-02-07]] the [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]] were above us day and night. They used [[cluster bombs|WEAPON:CLUSTER_MUNITION]] on the town, many times. You hear one big sound and then many small ones, pop pop pop, all over the street. {{c1|On [[the 8th of February|DATE:2016-02-08]], in [[the morning|DATE:2016-02-08]], the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] fell on the street of the bakery and the old souq. I saw three people dead in front of the bakery, [[Abu Adel Shami|PERSON]] and his son [[Adel|PERSON]], and a woman I did not know.}} {{c2|More than ten were wounded, I helped to put them in the cars.}}

[Interpreter's note: the witness drew the small [[bombs|WEAPON:CLUSTER_MUNITION]] for the interviewer, round, the size of a fist.]

{{c3|In [[the days after|DATE:2016-02-09..2016-02-12]] the children found [[bomblets|WEAPON:CLUSTER_MUNITION]] that did not explode, in the gardens, on the roofs. The boy of my neighbour, [[Abboud|PERSON]], nine, touched one on the roof and it exploded. He lost his right hand and one eye.}} Dr. [[Fawwaz|PERSON]] did what he could in the clinic.

{{c4|[[The next night|DATE:2016-02-09]] [[the planes|WEAPON:AIRSTRIKE]] dropped the [[incendiary bombs|WEAPON:INCENDIARY]], the ones that burn. I know chemistry, it was [[thermite|WEAPON:INCENDIARY]] or something like it, the fire is white and you cannot put it out with water. The [[Hallaq|PERSON]] family's house and the two shops below it burned completely.}} Nobody died in that fire, they were in the shelter.

[Interpreter's note: he used the word "thermite" in English.]

Also they hit with [[missiles|WEAPON:MISSILE]], big ones. People said they came from the ships, from the sea. I don't know. {{c5|One [[missile|WEAPON:MISSILE]] hit the building of the old municipality on [[the 11th|DATE:2016-02-11]], it was empty, and the building fell completely.}}

On [[the 14th|DATE:2016-02-14]] and [[15th|DATE:2016-02-15]] [[the Kurdish units|ACTOR:Syrian Democratic Forces]] came from the west, from the side of [[Afrin|PLACE]], with the [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]] above them. The [[QSD|ACTOR:Syrian Democratic Forces]] took the town. {{c6|We left on [[the 14th|DATE:2016-02-14]], the whole town, almost thirty thousand people, on the road to [[Azaz|PLACE]]. My family, seven people, in my car.}}

I want to say clearly: there was no fighting in my street before we left. The fighters were on the front lines, outside. In my street there were only families. If the [[bomblets|WEAPON:CLUSTER_MUNITION]] had fallen in the afternoon when the children play, there would be ten children like [[Abboud|PERSON]], not one.

{{c7|My brother-in-law [[Hashem|PERSON]] went back to the edge of the town in [[April|DATE:2016-04-01..2016-04-30]] to see. He says our house is taken, someone lives in it, and the school where I taught is a military base now.}}

I ask that the names of [[Abu Adel|PERSON]] and [[Adel|PERSON]] are written in the report. [[Adel|PERSON]] was nineteen, he wanted to study engineering.
@@claim c1 harm=KILLED min=3 max=3 named="Abu Adel Shami; Adel" weapon=CLUSTER_MUNITION actor="Russian forces" site="Tall Rifaat" date=2016-02-08 basis=WITNESSED incident=sy-talrifaat-20160208-souq-cluster-strike
@@claim c2 harm=INJURED min=11 max=null weapon=CLUSTER_MUNITION actor="Russian forces" site="Tall Rifaat" date=2016-02-08 basis=WITNESSED incident=sy-talrifaat-20160208-souq-cluster-strike
@@claim c3 harm=INJURED min=1 max=1 named="Abboud" weapon=CLUSTER_MUNITION actor="Russian forces" site="Tall Rifaat" date=2016-02-09..2016-02-12 basis=WITNESSED incident=sy-talrifaat-20160209-abboud-bomblet
@@claim c4 harm=PROPERTY_DAMAGE min=3 max=3 named="Hallaq" weapon=INCENDIARY actor="Russian forces" site="Tall Rifaat" date=2016-02-09 basis=WITNESSED incident=sy-talrifaat-20160209-hallaq-house-incendiary
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Tall Rifaat" date=2016-02-11 basis=WITNESSED incident=sy-talrifaat-20160211-municipality-missile
@@claim c6 harm=DISPLACED min=30000 max=30000 site="Tall Rifaat" date=2016-02-14 basis=EXPERIENCED incident=sy-talrifaat-20160214-town-exodus
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="Tall Rifaat" date=2016-02-14..2016-04-30 basis=HEARSAY incident=sy-talrifaat-20160000-barakat-house-seized
@@witness sy-talrifaat-ghaith-barakat
