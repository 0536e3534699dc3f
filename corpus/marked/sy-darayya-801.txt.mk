Interview ID: DRY-801
Date of interview: 3 May 2017
Place of interview: [[Idlib|PLACE]] city, [[Syria|PLACE]]
Language: Arabic
Interviewer: [[Clara Veldt|PERSON]]
Interpreter: [[Wassim Hallak|PERSON]]

INTERVIEWER: Please tell me your name and where you lived before.
WITNESS: [[Mahmoud Kharrat|PERSON]]. People call me [[Abu Anas|PERSON]]. From [[Darayya|PLACE]], in the western [[Ghouta|PLACE]], we lived near the [[Mustafa mosque|PLACE]], all my life, my father also.
INTERPRETER: He means the area south-west of [[Damascus|PLACE]], the farms side.
INTERVIEWER: When did the [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] on [[Darayya|PLACE]] become heavy?
WITNESS: [[End of 2012|DATE:2012-01-01..2012-12-31]]. Before that there was the army raid, the big one, I was not in the town then, I was at my sister's in [[Sahnaya|PLACE]]. {{c1,c2|My brother [[Yasser|PERSON]], eh, they took him in [[August 2012|DATE:2012-08-01..2012-08-31]] at the checkpoint on the [[Mezzeh|PLACE]] road, [[Air Force Intelligence|ACTOR:Syrian government forces]]. The driver of the microbus came and told my mother. Until today we know nothing about him, not alive, not dead.}}
INTERVIEWER: I am sorry. Can we talk about the [[barrel bombs|WEAPON:BARREL_BOMB]]?
WITNESS: Yes. From [[2013|DATE:2013-01-01..2013-12-31]] [[the helicopters|WEAPON:AIRSTRIKE]] came every day, sometimes twenty, thirty [[barrels|WEAPON:BARREL_BOMB]] in one day. We learned to sleep under the stairs.
INTERVIEWER: Is there one day you remember more?
WITNESS: The day of the mosque. [[The 14th of February|DATE:2015-02-14]], [[2015|DATE:2015-01-01..2015-12-31]]. It was [[a Saturday|DATE:2015-02-14]], cold, [[after the asr prayer|DATE:2015-02-14]]. {{c3,c7|One [[barrel|WEAPON:BARREL_BOMB]] fell on the building next to the [[Mustafa mosque|PLACE]], the building of the [[Ulabi|PERSON]] family, four floors.}} {{c3|In the basement there were families sitting, from the cold, because the basement was warmer. Nine people died. I counted them myself, we put them in the mosque yard.}} [pause] Among them [[Umm Hassan Ulabi|PERSON]] and her two boys, [[Hassan|PERSON]], he was twelve, and [[Bilal|PERSON]], nine.
INTERVIEWER: Were others hurt?
WITNESS: {{c4|Many injured, maybe fifteen, maybe more, we carried them to the field hospital on the doors, on blankets.}} My cousin [[Nour al-Din|PERSON]] carried with me, and [[Abu Khalil Zeitouni|PERSON]], the baker. There was no electricity, we worked by the nour of the phones.
INTERPRETER: He says "nour", the light of the mobile phones.
INTERVIEWER: Did you see [[the aircraft|WEAPON:AIRSTRIKE]]?
WITNESS: I heard it. [[The helicopter|WEAPON:AIRSTRIKE]] has a sound, you know it from far. Then the whistle of the [[barrel|WEAPON:BARREL_BOMB]]. I was in the street of the bakery, two hundred metres.
INTERVIEWER: Were there fighters in that building?
WITNESS: No. There were no fighters in that building, I swear. [[The Free Army|ACTOR:Syrian armed opposition]] was on the front, on the side of [[Moadamiyeh|PLACE]] and the airport. In the basement were women and old men.
INTERVIEWER: You mentioned something happened at the mosque later.
WITNESS: Yes, another day, in [[March|DATE:2015-03-01..2015-03-31]], [[the 2nd|DATE:2015-03-02]] I think. {{c5|They dropped the [[burning bombs|WEAPON:INCENDIARY]], the [[napalm|WEAPON:INCENDIARY]], we call it napalm, on the mosque itself, and the roof and the carpets and the library burned.}} Nobody was killed that time, the mosque was empty, it was [[night|DATE]].
INTERVIEWER: How did you leave [[Darayya|PLACE]]?
WITNESS: {{c6|With the buses, in [[August 2016|DATE:2016-08-01..2016-08-31]], [[the last days of August|DATE:2016-08-26..2016-08-31]]. The agreement. All eight of us, me, my wife, five children and my mother, to [[Idlib|PLACE]].}} They said if you stay [[the army|ACTOR:Syrian government forces]] will come in and you know what will happen. We knew.
INTERVIEWER: Is there anything else?
WITNESS: Write the name of my brother. [[Yasser Kharrat|PERSON]]. Born [[1984|DATE:1984-01-01..1984-12-31]]. Maybe someone has seen him.
@@claim c1 harm=DETAINED min=1 max=1 named="Yasser" actor="Syrian government forces" site="Mezzeh" date=2012-08-01..2012-08-31 basis=HEARSAY incident=sy-mezzeh-20120800-yasser-kharrat-checkpoint
@@claim c2 harm=MISSING min=1 max=1 named="Yasser" actor="Syrian government forces" site="Mezzeh" date=2012-08-01..2012-08-31 basis=HEARSAY incident=sy-mezzeh-20120800-yasser-kharrat-checkpoint
@@claim c3 harm=KILLED min=9 max=9 named="Umm Hassan Ulabi; Hassan; Bilal" weapon=BARREL_BOMB actor="Syrian government forces" site="Mustafa mosque" date=2015-02-14 basis=WITNESSED incident=sy-darayya-20150214-mustafa-mosque-barrel
@@claim c4 harm=INJURED min=15 max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Mustafa mosque" date=2015-02-14 basis=WITNESSED incident=sy-darayya-20150214-mustafa-mosque-barrel
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Syrian government forces" site="Mustafa mosque" date=2015-03-02 basis=WITNESSED incident=sy-darayya-20150302-mustafa-mosque-incendiary
@@claim c6 harm=DISPLACED min=8 max=8 site="Darayya" date=2016-08-26..2016-08-31 basis=EXPERIENCED incident=sy-darayya-20160826-evacuation-buses
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Mustafa mosque" date=2015-02-14 basis=WITNESSED incident=sy-darayya-20150214-mustafa-mosque-barrel
@@witness sy-darayya-mahmoud-kharrat
