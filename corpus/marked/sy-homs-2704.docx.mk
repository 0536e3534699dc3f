WITNESS STATEMENT
Interview ID: SY-HMS-2704
Interview date: 2016-03-09
Place of interview: [[Gaziantep|PLACE]]
Language: Arabic, interpreted
Interviewer: [[Tom Avery|PERSON]]
Witness: [[Rima al-Masri|PERSON]] ([[Umm Ammar|PERSON]]), volunteer nurse
Q: [[Umm Ammar|PERSON]], you worked as a nurse in [[Bab Amr|PLACE:Baba Amr]] in [[2012|DATE:2012-01-01..2012-12-31]]?
A: Not a real nurse, I was a teacher of science. But when the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] began there was no one, so I went to the field clinic with Dr. [[Hisham|PERSON]]. We had one room for operations and the kitchen for the dead.
Q: We heard the clinic was hit. Can you tell us?
A: {{c1|It was [[the fifth or sixth day of the bombardment|DATE:2012-02-08..2012-02-09]], in [[the afternoon|DATE:2012-02-08..2012-02-09]]. [[Rockets|WEAPON:ROCKET]], not one, three or four, they fell in the street in front, and one on the door. Six or seven people died, I am not sure, because some were dead before and some died in the hour after.}}
A: {{c2|I was inside, the glass came on me, my face and my arm, I still have the marks, look.}} {{c3|The medicines, the oxygen, the door, the whole front wall, gone.}}
Q: Do you remember names of the dead?
A: The young nurse, [[Khaled|PERSON]], the son of the [[Bitar|PERSON]] family. And an old man from [[Jobar|PLACE]] who was waiting for his son. We could not bury them for two days, the [[snipers|WEAPON:SMALL_ARMS]] were on the street.
Q: After [[Baba Amr|PLACE]] fell, where did you go?
A: To [[al-Waer|PLACE]], to my sister. There were thousands of people from [[Homs|PLACE]] in [[al-Waer|PLACE]], the new buildings. For a time it was better.
Q: Were you in [[al-Waer|PLACE]] when the [[barrels|WEAPON:BARREL_BOMB]] came?
A: Yes. In [[the spring of 2014|DATE:2014-03-01..2014-05-31]], [[the helicopter|WEAPON:AIRSTRIKE]] came [[one morning|DATE:2014-03-01..2014-05-31]], very high, and dropped a [[barrel|WEAPON:BARREL_BOMB]]. {{c4|It fell on the school of the eighth island, the [[al-Jazira|PLACE]] area, and the school was flattened, two floors became one.}} {{c5|There were no children inside, it was [[a Friday|DATE:2014-03-01..2014-05-31]], but the guard and his wife were killed, [[Abu Samer|PERSON]] and [[Jamila|PERSON]].}} My sister's building had cracks all through the walls after, we slept in the stairway.
Q: Some people told us about [[gas|WEAPON:CHEMICAL]] in [[Homs|PLACE]]. Do you know about that?
A: I did not see it. In [[December 2012|DATE:2012-12-01..2012-12-31]] I heard on Orient TV and from a doctor friend, [[Amal|PERSON]], that in [[al-Bayyada|PLACE]] people were suffocating, white smoke, they said [[chemical|WEAPON:CHEMICAL]]. {{c6|[[Amal|PERSON]] told me she treated five or six young men, they were shaking, their eyes small like a pin.}} I do not know what it was. I only tell what she said.
Q: You mentioned your son.
A: [[Ammar|PERSON]]. [crying] {{c7|In [[October 2013|DATE:2013-10-01..2013-10-31]], at [[dawn|DATE:2013-10-01..2013-10-31]], [[the army|ACTOR:Syrian government forces]] and the [[Shabiha|ACTOR:Syrian government forces]] came into [[al-Waer|PLACE]], to our building, and they dragged him out of the bed, him and his two cousins, [[Samer|PERSON]] and [[Muhammad Dib|PERSON]].}} They wanted also to take my little one, [[Ghaith|PERSON]], fifteen, but the old man of the building, [[Abu Mahmoud|PERSON]], he begged them, he said he is a child, look at him, and they left him.
Q: Do you know where [[Ammar|PERSON]] was taken?
A: {{c8|They said the [[military security|ACTOR:Syrian government forces]] branch. After that, no news. Two years and five months. We do not know where he is.}} His cousin [[Samer|PERSON]] came out after eight months, he said [[Ammar|PERSON]] was with him in the same room the first weeks, then they moved him.
Q: And your husband?
A: My husband died before the war, God rest him. It is only me. I keep hope, amal, like the name of my friend.
Q: When did you leave [[al-Waer|PLACE]]?
A: {{c9|[[A week later|DATE:2014-03-08..2014-06-07]], with [[Ghaith|PERSON]] and my sister's family, nine people, we went by the road to [[Hama|PLACE]] and then to [[Turkey|PLACE]].}}
@@witness sy-homs-rima-almasri
@@claim c1 harm=KILLED min=6 max=7 weapon=ROCKET site="Bab Amr" date=2012-02-08..2012-02-09 basis=WITNESSED incident=sy-homs-20120209-babaamr-field-clinic
@@claim c2 harm=INJURED min=1 max=1 named="Rima al-Masri" weapon=ROCKET site="Bab Amr" date=2012-02-08..2012-02-09 basis=EXPERIENCED incident=sy-homs-20120209-babaamr-field-clinic
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Bab Amr" date=2012-02-08..2012-02-09 basis=WITNESSED incident=sy-homs-20120209-babaamr-field-clinic
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="al-Jazira" date=2014-03-01..2014-05-31 basis=WITNESSED incident=sy-homs-20140000-waer-jazira-school-barrel
@@claim c5 harm=KILLED min=2 max=2 named="Abu Samer; Jamila" weapon=BARREL_BOMB actor="Syrian government forces" site="al-Jazira" date=2014-03-01..2014-05-31 basis=WITNESSED incident=sy-homs-20140000-waer-jazira-school-barrel
@@claim c6 harm=INJURED min=5 max=6 weapon=CHEMICAL site="al-Bayyada" date=2012-12-01..2012-12-31 basis=HEARSAY incident=sy-homs-20121200-bayyada-gas
@@claim c7 harm=DETAINED min=3 max=3 named="Ammar; Samer; Muhammad Dib" actor="Syrian government forces" site="al-Waer" date=2013-10-01..2013-10-31 basis=WITNESSED incident=sy-homs-20131000-waer-dawn-raid-ammar
@@claim c8 harm=MISSING min=1 max=1 named="Ammar" actor="Syrian government forces" site="al-Waer" date=2013-10-01..2013-10-31 basis=EXPERIENCED incident=sy-homs-20131000-waer-dawn-raid-ammar
@@claim c9 harm=DISPLACED min=9 max=9 named="Ghaith" site="al-Waer" date=2014-03-08..2014-06-07 basis=EXPERIENCED incident=sy-homs-20140000-waer-masri-family-flight
