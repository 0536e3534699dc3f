Interview ID: AZ-BRD-614
Interview date: 2020-12-02
Location: [[Barda|PLACE]], [[Azerbaijan|PLACE]]
Language: Azerbaijani
Interviewer: [[Mirela Popescu|PERSON]]
Interpreter: [[Farid Huseynov|PERSON]]

Interviewer: Thank you for speaking with us. What is your name and your work?
Witness: [[Elnur Rzayev|PERSON]]. I am a pharmacist. My pharmacy is on the central street of [[Berde|PLACE:Barda]], across from the shops of clothes, fifty metres from the roundabout.
Interpreter: He says [[Berde|PLACE:Barda]], it is the same as [[Barda|PLACE]].
Interviewer: Were you at the pharmacy on [[the 28th of October|DATE:2020-10-28]]?
Witness: Yes. [[Wednesday|DATE:2020-10-28]]. [[About one o'clock|DATE:2020-10-28]], the time when people come out for lunch and for the bank. I was behind the counter with my assistant [[Sabina|PERSON]].
Interviewer: What happened?
Witness: First a sound like tearing cloth, in the sky. Then many explosions, small, fast, tak-tak-tak-tak, all along the street. The [[cluster|WEAPON:CLUSTER_MUNITION]]. The [[Smerch rockets|WEAPON:CLUSTER_MUNITION]] that open and throw the small [[bombs|WEAPON:CLUSTER_MUNITION]]. Our glass door came in. {{c1|[[Sabina|PERSON]] was hit in the shoulder by a piece of metal through the window.}}
Interviewer: What did you see outside?
Witness: [pause] {{c2|In front of my door, on fifty metres, I saw seven or eight people on the ground, dead. The old man [[Tofig|PERSON]], who sold newspapers at the corner, and a boy, [[Emil|PERSON]], fourteen, I knew him, he bought vitamins for his grandmother.}} {{c3|Many wounded, many, I cannot count. I and [[Sabina|PERSON]], with her shoulder, we gave bandages to everybody until the ambulances came.}}
Interviewer: Do you know how many people died in total?
Witness: {{c4|The television said twenty-one.}} {{c5|People in the street said more than twenty-five, because some died later, in [[Yevlakh|PLACE]] and in [[Baku|PLACE]] in the hospitals.}} I only know what I saw. Seven or eight.
Interviewer: Who do you think fired these [[rockets|WEAPON:ROCKET]]?
Witness: [[The Armenians|ACTOR:Armenian forces]]. The day before they had also fired on the villages of [[Barda|PLACE]]. [[The enemy|ACTOR:Armenian forces]] knows there is no military in the centre of [[Barda|PLACE]], there is no base here, only the market and the bank and the pharmacies. They fired at the people.
Interviewer: You said the day before. What happened [[the day before|DATE]]?
Witness: {{c6,c8|[[The 27th|DATE:2020-10-27]], in [[Garayusifli|PLACE]], a village near [[Barda|PLACE]], a [[rocket|WEAPON:ROCKET]] fell on the houses.}} {{c6|My cousin lives there and he told me five people died, one of them a small girl, [[Aysu|PERSON]], seven years.}} I did not see it. [inaudible] ...near the road to [[Aghdam|PLACE]].
Interviewer: Were you or your family hurt on [[the 28th|DATE:2020-10-28]]?
Witness: Me, no, nothing, not a scratch. My family was at home, far from the centre. If the [[rockets|WEAPON:ROCKET]] had come one hour before, my daughter would have been walking home from school on this street. I think about this every day.
Interviewer: What happened to the pharmacy?
Witness: {{c7|The door, the windows, the shelves with the glass bottles, all broken. The wall outside has small holes, like a face with the smallpox, you can still see.}} I opened again after nine days.
Interviewer: Thank you, Mr. [[Rzayev|PERSON]].
@@claim c1 harm=INJURED min=1 max=1 named="Sabina" weapon=CLUSTER_MUNITION actor="Armenian forces" site="Berde" date=2020-10-28 basis=WITNESSED incident=az-barda-20201028-centre-cluster-rockets
@@claim c2 harm=KILLED min=7 max=8 named="Tofig; Emil" weapon=CLUSTER_MUNITION actor="Armenian forces" site="Berde" date=2020-10-28 basis=WITNESSED incident=az-barda-20201028-centre-cluster-rockets
@@claim c3 harm=INJURED min=null max=null weapon=CLUSTER_MUNITION actor="Armenian forces" site="Berde" date=2020-10-28 basis=WITNESSED incident=az-barda-20201028-centre-cluster-rockets
@@claim c4 harm=KILLED min=21 max=21 weapon=CLUSTER_MUNITION actor="Armenian forces" site="Berde" date=2020-10-28 basis=REPORTED incident=az-barda-20201028-centre-cluster-rockets
@@claim c5 harm=KILLED min=26 max=null weapon=CLUSTER_MUNITION actor="Armenian forces" site="Berde" date=2020-10-28 basis=HEARSAY incident=az-barda-20201028-centre-cluster-rockets
@@claim c6 harm=KILLED min=5 max=5 named="Aysu" weapon=ROCKET actor="Armenian forces" site="Garayusifli" date=2020-10-27 basis=HEARSAY incident=az-barda-20201027-garayusifli-rocket
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION actor="Armenian forces" site="Berde" date=2020-10-28 basis=WITNESSED incident=az-barda-20201028-centre-cluster-rockets
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Armenian forces" site="Garayusifli" date=2020-10-27 basis=HEARSAY incident=az-barda-20201027-garayusifli-rocket
@@witness az-barda-elnur-rzayev
