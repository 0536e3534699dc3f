INTERVIEW RECORD
Interview ID: MZ-MDB-4807
Interview date: 2021-06-03
Location: [[Montepuez|PLACE]], [[Cabo Delgado|PLACE]]
Language: Portuguese
Interviewer: [[Rui Fonseca|PERSON]]
Q: Can you give your name and your work?
A: [[Vicente Mandumbwe|PERSON]]. I am a teacher, primary level. I came to [[Miangaleua|PLACE:Miangalewa]] in [[2016|DATE:2016-01-01..2016-12-31]], the Ministry sent me, I am from [[Nampula|PLACE]]. It was quiet then.
Q: You were in [[Miangalewa|PLACE]] when it was attacked?
A: Yes. [[The 31st|DATE:2020-10-31]], [[31/10|DATE:2020-10-31]], [[a Saturday|DATE:2020-10-31]]. No, wait, I think they started on [[the Saturday|DATE:2020-10-31]] and came back on [[the Sunday morning|DATE:2020-11-01]]. Two days.
Q: What did you see?
A: On [[the Saturday|DATE:2020-10-31]] I was correcting tests at home. I heard the [[shots|WEAPON:SMALL_ARMS]] from the market side and people running past the door, shouting "[[Al-Shabaab|ACTOR:Ahlu Sunna Wal Jama'a]], [[al-Shabaab|ACTOR:Ahlu Sunna Wal Jama'a]]". I went out through the back, to the cashew trees, and lay down there.
A: {{c1|From the cashew trees I saw them enter the school. Later the smoke. They burned two classrooms, the ones with the new roof.}}
A: {{c1|And the office with the registers. All the registers of the pupils, four years of work, gone.}}
Q: Did you see people killed?
A: {{c3|On [[the Sunday|DATE:2020-11-01]], when they had gone, I walked to the market. There were four bodies on the ground near the stalls. One was a woman who sold bread.}}
A: {{c4|The chief of the village, Mr. [[Saíde Chipanga|PERSON]], said nine people died in [[Miangaleua|PLACE:Miangalewa]]. He made the list.}}
Q: Was anyone from the school taken?
A: {{c5|My colleague [[Ernesto Likukela|PERSON]]. He lived near the health post. His wife says they took him on [[the Saturday|DATE:2020-10-31]] with a rope on his neck.}}
A: {{c6|Since then we have no sign. Not a phone call, not a message. Some say he is in the bush in [[Mbau|PLACE]], some say he is dead. Nobody knows.}}
Q: Did they burn the mosque?
A: No. The mosque they did not touch. {{c1|They burned the church, and the health post, but the mosque no.}}
Q: Where did you go after?
A: {{c7|I left [[that same Sunday|DATE:2020-11-01]] with other teachers, six of us, on foot to [[Mueda|PLACE]]. Then in [[January|DATE:2021-01-01..2021-01-31]] they sent me here to [[Montepuez|PLACE]].}}
Q: You mentioned something happened on the road to [[Mueda|PLACE]] later.
A: Yes. In [[April|DATE:2021-04-01..2021-04-30]], I think [[the 14th|DATE:2021-04-14]], I went back with a convoy to take my documents from [[Mueda|PLACE]].
A: {{c8|A lorry in front of us, with people and sacks of maize, hit a [[roadside bomb|WEAPON:IED]] near the junction of [[Namacande|PLACE]]. Three people died, I saw them put the three under a capulana.}}
A: {{c9|Many more were hurt, I think ten or twelve, they took them to the hospital of [[Mueda|PLACE]] in the army trucks.}}
Q: Who put the [[bomb|WEAPON:IED]]?
A: [[The soldiers|ACTOR:Mozambican defence forces]] said [[the insurgents|ACTOR:Ahlu Sunna Wal Jama'a]]. I think so, the [[machababos|ACTOR:Ahlu Sunna Wal Jama'a]] had left things on the roads before.
Q: Was there fighting in [[Muidumbe|PLACE]] while you were in [[Mueda|PLACE]]?
A: In [[November|DATE:2020-11-01..2020-11-30]] we heard the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] every night from the side of [[Namacande|PLACE]], [[the army|ACTOR:Mozambican defence forces]] against them. I don't know what it hit.
Q: Do you want to go back to [[Miangalewa|PLACE]]?
A: The Ministry says I must go back when the school reopens. There is no school to reopen. But if they send me, I go.
@@witness mz-montepuez-vicente-mandumbwe
@@claim c1 harm=PROPERTY_DAMAGE min=2 max=2 actor="Ahlu Sunna Wal Jama'a" site="Miangaleua" date=2020-10-31 basis=WITNESSED incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c3 harm=KILLED min=4 max=4 site="Miangaleua" date=2020-10-31..2020-11-01 basis=WITNESSED incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c4 harm=KILLED min=9 max=9 site="Miangaleua" date=2020-10-31..2020-11-01 basis=HEARSAY incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c5 harm=DETAINED min=1 max=1 named="Ernesto Likukela" actor="Ahlu Sunna Wal Jama'a" site="Miangaleua" date=2020-10-31 basis=HEARSAY incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c6 harm=MISSING min=1 max=1 named="Ernesto Likukela" actor="Ahlu Sunna Wal Jama'a" site="Miangaleua" date=2020-10-31 basis=HEARSAY incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c7 harm=DISPLACED min=6 max=6 site="Miangaleua" date=2020-11-01 basis=EXPERIENCED incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c8 harm=KILLED min=3 max=3 weapon=IED actor="Ahlu Sunna Wal Jama'a" site="Namacande" date=2021-04-14 basis=WITNESSED incident=mz-muidumbe-20210414-namacande-junction-ied
@@claim c9 harm=INJURED min=10 max=12 weapon=IED actor="Ahlu Sunna Wal Jama'a" site="Namacande" date=2021-04-14 basis=WITNESSED incident=mz-muidumbe-20210414-namacande-junction-ied
