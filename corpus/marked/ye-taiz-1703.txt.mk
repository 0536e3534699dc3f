Interview ID: YE-TAZ-1703
Date: 2019-06-23
Location: [[Aden|PLACE]], [[al-Mansoura|PLACE]] district
Language: Arabic, with some English
Interviewer: [[Helen Marsh|PERSON]]
Speaker: [[Arwa Abdulwahab Qaid|PERSON]]

Helen: We can start whenever you are ready. You lived in [[Taiz|PLACE]] during the siege?
Arwa: Yes, from the start until [[last year|DATE:2018-01-01..2018-12-31]]. In [[al-Masbah|PLACE]], near the [[Jamal street|PLACE]], my English is not so good, sorry, I will try.
Helen: Your English is fine. What do you remember most?
Arwa: The [[Katyusha|WEAPON:ROCKET]]. You hear it leave, whooo, and you count. One, two, three. If you count to five, it is not for you. In [[al-Masbah|PLACE]] we counted many times.
Helen: Was there one day in particular?
Arwa: {{c1|[[The 17th of January|DATE:2017-01-17]], [[2017|DATE:2017-01-01..2017-12-31]]. [[A Tuesday|DATE:2017-01-17]], because I was teaching the Tuesday class at home, the girls came to my house since the school was closed. [[Around four in the afternoon|DATE:2017-01-17]] four [[rockets|WEAPON:ROCKET]] fell in our street, one after the other. The third one hit the house of [[Abu Shawqi|PERSON]], across from us, the top floor.}}
Helen: Was anyone in the house?
Arwa: {{c2|His daughter-in-law [[Amal|PERSON]] and her two children, [[Shawqi|PERSON]] the small, three years, and [[Rahaf|PERSON]], six. All three of them died.}} {{c3|And a man passing on the motorbike, [[Mukhtar|PERSON]], the vegetable seller, he died in the street.}} I saw him from the window, I cannot forget.
Helen: I'm so sorry. Your own house?
Arwa: {{c4|Our windows blew in, all of them, the glass was in the hair of the girls, and the wall of the kitchen has cracks from the top to the floor, still now.}} But no one was hurt in our building, thanks God. The girls were only crying. I put them under the stairs.
Helen: Who fired the [[rockets|WEAPON:ROCKET]]?
Arwa: From the [[Houthis|ACTOR:Houthis]], from [[al-Hawban|PLACE]] side, everybody knows, that is where they fire from. [[The Resistance|ACTOR:Yemeni government forces]] had a position in [[al-Masbah|PLACE]]? No. The nearest was at the [[Tahrir|PLACE]], far from us.
Helen: You mentioned your husband earlier, before we started recording.
Arwa: Yes. [[Nabil|PERSON]]. {{c5|In [[Ramadan|DATE:2017-05-27..2017-06-24]], the same year, we went by bus to visit his mother in [[al-Hawban|PLACE]], because the road through [[Hawban|PLACE:al-Hawban]] was the only way. At the checkpoint the [[Houthi|ACTOR:Houthis]] fighters took him down from the bus, with two other men, and the bus left without them.}}
Helen: Did they say why?
Arwa: They said he is with the Islah, he is a mercenary. He is an accountant! They questioned me also, in a small room, one hour, about my brothers, where they are, what they do. Then they let me go with the other women.
Helen: Where was he taken?
Arwa: {{c6|We learned after two months, from a man who was released, that [[Nabil|PERSON]] is in [[Madinat al-Saleh|PLACE]], the prison they made in the buildings there. He stayed seven months. He came out in an exchange, in [[December|DATE:2017-12-01..2017-12-31]].}} He does not speak about what they did there. He has a pain in the back, always.
Helen: And the other two men from the bus?
Arwa: {{c7|One of them, [[Hamoud al-Sharabi|PERSON]], his family still does not know anything. No news since [[that day|DATE:2017-05-27..2017-06-24]] on the bus, two years.}} His mother calls me sometimes, she asks if [[Nabil|PERSON]] remembers seeing him inside. He does not.
Helen: Did you hear of other attacks, outside [[al-Masbah|PLACE]]?
Arwa: My family is from [[Sabir|PLACE]], the mountain, [[Jabal Sabir|PLACE:Sabir]]. {{c8|In [[the summer|DATE:2017-06-01..2017-08-31]] there was a [[missile|WEAPON:MISSILE]] on the village of my grandfather, on the cistern, the big water cistern of the village, it is destroyed, the water went down the mountain.}} I read it on the page of the village on Facebook, with pictures. {{c9|They wrote that the wife of the guard, [[Umm Fuad|PERSON]], was hurt in the head.}}
Helen: Do you know who fired it?
Arwa: The page did not say. Some said [[the coalition|ACTOR:Saudi-led coalition]] [[planes|WEAPON:AIRSTRIKE]], some said [[Houthi|ACTOR:Houthis]] [[missile|WEAPON:MISSILE]]. I don't know, I was not there, so I don't say.
Helen: And in [[al-Qahira|PLACE]], the old city?
Arwa: {{c10|My cousin [[Waddah|PERSON]] was shot by [[sniper|WEAPON:SMALL_ARMS]] near the [[Cairo castle|PLACE]], in the leg, going to buy bread.}} That was [[2016|DATE:2016-01-01..2016-12-31]], I think [[the winter|DATE]]. His brother told me. The [[snipers|WEAPON:SMALL_ARMS]] were on the hills above, everybody knew the streets you cannot cross.
Helen: Is there anything you want people to know?
Arwa: We were teachers, accountants, vegetable sellers. Write that. Not fighters.

@@witness ye-taiz-arwa-qaid
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Abu Shawqi" weapon=ROCKET actor="Houthis" site="al-Masbah" date=2017-01-17 basis=WITNESSED incident=ye-taiz-20170117-masbah-katyusha
@@claim c2 harm=KILLED min=3 max=3 named="Amal; Shawqi; Rahaf" weapon=ROCKET actor="Houthis" site="al-Masbah" date=2017-01-17 basis=WITNESSED incident=ye-taiz-20170117-masbah-katyusha
@@claim c3 harm=KILLED min=1 max=1 named="Mukhtar" weapon=ROCKET actor="Houthis" site="al-Masbah" date=2017-01-17 basis=WITNESSED incident=ye-taiz-20170117-masbah-katyusha
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Houthis" site="al-Masbah" date=2017-01-17 basis=EXPERIENCED incident=ye-taiz-20170117-masbah-katyusha
@@claim c5 harm=DETAINED min=3 max=3 named="Nabil" actor="Houthis" site="al-Hawban" date=2017-05-27..2017-06-24 basis=WITNESSED incident=ye-taiz-20170000-hawban-bus-checkpoint
@@claim c6 harm=DETAINED min=1 max=1 named="Nabil" actor="Houthis" site="Madinat al-Saleh" date=2017-05-27..2017-12-31 basis=HEARSAY incident=ye-taiz-20170000-hawban-bus-checkpoint
@@claim c7 harm=MISSING min=1 max=1 named="Hamoud al-Sharabi" actor="Houthis" site="al-Hawban" date=2017-05-27..2017-06-24 basis=WITNESSED incident=ye-taiz-20170000-hawban-bus-checkpoint
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Sabir" date=2017-06-01..2017-08-31 basis=REPORTED incident=ye-sabir-20170000-cistern-missile
@@claim c9 harm=INJURED min=1 max=1 named="Umm Fuad" weapon=MISSILE site="Sabir" date=2017-06-01..2017-08-31 basis=REPORTED incident=ye-sabir-20170000-cistern-missile
@@claim c10 harm=INJURED min=1 max=1 named="Waddah" weapon=SMALL_ARMS site="Cairo castle" date=2016-01-01..2016-12-31 basis=HEARSAY incident=ye-taiz-20160000-waddah-sniper
