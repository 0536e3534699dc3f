@@newline crlf
Interview ID: AF-KDZ-4051
Date of interview: 14/03/2022
Place of interview: [[Kunduz|PLACE]] city, [[Afghanistan|PLACE]]
Language: Dari, interpreted
Interviewer: [[Ines Carvalho|PERSON]]
Interpreter: [[Farhad Nazari|PERSON]]

Q: Please tell me your name and where you live.
A: [[Mohammad Nabi|PERSON]], son of [[Abdul Ghani|PERSON]]. From [[Gor Tepa|PLACE]], in [[Chahar Dara|PLACE]] district. I grow melons, and some wheat. We came back to [[Gortepa|PLACE:Gor Tepa]] in [[2009|DATE:2009-01-01..2009-12-31]], before that we lived in the city.
Q: You told our colleague about the [[bombing|WEAPON:AIRSTRIKE]] of the house of Haji [[Nasrullah|PERSON]]. When was that?
A: It was [[Ramadan|DATE:2018-05-16..2018-06-14]]. [[The last ten days|DATE:2018-06-05..2018-06-14]], [[a Thursday night|DATE:2018-06-07]], [[after the taraweeh|DATE:2018-06-07]]. [[2018|DATE:2018-01-01..2018-12-31]], yes, I am sure of the year.
[Interpreter: He says taraweeh, the night prayer of Ramadan.]
A: We had come home from the mosque, maybe [[eleven o'clock|DATE:2018-06-07]]. I heard [[the planes|WEAPON:AIRSTRIKE]], two times they turned over the village, high, and then, eh, one very big sound. The ground jumped. My wife was shouting, the children were shouting.
Q: Did you go out?
A: Not at once. We were afraid [[the planes|WEAPON:AIRSTRIKE]] would come again, so we stayed under the stairs maybe half an hour. Then my neighbour [[Abdul Rauf|PERSON]] knocked, we went with a torch. The house of [[Nasrullah|PERSON]] is four houses from mine, near the canal.
A: {{c3|There was no house. The walls, the roof, the room of the guests, all of it was on the ground, only the gate was standing.}}
A: {{c1|We took out the dead with our hands until [[the morning|DATE:2018-06-08]]. Eleven. Haji [[Nasrullah|PERSON]] himself, his son [[Zabihullah|PERSON]], the wife of [[Zabihullah|PERSON]], and the small ones, I cannot say all their names, I am sorry.}}
A: {{c2|His wife [[Bibi Gul|PERSON]] we found alive under the beam, and one grandson, [[Omid|PERSON]], his head was open. We took them in [[Abdul Rauf|PERSON]]'s car to the city.}}
Q: Were there [[Taliban|ACTOR:Taliban]] in the house or near it?
A: In that house, no. No fighters, no weapons. The [[Taliban|ACTOR:Taliban]] were in [[Gor Tepa|PLACE]], I will not lie to you, on the other side, by the bridge, but not with Haji [[Nasrullah|PERSON]]. He was an old man with a bad leg.
A: The radio from [[Kabul|PLACE]] said they killed [[Taliban|ACTOR:Taliban]] in [[Char Dara|PLACE:Chahar Dara]] [[that night|DATE:2018-06-07]]. Some people said it was [[the Americans|ACTOR:US forces]], some said [[the planes|WEAPON:AIRSTRIKE]] of [[the government|ACTOR:Afghan forces]]. I don't know whose they were. In the dark you cannot see a flag.
Q: What happened [[after that night|DATE]]?
A: Then on [[the second day of Eid|DATE:2018-06-16]] a [[mortar|WEAPON:MORTAR]] fell in [[Gor Tepa|PLACE]] again. Not on the same place, near the mosque, where the boys had a swing.
A: {{c4|The son of my cousin, [[Shafiq|PERSON]], he was ten, his leg was broken by it, and another boy, [[Jamshid|PERSON]], was cut on the back.}} I was in the mosque, I ran out when I heard it and I carried [[Shafiq|PERSON]] myself.
Q: Who fired the [[mortar|WEAPON:MORTAR]]?
A: Both sides were firing [[those days|DATE:2018-06-01..2018-06-30]], [[the army|ACTOR:Afghan forces]] post on the hill and the [[Taliban|ACTOR:Taliban]] from the fields. Who knows whose it was.
A: People said the school was hit [[that day|DATE:2018-06-16]] also. It was not. I went to look, the school was not touched, only the glass of one window.
Q: You also mentioned a [[roadside bomb|WEAPON:IED]].
A: Yes, that was [[the next year|DATE:2019-01-01..2019-12-31]]. [[The 2nd of August|DATE:2019-08-02]], [[a Friday|DATE:2019-08-02]], the bazaar day. The tractor of [[Sardar Mohammad|PERSON]] was taking men to the [[Chahar Dara|PLACE]] bazaar, on the canal road, and I was behind on my motorbike, maybe two hundred metres.
A: {{c5|The tractor hit a [[roadside bomb|WEAPON:IED]]. [[Sardar Mohammad|PERSON]] died there, on the seat, and two of the men in the trailer died also, [[Nematullah|PERSON]] and a boy from [[Aliabad|PLACE]], I did not know him.}}
A: {{c6|Two more were hurt, one lost his foot.}}
Q: Do you know who put the [[bomb|WEAPON:IED]] there?
A: The [[Taliban|ACTOR:Taliban]] put those [[bombs|WEAPON:IED]] for [[the army|ACTOR:Afghan forces]] cars, everybody knew. [[The army|ACTOR:Afghan forces]] came on that road every week. [[That Friday|DATE:2019-08-02]] it was a tractor.
A: And I tell you, if I had gone one minute faster I would be in the trailer also. I always sit on the trailer with [[Sardar|PERSON]], we talk. [[That day|DATE:2019-08-02]] my motorbike was slow to start.
Q: How is your own family now?
A: We are alive. My father died in [[2008|DATE:2008-01-01..2008-12-31]], from his heart, before all this. My son [[Farid|PERSON]] went for the taraweeh with [[Zabihullah|PERSON]] every night. [[That night|DATE:2018-06-07]] he came home early because he had a fever. If not, he would be in that house.
A: I still go past the place of the house. Nobody built it again. [[Bibi Gul|PERSON]] lives with her daughter in [[Kundoz|PLACE:Kunduz]] now.
@@witness af-chahardara-mohammad-nabi
@@claim c1 harm=KILLED min=11 max=11 named="Nasrullah; Zabihullah" weapon=AIRSTRIKE site="Gor Tepa" date=2018-06-07 basis=WITNESSED incident=af-chahardara-20180607-gortepa-nasrullah-house
@@claim c2 harm=INJURED min=2 max=2 named="Bibi Gul; Omid" weapon=AIRSTRIKE site="Gor Tepa" date=2018-06-07 basis=WITNESSED incident=af-chahardara-20180607-gortepa-nasrullah-house
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Gor Tepa" date=2018-06-07 basis=WITNESSED incident=af-chahardara-20180607-gortepa-nasrullah-house
@@claim c4 harm=INJURED min=2 max=2 named="Shafiq; Jamshid" weapon=MORTAR site="Gor Tepa" date=2018-06-16 basis=WITNESSED incident=af-chahardara-20180616-gortepa-eid-mortar
@@claim c5 harm=KILLED min=3 max=3 named="Sardar Mohammad; Nematullah" weapon=IED actor=Taliban site="Chahar Dara" date=2019-08-02 basis=WITNESSED incident=af-chahardara-20190802-canal-road-tractor
@@claim c6 harm=INJURED min=2 max=2 weapon=IED actor=Taliban site="Chahar Dara" date=2019-08-02 basis=WITNESSED incident=af-chahardara-20190802-canal-road-tractor
