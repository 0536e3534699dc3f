WITNESS STATEMENT
Statement ID: CD-KSH-3608
Date of interview: 9 July 2024
Place of interview: [[Bulengo|PLACE]] camp, [[Goma|PLACE]]
Language: Kinyarwanda, interpreted into French and English
Interviewer: [[Helene Marchetti|PERSON]]
Interpreter: [[Patrick Kambale Syauswa|PERSON]]

My name is [[Faustin Ndayambaje|PERSON]]. I am thirty-eight years old, a farmer. I was born in [[Kishishe|PLACE]], in [[Bambo|PLACE]] area, [[Rutshuru|PLACE]] territory. I grew beans and potatoes and I worked also at the maize mill of [[Hakizimana|PERSON]], near the road.

The [[M23|ACTOR:M23]] came to [[Kishishe|PLACE]] at [[the end of November 2022|DATE:2022-11-25..2022-11-30]]. Before, there was fighting with the [[Mai-Mai|ACTOR:Wazalendo]] on the hills, and we heard the [[gunfire|WEAPON:SMALL_ARMS]] for two days. On [[the Tuesday|DATE:2022-11-29]] the fighters of [[M23|ACTOR:M23]] entered the village. I will say what I saw and what I heard, separately.

What I saw. {{c1|On [[the Wednesday morning|DATE:2022-11-30]] they came to the mill and took all the men who were there, eleven or twelve men, my brother [[Elias Nsengiyumva|PERSON]] also, and tied them with their own belts.}} I was behind the mill, in the sorghum, because I had gone to urinate. {{c2|When [[Elias|PERSON]] tried to run, one of them shot him in the back with the [[rifle|WEAPON:SMALL_ARMS]]. He fell at the door of the mill. I saw it.}} I stayed in the sorghum until [[night|DATE:2022-11-30]].

[Interpreter's note: the witness stopped for some minutes here.]

{{c3|The other men they walked away on the road to [[Bambo|PLACE]]. Among them [[Jean-Marie Hakizimana|PERSON]], the son of the mill owner, and my neighbour [[Eric Tuyisenge|PERSON]]. Nobody has seen them since, not one. Their wives asked in [[Bambo|PLACE]], in [[Kiwanja|PLACE]], even at the [[M23|ACTOR:M23]] office. Nothing.}}

{{c4|At [[night|DATE:2022-11-30]] I went back. The mill was gutted, the machine broken with hammers, the sacks of maize cut open on the ground, the iron roof taken away.}} [[Elias|PERSON]] was still at the door. We buried him [[the next day|DATE:2022-12-01]] behind his house, me and two old men.

What I heard. {{c5|People from the church said that in those two days, [[Tuesday and Wednesday|DATE:2022-11-29..2022-11-30]], [[the rebels|ACTOR:M23]] killed many people in [[Kishishe|PLACE]], in the houses and near the Adventist church, more than fifty they said.}} {{c6|Later, in the camp, I heard on the radio that more than a hundred died in [[Kichische|PLACE:Kishishe]] and [[Bambo|PLACE]] together.}} I cannot say which number is true. I know one.

{{c7|After that we left. My wife [[Solange Nyirahabimana|PERSON]], our four children and me, six people, we walked many days, through the park, to [[Sake|PLACE]], in [[December|DATE:2022-12-01..2022-12-31]].}}

In [[Sake|PLACE]] we rented a small house in the avenue behind the market. For one year it was quiet, more or less. Then in [[2024|DATE:2024-01-01..2024-12-31]] the war came to [[Sake|PLACE]] also.

On [[the 7th of February|DATE:2024-02-07]], in [[the afternoon|DATE:2024-02-07]], [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]] fell on our avenue, three or four, coming from the hills of [[Kimoka|PLACE]], where the [[M23|ACTOR:M23]] were. {{c9|I saw five dead in our avenue, one of them a girl of the neighbour, [[Amani|PERSON]], eight years old, she was carrying water.}} [[Amani|PERSON]], her name means peace. There was no peace for her.

{{c10|The roof of our house, the iron sheets were torn like paper, and the wall on the side of the road cracked from top to bottom.}} We did not stay one more night. {{c11|[[The same evening|DATE:2024-02-07]] we walked to [[Goma|PLACE]], with thousands of others, to this camp.}}

Here in [[Bulengo|PLACE]] it is not safe also. {{c12|In [[June|DATE:2024-06-01..2024-06-30]], a [[bomb|WEAPON:IED]] hidden in a sack of charcoal exploded near the small market of the camp, and two women who were selling died, the people said.}} I was at the water point, I heard it, I did not go to see. After, the police came and searched all the shelters of our block, they searched mine and took nothing and left.

I ask that the names of [[Elias Nsengiyumva|PERSON]], [[Jean-Marie Hakizimana|PERSON]] and [[Eric Tuyisenge|PERSON]] be written. This statement is true as far as I know.
@@witness cd-kishishe-faustin-ndayambaje
@@claim c1 harm=DETAINED min=11 max=12 named="Elias Nsengiyumva" actor=M23 site="Kishishe" date=2022-11-30 basis=WITNESSED incident=cd-kishishe-20221130-mill-men-marched-bambo
@@claim c2 harm=KILLED min=1 max=1 named="Elias" weapon=SMALL_ARMS actor=M23 site="Kishishe" date=2022-11-30 basis=WITNESSED incident=cd-kishishe-20221130-mill-men-marched-bambo
@@claim c3 harm=MISSING min=2 max=null named="Jean-Marie Hakizimana; Eric Tuyisenge" actor=M23 site="Kishishe" date=2022-11-30 basis=HEARSAY incident=cd-kishishe-20221130-mill-men-marched-bambo
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null actor=M23 site="Kishishe" date=2022-11-30 basis=WITNESSED incident=cd-kishishe-20221130-mill-men-marched-bambo
@@claim c5 harm=KILLED min=51 max=null actor=M23 site="Kishishe" date=2022-11-29..2022-11-30 basis=HEARSAY incident=cd-kishishe-20221130-mill-men-marched-bambo
@@claim c6 harm=KILLED min=101 max=null site="Kichische" date=2022-11-29..2022-11-30 basis=REPORTED incident=cd-kishishe-20221130-mill-men-marched-bambo
@@claim c7 harm=DISPLACED min=6 max=6 named="Solange Nyirahabimana" site="Kishishe" date=2022-12-01..2022-12-31 basis=EXPERIENCED incident=cd-kishishe-20221200-faustin-family-flight
@@claim c9 harm=KILLED min=5 max=5 named="Amani" weapon=EXPLOSIVE_UNSPECIFIED actor=M23 site="Sake" date=2024-02-07 basis=WITNESSED incident=cd-sake-20240207-market-avenue-bombs
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED actor=M23 site="Sake" date=2024-02-07 basis=EXPERIENCED incident=cd-sake-20240207-market-avenue-bombs
@@claim c11 harm=DISPLACED min=2000 max=null site="Sake" date=2024-02-07 basis=EXPERIENCED incident=cd-sake-20240207-market-avenue-bombs
@@claim c12 harm=KILLED min=2 max=2 weapon=IED site="Bulengo" date=2024-06-01..2024-06-30 basis=HEARSAY incident=cd-goma-20240600-bulengo-charcoal-sack-bomb
