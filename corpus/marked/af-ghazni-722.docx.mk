INTERVIEW RECORD
Interview ID: AF-GHZ-722
Interview date: 2019-02-21
Place of interview: [[Kabul|PLACE]], [[Shahr-e Naw|PLACE]]
Language: English and Dari
Interviewer: [[Lucas Meier|PERSON]]
Witness: Dr. [[Hamidullah Safi|PERSON]], physician, [[Ghazni provincial hospital|PLACE]] (2014-2018)
Q: Thank you, Doctor. You worked in [[Ghazni|PLACE]] during the attack in [[August 2018|DATE:2018-08-01..2018-08-31]]?
A: Yes, I was the surgeon on call. From [[the first night|DATE:2018-08-10]], [[Friday|DATE:2018-08-10]], the wounded came without stopping. Soldiers, police, civilians, also [[Taliban|ACTOR:Taliban]], we treated everybody. Four days I did not leave the building. Our nurse [[Zarghuna|PERSON]] slept on the floor of the theatre.
Q: Was the hospital itself hit?
A: {{c1|On [[the 11th|DATE:2018-08-11]] a [[mortar|WEAPON:MORTAR]] fell in the yard, near the generator room, two relatives of patients who were sleeping outside were wounded, one was [[Jan Mohammad|PERSON]], the father of a boy in the children's ward.}} Inside, nobody from the staff was hurt. The [[Taliban|ACTOR:Taliban]] came in two times with guns to bring their wounded, they shouted, but they did not shoot anybody inside.
Q: We are documenting one incident in [[Qala-e Jawz|PLACE]], a house hit from the air. Do you remember patients from there?
A: Yes. It was [[Monday|DATE:2018-08-13]], [[the 13th|DATE:2018-08-13]], in [[the morning|DATE:2018-08-13]], because before that nobody could move the bodies, the street was closed by the fighting. {{c2|They brought six bodies of one family from [[Qalai Jawz|PLACE:Qala-e Jawz]], in a pickup, women and children, one man.}}
A: {{c3|And one girl alive, about fourteen, with an open fracture of the tibia, we operated her, the relatives called her [[Fatima|PERSON]].}} The relatives said the house was bombed by [[the air force|ACTOR:Afghan forces]], [[the Super Tucano|WEAPON:AIRSTRIKE]], a small [[plane|WEAPON:AIRSTRIKE]]. I did not see it myself, I only saw the injuries. Crush injuries, blast, like an air [[bomb|WEAPON:AIRSTRIKE]].
Q: Another person told us nine died, and that it was an [[American|ACTOR:US forces]] [[plane|WEAPON:AIRSTRIKE]].
A: Maybe more died and were buried at home, this happens, people bury quickly. Six came to us. About [[the plane|WEAPON:AIRSTRIKE]], I don't know, the family said [[Afghan|ACTOR:Afghan forces]], the people in [[Kabul|PLACE]] say [[American|ACTOR:US forces]]. I write what I saw: six bodies, one girl.
Q: Did you also treat the schoolgirls in [[2015|DATE:2015-01-01..2015-12-31]]?
A: Yes. In [[April 2015|DATE:2015-04-01..2015-04-30]]. {{c4|We received forty-eight girls from one school in [[one morning|DATE:2015-04-01..2015-04-30]], headaches, vomiting, some fainted.}} People said [[gas|WEAPON:CHEMICAL]], [[poison gas|WEAPON:CHEMICAL]] sprayed in the classroom. We sent blood samples to [[Kabul|PLACE]] and nothing came back positive. Some of my colleagues, Dr. [[Farhad Hotak|PERSON]] for example, said it was fear, mass panic. Honestly, I am not sure. The girls were really sick, this I saw.
Q: Before [[Ghazni|PLACE]] you worked in [[Paktia|PLACE]]?
A: In [[Gardez|PLACE]], the regional hospital, [[2012 to 2014|DATE:2012-01-01..2014-12-31]]. There it was the [[roadside bombs|WEAPON:IED]] every week. {{c5,c6|I remember [[one evening in the winter of 2013|DATE:2013-01-01..2013-02-28]], a minibus from [[Sayed Karam|PLACE]] district hit a [[pressure-plate bomb|WEAPON:IED]] on the road, seven died, we received eleven wounded.}} {{c6|Among the wounded a boy, [[Samiullah Zadran|PERSON]], who lost both eyes.}} The police said the [[Taliban|ACTOR:Taliban]] had put it for a convoy of [[the army|ACTOR:Afghan forces]].
Q: Is there something you want us to record especially?
A: That in [[those days|DATE:2018-08-10..2018-08-15]] in [[Ghazni|PLACE]] we had no oxygen after [[the second day|DATE:2018-08-11]], and we lost people who could live. Not from the [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]], from the oxygen. Please write this. {{c7|The provincial council said later that more than a hundred civilians died in the city in [[those days|DATE:2018-08-10..2018-08-15]].}} I think it was more.
@@witness af-ghazni-surgeon-722
@@claim c1 harm=INJURED min=2 max=2 named="Jan Mohammad" weapon=MORTAR site="Ghazni provincial hospital" date=2018-08-11 basis=WITNESSED incident=af-ghazni-20180811-provincial-hospital-yard-mortar
@@claim c2 harm=KILLED min=6 max=6 weapon=AIRSTRIKE actor="Afghan forces" site="Qalai Jawz" date=2018-08-12..2018-08-13 basis=WITNESSED incident=af-ghazni-20180812-qalaejawz-qurban-ali-house
@@claim c3 harm=INJURED min=1 max=1 named="Fatima" weapon=AIRSTRIKE actor="Afghan forces" site="Qalai Jawz" date=2018-08-12..2018-08-13 basis=WITNESSED incident=af-ghazni-20180812-qalaejawz-qurban-ali-house
@@claim c4 harm=INJURED min=48 max=48 site="Ghazni" date=2015-04-01..2015-04-30 basis=WITNESSED incident=af-ghazni-20150400-girls-school-poisoning
@@claim c5 harm=KILLED min=7 max=7 weapon=IED actor="Taliban" site="Sayed Karam" date=2013-01-01..2013-02-28 basis=WITNESSED incident=af-sayedkaram-20130100-minibus-pressure-plate
@@claim c6 harm=INJURED min=11 max=11 named="Samiullah Zadran" weapon=IED actor="Taliban" site="Sayed Karam" date=2013-01-01..2013-02-28 basis=WITNESSED incident=af-sayedkaram-20130100-minibus-pressure-plate
@@claim c7 harm=KILLED min=101 max=null site="Ghazni" date=2018-08-10..2018-08-15 basis=REPORTED incident=af-ghazni-20180810-city-battle-civilian-toll
