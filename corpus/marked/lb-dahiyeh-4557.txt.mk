Interview ref: LB-SFR-4557
Date: 2026-11-09
Location: [[Hamra|PLACE]], [[Beirut|PLACE]]
Interviewer: [[Tom Hale|PERSON]]
Speaker: [[Rima|PERSON]] (nurse, 34)
Language: English, with some Arabic

Tom: Thanks for doing this in English, [[Rima|PERSON]].
Rima: It is fine. I studied nursing in English, so, sometimes it is easier. Sometimes not.
Tom: Where were you living in [[the autumn of 2024|DATE:2024-09-01..2024-11-30]]?
Rima: In [[Sfeir|PLACE]]. It's the piece of the [[Dahieh|PLACE:Dahiyeh]] between [[Harat Hrayk|PLACE:Haret Hreik]] and [[Ghobeiry|PLACE]]. I was working at [[Bahman hospital|PLACE]], nights mostly.
Tom: Let's start with the earliest thing you want to tell me.
Rima: The [[pagers|WEAPON:IED]]. [[The 17th of September|DATE:2024-09-17]]. [[A Tuesday|DATE:2024-09-17]], in [[the afternoon|DATE:2024-09-17]], around [[half past three|DATE:2024-09-17]]. I was home, I was sleeping after the night shift. {{c1|Our neighbour's son, [[Mahdi|PERSON]], he is twenty-two, he works in the pharmacy of the hospital, they gave them these devices. His [[pager|WEAPON:IED]] exploded in his hand on the stairs of our building.}}
Rima: {{c1|I ran down. His hand, three fingers were gone, and his eye. I put pressure until the car came.}} Everybody knows it was [[the Israelis|ACTOR:Israeli forces]]. [pause] {{c8|Then I went to the hospital. [[That day|DATE:2024-09-17]] the hospital, it was like, I can't describe, hundreds of people with the same wounds, hands and eyes.}}
Tom: Is [[Mahdi|PERSON]] all right now?
Rima: He has one eye. He is studying again.
Tom: Then in [[October|DATE:2024-10-01..2024-10-31]], you said, the building near you.
Rima: Yes. Near, not next to me, maybe two hundred metres, on the side of [[Harat Hrayk|PLACE:Haret Hreik]]. [[The Saturday night|DATE:2024-10-05..2024-10-06]], [[early in the month|DATE:2024-10-01..2024-10-10]]. The [[Mrad|PERSON]] building, people call it, because of the family.
Rima: I did not see anything. I heard. A loud blast, and the whole flat moved, and then a second. I thought it was our building. My mother was screaming from the other room.
Tom: What did you think it was?
Rima: An [[air strike|WEAPON:AIRSTRIKE]], what else? But I didn't see a plane, I didn't see anything. It was past [[midnight|DATE:2024-10-06]].
Rima: {{c2|In [[the morning|DATE:2024-10-06]] I went on the roof, and where the [[Mrad|PERSON]] building was there was a hole in the sky. You could see the street behind.}}
Tom: Did you treat any of the people?
Rima: No, they went to [[Bahman|PLACE:Bahman hospital]] and [[al-Sahel|PLACE:al-Sahel hospital]], but I was off. {{c3|My colleague [[Nisrine|PERSON]] was on shift. She told me fifteen bodies came to [[Bahman|PLACE:Bahman hospital]] from that building, fifteen, and two of them children.}} Maybe some went to [[al-Sahel|PLACE:al-Sahel hospital]] also, I don't know.
Tom: Some people said the hospital itself was hit [[that night|DATE:2024-10-06]].
Rima: No, that was a rumour. Our hospital was not hit [[that night|DATE:2024-10-06]]. Some windows later, from other [[strikes|WEAPON:EXPLOSIVE_UNSPECIFIED]], but not hit.
Tom: Did your family leave the area?
Rima: {{c4|My parents, yes. [[The next day|DATE:2024-10-07]] they went to [[Tripoli|PLACE]], to my uncle.}} Me, no. I stayed for the hospital. If I left, who works? I slept at the hospital most nights.
Tom: You mentioned relatives in the [[Bekaa|PLACE]].
Rima: My mother's family is from [[Baalbek|PLACE]]. My aunt [[Umm Khalil|PERSON]] lives near the ruins, the [[Qalaa|PLACE]], the old temples. {{c5|[[The last Wednesday of October|DATE:2024-10-30]], my cousin [[Khalil|PERSON]] called me at [[night|DATE:2024-10-30]], crying. They hit the building of the [[Yaghi|PERSON]] family, next to my aunt's house.}}
Rima: {{c6|He said nine died. Nine. And my aunt's husband, [[Abu Khalil|PERSON]], was inside, he was visiting them for the coffee.}}
Tom: I'm so sorry.
Rima: {{c5|My aunt's house is standing, but the walls have cracks, like a map.}} She lives in it anyway. Where will she go?
Tom: Did anyone else in your family die in the war?
Rima: One cousin. [[Hadi|PERSON]], on the mother's side also. He was with [[the Resistance|ACTOR:Hezbollah]], he was killed in the fighting near [[Khiam|PLACE]]. That is different. He chose it. I am a nurse, I tell you only about the ones who didn't choose.
Tom: That's fair.
Rima: And, sorry, you should write that the numbers, for the [[Mrad|PERSON]] building, people say different things. Fifteen is what [[Nisrine|PERSON]] counted. Others said twelve. I don't know the truth.
@@witness lb-sfeir-rima-nurse
@@claim c1 harm=INJURED min=1 max=1 named="Mahdi" weapon=IED actor="Israeli forces" site="Sfeir" date=2024-09-17 basis=WITNESSED incident=lb-dahiyeh-20240917-sfeir-pager-mahdi
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null site="Harat Hrayk" date=2024-10-06 basis=WITNESSED incident=lb-dahiyeh-20241006-harethreik-mrad-building
@@claim c3 harm=KILLED min=15 max=15 site="Harat Hrayk" date=2024-10-06 basis=HEARSAY incident=lb-dahiyeh-20241006-harethreik-mrad-building
@@claim c4 harm=DISPLACED min=2 max=2 site="Sfeir" date=2024-10-07 basis=WITNESSED incident=lb-dahiyeh-20241007-sfeir-rima-parents-flight
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Qalaa" date=2024-10-30 basis=HEARSAY incident=lb-baalbek-20241030-qalaa-yaghi-building
@@claim c6 harm=KILLED min=9 max=9 named="Abu Khalil" site="Qalaa" date=2024-10-30 basis=HEARSAY incident=lb-baalbek-20241030-qalaa-yaghi-building
@@claim c8 harm=INJURED min=200 max=null weapon=IED actor="Israeli forces" site="Bahman hospital" date=2024-09-17 basis=WITNESSED incident=lb-dahiyeh-20240917-pager-explosions
