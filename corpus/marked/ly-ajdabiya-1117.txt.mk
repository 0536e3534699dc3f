@@newline crlf
Interview ID: LY-AJD-1117
Interview date: 2021-03-09
Location: [[Ajdabiya|PLACE]], [[Cyrenaica|PLACE]]
Language: Arabic, with interpretation
Interviewer: [[Claire Dumoulin|PERSON]]
Interpreter: [[Osama Bugaighis|PERSON]]

Claire: Thank you for receiving us in your home, Hajja.
Hanan: You are welcome. Drink the tea. I am [[Hanan Bu Khatwa|PERSON]], [[Umm Mabrouk|PERSON]]. Sixty-two years. Born in [[Ajdabiya|PLACE]], [[Ijdabiya|PLACE:Ajdabiya]] as the old people say.
Claire: I would like to start with [[2011|DATE:2011-01-01..2011-12-31]], if that is all right.
Hanan: [[2011|DATE:2011-01-01..2011-12-31]], the revolution. [[Ajdabiya|PLACE]] was the door to [[Benghazi|PLACE]]. Whoever takes [[Ajdabiya|PLACE]] goes to [[Benghazi|PLACE]]. So [[Gaddafi's forces|ACTOR:Gaddafi forces]] came in [[March|DATE:2011-03-01..2011-03-31]], [[the middle of March|DATE:2011-03-14..2011-03-18]].
Hanan: {{c1|They shelled the town from the west gate, the [[artillery|WEAPON:ARTILLERY]], and the [[Grad|WEAPON:ROCKET]], day and night. Our street, near the [[Dubai roundabout|PLACE]]... no, near the [[Green Valley|PLACE]] road, got many [[shells|WEAPON:ARTILLERY]]. The house of my brother-in-law [[Hamad|PERSON]] was burned.}}
Claire: Was anybody hurt in your family?
Hanan: {{c2|My son [[Mabrouk|PERSON]], he was twenty then, he was with the young men at the east gate. A [[shell|WEAPON:ARTILLERY]] fell near them and he was injured in the hand, he lost two fingers.}} {{c3|His friend [[Younis Abdelhafid|PERSON]] died there, and another boy from the [[Zuwai|PERSON]] family, [[Jibril|PERSON]].}}
[Interpreter: she said "the kataib", the brigades, meaning the Gaddafi army units.]
Hanan: {{c4|We left [[Ajdabiya|PLACE]] to [[Benghazi|PLACE]], [[the 16th|DATE:2011-03-16]], I remember because it was the day my sister had the baby. We were all together, fifteen, in two cars.}} Almost everybody left. [[Ajdabiya|PLACE]] was empty like a ghost. On the road the cars were one behind the other, mattresses on the roofs, goats in the back, and the children asking every minute, are we there, are we there. In [[Benghazi|PLACE]] we slept in a school in [[al-Fuwayhat|PLACE]], three families in one classroom, for almost one month. The people of [[Benghazi|PLACE]] brought us food, God bless them.
Claire: When did you return?
Hanan: After the French... no, sorry, the foreign [[planes|WEAPON:AIRSTRIKE]], French, hit the tanks on the road, [[the end of March|DATE:2011-03-25..2011-03-31]]. We came back in [[April|DATE:2011-04-01..2011-04-30]].
Claire: And after the revolution, what happened in [[Ajdabiya|PLACE]]?
Hanan: After, it was worse in a different way. The killings. The [[bombs|WEAPON:IED]] under the cars, and the [[explosions|WEAPON:EXPLOSIVE_UNSPECIFIED]] at the police stations, we never knew what kind. In [[2014|DATE:2014-01-01..2014-12-31]], [[2015|DATE:2015-01-01..2015-12-31]], every week somebody.
Hanan: {{c5,c8|My nephew, [[Sallum|PERSON]], [[Abdulsalam Bu Khatwa|PERSON]], he was a police officer. In [[Ramadan 2014|DATE:2014-06-29..2014-07-27]], a [[bomb|WEAPON:IED]] under his car, in front of the [[al-Fateh mosque|PLACE]], after the taraweeh prayer. He died, and a boy who was passing was injured.}}
Claire: Do you know who was responsible?
Hanan: People said the extremists, or [[Daesh|ACTOR:Islamic State]], they were in [[Ajdabiya|PLACE]] then, hiding. Nobody was arrested. Nobody.
Hanan: {{c6|In [[February 2016|DATE:2016-02-01..2016-02-29]], when [[the army|ACTOR:Libyan National Army]] of [[Haftar|ACTOR:Libyan National Army]] came to clean [[Ajdabiya|PLACE]], there was fighting in the [[al-Sawawa|PLACE]] area. [[Mortars|WEAPON:MORTAR]] fell on the houses, and the house of my neighbour, [[Ramadan Saleh|PERSON]], the roof fell.}} Nobody was inside, they had gone to [[Brega|PLACE]].
Claire: Are there still dangers now?
Hanan: Now it is calm. Calm, yes, salam, peace, we have it, a little. But the young men have no work, and the [[mines|WEAPON:LANDMINE]] are still in the west, towards [[Brega|PLACE]] and [[al-Uqayla|PLACE]]. {{c7|Last year [[Mabrouk|PERSON]]'s friend, a shepherd, [[Miloud|PERSON]], lost his leg from a [[mine|WEAPON:LANDMINE]] near the [[Wadi Faregh|PLACE]].}}
Claire: Thank you, Hajja [[Hanan|PERSON]].
Hanan: Write that [[Ajdabiya|PLACE]] suffered. Everybody talks about [[Benghazi|PLACE]], [[Derna|PLACE]], [[Sirte|PLACE]]. Nobody talks about [[Ajdabiya|PLACE]].

@@witness ly-ajdabiya-hanan-bukhatwa
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Hamad" weapon=ARTILLERY actor="Gaddafi forces" site="Green Valley" date=2011-03-14..2011-03-18 basis=WITNESSED incident=ly-ajdabiya-20110300-shelling
@@claim c2 harm=INJURED min=1 max=1 named="Mabrouk" weapon=ARTILLERY actor="Gaddafi forces" site="Ajdabiya" date=2011-03-14..2011-03-18 basis=HEARSAY incident=ly-ajdabiya-20110300-east-gate
@@claim c3 harm=KILLED min=2 max=2 named="Younis Abdelhafid; Jibril" weapon=ARTILLERY actor="Gaddafi forces" site="Ajdabiya" date=2011-03-14..2011-03-18 basis=HEARSAY incident=ly-ajdabiya-20110300-east-gate
@@claim c4 harm=DISPLACED min=15 max=15 actor="Gaddafi forces" site="Ajdabiya" date=2011-03-16 basis=EXPERIENCED incident=ly-ajdabiya-20110300-shelling
@@claim c5 harm=KILLED min=1 max=1 named="Abdulsalam Bu Khatwa" weapon=IED site="al-Fateh mosque" date=2014-06-29..2014-07-27 basis=HEARSAY incident=ly-ajdabiya-20140700-police-car-bomb
@@claim c8 harm=INJURED min=1 max=1 weapon=IED site="al-Fateh mosque" date=2014-06-29..2014-07-27 basis=HEARSAY incident=ly-ajdabiya-20140700-police-car-bomb
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null named="Ramadan Saleh" weapon=MORTAR site="al-Sawawa" date=2016-02-01..2016-02-29 basis=HEARSAY incident=ly-ajdabiya-20160200-sawawa-mortars
@@claim c7 harm=INJURED min=1 max=1 named="Miloud" weapon=LANDMINE site="Wadi Faregh" date=2020-01-01..2020-12-31 basis=HEARSAY incident=ly-ajdabiya-20200000-faregh-mine
