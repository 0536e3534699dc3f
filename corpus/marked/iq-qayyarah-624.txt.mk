Interview ID: IQ-QAY-624
Date of interview: 6 May 2017
Place of interview: [[Qayyarah|PLACE]], [[Nineveh|PLACE]] governorate
Language: Arabic
Interviewer: [[Anneke Vos|PERSON]]
Interpreter: [[Sarmad Hilal|PERSON]]

Q: Please tell us your name and what you do.
A: [[Nawfal Khudair al-Jubouri|PERSON]]. I teach chemistry at the secondary school in [[al-Qayyara|PLACE:Qayyarah]], or I did, before [[Daesh|ACTOR:Islamic State]] closed the schools. Forty-six years.
Q: What was life like here under [[Daesh|ACTOR:Islamic State]]?
A: Two years of prison. They watched everything. {{c1|In [[the summer of 2015|DATE:2015-06-01..2015-08-31]], they brought four men to the square near the market, they said spies for [[the army|ACTOR:Iraqi forces]], and they shot them with [[rifles|WEAPON:SMALL_ARMS]] in front of everybody. One of them was [[Younis Ahmed al-Sabaawi|PERSON]], my student's father.}} They made us watch. I closed my eyes.
Q: What happened when [[the Iraqi army|ACTOR:Iraqi forces]] came?
A: [[The end of August|DATE:2016-08-20..2016-08-31]]. Before they came, [[Daesh|ACTOR:Islamic State]] set fire to the oil wells around the town, so [[the planes|WEAPON:AIRSTRIKE]] cannot see. The sky was black. At [[noon|DATE]] there was no noor, no light at all. My small daughter [[Noor|PERSON]] said, baba, the sun is sick.
INTERPRETER: Noor is her name, and noor is also light.
A: {{c2|And they put [[explosives|WEAPON:EXPLOSIVE_UNSPECIFIED]] in the houses of the people who worked for the government, and they blew them up, the house of my brother-in-law also, when they ran.}}
Q: Was your family displaced during the fighting?
A: {{c3|For three weeks, yes. We went to [[al-Jadaa|PLACE]] camp, south of the town, eight people, until the fighting stopped.}}
Q: Were there attacks after the town was taken back?
A: Many. {{c4,c9,c11|In [[September|DATE:2016-09-01..2016-09-30]], my cousin [[Raed Khudair|PERSON]] drove on the road to [[Hajj Ali|PLACE]] and a [[roadside bomb|WEAPON:IED]] exploded under his car.}} {{c4,c9|He died, and his friend lost his eyes.}} [[Daesh|ACTOR:Islamic State]] left these [[IEDs|WEAPON:IED]] everywhere, on the roads, in the fridges, in the toys.
Q: We heard about a [[chemical|WEAPON:CHEMICAL]] attack on the air base.
A: Yes, people talked. They said [[Daesh|ACTOR:Islamic State]] fired a [[rocket|WEAPON:ROCKET]] with [[mustard|WEAPON:CHEMICAL]] on the air base, where [[the Americans|ACTOR:US-led coalition]] were, [[the 20th of September|DATE:2016-09-20]] or near it. [[The Americans|ACTOR:US-led coalition]] put on masks. Nobody was hurt from it, they said. I did not see this, the base is far from us.
Q: You wanted to tell us about the sulphur plant.
A: Yes. This I saw and I breathed. [[Al-Mishraq|PLACE]], the sulphur factory, north of us. When [[the army|ACTOR:Iraqi forces]] started the attack on [[Mosul|PLACE]], [[Daesh|ACTOR:Islamic State]] burned the sulphur, on purpose. [[The 22nd of October or the 21st|DATE:2016-10-21..2016-10-22]], [[a Friday or Saturday|DATE:2016-10-21..2016-10-22]], the wind brought the cloud to [[Qayyarah|PLACE]]. I am a chemistry teacher, I know what sulphur dioxide does. It is [[gas|WEAPON:CHEMICAL]], [[poison|WEAPON:CHEMICAL]].
Q: What happened to people in the town?
A: {{c5|My mother, she is seventy, could not breathe, and my two small ones, [[Noor|PERSON]] and [[Saif al-Din|PERSON]], were coughing and vomiting. I took them to the hospital.}} {{c6|In the hospital there were hundreds, hundreds, on the floor, in the yard, with the oxygen.}} {{c7|They told us two old men had died from it in [[al-Qayyara|PLACE:Qayyarah]], I don't know their names.}}
Q: Are there still dangers here now?
A: The fields. The [[mines|WEAPON:LANDMINE]] are still in the fields on the west side. {{c8,c10|In [[March|DATE:2017-03-01..2017-03-31]], my neighbour [[Abu Muayyad|PERSON]] went with his tractor to plough, and the tractor went on a [[landmine|WEAPON:LANDMINE]]. He is alive, his legs are broken, the tractor is finished.}}
Q: Thank you. Is there anything else?
A: Write that the smoke of the wells is still coming. The black on the walls of my house does not wash off.
@@claim c1 harm=KILLED min=4 max=4 named="Younis Ahmed al-Sabaawi" weapon=SMALL_ARMS actor="Islamic State" site="al-Qayyara" date=2015-06-01..2015-08-31 basis=WITNESSED incident=iq-qayyarah-20150700-square-executions
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED actor="Islamic State" site="al-Qayyara" date=2016-08-20..2016-08-31 basis=WITNESSED incident=iq-qayyarah-20160825-employees-houses-blown-up
@@claim c3 harm=DISPLACED min=8 max=8 site="Qayyarah" date=2016-08-20..2016-09-20 basis=EXPERIENCED incident=iq-qayyarah-20160800-aljubouri-family-flight
@@claim c4 harm=KILLED min=1 max=1 named="Raed Khudair" weapon=IED actor="Islamic State" site="Hajj Ali" date=2016-09-01..2016-09-30 basis=HEARSAY incident=iq-qayyarah-20160900-hajjali-road-ied
@@claim c9 harm=INJURED min=1 max=1 weapon=IED actor="Islamic State" site="Hajj Ali" date=2016-09-01..2016-09-30 basis=HEARSAY incident=iq-qayyarah-20160900-hajjali-road-ied
@@claim c5 harm=INJURED min=3 max=3 named="Noor; Saif al-Din" weapon=CHEMICAL actor="Islamic State" site="Qayyarah" date=2016-10-21..2016-10-22 basis=WITNESSED incident=iq-qayyarah-20161021-mishraq-sulphur-cloud
@@claim c6 harm=INJURED min=200 max=null weapon=CHEMICAL actor="Islamic State" site="Qayyarah" date=2016-10-21..2016-10-22 basis=WITNESSED incident=iq-qayyarah-20161021-mishraq-sulphur-cloud
@@claim c7 harm=KILLED min=2 max=2 weapon=CHEMICAL actor="Islamic State" site="al-Qayyara" date=2016-10-21..2016-10-31 basis=HEARSAY incident=iq-qayyarah-20161021-mishraq-sulphur-cloud
@@claim c8 harm=INJURED min=1 max=1 named="Abu Muayyad" weapon=LANDMINE site="Qayyarah" date=2017-03-01..2017-03-31 basis=HEARSAY incident=iq-qayyarah-20170300-abu-muayyad-tractor-mine
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=LANDMINE site="Qayyarah" date=2017-03-01..2017-03-31 basis=HEARSAY incident=iq-qayyarah-20170300-abu-muayyad-tractor-mine
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="Hajj Ali" date=2016-09-01..2016-09-30 basis=HEARSAY incident=iq-qayyarah-20160900-hajjali-road-ied
@@witness iq-qayyarah-nawfal-aljubouri
