Interview ID: AK-4502
Interview date: 14/10/2018
Place of interview: [[al-Hol|PLACE]] camp, [[Hasakah|PLACE]]
Language: Arabic
Interviewer: R-17
Interpreter: [[Mouna Sabbagh|PERSON]]

Q: You are from [[Albu Kamal|PLACE]]?
A: From [[Abu Kamal|PLACE:Albu Kamal]], yes, [[al-Jamiya|PLACE]] quarter. I am [[Abdulrahman Sattam al-Hardan|PERSON]], I taught mathematics at the [[Ibn Khaldun school|PLACE]] before they closed it.
Q: You told my colleague about the arrests at the mosque. Can you tell it again?
A: It was [[a Friday|DATE:2017-08-25]], [[the 25th of August|DATE:2017-08-25]], [[the year before|DATE:2017-01-01..2017-12-31]]. [[After the Friday prayer|DATE:2017-08-25]] at [[al-Kabir mosque|PLACE]]. When we came out, the cars of the [[amniyat|ACTOR:Islamic State]], the security of [[Daesh|ACTOR:Islamic State]], were at both doors.
A: {{c1|They had a paper with names. They took seven men, I counted them, seven, into two cars. My cousin [[Mahmoud Sattam|PERSON]], the pharmacist Dr. [[Ghassan|PERSON]], [[Nayef|PERSON]] who has the bakery near the river, and four young men I knew by face only.}}
[Interpreter: he says "by face", he means he did not know their names.]
Q: Why were they taken?
A: They said contact with the [[Maghawir|ACTOR:Syrian armed opposition]], the fighters in the desert, at [[al-Tanf|PLACE]]. Phones, messages. I don't know if it is true for any of them. For [[Mahmoud|PERSON]] it was not true, he only sold phone cards.
Q: Were you stopped as well?
A: They asked for my card at the door and they looked at my face, and they said go. That was all. Nobody was beaten there, nobody fired. It was quiet, that is what was frightening.
Q: Did the seven come back?
A: {{c2|[[Nayef|PERSON]] came back [[after one month|DATE:2017-09-20..2017-09-30]], he paid, his family paid.}} {{c3|The others, no. [[Mahmoud|PERSON]], [[Ghassan|PERSON]] and the four young men, nobody has seen them since. My aunt asked in [[Hajin|PLACE]], in [[al-Susah|PLACE]], in the camps. The families say they are not in any list.}}
Q: What happened when the fighting reached [[Albu Kamal|PLACE]]?
A: In [[November|DATE:2017-11-01..2017-11-30]]. [[The regime|ACTOR:Syrian government forces]] [[artillery|WEAPON:ARTILLERY]] from the side of [[al-Hamdan|PLACE]], and the [[Iranian|ACTOR:Iranian forces]] militias with them. And [[Daesh|ACTOR:Islamic State]] fired [[mortars|WEAPON:MORTAR]] back from the town.
A: {{c4|One [[mortar|WEAPON:MORTAR]] of [[Daesh|ACTOR:Islamic State]] fell on the house of my uncle [[Awad|PERSON]], in [[al-Jamiya|PLACE]], and took off the upper room and the water tank.}} There was nobody inside, thank God, they were with us in our basement.
A: {{c5|And my school, the [[Ibn Khaldun school|PLACE]], the [[shelling|WEAPON:ARTILLERY]] destroyed half of it, a neighbour told me, the half with the laboratory.}} I did not see it myself.
Q: When did you leave?
A: {{c6|[[The 9th of November|DATE:2017-11-09]], in [[the night|DATE:2017-11-09]]. Fourteen people in one pickup and one car: my wife [[Nisreen|PERSON]], my five children, my mother, my brother [[Firas|PERSON]] with his family. We went east to [[al-Susah|PLACE]], then to [[al-Baghuz|PLACE:Baghuz]].}}
A: {{c7,c9|On the road, before [[al-Susa|PLACE:al-Susah]], [[the planes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:US-led coalition]] hit the car in front of us, maybe two hundred metres. It burned. Two men were inside.}} We did not stop.
Q: How long did you stay in [[Baghuz|PLACE]]?
A: {{c8|Until [[January|DATE:2019-01-01..2019-01-31]]. Then we walked out to the [[SDF|ACTOR:Syrian Democratic Forces]] and they brought us here.}} It was fourteen months of moving, one house, another house, a tent.
Q: Did the [[SDF|ACTOR:Syrian Democratic Forces]] hold anyone from your family?
A: No. They checked [[Firas|PERSON]] and me one day, our names, fingerprints, and they let us go to the women [[the same night|DATE:2019-01-01..2019-01-31]]. [[Firas|PERSON]] was afraid they would keep him because he has a beard, but they did not keep him.
@@witness sy-albukamal-abdulrahman-alhardan
@@claim c1 harm=DETAINED min=7 max=7 named="Mahmoud Sattam; Ghassan; Nayef" actor="Islamic State" site="al-Kabir mosque" date=2017-08-25 basis=WITNESSED incident=sy-albukamal-20170825-kabir-mosque-arrests
@@claim c2 harm=DETAINED min=1 max=1 named="Nayef" actor="Islamic State" date=2017-08-25 basis=HEARSAY incident=sy-albukamal-20170825-kabir-mosque-arrests
@@claim c3 harm=MISSING min=6 max=6 named="Mahmoud; Ghassan" actor="Islamic State" site="al-Kabir mosque" date=2017-08-25 basis=HEARSAY incident=sy-albukamal-20170825-kabir-mosque-arrests
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Islamic State" site="al-Jamiya" date=2017-11-01..2017-11-30 basis=WITNESSED incident=sy-albukamal-20171100-awad-house-mortar
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Syrian government forces" site="Ibn Khaldun school" date=2017-11-01..2017-11-30 basis=HEARSAY incident=sy-albukamal-20171100-ibn-khaldun-school-shelling
@@claim c6 harm=DISPLACED min=14 max=14 named="Nisreen; Firas" site="Abu Kamal" date=2017-11-09 basis=EXPERIENCED incident=sy-albukamal-20171109-alhardan-family-flight
@@claim c7 harm=KILLED min=2 max=2 weapon=AIRSTRIKE actor="US-led coalition" site="al-Susa" date=2017-11-09 basis=WITNESSED incident=sy-susah-20171109-road-car-strike
@@claim c8 harm=DISPLACED min=null max=null site="Baghuz" date=2019-01-01..2019-01-31 basis=EXPERIENCED incident=sy-albukamal-20171109-alhardan-family-flight
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US-led coalition" site="al-Susa" date=2017-11-09 basis=WITNESSED incident=sy-susah-20171109-road-car-strike
