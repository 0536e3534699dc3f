id: az-tartar-4708
interview_date: 2021-05-18
place: Barda, Azerbaijan
language: Azerbaijani, interpreted

INTERVIEWER: Please tell us your name and where you are from.
WITNESS: [[Mehriban Rustamova|PERSON]]. I teach mathematics in [[Tartar|PLACE]], [[Terter|PLACE:Tartar]] we say, at the school number two. Thirty-eight years old.
INTERVIEWER: Where were you when the war started?
WITNESS: At home in [[Tartar|PLACE]], [[the 27th of September|DATE:2020-09-27]], [[Sunday morning|DATE:2020-09-27]]. The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] started at seven, we thought at first it was thunder. By [[the evening|DATE:2020-09-27]] we understood.
WITNESS: {{c1|[[Two days later|DATE:2020-09-29]] I took my two children and my mother-in-law and we went to [[Barda|PLACE]], to my husband's cousin. My husband [[Fuad|PERSON]] stayed in [[Tartar|PLACE]], he works for the electricity.}} In [[Barda|PLACE]] it was also not quiet, but on our street in [[Barda|PLACE]] nothing fell, I want to say that clearly.
INTERVIEWER: What happened to your school?
WITNESS: {{c2,c10|The director, [[Ilham|PERSON]] muallim, phoned me on [[the 2nd of October|DATE:2020-10-02]]. He said a [[shell|WEAPON:ARTILLERY]] came through the roof of the sports hall and a second one in the yard, and the watchman, old [[Aliheydar|PERSON]], was hit in the face by glass in his little room.}} Thank God, the school was closed. If the children had been there, three hundred children.
INTERVIEWER: Did you see the school later?
WITNESS: {{c3|In [[December|DATE:2020-12-01..2020-12-31]], when we came back. The sports hall has no roof, the basketball rings are in the snow. The windows on the side of the yard, all of them gone.}}
INTERVIEWER: Your parents live near the line, you said?
WITNESS: In [[Gapanli|PLACE]], a village of the [[Tartar|PLACE]] district, four kilometres from the positions. My father [[Yusif|PERSON]] did not want to leave the cows.
WITNESS: {{c4|He told me on the phone, [[the middle of October|DATE:2020-10-10..2020-10-20]]: the [[mortar mines|WEAPON:MORTAR]] came every evening, and [[one night|DATE:2020-10-10..2020-10-20]] one fell on the barn. The barn burned with the hay, two cows died.}} {{c5|My mother [[Sona|PERSON]] was cut in the shoulder when she ran out to open the door for the animals.}} He told it like a joke, that is my father. When I saw my mother's shoulder in [[November|DATE:2020-11-01..2020-11-30]] it was not a joke.
INTERVIEWER: Who was firing on [[Gapanli|PLACE]]?
WITNESS: [[The Armenians|ACTOR:Armenian forces]], from the hills. From the positions of [[the enemy|ACTOR:Armenian forces]] you can see our village like your hand.
INTERVIEWER: Did you hear about [[Ganja|PLACE]]?
WITNESS: Of course. My brother [[Elvin|PERSON]] lives in [[Gandja|PLACE:Ganja]], in [[Kepez|PLACE:Kapaz]]. {{c6|He phoned me at three at [[night|DATE:2020-10-17]], [[the 17th|DATE:2020-10-17]], shouting. The [[rocket|WEAPON:MISSILE]] fell two streets from him, on the private houses, the houses were flat, people under them.}} {{c7|Twenty dead, he said [[that night|DATE:2020-10-17]], twenty or more. He was digging with the others until the morning, he pulled out an old woman alive.}}
INTERVIEWER: Was the number twenty right?
WITNESS: {{c8|The news in the morning said twelve, and later they said fourteen.}} My brother says twenty because he counted what he saw, maybe some twice, in the night, I don't know. I was in [[Barda|PLACE]], I only know the telephone.
INTERVIEWER: And after the war?
WITNESS: {{c9|My cousin [[Hikmat|PERSON]], a shepherd, went with the sheep to the fields near [[Aghdam|PLACE]] in [[March|DATE:2021-03-01..2021-03-31]], the ones that were under [[the Armenians|ACTOR:Armenian forces]] for thirty years. The [[mine|WEAPON:LANDMINE]]. He lost the foot. Three sheep also.}} His wife told my mother. The fields are full of [[mines|WEAPON:LANDMINE]], everybody knows, but the grass there is very good.
INTERVIEWER: Is there anything you want to add?
WITNESS: Only, the children in my class now draw houses with no roofs. I tell them draw the roof, and they say, teacher, this is how it is.
@@witness az-tartar-mehriban-rustamova
@@claim c1 harm=DISPLACED min=4 max=4 named="Mehriban Rustamova" site="Tartar" date=2020-09-29 basis=EXPERIENCED incident=az-tartar-20200929-rustamova-family-barda
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Tartar" date=2020-10-02 basis=HEARSAY incident=az-tartar-20201002-school-two-sports-hall
@@claim c10 harm=INJURED min=1 max=1 named="Aliheydar" weapon=ARTILLERY site="Tartar" date=2020-10-02 basis=HEARSAY incident=az-tartar-20201002-school-two-sports-hall
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Tartar" date=2020-10-02 basis=WITNESSED incident=az-tartar-20201002-school-two-sports-hall
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null named="Yusif" weapon=MORTAR actor="Armenian forces" site="Gapanli" date=2020-10-10..2020-10-20 basis=HEARSAY incident=az-tartar-20201000-gapanli-barn-mortar
@@claim c5 harm=INJURED min=1 max=1 named="Sona" weapon=MORTAR actor="Armenian forces" site="Gapanli" date=2020-10-10..2020-10-20 basis=HEARSAY incident=az-tartar-20201000-gapanli-barn-mortar
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Kepez" date=2020-10-17 basis=HEARSAY incident=az-ganja-20201017-kapaz-houses-scud
@@claim c7 harm=KILLED min=20 max=null weapon=MISSILE site="Kepez" date=2020-10-17 basis=HEARSAY incident=az-ganja-20201017-kapaz-houses-scud
@@claim c8 harm=KILLED min=12 max=14 weapon=MISSILE site="Kepez" date=2020-10-17 basis=REPORTED incident=az-ganja-20201017-kapaz-houses-scud
@@claim c9 harm=INJURED min=1 max=1 named="Hikmat" weapon=LANDMINE site="Aghdam" date=2021-03-01..2021-03-31 basis=HEARSAY incident=az-aghdam-20210300-hikmat-sheep-mine
