INTERVIEW TRANSCRIPT
Interview ID: TGR-MKL-2108
Interview date: 9 August 2022
Place of interview: [[Mekele|PLACE:Mekelle]], [[Tigray|PLACE]]
Language: English, with some Tigrinya words
Interviewer: [[Lukas Brenner|PERSON]]
Q: Thank you for agreeing to speak. Could you say your name and your work?
A: My name is [[Gebremichael Hagos|PERSON]]. I am a pharmacist. My pharmacy was in [[Kedamay Woyane|PLACE:Kedamay Weyane]], on the main road, before the war. Now it is closed, no medicines come in because of the siege.
Q: You were in [[Mekelle|PLACE]] when [[the federal forces|ACTOR:Ethiopian National Defense Force]] took the city?
A: Yes. {{c1|In our calendar it was [[Hidar 19|DATE:2020-11-28]], [[the Saturday|DATE:2020-11-28]]. The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] started early, [[before breakfast|DATE:2020-11-28]], and came closer to our area by the hour.}} You could hear it was [[heavy guns|WEAPON:ARTILLERY]], from the south, from the direction of [[Hiwane|PLACE]].
Q: What did you see?
A: {{c2|I was in the pharmacy, because people were coming for bandages. Around [[mid-morning|DATE:2020-11-28]] a [[shell|WEAPON:ARTILLERY]] landed in the compound of [[Kiros Berhe|PERSON]], behind my pharmacy. He died with three of his children.}} Four people. I know because I went with the men to carry them, and I gave the mother what I had for the pain.
Q: Do you remember the children's names?
A: {{c2|[[Selam|PERSON]], [[Mulu|PERSON]], and the boy [[Robel|PERSON]], he was twelve, he died in [[the evening|DATE:2020-11-28]], in [[Ayder hospital|PLACE]].}} Some people say three died, because [[Robel|PERSON]] died later. For me he is from the same [[shell|WEAPON:ARTILLERY]].
Q: Was your pharmacy damaged?
A: {{c3|The front glass was all broken, the shelves fell, the medicines were on the floor mixed with glass.}} {{c4|Across the road, the flour mill of [[Woldu|PERSON]] was hit directly, the roof was open to the sky and the machine was broken in two.}} {{c4|I think on our road maybe eight or nine houses were damaged [[that day|DATE:2020-11-28]], the walls with holes.}}
Q: Were there [[Tigray forces|ACTOR:Tigray Defense Forces]] in the area at that time?
A: No. Not in our neighbourhood. They had left the city the days before. There was nobody with a gun in our street [[that morning|DATE:2020-11-28]], only old people and children.
Q: You also have family outside [[Mekelle|PLACE]]?
A: My parents are from [[Hawzen|PLACE]], [[Hawzien|PLACE:Hawzen]], a village a little outside, in the [[Gheralta|PLACE]] area. This part is hard for me.
Q: Take your time.
A: {{c6|In [[February 2021|DATE:2021-02-01..2021-02-28]], [[the Eritreans|ACTOR:Eritrean forces]], we call them [[Shabia|ACTOR:Eritrean forces]], came to the village. They gathered the men at the church and took eleven men away in a truck, my uncle [[Hailu Hagos|PERSON]] among them, and my cousin [[Tewelde|PERSON]].}}
Q: How did you learn this?
A: My mother told me, when the phone came back, [[a year later|DATE:2022-02-01..2022-02-28]]. She saw it herself, from the house.
Q: Were the men ever found?
A: {{c7|No. Not one of the eleven came back. We do not know if they are in [[Eritrea|PLACE]], in a prison, or if they were killed in the forest.}} My mother keeps the clothes of my uncle folded.
Q: Did anything else happen in the village?
A: {{c8|[[The same day|DATE:2021-02-01..2021-02-28]], they shot at a young man who ran, [[Kahsay|PERSON]], the son of the priest. With [[gunfire|WEAPON:SMALL_ARMS]] in the back. He lived, but he cannot walk now.}} {{c9|And they burned the granary of my parents, all the sorghum of the year, and took the two oxen.}}
Q: Did you keep the pharmacy open after that?
A: For some weeks. {{c10|Then in [[December 2020|DATE:2020-12-01..2020-12-31]], [[one night|DATE:2020-12-01..2020-12-31]], [[Ethiopian soldiers|ACTOR:Ethiopian National Defense Force]] broke the iron door of my pharmacy and took everything, the insulin, the antibiotics, the fridge, even the chairs.}} The guard of the bank opposite saw them load the boxes on their truck, he told me in the morning. I did not open again.
Q: Did you ever have problems with soldiers yourself?
A: Once, at the checkpoint in [[Quiha|PLACE]], in [[April 2021|DATE:2021-04-01..2021-04-30]], [[federal soldiers|ACTOR:Ethiopian National Defense Force]] took me out of the minibus. They looked at my phone, my ID, they asked why a pharmacist travels so much. One hour, maybe more, in the sun. Then an officer said let him go, and I went. I was lucky, they had a list, my name was not on it.
Q: Is there anything else you want to add?
A: I want to say that the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] of [[Hidar 19|DATE:2020-11-28]] was not against fighters. Our street was a street of shops and families.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED actor="Ethiopian National Defense Force" site="Kedamay Woyane" date=2020-11-28 basis=EXPERIENCED incident=et-mekelle-20201128-kedamay-weyane-shelling
@@claim c2 harm=KILLED min=4 max=4 named="Kiros Berhe; Selam; Mulu; Robel" weapon=ARTILLERY actor="Ethiopian National Defense Force" site="Kedamay Woyane" date=2020-11-28 basis=WITNESSED incident=et-mekelle-20201128-kedamay-weyane-shelling
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Ethiopian National Defense Force" site="Kedamay Woyane" date=2020-11-28 basis=EXPERIENCED incident=et-mekelle-20201128-kedamay-weyane-shelling
@@claim c4 harm=PROPERTY_DAMAGE min=8 max=9 weapon=ARTILLERY actor="Ethiopian National Defense Force" site="Kedamay Woyane" date=2020-11-28 basis=WITNESSED incident=et-mekelle-20201128-kedamay-weyane-shelling
@@claim c6 harm=DETAINED min=11 max=11 named="Hailu Hagos; Tewelde" actor="Eritrean forces" site="Hawzen" date=2021-02-01..2021-02-28 basis=HEARSAY incident=et-hawzen-20210200-church-men-taken
@@claim c7 harm=MISSING min=11 max=11 actor="Eritrean forces" site="Hawzen" date=2021-02-01..2021-02-28 basis=HEARSAY incident=et-hawzen-20210200-church-men-taken
@@claim c8 harm=INJURED min=1 max=1 named="Kahsay" weapon=SMALL_ARMS actor="Eritrean forces" site="Hawzen" date=2021-02-01..2021-02-28 basis=HEARSAY incident=et-hawzen-20210200-church-men-taken
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null actor="Eritrean forces" site="Hawzen" date=2021-02-01..2021-02-28 basis=HEARSAY incident=et-hawzen-20210200-church-men-taken
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null actor="Ethiopian National Defense Force" site="Kedamay Woyane" date=2020-12-01..2020-12-31 basis=HEARSAY incident=et-mekelle-20201200-hagos-pharmacy-looting
@@witness et-mekelle-gebremichael-hagos
