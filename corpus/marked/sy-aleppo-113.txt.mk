Interview ID: ALP-113
Date of interview: 9 May 2017
Place of interview: [[Gaziantep|PLACE]], [[Turkey|PLACE]]
Language: Arabic
Interviewer: [[Hugo Bernard|PERSON]]
Interpreter: [[Lina Sabbagh|PERSON]]

INTERVIEWER: Where did you live in [[Aleppo|PLACE]]?
WITNESS: In [[al-Shaar|PLACE]], in the east. Near [[Masaken Hanano|PLACE]]. I had a workshop for shoes, we were twelve workers before the war. My name is [[Moaz Kayyali|PERSON]], you can write it.
INTERVIEWER: When did your area first come under attack?
WITNESS: From [[2012|DATE:2012-01-01..2012-12-31]], when [[the Free Army|ACTOR:Syrian armed opposition]] came in. But the worst for us was the [[barrels|WEAPON:BARREL_BOMB]], in [[the winter|DATE:2013-11-01..2014-02-28]], [[the end of 2013|DATE:2013-11-01..2013-12-31]], [[beginning of 2014|DATE:2014-01-01..2014-02-28]]. Every day. You hear [[the helicopter|WEAPON:AIRSTRIKE]] and you count, one, two, three, and you pray.
INTERVIEWER: Did a [[barrel|WEAPON:BARREL_BOMB]] hit near you?
WITNESS: {{c1|Yes. On the market of [[al-Shaar|PLACE]], in [[February|DATE:2014-02-01..2014-02-28]], two [[barrels|WEAPON:BARREL_BOMB]], one after the other. My brother-in-law [[Adel Bitar|PERSON]] was killed there, he was buying bread. I was fifty metres behind him.}} The second [[barrel|WEAPON:BARREL_BOMB]] fell on the roof of the mosque and it did not explode. It stayed there, a big black thing, two weeks.
INTERPRETER: He says "barmeel", the barrel. People call the helicopter bomb by this name.
INTERVIEWER: Do you know how many people died in that market?
WITNESS: {{c2|Ten, twelve.}} {{c8|I saw maybe seven, the others I heard.}} {{c9|The [[Hanano|PERSON]] family lost two boys, I know because the father was my worker.}}
INTERVIEWER: You mentioned a [[missile|WEAPON:MISSILE]] before.
WITNESS: Yes, earlier, [[the winter of 2013|DATE:2012-12-01..2013-02-28]]. Not in our street, in [[Tariq al-Bab|PLACE]]. A [[Scud|WEAPON:MISSILE]], they said, from far, from [[Damascus|PLACE]]. {{c3|My friend [[Abu Ammar|PERSON]] told me it took a whole block, twenty houses, more.}} {{c4|And many died, more than twenty, he said.}} I did not go. I was afraid of a second [[missile|WEAPON:MISSILE]].
INTERVIEWER: Let us go to [[2016|DATE:2016-01-01..2016-12-31]]. Were you in the siege?
WITNESS: All of it. From [[July|DATE:2016-07-01..2016-07-31]] to the end. In [[September|DATE:2016-09-01..2016-09-30]] the [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]] started the [[small bombs|WEAPON:CLUSTER_MUNITION]], the [[cluster bombs|WEAPON:CLUSTER_MUNITION]]. They fall like rice on the street.
INTERVIEWER: Was anyone hurt by them near you?
WITNESS: {{c5|[[The next morning|DATE:2016-09-01..2016-09-30]] after one of those nights, two children in our street, [[Hamoudi|PERSON]] and his sister [[Batoul|PERSON]], they played with one of the [[bomblets|WEAPON:CLUSTER_MUNITION]], they thought it is a ball. [[Hamoudi|PERSON]] lost his fingers. [[Batoul|PERSON]] had pieces in her legs.}} I carried [[Batoul|PERSON]] myself to the hospital of [[al-Sakhour|PLACE]]. After that I went with a stick every morning and I put stones around every [[bomblet|WEAPON:CLUSTER_MUNITION]] I found.
INTERVIEWER: Were there other weapons that you saw?
WITNESS: Fire. In [[November|DATE:2016-11-01..2016-11-30]], before [[Masaken Hanano|PLACE]] fell, at [[night|DATE:2016-11-01..2016-11-30]], something opened in the sky and fire fell down in small pieces. {{c6|The house of [[Abu Fawaz|PERSON]] burned, all of it, with the furniture.}} Nobody was inside, they were in the basement of the school. We called it [[napalm|WEAPON:INCENDIARY]], but I don't know the real name.
INTERVIEWER: Were there fighters in your street?
WITNESS: In our street, no. There were no fighters, no offices. The front was four hundred metres away.
INTERVIEWER: How did you leave [[Aleppo|PLACE]]?
WITNESS: {{c7|With the green buses, [[the 18th of December|DATE:2016-12-18]], me, my wife [[Rouba|PERSON]] and the children. We waited two days in the cold at [[al-Amiriyah|PLACE]] before the buses came.}} We went to [[al-Rashideen|PLACE]], then [[Idlib|PLACE]], then here.
INTERVIEWER: Is there something you want to add?
WITNESS: If [[the regime|ACTOR:Syrian government forces]] had let us take the machines from the workshop, I would have work today. I left twelve machines there. They are in [[Halab|PLACE:Aleppo]] now, with somebody else.
@@claim c1 harm=KILLED min=1 max=1 named="Adel Bitar" weapon=BARREL_BOMB site="al-Shaar" date=2014-02-01..2014-02-28 basis=WITNESSED incident=sy-aleppo-20140200-shaar-market-barrels
@@claim c2 harm=KILLED min=10 max=12 weapon=BARREL_BOMB site="al-Shaar" date=2014-02-01..2014-02-28 basis=HEARSAY incident=sy-aleppo-20140200-shaar-market-barrels
@@claim c8 harm=KILLED min=7 max=7 weapon=BARREL_BOMB site="al-Shaar" date=2014-02-01..2014-02-28 basis=WITNESSED incident=sy-aleppo-20140200-shaar-market-barrels
@@claim c9 harm=KILLED min=2 max=2 named="Hanano" weapon=BARREL_BOMB site="al-Shaar" date=2014-02-01..2014-02-28 basis=HEARSAY incident=sy-aleppo-20140200-shaar-market-barrels
@@claim c3 harm=PROPERTY_DAMAGE min=20 max=null weapon=MISSILE site="Tariq al-Bab" date=2012-12-01..2013-02-28 basis=HEARSAY incident=sy-aleppo-20130000-tariqalbab-scud
@@claim c4 harm=KILLED min=21 max=null weapon=MISSILE site="Tariq al-Bab" date=2012-12-01..2013-02-28 basis=HEARSAY incident=sy-aleppo-20130000-tariqalbab-scud
@@claim c5 harm=INJURED min=2 max=2 named="Hamoudi; Batoul" weapon=CLUSTER_MUNITION actor="Russian forces" site="al-Shaar" date=2016-09-01..2016-09-30 basis=WITNESSED incident=sy-aleppo-20160900-shaar-bomblet-children
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="al-Shaar" date=2016-11-01..2016-11-30 basis=WITNESSED incident=sy-aleppo-20161100-shaar-incendiary
@@claim c7 harm=DISPLACED min=2 max=null named="Rouba" site="Aleppo" date=2016-12-18 basis=EXPERIENCED incident=sy-aleppo-20161218-evacuation-buses
@@witness sy-aleppo-moaz-kayyali
