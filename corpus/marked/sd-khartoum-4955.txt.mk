Interview ID: SD-KRT-4955
Interview date: 2024-04-10
Location: [[Kassala|PLACE]], [[Sudan|PLACE]]
Language: Arabic (Sudanese), interpreted into English
Interviewer: [[Helen Okafor|PERSON]]
Speaker: [[Amna|PERSON]]
Interpreter: [[Tariq Elamin|PERSON]]

Helen: [[Amna|PERSON]], thank you. Where did you live before the war?
Amna: I am [[Amna Hassan Elsheikh|PERSON]]. We lived in [[al-Kalakla|PLACE]], in [[Khartoum|PLACE]], the south side. [[Kalakla al-Qubba|PLACE]]. I taught English in the secondary school, twenty years. Sorry, my English is only for the classroom, [[Tariq|PERSON]] will help me.
Helen: What happened in your street in [[June|DATE:2023-06-01..2023-06-30]]?
Amna: [[The Rapid Support|ACTOR:Rapid Support Forces]] was everywhere in [[Kalakla|PLACE:al-Kalakla]], in the school, in the houses of the people who left. And [[the army|ACTOR:Sudanese Armed Forces]] was bombing them from the air.
Tariq: She says [[the planes|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] were striking the [[RSF|ACTOR:Rapid Support Forces]] positions in the neighbourhood.
Amna: It was [[Wednesday|DATE:2023-06-14]], [[the 14th|DATE:2023-06-14]]. [[After the maghrib|DATE:2023-06-14]]. {{c1|[[The plane|WEAPON:AIRSTRIKE]] came low and there were two explosions, and three houses of our square were flat. Flat, like that.}}
Amna: {{c2|The house of the [[Abdelgadir|PERSON]] family was the middle one. The father, the mother and three children were inside. The small one, [[Tibyan|PERSON]], was four years.}}
Amna: {{c2|In [[the morning|DATE:2023-06-15]] we took them out with the men of the street. Five. We buried them in the yard of the school because the road to the cemetery was closed.}}
Tariq: She is crying a little. She says give her a minute.
Helen: Of course.
Amna: {{c3,c1|My own window, all the glass came in.}} {{c3|My daughter [[Rayan|PERSON]] had cuts on her arms from the glass, small ones, she is fine now.}}
Helen: Were there [[RSF|ACTOR:Rapid Support Forces]] fighters in those houses?
Amna: No. [[That day|DATE:2023-06-14]] there were no [[Rapid Support|ACTOR:Rapid Support Forces]] in our square. They were in the school, two streets away, with their cars. Maybe [[the plane|WEAPON:AIRSTRIKE]] wanted the school. I don't know what the pilot wanted.
Helen: You told us about your son.
Amna: [[Mujtaba|PERSON]]. Twenty-four. An engineering student.
Amna: {{c4|On [[the 20th of July|DATE:2023-07-20]] [[the Rapid Support|ACTOR:Rapid Support Forces]] came into our house, six of them, at [[noon|DATE:2023-07-20]]. They took [[Mujtaba|PERSON]] in front of me. They said he is istikhbarat, army intelligence, because he has a smart phone and short hair.}}
Amna: {{c5|They took also the car of my husband, my gold, the television. They broke the cupboards looking for money.}}
Helen: Where did they take him?
Amna: {{c4|To a house in [[al-Sahafa|PLACE]], we learned after. A house full of young men, in the dark. They kept him five weeks.}}
Amna: {{c6|When he came back his knees were like balloons. They beat his knees with a water pipe. He still cannot walk well, he cannot run. Before, he played football.}}
Helen: How did he get out?
Amna: An old man from our street knew one of their officers, from [[Darfur|PLACE]], from the same family. We paid also. I will not say how much.
Helen: When did you leave [[Khartoum|PLACE]]?
Amna: {{c7|At [[the end of August|DATE:2023-08-25..2023-08-31]], [[two days after Mujtaba came back|DATE:2023-08-25..2023-08-31]]. Six of us, in a bus to [[Wad Madani|PLACE]].}}
Amna: And then again. {{c8|When [[the Rapid Support|ACTOR:Rapid Support Forces]] came into [[Madani|PLACE:Wad Madani]] in [[December|DATE:2023-12-01..2023-12-31]], [[the 18th|DATE:2023-12-18]], we ran again, to [[Gedaref|PLACE]] on a lorry and then here to [[Kassala|PLACE]].}} Two times we ran from them.
Helen: Did you hear about other attacks in [[al-Kalakla|PLACE]] after you left?
Amna: {{c9|The emergency room of [[Kalakla|PLACE:al-Kalakla]] wrote on Facebook, in [[September|DATE:2023-09-01..2023-09-30]], that a [[Katyusha|WEAPON:ROCKET]] fell in [[Souq Sitta|PLACE]] and more than twenty people died.}} I read it. I knew one of the names, a woman who sold tea, Hajja [[Nafisa|PERSON]].
Tariq: She says Hajja because the woman made the pilgrimage. The name is [[Nafisa|PERSON]].
Amna: Yes, [[Nafisa|PERSON]]. I did not see it. I was in [[Madani|PLACE:Wad Madani]].
Helen: Do you know who fired that [[Katyusha|WEAPON:ROCKET]]?
Amna: They wrote [[the Rapid Support|ACTOR:Rapid Support Forces]]. Other people say [[the army|ACTOR:Sudanese Armed Forces]] from [[al-Shajara|PLACE]]. Everybody shoots from far and the people in the market die.
Helen: Is there anything you want to add?
Amna: Only that my son is alive. Many mothers from our street cannot say this.
@@witness sd-kalakla-amna-hassan-elsheikh
@@claim c1 harm=PROPERTY_DAMAGE min=3 max=3 weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Kalakla al-Qubba" date=2023-06-14 basis=WITNESSED incident=sd-kalakla-20230614-qubba-square-airstrike
@@claim c2 harm=KILLED min=5 max=5 named="Tibyan" weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Kalakla al-Qubba" date=2023-06-14 basis=WITNESSED incident=sd-kalakla-20230614-qubba-square-airstrike
@@claim c3 harm=INJURED min=1 max=1 named="Rayan" weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Kalakla al-Qubba" date=2023-06-14 basis=WITNESSED incident=sd-kalakla-20230614-qubba-square-airstrike
@@claim c4 harm=DETAINED min=1 max=1 named="Mujtaba" actor="Rapid Support Forces" site="al-Sahafa" date=2023-07-20 basis=WITNESSED incident=sd-kalakla-20230720-mujtaba-rsf-detention
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null actor="Rapid Support Forces" site="Kalakla al-Qubba" date=2023-07-20 basis=EXPERIENCED incident=sd-kalakla-20230720-mujtaba-rsf-detention
@@claim c6 harm=INJURED min=1 max=1 named="Mujtaba" actor="Rapid Support Forces" site="al-Sahafa" date=2023-07-20..2023-08-31 basis=WITNESSED incident=sd-kalakla-20230720-mujtaba-rsf-detention
@@claim c7 harm=DISPLACED min=6 max=6 named="Amna Hassan Elsheikh; Mujtaba" site="Khartoum" date=2023-08-25..2023-08-31 basis=EXPERIENCED incident=sd-kalakla-20230800-elsheikh-family-flight-madani
@@claim c8 harm=DISPLACED min=6 max=6 named="Amna Hassan Elsheikh" actor="Rapid Support Forces" site="Madani" date=2023-12-18 basis=EXPERIENCED incident=sd-wadmadani-20231218-elsheikh-family-flight-gedaref
@@claim c9 harm=KILLED min=21 max=null named="Nafisa" weapon=ROCKET site="Souq Sitta" date=2023-09-01..2023-09-30 basis=REPORTED incident=sd-khartoum-20230900-souq-sitta-katyusha
