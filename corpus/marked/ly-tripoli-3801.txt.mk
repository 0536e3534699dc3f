Interview ID: LY-TRP-3801
Date of interview: 12 February 2020
Place of interview: [[Souq al-Juma|PLACE]], [[Tripoli|PLACE]]
Language: Arabic, interpreted into English
Interviewer: [[Harriet Blackwood|PERSON]]
Interpreter: [[Tarek Bousnina|PERSON]]

INTERVIEWER: Please tell me your name and where you lived before.
WITNESS: [[Nasreddin Ghaith|PERSON]]. People call me [[Abu Tamim|PERSON]]. We lived in [[Ain Zara|PLACE]], near the road to [[Khallet Furjan|PLACE:Khallat al-Furjan]], since my father's time. A house with a small yard, olive trees, a water tank on the roof.
INTERVIEWER: You told my colleague about the [[rockets|WEAPON:ROCKET]] in [[September|DATE:2019-09-01..2019-09-30]].
WITNESS: Yes. It was [[the 17th|DATE:2019-09-17]], [[a Tuesday|DATE:2019-09-17]], I am sure because Tuesday I bring the gas bottles. [[After maghrib|DATE:2019-09-17]]. We were sitting outside because there was no electricity, the generator was broken.
WITNESS: First we heard the whistle, you know the [[Grad|WEAPON:ROCKET]] has this sound, like a kettle, and then one, two, three, I counted maybe seven or eight. {{c1|One came straight into the house of our neighbours, the [[Gadour|PERSON]] family, across the street. The roof came down on them, all of it, the concrete on the floor.}}
INTERVIEWER: Was anyone in the house?
WITNESS: {{c2|Hajj [[Milad Gadour|PERSON]], sixty-one years, his wife [[Fathiya|PERSON]], and two of the grandchildren, [[Sanad|PERSON]] and the small one [[Reem|PERSON]], she was four. The four of them died. I helped to pull [[Sanad|PERSON]] out, with my hands, he was already gone.}} [crying] Excuse me.
INTERPRETER: He asks for a minute.
WITNESS: {{c3|My son [[Tamim|PERSON]] was standing by the gate and the glass of the car cut his face and his arm, twelve stitches.}} I saw the blood and I thought he was finished, but no, alhamdulillah he is fine now.
INTERVIEWER: Who fired the [[rockets|WEAPON:ROCKET]], in your opinion?
WITNESS: From the south. Everybody knows, the south was [[Haftar|ACTOR:Libyan National Army]]. The men of [[Haftar|ACTOR:Libyan National Army]] were at [[Wadi al-Rabie|PLACE]] and at the old airport. But I did not see the launcher, I only say the direction.
WITNESS: And I want to say, there were no fighters in our street [[that night|DATE:2019-09-17]]. No [[Wifaq|ACTOR:Government of National Accord forces]], nobody. The front was two kilometres, maybe three. Why our street? I don't know.
INTERVIEWER: Was other damage done in the street?
WITNESS: {{c4|The municipality of [[Ain Zara|PLACE]] made a list, they put it on their page: eleven houses damaged in our street [[that night|DATE:2019-09-17]].}} {{c5|Our house, cracks all through the walls, the water tank on the roof was holed like cheese, and the car of my brother melted, only the iron stayed.}}
INTERVIEWER: What did you do after?
WITNESS: {{c6|[[Two days later|DATE:2019-09-19]] we left. Nine of us, my wife, my mother, the children, in one car and the pickup of my cousin. We came here to [[Souq al-Juma|PLACE]], to my wife's uncle.}} We are still here. The house is there, empty.
INTERVIEWER: You also mentioned your nephew.
WITNESS: [[Walid|PERSON]]. [[Walid Ghaith|PERSON]], the son of my brother, twenty-three years old. This was before, in [[Ramadan|DATE:2019-05-06..2019-06-04]], [[the 9th of May|DATE:2019-05-09]] I think, [[a few days after the start of Ramadan|DATE:2019-05-09]]. He was going to [[Tarhuna|PLACE]] to bring his grandmother.
WITNESS: {{c7|At a checkpoint on the [[Sawani|PLACE]] road they stopped the car and they took him, because his card says [[Misrata|PLACE]], his mother is from [[Misrata|PLACE]]. The driver came back alone and told us.}}
INTERVIEWER: Do you know who was at that checkpoint?
WITNESS: The driver said [[LNA|ACTOR:Libyan National Army]], [[the army of the east|ACTOR:Libyan National Army]], with the eastern accent. Some people said [[Kaniyat|ACTOR:al-Kaniyat]] men were with them. I was not there.
WITNESS: {{c8|Since then, nothing. Nine months. No phone, no name on any list. We asked the Red Crescent, we asked people in [[Tarhouna|PLACE:Tarhuna]]. Nobody knows where [[Walid|PERSON]] is.}}
INTERVIEWER: Were you ever stopped yourself?
WITNESS: Me, yes, at the same road, [[one week after|DATE:2019-05-16]], when I went to ask. They took my phone and looked at everything, the photos, the WhatsApp, and the officer asked me one hour about [[Walid|PERSON]], and then he said go home, old man. They let me go. I was lucky.
INTERVIEWER: Did anything else happen to your home?
WITNESS: After we left, people told us the [[shelling|WEAPON:ARTILLERY]] from [[the tanks|WEAPON:ARTILLERY]] continued in [[Ain Zara|PLACE]], but about our house I don't know more. A neighbour, [[Hamza|PERSON]], went in [[January|DATE:2020-01-01..2020-01-31]] and he said it is standing. Insha'Allah we go back.
INTERVIEWER: Thank you, [[Abu Tamim|PERSON]].
@@witness ly-tripoli-nasreddin-ghaith
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Gadour" weapon=ROCKET actor="Libyan National Army" site="Ain Zara" date=2019-09-17 basis=WITNESSED incident=ly-tripoli-20190917-ainzara-gadour-house-grad
@@claim c2 harm=KILLED min=4 max=4 named="Milad Gadour; Fathiya; Sanad; Reem" weapon=ROCKET actor="Libyan National Army" site="Ain Zara" date=2019-09-17 basis=WITNESSED incident=ly-tripoli-20190917-ainzara-gadour-house-grad
@@claim c3 harm=INJURED min=1 max=1 named="Tamim" weapon=ROCKET actor="Libyan National Army" site="Ain Zara" date=2019-09-17 basis=WITNESSED incident=ly-tripoli-20190917-ainzara-gadour-house-grad
@@claim c4 harm=PROPERTY_DAMAGE min=11 max=11 weapon=ROCKET actor="Libyan National Army" site="Ain Zara" date=2019-09-17 basis=REPORTED incident=ly-tripoli-20190917-ainzara-gadour-house-grad
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Libyan National Army" site="Ain Zara" date=2019-09-17 basis=EXPERIENCED incident=ly-tripoli-20190917-ainzara-gadour-house-grad
@@claim c6 harm=DISPLACED min=9 max=9 site="Ain Zara" date=2019-09-19 basis=EXPERIENCED incident=ly-tripoli-20190919-ainzara-ghaith-family-flight
@@claim c7 harm=DETAINED min=1 max=1 named="Walid" actor="Libyan National Army" site="Sawani" date=2019-05-09 basis=HEARSAY incident=ly-tripoli-20190509-sawani-checkpoint-walid-ghaith
@@claim c8 harm=MISSING min=1 max=1 named="Walid" actor="Libyan National Army" site="Sawani" date=2019-05-09 basis=HEARSAY incident=ly-tripoli-20190509-sawani-checkpoint-walid-ghaith
