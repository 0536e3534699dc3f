Interview ID: CO-SUA-323
Date of interview: 14/08/2024
Place of interview: [[Santander de Quilichao|PLACE]], [[Cauca|PLACE]]
Language: Spanish (interpreted)
Interviewer: [[Mark Ellison|PERSON]]
Interpreter: [[Catalina Ordóñez|PERSON]]

Interviewer: Where are you from?
Witness: From [[La Toma|PLACE]], in [[Suárez|PLACE]], [[Cauca|PLACE]]. Black community, the ancestral territory, we have been there since the slavery, in the gold mines by the river [[Ovejas|PLACE]].
Interviewer: And what do you do there?
Witness: I am in the community council. Also I farm, plantain, coffee, and my husband does the small mining, the artisanal, with the pan.
Interviewer: When did the situation become dangerous for you?
Witness: Always a little. But [[after 2022|DATE]] [[the dissidents|ACTOR:FARC dissidents]] of [[the Jaime Martínez front|ACTOR:FARC dissidents]] came strong. They want the gold, the roads to the [[Naya|PLACE]], the coca. And who says no, eh... you understand.
Interviewer: Can you tell me about the attack in the town of [[Suárez|PLACE]]?
Witness: Yes. It was the market day, [[Sunday|DATE:2024-05-19]], [[the 19th of May|DATE:2024-05-19]]. In [[the morning|DATE]], [[ten, half past ten|DATE]]. They left a [[motorcycle bomb|WEAPON:IED]] in front of the police station, a [[moto bomba|WEAPON:IED]] as we say.
Interpreter: She says "moto bomba", a motorcycle packed with explosives.
Witness: {{c1|It exploded when the people were buying. A policeman died, a young one, [[Cristian Larrahondo|PERSON]], and a woman who sold fruit, doña [[Rosalba Viveros|PERSON]].}} {{c2|And wounded, I think eleven, twelve, I saw them in the health centre because I went with my cousin [[Yamileth|PERSON]], she had glass in the arm.}}
Interviewer: Were you in the town?
Witness: I was two blocks away, buying rice. The sound... {{c6|the windows of the shop fell on us.}}
Interviewer: Who do you think placed it?
Witness: Everybody says [[the dissidents|ACTOR:FARC dissidents]], the [[Jaime Martínez|ACTOR:FARC dissidents]]. They did the same in [[Jamundí|PLACE]] and [[Morales|PLACE]] [[that week|DATE]]. Me, I did not see who left the [[motorcycle|WEAPON:IED]].
Interviewer: Has anyone in the community council been targeted?
Witness: {{c3|Our coordinator, [[Aurelio Mina|PERSON]], "[[el Profe|PERSON]]" we called him, was killed in [[March|DATE:2024-03-01..2024-03-31]], [[the 2nd or the 3rd|DATE:2024-03-02..2024-03-03]], on the road to [[Yolombó|PLACE]], two men on a motorbike shot him with a [[pistol|WEAPON:SMALL_ARMS]].}} {{c3|His son [[Eider|PERSON]] found him, I saw him after, in the coffin.}}
Interpreter: Mina is a common surname in the community. Here it is his name, not a mine.
Witness: Yes, [[Mina|PERSON]], like many of us. My grandmother was a [[Mina|PERSON]] also. And there are real [[mines|WEAPON:LANDMINE]] too, in the hills behind [[Mindalá|PLACE]].
Interviewer: Have [[mines|WEAPON:LANDMINE]] hurt anyone you know?
Witness: {{c4|Yes, a boy, [[Kevin Carabalí|PERSON]], twelve years, in [[January|DATE:2024-01-01..2024-01-31]], on the path up to the school in [[Mindalá|PLACE]]. He lost the foot.}} His mother [[Leidy|PERSON]] told us in the council meeting. Now we do not let the children go up that path.
Interviewer: Have you received threats yourself?
Witness: Two pamphlets, with my name and the names of four others, [[Wilson Balanta|PERSON]], [[Nelly Possú|PERSON]], [[Álvaro Lucumí|PERSON]] and [[Francia Ararat|PERSON]]. They said if we continue against the mining with machines, they will kill us and our families. They have not done it. Not yet.
Interviewer: Is that why you are here in [[Santander de Quilichao|PLACE]]?
Witness: {{c5|Yes. Since [[June|DATE:2024-06-01..2024-06-30]] I am here with my two daughters, in my sister's house. My husband stayed, to not lose the land.}}
Interviewer: Was there also fighting between [[the army|ACTOR:Colombian armed forces]] and [[the dissidents|ACTOR:FARC dissidents]] near [[La Toma|PLACE]]?
Witness: Not in [[La Toma|PLACE]] itself, no. There was no combat in our village. The combats were in the high part, near [[Betulia|PLACE]]. From there we heard the [[gunfire|WEAPON:SMALL_ARMS]] at night and the helicopters of [[the army|ACTOR:Colombian armed forces]].
@@witness co-suarez-council-member-323
@@claim c1 harm=KILLED min=2 max=2 named="Cristian Larrahondo; Rosalba Viveros" weapon=IED actor="FARC dissidents" site="Suárez" date=2024-05-19 basis=WITNESSED incident=co-suarez-20240519-police-station-moto-bomb
@@claim c2 harm=INJURED min=11 max=12 named="Yamileth" weapon=IED actor="FARC dissidents" site="Suárez" date=2024-05-19 basis=WITNESSED incident=co-suarez-20240519-police-station-moto-bomb
@@claim c3 harm=KILLED min=1 max=1 named="Aurelio Mina" weapon=SMALL_ARMS site="Yolombó" date=2024-03-02..2024-03-03 basis=HEARSAY incident=co-suarez-20240302-aurelio-mina-killing
@@claim c4 harm=INJURED min=1 max=1 named="Kevin Carabalí" weapon=LANDMINE site="Mindalá" date=2024-01-01..2024-01-31 basis=HEARSAY incident=co-suarez-20240100-mindala-mine-kevin
@@claim c5 harm=DISPLACED min=3 max=3 site="La Toma" date=2024-06-01..2024-06-30 basis=EXPERIENCED incident=co-suarez-20240600-council-member-displaced
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="FARC dissidents" site="Suárez" date=2024-05-19 basis=EXPERIENCED incident=co-suarez-20240519-police-station-moto-bomb
