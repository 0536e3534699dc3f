INTERVIEW RECORD
Interview ID: SD-OMD-1708
Interview date: 02/05/2024
Place of interview: [[Port Sudan|PLACE]]
Language: Arabic (Sudanese), English summary by interpreter
Interviewer: [[Clara Westbrook|PERSON]]
Interpreter: [[Nour Eldaim|PERSON]]
Witness: volunteer, emergency response room, male, 61
Q: Please introduce yourself.
A: I am [[Hashim Abdelgadir Karrar|PERSON]]. Retired, I was a clerk in the railways in [[Bahri|PLACE]] thirty years. In the war I joined the emergency room of our area, [[al-Mazad|PLACE]] and [[Shambat|PLACE]], we carried the wounded, we cooked for people.
Q: You told us about an attack on the market in [[Bahri|PLACE]].
A: Yes. It was [[the middle of September|DATE:2023-09-10..2023-09-20]], [[the week the schools should have opened|DATE:2023-09-10..2023-09-20]], if there was no war. I think [[a Thursday|DATE:2023-09-14]], [[late in the afternoon|DATE:2023-09-10..2023-09-20]]. {{c1|[[The planes|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] dropped two [[bombs|WEAPON:AIRSTRIKE]] on the market road of [[el-Mazad|PLACE:al-Mazad]].}} I was at our kitchen, five hundred metres. I ran with the others.
Q: What did you find?
A: {{c2|More than twenty dead. I say this because we carried them, we, the emergency room, in three trips of the cart and one car.}} {{c3|And wounded, maybe thirty, maybe thirty-five, we took them to the [[al-Nau hospital|PLACE]] in [[Omdurman|PLACE]], across the bridge, because in [[Bahri|PLACE]] no hospital was working.}}
Q: Did you know any of the victims?
A: {{c2|The sons of the baker, [[Mujtaba Awad|PERSON]], I knew him since he was a child, and a woman selling tea, [[Umm Salma|PERSON]].}} {{c1|The bakery was gone. The oven, the roof, the flour, like somebody folded the building.}}
Q: Were there fighters in the market?
A: The [[RSF|ACTOR:Rapid Support Forces]] had a car near the petrol station sometimes. [[That day|DATE:2023-09-10..2023-09-20]] I did not see it. Among the dead I did not see uniforms. I cannot say more than that.
Q: When did you leave [[Bahri|PLACE]]?
A: {{c5|After that we were afraid for the volunteers. The [[Janjaweed|ACTOR:Rapid Support Forces]] took two of our group, [[Osama|PERSON]] and [[Wail Hamza|PERSON]], from the kitchen, in [[October|DATE:2023-10-01..2023-10-31]]. I was there, cutting onions, they pushed me against the wall.}} {{c6|[[Wail|PERSON]] came back [[after ten days|DATE]]. [[Osama|PERSON]], no news until today, his mother calls me every week.}} They told me, the commander, "you old man, next time it is you." They did not take me. I left with my wife to [[Wad Madani|PLACE]] [[the next week|DATE:2023-10-08..2023-10-31]].
Q: And in [[Wad Madani|PLACE]]?
A: We rented a room near the bridge, the [[Hantoub bridge|PLACE]]. My son [[Muzamil|PERSON]] came from [[Omdurman|PLACE]] to join us. In [[December|DATE:2023-12-01..2023-12-31]] the [[RSF|ACTOR:Rapid Support Forces]] came across from the east side.
Q: What happened then?
A: {{c7|[[The 18th|DATE:2023-12-18]], [[a Monday|DATE:2023-12-18]]. [[Muzamil|PERSON]] went to the bridge to see if the road to [[Sennar|PLACE]] is open. At the checkpoint of the [[RSF|ACTOR:Rapid Support Forces]] they took him and other young men, ten or twelve, they put them in a pick-up.}} A boy who escaped from that pick-up came to tell me.
Q: Is [[Muzamil|PERSON]] free now?
A: {{c8|They held him in a school in [[Madani|PLACE:Wad Madani]] for three weeks. Then they let him go because he is diabetic and they did not want him to die there.}} He is with us here now.
Q: Before [[Wad Madani|PLACE]], did you stay in [[Omdurman|PLACE]]?
A: Only some nights, in [[Ombada|PLACE]], at my brother's. {{c9|The [[shelling|WEAPON:ARTILLERY]] from the [[RSF|ACTOR:Rapid Support Forces]] side came every evening there. [[One night|DATE:2023-09-20..2023-09-30]], I think [[the end of September|DATE:2023-09-20..2023-09-30]], a [[shell|WEAPON:ARTILLERY]] came into the yard of my brother's neighbour [[Yasir|PERSON]], the wall fell on his mother, she died.}} Nobody in my brother's house was hurt. We were lucky.
Q: Have you heard about your house in [[Bahri|PLACE]]?
A: {{c10|A neighbour who stayed sent me a video in [[March|DATE:2024-03-01..2024-03-31]]. The doors broken, everything taken, even the wires from the walls. The kitchen of the emergency room, burned.}} I saw the video, I did not see with my eyes.
Q: Anything you would like to add?
A: Only that the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] in [[Khartoum|PLACE]] came from both sides. The [[RSF|ACTOR:Rapid Support Forces]] with their [[cannons|WEAPON:ARTILLERY]], [[the army|ACTOR:Sudanese Armed Forces]] from the sky. And we, the people, in the middle. Write that, please.
@@witness sd-bahri-hashim-karrar
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="el-Mazad" date=2023-09-10..2023-09-20 basis=WITNESSED incident=sd-bahri-20230914-mazad-market-barrels
@@claim c2 harm=KILLED min=21 max=null named="Mujtaba Awad; Umm Salma" weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="el-Mazad" date=2023-09-10..2023-09-20 basis=WITNESSED incident=sd-bahri-20230914-mazad-market-barrels
@@claim c3 harm=INJURED min=30 max=35 weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="el-Mazad" date=2023-09-10..2023-09-20 basis=WITNESSED incident=sd-bahri-20230914-mazad-market-barrels
@@claim c5 harm=DETAINED min=2 max=2 named="Osama; Wail Hamza" actor="Rapid Support Forces" site="al-Mazad" date=2023-10-01..2023-10-31 basis=WITNESSED incident=sd-bahri-20231000-volunteers-kitchen-taken
@@claim c6 harm=MISSING min=1 max=1 named="Osama" actor="Rapid Support Forces" site="al-Mazad" date=2023-10-01..2023-10-31 basis=WITNESSED incident=sd-bahri-20231000-volunteers-kitchen-taken
@@claim c7 harm=DETAINED min=10 max=12 named="Muzamil" actor="Rapid Support Forces" site="Hantoub bridge" date=2023-12-18 basis=HEARSAY incident=sd-wadmadani-20231218-hantoub-bridge-men
@@claim c8 harm=DETAINED min=1 max=1 named="Muzamil" actor="Rapid Support Forces" site="Wad Madani" date=2023-12-18..2024-01-10 basis=HEARSAY incident=sd-wadmadani-20231218-hantoub-bridge-men
@@claim c9 harm=KILLED min=1 max=1 weapon=ARTILLERY actor="Rapid Support Forces" site="Ombada" date=2023-09-20..2023-09-30 basis=WITNESSED incident=sd-omdurman-20230900-ombada-yard-shell
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="al-Mazad" basis=HEARSAY incident=sd-bahri-20231000-karrar-house-looted
