id: ye-durayhimi-4352
interview_date: 2019-06-18
place: Hays, Hodeidah, Yemen
language: Arabic

INTERVIEWER: Can you tell me your name, and who is with you here?
WITNESS: [[Fatima Ali Hassan|PERSON]]. [[Umm Walid|PERSON]]. These are my girls, [[Amal|PERSON]] and [[Nour|PERSON]], and the small one is [[Yahya|PERSON]], after his grandfather.
INTERVIEWER: You are from [[al-Durayhimi|PLACE]]?
WITNESS: From [[al-Duraihimi|PLACE:al-Durayhimi]], yes, from the street behind the souq. My husband, [[Abdullah|PERSON]], God have mercy on him, died of the kidneys, three years before the war came to us. It was not the war, it was the illness. His brother, [[Abu Hamdi|PERSON]], took care of us after.
INTERVIEWER: What happened to your son?
WITNESS: [[Walid|PERSON]]. [crying] {{c1|It was in [[Muharram|DATE:2018-09-11..2018-10-10]], [[the 13th of September|DATE:2018-09-13]] I think, at [[midday|DATE:2018-09-13]]. The [[Houthis|ACTOR:Houthis]] came to the street and they took the men, nine or ten men, I counted from the window, maybe more.}} {{c2|They took [[Walid|PERSON]] from the door of his uncle's house, in his sandals, and that was the last time I saw him.}}
INTERVIEWER: Did anybody tell you where he was taken?
WITNESS: I went to the school where they kept them, [[the next day|DATE:2018-09-14]], with my brother-in-law. The supervisor of the [[Houthis|ACTOR:Houthis]] said, he is not here, go home, woman. {{c2|A woman from [[Zabid|PLACE]] told me she saw him in the Central Prison in [[Hodeidah|PLACE]], in [[December|DATE:2018-12-01..2018-12-31]], another woman said [[Sanaa|PLACE]]. Nine months now, and I do not know if he eats, if he sleeps.}}
INTERVIEWER: What happened to your house?
WITNESS: {{c3|In [[October|DATE:2018-10-01..2018-10-31]], before we left, a [[tank shell|WEAPON:ARTILLERY]] fell on our kitchen and the room of [[Walid|PERSON]]. The roof came on the floor.}} From which side, I do not know. Both sides had tanks around the town. We were in the other room, nobody was hurt.
INTERVIEWER: And then you left.
WITNESS: {{c4|We went out with [[Abu Hamdi|PERSON]] and his family, at [[night|DATE:2018-10-20]], walking, me and my three children, to [[al-Tuhayta|PLACE]] and then [[al-Khawkha|PLACE]].}} {{c4|In [[al-Khawkha|PLACE]] there was no room for us, so [[after one month|DATE:2018-11-20]] we came to [[Hays|PLACE]], to a house of the [[Jarboua|PERSON]] family, they gave two rooms to the displaced.}} Three places in two months. My children stopped asking where we are going.
INTERVIEWER: Can you tell me about [[January|DATE:2019-01-01..2019-01-31]]?
WITNESS: Yes. {{c5|On [[the 21st|DATE:2019-01-21]], [[a Monday|DATE:2019-01-21]], in [[the morning|DATE:2019-01-21]], a [[hawn|WEAPON:MORTAR]] fell in the yard of the [[Jarboua|PERSON]] house where the children were playing. The girl [[Rawiya|PERSON]], six years, died in the yard, and old Hajj [[Saeed Bakri|PERSON]], who was sitting by the door.}} {{c6|Five or six were wounded, children mostly.}} {{c7|My [[Amal|PERSON]] was hit in the leg, here, above the knee, and I carried her to the hospital myself.}}
WITNESS: People said it was a [[barrel|WEAPON:BARREL_BOMB]] from a helicopter, no, no, it was not a [[barrel|WEAPON:BARREL_BOMB]]. There was no helicopter. It was [[hawn|WEAPON:MORTAR]], I heard the whistle before, like always. It came from the east, from the side of the [[Houthis|ACTOR:Houthis]], everybody knows where they are.
INTERVIEWER: Was anyone else in your family hurt in [[Hays|PLACE]]?
WITNESS: No, only [[Amal|PERSON]]. Her name is [[Amal|PERSON]], hope, and the doctor said, you see, she has hope in her name, she will walk. She walks now, a little bit crooked.
WITNESS: But the son of our neighbours, [[Ibrahim|PERSON]], eleven years. {{c8|In [[March|DATE:2019-03-01..2019-03-31]] he found a small ball in the field near the wadi, one of those [[bomblets|WEAPON:CLUSTER_MUNITION]], and it exploded in his hand, he lost three fingers.}} I did not see it, his mother told me, she was screaming in the street. They say these [[cluster bombs|WEAPON:CLUSTER_MUNITION]] are from the old [[air strikes|WEAPON:AIRSTRIKE]], from before, sleeping in the ground.
INTERVIEWER: Are there still attacks now?
WITNESS: Some nights. [[The drone|WEAPON:DRONE_STRIKE]] of the [[Houthis|ACTOR:Houthis]] hit a car of [[the army|ACTOR:Yemeni government forces]] on the road to [[al-Jarrahi|PLACE]], in [[Ramadan|DATE:2019-05-06..2019-06-03]]. They were soldiers, it was the fighting, I do not count that with us. In our street, [[this month|DATE:2019-06-01..2019-06-18]], nothing fell, thanks to God.
INTERVIEWER: What do you want to happen now?
WITNESS: I want [[Walid|PERSON]]. Only that. If he is alive, let them give him back. If he is not, let them tell me where he is, so I can go and read the Fatiha for him.
@@witness ye-durayhimi-fatima-ali-hassan
@@claim c1 harm=DETAINED min=9 max=10 actor="Houthis" site="al-Duraihimi" date=2018-09-13 basis=WITNESSED incident=ye-durayhimi-20180914-houthi-raid-men-taken
@@claim c2 harm=MISSING min=1 max=1 named="Walid" actor="Houthis" site="al-Duraihimi" date=2018-09-13 basis=WITNESSED incident=ye-durayhimi-20180914-houthi-raid-men-taken
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="al-Duraihimi" date=2018-10-01..2018-10-31 basis=EXPERIENCED incident=ye-durayhimi-20181000-fatima-house-tank-shell
@@claim c4 harm=DISPLACED min=4 max=4 named="Fatima Ali Hassan; Amal; Nour; Yahya" site="al-Duraihimi" date=2018-10-20 basis=EXPERIENCED incident=ye-durayhimi-20181020-qasim-family-flight
@@claim c5 harm=KILLED min=2 max=2 named="Rawiya; Saeed Bakri" weapon=MORTAR actor="Houthis" site="Hays" date=2019-01-21 basis=WITNESSED incident=ye-hays-20190121-jarboua-house-mortar
@@claim c6 harm=INJURED min=5 max=6 weapon=MORTAR actor="Houthis" site="Hays" date=2019-01-21 basis=WITNESSED incident=ye-hays-20190121-jarboua-house-mortar
@@claim c7 harm=INJURED min=1 max=1 named="Amal" weapon=MORTAR actor="Houthis" site="Hays" date=2019-01-21 basis=WITNESSED incident=ye-hays-20190121-jarboua-house-mortar
@@claim c8 harm=INJURED min=1 max=1 named="Ibrahim" weapon=CLUSTER_MUNITION site="Hays" date=2019-03-01..2019-03-31 basis=HEARSAY incident=ye-hays-20190300-wadi-field-bomblet-ibrahim
