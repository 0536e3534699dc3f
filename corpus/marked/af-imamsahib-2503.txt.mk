@@newline crlf
Interview ID: AF-IMS-2503
Date: 2021-02-07
Location: [[Kunduz|PLACE]] city
Language: Uzbeki and Dari, interpreted
Interviewer: [[Rosa Lindqvist|PERSON]]
Interpreter: [[Marzia Sultani|PERSON]]

INT: Thank you for meeting us. You are a teacher in [[Imam Sahib|PLACE]]?
RESP: Yes, at the girls' school, [[Bibi Aisha school|PLACE]]. Fourteen years.
INT: I want to ask first about your husband.
RESP: My husband is [[Ahmad Shah|PERSON]], also a teacher, at the boys' school. [[Last year|DATE:2020-01-01..2020-12-31]], [[the 20th of Hoot|DATE:2020-03-10]], he went to [[Kunduz|PLACE]] for his salary, with the minibus, because the salary was three months late.
RESP: {{c1|At [[Aq Tash|PLACE:Aqtash]] the [[Taliban|ACTOR:Taliban]] had stopped the road and they took him, and with him five other men from the same bus, six men.}} A woman who was on the bus came to my door in [[the evening|DATE:2020-03-10]] and told me. I did not believe her. I said, he is a teacher, what do they want with a teacher?
[Interpreter: she uses "Aq Tash" as two words, the village on the main road.]
INT: How long was he held?
RESP: {{c2|Fifty-two days. They kept him in a house somewhere in [[Dasht-e Archi|PLACE]], in a room with a chain on the door, and every day they asked him, who are your friends in the government.}} The elders of our street went three times. The third time they brought him back.
INT: And the other men from the bus?
RESP: Two soldiers, they were going home on leave. My husband says they were taken to another place on [[the first night|DATE:2020-03-10]]. {{c3|Nobody has heard from them, not their families, not anybody, and it is almost one year.}} The customs man also, a young man, I do not know his name, only that he was from [[Chahar Dara|PLACE]].
INT: Had the [[Taliban|ACTOR:Taliban]] stopped you before, yourself?
RESP: Once, in [[2019|DATE:2019-01-01..2019-12-31]]. They looked at my card and asked why a woman goes to [[Kunduz|PLACE]] alone. I said my son is with me, he was twelve. They let us go. And from the other side also, [[the police|ACTOR:Afghan forces]] came to our house [[one night|DATE]], they said somebody gave bread to the [[Talibs|ACTOR:Taliban]]. They questioned my husband in the yard, one hour, more, and then they left. They did not take anybody that time.
INT: You mentioned the school. Can you tell me what happened there?
RESP: It was [[the week the school reopened|DATE:2016-03-23..2016-03-31]], after the winter, in [[Hamal|DATE:2016-03-20..2016-04-19]], [[2016|DATE:2016-01-01..2016-12-31]] I think, or [[2017|DATE:2017-01-01..2017-12-31]]... no, [[2016|DATE:2016-01-01..2016-12-31]], because my daughter [[Nazifa|PERSON]] was in grade seven.
RESP: {{c4|In the second hour, the girls in three classrooms started to cough and cry, some fell down, there was a smell like rotten eggs, like fertiliser, and we carried maybe thirty, forty girls to the clinic, my [[Nazifa|PERSON]] also.}}
INT: What did the doctors say?
RESP: The doctors said [[poison|WEAPON:CHEMICAL]], [[gas|WEAPON:CHEMICAL]]. The district governor said the enemies of education. Who put it, nobody knows. No girl died, thank God, nobody died. But after that, for one month, half of the girls did not come. The fathers were afraid.
INT: Were there other incidents near your house?
RESP: Yes, in [[2017|DATE:2017-01-01..2017-12-31]], in [[the summer|DATE:2017-06-21..2017-09-22]]. The [[Taliban|ACTOR:Taliban]] attacked the district centre and [[the army|ACTOR:Afghan forces]] fired [[mortars|WEAPON:MORTAR]] from the hill. {{c5|One [[mortar|WEAPON:MORTAR]] came onto our house, into the guest room, and the roof came down, all of it, the beams and the earth, on the carpets.}} We were in the back room, the children and me, and we were not hurt, only dust in the mouth.
INT: His brother also had an accident, you said?
RESP: Yes, [[Sher Ali|PERSON]], my husband's younger brother. He has a donkey cart, he brings melons. In [[autumn of 2018|DATE:2018-09-23..2018-12-21]], on the road by the canal, towards [[Sherkhan Bandar|PLACE]], the cart went over a [[mine|WEAPON:LANDMINE]]. {{c6|The donkey died, and [[Sher Ali|PERSON]] lost his foot, the left foot, they cut it in the hospital in [[Kunduz|PLACE]].}} I went to the hospital [[the next day|DATE]] and I saw him.
INT: Who put the [[mine|WEAPON:LANDMINE]]?
RESP: The [[Taliban|ACTOR:Taliban]], for [[the army|ACTOR:Afghan forces]] trucks, that is what everybody says. But it was not a truck, it was a donkey and a man with melons.
INT: Is there anything you want to add?
RESP: Only that you write my husband's name correctly. [[Ahmad Shah|PERSON]], son of [[Abdul Ghani|PERSON]]. And the two soldiers, if somebody finds them, their mothers are waiting.
@@witness af-imamsahib-teacher-shukria
@@claim c1 harm=DETAINED min=6 max=6 named="Ahmad Shah" actor=Taliban site="Aq Tash" date=2020-03-10 basis=HEARSAY incident=af-imamsahib-20200310-aqtash-checkpoint
@@claim c2 harm=DETAINED min=1 max=1 named="Ahmad Shah" actor=Taliban site="Dasht-e Archi" date=2020-03-10 basis=HEARSAY incident=af-imamsahib-20200310-aqtash-checkpoint
@@claim c3 harm=MISSING min=2 max=2 actor=Taliban site="Aq Tash" date=2020-03-10 basis=HEARSAY incident=af-imamsahib-20200310-aqtash-checkpoint
@@claim c4 harm=INJURED min=30 max=40 named="Nazifa" weapon=CHEMICAL site="Bibi Aisha school" date=2016-03-23..2016-03-31 basis=WITNESSED incident=af-imamsahib-20160300-girls-school-poisoning
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Afghan forces" site="Imam Sahib" date=2017-06-21..2017-09-22 basis=EXPERIENCED incident=af-imamsahib-20170000-guestroom-mortar
@@claim c6 harm=INJURED min=1 max=1 named="Sher Ali" weapon=LANDMINE actor=Taliban site="Sherkhan Bandar" date=2018-09-23..2018-12-21 basis=HEARSAY incident=af-imamsahib-20180000-melon-cart-mine
