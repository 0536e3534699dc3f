id: ps-jabalia-315
interview_date: 2024-01-20
place: Rafah, Gaza
language: Arabic

Q: Please tell us about your work.
A: I am a nurse, eighteen years, at [[Kamal Adwan hospital|PLACE]] in [[Beit Lahiya|PLACE:Beit Lahia]]. In the emergency. I stayed until [[the middle of December|DATE:2023-12-10..2023-12-20]], until they took the hospital.
Q: We are collecting accounts of the [[strike|WEAPON:AIRSTRIKE]] on the [[Hamouda|PERSON]] building in [[Jabalia|PLACE]] camp. Do you remember [[that evening|DATE:2023-10-22]]?
A: Of course. [[The 22nd of October|DATE:2023-10-22]], [[Sunday|DATE:2023-10-22]]. [[After maghrib|DATE]] they started to arrive. Cars, donkey carts, people carrying on their backs. From the camp, from near [[al-Trans|PLACE]].
A: {{c1|We received 31 dead [[that night|DATE:2023-10-22]] from that [[strike|WEAPON:AIRSTRIKE]], I wrote the names that we knew in the book, some had no name, only "unknown, girl, about five".}} {{c2|And wounded, more than sixty, we put them on the floor, in the corridor, outside in the yard.}} Dr. [[Ahmad Shalaby|PERSON]] was operating two at a time, and [[Abu Khalil|PERSON]], the orderly, carried them in his arms.
Q: Were the dead mostly from one family?
A: Many from the [[Hamouda|PERSON]] family, yes, and displaced people from [[Beit Hanoun|PLACE]]. {{c1|I knew one woman, [[Rawan|PERSON]], she was a teacher of my daughter. She came dead.}} [pause]
Q: What did the injuries look like?
A: Crush. Crush and burns and dust in the lungs. From the building falling. This is what [[the planes|WEAPON:AIRSTRIKE]] do, they bring the building on the people.
Q: Another person said the toll was more than forty. Do you think that is possible?
A: Possible, yes. We were not the only hospital. Some went to the [[Indonesian hospital|PLACE]], some stayed under the rubble for days. I only say what came to us.
Q: What happened at [[Kamal Adwan|PLACE:Kamal Adwan hospital]] later?
A: In [[December|DATE:2023-12-01..2023-12-31]], around [[the 12th|DATE:2023-12-12]], [[the army|ACTOR:Israeli forces]] surrounded the hospital, the tanks were at the gate, and [[the quadcopters|WEAPON:DRONE_STRIKE]] were shooting into the yard, anyone who moved. {{c4|A young man, [[Anas|PERSON]], who was bringing water from the tank, was hit in the yard by the [[quadcopter|WEAPON:DRONE_STRIKE]] fire, he died at the door.}} I saw him through the window.
A: {{c5|Then [[the Israeli army|ACTOR:Israeli forces]] came in and took the men, the doctors also. My colleague, Dr. [[Karim Hassouna|PERSON]], they took him with his hands behind, in his scrubs.}} We do not know where he is. Allah karim, God is generous, maybe he is alive.
Q: Were there fighters inside the hospital?
A: I was there every day. I did not see any fighter. Patients, families, displaced people in every corner. If there were fighters I would say it, why not, I am telling you the truth.
Q: Did you experience earlier wars in [[Beit Lahia|PLACE]]?
A: All of them. The worst before this was [[2009|DATE:2009-01-01..2009-12-31]], the war in [[January|DATE:2009-01-01..2009-01-31]], the [[phosphorus|WEAPON:INCENDIARY]]. {{c6|The white smoke came down on our street in [[Beit Lahia|PLACE]], [[white phosphorus|WEAPON:INCENDIARY]], and my cousin [[Khitam|PERSON]] had her arm burned to the bone, it continued burning under the skin.}} We did not know then what it was. Later the doctors told us.
Q: How did you come to [[Rafah|PLACE]]?
A: {{c7|After they released the women from the hospital, we walked south with my mother and my daughter, on [[Salah al-Din street|PLACE:Salah al-Din road]], through the checkpoint.}} Now we are in a tent in [[Rafah|PLACE]]. I work as a volunteer in the [[Kuwaiti hospital|PLACE]]. The work does not stop.
@@witness ps-jabalia-nurse-315
@@claim c1 harm=KILLED min=31 max=31 named="Rawan" weapon=AIRSTRIKE site="al-Trans" date=2023-10-22 basis=WITNESSED incident=ps-jabalia-20231022-hamouda-building
@@claim c2 harm=INJURED min=61 max=null weapon=AIRSTRIKE site="al-Trans" date=2023-10-22 basis=WITNESSED incident=ps-jabalia-20231022-hamouda-building
@@claim c4 harm=KILLED min=1 max=1 named="Anas" weapon=DRONE_STRIKE actor="Israeli forces" site="Kamal Adwan hospital" date=2023-12-12 basis=WITNESSED incident=ps-beitlahia-20231212-kamal-adwan-siege
@@claim c5 harm=DETAINED min=1 max=null named="Karim Hassouna" actor="Israeli forces" site="Kamal Adwan hospital" date=2023-12-12 basis=WITNESSED incident=ps-beitlahia-20231212-kamal-adwan-siege
@@claim c6 harm=INJURED min=1 max=1 named="Khitam" weapon=INCENDIARY site="Beit Lahia" date=2009-01-01..2009-01-31 basis=WITNESSED incident=ps-beitlahia-20090100-phosphorus-khitam
@@claim c7 harm=DISPLACED min=3 max=3 site="Beit Lahiya" date=2023-12-12..2023-12-31 basis=EXPERIENCED incident=ps-beitlahia-20231200-nurse-315-displaced
