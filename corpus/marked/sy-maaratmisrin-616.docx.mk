INTERVIEW RECORD
Interview ID: SY-IDL-616
Date of interview: 2 April 2020
Place of interview: [[Maaret Masrin|PLACE:Maarat Misrin]], [[Idlib|PLACE]] countryside
Language: Arabic
Interviewer: [[Hala Moussa|PERSON]]
Q: How should I call you in the report?
A: Write [[Umm Ghaith|PERSON]]. Everybody here knows me as [[Umm Ghaith|PERSON]]. My real name, no, because of my brother.
Q: Where do you live?
A: Here, in [[Maaret Masrin|PLACE:Maarat Misrin]], since [[last summer|DATE:2019-06-01..2019-08-31]]. Before, in [[Khan Sheikhoun|PLACE]]. We have a flat above the vegetable shops, opposite the bakery of the [[Bakkour|PERSON]] family.
Q: Why did you leave [[Khan Sheikhoun|PLACE]]?
A: {{c1|In [[June|DATE:2019-06-01..2019-06-30]] [[the planes|WEAPON:AIRSTRIKE]] dropped fire on the wheat around the town, the [[napalm|WEAPON:INCENDIARY]], and our field burned, all of it, and the field of my husband's brothers.}} Every night the [[barrels|WEAPON:BARREL_BOMB]], the [[barrel bombs|WEAPON:BARREL_BOMB]], from [[the helicopters|WEAPON:AIRSTRIKE]]. {{c2|Then in [[August|DATE:2019-08-01..2019-08-31]], when [[the army|ACTOR:Syrian government forces]] came close, we left, me, my husband and our five children, with one suitcase.}}
Q: Tell me about the attack near the bakery.
A: It was [[a Tuesday|DATE:2020-01-21]]. [[The day after the big rain|DATE:2020-01-21]], in [[the second half of January|DATE:2020-01-16..2020-01-31]]. In [[the morning|DATE:2020-01-21]], early, the queue for bread was very long, many displaced people. I was hanging the washing on the balcony. I heard [[the jet|WEAPON:AIRSTRIKE]] dive, you know the sound, it becomes thin. Then two [[bombs|WEAPON:AIRSTRIKE]], one in the queue and one on the vegetable stalls under my balcony.
Q: Were you hurt?
A: {{c3|Me, no, I was thrown inside. My son [[Ghaith|PERSON]], fifteen, was in the room behind the window, and the glass cut his face and his arm, twelve stitches.}}
Q: What did you see when you went out?
A: [pause] {{c4|People lying in the street, in the bread. [[Abu Hussam|PERSON]], who sells potatoes under my flat, dead on his stall.}} {{c9|The young baker, [[Shadi|PERSON]], they carried him past me, he was still moving.}} {{c5|Between twelve and fourteen died, people say, I don't know exactly.}} {{c6|The Civil Defence wrote thirteen on their page.}}
Q: Another witness told us it was on [[a Wednesday|DATE]], [[the 22nd|DATE:2020-01-22]].
A: Maybe. Maybe it was [[Wednesday|DATE:2020-01-22]]. In this year all the days are the same. I know it was [[the day after the rain|DATE:2020-01-21]], because the street was mud and the bread fell in the mud.
Q: Who do you think carried out the attack?
A: [[The regime|ACTOR:Syrian government forces]] [[planes|WEAPON:AIRSTRIKE]] or [[the Russians|ACTOR:Russian forces]], for us the same. They are in the same sky.
Q: You mentioned your brother. Can you tell me what happened to him?
A: My brother [[Abdulrazzaq|PERSON]], he was a journalist, a small one, he filmed for a local page. {{c7|In [[October 2019|DATE:2019-10-01..2019-10-31]], [[Hay'at Tahrir al-Sham|ACTOR:Hayat Tahrir al-Sham]] took him from his house in [[Idlib|PLACE]] city, because he wrote that they take money at the crossing.}} The [[Hay'a|ACTOR:Hayat Tahrir al-Sham]], we call them, or still [[Nusra|ACTOR:Hayat Tahrir al-Sham]]. {{c7|Four months he was in their prison.}} Now he is out, but he does not write any more. This is why my name, no.
Q: Is there anything else?
A: {{c8|Only that the bakery is closed now, they hit it a second time.}} Where do people buy bread? This is also a way to kill.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Khan Sheikhoun" date=2019-06-01..2019-06-30 basis=WITNESSED incident=sy-khansheikhoun-20190600-wheat-fields-napalm
@@claim c2 harm=DISPLACED min=7 max=7 site="Khan Sheikhoun" date=2019-08-01..2019-08-31 basis=EXPERIENCED incident=sy-khansheikhoun-20190800-umm-ghaith-family-flight
@@claim c3 harm=INJURED min=1 max=1 named="Ghaith" weapon=AIRSTRIKE site="Maaret Masrin" date=2020-01-21 basis=WITNESSED incident=sy-maaratmisrin-20200122-bakery-queue
@@claim c4 harm=KILLED min=1 max=1 named="Abu Hussam" weapon=AIRSTRIKE site="Maaret Masrin" date=2020-01-21 basis=WITNESSED incident=sy-maaratmisrin-20200122-bakery-queue
@@claim c5 harm=KILLED min=12 max=14 weapon=AIRSTRIKE site="Maaret Masrin" date=2020-01-21 basis=HEARSAY incident=sy-maaratmisrin-20200122-bakery-queue
@@claim c6 harm=KILLED min=13 max=13 weapon=AIRSTRIKE site="Maaret Masrin" date=2020-01-21 basis=REPORTED incident=sy-maaratmisrin-20200122-bakery-queue
@@claim c7 harm=DETAINED min=1 max=1 named="Abdulrazzaq" actor="Hayat Tahrir al-Sham" site="Idlib" date=2019-10-01..2019-10-31 basis=HEARSAY incident=sy-idlib-20191000-abdulrazzaq-hts-detention
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="Maaret Masrin" basis=WITNESSED incident=sy-maaratmisrin-20200205-bakery-second-strike
@@claim c9 harm=INJURED min=1 max=1 named="Shadi" weapon=AIRSTRIKE site="Maaret Masrin" date=2020-01-21 basis=WITNESSED incident=sy-maaratmisrin-20200122-bakery-queue
@@witness sy-maaratmisrin-umm-ghaith
