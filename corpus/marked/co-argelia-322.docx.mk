ENTREVISTA / INTERVIEW
Interview ID: CO-ARG-322
Date of interview: 3 December 2024
Place of interview: [[Argelia|PLACE]] (town), [[Cauca|PLACE]]
Language: Spanish; English translation by the interviewer
Interviewer: [[Julia Restrepo|PERSON]]
Q: You work in health in [[El Plateado|PLACE]]?
A: I am the auxiliary nurse of the health post of [[El Plateado|PLACE]], eleven years. Before me there was nobody. One doctor comes twice a month, Dr. [[Camilo Rengifo|PERSON]], when the road is open.
Q: I want to ask about [[the drone|WEAPON:DRONE_STRIKE]] that fell near the football field in [[October|DATE:2024-10-01..2024-10-31]].
A: Yes. It was [[Saturday|DATE:2024-10-19]], [[the 19th|DATE:2024-10-19]], at [[dusk|DATE]], the light was going. I know it was [[Saturday|DATE:2024-10-19]] because Saturday the people from the veredas come down to the market, and the field was full.
Q: Someone else told us [[Sunday the 20th|DATE:2024-10-20]].
A: No, [[Saturday|DATE:2024-10-19]]. On [[Sunday|DATE:2024-10-20]] I was already in [[Popayán|PLACE]] with the patients. I am sure.
Q: What did you see?
A: {{c1|They brought me three children, not two, three. [[Brayan Ordóñez|PERSON]], nine years, with his sister [[Yuliana|PERSON]], and a cousin of them, a small one, [[Santiago|PERSON]], with metal in the legs and the belly.}} I put the lines, I stopped the blood, we had very little. [[Hernán|PERSON]], the promoter, held the lamp.
A: {{c2|And doña [[Esperanza|PERSON]], the one of the empanadas. She was alive when they brought her, talking, asking for her grandchildren. She died in the helicopter of [[the army|ACTOR:Colombian armed forces]], on the way to [[Popayán|PLACE]].}}
Q: Who dropped the [[explosive|WEAPON:DRONE_STRIKE]]?
A: [[The drones|WEAPON:DRONE_STRIKE]] are of [[the Carlos Patiño front|ACTOR:FARC dissidents]], everybody knows. [[The army|ACTOR:Colombian armed forces]] does not throw [[bombs|WEAPON:DRONE_STRIKE]] from [[drones|WEAPON:DRONE_STRIKE]] on its own soldiers.
Q: Were soldiers hurt too?
A: {{c3|One soldier, a boy from [[Nariño|PLACE]], with his ear broken by the blast, I treated him also.}} Only one that I saw.
Q: Had the health post received threats?
A: Yes. In [[2023|DATE:2023-01-01..2023-12-31]] [[the dissidents|ACTOR:FARC dissidents]] said that if we treat soldiers they will burn the post. They never burned it. I treat who comes. A wound has no uniform.
Q: Have you seen other attacks in [[Argelia|PLACE]]?
A: Many years of attacks. [[El Mango|PLACE]], the police station, they attacked it many times with [[tatucos|WEAPON:MORTAR]], homemade [[mortars|WEAPON:MORTAR]], [[gas cylinders|WEAPON:MORTAR]] full of explosive.
Q: Can you tell about one you remember?
A: {{c4,c6,c7|In [[June 2021|DATE:2021-06-01..2021-06-30]], in [[El Mango|PLACE]], the [[tatucos|WEAPON:MORTAR]] fell short, on the houses beside the station, not on the station.}} {{c4,c6|A young policeman, [[Jhon Jairo Mosquera|PERSON]], was killed, and two civilians wounded, don [[Efraín Guzmán|PERSON]] and his daughter [[Dayana|PERSON]].}} I was there [[that week|DATE]] for the vaccination, I treated the daughter.
Q: Did people leave [[El Plateado|PLACE]] [[after October|DATE]]?
A: {{c5|Yes, many. From my vereda, [[La Belleza|PLACE]], nine families went down, the ones with young sons, because [[the dissidents|ACTOR:FARC dissidents]] were taking boys to fight.}} Only the old ones stay.
Q: Did you think of leaving?
A: Every day. But who will sew the wounds? If I go, the post closes. So I stay.
@@witness co-argelia-nurse-322
@@claim c1 harm=INJURED min=3 max=3 named="Brayan Ordóñez; Yuliana; Santiago" weapon=DRONE_STRIKE actor="FARC dissidents" site="El Plateado" date=2024-10-19 basis=WITNESSED incident=co-argelia-20241020-el-plateado-field-drone
@@claim c2 harm=KILLED min=1 max=1 named="Esperanza" weapon=DRONE_STRIKE actor="FARC dissidents" site="El Plateado" date=2024-10-19 basis=WITNESSED incident=co-argelia-20241020-el-plateado-field-drone
@@claim c3 harm=INJURED min=1 max=1 weapon=DRONE_STRIKE actor="FARC dissidents" site="El Plateado" date=2024-10-19 basis=WITNESSED incident=co-argelia-20241020-el-plateado-field-drone
@@claim c4 harm=KILLED min=1 max=1 named="Jhon Jairo Mosquera" weapon=MORTAR site="El Mango" date=2021-06-01..2021-06-30 basis=HEARSAY incident=co-argelia-20210600-el-mango-tatucos
@@claim c6 harm=INJURED min=2 max=2 named="Efraín Guzmán; Dayana" weapon=MORTAR site="El Mango" date=2021-06-01..2021-06-30 basis=WITNESSED incident=co-argelia-20210600-el-mango-tatucos
@@claim c5 harm=DISPLACED min=9 max=9 actor="FARC dissidents" site="La Belleza" date=2024-10-01..2024-12-03 basis=WITNESSED incident=co-argelia-20240000-la-belleza-displacement
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="El Mango" date=2021-06-01..2021-06-30 basis=HEARSAY incident=co-argelia-20210600-el-mango-tatucos
