TESTIMONIO / TESTIMONY
Interview ID: CO-TOR-822
Date of interview: 30/08/2023
Place of interview: [[Popayán|PLACE]], [[Cauca|PLACE]]
Language: Spanish; English notes by the interviewer
Interviewer: [[Camila Arboleda|PERSON]]
Q: You are a teacher in [[Toribío|PLACE]]?
A: Yes, of mathematics, in the secondary school, [[Institución Educativa Eduardo Santos|PLACE]]. My name is [[Hernando Quintero|PERSON]]. I am not Nasa, I am from [[Cali|PLACE]], but twenty years in [[Toribio|PLACE:Toribío]], my wife is from there.
Q: We are collecting testimonies on the explosion at the market in [[July|DATE:2023-07-01..2023-07-31]].
A: The [[motorcycle bomb|WEAPON:IED]], on [[the fifteenth of July|DATE:2023-07-15]]. [[A Saturday|DATE]]. I was in the hardware store with my son, two blocks from the park. We heard it, the windows shook, and I ran there. I am a first aid volunteer of the Red Cross, the local committee.
Q: What did you see when you arrived?
A: Smoke, the stalls turned over, fruit everywhere, a motorbike in pieces, burning. {{c1|Three dead, I saw three: an old man selling oranges, don [[Aurelio|PERSON]], a boy of the coffee, and a woman who I think was from [[Jambaló|PLACE]], she had a red shawl.}} The boy, they told me later, [[Yeison Pavi|PERSON]], nineteen.
Q: Another witness told us two died.
A: The woman died on the way, in the ambulance, before [[Santander|PLACE:Santander de Quilichao]]. Maybe they counted only the ones who died in the park. {{c1|For me it is three.}}
Q: And the wounded?
A: {{c2|Between ten and fifteen. I bandaged four myself, one policeman with the leg open.}} The hospital in [[Toribío|PLACE]] is small, so the ambulances took the bad ones to [[Santander de Quilichao|PLACE]].
Q: Who do you think was responsible?
A: Officially nobody said. But the pamphlets, [[the week before|DATE:2023-07-08..2023-07-14]], were signed by the [[Dagoberto Ramos|ACTOR:FARC dissidents]] column, of [[the dissidents|ACTOR:FARC dissidents]], the ones of [[Mordisco|PERSON]]. They said the police must leave the town or they will be a military target.
Q: Were there other attacks on the school or the students?
A: {{c3|In [[October of last year|DATE:2022-10-01..2022-10-31]], in the middle of a class, there was [[shooting|WEAPON:SMALL_ARMS]] between [[the army|ACTOR:Colombian armed forces]] and [[the dissidents|ACTOR:FARC dissidents]] on the hill, and a [[bullet|WEAPON:SMALL_ARMS]] came through the window and hit a girl of ninth grade, [[Jamileth|PERSON]], in the arm.}} We lay on the floor, forty children, for one hour.
Q: Did students leave the school because of the conflict?
A: {{c4|Yes. [[This year|DATE]] seven students left, they were recruited, [[the dissidents|ACTOR:FARC dissidents]] took them.}} Some came back, one, [[Anderson|PERSON]], escaped and his family sent him to [[Bogotá|PLACE]].
Q: Have you or your family been threatened?
A: They sent a message on my phone in [[2021|DATE:2021-01-01..2021-12-31]], that I talk too much about recruitment in class. Nothing happened. If they wanted to kill me, they could. I am still here, teaching fractions.
Q: What about [[Caldono|PLACE]]? Have you heard of [[drones|WEAPON:DRONE_STRIKE]] there?
A: {{c5|Yes, my colleague from [[Caldono|PLACE]], the teacher [[Amparo Noscué|PERSON]], told me that in [[May|DATE:2023-05-01..2023-05-31]] a [[drone|WEAPON:DRONE_STRIKE]] dropped an explosive near the school of [[Pescador|PLACE]] and two soldiers were injured.}} Nobody of the school was hurt, it was [[Sunday|DATE]].
Q: Thank you, professor.
A: Thank you for listening. In [[Toribío|PLACE]] people are tired of telling and nobody listening.
@@witness co-toribio-hernando-quintero
@@claim c1 harm=KILLED min=3 max=3 named="Aurelio; Yeison Pavi" weapon=IED actor="FARC dissidents" site="Toribio" date=2023-07-15 basis=WITNESSED incident=co-toribio-20230715-market-moto-bomba
@@claim c2 harm=INJURED min=10 max=15 weapon=IED actor="FARC dissidents" site="Toribio" date=2023-07-15 basis=WITNESSED incident=co-toribio-20230715-market-moto-bomba
@@claim c3 harm=INJURED min=1 max=1 named="Jamileth" weapon=SMALL_ARMS site="Toribío" date=2022-10-01..2022-10-31 basis=WITNESSED incident=co-toribio-20221000-school-crossfire-jamileth
@@claim c4 harm=MISSING min=7 max=7 actor="FARC dissidents" site="Toribío" date=2023-01-01..2023-08-30 basis=WITNESSED incident=co-toribio-20230000-school-recruitment
@@claim c5 harm=INJURED min=2 max=2 weapon=DRONE_STRIKE site="Pescador" date=2023-05-01..2023-05-31 basis=HEARSAY incident=co-caldono-20230500-pescador-drone-soldiers
