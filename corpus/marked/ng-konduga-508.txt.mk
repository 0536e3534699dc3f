Interview ID: NG-KDG-508
Interview date: 11/09/2019
Location: [[Dalori|PLACE]] camp, [[Maiduguri|PLACE]]
Language: Kanuri
Interviewer: [[Hadiza Garba|PERSON]]

INT: Thank you, Mama. Please tell me your name.
RESP: [[Yagana Kachalla|PERSON]]. People call me Ya [[Yagana|PERSON]]. I am from [[Dalwa|PLACE]], near [[Kunduga|PLACE:Konduga]], but since [[2015|DATE:2015-01-01..2015-12-31]] we stay in [[Konduga|PLACE]] town and now here.
INT: You lost your son in [[June|DATE:2019-06-01..2019-06-30]].
RESP: Yes. [[Mala Abatcha|PERSON]]. Nineteen years. He was learning to be a mechanic.
INT: Can you tell me what happened?
RESP: It was [[the Saturday night|DATE:2019-06-15]], I think. No... people say [[Sunday|DATE]]. For me it was [[the night before the market|DATE]], so [[Saturday|DATE]]. He went to watch the football with his friends at the viewing centre. I was sleeping. At ten, maybe, we heard the explosions, three, one after one.
INT: Three?
RESP: Three. Three girls with [[bombs|WEAPON:IED]] on the body, all at the centre, people say. One at the door, two inside.
INT: What did you do?
RESP: {{c1|I ran there with my co-wife [[Hauwa|PERSON]]. The place was dark, the generator was broken. We found [[Mala|PERSON]] by his shoes. He was dead already.}} [crying] {{c2|The radio said thirty people died.}} {{c3|The women at the hospital said more than forty were wounded.}}
INT: Who did this, do you know?
RESP: Who else? [[Boko Haram|ACTOR:Boko Haram]]. They send the girls. Some they took from [[Gwoza|PLACE]], from [[Bama|PLACE]], small girls.
INT: You said you left [[Dalwa|PLACE]] in [[2015|DATE:2015-01-01..2015-12-31]]. Why?
RESP: Because of the water. In [[the rainy season|DATE:2015-06-01..2015-09-30]], [[JAS|ACTOR:Boko Haram]] came at [[night|DATE]] and put [[poison|WEAPON:CHEMICAL]] in the big well, because the people of [[Dalwa|PLACE]] gave information to the soldiers.
INT: How do you know it was [[poison|WEAPON:CHEMICAL]]?
RESP: {{c4|[[The next morning|DATE:2015-06-01..2015-09-30]] the children drank first, like always. Three children died before [[Zuhr|DATE:2015-06-01..2015-09-30]]. [[Zara|PERSON]], my neighbour's daughter, and two boys of the [[Kyari|PERSON]] family.}} {{c5|Many people vomited, their stomach was burning, maybe fifteen people, I also.}} The water smelled like the [[chemical|WEAPON:CHEMICAL]] for the farm, the one for insects. People said it was [[rat poison|WEAPON:CHEMICAL]] from the market in [[Maiduguri|PLACE]].
INT: Had the soldiers been in [[Dalwa|PLACE]]?
RESP: Yes, [[the army|ACTOR:Nigerian armed forces]] came before, [[two weeks before|DATE]]. {{c6|And [[after the poison|DATE:2015-06-01..2015-09-30]], they came back and took my husband [[Abatcha Kyari|PERSON]] and four other men. They said they are [[Boko Haram|ACTOR:Boko Haram]] because they were at home.}} {{c6|They took them to [[Giwa barracks|PLACE]].}}
INT: Is your husband free now?
RESP: {{c6|He came out in [[2017|DATE:2017-01-01..2017-12-31]]. Two years.}} He is sick in the chest. He does not talk about [[Giwa|PLACE:Giwa barracks]].
RESP: {{c7|After that we left [[Dalwa|PLACE]] for [[Konduga|PLACE]], the whole village left, nobody drinks from that well.}}
INT: Was anybody hurt in [[Dalwa|PLACE]] by fighting, shooting?
RESP: Not in my house. There was no fighting in [[Dalwa|PLACE]] itself. [[Boko Haram|ACTOR:Boko Haram]] said if we go to [[Maiduguri|PLACE]] they will kill us on the road. So we stayed until the water.
INT: Thank you, Ya [[Yagana|PERSON]].
RESP: Write [[Mala|PERSON]]. His name was [[Mala Abatcha|PERSON]]. Not only "a boy".
@@witness ng-konduga-yagana-kachalla
@@claim c1 harm=KILLED min=1 max=1 named="Mala" weapon=IED actor="Boko Haram" site="Konduga" date=2019-06-15 basis=WITNESSED incident=ng-konduga-20190616-viewing-centre-bombing
@@claim c2 harm=KILLED min=30 max=30 weapon=IED actor="Boko Haram" site="Konduga" date=2019-06-15 basis=REPORTED incident=ng-konduga-20190616-viewing-centre-bombing
@@claim c3 harm=INJURED min=41 max=null weapon=IED actor="Boko Haram" site="Konduga" date=2019-06-15 basis=HEARSAY incident=ng-konduga-20190616-viewing-centre-bombing
@@claim c4 harm=KILLED min=3 max=3 named="Zara" weapon=CHEMICAL actor="Boko Haram" site="Dalwa" date=2015-06-01..2015-09-30 basis=WITNESSED incident=ng-dalwa-20150700-well-poisoning
@@claim c5 harm=INJURED min=15 max=15 weapon=CHEMICAL actor="Boko Haram" site="Dalwa" date=2015-06-01..2015-09-30 basis=EXPERIENCED incident=ng-dalwa-20150700-well-poisoning
@@claim c6 harm=DETAINED min=5 max=5 named="Abatcha Kyari" actor="Nigerian armed forces" site="Dalwa" date=2015-06-01..2015-09-30 basis=WITNESSED incident=ng-dalwa-20150800-men-detained
@@claim c7 harm=DISPLACED min=null max=null site="Dalwa" date=2015-06-01..2015-12-31 basis=EXPERIENCED incident=ng-dalwa-20150800-village-flight
