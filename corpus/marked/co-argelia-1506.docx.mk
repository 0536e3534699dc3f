TRANSCRIPCIÓN / TRANSCRIPT
Interview ID: CO-CAU-1506
Date of interview: 22 May 2024
Place of interview: [[Popayán|PLACE]], [[Cauca|PLACE]]
Language: Spanish; English by the interviewer
Interviewer: [[Greta Lindahl|PERSON]]
Q: You taught in [[El Plateado|PLACE]]. For how long?
A: Nine years in the school of [[El Plateado|PLACE]]. Before that in a little school in the vereda [[La Emperatriz|PLACE]], up the mountain from [[Argelia|PLACE]].
Q: I want to ask about [[March|DATE:2024-03-01..2024-03-31]]. What happened on [[the day of the attack|DATE:2024-03-16]] on the police station?
A: {{c1,c2|It was [[Saturday the 16th|DATE:2024-03-16]], in [[the early morning|DATE:2024-03-16]], still dark. [[The dissidents|ACTOR:FARC dissidents]], the ones of [[Carlos Patiño|ACTOR:FARC dissidents]], started to throw the [[gas cylinders|WEAPON:MORTAR]] at the police station, and the police station is one block from the school.}}
A: {{c1|One [[cylinder|WEAPON:MORTAR]] fell short, on the school. The roof of the two classrooms of the sixth grade came down completely, the zinc sheets ended up in the football field.}} {{c9|And four houses next to the school were left without walls on the street side.}}
Q: Was anyone hurt?
A: {{c2|Doña [[Ovidia Muñoz|PERSON]], she was sixty-something, she sold arepas in front of the school, she was already lighting her fire. She died there.}} {{c3|And two boys from the boarding house, [[Yeferley|PERSON]] and [[Duvier Daza|PERSON]], were wounded by the pieces, [[Yeferley|PERSON]] in the arm, [[Duvier|PERSON]] in the back.}}
Q: Did you see it?
A: I live in the house of the teachers, behind the school. I saw [[Ovidia|PERSON]] on the ground when I went out, with the neighbours around. The boys I took myself to the health post in my motorbike.
Q: Was anybody from the police killed?
A: {{c10|I heard one policeman was wounded.}} That I did not see, the police did not let anybody near.
Q: Some people told us it was [[a Sunday|DATE:2024-03-17]], and three killed.
A: People say many things. It was [[Saturday|DATE:2024-03-16]], because Saturday the boarding boys stay, and Sunday they go home. One dead that I know, [[Ovidia|PERSON]]. If there was another, I do not know him.
Q: Had you been threatened before this?
A: {{c4|In [[November of last year|DATE:2023-11-01..2023-11-30]] [[the dissidents|ACTOR:FARC dissidents]] took my colleague, [[Anselmo Guaca|PERSON]], the Social Sciences teacher, from the classroom in front of the students, and kept him in a camp in the mountain twenty-three days, because they said he talked against the recruitment.}} He came back thinner, he went to [[Cali|PLACE]], he does not teach any more.
Q: And you yourself?
A: Me, they called me to a meeting, with three other teachers. The commander, they call him "[[el Zarco|PERSON]]", he said, teachers teach, teachers do not talk. They asked us questions for one hour, more or less, and then they let us go. Nothing happened, only the fear.
Q: You mentioned recruitment. Were students taken?
A: {{c5|From my class, [[Brayan Stiven Ruano|PERSON]], fifteen years, left in [[January|DATE:2024-01-01..2024-01-31]] with a motorbike boy, his mother thinks to the camp, and since then nobody knows anything of him, not a call, not a message.}} {{c6|Two others of ninth grade, [[Wilfer|PERSON]] and [[Jhon Deiver|PERSON]], went [[the same month|DATE:2024-01-01..2024-01-31]], the same way, and they also did not come back.}}
Q: Has [[the army|ACTOR:Colombian armed forces]] been in [[El Plateado|PLACE]]?
A: They come and go. At the entrance of [[Argelia|PLACE]] they stop the buses and check everybody's cédula. Once they took my brother-in-law [[Éider|PERSON]] off the bus, they looked at his phone, at his hands, if he had the hands of a coca picker, and after a while they let him get back on. They did not take him.
Q: Have there been [[drones|WEAPON:DRONE_STRIKE]] in the town?
A: {{c7|Yes. In [[April|DATE:2024-04-01..2024-04-30]], [[Holy Thursday|DATE:2024-03-28]], no, [[the Thursday after|DATE:2024-04-04]], a [[drone|WEAPON:DRONE_STRIKE]] dropped an [[explosive|WEAPON:DRONE_STRIKE]] near the trench of [[the army|ACTOR:Colombian armed forces]] by the cemetery and it burned the house of the [[Papamija|PERSON]] family, nothing left, only the stove.}} Nobody was in the house.
Q: Whose [[drone|WEAPON:DRONE_STRIKE]] was it?
A: [[The army|ACTOR:Colombian armed forces]] says of [[the dissidents|ACTOR:FARC dissidents]]. I did not see who.
Q: Did you leave [[El Plateado|PLACE]]?
A: {{c8|In [[April|DATE:2024-04-01..2024-04-30]], after [[the drone|WEAPON:DRONE_STRIKE]], I asked for a transfer and I came here to [[Popayán|PLACE]] with my wife and the baby.}} The school is still closed, they say. The classrooms without the roof are full of rain.
Q: Is there anything you want to add?
A: That the children of [[El Plateado|PLACE]] are good children. There is no other work there except the coca and the war. Write that.

@@witness co-argelia-teacher-1506
@@claim c1 harm=PROPERTY_DAMAGE min=2 max=2 weapon=MORTAR actor="FARC dissidents" site="El Plateado" date=2024-03-16 basis=WITNESSED incident=co-argelia-20240316-el-plateado-school-cylinders
@@claim c2 harm=KILLED min=1 max=1 named="Ovidia Muñoz" weapon=MORTAR actor="FARC dissidents" site="El Plateado" date=2024-03-16 basis=WITNESSED incident=co-argelia-20240316-el-plateado-school-cylinders
@@claim c3 harm=INJURED min=2 max=2 named="Yeferley; Duvier Daza" weapon=MORTAR actor="FARC dissidents" site="El Plateado" date=2024-03-16 basis=WITNESSED incident=co-argelia-20240316-el-plateado-school-cylinders
@@claim c4 harm=DETAINED min=1 max=1 named="Anselmo Guaca" actor="FARC dissidents" site="El Plateado" date=2023-11-01..2023-11-30 basis=WITNESSED incident=co-argelia-20231100-el-plateado-teacher-guaca-taken
@@claim c5 harm=MISSING min=1 max=1 named="Brayan Stiven Ruano" site="El Plateado" date=2024-01-01..2024-01-31 basis=WITNESSED incident=co-argelia-20240100-el-plateado-students-missing
@@claim c6 harm=MISSING min=2 max=2 named="Wilfer; Jhon Deiver" site="El Plateado" date=2024-01-01..2024-01-31 basis=HEARSAY incident=co-argelia-20240100-el-plateado-students-missing
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="El Plateado" date=2024-04-04 basis=WITNESSED incident=co-argelia-20240404-el-plateado-papamija-house-drone
@@claim c8 harm=DISPLACED min=3 max=3 site="El Plateado" date=2024-04-01..2024-04-30 basis=EXPERIENCED incident=co-argelia-20240400-teacher-1506-displaced
@@claim c9 harm=PROPERTY_DAMAGE min=4 max=4 weapon=MORTAR actor="FARC dissidents" site="El Plateado" date=2024-03-16 basis=WITNESSED incident=co-argelia-20240316-el-plateado-school-cylinders
@@claim c10 harm=INJURED min=1 max=1 weapon=MORTAR actor="FARC dissidents" site="El Plateado" date=2024-03-16 basis=HEARSAY incident=co-argelia-20240316-el-plateado-school-cylinders
