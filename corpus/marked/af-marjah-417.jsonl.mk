id: af-marjah-417
interview_date: 2017-04-18
place: Lashkar Gah, Helmand, Afghanistan
language: Pashto, interpreted into English

INTERVIEWER: You are from [[Marjah|PLACE]]. How long have you lived there?
WITNESS: All my life. I am Haji [[Abdul Rauf|PERSON]], people know me. My father came to [[Marja|PLACE:Marjah]] when the Americans dug the canals, the old time, before the communists. We are farmers, wheat and cotton, and I will not lie, also poppy.
INTERVIEWER: I want to start with [[2010|DATE:2010-01-01..2010-12-31]], when [[the foreign troops|ACTOR:US forces]] came. What do you remember?
WITNESS: [[February|DATE:2010-02-01..2010-02-28]], [[the month of Dalwa|DATE:2010-01-21..2010-02-19]]. Very cold. [[The Americans|ACTOR:US forces]] came from the sky, helicopters, many, and [[the Afghan army|ACTOR:Afghan forces]] with them. The [[Taliban|ACTOR:Taliban]] were fighting from the canals. For two weeks nobody could go out.
INTERPRETER: He says "the Americans", he means the foreign soldiers in general.
WITNESS: [[One day|DATE]] [[the Marines|ACTOR:US forces]] fired the [[shells that burn|WEAPON:INCENDIARY]], to make smoke, white smoke, so the [[Taliban|ACTOR:Taliban]] cannot see them. {{c1,c7|One fell on the roof of our mosque, and two boys who were sleeping there, [[Obaidullah|PERSON]] and [[Shafiqullah|PERSON]], were burned on the back and the arms, I carried [[Obaidullah|PERSON]] myself.}}
INTERVIEWER: Do you know what kind of [[shells|WEAPON:INCENDIARY]] those were?
WITNESS: Later a doctor in [[Lashkar Gah|PLACE]], Dr. [[Sadiqullah|PERSON]], told us: [[white phosphorus|WEAPON:INCENDIARY]]. The burns did not stop burning, even with water.
INTERVIEWER: After [[the foreign troops|ACTOR:US forces]] left, what happened?
WITNESS: Some years it was calm. [[The government|ACTOR:Afghan forces]] was in [[Marjah|PLACE]], the [[Taliban|ACTOR:Taliban]] at night. Then in [[2015|DATE:2015-01-01..2015-12-31]], [[2016|DATE:2016-01-01..2016-12-31]], the [[Taliban|ACTOR:Taliban]] came back strong. They put [[mines|WEAPON:LANDMINE]] on every road to stop the army cars.
WITNESS: {{c2|[[Last year|DATE:2016-01-01..2016-12-31]], in [[the spring|DATE:2016-03-20..2016-06-20]], the tractor of my nephew [[Abdul Qayum|PERSON]] went on a [[mine|WEAPON:LANDMINE]] on the road to [[Koru Chareh|PLACE]], and he died, and his two sons who were sitting on the trailer, three people from one house.}}
INTERVIEWER: Did you see that yourself?
WITNESS: I heard the explosion from my field and I ran, I was the first one there. Nothing was left of the tractor, only the wheels.
INTERVIEWER: Did anything else happen in [[Marjeh|PLACE:Marjah]] [[last year|DATE:2016-01-01..2016-12-31]]?
WITNESS: Yes, the [[mortar|WEAPON:MORTAR]]. In [[the autumn|DATE:2016-09-22..2016-12-20]], [[the month of Mizan|DATE:2016-09-22..2016-10-21]]. There was a wedding at the house of Haji [[Pir Mohammad|PERSON]], for his son [[Nazar Mohammad|PERSON]]. At [[night|DATE]] the [[Taliban|ACTOR:Taliban]] attacked the checkpoint near the bazaar, and the checkpoint fired [[mortars|WEAPON:MORTAR]] back.
WITNESS: {{c3|One [[mortar round|WEAPON:MORTAR]] fell in the yard where the women were, and ten or twelve people died, women and girls, and the mother of the groom.}} {{c4|Many more were wounded, I think more than twenty.}}
INTERVIEWER: Were you at the wedding?
WITNESS: Yes, I was with the men, in the guest room. When we came out, the yard... [pause] I don't want to describe it.
INTERPRETER: He is asking for a moment.
WITNESS: Write also: there were no [[Taliban|ACTOR:Taliban]] at the wedding. It was a family wedding. If there were [[Taliban|ACTOR:Taliban]], they would not fire on the checkpoint from next to the house.
INTERVIEWER: Who do you hold responsible?
WITNESS: The [[mortar|WEAPON:MORTAR]] came from the checkpoint, from [[the army|ACTOR:Afghan forces]]. The [[Taliban|ACTOR:Taliban]] started the fight. Both of them, I hold.
INTERVIEWER: Was anyone in your family detained?
WITNESS: {{c5|Yes, [[after the wedding|DATE]], [[the police|ACTOR:Afghan forces]] took my brother's son [[Lal Mohammad|PERSON]] from the bazaar, they said he gave food to the [[Taliban|ACTOR:Taliban]], and he was in the prison in [[Lashkar Gah|PLACE]] for three months.}} We paid money to get him out. Everybody gives food to the [[Taliban|ACTOR:Taliban]] when they come with [[guns|WEAPON:SMALL_ARMS]]. What can you do?
INTERVIEWER: Where does your family live now?
WITNESS: {{c6|We came to [[Lashkar Gah|PLACE]] [[this winter|DATE:2016-12-01..2017-02-28]], fourteen people, to the house of my wife's brother.}} The land is still there. Nobody is farming it.
@@witness af-marjah-w417
@@claim c1 harm=INJURED min=2 max=2 named="Obaidullah; Shafiqullah" weapon=INCENDIARY actor="US forces" site="Marjah" date=2010-02-01..2010-02-28 basis=WITNESSED incident=af-marjah-20100200-mosque-phosphorus
@@claim c2 harm=KILLED min=3 max=3 named="Abdul Qayum" weapon=LANDMINE actor=Taliban site="Koru Chareh" date=2016-03-20..2016-06-20 basis=WITNESSED incident=af-marjah-20160000-tractor-mine
@@claim c3 harm=KILLED min=10 max=12 weapon=MORTAR actor="Afghan forces" site="Marjeh" date=2016-09-22..2016-10-21 basis=WITNESSED incident=af-marjah-20160000-wedding-mortar
@@claim c4 harm=INJURED min=21 max=null weapon=MORTAR actor="Afghan forces" site="Marjeh" date=2016-09-22..2016-10-21 basis=WITNESSED incident=af-marjah-20160000-wedding-mortar
@@claim c5 harm=DETAINED min=1 max=1 named="Lal Mohammad" actor="Afghan forces" site="Marjeh" date=2016-09-22..2016-12-31 basis=HEARSAY incident=af-marjah-20160000-bazaar-arrest
@@claim c6 harm=DISPLACED min=14 max=14 site="Marjah" date=2016-12-01..2017-02-28 basis=EXPERIENCED incident=af-marjah-20160000-family-displacement
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="US forces" site="Marjah" date=2010-02-01..2010-02-28 basis=WITNESSED incident=af-marjah-20100200-mosque-phosphorus
