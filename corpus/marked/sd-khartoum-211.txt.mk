Interview ID: SD-KRT-211
Interview date: 2024-03-02
Location: [[Cairo|PLACE]], [[Egypt|PLACE]]
Language: English and Arabic (the witness speaks English)
Interviewer: [[Ben Carver|PERSON]]
Speaker: [[Ikhlas|PERSON]]

Ben: [[Ikhlas|PERSON]], you lived in [[Khartoum|PLACE]] until when?
Ikhlas: Until [[June 2023|DATE:2023-06-01..2023-06-30]]. In [[al-Riyadh|PLACE]], [[Khartoum|PLACE]] east. I am a pharmacist, I had a pharmacy on the street of [[al-Mashtal|PLACE]].
Ben: What did you see when the war started?
Ikhlas: [[The first day|DATE:2023-04-15]], [[the 15th|DATE:2023-04-15]], [[a Saturday|DATE:2023-04-15]], it was still [[Ramadan|DATE:2023-03-23..2023-04-20]]. We woke up to the sound of... everything, [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] everywhere. [[The planes|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] over the airport, the [[machine guns|WEAPON:SMALL_ARMS]] of the [[RSF|ACTOR:Rapid Support Forces]] answering. For one week we did not go out.
Ben: Did the [[RSF|ACTOR:Rapid Support Forces]] come into your neighbourhood?
Ikhlas: After [[Eid|DATE:2023-04-21]]. They took the big houses first, the empty ones, then they came to ours. {{c1|[[The Rapid Support|ACTOR:Rapid Support Forces]] took my brother [[Mohamed|PERSON]] from our door, in front of me. They said he is army intelligence, istikhbarat, because he had a short haircut.}} He is an engineer. {{c1,c9|They kept him nineteen days in a basement in [[al-Manshiya|PLACE]]. When he came back he could not stand straight, they had hung him by the hands.}}
Ben: I'm sorry. Is he safe now?
Ikhlas: He is in [[Kassala|PLACE]]. Safe, yes. Not well.
Ben: You mentioned [[shelling|WEAPON:ARTILLERY]] in your street.
Ikhlas: Yes, from [[May|DATE:2023-05-01..2023-05-31]]. [[The army|ACTOR:Sudanese Armed Forces]] fired [[shells|WEAPON:ARTILLERY]] from the side of the [[Armoured Corps|PLACE]], and the [[RSF|ACTOR:Rapid Support Forces]] fired [[Katyusha|WEAPON:ROCKET]] from the streets, from the backs of their cars. So everything fell on the people. {{c2|On [[the 28th of May|DATE:2023-05-28]], in [[the afternoon|DATE:2023-05-28]], a [[Katyusha|WEAPON:ROCKET]] fell in the yard of our neighbour, Uncle [[Osman|PERSON]], [[Osman al-Tayeb|PERSON]], seventy years. He died in his chair, in the shade.}} {{c3|His granddaughter [[Sitt al-Banat|PERSON]] was hit in the back, I treated her myself with what I had in the pharmacy.}}
Ben: How do you know it was a [[Katyusha|WEAPON:ROCKET]]?
Ikhlas: My brother told me, from the sound and from the piece we found, long, with the fins. And it came from the direction of the [[RSF|ACTOR:Rapid Support Forces]] cars, from [[al-Taif|PLACE]]. But truly, I am not a military expert.
Ben: What about [[air strikes|WEAPON:AIRSTRIKE]] near you?
Ikhlas: My aunt [[Awadiya|PERSON]] lives in [[Jabra|PLACE]]. {{c4,c5|In [[June|DATE:2023-06-01..2023-06-30]], [[the planes|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] hit the house next to her, the house of the [[Khalafalla|PERSON]] family, and five of them died, the father and four children.}} {{c5|Her windows, her door, everything fell in.}} She says the [[RSF|ACTOR:Rapid Support Forces]] had put a car with a [[Dushka|WEAPON:SMALL_ARMS]] in front of the house [[that morning|DATE:2023-06-01..2023-06-30]]. I was not there, I only know what she told me.
Ben: When did you leave [[Khartoum|PLACE]]?
Ikhlas: {{c6|After Uncle [[Osman|PERSON]] died, we left, me, my mother, my two sisters, to [[Wad Madani|PLACE]].}} Everybody went to [[Madani|PLACE:Wad Madani]] then. We thought it is far from the war. Allah karim, we said.
Ben: And then?
Ikhlas: {{c7|In [[December|DATE:2023-12-01..2023-12-31]] the war came to [[Wad Medani|PLACE:Wad Madani]] also. The [[RSF|ACTOR:Rapid Support Forces]] entered, and we ran again, to [[Sennar|PLACE]], to [[Kassala|PLACE]], and then here.}} {{c8|My cousin [[Hiba|PERSON]], her husband [[Karim|PERSON]] stayed in [[Madani|PLACE:Wad Madani]] to guard the house. Since [[the 19th of December|DATE:2023-12-19]] we don't hear from him.}}
Ben: Do you know if he was detained?
Ikhlas: Nobody knows. Somebody said he was taken to [[al-Hasahisa|PLACE]], somebody said no. His phone is off. [pause] If he had come with us, he would be here.
@@witness sd-khartoum-ikhlas
@@claim c1 harm=DETAINED min=1 max=1 named="Mohamed" actor="Rapid Support Forces" site="al-Manshiya" date=2023-04-21..2023-05-31 basis=WITNESSED incident=sd-khartoum-20230000-mohamed-detention
@@claim c9 harm=INJURED min=1 max=1 named="Mohamed" actor="Rapid Support Forces" site="al-Manshiya" date=2023-04-21..2023-05-31 basis=WITNESSED incident=sd-khartoum-20230000-mohamed-detention
@@claim c2 harm=KILLED min=1 max=1 named="Osman; Osman al-Tayeb" weapon=ROCKET actor="Rapid Support Forces" site="al-Riyadh" date=2023-05-28 basis=WITNESSED incident=sd-khartoum-20230528-riyadh-katyusha
@@claim c3 harm=INJURED min=1 max=1 named="Sitt al-Banat" weapon=ROCKET actor="Rapid Support Forces" site="al-Riyadh" date=2023-05-28 basis=WITNESSED incident=sd-khartoum-20230528-riyadh-katyusha
@@claim c4 harm=KILLED min=5 max=5 named="Khalafalla" weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Jabra" date=2023-06-01..2023-06-30 basis=HEARSAY incident=sd-khartoum-20230600-jabra-khalafalla-house
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Jabra" date=2023-06-01..2023-06-30 basis=HEARSAY incident=sd-khartoum-20230600-jabra-khalafalla-house
@@claim c6 harm=DISPLACED min=4 max=4 site="al-Riyadh" date=2023-06-01..2023-06-30 basis=EXPERIENCED incident=sd-khartoum-20230600-ikhlas-family-flight
@@claim c7 harm=DISPLACED min=4 max=4 actor="Rapid Support Forces" site="Wad Medani" date=2023-12-01..2023-12-31 basis=EXPERIENCED incident=sd-wadmadani-20231200-rsf-entry-flight
@@claim c8 harm=MISSING min=1 max=1 named="Karim" site="Madani" date=2023-12-19 basis=EXPERIENCED incident=sd-wadmadani-20231219-karim-missing
