Interview ID: PS-GZA-709
Interview date: 14/01/2024
Location: [[Rafah|PLACE]], [[al-Mawasi|PLACE]]
Language: English (the witness speaks English; some words in Arabic)
Interviewer: [[Hannah Price|PERSON]]
Speaker: [[Salam Kuhail|PERSON]]

Hannah: Can you start by telling me who you are?
Salam: [[Salam Kuhail|PERSON]], thirty-four, pharmacist. I had a pharmacy in [[Tal al-Hawa|PLACE]], in [[Gaza City|PLACE]], near [[al-Quds hospital|PLACE]]. [[Salam|PERSON]], it means peace. [laughs] There is no salam in [[Gaza|PLACE]] now, only my name is left.
Hannah: What do you remember from the first days?
Salam: The white rain. It was [[the 11th of October|DATE:2023-10-11]], maybe [[the 12th|DATE:2023-10-12]], in [[the night|DATE:2023-10-11..2023-10-12]]. Over [[Rimal|PLACE]] and the port, white lines coming down slowly, like fireworks but they do not finish. It smells like garlic. Everybody said [[phosphorus|WEAPON:INCENDIARY]], [[white phosphorus|WEAPON:INCENDIARY]].
Hannah: Did it hurt anyone you know?
Salam: {{c1|The son of my neighbour, [[Odai|PERSON]], twelve, he was on the roof to see, and a piece fell on his arm and it continued to burn, I treated him in my pharmacy with wet sand and water.}} I had no proper cream. [[The occupation|ACTOR:Israeli forces]] says they don't use it on people. I saw his arm.
Hannah: You told me about your friend in [[Sheikh Radwan|PLACE]].
Salam: [[Rawya|PERSON]]. We studied together. {{c2,c9|In [[the last week of October|DATE:2023-10-24..2023-10-31]] [[the planes|WEAPON:AIRSTRIKE]] hit her building in [[Sheikh Radwan|PLACE]], near the water pool, [[Rawya|PERSON]] and her two boys, [[Yamen|PERSON]] and [[Zaid|PERSON]], died, her sister told me on the phone.}} {{c3|Her husband [[Baha|PERSON]] is in the [[Shifa|PLACE:al-Shifa hospital]] with the legs burned.}} I did not see it, I could not go, the roads were closed with the [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]].
Hannah: What happened in [[Tal el-Hawa|PLACE:Tal al-Hawa]] in [[November|DATE:2023-11-01..2023-11-30]]?
Salam: [[The tanks|WEAPON:ARTILLERY]] came to [[al-Quds|PLACE:al-Quds hospital]] from the south, [[around the 8th|DATE:2023-11-06..2023-11-10]]. The [[shelling|WEAPON:ARTILLERY]] did not stop, day and night. And the [[snipers|WEAPON:SMALL_ARMS]] in the high buildings. {{c4|From my window I saw [[Abu Samra|PERSON]], the old man from the first floor, go out with two gallons to the tank of water, and the [[sniper|WEAPON:SMALL_ARMS]] shot him, one [[bullet|WEAPON:SMALL_ARMS]], he fell near the door.}} We could not take him in until [[the evening|DATE:2023-11-06..2023-11-10]].
Hannah: Did your building get hit?
Salam: The top floor, yes, one [[shell|WEAPON:ARTILLERY]] in the water tanks. Nobody from our building was hurt [[that time|DATE:2023-11-06..2023-11-30]], thanks God, we were all on the stairs.
Hannah: How did you leave [[Gaza City|PLACE]]?
Salam: {{c5|On [[10 November|DATE:2023-11-10]], walking, nine of us, my mother, my brother [[Mohamad|PERSON]], his wife and the children, on [[al-Rashid street|PLACE]] by the sea, with white flags.}}
Salam: {{c6|At the checkpoint [[the soldiers|ACTOR:Israeli forces]] called men from the line with the loudspeaker, by the colour of the shirt. They took [[Mohamad|PERSON]] and three other men, they took off their clothes and tied their hands, in front of us.}}
Hannah: Do you know where he is now?
Salam: {{c7|No. Two months. The Red Cross has no name. Nobody tells us if he is alive.}} My mother sits every day at the door of the tent and waits.
Hannah: Is there anything else you want to say?
Salam: If we had stayed in [[Tal al-Hawa|PLACE]] we would be dead, I think, or we would be like [[Abu Samra|PERSON]]. But here also they bomb. {{c8|[[Three days before the truce|DATE:2023-11-21]], a house was hit two hundred metres from our tent.}} There is no safe place. Write that.
@@witness ps-gaza-salam-kuhail
@@claim c1 harm=INJURED min=1 max=1 named="Odai" weapon=INCENDIARY actor="Israeli forces" site="Rimal" date=2023-10-11..2023-10-12 basis=WITNESSED incident=ps-gaza-20231011-rimal-white-phosphorus-odai
@@claim c2 harm=KILLED min=3 max=3 named="Rawya; Yamen; Zaid" weapon=AIRSTRIKE site="Sheikh Radwan" date=2023-10-24..2023-10-31 basis=HEARSAY incident=ps-gaza-20231000-sheikhradwan-rawya-building
@@claim c3 harm=INJURED min=1 max=1 named="Baha" weapon=AIRSTRIKE site="Sheikh Radwan" date=2023-10-24..2023-10-31 basis=HEARSAY incident=ps-gaza-20231000-sheikhradwan-rawya-building
@@claim c4 harm=KILLED min=1 max=1 named="Abu Samra" weapon=SMALL_ARMS site="Tal el-Hawa" date=2023-11-06..2023-11-10 basis=WITNESSED incident=ps-gaza-20231108-talalhawa-sniper-abu-samra
@@claim c5 harm=DISPLACED min=9 max=9 named="Mohamad" site="Gaza City" date=2023-11-10 basis=EXPERIENCED incident=ps-gaza-20231110-salam-family-displaced
@@claim c6 harm=DETAINED min=4 max=4 named="Mohamad" actor="Israeli forces" site="al-Rashid street" date=2023-11-10 basis=WITNESSED incident=ps-gaza-20231110-rashid-checkpoint-detentions
@@claim c7 harm=MISSING min=1 max=1 named="Mohamad" actor="Israeli forces" date=2023-11-10..2024-01-14 basis=WITNESSED incident=ps-gaza-20231110-rashid-checkpoint-detentions
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="al-Mawasi" date=2023-11-21 basis=WITNESSED incident=ps-rafah-20231121-mawasi-house-near-tent
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Sheikh Radwan" date=2023-10-24..2023-10-31 basis=HEARSAY incident=ps-gaza-20231000-sheikhradwan-rawya-building
