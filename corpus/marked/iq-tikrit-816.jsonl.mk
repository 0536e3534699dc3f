id: IQ-TKT-816
interview_date: 2017-02-15
place: Kirkuk, Iraq
language: Arabic

INTERVIEWER: Where are you from, and where do you live now?
WITNESS: From [[Tikrit|PLACE]], the [[al-Qadisiyah|PLACE]] neighbourhood, near the university. Now in [[Kirkuk|PLACE]], in a rented flat, since [[2015|DATE:2015-01-01..2015-12-31]]. My name, write [[Abu Mustafa|PERSON]], [[Ahmed Jasim al-Tikriti|PERSON]].
INTERVIEWER: Were you in [[Tikrit|PLACE]] when [[Daesh|ACTOR:Islamic State]] came in [[June 2014|DATE:2014-06-01..2014-06-30]]?
WITNESS: Yes. They came on [[the 11th|DATE:2014-06-11]], [[the evening|DATE:2014-06-11]], almost no fighting. [[The police|ACTOR:Iraqi forces]] left, [[the army|ACTOR:Iraqi forces]] left. [[The morning after|DATE:2014-06-12]] the black flags were on the government building.
INTERVIEWER: Did you see anything of what happened to the cadets from [[Speicher|PLACE:Camp Speicher]]?
WITNESS: I will tell what I saw, only what I saw. {{c1|On [[the 12th|DATE:2014-06-12]], around [[noon|DATE:2014-06-12]], I was on the main road near the [[al-Qusour|PLACE]], the palaces, and I saw trucks, four or five big trucks, full of young men in civilian clothes, with their hands behind the heads, and [[Daesh|ACTOR:Islamic State]] fighters with [[Kalashnikovs|WEAPON:SMALL_ARMS]] standing on the sides. Hundreds, I think. Maybe eight hundred, I don't know.}} People said they were the students of the air academy.
INTERVIEWER: Did you hear anything after that?
WITNESS: {{c2|In [[the night|DATE:2014-06-12]] we heard the [[shooting|WEAPON:SMALL_ARMS]] from the side of the river, long, long, many hours. In [[the morning|DATE:2014-06-13]] the people said [[the State|ACTOR:Islamic State]] killed them all, more than a thousand.}} I did not see the killing. I want to be honest. I saw the trucks.
INTERVIEWER: What happened to your family after that?
WITNESS: We stayed until [[the beginning of March 2015|DATE:2015-03-01..2015-03-07]], when the operation started. The [[Hashd|ACTOR:Popular Mobilization Forces]] and [[the army|ACTOR:Iraqi forces]] from the south, from [[al-Dour|PLACE]], and [[Daesh|ACTOR:Islamic State]] in the city. [[Mortars|WEAPON:MORTAR]] and [[Katyushas|WEAPON:ROCKET]] fell on the city every night. {{c3,c8|One [[Katyusha|WEAPON:ROCKET]] fell on the house of my neighbour [[Abu Thamer|PERSON]], in [[the first week|DATE:2015-03-01..2015-03-07]], and his wife [[Umm Thamer|PERSON]] was killed in the kitchen.}} Their son [[Thamer|PERSON]] was in [[Baghdad|PLACE]], he came for the burial.
INTERVIEWER: Did you leave then?
WITNESS: {{c4|Yes. [[Two days after|DATE:2015-03-05..2015-03-10]] we walked out through the side of [[al-Alam|PLACE]], nine people, at [[night|DATE]], with white cloth.}} [[Daesh|ACTOR:Islamic State]] did not want people to leave. If they caught us, they would have shot my sons.
INTERVIEWER: And after [[Tikrit|PLACE]] was retaken?
WITNESS: [[The coalition|ACTOR:US-led coalition]] [[planes|WEAPON:AIRSTRIKE]] came at the end, in [[late March|DATE:2015-03-25..2015-03-31]], and then the city was liberated. We were happy. Then we heard about the houses.
INTERVIEWER: What about the houses?
WITNESS: {{c5|After the liberation, in [[April|DATE:2015-04-01..2015-04-30]], some groups of the [[Hashd|ACTOR:Popular Mobilization Forces]] burned houses and shops in [[al-Qadisiyah|PLACE]]. Our house also, my cousin saw it burned, the doors, the roof.}} I am not saying all the [[Hashd|ACTOR:Popular Mobilization Forces]]. Some groups.
INTERVIEWER: Was anyone in your family detained?
WITNESS: {{c6|My brother [[Sattar|PERSON]]. In [[May 2015|DATE:2015-05-01..2015-05-31]], at the checkpoint of [[al-Razzaza|PLACE]], they took him because his name was on a list, a name like his.}} {{c7|One year and a half. Nobody told us where he is, until a lawyer found him in a prison in [[Baghdad|PLACE]].}} Now he is out, but he is not the same man.
@@claim c1 harm=DETAINED min=200 max=null actor="Islamic State" site="al-Qusour" date=2014-06-12 basis=WITNESSED incident=iq-tikrit-20140612-speicher-cadets
@@claim c2 harm=KILLED min=1001 max=null weapon=SMALL_ARMS actor="Islamic State" site="Tikrit" date=2014-06-12 basis=HEARSAY incident=iq-tikrit-20140612-speicher-cadets
@@claim c3 harm=KILLED min=1 max=1 named="Umm Thamer" weapon=ROCKET site="Tikrit" date=2015-03-01..2015-03-07 basis=HEARSAY incident=iq-tikrit-20150300-abu-thamer-house-katyusha
@@claim c4 harm=DISPLACED min=9 max=9 site="Tikrit" date=2015-03-05..2015-03-10 basis=EXPERIENCED incident=iq-tikrit-20150300-tikriti-family-flight
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null actor="Popular Mobilization Forces" site="al-Qadisiyah" date=2015-04-01..2015-04-30 basis=HEARSAY incident=iq-tikrit-20150400-qadisiyah-house-burnings
@@claim c6 harm=DETAINED min=1 max=1 named="Sattar" actor="Popular Mobilization Forces" site="al-Razzaza" date=2015-05-01..2015-05-31 basis=HEARSAY incident=iq-razzaza-20150500-sattar-checkpoint-detention
@@claim c7 harm=MISSING min=1 max=1 named="Sattar" actor="Popular Mobilization Forces" site="al-Razzaza" date=2015-05-01..2016-11-30 basis=HEARSAY incident=iq-razzaza-20150500-sattar-checkpoint-detention
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Tikrit" date=2015-03-01..2015-03-07 basis=HEARSAY incident=iq-tikrit-20150300-abu-thamer-house-katyusha
@@witness iq-tikrit-ahmed-jasim
