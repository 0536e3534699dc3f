@@newline crlf
WITNESS STATEMENT
Interview ID: LB-TYR-2201
Date of interview: 9 December 2024
Place of interview: [[Saida|PLACE]]
Language: Arabic (statement written from interpreter's notes)
Interviewer: [[Clara Ostrowski|PERSON]]
Interpreter: [[Rami Haidar|PERSON]]

My name is [[Zeinab Kourani|PERSON]]. I am fifty-one, a teacher of French at a private school, now closed. I lived in [[Sour|PLACE:Tyre]], in [[al-Hosh|PLACE]] quarter, on the third floor of a building of six floors that belongs to my husband's family, the [[Kourani|PERSON]] family. I want to tell what happened to our building and to our street, and about my brother-in-law.

In the first weeks many people from the villages came down to [[Tyre|PLACE]], from [[Aitaroun|PLACE]], from [[Bint Jbeil|PLACE]], and we had two families staying with us. My husband's brother [[Moussa|PERSON]] stayed in [[Bint Jbeil|PLACE]], he did not want to leave his cows.

{{c1|About [[Moussa|PERSON]], we do not know anything. On [[the 17th of October|DATE:2024-10-17]] he called my husband in [[the morning|DATE:2024-10-17]] and said [[the soldiers|ACTOR:Israeli forces]] are near, he could hear them, and then the phone went dead, and since [[that morning|DATE:2024-10-17]] there is nothing, no call, no message, nobody saw him.}} We asked the Red Cross, we gave his photo. {{c2|A man from [[Aitaroun|PLACE]] told us he heard that [[the Israelis|ACTOR:Israeli forces]] took some old men from the houses near the hospital road, maybe [[Moussa|PERSON]] is with them, maybe not.}} I do not know. I pray he is a prisoner. A prisoner can come back.

Now the building. It was [[the Monday|DATE:2024-10-28]], [[the 28th|DATE:2024-10-28]], I am sure of this because on Mondays I go to my mother. In [[the afternoon|DATE:2024-10-28]], around [[the asr prayer|DATE:2024-10-28]], somebody posted on the group of the quarter, a map with a red square, and the red square was touching our street. Everybody ran. I took my mother's medicine and my husband took the cat, I remember this, the cat. We went down to the sea road, maybe three hundred metres away.

{{c3|I saw it from the sea road. [[The planes|WEAPON:AIRSTRIKE]] hit the building in front of ours, the building of [[Abu Hadi Sharara|PERSON]], two times, and it went down like sugar in tea, you understand, it just sat down.}} {{c3|Our building did not fall, but the front was opened, I could see my own kitchen from the street, the fridge hanging.}} {{c3|The glass of every building on the street was blown in, eh, I mean, of maybe ten buildings, not one window stayed.}}

Not everybody left. {{c6|[[Abu Hadi|PERSON]] himself did not leave, he said he is old and he will not run again, and he died inside with his son [[Hadi|PERSON]], who was thirty-four. Also a Syrian man who was the concierge, [[Khaled|PERSON]], they never found him complete, and one more, a woman I did not know, so four died in that building.}} That is what the civil defence said to my husband. {{c7|And a girl from the second floor of our building, [[Nour Kourani|PERSON]], my niece, eleven years, she went back up for her school bag and the glass cut her face and her arm.}} Now she has a line here, from the eye to the mouth.

People say [[the enemy|ACTOR:Israeli forces]] was looking for somebody in that building. I do not know of anybody there from [[the party|ACTOR:Hezbollah]]. [[Abu Hadi|PERSON]] repaired fishing nets.

{{c8|Then in [[the first week of November|DATE:2024-11-01..2024-11-07]], [[Thursday|DATE:2024-11-07]] I think, a [[strike|WEAPON:EXPLOSIVE_UNSPECIFIED]] came on the old souk, near the port, and the bakery of the [[Hamadeh|PERSON]] family burned, the whole bakery, the ovens, the flour, everything black.}} I did not see it. My husband's cousin [[Hayat|PERSON]] lives above it and she sent us the video. Nobody was in the bakery, it was closed [[that night|DATE:2024-11-07]], so nobody was hurt there, thank God.

I want to say one more thing. In [[September|DATE:2024-09-01..2024-09-30]] they said on the television that [[Tyre|PLACE]] would be hit, the whole city, and they dropped papers from the sky. Nothing happened [[that day|DATE]]. But we began to sleep with our shoes on.

{{c9|After the building, we left [[Sour|PLACE:Tyre]] and came here to [[Saida|PLACE]], eleven of us in two rooms, my husband, me, our three children, and the family of [[Nour|PERSON]].}} Our flat is still standing but nobody can live there. There is no front. The rain goes in.

I confirm this statement was read back to me in Arabic.
@@witness lb-tyre-zeinab-kourani
@@claim c1 harm=MISSING min=1 max=1 named="Moussa" site="Bint Jbeil" date=2024-10-17 basis=EXPERIENCED incident=lb-bintjbeil-20241017-moussa-kourani-missing
@@claim c2 harm=DETAINED min=null max=null actor="Israeli forces" basis=HEARSAY incident=lb-bintjbeil-20241000-hospital-road-old-men
@@claim c3 harm=PROPERTY_DAMAGE min=10 max=10 weapon=AIRSTRIKE actor="Israeli forces" site="al-Hosh" date=2024-10-28 basis=WITNESSED incident=lb-tyre-20241028-hosh-building
@@claim c6 harm=KILLED min=4 max=4 named="Abu Hadi; Hadi; Khaled" weapon=AIRSTRIKE actor="Israeli forces" site="al-Hosh" date=2024-10-28 basis=HEARSAY incident=lb-tyre-20241028-hosh-building
@@claim c7 harm=INJURED min=1 max=1 named="Nour Kourani" weapon=AIRSTRIKE actor="Israeli forces" site="al-Hosh" date=2024-10-28 basis=HEARSAY incident=lb-tyre-20241028-hosh-building
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Sour" date=2024-11-07 basis=HEARSAY incident=lb-tyre-20241107-old-souk-bakery
@@claim c9 harm=DISPLACED min=11 max=11 named="Nour" site="Sour" date=2024-10-28 basis=EXPERIENCED incident=lb-tyre-20241028-kourani-family-flight
