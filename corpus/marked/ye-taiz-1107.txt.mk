Interview ID: YE-TAZ-1107
Date: 2 April 2017
Place of interview: [[Taiz|PLACE]], [[al-Qahira|PLACE]] district
Language: Arabic, interpreted
Interviewer: [[Helga Brandt|PERSON]]
Interpreter: [[Wafa al-Shar'abi|PERSON]]

Q: Thank you for meeting us. Please introduce yourself.
A: I am [[Amat al-Rahman Saif|PERSON]], [[Umm Ayman|PERSON]]. Forty years. I live in [[Hawd al-Ashraf|PLACE]], under the castle, [[al-Qahira castle|PLACE]], in [[Ta'izz|PLACE:Taiz]].
Q: We want to ask about the water distribution point near your house.
A: Yes, the tank. A charity brings the water in a truck, they put it in the big tank at the corner of [[Jamal street|PLACE]], near the [[al-Mudhaffar mosque|PLACE]]... no, sorry, it is nearer to [[Bab Musa|PLACE]]. The women and the children go with the yellow jerrycans.
Q: What happened there?
A: It was [[September|DATE:2016-09-01..2016-09-30]], [[the year before|DATE]] this one. [[Sunday|DATE:2016-09-04]], I think, in [[the morning|DATE:2016-09-04]] after the breakfast, around eight. I sent my two boys, [[Ayman|PERSON]] and [[Wajdi|PERSON]], with the jerrycans, and I stayed with the small one.
A: Then I heard it. Two [[shells|WEAPON:MORTAR]], [[hawn|WEAPON:MORTAR]], one after the other, very fast, from the mountain, from the [[Houthis|ACTOR:Houthis]] in [[Saber|PLACE]]... I mean from the side of [[al-Hawban|PLACE]], they were always shooting from there.
A: I ran. I ran without shoes. [pause] The street was full of dust, and women screaming, and the man of the truck was shouting names, "[[Ayman|PERSON]]! [[Ghamdan|PERSON]]! [[Sami|PERSON]]!", the names of the boys he knew.
A: {{c2|At the tank there were people on the ground. Children. I found [[Wajdi|PERSON]], he was sitting, holding his leg, the blood everywhere. [[Ayman|PERSON]] was not hurt, God protected him, he was behind the truck.}}
A: {{c3|I saw dead: three children and one old man, Hajj [[Abdo|PERSON]], no, [[Abdo Qassem|PERSON]], the one who organises the line. Also the daughter of my neighbour, [[Reem|PERSON]], eleven, she died on the way to the hospital.}}
Q: How many people were killed in total, do you know?
A: {{c4,c7|They said six killed, five or six, and more than fifteen injured. The people of the district counted.}} I did not count, I was with my son.
Q: Where was [[Wajdi|PERSON]] treated?
A: At the [[al-Rawdha hospital|PLACE]], then [[al-Thawra hospital|PLACE]], but [[al-Thawra|PLACE:al-Thawra hospital]] was also under [[shelling|WEAPON:MORTAR]] sometimes, no medicines. They took out the metal from his leg. He walks now, with a little problem.
Q: Did the [[shelling|WEAPON:MORTAR]] continue in the following days?
A: Every day something. [[The next day|DATE:2016-09-05]] nothing fell on us, it was quiet, I remember, because we buried [[Reem|PERSON]] and nobody shot during the burial. But the [[snipers|WEAPON:SMALL_ARMS]], always.
A: {{c5|In [[Ramadan|DATE:2016-06-06..2016-07-05]], before this, a [[sniper|WEAPON:SMALL_ARMS]] shot my brother-in-law [[Nabil|PERSON]] on [[Jamal street|PLACE]] when he was crossing to buy bread. In the neck. He died in [[the evening|DATE:2016-06-06..2016-07-05]].}}
Q: Who was shooting?
A: The [[Houthis|ACTOR:Houthis]], from the buildings near [[al-Qasr roundabout|PLACE]], everybody knows where the [[sniper|WEAPON:SMALL_ARMS]] is. [[The Houthi fighters|ACTOR:Houthis]] and the people of [[Saleh|PERSON]] then, they were together.
Q: Has anyone from your family left [[Taiz|PLACE]]?
A: {{c6|My sister [[Arwa|PERSON]] went to [[al-Turbah|PLACE]] with her children after the [[shelling|WEAPON:MORTAR]] at the tank, because her house is in the same street.}} We stayed. Where can we go? My husband is a teacher with no salary for a year.
Q: Is there anything else you want to say?
A: Only that the water is life. They shell the water. The children go for water and they come back dead. If the charity had put the tank inside a building, maybe. Maybe. I don't know.

@@witness ye-taiz-amat-alrahman-saif
@@claim c2 harm=INJURED min=1 max=1 named="Wajdi" weapon=MORTAR actor="Houthis" site="Bab Musa" date=2016-09-04 basis=WITNESSED incident=ye-taiz-20160904-water-tank
@@claim c3 harm=KILLED min=5 max=5 named="Abdo Qassem; Reem" weapon=MORTAR actor="Houthis" site="Bab Musa" date=2016-09-04 basis=WITNESSED incident=ye-taiz-20160904-water-tank
@@claim c4 harm=KILLED min=5 max=6 weapon=MORTAR actor="Houthis" site="Bab Musa" date=2016-09-04 basis=HEARSAY incident=ye-taiz-20160904-water-tank
@@claim c7 harm=INJURED min=16 max=null weapon=MORTAR actor="Houthis" site="Bab Musa" date=2016-09-04 basis=HEARSAY incident=ye-taiz-20160904-water-tank
@@claim c5 harm=KILLED min=1 max=1 named="Nabil" weapon=SMALL_ARMS actor="Houthis" site="Jamal street" date=2016-06-06..2016-07-05 basis=HEARSAY incident=ye-taiz-20160600-jamal-sniper
@@claim c6 harm=DISPLACED min=null max=null named="Arwa" weapon=MORTAR actor="Houthis" site="Bab Musa" date=2016-09-04 basis=WITNESSED incident=ye-taiz-20160904-water-tank
