@@newline crlf
Interview ID: DZ-4501
Date of interview: 21 February 2019
Place of interview: [[Hasakah|PLACE]], [[Syria|PLACE]]
Language: Arabic, interpreted into English
Interviewer: [[Kristin Aalto|PERSON]]
Interpreter: [[Rami Haddad|PERSON]]

INTERVIEWER: Please say your name and where you are from.
WITNESS: [[Faisal Hamad al-Khalaf|PERSON]]. From [[al-Mayadin|PLACE]], the old quarter, near the river. I had a shop of car parts, eh, spare parts, and my brother [[Khaled|PERSON]] had the shop next to it, tyres.
INTERVIEWER: When did your problems with [[Daesh|ACTOR:Islamic State]] begin?
WITNESS: With [[Daesh|ACTOR:Islamic State]] the problems were every day. Once they stopped me at the checkpoint by the bridge, they opened the car, they looked in the boxes, they found cigarettes. I paid a fine there, five thousand, and I drove home. That is nothing. But my son, that was different.
INTERPRETER: He says the fine was five thousand Syrian pounds.
WITNESS: {{c1|My son [[Yaman|PERSON]], he was seventeen. In [[the winter|DATE:2016-12-01..2017-02-28]], the [[hisba|ACTOR:Islamic State]] took him from the street because his trousers were long and he had a phone with songs. They held him forty days in the prison under the stadium.}} He came out thin, with his head shaved. He does not speak about it, until today.
INTERVIEWER: Was anyone else from your street taken?
WITNESS: {{c2|Our neighbour, [[Abu Marwan|PERSON]]. In [[Ramadan|DATE:2017-05-27..2017-06-25]], in [[the night|DATE:2017-05-27..2017-06-25]], [[after the suhoor|DATE:2017-05-27..2017-06-25]], the security men of [[Daesh|ACTOR:Islamic State]] came in two cars and broke his door. I saw them from my window. They put him in the car and that was the last time.}}
WITNESS: {{c3|His wife [[Umm Marwan|PERSON]] asked at every office, every prison, for a year. Nothing. Nobody has seen him since. Some people said he is in [[Hajin|PLACE]], some said they killed him, but nobody knows.}}
INTERVIEWER: What happened to your shops?
WITNESS: [pause] In [[October|DATE:2017-10-01..2017-10-31]], the [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]]. Every day, two times, three times.
WITNESS: {{c4|[[The 4th of October|DATE:2017-10-04]], I think, or [[the 5th|DATE:2017-10-05]], eh, [[the 4th|DATE:2017-10-04]], [[the planes|WEAPON:AIRSTRIKE]] dropped [[cluster bombs|WEAPON:CLUSTER_MUNITION]] on the street of the shops. The two shops, mine and [[Khaled|PERSON]]'s, there was nothing left of them, the roof, the tyres, everything burned.}}
WITNESS: {{c5|A boy who sold tea, [[Jassem|PERSON]], eleven years, was hit in the legs by the small [[bomblets|WEAPON:CLUSTER_MUNITION]].}} We carried him to the field hospital. I don't know if he lives.
INTERVIEWER: Was anyone killed on that street?
WITNESS: Not on our street [[that day|DATE:2017-10-04]]. No one died there, thanks to God, the people were at home because of [[the planes|WEAPON:AIRSTRIKE]].
INTERVIEWER: People have told us a school was hit in [[al-Mayadeen|PLACE:al-Mayadin]] in [[those days|DATE:2017-10-01..2017-10-31]].
WITNESS: People said the school of the girls was hit by a [[barrel|WEAPON:BARREL_BOMB]], but it was not. I passed there after. The [[barrel|WEAPON:BARREL_BOMB]] fell in the empty land behind it.
INTERVIEWER: When did you leave?
WITNESS: {{c6|[[After the shops|DATE:2017-10-04..2017-10-10]], a few days, we left [[al-Mayadin|PLACE]]. Eleven of us, me, my wife [[Hanan|PERSON]], the children, my mother, [[Khaled|PERSON]] and his family. We went across the river to [[Dhiban|PLACE]], then to [[al-Shuhayl|PLACE]].}}
WITNESS: {{c7|From [[al-Shuhayl|PLACE]] we moved again when the fighting came, to the desert, and in [[the spring|DATE:2018-03-01..2018-05-31]] we came to the camp here in [[Hasakah|PLACE]].}} We moved four times, I think. My mother counted five.
INTERVIEWER: Has [[Yaman|PERSON]] had any trouble since?
WITNESS: {{c8|At the checkpoint of the [[SDF|ACTOR:Syrian Democratic Forces]], at the entrance of the camp, they took [[Yaman|PERSON]] and two other boys from our truck, to check the names. They kept him three days.}} Then they gave him back.
WITNESS: I was afraid they would take him again, every time a car comes. But now it is quiet. We are waiting. If the house in [[al-Mayadin|PLACE]] was standing we would go back tomorrow. {{c9|It is not standing. [[Khaled|PERSON]] went to see, he says the soldiers of [[the regime|ACTOR:Syrian government forces]] took the doors and the windows, and the roof is down.}}
@@witness sy-mayadin-faisal-alkhalaf
@@claim c1 harm=DETAINED min=1 max=1 named="Yaman" actor="Islamic State" site="al-Mayadin" date=2016-12-01..2017-02-28 basis=WITNESSED incident=sy-mayadin-20170000-yaman-hisba-detention
@@claim c2 harm=DETAINED min=1 max=1 named="Abu Marwan" actor="Islamic State" site="al-Mayadin" date=2017-05-27..2017-06-25 basis=WITNESSED incident=sy-mayadin-20170600-abu-marwan-night-raid
@@claim c3 harm=MISSING min=1 max=1 named="Abu Marwan" actor="Islamic State" site="al-Mayadin" date=2017-05-27..2017-06-25 basis=HEARSAY incident=sy-mayadin-20170600-abu-marwan-night-raid
@@claim c4 harm=PROPERTY_DAMAGE min=2 max=2 weapon=CLUSTER_MUNITION actor="Russian forces" site="al-Mayadin" date=2017-10-04 basis=EXPERIENCED incident=sy-mayadin-20171004-car-parts-street-cluster
@@claim c5 harm=INJURED min=1 max=1 named="Jassem" weapon=CLUSTER_MUNITION actor="Russian forces" site="al-Mayadin" date=2017-10-04 basis=WITNESSED incident=sy-mayadin-20171004-car-parts-street-cluster
@@claim c6 harm=DISPLACED min=11 max=11 named="Khaled; Hanan" site="al-Mayadin" date=2017-10-04..2017-10-10 basis=EXPERIENCED incident=sy-mayadin-20171000-alkhalaf-family-flight
@@claim c7 harm=DISPLACED min=null max=null site="al-Shuhayl" date=2018-03-01..2018-05-31 basis=EXPERIENCED incident=sy-shuhayl-20180000-alkhalaf-family-flight
@@claim c8 harm=DETAINED min=3 max=3 named="Yaman" actor="Syrian Democratic Forces" site="Hasakah" date=2018-03-01..2018-05-31 basis=WITNESSED incident=sy-hasakah-20180000-camp-gate-screening
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null actor="Syrian government forces" site="al-Mayadin" basis=HEARSAY incident=sy-mayadin-20180000-alkhalaf-house-looted
