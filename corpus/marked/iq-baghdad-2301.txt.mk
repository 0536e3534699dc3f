Interview ID: IQ-BGD-2301
Date of interview: 3 March 2008
Place of interview: [[Jabal al-Hussein|PLACE]], [[Amman|PLACE]]
Language: Arabic, with interpretation into English
Interviewer: [[Greta Lindqvist|PERSON]]
Interpreter: [[Rami Haddad|PERSON]]

Q: Please tell me your name and where you lived in [[Baghdad|PLACE]].
A: [[Wafaa Jassim|PERSON]]. People call me [[Umm Omar|PERSON]]. We lived in [[Hurriya|PLACE]], the second [[Hurriya|PLACE]], near the big bakery, for twenty years. Sunni and Shia together, nobody asked before.
Q: When did it change?
A: After the [[Samarra|PLACE]] mosque, in [[2006|DATE:2006-01-01..2006-12-31]]. Slowly and then fast. In [[November|DATE:2006-11-01..2006-11-30]] the men of the [[Jaysh|ACTOR:Mahdi Army]] went street by street, with lists.
Q: What happened in your street?
A: {{c1|Our neighbours, the [[Mashhadani|PERSON]] family, they got a paper under the door, leave in three days. They did not leave fast enough. On [[the fourth night|DATE:2006-11-01..2006-11-30]] somebody threw [[petrol bottles|WEAPON:INCENDIARY]] through the window and the house burned, the whole front, the car also.}} I watched from the roof with my son. {{c2|[[Abu Raad|PERSON]] took his wife and the girls and they went to [[Abu Ghraib|PLACE]] [[the next morning|DATE:2006-11-01..2006-11-30]] in a pickup, with nothing.}}
Q: Was anyone hurt in the fire?
A: No, no. Thanks God nobody was hurt, they went out from the back. Only the house.
Q: And your own family?
A: Wait, I tell you about the bakery first, because my daughter. {{c3,c4|It was [[the 12th of December|DATE:2006-12-12]], [[a Tuesday|DATE:2006-12-12]], in [[the morning|DATE:2006-12-12]] before school. Three [[mortars|WEAPON:MORTAR]], maybe four, fell on the line in front of the [[Zahra bakery|PLACE]]. I was on the balcony, I saw the smoke and the people running.}} {{c3|My daughter [[Nour|PERSON]], she is thirteen, she was in the line for the bread. A piece went in her leg, here, above the knee.}}
[Interpreter: she is showing her left thigh.]
A: {{c4|Five people died there, I saw them with my eyes, the old man who sold cigarettes, Hajji [[Kadhim|PERSON]], and two schoolboys. People said after it was seven.}} {{c5|The oven, the bakery itself, the glass front, everything was broken and black.}}
Q: Who fired the [[mortars|WEAPON:MORTAR]]?
A: Who knows. From the side of [[Adhamiya|PLACE]], people said. [[Al-Qaeda|ACTOR:al-Qaeda]] people. But I don't know this, I did not see who. Nobody from our family was killed, I want to be correct.
Q: Did you take [[Nour|PERSON]] to a hospital?
A: To [[al-Yarmouk hospital|PLACE]]. My husband carried her. The doctors took out the metal. She walks now, she limps a little when it is cold. She was afraid of the dark after, for months she wanted the nour, the light, on all the night.
Q: You mentioned your husband. Where is he now?
A: [crying] I don't know. This is the thing. {{c6|[[Adel|PERSON]], [[Adel Hamadi|PERSON]], he went to [[Dora|PLACE]] in [[February|DATE:2007-02-01..2007-02-28]], [[2007|DATE:2007-01-01..2007-12-31]], to sell the car parts from his shop, and at a checkpoint on the [[Dora expressway|PLACE]] men in police uniforms stopped the car and took him and his cousin [[Saad|PERSON]].}} The driver came back alone. He told us. He said they looked at the identity cards and took only the two.
Q: Were they real police?
A: Maybe police, maybe militia in police clothes. Same thing in that time.
{{c7|Since [[that day|DATE:2007-02-01..2007-02-28]], nothing. Thirteen months. We went to the morgue on [[Bab al-Muadham|PLACE]], three times, we looked at the photographs. We asked the ministry. No name, no body, nothing. We still don't know where he is.}}
Q: Did anything happen to your son?
A: [[Omar|PERSON]], yes, but he came back. In [[March|DATE:2007-03-01..2007-03-31]] [[the Americans|ACTOR:US-led coalition]] came in [[the night|DATE:2007-03-01..2007-03-31]], they searched all the men in our street, they put the bags on the head. They asked [[Omar|PERSON]] for one hour in the street and they let him go. They took two other men from the corner house, but I don't know their names, they were new people.
Q: Did [[the Americans|ACTOR:US-led coalition]] take them for a long time?
A: {{c8|They took them in the hummer, the two young men from the corner house, and the mother told me they were in [[Bucca|PLACE]] in the south, for many months.}}
Q: When did you leave [[Baghdad|PLACE]]?
A: {{c9|In [[April|DATE:2007-04-01..2007-04-30]], me, [[Omar|PERSON]], [[Nour|PERSON]] and the small one, [[Ruqaya|PERSON]]. By bus to the border.}} I left the key with [[Umm Haidar|PERSON]], my Shia neighbour. She is a good woman. {{c10|She says the house is still standing, only the windows are gone and somebody took the doors.}}
Q: Is there something you want to add?
A: Only write the name of [[Adel|PERSON]] correctly. [[Adel Hamadi Mahmoud|PERSON]]. If somebody reads it and knows something.
@@witness iq-baghdad-wafaa-jassim
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Mashhadani" weapon=INCENDIARY site="Hurriya" date=2006-11-01..2006-11-30 basis=WITNESSED incident=iq-baghdad-20061100-mashhadani-house-burned
@@claim c2 harm=DISPLACED min=null max=null named="Abu Raad" site="Hurriya" date=2006-11-01..2006-11-30 basis=WITNESSED incident=iq-baghdad-20061100-mashhadani-house-burned
@@claim c3 harm=INJURED min=1 max=1 named="Nour" weapon=MORTAR site="Zahra bakery" date=2006-12-12 basis=WITNESSED incident=iq-baghdad-20061212-hurriya-bakery-mortars
@@claim c4 harm=KILLED min=5 max=5 named="Kadhim" weapon=MORTAR site="Zahra bakery" date=2006-12-12 basis=WITNESSED incident=iq-baghdad-20061212-hurriya-bakery-mortars
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Zahra bakery" date=2006-12-12 basis=WITNESSED incident=iq-baghdad-20061212-hurriya-bakery-mortars
@@claim c6 harm=DETAINED min=2 max=2 named="Adel; Adel Hamadi; Saad" site="Dora expressway" date=2007-02-01..2007-02-28 basis=HEARSAY incident=iq-baghdad-20070200-adel-hamadi-dora-checkpoint
@@claim c7 harm=MISSING min=1 max=1 named="Adel" site="Dora expressway" date=2007-02-01..2007-02-28 basis=EXPERIENCED incident=iq-baghdad-20070200-adel-hamadi-dora-checkpoint
@@claim c8 harm=DETAINED min=2 max=2 actor="US-led coalition" site="Hurriya" date=2007-03-01..2007-03-31 basis=WITNESSED incident=iq-baghdad-20070300-hurriya-night-raid
@@claim c9 harm=DISPLACED min=4 max=4 named="Omar; Nour; Ruqaya" site="Hurriya" date=2007-04-01..2007-04-30 basis=EXPERIENCED incident=iq-baghdad-20070400-jassim-family-flight
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="Hurriya" basis=HEARSAY incident=iq-baghdad-20070000-jassim-house-windows
