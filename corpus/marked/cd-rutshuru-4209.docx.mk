WITNESS STATEMENT (transcript)
Interview ID: CD-RUT-4209
Interview date: 8 March 2023
Place of interview: [[Goma|PLACE]], [[North Kivu|PLACE]]
Language: French, translated into English
Interviewer: [[Amélie Kanyinda|PERSON]]
Q: Please state your name and your work before the war came to [[Rutshuru|PLACE]].
A: [[Mapendo Nzeyimana|PERSON]]. I am a nurse. I worked eleven years at the [[Rutshuru General Hospital|PLACE]], in the surgery ward.
Q: You were on duty in [[October 2022|DATE:2022-10-01..2022-10-31]], when the fighting reached [[Ntamugenga|PLACE]]?
A: Yes. [[Thursday the 20th|DATE:2022-10-20]]. We heard the [[heavy weapons|WEAPON:ARTILLERY]] from [[the morning|DATE:2022-10-20]], boom, boom, from the side of [[Ntamungenga|PLACE:Ntamugenga]] and [[Rwanguba|PLACE]]. At the hospital the windows were shaking.
Q: When did the first wounded arrive?
A: [[Before noon|DATE:2022-10-20]]. Motos, a pickup, people carried on doors. {{c1|The first one I received was a boy, [[Amani Tuyizere|PERSON]], eight years.}} {{c1,c8|A [[shell|WEAPON:ARTILLERY]] fell on the house of his grandmother.}} {{c1|His left leg, we had to take it, above the knee. I held him while the doctor worked.}}
A: {{c2|Then a woman, [[Mukeshimana|PERSON]], pregnant, with pieces in the belly and the arm. She lost the baby. She lived.}}
Q: Do you have the numbers for [[that day|DATE:2022-10-20]]?
A: I copied the register before I left, I have it here on my phone. I read it to you: {{c3,c4|"[[20/10/2022|DATE:2022-10-20]]. Coming from [[Ntamugenga|PLACE]]: wounded received, eleven, of them five children. Dead on arrival, three."}} {{c3|So eleven wounded [[that day|DATE:2022-10-20]] from [[Ntamugenga|PLACE]].}} {{c4|And three arrived dead.}}
Q: Some people say four died.
A: Maybe. Some died in the village and were buried there, they never came to us. I can only say the register. Three.
Q: Were soldiers also brought in?
A: Yes, [[FARDC|ACTOR:FARDC]] soldiers, wounded in the fighting, and some young men of the [[Wazalendo|ACTOR:Wazalendo]]. We treated them in a separate room. That is our work. They were fighters, they know the risk.
Q: Who fired on [[Ntamugenga|PLACE]], in your opinion?
A: The wounded said the [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]] came from the hills where [[the M23 rebels|ACTOR:M23]] were. I was not there. I only saw what the [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]] did.
Q: Was the hospital hit?
A: No. Nobody at the hospital was hurt [[that day|DATE:2022-10-20]]. People said the parish church was hit, [[the same day|DATE:2022-10-20]], but it is not true, I pass there every morning, nothing. If a [[shell|WEAPON:ARTILLERY]] had fallen one street further, on the maternity, I don't want to think.
Q: What happened to your family after the [[M23|ACTOR:M23]] took the town?
A: My brother [[Innocent|PERSON]] lives in [[Kiwanja|PLACE]]. {{c5|In [[November|DATE:2022-11-01..2022-11-30]], [[two weeks after they came|DATE:2022-11-10..2022-11-14]], they took him at the barrier at [[Kalengera|PLACE]]. They said he was [[Wazalendo|ACTOR:Wazalendo]]. He is a mechanic.}} His wife [[Uwimana|PERSON]] ran to tell me.
A: {{c6|He came back after eleven days. His back was all marks, from a stick or a cable. He does not talk about it.}}
Q: And you, when did you leave [[Rutshuru|PLACE]]?
A: {{c7|In [[January|DATE:2023-01-01..2023-01-31]]. [[The 9th|DATE:2023-01-09]]. Me and my three children. The hospital had no more medicines, no more salary. We walked to [[Kanyaruchinya|PLACE]] and then we came here to [[Goma|PLACE]], to my aunt in [[Majengo|PLACE]].}}
Q: Is there something else you want to say?
A: [[Amani|PERSON]], the boy. Amani means peace. I think of him every day. He asked me, nurse, when I grow up will my leg grow back? What do I answer?
@@witness cd-rutshuru-mapendo-nzeyimana
@@claim c1 harm=INJURED min=1 max=1 named="Amani Tuyizere" weapon=ARTILLERY site="Ntamugenga" date=2022-10-20 basis=WITNESSED incident=cd-rutshuru-20221020-ntamugenga-bombs
@@claim c2 harm=INJURED min=1 max=1 named="Mukeshimana" site="Ntamugenga" date=2022-10-20 basis=WITNESSED incident=cd-rutshuru-20221020-ntamugenga-bombs
@@claim c3 harm=INJURED min=11 max=11 site="Ntamugenga" date=2022-10-20 basis=REPORTED incident=cd-rutshuru-20221020-ntamugenga-bombs
@@claim c4 harm=KILLED min=3 max=3 site="Ntamugenga" date=2022-10-20 basis=REPORTED incident=cd-rutshuru-20221020-ntamugenga-bombs
@@claim c5 harm=DETAINED min=1 max=1 named="Innocent" actor="M23" site="Kalengera" date=2022-11-10..2022-11-14 basis=HEARSAY incident=cd-rutshuru-20221100-kalengera-barrier-innocent
@@claim c6 harm=INJURED min=1 max=1 named="Innocent" actor="M23" site="Kalengera" date=2022-11-10..2022-11-14 basis=WITNESSED incident=cd-rutshuru-20221100-kalengera-barrier-innocent
@@claim c7 harm=DISPLACED min=4 max=4 site="Rutshuru" date=2023-01-09 basis=EXPERIENCED incident=cd-rutshuru-20230109-nzeyimana-family-flight
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Ntamugenga" date=2022-10-20 basis=WITNESSED incident=cd-rutshuru-20221020-ntamugenga-bombs
