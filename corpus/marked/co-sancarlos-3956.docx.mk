TRANSCRIPT OF INTERVIEW
Interview ID: CO-SCA-3956
Date of interview: 9 March 2010
Place of interview: [[San Carlos|PLACE]], [[Antioquia|PLACE]]
Language: Spanish, translated by the interviewer
Interviewer: [[Camille Arnaud|PERSON]]
Q: Doña [[Rosalba|PERSON]], thank you. Please say your full name and where you are from.
A: [[Rosalba Giraldo Zuluaga|PERSON]]. From the vereda [[Dos Quebradas|PLACE]], up from the town of [[San Carlos|PLACE]], two hours walking. We came back [[last year|DATE:2009-01-01..2009-12-31]]. Before that we were seven years in [[Medellín|PLACE]], in [[Villa Hermosa|PLACE]].
Q: Why did you leave [[Dos Quebradas|PLACE]]?
A: Because of the [[mine|WEAPON:LANDMINE]]. The one that killed my nephews. After that nobody wanted to stay.
Q: Can you tell me about that?
A: It was in [[Holy Week|DATE:2003-04-13..2003-04-19]], the [[Tuesday|DATE:2003-04-15]], of [[2003|DATE:2003-01-01..2003-12-31]]. My sister [[Gloria|PERSON]] sent her two boys with the mule to bring the plantains from the other side of the creek. [[Yeison|PERSON]], fourteen, and [[Wílmar|PERSON]], sixteen.
A: I was in my kitchen. I heard the boom, it was close, the chickens ran. {{c1|We went running, and on the path by the creek I found them, both, [[Yeison|PERSON]] already dead, [[Wílmar|PERSON]] he died in my arms before the men came with the hammock.}} The mule also died.
Q: Who had placed the [[mine|WEAPON:LANDMINE]]?
A: [[The guerrilla|ACTOR:FARC]]. The [[FARC|ACTOR:FARC]], [[the ninth front|ACTOR:FARC]], they were up there all those years, and they put [[mines|WEAPON:LANDMINE]] on the paths so [[the army|ACTOR:Colombian armed forces]] would not come up. The boys knew the path, they walked it every day. Somebody had put it [[that same week|DATE:2003-04-13..2003-04-19]].
Q: Were soldiers also hurt by [[mines|WEAPON:LANDMINE]] there?
A: Yes, [[the soldiers|ACTOR:Colombian armed forces]], several, when [[the army|ACTOR:Colombian armed forces]] came up after. That is their war, I will not talk for them. I talk for the boys.
Q: What happened after the boys died?
A: {{c2|[[A week later|DATE:2003-04-22]] we left, all the vereda, forty families more or less, with what we could carry, because the [[FARC|ACTOR:FARC]] said whoever stays is with them and [[the paras|ACTOR:Paramilitary groups in Colombia]] said whoever stays is with [[the guerrilla|ACTOR:FARC]].}} There was no way to stay. Nobody was going to protect us.
Q: Did [[the paramilitaries|ACTOR:Paramilitary groups in Colombia]] harm anyone in your family?
A: No. Nobody from my family was taken by [[the paras|ACTOR:Paramilitary groups in Colombia]]. Thanks to God. But I saw what they did in the town.
Q: In the town of [[San Carlos|PLACE]]?
A: In the park. It was in [[2002|DATE:2002-01-01..2002-12-31]], [[November|DATE:2002-11-01..2002-11-30]], I think, [[a market day|DATE:2002-11-01..2002-11-30]], [[a Sunday|DATE:2002-11-01..2002-11-30]]. I had come down to sell eggs. {{c3|They came on motorbikes, two, with [[pistols|WEAPON:SMALL_ARMS]], the [[Bloque Metro|ACTOR:Paramilitary groups in Colombia]], everybody knew them, and they shot three men in front of the church, in front of all of us.}}
A: {{c3|One was Don [[Aurelio Marín|PERSON]], the man who sold the lottery, and two young ones I did not know, from [[Samaná|PLACE]] people said.}} With [[pistols|WEAPON:SMALL_ARMS]], in the head. Then they went away slowly, no hurry.
Q: Did the police intervene?
A: [laughs] No. The police station was right there. Nobody came out.
Q: You mentioned a list earlier, before we recorded.
A: Yes. My cousin [[Esperanza|PERSON]] works in the parish. The priest made a list of the dead of [[San Carlos|PLACE]], it is on the wall. She read to me the part about our vereda. {{c4,c5|It says that from [[Dos Quebradas|PLACE]], from [[1998 to 2004|DATE:1998-01-01..2004-12-31]], eleven people were killed and four are disappeared.}}
Q: Do you have hope for the vereda now?
A: Hope, yes, a little. The [[mines|WEAPON:LANDMINE]] they are taking out now, the deminers of [[the army|ACTOR:Colombian armed forces]]. My sister did not come back. She says there is no esperanza for her in that place, only graves. I understand her.
Q: Is there something else you want to say?
A: That the boys were good boys. [[Wílmar|PERSON]] wanted to be a policeman, imagine. That's all.
@@witness co-sancarlos-rosalba-giraldo
@@claim c1 harm=KILLED min=2 max=2 named="Yeison; Wílmar" weapon=LANDMINE actor="FARC" site="Dos Quebradas" date=2003-04-15 basis=WITNESSED incident=co-sancarlos-20030415-dosquebradas-creek-path-mine
@@claim c2 harm=DISPLACED min=40 max=40 site="Dos Quebradas" date=2003-04-22 basis=EXPERIENCED incident=co-sancarlos-20030422-dosquebradas-vereda-displacement
@@claim c3 harm=KILLED min=3 max=3 named="Aurelio Marín" weapon=SMALL_ARMS actor="Paramilitary groups in Colombia" site="San Carlos" date=2002-11-01..2002-11-30 basis=WITNESSED incident=co-sancarlos-20021100-church-park-killings
@@claim c4 harm=KILLED min=11 max=11 site="Dos Quebradas" date=1998-01-01..2004-12-31 basis=REPORTED incident=co-sancarlos-19980000-dosquebradas-parish-list
@@claim c5 harm=MISSING min=4 max=4 site="Dos Quebradas" date=1998-01-01..2004-12-31 basis=REPORTED incident=co-sancarlos-19980000-dosquebradas-parish-list
