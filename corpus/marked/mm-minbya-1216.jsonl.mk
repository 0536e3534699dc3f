id: mm-minbya-1216
interview_date: 2024-07-09
place: Sittwe, Rakhine State (by phone)
language: Rohingya (Ruaingga), interpreted to English

Interviewer: Can you tell me your name, sister?
Witness: [[Nur Begum|PERSON]]. My husband is [[Mohammed Ayaz|PERSON]]. We are from a village near [[Minbya|PLACE]], on the river side. I don't want to say the village name.
Interpreter: She says Nur, like light. Her mother gave the name because she was born in the morning.
Interviewer: Thank you. Can you tell me what happened to your husband?
Witness: In [[February|DATE:2024-02-01..2024-02-29]], before [[Shab-e-Barat|DATE:2024-02-25]], [[the soldiers|ACTOR:Tatmadaw]] came to the village with the village administrator. They had a list. {{c1|They took my husband and eleven other young men, twelve together, for the military training, they said, to fight [[the Arakan Army|ACTOR:Arakan Army]].}} I remember some of the others: [[Faisal|PERSON]], [[Zubair|PERSON]], [[Mohammed Salim|PERSON]], the sons of our neighbours.
Interviewer: Which soldiers were these?
Witness: [[The military|ACTOR:Tatmadaw]]. [[The Myanmar army|ACTOR:Tatmadaw]]. They came in two trucks from [[Minbyar|PLACE:Minbya]] town.
Interviewer: Did your husband want to go?
Witness: No! Nobody wanted. They said if you don't come we will burn the village. My husband said to me, take care of the children, and they put him in the truck. [crying]
Interviewer: Have you heard from him since?
Witness: {{c2|One time only, in [[Ramadan|DATE:2024-03-11..2024-04-09]], he called from a phone of another man, he said they were in [[Sittwe|PLACE]], at a camp. After that, nothing. We don't know where he is.}}
Interviewer: Do you know what happened to the other men?
Witness: {{c3|Two of them came back in a coffin. [[Rashid|PERSON]] and [[Anwar Sadek|PERSON]]. [[The army|ACTOR:Tatmadaw]] said they died in the fighting near [[Kyauktaw|PLACE]].}} Their mothers could not even see the faces.
Interviewer: What happened in the village after that?
Witness: In [[March|DATE:2024-03-01..2024-03-31]], the fighting came to [[Minbya|PLACE]] town. From our village we could hear everything, day and night, the [[big guns|WEAPON:ARTILLERY]].
Witness: {{c4,c8|[[One day|DATE]], it was [[the fifth day of Ramadan|DATE:2024-03-15]], a [[shell|WEAPON:ARTILLERY]] fell in our village, near the mosque, and it killed a man, [[Abul Hossain|PERSON]], sixty years, and his grandson was injured.}}
Interviewer: Do you know who fired that [[shell|WEAPON:ARTILLERY]]?
Witness: I don't know. Both sides were firing. The [[AA|ACTOR:Arakan Army]] was around the town, [[the army|ACTOR:Tatmadaw]] was inside. People say it came from the town side, from [[the army|ACTOR:Tatmadaw]], but I cannot be sure.
Interviewer: Did your family leave the village?
Witness: {{c5|Yes, after that we left, with my three children and my mother-in-law, in a boat to the other side of the river, then to the camps near [[Sittwe|PLACE]].}} Many families left, maybe half of the village.
Interviewer: Was anything else damaged in your village?
Witness: {{c6|The mosque roof had holes. And the house of [[Dil Mohammed|PERSON]] was burned.}} Who burned it, I don't know. People say the fire came from the [[shelling|WEAPON:ARTILLERY]].
Interviewer: Has anything happened to you in the camp?
Witness: In the camp it is quiet. Nobody attacks the camp. But there is no work. My husband's salary, nobody pays. I wash clothes for the families.
Interviewer: Did you hear about [[drones|WEAPON:DRONE_STRIKE]] near [[Minbya|PLACE]]?
Witness: {{c7|Yes.}} {{c7,c9|My cousin [[Noor Kamal|PERSON]] told me that in [[May|DATE:2024-05-01..2024-05-31]] a [[drone|WEAPON:DRONE_STRIKE]] dropped a [[bomb|WEAPON:DRONE_STRIKE]] on a boat on the [[Lemro|PLACE]] river, and two fishermen were killed.}} He did not see it himself. He said it was the [[AA|ACTOR:Arakan Army]] [[drone|WEAPON:DRONE_STRIKE]], but others say it was [[the army|ACTOR:Tatmadaw]]. Now everybody has drones.
Interviewer: Is there anything else you want to tell us?
Witness: Please find my husband. [[Mohammed Ayaz|PERSON]], thirty-two years, from near [[Minbya|PLACE]]. He has a mark on the left hand from a fire when he was a child. If he is alive, please tell him his children are waiting. My small one, [[Amina|PERSON]], asks every day.
Interpreter: She asked me to repeat his name twice for the recording. I have done that.
@@witness mm-minbya-nur-begum
@@claim c1 harm=DETAINED min=12 max=12 named="Mohammed Ayaz" actor="Tatmadaw" date=2024-02-01..2024-02-24 basis=WITNESSED incident=mm-minbya-20240200-rohingya-conscription
@@claim c2 harm=MISSING min=1 max=1 actor="Tatmadaw" site="Sittwe" date=2024-03-11..2024-07-09 basis=EXPERIENCED incident=mm-minbya-20240200-rohingya-conscription
@@claim c3 harm=KILLED min=2 max=2 named="Rashid; Anwar Sadek" site="Kyauktaw" basis=HEARSAY incident=mm-kyauktaw-20240000-conscripts-killed
@@claim c4 harm=KILLED min=1 max=1 named="Abul Hossain" weapon=ARTILLERY date=2024-03-15 basis=WITNESSED incident=mm-minbya-20240315-village-mosque-shell
@@claim c8 harm=INJURED min=1 max=1 weapon=ARTILLERY date=2024-03-15 basis=WITNESSED incident=mm-minbya-20240315-village-mosque-shell
@@claim c5 harm=DISPLACED min=5 max=5 date=2024-03-15..2024-07-09 basis=EXPERIENCED incident=mm-minbya-20240315-village-mosque-shell
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY date=2024-03-15 basis=WITNESSED incident=mm-minbya-20240315-village-mosque-shell
@@claim c7 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE site="Lemro" date=2024-05-01..2024-05-31 basis=HEARSAY incident=mm-minbya-20240500-lemro-boat-drone
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Lemro" date=2024-05-01..2024-05-31 basis=HEARSAY incident=mm-minbya-20240500-lemro-boat-drone
