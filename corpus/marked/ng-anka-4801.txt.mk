Interview ID: NG-ANK-4801
Date of interview: 14 August 2021
Place of interview: [[Gusau|PLACE]], [[Zamfara|PLACE]] State
Language: Hausa, interpreted into English
Interviewer: [[Hannah Ekström|PERSON]]
Interpreter: [[Nafisa Abdulkadir|PERSON]]

INTERVIEWER: Thank you for coming. Please tell me your name and where you are from.
WITNESS: [[Lawali Sule|PERSON]]. I am from [[Sunke|PLACE]], in [[Anka|PLACE]] local government. I farm millet, guinea corn, some beans.
INTERVIEWER: When did you leave [[Sunke|PLACE]]?
WITNESS: After the attack. The one in [[June|DATE:2021-06-01..2021-06-30]].
INTERPRETER: He says it was [[a Friday night|DATE:2021-06-11]]. [[Four weeks after the small Sallah|DATE:2021-06-11]], he says. Sallah is the Eid, the end of Ramadan.
INTERVIEWER: So [[June 2021|DATE:2021-06-01..2021-06-30]]. What happened [[that night|DATE:2021-06-11]]?
WITNESS: We heard the motorcycles first. Many, many. Two on each one, some three. Then the [[shooting|WEAPON:SMALL_ARMS]] started, from the side of the market.
WITNESS: They were the [[yan bindiga|ACTOR:Armed bandits (north-west Nigeria)]]. [[The bandits|ACTOR:Armed bandits (north-west Nigeria)]], the people from the forest.
INTERVIEWER: Where were you?
WITNESS: In my compound. I put the women in the room of my mother, and I went on the roof to see. Eh, I mean, I did not go up fully, I put my head.
WITNESS: {{c1|My son [[Nasiru|PERSON]] was at the house of his friends near the market. He did not come back [[that night|DATE:2021-06-11]]. In [[the morning|DATE:2021-06-12]] Alhaji [[Dahiru|PERSON]]'s boys brought him to me on a door. We washed him and we buried him before zuhr.}}
INTERVIEWER: I am very sorry. How old was [[Nasiru|PERSON]]?
WITNESS: Nineteen. He was going to marry after the harvest.
INTERVIEWER: Were other people killed?
WITNESS: {{c2|We buried eight. Eight, in one line, behind the Friday mosque. My son, and [[Bashiru Tanko|PERSON]], and the two sons of [[Mai Unguwa|PERSON]], and others.}} I helped to dig. Others say more, ten, but eight is what we put in the ground.
INTERPRETER: Mai Unguwa is a title, like the head of the ward. But here he says it as the man's name, everybody calls him so.
INTERVIEWER: Did they take anybody?
WITNESS: {{c3|Yes. They took people to the bush. My wife's brother [[Sani Usman|PERSON]], and the girls, [[Rahama|PERSON]] and [[Sadiya|PERSON]], and some others, maybe fifteen all together.}}
WITNESS: {{c4|[[Sani|PERSON]] came back after forty days. The family paid. They sold the land of his father to pay.}}
INTERVIEWER: And the girls?
WITNESS: {{c5|[[Rahama|PERSON]] and [[Sadiya|PERSON]], nobody has seen them until today. [[The bandits|ACTOR:Armed bandits (north-west Nigeria)]] called the father of [[Rahama|PERSON]] one time, in [[July|DATE:2021-07-01..2021-07-31]], then nothing. The phone is off.}}
INTERVIEWER: Did they do anything to the houses, the property?
WITNESS: {{c6|They burned the granaries with [[petrol bombs|WEAPON:INCENDIARY]], the ones near the road. I counted six granaries burned, all the guinea corn inside.}} {{c9|And they took the animals, all my cows, seven, and the goats.}} They were driving them to the forest in front of the motorcycles.
WITNESS: My house, no. They did not burn my house. The roof is there.
INTERVIEWER: Is this the first time they attacked [[Sunke|PLACE]]?
WITNESS: No. {{c7|In [[November|DATE:2020-11-01..2020-11-30]], [[the year before|DATE:2020-01-01..2020-12-31]], they came in the day and took the cattle of the whole village. Maybe sixty cows.}} Nobody was killed that time. They did not shoot people, only in the air.
INTERPRETER: He says [[November of 2020|DATE:2020-11-01..2020-11-30]], [[after the harvest|DATE:2020-11-01..2020-11-30]]. He does not remember the day.
INTERVIEWER: After the attack in [[June|DATE:2021-06-01..2021-06-30]], what did you do?
WITNESS: {{c8|We left [[that same day|DATE:2021-06-12]], [[the Saturday|DATE:2021-06-12]], after we buried. My two wives, my mother, the children. Eleven people. We walked to [[Anka|PLACE]] town, and from [[Anka|PLACE]] we took a lorry to [[Gusau|PLACE]].}}
WITNESS: Now we stay with my cousin at [[Tudun Wada|PLACE]], in [[Gusau|PLACE]]. Thirteen people in two rooms.
INTERVIEWER: Did [[the army|ACTOR:Nigerian armed forces]] or the police come to [[Sunke|PLACE]]?
WITNESS: [[The soldiers|ACTOR:Nigerian armed forces]] came on [[Sunday|DATE:2021-06-13]]. Two vehicles. They looked, they left.
WITNESS: Later we heard [[the jets|WEAPON:AIRSTRIKE]] were bombing the camps of [[the bandits|ACTOR:Armed bandits (north-west Nigeria)]] in the forest, near [[Dansadau|PLACE]]. That is their place, the forest. I don't know what happened there, I was not there.
INTERVIEWER: Have they threatened the village since?
WITNESS: They sent a message with a herder. They said, if the village does not pay the levy, they will come and burn every house, even the mosque. So the people who stayed are paying.
INTERVIEWER: Would you go back?
WITNESS: If there is peace, yes. My farm is there. Now it is the rainy season and nobody is farming my land. [pause] It is not easy.
@@witness ng-anka-lawali-sule
@@claim c1 harm=KILLED min=1 max=1 named="Nasiru" actor="Armed bandits (north-west Nigeria)" site="Sunke" date=2021-06-11 basis=WITNESSED incident=ng-anka-20210611-sunke-raid
@@claim c2 harm=KILLED min=8 max=8 named="Nasiru; Bashiru Tanko" actor="Armed bandits (north-west Nigeria)" site="Sunke" date=2021-06-11 basis=WITNESSED incident=ng-anka-20210611-sunke-raid
@@claim c3 harm=DETAINED min=15 max=15 named="Sani Usman; Rahama; Sadiya" actor="Armed bandits (north-west Nigeria)" site="Sunke" date=2021-06-11 basis=WITNESSED incident=ng-anka-20210611-sunke-raid
@@claim c4 harm=DETAINED min=1 max=1 named="Sani" actor="Armed bandits (north-west Nigeria)" site="Sunke" date=2021-06-11 basis=EXPERIENCED incident=ng-anka-20210611-sunke-raid
@@claim c5 harm=MISSING min=2 max=2 named="Rahama; Sadiya" actor="Armed bandits (north-west Nigeria)" site="Sunke" date=2021-06-11 basis=WITNESSED incident=ng-anka-20210611-sunke-raid
@@claim c6 harm=PROPERTY_DAMAGE min=6 max=6 weapon=INCENDIARY actor="Armed bandits (north-west Nigeria)" site="Sunke" date=2021-06-11 basis=WITNESSED incident=ng-anka-20210611-sunke-raid
@@claim c7 harm=PROPERTY_DAMAGE min=60 max=60 actor="Armed bandits (north-west Nigeria)" site="Sunke" date=2020-11-01..2020-11-30 basis=WITNESSED incident=ng-anka-20201100-sunke-cattle-raid
@@claim c8 harm=DISPLACED min=11 max=11 site="Sunke" date=2021-06-12 basis=EXPERIENCED incident=ng-anka-20210611-sunke-raid
@@claim c9 harm=PROPERTY_DAMAGE min=7 max=null actor="Armed bandits (north-west Nigeria)" site="Sunke" date=2021-06-11 basis=EXPERIENCED incident=ng-anka-20210611-sunke-raid
