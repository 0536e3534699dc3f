Interview ID: PS-JAB-3403
Interview date: 14/04/2024
Place of interview: video call; witness in [[Gaza City|PLACE]], [[Tal al-Hawa|PLACE]]
Language: Arabic
Interviewer: [[Clara Benedetti|PERSON]]
Interpreter: [[Rami Haddad|PERSON]]

Q: Can you tell me your name and where you lived?
A: [[Hanadi Sultan|PERSON]]. I am from [[Jabalia|PLACE]] camp, [[Block 2|PLACE]], behind the [[Abu Hussein school|PLACE]]. I am forty-six, I have four children, one son and three girls.
Q: You told my colleague you have a sister in [[Beit Hanoun|PLACE]]?
A: [[Wafaa|PERSON]]. She married into the [[Shabat|PERSON]] family, in [[Beit Hanoun|PLACE]], near the [[al-Nada towers|PLACE]].
Q: Please.
A: It was the war of [[2014|DATE:2014-01-01..2014-12-31]]. [[The 21st of July|DATE:2014-07-21]], I have it written in my phone. The whole family of her husband was in one house, three floors.
A: {{c1|In [[the morning|DATE:2014-07-21]] the [[tank shells|WEAPON:ARTILLERY]] came, one, two, then more, and five of them died. Her husband [[Jihad Shabat|PERSON]], his mother, Hajja [[Fatima|PERSON]], and three children of his brother.}} {{c2|[[Wafaa|PERSON]] was hit in the back, she still walks, eh, how to say, bent.}} This is what [[Wafaa|PERSON]] told me, I was not there, I was in [[Jabalia|PLACE]].
[Interpreter: she says "Hajja" for the mother-in-law, it is a title for an old woman who made the pilgrimage.]
Q: Did you go to the house later?
A: {{c3|After the war, in [[September|DATE:2014-09-01..2014-09-30]], I went with her. The house was flat, completely flat, only the stairs standing, and the house of the neighbours was cracked from the top to the ground.}}
Q: Thank you. Can we come to this war? What happened at the [[Abu Hussein school|PLACE]]?
A: We went to the school in [[October|DATE:2023-10-01..2023-10-31]], because our house is close and the school was full of families. We were there until [[December|DATE:2023-12-01..2023-12-31]].
A: [[The 6th of December|DATE:2023-12-06]]. [[Before the fajr|DATE:2023-12-06]]. [[The army|ACTOR:Israeli forces]] was around the school with the tanks, and the soldiers called with the loudspeaker, all the men come out, hands up.
A: {{c4|They took my husband [[Marwan|PERSON]] and my son [[Bassel|PERSON]], and I saw them take maybe a hundred men from the school, more, they made them sit in their underwear in the street and then the trucks came.}}
Q: Did they question you also?
A: They took my ID, they asked me about my brother, is he with [[Hamas|ACTOR:Hamas]], where is he, one hour, more. Then they gave back the ID and told us, the women, walk to the west, to [[Gaza|PLACE:Gaza City]]. They did not take me.
A: There was an old man, [[Abu Fawzi|PERSON]], they wanted to take him also, but he showed the papers of the dialysis and the officer said leave him.
A: {{c5|So we walked, me and my three girls, with nothing, to [[Tal al-Hawa|PLACE]].}}
Q: What happened to your husband?
A: {{c6|[[Marwan|PERSON]] came back [[after fifty-two days|DATE:2024-01-27]]. They let him go at [[Kerem Shalom|PLACE]], with others. He told us they kept him in a camp in the desert, in a cage, with the eyes covered, he says the name was [[Sde Teiman|PLACE]].}}
Q: And your son?
A: {{c7|[[Bassel|PERSON]], no. [[Bassel|PERSON]] is nineteen. He was not released with his father, he is not on the list of the Red Cross, we still do not know where he is.}} [[Marwan|PERSON]] saw him [[the first day|DATE:2023-12-06]] only, in the truck, and after that never.
[Interpreter: she is crying, we will wait a moment.]
Q: We can pause.
A: No, continue. There is also [[Jamila|PERSON]].
Q: Who is [[Jamila|PERSON]]?
A: The daughter of our neighbour in the school, [[Umm Rami Khalla|PERSON]]. Thirteen years. {{c8|Before they raided the school, at [[the end of November|DATE:2023-11-24..2023-11-30]], [[the quadcopter|WEAPON:DRONE_STRIKE]] came over the yard and shot, and [[Jamila|PERSON]] fell next to the water tank. I saw her fall. She died before we reached [[Kamal Adwan hospital|PLACE]].}}
Q: Were there fighters in the school?
A: In the school? No. No fighters in the school, I swear, there were families, children. If there were fighters, would they leave us one month?
A: {{c9|And when we left, people said later the classrooms on the east side burned, the whole floor, the mattresses, everything.}} I don't know who burned. I only hear.
Q: Is there anything you would like to add?
A: Write [[Bassel Marwan Sultan|PERSON]]. With the full name. Maybe somebody reads it and knows where he is.
@@witness ps-jabalia-hanadi-sultan
@@claim c1 harm=KILLED min=5 max=5 named="Jihad Shabat; Fatima" weapon=ARTILLERY site="al-Nada towers" date=2014-07-21 basis=HEARSAY incident=ps-beithanoun-20140721-shabat-house
@@claim c2 harm=INJURED min=1 max=1 named="Wafaa" weapon=ARTILLERY site="al-Nada towers" date=2014-07-21 basis=HEARSAY incident=ps-beithanoun-20140721-shabat-house
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null site="al-Nada towers" date=2014-07-21 basis=WITNESSED incident=ps-beithanoun-20140721-shabat-house
@@claim c4 harm=DETAINED min=100 max=null named="Marwan; Bassel" actor="Israeli forces" site="Abu Hussein school" date=2023-12-06 basis=WITNESSED incident=ps-jabalia-20231206-abu-hussein-school-men
@@claim c5 harm=DISPLACED min=4 max=4 site="Abu Hussein school" date=2023-12-06 basis=EXPERIENCED incident=ps-jabalia-20231206-sultan-family-displaced
@@claim c6 harm=DETAINED min=1 max=1 named="Marwan" actor="Israeli forces" site="Sde Teiman" date=2023-12-06..2024-01-27 basis=HEARSAY incident=ps-jabalia-20231206-abu-hussein-school-men
@@claim c7 harm=MISSING min=1 max=1 named="Bassel" site="Abu Hussein school" date=2023-12-06 basis=EXPERIENCED incident=ps-jabalia-20231206-abu-hussein-school-men
@@claim c8 harm=KILLED min=1 max=1 named="Jamila" weapon=DRONE_STRIKE site="Abu Hussein school" date=2023-11-24..2023-11-30 basis=WITNESSED incident=ps-jabalia-20231100-abu-hussein-yard-quadcopter-jamila
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null site="Abu Hussein school" date=2023-12-06 basis=HEARSAY incident=ps-jabalia-20231206-abu-hussein-school-classrooms
