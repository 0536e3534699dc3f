Interview ID: PS-NSR-4451
Date of interview: 2 March 2024
Place of interview: remote (video call), witness in [[Deir al-Balah|PLACE]]
Language: Arabic
Interviewer: [[Ingeborg Vaagen|PERSON]]
Interpreter: [[Sami Oweida|PERSON]]

INTERVIEWER: Thank you for talking to us. Please say your name and where your home is.
WITNESS: [[Nisreen Hamdouna|PERSON]], [[Umm Odai|PERSON]]. My home is, was, I mean, in [[Jabalia|PLACE]] camp, in the [[al-Falouja|PLACE]] area, behind the [[al-Khulafa mosque|PLACE]]. Now I am in [[Deir al-Balah|PLACE]], in a tent near the sea, with my children.
INTERVIEWER: When did it start for your family?
WITNESS: From [[the first week|DATE:2023-10-07..2023-10-14]]. {{c1|[[The 11th of October|DATE:2023-10-11]], I remember because it was the birthday of my small one, [[the planes|WEAPON:AIRSTRIKE]] hit the house of our neighbours, the [[Salha|PERSON]] family, and our roof came down on the kitchen.}} We were in the corridor, thank God, all of us. {{c2|The house of [[Salha|PERSON]], there is nothing there now. It is a hole, you can stand inside it.}}
INTERVIEWER: Was anyone inside that house?
WITNESS: {{c3|[[Abu Ihab Salha|PERSON]] and his wife. We washed them and prayed over them [[the same evening|DATE:2023-10-11]], in the yard of the mosque, because to the cemetery you could not go.}} The son, [[Ihab|PERSON]], was in the street, he lived. {{c4|His arm, from here, from the elbow, there is no arm now.}}
[Interpreter: she is showing her left elbow.]
INTERVIEWER: And your own family?
WITNESS: My cousin [[Tha'er|PERSON]]. {{c5|We lost [[Tha'er|PERSON]] at [[the end of October|DATE:2023-10-25..2023-10-31]]. He went for water to the station near [[al-Saftawi|PLACE]] and [[the tanks|WEAPON:ARTILLERY]] were firing from the north side. They brought him back to his mother on a donkey cart, in a blanket.}} Twenty-two years. He was studying nursing, eh, the second year.
INTERVIEWER: When did you leave [[Jabalia|PLACE]]?
WITNESS: {{c6|[[The 9th of November|DATE:2023-11-09]]. We left with what we wore, me, my husband, the four children and his mother, Hajja [[Sabah|PERSON]].}} We walked on [[Salah al-Din road|PLACE]] with white cloths in the hand, from [[the morning|DATE:2023-11-09]] until the sun went down.
WITNESS: {{c7|At the checkpoint the soldiers of [[the occupation|ACTOR:Israeli forces]] called the men by the colour of the shirt. They took maybe thirty men from the line, and my husband [[Mu'tasem|PERSON]] with them, and we had to continue walking.}}
INTERVIEWER: Do you know where he was taken?
WITNESS: {{c8|Now yes. He spent forty-one days with them, with the eyes tied. They let him go at [[Kerem Shalom|PLACE]] in [[December|DATE:2023-12-01..2023-12-31]] and he found us by the phone of another man.}} He does not talk about it. His wrists, you can still see the marks of the plastic.
INTERVIEWER: You told my colleague about [[Nuseirat|PLACE]]. Can you tell me?
WITNESS: Yes. [[After the checkpoint|DATE:2023-11-09]] we went to my aunt's in [[Nuseirat|PLACE]] camp, [[Block 5|PLACE]], near [[al-Awda hospital|PLACE]]. Two rooms, twenty-three people.
WITNESS: {{c9|[[The 14th of December|DATE:2023-12-14]], [[after the maghrib|DATE:2023-12-14]], the house of the [[Abu Amsha|PERSON]] family, two houses from my aunt, it just came down, four floors, on top of everyone inside.}} I did not see [[the plane|WEAPON:AIRSTRIKE]], I heard it, the whistle and then the walls of my aunt's house were shaking like paper.
WITNESS: {{c10|The cemetery got eleven from that house. Eleven. The grandmother, two of the sons, the small ones, and [[Nour|PERSON]], who was six, she used to come to play with my daughter.}}
[Interpreter: there was no electricity, she says "ma fi nour", no light, they were digging with the light of the phones.]
WITNESS: {{c11|[[Amira|PERSON]], the wife of the oldest son, they pulled her out [[after midnight|DATE:2023-12-15]]. She still cannot hear on the left side, and they stitched her head at [[al-Awda|PLACE:al-Awda hospital]], twelve stitches.}}
INTERVIEWER: Was anyone from your aunt's house hurt?
WITNESS: No. Nobody in my aunt's house was hurt, only fear. People said [[that night|DATE:2023-12-14]] that [[al-Awda|PLACE:al-Awda hospital]] was hit also, but it was not, it was the house behind it, I saw it in [[the morning|DATE:2023-12-15]], standing.
WITNESS: {{c12|But we were afraid they would hit near the hospital again, so [[two days later|DATE:2023-12-16]] we moved again, to [[Deir al-Balah|PLACE]], to the tents.}} And we have been in tents since. My husband joined us there.
INTERVIEWER: Is there anything else you want to say?
WITNESS: Only that [[Tha'er|PERSON]] was not a fighter. Write it. He was carrying two jerrycans.
@@witness ps-jabalia-nisreen-hamdouna
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Falouja" date=2023-10-11 basis=EXPERIENCED incident=ps-jabalia-20231011-salha-house
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Falouja" date=2023-10-11 basis=WITNESSED incident=ps-jabalia-20231011-salha-house
@@claim c3 harm=KILLED min=2 max=2 named="Abu Ihab Salha" weapon=AIRSTRIKE site="al-Falouja" date=2023-10-11 basis=WITNESSED incident=ps-jabalia-20231011-salha-house
@@claim c4 harm=INJURED min=1 max=1 named="Ihab" weapon=AIRSTRIKE site="al-Falouja" date=2023-10-11 basis=WITNESSED incident=ps-jabalia-20231011-salha-house
@@claim c5 harm=KILLED min=1 max=1 named="Tha'er" weapon=ARTILLERY site="al-Saftawi" date=2023-10-25..2023-10-31 basis=HEARSAY incident=ps-jabalia-20231000-saftawi-water-station-thaer
@@claim c6 harm=DISPLACED min=7 max=7 named="Sabah" site="Jabalia" date=2023-11-09 basis=EXPERIENCED incident=ps-jabalia-20231109-hamdouna-family-flight
@@claim c7 harm=DETAINED min=30 max=30 named="Mu'tasem" actor="Israeli forces" site="Salah al-Din road" date=2023-11-09 basis=WITNESSED incident=ps-gaza-20231109-salah-aldin-checkpoint-men
@@claim c8 harm=DETAINED min=1 max=1 named="Mu'tasem" actor="Israeli forces" date=2023-11-09..2023-12-20 basis=HEARSAY incident=ps-gaza-20231109-salah-aldin-checkpoint-men
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Block 5" date=2023-12-14 basis=WITNESSED incident=ps-nuseirat-20231214-abu-amsha-house
@@claim c10 harm=KILLED min=11 max=11 named="Nour" weapon=AIRSTRIKE site="Block 5" date=2023-12-14 basis=WITNESSED incident=ps-nuseirat-20231214-abu-amsha-house
@@claim c11 harm=INJURED min=1 max=1 named="Amira" weapon=AIRSTRIKE site="Block 5" date=2023-12-14 basis=WITNESSED incident=ps-nuseirat-20231214-abu-amsha-house
@@claim c12 harm=DISPLACED min=null max=null site="Nuseirat" date=2023-12-16 basis=EXPERIENCED incident=ps-nuseirat-20231216-hamdouna-family-to-deiralbalah
