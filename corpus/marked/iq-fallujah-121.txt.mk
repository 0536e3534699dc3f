Interview ID: FLJ-121
Date of interview: 21 June 2016
Place of interview: [[Amiriyat al-Fallujah|PLACE]], [[Anbar|PLACE]]
Language: Arabic
Interviewer: [[Peter Lund|PERSON]]
Interpreter: [[Muna Jabbar|PERSON]]

Q: Thank you. Please tell me your name and your neighbourhood.
A: [[Raad Khalaf al-Jumaili|PERSON]], [[Abu Bakr|PERSON]]. From [[Fallujah|PLACE]], [[al-Jolan|PLACE]], near the old market.
Q: How was life in [[Fallujah|PLACE]] in [[the last months|DATE:2015-10-01..2016-06-21]]?
A: Hunger. From [[the end of 2015|DATE:2015-10-01..2015-12-31]] nothing came in. The road closed, [[the army|ACTOR:Iraqi forces]] around, [[Daesh|ACTOR:Islamic State]] inside. A bag of flour was one hundred dollars. We cooked grass with water and salt. {{c1|Our neighbour, Hajja [[Sabriya|PERSON]], eighty years, she died from hunger in [[February|DATE:2016-02-01..2016-02-29]].}} I carried her to the cemetery myself, with my son [[Bakr|PERSON]]. She weighed nothing.
Q: Was the city also bombarded in [[that period|DATE:2015-10-01..2016-06-21]]?
A: All the time. The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] came from outside, [[mortars|WEAPON:MORTAR]], [[Katyusha|WEAPON:ROCKET]], the [[artillery|WEAPON:ARTILLERY]] of [[the army|ACTOR:Iraqi forces]] from [[al-Karma|PLACE]] side. {{c2,c7,c9|In [[Ramadan last year|DATE:2015-06-18..2015-07-16]], [[the tenth night of Ramadan|DATE:2015-06-26..2015-06-27]], a [[Katyusha|WEAPON:ROCKET]] fell on the house of my brother [[Hamid|PERSON]] in [[al-Nazzal|PLACE]].}} {{c2,c7|His son [[Saif|PERSON]], nine years, was killed, and his wife was injured in the head.}}
Q: Were you there?
A: No, I came after, when they called me. [pause] I washed [[Saif|PERSON]] for the burial.
Q: Were there [[Daesh|ACTOR:Islamic State]] positions near your brother's house?
A: There was no [[Daesh|ACTOR:Islamic State]] office in that street. Their offices were in the big buildings, in the government area. But they moved everywhere, I cannot swear.
Q: How did you leave the city?
A: In [[June|DATE:2016-06-01..2016-06-30]], [[the third of June|DATE:2016-06-03]], when the attack came from the south. [[Daesh|ACTOR:Islamic State]] put [[roadside bombs|WEAPON:IED]] on the roads so nobody leaves. {{c8|We went at [[night|DATE:2016-06-03]] through the fields, forty people, to [[al-Saqlawiyah|PLACE]] side.}}
Q: What happened when you reached the other side?
A: {{c3|Men of [[al-Hashd al-Shaabi|ACTOR:Popular Mobilization Forces]] stopped us. They separated the men, all the men over fifteen, into a hall. My brother [[Hamid|PERSON]] and my two cousins, [[Muthanna|PERSON]] and [[Harith|PERSON]], and me.}} {{c4|They beat us with cables, four days. They gave us water one time a day.}} Then [[the federal police|ACTOR:Iraqi forces]] came and took some of us, me included, to the camp.
Q: And your brother and your cousins?
A: {{c5|Until today, nothing. [[Hamid|PERSON]], [[Muthanna|PERSON]], [[Harith|PERSON]]. Nobody knows where they are.}} [crying]
Q: I am so sorry.
A: {{c6|The [[Anbar|PLACE]] council said on the television more than six hundred men from [[Saqlawiya|PLACE:al-Saqlawiyah]] are missing.}} Six hundred. And every family says, ours is not [[Daesh|ACTOR:Islamic State]]. Mine was not. [[Hamid|PERSON]] sold cigarettes.
Q: Is there anything else you want to say?
A: If they had asked the people of [[al-Jolan|PLACE]], everybody would tell them [[Hamid|PERSON]] was never with [[Daesh|ACTOR:Islamic State]]. They did not ask anybody.
@@claim c1 harm=KILLED min=1 max=1 named="Sabriya" site="al-Jolan" date=2016-02-01..2016-02-29 basis=WITNESSED incident=iq-fallujah-20160200-siege-hunger-deaths
@@claim c2 harm=KILLED min=1 max=1 named="Saif" weapon=ROCKET actor="Iraqi forces" site="al-Nazzal" date=2015-06-26..2015-06-27 basis=HEARSAY incident=iq-fallujah-20150626-nazzal-katyusha
@@claim c7 harm=INJURED min=1 max=1 weapon=ROCKET actor="Iraqi forces" site="al-Nazzal" date=2015-06-26..2015-06-27 basis=HEARSAY incident=iq-fallujah-20150626-nazzal-katyusha
@@claim c3 harm=DETAINED min=4 max=null named="Hamid; Muthanna; Harith" actor="Popular Mobilization Forces" site="al-Saqlawiyah" date=2016-06-03..2016-06-04 basis=EXPERIENCED incident=iq-saqlawiyah-20160603-men-separated
@@claim c4 harm=INJURED min=null max=null actor="Popular Mobilization Forces" site="al-Saqlawiyah" date=2016-06-03..2016-06-08 basis=EXPERIENCED incident=iq-saqlawiyah-20160603-men-separated
@@claim c5 harm=MISSING min=3 max=3 named="Hamid; Muthanna; Harith" actor="Popular Mobilization Forces" site="al-Saqlawiyah" date=2016-06-03 basis=WITNESSED incident=iq-saqlawiyah-20160603-men-separated
@@claim c6 harm=MISSING min=601 max=null site="Saqlawiya" basis=REPORTED incident=iq-saqlawiyah-20160603-men-separated
@@claim c8 harm=DISPLACED min=40 max=40 site="Fallujah" date=2016-06-03 basis=EXPERIENCED incident=iq-fallujah-20160603-jumaili-flight
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Iraqi forces" site="al-Nazzal" date=2015-06-26..2015-06-27 basis=HEARSAY incident=iq-fallujah-20150626-nazzal-katyusha
@@witness iq-fallujah-raad-jumaili
