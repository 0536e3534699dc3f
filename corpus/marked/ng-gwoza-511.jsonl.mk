id: NG-GWZ-511
interview_date: 2021-06-08
place: Minawao camp, Far North, Cameroon
language: Hausa and English

INTERVIEWER: You are from [[Gwoza|PLACE]]?
WITNESS: Yes, from [[Gwoza|PLACE]] town, near the [[Mandara|PLACE]] mountains. My name is [[Ezekiel Bitrus|PERSON]]. My father, [[Bitrus Tizhe|PERSON]], was a pastor's assistant at the church on the hill.
INTERVIEWER: When did you leave?
WITNESS: In [[2014|DATE:2014-01-01..2014-12-31]]. In [[August|DATE:2014-08-01..2014-08-31]], [[the first week|DATE:2014-08-01..2014-08-07]], [[a Wednesday|DATE:2014-08-06]] I think. [[Boko Haram|ACTOR:Boko Haram]] came into the town in [[the afternoon|DATE:2014-08-06]] with many vehicles, shooting the [[guns|WEAPON:SMALL_ARMS]] in the air and at people.
INTERVIEWER: What did you see?
WITNESS: {{c1|They went to the houses of the Christians. My father, they shot him in the compound, I saw it from the roof of the goat house.}} {{c2|My uncle [[Yakubu|PERSON]] also, and the son of our neighbour, [[Dauda Zira|PERSON]], he was sixteen.}} {{c3|In our area I think between fifteen and twenty men were killed [[that day|DATE:2014-08-06]].}}
INTERVIEWER: How did you escape?
WITNESS: {{c4|[[That night|DATE:2014-08-06]] I went up into the mountains with my mother [[Rifkatu|PERSON]] and my sister [[Godiya|PERSON]]. We walked three days and crossed to [[Cameroon|PLACE]], to [[Mokolo|PLACE]].}} [[Godiya|PERSON]] was ten, she carried the small pot the whole way. We said godiya to God, thanks to God, that we are alive, and my mother said, you see, her name was right.
INTERVIEWER: Did you go back to [[Gwoza|PLACE]]?
WITNESS: Yes. In [[2017|DATE:2017-01-01..2017-12-31]] we went back, [[the army|ACTOR:Nigerian armed forces]] said it is safe. The town was, eh, broken. People said [[the jets|WEAPON:AIRSTRIKE]] bombed it when [[the soldiers|ACTOR:Nigerian armed forces]] came to take it back in [[2015|DATE:2015-01-01..2015-12-31]]. {{c5,c10|My aunt told me a [[bomb|WEAPON:AIRSTRIKE]] from [[the plane|WEAPON:AIRSTRIKE]] fell on the house of the [[Hamman|PERSON]] family and a woman and two children died there.}} I was not there, I only know what she said.
INTERVIEWER: What happened after you went back?
WITNESS: {{c6|In [[2019|DATE:2019-01-01..2019-12-31]], [[the 9th of November|DATE:2019-11-09]], the bus from [[Pulka|PLACE]] hit a [[roadside bomb|WEAPON:IED]] near [[Ngoshe|PLACE]] junction. Seven people died. My friend [[Nuhu|PERSON]] was the driver, and the conductor [[Yusuf Mshelia|PERSON]] died with him.}} {{c7|My sister's husband, [[Samaila Gadzama|PERSON]], was on it, he lost his hearing.}}
INTERVIEWER: Were there soldiers on the bus?
WITNESS: No soldiers. Farmers, traders, a woman with a baby. The [[IED|WEAPON:IED]] was for the soldiers maybe, they pass on that road every day.
INTERVIEWER: Why did you leave [[Gwoza|PLACE]] again?
WITNESS: {{c8|The [[mortars|WEAPON:MORTAR]]. In [[2020|DATE:2020-01-01..2020-12-31]], every night for one month, [[Boko Haram|ACTOR:Boko Haram]] fired [[mortar bombs|WEAPON:MORTAR]] from the mountain into the town. One fell in our yard, [[Christmas Eve|DATE:2020-12-24]], and my mother was cut in the back.}} She is alive. {{c9|After that, in [[January|DATE:2021-01-01..2021-01-31]], we came here to [[Minawao|PLACE]], five of us.}}
INTERVIEWER: Is there anything you want to add?
WITNESS: If the [[CJTF|ACTOR:Civilian JTF]] were not on the hill, they would have come down into the town many times. The boys of the [[CJTF|ACTOR:Civilian JTF]], they have only [[Dane guns|WEAPON:SMALL_ARMS]] and sticks. Somebody must help them.
@@witness ng-gwoza-ezekiel-bitrus
@@claim c1 harm=KILLED min=1 max=1 named="Bitrus Tizhe" weapon=SMALL_ARMS actor="Boko Haram" site="Gwoza" date=2014-08-06 basis=WITNESSED incident=ng-gwoza-20140806-town-taken
@@claim c2 harm=KILLED min=2 max=2 named="Yakubu; Dauda Zira" weapon=SMALL_ARMS actor="Boko Haram" site="Gwoza" date=2014-08-06 basis=WITNESSED incident=ng-gwoza-20140806-town-taken
@@claim c3 harm=KILLED min=15 max=20 actor="Boko Haram" site="Gwoza" date=2014-08-06 basis=WITNESSED incident=ng-gwoza-20140806-town-taken
@@claim c4 harm=DISPLACED min=3 max=3 named="Godiya" actor="Boko Haram" site="Gwoza" date=2014-08-06 basis=EXPERIENCED incident=ng-gwoza-20140806-town-taken
@@claim c5 harm=KILLED min=3 max=3 weapon=AIRSTRIKE actor="Nigerian armed forces" site="Gwoza" date=2015-01-01..2015-12-31 basis=HEARSAY incident=ng-gwoza-20150300-hamman-house-airstrike
@@claim c6 harm=KILLED min=7 max=7 named="Nuhu; Yusuf Mshelia" weapon=IED site="Ngoshe" date=2019-11-09 basis=HEARSAY incident=ng-gwoza-20191109-pulka-bus-ied
@@claim c7 harm=INJURED min=1 max=1 named="Samaila Gadzama" weapon=IED site="Ngoshe" date=2019-11-09 basis=HEARSAY incident=ng-gwoza-20191109-pulka-bus-ied
@@claim c8 harm=INJURED min=1 max=1 weapon=MORTAR actor="Boko Haram" site="Gwoza" date=2020-12-24 basis=WITNESSED incident=ng-gwoza-20201224-mortar-yard
@@claim c9 harm=DISPLACED min=5 max=5 site="Gwoza" date=2021-01-01..2021-01-31 basis=EXPERIENCED incident=ng-gwoza-20210100-family-flight
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Nigerian armed forces" site="Gwoza" date=2015-01-01..2015-12-31 basis=HEARSAY incident=ng-gwoza-20150300-hamman-house-airstrike
