INTERVIEW RECORD
Interview ID: SS-MAL-906
Date of interview: 14 May 2016
Place of interview: [[Malakal|PLACE]] PoC site, sector 1
Language: Nuer, interpreted into English
Interviewer: [[Grace Lumumba|PERSON]]
Interpreter: [[Gatdet Ruach|PERSON]]
Q: Please tell me your name.
A: [[Nyakuoth Gatluak Chuol|PERSON]]. I am from [[Leer|PLACE]], in [[Unity|PLACE]] State. I came to [[Malakal|PLACE]] after my village was destroyed.
Q: What happened in [[Leer|PLACE]]?
A: {{c1|In [[2015|DATE:2015-01-01..2015-12-31]], in the rainy time, [[May|DATE:2015-05-01..2015-05-31]] I think, [[the government soldiers|ACTOR:South Sudan People's Defence Forces]] and the youth from [[Koch|PLACE]] came to our village near [[Leer|PLACE]] town. They burned all the tukuls, and they took the cattle.}} {{c2|My husband [[Bol Kuany|PERSON]] was shot by the cattle byre. I saw him fall.}} {{c3|They took my sister's girls, [[Nyaruach|PERSON]] and [[Nyalual|PERSON]]. We never saw them again.}}
Q: How did you reach [[Malakal|PLACE]]?
A: {{c4|We ran into the swamp, two weeks, with my three children, eating water lilies. Then a boat, then the UN plane to [[Malakal|PLACE]].}}
Q: Were you here in the PoC in [[February|DATE:2016-02-01..2016-02-29]]?
A: Yes. [[The night of the 17th|DATE:2016-02-17]], the Dinka youth inside started fighting with machetes, and then [[before morning|DATE:2016-02-18]] the [[SPLA|ACTOR:South Sudan People's Defence Forces]] came with [[guns|WEAPON:SMALL_ARMS]], from the gate side.
Q: Did you see the soldiers yourself?
A: I saw the uniforms, the green. They were shooting and they were putting fire. {{c5|The Nuer shelters near me, maybe sixty, all burned.}}
Q: Were people hurt near you?
A: {{c6|The son of my neighbour, [[Tut|PERSON]], he was fifteen, they shot him in the stomach. He died in the MSF clinic [[two days after|DATE]].}} {{c7|Old [[Gai Nyuon|PERSON]], he could not run, he burned inside his shelter.}} [crying]
Q: Do you know how many died?
A: {{c8|We buried forty. The community leaders said forty and more.}} The UN said less, I heard on the radio maybe twenty-five. But we buried forty, I was there at the graves.
Q: Was anyone taken away?
A: No, nobody was taken, they only killed and burned and then they went out.
Q: After the attack, where did you sleep?
A: {{c10,c5|Our shelter was gone, so we slept in the open near the UN fence, maybe two weeks, me and the children and my sister [[Nyabuay|PERSON]] with her four.}} When the rain came the children were sick, the small one had diarrhoea. The organisations brought plastic sheets at [[the end of February|DATE:2016-02-20..2016-02-29]].
Q: Did anyone from the government come to ask what happened?
A: Nobody. People from the UN came with notebooks, like you. [laughs] Sorry. I know you are different.
Q: Who do you think sent them?
A: The government, [[Salva|PERSON]]'s people. In [[Leer|PLACE]] the same people. The [[IO|ACTOR:SPLA-IO]] fighters were not here, nobody here had guns, only the Dinka youth had machetes, and us, nothing.
Q: Who else from your sector do you know was hurt?
A: {{c9|[[Nyagoa Kuol|PERSON]], my friend, she was cut on the head with a panga when she ran. And the two boys of [[Chuol Duoth|PERSON]], [[Bichiok|PERSON]] and [[Machar|PERSON]], shot in the legs.}} They are in the clinic still.
Q: Anything else you want to say?
A: If the UN soldiers leave, we die. That is all.
@@witness ss-malakal-nyakuoth-gatluak
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null actor="South Sudan People's Defence Forces" site="Leer" date=2015-05-01..2015-05-31 basis=WITNESSED incident=ss-leer-20150505-village-raid
@@claim c2 harm=KILLED min=1 max=1 named="Bol Kuany" weapon=SMALL_ARMS actor="South Sudan People's Defence Forces" site="Leer" date=2015-05-01..2015-05-31 basis=WITNESSED incident=ss-leer-20150505-village-raid
@@claim c3 harm=MISSING min=2 max=2 named="Nyaruach; Nyalual" actor="South Sudan People's Defence Forces" site="Leer" date=2015-05-01..2015-05-31 basis=WITNESSED incident=ss-leer-20150505-village-raid
@@claim c4 harm=DISPLACED min=4 max=4 site="Leer" date=2015-05-01..2015-05-31 basis=EXPERIENCED incident=ss-leer-20150505-village-raid
@@claim c5 harm=PROPERTY_DAMAGE min=60 max=60 actor="South Sudan People's Defence Forces" site="Malakal" date=2016-02-18 basis=WITNESSED incident=ss-malakal-20160217-poc-attack
@@claim c6 harm=KILLED min=1 max=1 named="Tut" weapon=SMALL_ARMS actor="South Sudan People's Defence Forces" site="Malakal" date=2016-02-18 basis=WITNESSED incident=ss-malakal-20160217-poc-attack
@@claim c7 harm=KILLED min=1 max=1 named="Gai Nyuon" actor="South Sudan People's Defence Forces" site="Malakal" date=2016-02-18 basis=WITNESSED incident=ss-malakal-20160217-poc-attack
@@claim c8 harm=KILLED min=40 max=null actor="South Sudan People's Defence Forces" site="Malakal" date=2016-02-18 basis=WITNESSED incident=ss-malakal-20160217-poc-attack
@@claim c9 harm=INJURED min=3 max=3 named="Nyagoa Kuol; Bichiok; Machar" actor="South Sudan People's Defence Forces" site="Malakal" date=2016-02-18 basis=WITNESSED incident=ss-malakal-20160217-poc-attack
@@claim c10 harm=DISPLACED min=9 max=9 named="Nyabuay" site="Malakal" date=2016-02-18 basis=EXPERIENCED incident=ss-malakal-20160217-poc-attack
