WITNESS INTERVIEW
Interview ID: YE-MAR-207
Date of interview: 6 January 2022
Place of interview: [[Marib|PLACE]] city, [[Yemen|PLACE]]
Language: Arabic
Interviewer: [[Dina Sherif|PERSON]]
Interpreter: none (interview conducted in Arabic and translated from the recording)
Q: Please tell me where you are from.
A: From [[al-Juba|PLACE]], south of [[Ma'rib|PLACE:Marib]]. The Murad tribe. My husband [[Mabkhout|PERSON]] had a farm there, oranges and wheat.
Q: When did you leave [[al-Juba|PLACE]]?
A: {{c1|In [[September|DATE:2021-09-01..2021-09-30]], when the [[Houthis|ACTOR:Houthis]] came down from [[al-Bayda|PLACE]] side, the whole village left in [[one night|DATE:2021-09-01..2021-09-30]], more than two hundred people.}} We came to the city on the pick-ups, with the goats. Now we rent one room in [[al-Rawdha|PLACE]], all eight of us.
Q: [[Al-Rawda|PLACE:al-Rawdha]] is inside [[Marib|PLACE]] city?
A: Yes, in the city, near the big roundabout. We thought the city is safe. It is not safe.
Q: What happened there?
A: The [[missiles|WEAPON:MISSILE]]. The [[ballistic|WEAPON:MISSILE]], we call it. In [[October|DATE:2021-10-01..2021-10-31]], I think [[the 12th or the 13th|DATE:2021-10-12..2021-10-13]], at [[the maghrib prayer|DATE:2021-10-12..2021-10-13]]. I was on the roof taking the washing. I saw a light come from the west, very fast, and then the sound. {{c2|It fell in the street behind the mosque, two streets from us. The houses on that street, three or four, they were finished.}}
Q: Were people killed?
A: {{c3|I went down with my son [[Naji|PERSON]]. I saw five dead in the street, I counted them because I was looking for the children of our neighbour. [[Rayan|PERSON]], the son of [[Umm Rayan|PERSON]] and [[Muhammad Arfaj|PERSON]], he was five. He was one of them.}} [[Mohammed|PERSON]] carried him to the car himself. {{c4,c6|On the radio of the government they said thirteen were killed and thirty injured.}}
Q: How do you know the [[missile|WEAPON:MISSILE]] was fired by the [[Houthis|ACTOR:Houthis]]?
A: Who else fires [[missiles|WEAPON:MISSILE]] on [[Marib|PLACE]]? They fire from [[Sirwah|PLACE]], from [[al-Bayda|PLACE]]. Every week one or two, sometimes a [[Tochka|WEAPON:MISSILE]]. We know the sound. [[The coalition|ACTOR:Saudi-led coalition]] bombs the front, but it does not bomb the city.
Q: Was there a military target near the mosque?
A: No camp, no [[army|ACTOR:Yemeni government forces]]. There is a police post at the roundabout, far, five hundred metres maybe. People said the [[missile|WEAPON:MISSILE]] was for the post and it fell short. I don't know their intention. I know [[Rayan|PERSON]] is dead.
Q: Have [[drones|WEAPON:DRONE_STRIKE]] come near you?
A: Yes, [[the drones|WEAPON:DRONE_STRIKE]] at night, the [[Samad|WEAPON:DRONE_STRIKE]], like a lawnmower in the sky. One hit the camp of [[the army|ACTOR:Yemeni government forces]] at [[Sahn al-Jin|PLACE]] in [[December|DATE:2021-12-01..2021-12-31]]. In our street nobody was hurt from [[the drones|WEAPON:DRONE_STRIKE]], thank God.
Q: Is anyone from your family still in [[al-Juba|PLACE]]?
A: My brother [[Nasser|PERSON]] went back in [[November|DATE:2021-11-01..2021-11-30]] to bring the rest of the wheat. {{c5|The [[Houthis|ACTOR:Houthis]] took him at the checkpoint in [[al-Juba|PLACE]]. Two months, no news.}} My husband's cousin [[Hadi al-Qardai|PERSON]] says he is in the prison in [[Dhamar|PLACE]], another says [[Sanaa|PLACE]]. Nobody knows. [crying] The [[mines|WEAPON:LANDMINE]] also, on the farm road, they planted [[mines|WEAPON:LANDMINE]], so even if we go back, where do we walk?
Q: Thank you. Is there anything you want to add?
A: If the [[missile|WEAPON:MISSILE]] had fallen one street to the east, it would be my children. Write that [[Rayan|PERSON]] was five.
@@witness ye-marib-khadija-al-muradi
@@claim c1 harm=DISPLACED min=201 max=null actor="Houthis" site="al-Juba" date=2021-09-01..2021-09-30 basis=EXPERIENCED incident=ye-juba-20210900-village-flight
@@claim c2 harm=PROPERTY_DAMAGE min=3 max=4 weapon=MISSILE actor="Houthis" site="al-Rawdha" date=2021-10-12..2021-10-13 basis=WITNESSED incident=ye-marib-20211000-rawdha-missile
@@claim c3 harm=KILLED min=5 max=5 named="Rayan" weapon=MISSILE actor="Houthis" site="al-Rawdha" date=2021-10-12..2021-10-13 basis=WITNESSED incident=ye-marib-20211000-rawdha-missile
@@claim c4 harm=KILLED min=13 max=13 weapon=MISSILE actor="Houthis" site="al-Rawdha" date=2021-10-12..2021-10-13 basis=REPORTED incident=ye-marib-20211000-rawdha-missile
@@claim c5 harm=DETAINED min=1 max=1 named="Nasser" actor="Houthis" site="al-Juba" date=2021-11-01..2021-11-30 basis=HEARSAY incident=ye-juba-20211100-nasser-checkpoint
@@claim c6 harm=INJURED min=30 max=30 weapon=MISSILE actor="Houthis" site="al-Rawdha" date=2021-10-12..2021-10-13 basis=REPORTED incident=ye-marib-20211000-rawdha-missile
