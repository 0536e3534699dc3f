TESTIMONY RECORD
Interview ID: SD-GEN-4106
Date of interview: 9 August 2023
Place of interview: [[Adre|PLACE]], [[Chad|PLACE]], transit site near the border
Language: Masalit and Arabic (Sudanese), interpreted into English
Interviewer: [[Rebecca Osei|PERSON]]
Interpreter: [[Idriss Haroun|PERSON]]
Q: Thank you for speaking with us. Can you tell me your name?
A: Salam aleikum. My name is [[Amal Abdelrahman Yahya|PERSON]]. I am thirty-four, I have four children. We are Masalit, from [[El Geneina|PLACE]], from [[al-Jamarik|PLACE]] neighbourhood.
Q: When did the trouble start for you in [[Geneina|PLACE:El Geneina]]?
A: From [[the end of April|DATE:2023-04-24..2023-04-30]]. The [[RSF|ACTOR:Rapid Support Forces]] and the [[Janjaweed|ACTOR:Rapid Support Forces]] with them came into the neighbourhoods. Every day they were shooting. We stayed inside and we ate what we had.
Q: You told my colleague about the water tap.
A: Yes. The water was cut, so the women went to the tap near the mosque in [[Jamarek|PLACE:al-Jamarik]]. It was [[the 12th of June|DATE:2023-06-12]], [[a Monday|DATE:2023-06-12]], early, [[after the fajr prayer|DATE:2023-06-12]]. There were no soldiers at the tap, only women, children, donkeys with the jerrycans.
Q: What happened?
A: Three pick-ups came with the [[Dushka|WEAPON:SMALL_ARMS]] on the back. {{c1|They shot at the line. My cousin [[Salam|PERSON]], she was in front of me, she fell on her jerrycan. We washed her and prayed over her [[the same evening|DATE:2023-06-12]] in the yard, we could not go to the cemetery.}} {{c2|From our street I counted six who did not get up, with [[Salam|PERSON]].}} {{c3|People in the camp say eleven or twelve died at that tap.}} I can only tell what I counted.
Q: Were you hurt?
A: {{c4|Not me. My son [[Mahamat|PERSON]], he is twelve, the [[bullet|WEAPON:SMALL_ARMS]] went through his arm here. He cannot lift it over his head now.}}
Q: Did you know who the men were?
A: They had the uniform of [[the Rapid Support|ACTOR:Rapid Support Forces]], some, and some no uniform, with turbans. They shouted "you are Masalit, this is not your land."
Q: What happened [[after that day|DATE]]?
A: {{c5|[[Three days after|DATE:2023-06-15]], the [[hawn|WEAPON:MORTAR]] came on [[al-Madaris|PLACE]], where my mother lives. Her roof came down, the room where she keeps the grain is just a hole now.}} My mother was at my house [[that morning|DATE:2023-06-15]]. God is great, she was not inside.
Q: When did you leave [[al-Jineina|PLACE:El Geneina]]?
A: {{c6|[[The night after|DATE:2023-06-16]]. Me, my mother, my husband, the four children. We left with what we wore, we walked by the wadi, two days to [[Adre|PLACE]].}} If we had stayed one more day I think they would finish us. We have been in tents since.
Q: Is your husband here with you?
A: [crying] No. {{c7|Near the border, the men on camels stopped the people walking. They pulled my husband [[Yahya Ibrahim Adam|PERSON]] from the line with maybe fifteen men, young and old, and they put them in a car.}} {{c8|Since then we asked at every checkpoint, we asked every person who comes from [[Geneina|PLACE:El Geneina]]. No news, nothing. Two months now.}}
Q: Did anyone see where the car went?
A: Toward [[Geneina|PLACE:El Geneina]]. That is all people know.
Q: How are your children now?
A: [[Mahamat|PERSON]] goes to the clinic of the doctors here for the arm. The girls, [[Nour|PERSON]] and [[Fatne|PERSON]], they sleep now, in the first weeks they did not sleep. Allah karim, we wait.
Q: Is there something more you want to say?
A: People said the [[RSF|ACTOR:Rapid Support Forces]] burned the hospital in [[Geneina|PLACE:El Geneina]] [[that week|DATE:2023-06-12..2023-06-18]]. My sister works there, she says no, it was closed, but nobody burned it. I tell only what is true.
@@witness sd-geneina-amal-yahya
@@claim c1 harm=KILLED min=1 max=1 named="Salam" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Jamarek" date=2023-06-12 basis=WITNESSED incident=sd-geneina-20230612-jamarik-water-tap
@@claim c2 harm=KILLED min=6 max=6 named="Salam" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Jamarek" date=2023-06-12 basis=WITNESSED incident=sd-geneina-20230612-jamarik-water-tap
@@claim c3 harm=KILLED min=11 max=12 weapon=SMALL_ARMS actor="Rapid Support Forces" site="Jamarek" date=2023-06-12 basis=HEARSAY incident=sd-geneina-20230612-jamarik-water-tap
@@claim c4 harm=INJURED min=1 max=1 named="Mahamat" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Jamarek" date=2023-06-12 basis=WITNESSED incident=sd-geneina-20230612-jamarik-water-tap
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="al-Madaris" date=2023-06-15 basis=WITNESSED incident=sd-geneina-20230615-madaris-hawn-house
@@claim c6 harm=DISPLACED min=7 max=7 site="al-Jineina" date=2023-06-16 basis=EXPERIENCED incident=sd-geneina-20230616-yahya-family-flight
@@claim c7 harm=DETAINED min=16 max=16 named="Yahya Ibrahim Adam" date=2023-06-16..2023-06-17 basis=WITNESSED incident=sd-geneina-20230600-border-road-yahya-taken
@@claim c8 harm=MISSING min=1 max=1 named="Yahya Ibrahim Adam" basis=EXPERIENCED incident=sd-geneina-20230600-border-road-yahya-taken
