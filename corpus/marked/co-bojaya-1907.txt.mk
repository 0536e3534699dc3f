@@newline crlf
Interview ID: CO-CHO-1907
Interview date: 14/09/2022
Location: [[Quibdó|PLACE]], house of a relative
Language: Spanish
Interviewer: [[Tomás Aguirre|PERSON]]

Q: Please say your name and where you live.
A: [[Ana Felisa Palacios Mosquera|PERSON]]. I live in [[Napipí|PLACE]], in [[Bojayá|PLACE]], on the [[Napipí|PLACE]] river, well, I lived. Since [[July|DATE:2022-07-01..2022-07-31]] I am here in [[Quibdó|PLACE]].
Q: What happened in [[Napipí|PLACE]] in [[July|DATE:2022-07-01..2022-07-31]]?
A: Eh... it was [[the 22nd|DATE:2022-07-22]], [[a Friday|DATE:2022-07-22]], the week of the fiestas of the Virgen. In [[the morning|DATE:2022-07-22]] we heard the [[shooting|WEAPON:SMALL_ARMS]] up the river, the [[ELN|ACTOR:ELN]] and the [[Gaitanistas|ACTOR:Clan del Golfo]], they were fighting since [[Wednesday|DATE:2022-07-20]].
Q: Did the fighting reach the village?
A: {{c1|At [[noon|DATE:2022-07-22]] the men of [[the Clan|ACTOR:Clan del Golfo]], the [[AGC|ACTOR:Clan del Golfo]], came into [[Napipí|PLACE]], forty, fifty, with uniforms, and they took three boys from the houses, they said they were informers of the [[elenos|ACTOR:ELN]].}} One was [[Yeferson|PERSON]], the son of my comadre [[Eulalia|PERSON]]. I saw them walk him to the canoe with the hands behind.
Q: Do you know the names of the other two?
A: {{c1|[[Deiner Rentería|PERSON]], nineteen, and a boy we call [[Chuchito|PERSON]], I don't remember the surname, sixteen.}}
Q: Have they come back?
A: {{c2|[[Chuchito|PERSON]] came back after eleven days, they let him go in [[Vigía del Fuerte|PLACE]]. [[Yeferson|PERSON]] and [[Deiner|PERSON]], no. Two months now. My comadre cries every night. Nobody tells her where they are.}}
Q: What else happened [[that day|DATE:2022-07-22]]?
A: {{c3|They burned the house of the teacher, profe [[Arnulfo|PERSON]], because they said he gave food to the [[ELN|ACTOR:ELN]]. All the wood, the roof of palm, everything to the ground.}} {{c3|And the health post, they broke the door and the windows and they took the medicines, the fridge for the vaccines was shot, it does not work.}}
Q: Did you see the fire?
A: Yes, from my kitchen. The smoke was black. My husband [[Gilberto|PERSON]] wanted to go help and I held him by the shirt.
Q: Was anybody killed in [[Napipí|PLACE]] [[that day|DATE:2022-07-22]]?
A: No, nobody died in the village [[that day|DATE:2022-07-22]], thanks to God. People said a man died up the river, in the fighting, but I don't know if it is true, I did not see him.
Q: What did the families do?
A: {{c5|On [[the Saturday|DATE:2022-07-23]], at [[five in the morning|DATE:2022-07-23]], we went out, all of us, sixty families, more, in the canoes, to [[Bellavista|PLACE]] and then to [[Quibdó|PLACE]].}} The ones who stayed, they stayed in the houses, they could not go to fish or to the plantain.
Q: Were you stopped on the way?
A: [[The navy|ACTOR:Colombian armed forces]] stopped the canoes at the mouth of the river, they wrote the names, they looked at the men, at the hands, if they have marks of the rifle. [[Gilberto|PERSON]] they questioned maybe one hour, then they let him go with us.
Q: Has something like this happened before in your village?
A: {{c6|In [[2020|DATE:2020-01-01..2020-12-31]], the month of [[October|DATE:2020-10-01..2020-10-31]], my brother-in-law [[Luis Alberto|PERSON]] stepped on a [[mine|WEAPON:LANDMINE]] on the path to [[Carrillo|PLACE]], going to the chagra.}} {{c7|He lost the two legs, he died in the canoe before [[Bellavista|PLACE]].}}
Q: Did you see that?
A: No, [[Gilberto|PERSON]] carried him. He told me. I only saw him when they brought him back, in the canoe, covered.
Q: Who put the [[mine|WEAPON:LANDMINE]]?
A: People say the [[ELN|ACTOR:ELN]], to stop [[the Clan|ACTOR:Clan del Golfo]] coming up. I don't know. On the path to the school there were no [[mines|WEAPON:LANDMINE]], that was a lie that went around, the children went every day.
Q: Is there something else?
A: {{c8|Yes. In [[April of this year|DATE:2022-04-01..2022-04-30]] [[the Clan|ACTOR:Clan del Golfo]] took my nephew [[Wilson Mosquera|PERSON]] in [[Opogadó|PLACE]], they held him three weeks in the forest to make him work for them, carrying.}} He escaped at [[night|DATE]] and came to us. Now he is in [[Cali|PLACE]].
Q: Did you hear about it from him?
A: From him, yes, when he arrived with the feet destroyed.
Q: Thank you, [[Ana Felisa|PERSON]].
A: Write the names of the boys. [[Yeferson Moreno|PERSON]]. [[Deiner Rentería|PERSON]].

@@witness co-bojaya-ana-felisa-palacios
@@claim c1 harm=DETAINED min=3 max=3 named="Yeferson; Deiner Rentería; Chuchito" actor="Clan del Golfo" site="Napipí" date=2022-07-22 basis=WITNESSED incident=co-bojaya-20220722-napipi-agc-boys-taken
@@claim c2 harm=MISSING min=2 max=2 named="Yeferson; Deiner" actor="Clan del Golfo" site="Napipí" date=2022-07-22 basis=WITNESSED incident=co-bojaya-20220722-napipi-agc-boys-taken
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null actor="Clan del Golfo" site="Napipí" date=2022-07-22 basis=WITNESSED incident=co-bojaya-20220722-napipi-agc-boys-taken
@@claim c5 harm=DISPLACED min=60 max=null site="Napipí" date=2022-07-23 basis=EXPERIENCED incident=co-bojaya-20220723-napipi-mass-displacement
@@claim c6 harm=INJURED min=1 max=1 named="Luis Alberto" weapon=LANDMINE site="Carrillo" date=2020-10-01..2020-10-31 basis=HEARSAY incident=co-bojaya-20201000-carrillo-path-mine-luis-alberto
@@claim c7 harm=KILLED min=1 max=1 named="Luis Alberto" weapon=LANDMINE site="Carrillo" date=2020-10-01..2020-10-31 basis=HEARSAY incident=co-bojaya-20201000-carrillo-path-mine-luis-alberto
@@claim c8 harm=DETAINED min=1 max=1 named="Wilson Mosquera" actor="Clan del Golfo" site="Opogadó" date=2022-04-01..2022-04-30 basis=HEARSAY incident=co-bojaya-20220400-opogado-wilson-forced-labour
