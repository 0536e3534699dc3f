WITNESS STATEMENT - INTERVIEW NOTES
Interview ID: IDL-HRM-1305
Interview date: 2023-02-03
Place of interview: [[Harem|PLACE]], [[Idlib|PLACE]] governorate
Language: Arabic; interpreter [[Yusuf Qadri|PERSON]]
Interviewer: [[Clara Bettencourt|PERSON]]
Q: Please tell us your name and your work.
A: I am [[Nizar Bakkour|PERSON]], originally from [[Armanaz|PLACE]]. I work in civil defence, the White Helmets, in the [[Harim|PLACE:Harem]] centre since [[2019|DATE:2019-01-01..2019-12-31]].
Q: You have responded to many attacks in the area. Which ones do you want to talk about?
A: Three. I will try to be exact, but there were so many, the days mix together.
Q: Start with the first.
A: The first is the poultry farm, outside [[Harem|PLACE]], on the road to [[Salqin|PLACE]]. It was [[September 2021|DATE:2021-09-01..2021-09-30]], I have it in the log, [[the 7th|DATE:2021-09-07]]. {{c1|The [[Russian|ACTOR:Russian forces]] [[jets|WEAPON:AIRSTRIKE]] hit it two times, in [[the morning|DATE]] around nine.}} [Interpreter: he says "the Russian jets", he means the aircraft were Russian.]
Q: Who was there?
A: {{c2|Workers and a family who lived in the guard room, displaced people from [[Maarat al-Nu'man|PLACE]]. The father, [[Abdulrahman Sweid|PERSON]], was killed, and his son [[Wael|PERSON]], fifteen.}} {{c3|The mother and two small children were injured, we took them to [[Harem hospital|PLACE]].}}
Q: How did you know [[the planes|WEAPON:AIRSTRIKE]] were Russian?
A: Our observers on the radios. They follow the planes from [[Hmeimim|PLACE]]. When it is a Sukhoi from [[Hmeimim|PLACE]] it is [[the Russians|ACTOR:Russian forces]]; when it is the L-39 it is [[the regime|ACTOR:Syrian government forces]]. [[That morning|DATE:2021-09-07]] the observers said Russian.
Q: The second incident?
A: {{c4|[[6 November 2022|DATE:2022-11-06]], the camps near [[Kafr Jales|PLACE]], west of [[Idlib|PLACE]] city. [[Rockets|WEAPON:ROCKET]] with [[cluster bombs|WEAPON:CLUSTER_MUNITION]], many of them, on the tents of [[Maram|PLACE]] camp.}} This was not our sector but all the teams went.
Q: What did you see when you arrived?
A: {{c5|Small [[bomblets|WEAPON:CLUSTER_MUNITION]] everywhere, between the tents. I counted, I mean we counted, six dead in the part where my team worked, among them a baby, [[Hala|PERSON]], eight months.}} In the whole camp, people said more, nine or ten.
Q: And injured?
A: {{c6|Dozens. More than seventy, the health directorate said later.}} I carried maybe fifteen myself.
Q: Were there unexploded [[bomblets|WEAPON:CLUSTER_MUNITION]]?
A: Yes, it was the biggest problem. {{c7|[[The next morning|DATE:2022-11-07]] a boy, [[Mahmoud Kanjo|PERSON]], found one near the water tank and it exploded in his hand. He lost two fingers.}} We marked with red paint where we found them, we found maybe forty.
Q: Who fired the [[rockets|WEAPON:ROCKET]]?
A: From [[the regime|ACTOR:Syrian government forces]] areas, from [[Jurin|PLACE]] or the [[Sahl al-Ghab|PLACE]]. [[The regime|ACTOR:Syrian government forces]] and [[the Russians|ACTOR:Russian forces]] with them. The [[Smerch|WEAPON:ROCKET]], the big one, carries the [[cluster bombs|WEAPON:CLUSTER_MUNITION]].
Q: The third incident?
A: {{c8,c10|[[Last month|DATE:2023-01-01..2023-01-31]], in [[January|DATE:2023-01-01..2023-01-31]], near [[Salqeen|PLACE:Salqin]], a guided [[missile|WEAPON:MISSILE]] hit a car on the road by the olive press.}} {{c8|Two men, brothers, [[Mustafa Haj Omar|PERSON]] and [[Ahmad Haj Omar|PERSON]], killed.}}
Q: Where did the [[missile|WEAPON:MISSILE]] come from?
A: This kind of [[missile|WEAPON:MISSILE]], with a laser, they fire it from [[the regime|ACTOR:Syrian government forces]] positions on the hills, the Krasnopol people call it. But from [[Salqin|PLACE]] the front is far, so some said it was a [[drone|WEAPON:DRONE_STRIKE]], not a [[missile|WEAPON:MISSILE]]. I don't know. {{c10|I saw the car, it was burned, the men inside.}}
Q: Were there any [[strikes|WEAPON:AIRSTRIKE]] on your centre?
A: On the centre itself, no, never. Thank God we were never hit. {{c9|But in [[2021|DATE:2021-01-01..2021-12-31]] the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] near the [[Harem castle|PLACE]] damaged our ambulance, the glass, the doors.}}
Q: Is there anything else?
A: Only that the people in the camps are the same people who fled already two and three times. My colleague [[Jamila Dabbagh|PERSON]], from the women's team, she says we are collecting the same families every year.
@@witness sy-harem-nizar-bakkour
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="Harem" date=2021-09-07 basis=WITNESSED incident=sy-harem-20210907-poultry-farm-strike
@@claim c2 harm=KILLED min=2 max=2 named="Abdulrahman Sweid; Wael" weapon=AIRSTRIKE actor="Russian forces" site="Harem" date=2021-09-07 basis=WITNESSED incident=sy-harem-20210907-poultry-farm-strike
@@claim c3 harm=INJURED min=3 max=3 weapon=AIRSTRIKE actor="Russian forces" site="Harem" date=2021-09-07 basis=WITNESSED incident=sy-harem-20210907-poultry-farm-strike
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION actor="Syrian government forces" site="Maram" date=2022-11-06 basis=WITNESSED incident=sy-kafrjales-20221106-maram-camp-cluster
@@claim c5 harm=KILLED min=6 max=6 named="Hala" weapon=CLUSTER_MUNITION actor="Syrian government forces" site="Maram" date=2022-11-06 basis=WITNESSED incident=sy-kafrjales-20221106-maram-camp-cluster
@@claim c6 harm=INJURED min=71 max=null weapon=CLUSTER_MUNITION actor="Syrian government forces" site="Maram" date=2022-11-06 basis=REPORTED incident=sy-kafrjales-20221106-maram-camp-cluster
@@claim c7 harm=INJURED min=1 max=1 named="Mahmoud Kanjo" weapon=CLUSTER_MUNITION site="Maram" date=2022-11-07 basis=HEARSAY incident=sy-kafrjales-20221107-maram-bomblet-boy
@@claim c8 harm=KILLED min=2 max=2 named="Mustafa Haj Omar; Ahmad Haj Omar" weapon=MISSILE site="Salqeen" date=2023-01-01..2023-01-31 basis=WITNESSED incident=sy-salqin-20230100-haj-omar-car-missile
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Harem castle" date=2021-01-01..2021-12-31 basis=EXPERIENCED incident=sy-harem-20210000-ambulance-damage
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Salqeen" date=2023-01-01..2023-01-31 basis=WITNESSED incident=sy-salqin-20230100-haj-omar-car-missile
