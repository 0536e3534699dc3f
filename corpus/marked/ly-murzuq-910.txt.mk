Interview ID: LY-MRZ-910
Date of interview: 9 October 2019
Place of interview: [[Sabha|PLACE]], [[Fezzan|PLACE]]
Language: Arabic
Interviewer: [[Tarek Benali|PERSON]]

Q: You were working at the hospital in [[Murzuk|PLACE:Murzuq]] in [[August|DATE:2019-08-01..2019-08-31]]?
A: Yes. I am a general doctor, [[Issa Mahamat Allatchi|PERSON]]. I was the only doctor on duty [[that night|DATE:2019-08-04]], with two nurses and a student.
Q: What time did the casualties arrive?
A: [[After ten at night|DATE:2019-08-04]], maybe [[half past ten|DATE:2019-08-04]]. We heard the explosions, two, close together. [[The drone|WEAPON:DRONE_STRIKE]] had been over the town all evening, you could hear it, like a small motorbike in the sky. Then the cars came with the wounded, one after another.
Q: How many did the hospital receive?
A: {{c1|I wrote in the book thirty-seven bodies [[that night|DATE:2019-08-04]], some were only parts, I am sorry to say. Among the names I wrote, I remember [[Mahamat Tchiroma|PERSON]], an elder, [[Ali Sougui|PERSON]], and the young [[Allamine|PERSON]], who brought the tea for the guests.}} {{c2|And fifty-eight wounded, of these maybe twenty were serious, we sent them to [[Sabha|PLACE]] by road, four hours.}} {{c3|Three died on the road or in [[Sabha Medical Center|PLACE]], so for me it is forty.}}
Q: Others have said forty-two or forty-three.
A: It is possible. Some families did not bring their dead to the hospital, they buried [[the same night|DATE:2019-08-04]]. I give you what I wrote.
Q: Do you remember any of the victims?
A: {{c4|A boy, [[Abdelkader|PERSON]], twelve, he died on the table. His father was a teacher, [[Mahamat Koki|PERSON]], he also died, we found him later among the bodies.}} {{c5|And [[Hawa Sidi|PERSON]], a nurse from our hospital, she was visiting her family there, she had injuries in both legs, she survived.}}
Q: Where did the [[strike|WEAPON:DRONE_STRIKE]] hit exactly?
A: A house in the [[Shabab|PLACE]] quarter, a big yard, people gathered for a meeting of reconciliation, between families. I did not go there, I stayed at the hospital, but the ambulance driver told me it was full of people.
Q: Was there anything else [[that night|DATE:2019-08-04]]?
A: {{c6,c8|Yes, [[the same night|DATE]], [[Um al-Aranib|PLACE]] was also hit, a house at the edge of the town.}} {{c6|Two brothers killed there, the [[Barkai|PERSON]] family.}} They brought them to our hospital also, [[before midnight|DATE]], because [[Um al-Aranib|PLACE]] has only a clinic.
Q: Did you know who was behind the [[strikes|WEAPON:DRONE_STRIKE]]?
A: The [[LNA|ACTOR:Libyan National Army]] announced it, they said they targeted "Chadian gangs". There were no armed men in that yard, I treated the wounded myself, they were civilians in jalabiyas, old men, children.
Q: Was the hospital itself damaged at any time?
A: No, not the hospital. {{c9|But in [[March|DATE:2019-03-01..2019-03-31]], when the fighting was in the town, [[mortar|WEAPON:MORTAR]] fell near the gate and broke the windows of the pharmacy.}} No one was hurt, thank God.
Q: What happened to the hospital staff [[after that night|DATE]]?
A: {{c7|Two of our nurses left [[Murzuq|PLACE]] with their families [[the following week|DATE:2019-08-05..2019-08-11]], to [[Ubari|PLACE]] and to [[Qatrun|PLACE]]. They were afraid of the next [[strike|WEAPON:DRONE_STRIKE]].}} I stayed, but I sent my wife and children to [[Sabha|PLACE]]. I did not sleep in my house after that, I slept in the hospital.
Q: Thank you, doctor.
A: Write that we had no blood, no oxygen. That is also part of the story.
@@witness ly-murzuq-issa-allatchi
@@claim c1 harm=KILLED min=37 max=37 named="Mahamat Tchiroma; Ali Sougui; Allamine" weapon=DRONE_STRIKE actor="Libyan National Army" site="Murzuk" date=2019-08-04 basis=WITNESSED incident=ly-murzuq-20190804-gathering-drone
@@claim c2 harm=INJURED min=58 max=58 weapon=DRONE_STRIKE actor="Libyan National Army" site="Murzuk" date=2019-08-04 basis=WITNESSED incident=ly-murzuq-20190804-gathering-drone
@@claim c3 harm=KILLED min=3 max=3 weapon=DRONE_STRIKE actor="Libyan National Army" site="Murzuk" date=2019-08-04 basis=WITNESSED incident=ly-murzuq-20190804-gathering-drone
@@claim c4 harm=KILLED min=2 max=2 named="Abdelkader; Mahamat Koki" weapon=DRONE_STRIKE actor="Libyan National Army" site="Shabab" date=2019-08-04 basis=WITNESSED incident=ly-murzuq-20190804-gathering-drone
@@claim c5 harm=INJURED min=1 max=1 named="Hawa Sidi" weapon=DRONE_STRIKE actor="Libyan National Army" site="Shabab" date=2019-08-04 basis=WITNESSED incident=ly-murzuq-20190804-gathering-drone
@@claim c6 harm=KILLED min=2 max=2 named="Barkai" actor="Libyan National Army" site="Um al-Aranib" date=2019-08-04 basis=WITNESSED incident=ly-umalaranib-20190804-house-strike
@@claim c7 harm=DISPLACED min=2 max=null site="Murzuk" date=2019-08-05..2019-08-11 basis=WITNESSED incident=ly-murzuq-20190804-gathering-drone
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null actor="Libyan National Army" site="Um al-Aranib" date=2019-08-04 basis=WITNESSED incident=ly-umalaranib-20190804-house-strike
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Murzuk" date=2019-03-01..2019-03-31 basis=WITNESSED incident=ly-murzuq-20190300-pharmacy-mortar
