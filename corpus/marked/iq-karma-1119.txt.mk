Interview ID: IQ-KRM-1119
Date: 2019-11-26
Place of interview: [[Karmah|PLACE:Karma]], [[al-Anbar|PLACE:Anbar]]
Language: Arabic
Interviewer: [[Rosa Ekdahl|PERSON]]
Interpreter: [[Ammar Jubouri|PERSON]]

INT: Please introduce yourself.
RESP: Hajj [[Ibrahim|PERSON]]... eh, call me Hajj [[Ibrahim|PERSON]], everybody does. [[Ibrahim Khalaf al-Halbusi|PERSON]], seventy-one. Farmer. Dates, vegetables, some cows. Our farms are on the road between [[Karma|PLACE]] and [[al-Saqlawiyah|PLACE:al-Saqlawiya]].
INT: You have lived through several wars here.
RESP: All of them. But I start with [[2004|DATE:2004-01-01..2004-12-31]], because nobody asks about it now. {{c1|In [[November 2004|DATE:2004-11-01..2004-11-30]], when [[the Americans|ACTOR:US forces]] attacked [[Fallujah|PLACE]], they fired the [[white phosphorus|WEAPON:INCENDIARY]] on the edge of [[Fallujah|PLACE]], on [[al-Jolan|PLACE]], and some fell on the farms of my cousin near [[al-Nuaimiya|PLACE]]. His cows burned, the palm trees burned, thirty palms.}}
RESP: {{c2|My cousin's son [[Omar Mishaal|PERSON]], he was fifteen, he touched the white powder on the ground in [[the morning|DATE]], and his hand burned to the bone. It burns and burns, water does not stop it.}}
INT: Did you see the [[phosphorus|WEAPON:INCENDIARY]] fall yourself?
RESP: The fire in the sky, yes, at [[night|DATE]], like white rain. And I saw the hand. I took him to the clinic in [[Karma|PLACE]]. The doctor there, Dr. [[Muhannad|PERSON]]... Doctor [[Muhannad|PERSON]], he said "this is [[phosphorus|WEAPON:INCENDIARY]], nothing to do".
INT: Let's move to the period of [[Daesh|ACTOR:Islamic State]].
RESP: In [[2014|DATE:2014-01-01..2014-12-31]], [[the government|ACTOR:Iraqi forces]], [[the helicopters|WEAPON:AIRSTRIKE]], they dropped the [[barrels|WEAPON:BARREL_BOMB]] on [[Karma|PLACE]] and on the villages. {{c3|One [[barrel|WEAPON:BARREL_BOMB]] fell on the road in front of my farm in [[February|DATE:2014-02-01..2014-02-28]], I was in the field. It made a hole like a swimming pool, a [[barrel|WEAPON:BARREL_BOMB]] is not small. My worker, [[Jassim|PERSON]], was injured in the head, and two cows died.}}
RESP: {{c4|Another [[barrel bomb|WEAPON:BARREL_BOMB]], in [[the same month|DATE:2014-02-01..2014-02-28]], on the house of the [[Issawi|PERSON]] family in [[al-Bu Akash|PLACE]], six or seven people died.}} I went to the funeral, I did not see it fall.
INT: Was it always [[barrels|WEAPON:BARREL_BOMB]], or other weapons too?
RESP: Everything. [[Artillery|WEAPON:ARTILLERY]] from [[the army|ACTOR:Iraqi forces]] at [[Abu Ghraib|PLACE]], [[rockets|WEAPON:ROCKET]], and [[Daesh|ACTOR:Islamic State]] with their [[mortars|WEAPON:MORTAR]] back. And the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]], we did not know from where, from the sky, from the ground, at night you cannot tell.
RESP: {{c5|In [[the summer|DATE:2014-06-01..2014-08-31]] the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] destroyed the pump of the canal, and all the farms of our area had no water. The crops died.}}
INT: Were you able to stay?
RESP: {{c6|No. In [[the autumn|DATE:2014-09-01..2014-11-30]] [[Daesh|ACTOR:Islamic State]] took my son [[Yasser|PERSON]], forty, because he was in the police before. They took him to [[Fallujah|PLACE]], to their prison. He came back after two months, thin like a stick.}} {{c7|Then we all left, the whole family, twenty-three people, to [[Baghdad|PLACE]], to [[Abu Ghraib|PLACE]].}}
INT: And when you came back?
RESP: In [[2017|DATE:2017-01-01..2017-12-31]]. {{c8|The farm was a [[minefield|WEAPON:LANDMINE]]. [[Daesh|ACTOR:Islamic State]] put [[mines|WEAPON:LANDMINE]] and [[IEDs|WEAPON:IED]] everywhere, in the canals, under the palms. My neighbour [[Abu Raed|PERSON]] went to his field before the engineers, and a [[mine|WEAPON:LANDMINE]] killed him and his tractor.}}
INT: When was that?
RESP: [[Three days after we returned|DATE:2017-01-01..2017-12-31]]. I don't remember the month. Cold. Maybe [[March|DATE:2017-03-01..2017-03-31]].
RESP: Nobody in my family was killed, praise God. If [[Yasser|PERSON]] had stayed with [[Daesh|ACTOR:Islamic State]] one more month, maybe. They said they would execute the police. God saved him.
INT: Is the land clean now?
RESP: Most of it. The engineers came in [[2018|DATE:2018-01-01..2018-12-31]]. But I still walk only where the tractor walked. I am old. I know this land better than my own hand, and still I am afraid of it.

@@witness iq-karma-ibrahim-halbusi
@@claim c1 harm=PROPERTY_DAMAGE min=30 max=30 weapon=INCENDIARY actor="US forces" site="al-Nuaimiya" date=2004-11-01..2004-11-30 basis=HEARSAY incident=iq-fallujah-20041100-nuaimiya-phosphorus
@@claim c2 harm=INJURED min=1 max=1 named="Omar Mishaal" weapon=INCENDIARY actor="US forces" site="al-Nuaimiya" date=2004-11-01..2004-11-30 basis=WITNESSED incident=iq-fallujah-20041100-nuaimiya-phosphorus
@@claim c3 harm=INJURED min=1 max=1 named="Jassim" weapon=BARREL_BOMB actor="Iraqi forces" site="Karma" date=2014-02-01..2014-02-28 basis=WITNESSED incident=iq-karma-20140200-halbusi-farm
@@claim c4 harm=KILLED min=6 max=7 weapon=BARREL_BOMB actor="Iraqi forces" site="al-Bu Akash" date=2014-02-01..2014-02-28 basis=HEARSAY incident=iq-karma-20140200-issawi-house
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Karma" date=2014-06-01..2014-08-31 basis=WITNESSED incident=iq-karma-20140000-canal-pump
@@claim c6 harm=DETAINED min=1 max=1 named="Yasser" actor="Islamic State" site="Fallujah" date=2014-09-01..2014-11-30 basis=WITNESSED incident=iq-karma-20140000-yasser-abduction
@@claim c7 harm=DISPLACED min=23 max=23 site="Karma" date=2014-09-01..2014-12-31 basis=EXPERIENCED incident=iq-karma-20140000-halbusi-displacement
@@claim c8 harm=KILLED min=1 max=1 named="Abu Raed" weapon=LANDMINE actor="Islamic State" site="Karma" date=2017-01-01..2017-12-31 basis=HEARSAY incident=iq-karma-20170000-aburaed-mine
