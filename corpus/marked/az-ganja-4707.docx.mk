INTERVIEW RECORD
Interview ID: AZ-GNJ-4707
Date of interview: 3 December 2020
Place of interview: [[Ganja|PLACE]], [[Azerbaijan|PLACE]]
Language: Azerbaijani
Interviewer: [[Ingrid Solberg|PERSON]]
Interpreter: [[Aytan Karimli|PERSON]]
Q: Please tell me your name and what you do.
A: [[Zaur Hasanov|PERSON]]. Fifty-two. I drive a taxi. I live in [[Kapaz|PLACE]] district, in a private house, one floor, with a garden. Lived. Now we live at my brother's.
Q: What happened to your house?
A: {{c1|[[The 17th of October|DATE:2020-10-17]], [[the night to Saturday|DATE:2020-10-17]], [[after one o'clock|DATE:2020-10-17]]. We were sleeping. I did not hear it come, only the bang, and then the ceiling was on the bed. The whole roof, the front wall, the car in the yard under the bricks.}} {{c2|My wife [[Gunay|PERSON]], her head was cut, much blood.}} {{c12|My arm was broken, here, the plate is still inside.}}
Q: And your neighbours?
A: {{c3|The [[Mehdiyev|PERSON]] family, across the lane.}} {{c3,c1|Their house was not there anymore, only a hole and the stones.}} {{c3|With the neighbours and then the rescuers we dug till the morning. [[Elchin|PERSON]], the father, and his mother [[Zarifa|PERSON]], and the small girl [[Nigar|PERSON]], five years. All three we took out dead.}} {{c4|The son, [[Tural|PERSON]], fourteen, alive, with both legs broken, he is in [[Baku|PLACE]] now in the hospital.}}
Q: Were there more people killed in your lane?
A: {{c5|In the lane, I think seven, eight.}} {{c10|And the television said thirteen died [[that night|DATE:2020-10-17]] in [[Gəncə|PLACE:Ganja]].}} The television number is the whole [[Ganja|PLACE]], not only us. I don't know for the others, I was digging.
Q: What kind of weapon was it?
A: The [[Scud|WEAPON:MISSILE]]. That is what they showed on the television, the pieces. Big [[missile|WEAPON:MISSILE]], from far. You don't hear it, you don't run.
Q: Who fired it?
A: [[The Armenians|ACTOR:Armenian forces]]. From over there, from the other side. [[The Armenian army|ACTOR:Armenian forces]], who else fires [[missiles|WEAPON:MISSILE]] at [[Ganja|PLACE]].
Q: Was there any military site near your house?
A: No. There is no base, no soldiers, nothing in [[Kapaz|PLACE]]. Houses, a school, the bakery. I will show you if you want.
Q: Was your area hit before [[the 17th|DATE:2020-10-17]]?
A: A week before. [[The 11th|DATE:2020-10-11]], also at [[night|DATE:2020-10-11]]. That one fell on the other side of [[Kapaz|PLACE]], near the old cinema, maybe one kilometre from us. We heard it and we went out in the street, but at night you see nothing.
A: {{c6|In [[the morning|DATE:2020-10-11]] I drove there. Two buildings were open like doll houses, four floors, you see the kitchens, the carpets hanging.}} {{c7,c11|The prosecutor said on the television ten people were killed there and more than thirty wounded.}}
Q: Did you know anyone there?
A: {{c8|My colleague, a taxi driver, [[Ramil Abbasov|PERSON]], he lost his wife [[Samira|PERSON]] there. He told me at the funeral, she was in the kitchen making tea for him, he was on the night shift.}}
Q: After the second [[strike|WEAPON:MISSILE]], did your family stay in [[Ganja|PLACE]]?
A: {{c9|[[The same day|DATE:2020-10-17]] I sent [[Gunay|PERSON]], with her bandage, and my two sons to my brother in [[Goygol|PLACE]]. I went after, when the arm was done.}} People said [[the enemy|ACTOR:Armenian forces]] will send more [[missiles|WEAPON:MISSILE]] to [[Ganja|PLACE]], every night, and we waited. No more came to [[Kapaz|PLACE]] after that.
Q: Is there anything else you want to say?
A: Write the name of the small girl. [[Nigar|PERSON]]. She used to sit on my taxi and pretend to drive.
@@witness az-ganja-zaur-hasanov
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Armenian forces" site="Kapaz" date=2020-10-17 basis=EXPERIENCED incident=az-ganja-20201017-kapaz-houses-scud
@@claim c2 harm=INJURED min=1 max=1 named="Gunay" weapon=MISSILE actor="Armenian forces" site="Kapaz" date=2020-10-17 basis=WITNESSED incident=az-ganja-20201017-kapaz-houses-scud
@@claim c12 harm=INJURED min=1 max=1 named="Zaur Hasanov" weapon=MISSILE actor="Armenian forces" site="Kapaz" date=2020-10-17 basis=EXPERIENCED incident=az-ganja-20201017-kapaz-houses-scud
@@claim c3 harm=KILLED min=3 max=3 named="Elchin; Zarifa; Nigar" weapon=MISSILE actor="Armenian forces" site="Kapaz" date=2020-10-17 basis=WITNESSED incident=az-ganja-20201017-kapaz-houses-scud
@@claim c4 harm=INJURED min=1 max=1 named="Tural" weapon=MISSILE actor="Armenian forces" site="Kapaz" date=2020-10-17 basis=WITNESSED incident=az-ganja-20201017-kapaz-houses-scud
@@claim c5 harm=KILLED min=7 max=8 weapon=MISSILE actor="Armenian forces" site="Kapaz" date=2020-10-17 basis=WITNESSED incident=az-ganja-20201017-kapaz-houses-scud
@@claim c10 harm=KILLED min=13 max=13 weapon=MISSILE actor="Armenian forces" site="Gəncə" date=2020-10-17 basis=REPORTED incident=az-ganja-20201017-kapaz-houses-scud
@@claim c6 harm=PROPERTY_DAMAGE min=2 max=2 weapon=MISSILE actor="Armenian forces" site="Kapaz" date=2020-10-11 basis=WITNESSED incident=az-ganja-20201011-kapaz-cinema-buildings
@@claim c7 harm=KILLED min=10 max=10 weapon=MISSILE actor="Armenian forces" site="Kapaz" date=2020-10-11 basis=REPORTED incident=az-ganja-20201011-kapaz-cinema-buildings
@@claim c11 harm=INJURED min=31 max=null weapon=MISSILE actor="Armenian forces" site="Kapaz" date=2020-10-11 basis=REPORTED incident=az-ganja-20201011-kapaz-cinema-buildings
@@claim c8 harm=KILLED min=1 max=1 named="Samira" weapon=MISSILE actor="Armenian forces" site="Kapaz" date=2020-10-11 basis=HEARSAY incident=az-ganja-20201011-kapaz-cinema-buildings
@@claim c9 harm=DISPLACED min=4 max=4 named="Gunay; Zaur Hasanov" site="Kapaz" date=2020-10-17 basis=EXPERIENCED incident=az-ganja-20201017-hasanov-family-goygol
