Transcript, interview HDT-821
Interviewer: [[Colin Ferrie|PERSON]]
Interpreter: [[Rana Saadi|PERSON]]
Speaker: [[Abdulsattar Mahmoud al-Hadithi|PERSON]], retired engineer at the dam
Place: [[Haditha|PLACE]], [[Anbar|PLACE]] province
Date: 2 May 2017

Colin: Thank you for sitting with us. You stayed in [[Haditha|PLACE]] the whole time?
Abdulsattar: The whole time. From [[2014|DATE:2014-01-01..2014-12-31]] [[Daesh|ACTOR:Islamic State]] was around us on three sides, [[Hit|PLACE]], [[Rawa|PLACE]], [[Anah|PLACE]], and we were like an island with the dam. The tribes and [[the army|ACTOR:Iraqi forces]] held the town.
Colin: What weapons were used against the town?
Abdulsattar: Everything they had. [[Mortars|WEAPON:MORTAR]] every day. [[Rockets|WEAPON:ROCKET]], the home-made ones, and [[Grad|WEAPON:ROCKET]]. [[Suicide vehicles|WEAPON:IED]] at the checkpoints, the armoured ones. And once the [[gas|WEAPON:CHEMICAL]].
Colin: Tell me about the [[gas|WEAPON:CHEMICAL]].
Abdulsattar: It was in [[Barwana|PLACE]], on the other side of the river, [[early March 2015|DATE:2015-03-01..2015-03-10]], the first days. {{c1|They fired [[rockets|WEAPON:ROCKET]] that did not explode strong, and then a yellow cloud, it smelled like the swimming pool, [[chlorine|WEAPON:CHEMICAL]]. In the houses near the school, fourteen or fifteen people were choking, children also.}} I saw them in the hospital, I went to bring my sister's husband, [[Mundhir|PERSON]], he was one of them.
Rana: He says the smell was like the water of a swimming pool.
Colin: Did anyone die?
Abdulsattar: {{c2|One old woman, Hajja [[Turkiya|PERSON]]. She had asthma before. She died [[the next day|DATE:2015-03-02..2015-03-11]].}} The others recovered, but [[Mundhir|PERSON]] still coughs.
Colin: Were there other attacks you saw yourself?
Abdulsattar: {{c3|In [[September 2015|DATE:2015-09-01..2015-09-30]], a funeral tent in [[Barwana|PLACE]]. Two [[mortars|WEAPON:MORTAR]], one in the tent. Seven killed. I knew [[Yunis Khalaf|PERSON]], [[Adnan Yunis|PERSON]] his son, [[Shihab|PERSON]] the teacher, and [[Waleed Fayyadh|PERSON]] from the council.}} I was on the road, I came late by ten minutes. Ten minutes.
Colin: Do you remember the day?
Abdulsattar: [[A Thursday|DATE]]. [[The 17th|DATE:2015-09-17]], I think. The funeral was for a soldier.
Colin: And in [[Haditha|PLACE]] itself?
Abdulsattar: {{c4|The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] was every night on the north side. The houses near the water tower, many were damaged, ten houses or more.}} My house lost one wall. Nobody was killed in my house, thanks to God, but we slept in the corridor for two years.
Colin: How did people survive the siege?
Abdulsattar: Barely. {{c5|In [[the winter of 2014|DATE:2014-12-01..2015-02-28]] there was no flour. Two babies in our quarter died, I know their fathers, [[Abu Hamid Rawi|PERSON]] and [[Mazin|PERSON]], the baker.}} The helicopters brought some food, not enough for eighty thousand people.
Colin: Did [[the army|ACTOR:Iraqi forces]] or [[the coalition|ACTOR:US-led coalition]] also strike inside [[Daesh|ACTOR:Islamic State]] areas near you?
Abdulsattar: Of course. [[The coalition|ACTOR:US-led coalition]] [[planes|WEAPON:AIRSTRIKE]] on [[Baghdadi|PLACE]], on the [[Daesh|ACTOR:Islamic State]] positions. That is another story, I was not there.
Colin: Anything more?
Abdulsattar: The [[Kornet|WEAPON:MISSILE]]. I forgot. They had [[Kornet missiles|WEAPON:MISSILE]], the guided ones. {{c6|In [[2016|DATE:2016-01-01..2016-12-31]] a [[missile|WEAPON:MISSILE]] hit a pick-up of the tribal fighters on the road to the dam, three died, one was my cousin, [[Ra'ad Hamad|PERSON]].}} Write his name, please, with the hamza.
Rana: He means the spelling, Ra'ad with the apostrophe.
@@claim c1 harm=INJURED min=14 max=15 named="Mundhir" weapon=CHEMICAL actor="Islamic State" site="Barwana" date=2015-03-01..2015-03-10 basis=WITNESSED incident=iq-barwana-20150301-chlorine-rockets
@@claim c2 harm=KILLED min=1 max=1 named="Turkiya" weapon=CHEMICAL actor="Islamic State" site="Barwana" date=2015-03-02..2015-03-11 basis=HEARSAY incident=iq-barwana-20150301-chlorine-rockets
@@claim c3 harm=KILLED min=7 max=7 named="Yunis Khalaf; Adnan Yunis; Shihab; Waleed Fayyadh" weapon=MORTAR site="Barwana" date=2015-09-17 basis=WITNESSED incident=iq-barwana-20150917-funeral-tent-mortars
@@claim c4 harm=PROPERTY_DAMAGE min=10 max=null weapon=EXPLOSIVE_UNSPECIFIED site="Haditha" date=2014-01-01..2016-12-31 basis=WITNESSED incident=iq-haditha-20150000-north-side-bombardment
@@claim c5 harm=KILLED min=2 max=2 site="Haditha" date=2014-12-01..2015-02-28 basis=WITNESSED incident=iq-haditha-20141200-siege-infant-deaths
@@claim c6 harm=KILLED min=3 max=3 named="Ra'ad Hamad" weapon=MISSILE actor="Islamic State" site="Haditha" date=2016-01-01..2016-12-31 basis=HEARSAY incident=iq-haditha-20160000-dam-road-kornet
@@witness iq-haditha-abdulsattar-mahmoud
