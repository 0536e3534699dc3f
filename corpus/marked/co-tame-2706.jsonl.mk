id: co-tame-2706
interview_date: 2023-06-02
place: Tame, Arauca, Colombia
language: Spanish, translated

INTERVIEWER: Thank you for coming. Please say your name, and where you are from.
WITNESS: [[Edilson Rivera Guerrero|PERSON]]. I was born in [[Arauquita|PLACE]], but for twenty years I live in [[Tame|PLACE]], I have a workshop for motorbikes, or I had. People call me [[el Catire|PERSON]] because of my hair, before it was white.
INTERVIEWER: You said on the phone that your nephew disappeared in [[2022|DATE:2022-01-01..2022-12-31]].
WITNESS: [[Deiver|PERSON]]. [[Deiver Alonso Pérez|PERSON]], the son of my sister [[Amparo|PERSON]]. Nineteen years old. {{c1|It was the first days of the year, [[before the Reyes|DATE:2022-01-01..2022-01-05]], he and his friends were going to the market in [[Arauquita|PLACE]] and at the bridge over the [[Caño Limon|PLACE:Caño Limón]] they were stopped and taken, four boys, that is what my sister told me, four.}}
INTERVIEWER: Another person from the vereda told us three.
WITNESS: Could be. My sister says four, with the boy of the [[Castaño|PERSON]] family and two others. Maybe one escaped, I was not there. I know only [[Deiver|PERSON]] did not come home. {{c2|Until today we have no news. No body, no call, nothing. My sister goes to every office with his photo.}}
INTERVIEWER: Who took them, do you know?
WITNESS: The [[elenos|ACTOR:ELN]], people say. The [[ELN|ACTOR:ELN]]. In that time the [[ELN|ACTOR:ELN]]... sorry, the [[ELN|ACTOR:ELN]] and the [[Frente 10|ACTOR:FARC dissidents]] were killing each other, and if you were young and from the wrong vereda they think you are with the other side.
INTERVIEWER: Let's talk about [[Tame|PLACE]]. What happened to your workshop?
WITNESS: The [[car bomb|WEAPON:IED]]. [[A Saturday night|DATE:2023-02-04]], in [[February|DATE:2023-02-01..2023-02-28]], [[the first Saturday|DATE:2023-02-04]], near the [[Los Libertadores park|PLACE]]... no, it was two blocks from the park, by the bank. I was closing. {{c3|The [[bomb|WEAPON:IED]] was in a white pickup, and when it exploded my workshop, the glass front, the shutters, the two motorbikes of clients, everything was thrown inside, the ceiling fell.}} {{c4|All the street, the windows blown in, the pharmacy, the shoe shop, maybe fifteen shops.}}
WITNESS: {{c5|I was hit in the back by the glass, eighteen stitches, and my helper, [[Kevin|PERSON]], he lost hearing in one ear.}} Nobody died, thank God, because it was late and the street was empty.
INTERVIEWER: Did anyone claim it?
WITNESS: The radio, La Voz del Cinaruco, said the police blamed [[the dissidents|ACTOR:FARC dissidents]]. Others said the [[ELN|ACTOR:ELN]]. In [[Tame|PLACE]] there is no one who knows for sure.
INTERVIEWER: Were you ever stopped or threatened yourself?
WITNESS: Many times. At the checkpoint of [[the army|ACTOR:Colombian armed forces]] on the road to [[Fortul|PLACE]] they check my papers, they open the box of tools, one time they held me two hours in the sun, then go, go. Normal. {{c6|But my neighbour, [[Ferney Salcedo|PERSON]], in [[May 2022|DATE:2022-05-01..2022-05-31]], [[the army|ACTOR:Colombian armed forces]] arrested him with his two brothers at that checkpoint, they said he was a collaborator, they took them to [[Arauca|PLACE]], he was in the jail four months.}}
WITNESS: {{c7|And a client of mine, Don [[Hernán|PERSON]], the cattle man, [[the dissidents|ACTOR:FARC dissidents]] kidnapped him from his farm near [[Betoyes|PLACE]], in [[the rainy season|DATE:2022-04-01..2022-11-30]], for money.}} His family paid, he came back thin like a stick.
INTERVIEWER: Was anyone you knew killed?
WITNESS: {{c8|Yes. [[Yurany|PERSON]], the girl who sold the empanadas, on [[the 22nd of January|DATE:2022-01-22]], they shot her from a motorbike, in [[Tame|PLACE]], in front of the school, the [[gunfire|WEAPON:SMALL_ARMS]], I heard eight, nine [[shots|WEAPON:SMALL_ARMS]] from my workshop.}} She was twenty-three. They said she had a boyfriend from the other side. Lies maybe.
INTERVIEWER: And now, where do you live?
WITNESS: {{c9|In [[Yopal|PLACE]], in [[Casanare|PLACE]]. After the [[bomb|WEAPON:IED]] I closed, I had no money to fix the ceiling, and somebody put a paper under the door, a pamphlet, that we must pay the vacuna or leave. So we left, me, my wife [[Sandra|PERSON]], the two kids.}}
INTERVIEWER: Thank you, [[Edilson|PERSON]].
@@witness co-tame-edilson-rivera
@@claim c1 harm=DETAINED min=4 max=4 named="Deiver" site="Caño Limon" date=2022-01-01..2022-01-05 basis=HEARSAY incident=co-arauquita-20220104-cano-limon-bridge-motorbike-boys
@@claim c2 harm=MISSING min=1 max=1 named="Deiver" site="Caño Limon" date=2022-01-01..2022-01-05 basis=HEARSAY incident=co-arauquita-20220104-cano-limon-bridge-motorbike-boys
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Tame" date=2023-02-04 basis=EXPERIENCED incident=co-tame-20230204-bank-street-car-bomb
@@claim c4 harm=PROPERTY_DAMAGE min=15 max=15 weapon=IED site="Tame" date=2023-02-04 basis=WITNESSED incident=co-tame-20230204-bank-street-car-bomb
@@claim c5 harm=INJURED min=2 max=2 named="Kevin" weapon=IED site="Tame" date=2023-02-04 basis=EXPERIENCED incident=co-tame-20230204-bank-street-car-bomb
@@claim c6 harm=DETAINED min=3 max=3 named="Ferney Salcedo" actor="Colombian armed forces" date=2022-05-01..2022-05-31 basis=HEARSAY incident=co-tame-20220500-fortul-road-checkpoint-salcedo-brothers
@@claim c7 harm=DETAINED min=1 max=1 named="Hernán" actor="FARC dissidents" site="Betoyes" date=2022-04-01..2022-11-30 basis=HEARSAY incident=co-tame-20220000-betoyes-cattleman-kidnap
@@claim c8 harm=KILLED min=1 max=1 named="Yurany" weapon=SMALL_ARMS site="Tame" date=2022-01-22 basis=WITNESSED incident=co-tame-20220122-empanada-seller-shooting
@@claim c9 harm=DISPLACED min=4 max=4 named="Edilson; Sandra" site="Tame" basis=EXPERIENCED incident=co-tame-20230200-rivera-family-extortion-flight
