Interview ID: MAN-101
Date of interview: 3 March 2020
Place of interview: [[Atmeh|PLACE]] camp, northern [[Idlib|PLACE]]
Language: Arabic
Interviewer: [[Joanna Wells|PERSON]]
Interpreter: [[Bashar Kanaan|PERSON]]

Q: Thank you for seeing us. You are from [[Maarat al-Numan|PLACE]]?
A: Yes. From the city itself, we say [[al-Maarra|PLACE:Maarat al-Numan]]. I was born there, my father also. For twenty years I had a stall in the vegetable market. Tomatoes, potatoes, what the season gives.
Q: People here call you [[Abu Fadi|PERSON]]?
A: Yes, everybody, [[Abu Fadi|PERSON]]. My name is [[Abdulkarim Qaddour|PERSON]] but nobody uses it, only the government papers.
Q: I would like to ask about the attack on the market in [[December|DATE:2019-12-01..2019-12-31]]. What do you remember?
A: It was [[the 17th of December|DATE:2019-12-17]]. [[A Tuesday|DATE:2019-12-17]]. I remember because on Tuesdays the trucks come from [[Saraqib|PLACE]] with the potatoes. Around [[ten in the morning|DATE:2019-12-17]] the market was full, full. People were buying for the whole week, because everybody was afraid, the front was coming closer every day.
Q: Where were you at that moment?
A: At my stall, weighing potatoes for a woman. First we heard [[the jets|WEAPON:AIRSTRIKE]], very high. In the market there is a man with a walkie-talkie, he listens to the observers, and he shouted that a [[plane|WEAPON:AIRSTRIKE]] took off from [[Hmeimim|PLACE]], a [[Russian|ACTOR:Russian forces]] [[plane|WEAPON:AIRSTRIKE]]. {{c6|Before we could move, the first [[strike|WEAPON:AIRSTRIKE]] fell on the east side of the market, by the fuel sellers.}}
Q: What did you do?
A: I threw myself under the stall. The sound, I cannot describe it to you. Then dust, and screaming. I stood up and ran to the side of the fuel sellers, because my nephew [[Omar|PERSON]] was there, he was helping a man with the jerrycans.
Q: What did you see there?
A: [pause] {{c1|[[Omar|PERSON]] was on the ground, dead. Fifteen years old. Next to him [[Abu Hassan al-Attar|PERSON]], the porter, also dead, and the tea boy, [[Salam|PERSON]], a small boy from [[Kafr Nabl|PLACE]] who sold tea from a thermos. Later, when we put them in a line by the wall, I counted them: eleven. Eleven dead, with my eyes.}}
Q: I am sorry. Take your time.
A: Every morning that boy said to me "salam, ammo", peace to you, uncle. Every morning. [pause] And then, maybe five minutes, not more, the second [[strike|WEAPON:AIRSTRIKE]]. On the same place exactly, on the people who came to help. {{c2|It threw me against the wall. My ear, since [[that day|DATE:2019-12-17]] I hear with one ear only.}} {{c3|Many were wounded in the second one, many of the young men who ran to help. Thirty, forty, I don't know how many.}}
Q: Do you know who carried out the [[strike|WEAPON:AIRSTRIKE]]?
A: [[The Russians|ACTOR:Russian forces]]. The observers said a [[Russian|ACTOR:Russian forces]] [[plane|WEAPON:AIRSTRIKE]]. [[The regime|ACTOR:Syrian government forces]] also sends [[planes|WEAPON:AIRSTRIKE]] every day, but this one, the man with the radio said [[Russian|ACTOR:Russian forces]]. I cannot say I saw a flag on it, of course.
Q: Were there any fighters or military positions in the market?
A: No. There were no fighters in the market, no checkpoint, nothing. Only sellers and buyers. [[The factions|ACTOR:Syrian armed opposition]] were at the front, in the south and the east, near [[Jarjanaz|PLACE]], not inside the city.
Q: Had the market been hit before?
A: Yes, in [[the summer|DATE:2019-06-01..2019-08-31]]. [[Saturday, the 29th of June|DATE:2019-06-29]]. I was not there, I was at home with fever. {{c4|My neighbour told me four people were killed [[that day|DATE:2019-06-29]], one of them the son of Hajj [[Mahmoud Sweid|PERSON]].}} That time it was one [[plane|WEAPON:AIRSTRIKE]], one [[bomb|WEAPON:AIRSTRIKE]].
Q: When did you leave the city?
A: [[One week after|DATE:2019-12-24..2019-12-27]], a little more. [[The 26th or the 27th|DATE:2019-12-26..2019-12-27]], all the city was leaving. {{c5|We were ten people: me, my wife, my mother, my five children, and my sister-in-law, the mother of [[Omar|PERSON]], with her daughter [[Jamila|PERSON]]. We left in a pickup to [[Atmeh|PLACE]] and we are here since then, in the tent.}}
Q: Is there anything you want to add?
A: Only this. If the second [[strike|WEAPON:AIRSTRIKE]] had come one minute before, I would be lying next to [[Omar|PERSON]] now. God decided no. And write that [[al-Maarra|PLACE:Maarat al-Numan]] was jamila, beautiful, an old city, the olive trees all around. Now nobody is there.
[Interpreter: "jamila" means beautiful. He says it about the city.]
@@claim c1 harm=KILLED min=11 max=11 named="Omar; Abu Hassan al-Attar; Salam" weapon=AIRSTRIKE actor="Russian forces" site="Maarat al-Numan" date=2019-12-17 basis=WITNESSED incident=sy-maaratalnuman-20191217-vegetable-market
@@claim c2 harm=INJURED min=1 max=1 weapon=AIRSTRIKE actor="Russian forces" site="Maarat al-Numan" date=2019-12-17 basis=EXPERIENCED incident=sy-maaratalnuman-20191217-vegetable-market
@@claim c3 harm=INJURED min=30 max=40 weapon=AIRSTRIKE actor="Russian forces" site="Maarat al-Numan" date=2019-12-17 basis=WITNESSED incident=sy-maaratalnuman-20191217-vegetable-market
@@claim c4 harm=KILLED min=4 max=4 weapon=AIRSTRIKE site="Maarat al-Numan" date=2019-06-29 basis=HEARSAY incident=sy-maaratalnuman-20190629-vegetable-market
@@claim c5 harm=DISPLACED min=10 max=10 named="Jamila" site="Maarat al-Numan" date=2019-12-26..2019-12-27 basis=EXPERIENCED incident=sy-maaratalnuman-20191200-qaddour-family-flight
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="Maarat al-Numan" date=2019-12-17 basis=WITNESSED incident=sy-maaratalnuman-20191217-vegetable-market
@@witness sy-maaratalnuman-abdulkarim-qaddour
