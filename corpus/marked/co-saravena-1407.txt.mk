Interview ID: COL-ARA-1407
Date: 2023-08-17
Location: [[Saravena|PLACE]], [[Arauca|PLACE]]
Language: Spanish, interpreted into English
Interviewer: [[Ruth Okafor|PERSON]]
Interpreter: [[Andrés Pinzón|PERSON]]

Q: Thank you for seeing us, señora. Could you tell me your name?
A: [[Marleny Ortiz Becerra|PERSON]]. I was born in [[Fortul|PLACE]], in the vereda [[Caranal|PLACE]], I had a farm there with cacao and some cows.
Q: When did you leave [[Caranal|PLACE]]?
A: {{c1|In [[February of 2022|DATE:2022-02-01..2022-02-28]], after they killed the community president, we left with what we could carry, me, my husband and the four children, to [[Saravena|PLACE]].}} We slept in the coliseum with many families.
Q: Who killed the community president?
A: {{c2|Don [[Eliécer|PERSON]]... [[Eliécer Rojas|PERSON]], sixty, they took him out of his house at [[night|DATE:2022-02-05]], [[the 5th of February|DATE:2022-02-05]], and in [[the morning|DATE:2022-02-06]] his body was on the road to [[Fortul|PLACE]].}} People say it was [[the dissidents|ACTOR:FARC dissidents]], because he did not want to give them the list of the families.
[Interpreter: Don is a respectful title, like "sir".]
Q: Did you see this yourself?
A: The body, yes. I was going to milk the cows with my son. We saw him there with his hands tied.
Q: Were other people taken in your vereda?
A: {{c3|My son-in-law, [[Jhon Fredy Carvajal|PERSON]]. The [[elenos|ACTOR:ELN]] took him in [[March|DATE:2022-03-01..2022-03-31]], from the river, when he was fishing.}} A boy who was with him ran and came to tell us. This is what the boy told us, I did not see.
Q: And since then?
A: {{c4|Nothing. He never came back. My daughter has called his phone every day for a year, and it is off.}} [crying] [pause]
Q: We can stop if you want.
A: No, no. {{c4|I do not know if he is alive. Nobody tells us anything, not [[the army|ACTOR:Colombian armed forces]], not the Defensoría, not the groups.}}
Q: Was he on any list of missing people?
A: {{c5|In [[July|DATE:2022-07-01..2022-07-31]] the community radio of [[Saravena|PLACE]] read the names of the people disappeared in the war since [[January|DATE:2022-01-01..2022-01-31]], in [[Fortul|PLACE]], [[Tame|PLACE]] and [[Arauquita|PLACE]], more than forty names, and his name was there.}} {{c6|The same radio said that more than a hundred people were killed in [[Arauca|PLACE]] in those first months.}}
Q: Were you yourself ever held by one of the groups?
A: {{c7|Yes. In [[June 2022|DATE:2022-06-01..2022-06-30]] I went back to [[Caranal|PLACE]] to see the cows, with my husband, and [[the dissidents|ACTOR:FARC dissidents]] stopped us at a roadblock and kept us in a shed with other farmers, asking if we were collaborators of the [[ELN|ACTOR:ELN]].}} In [[the morning|DATE:2022-06-01..2022-06-30]] a commander said, go, and do not come back. They said if we came back they would kill us.
Q: Did anything happen to the farm?
A: {{c8|The house, they burned it, and they took the cows, all of them.}} I know this because Doña [[Rubiela|PERSON]], the neighbour who stayed, told me.
Q: Were there [[mines|WEAPON:LANDMINE]] in the area?
A: {{c9|Yes. My nephew [[Deiner|PERSON]], who was fourteen, stepped on a [[mine|WEAPON:LANDMINE]] in [[October 2022|DATE:2022-10-01..2022-10-31]], near the school of [[Caranal|PLACE]], and he lost his foot.}} {{c10|The other boy who was with him, [[Yeison|PERSON]], twelve, died there.}}
Q: How do you know?
A: I was in [[Fortul|PLACE]] [[that week|DATE:2022-10-01..2022-10-31]], at my sister's. I heard the explosion from her house, and I went with her to the hospital. I saw [[Deiner|PERSON]] there. [[Yeison|PERSON]] they brought already dead.
Q: Who put the [[mines|WEAPON:LANDMINE]], do you know?
A: Who knows. Both groups put them. I will not say a name I do not know.
Q: Have there been any other events you want to tell?
A: {{c11|In [[Saravena|PLACE]] also, in [[January|DATE:2023-01-01..2023-01-31]], the [[ELN|ACTOR:ELN]] took two boys from a barrio near the market, in a white truck, and they appeared [[after three weeks|DATE]].}} One of them is the son of my comadre. Nobody was hurt, only the fear.
Q: Is there anything more you want to say?
A: That the children of [[Arauca|PLACE]] are not for the war. Only that.

@@witness co-fortul-marleny-ortiz
@@claim c1 harm=DISPLACED min=6 max=6 site="Caranal" date=2022-02-05..2022-02-28 basis=EXPERIENCED incident=co-fortul-20220200-ortiz-family-flight
@@claim c2 harm=KILLED min=1 max=1 named="Eliécer Rojas" actor="FARC dissidents" site="Caranal" date=2022-02-05 basis=WITNESSED incident=co-fortul-20220205-caranal-junta-president
@@claim c3 harm=DETAINED min=1 max=1 named="Jhon Fredy Carvajal" actor="ELN" site="Caranal" date=2022-03-01..2022-03-31 basis=HEARSAY incident=co-fortul-20220300-carvajal-river-abduction
@@claim c4 harm=MISSING min=1 max=1 actor="ELN" site="Caranal" date=2022-03-01..2022-03-31 basis=WITNESSED incident=co-fortul-20220300-carvajal-river-abduction
@@claim c5 harm=MISSING min=41 max=null named="Jhon Fredy Carvajal" site="Arauca" date=2022-01-01..2022-07-31 basis=REPORTED incident=co-arauca-20220700-radio-disappeared-list
@@claim c6 harm=KILLED min=101 max=null site="Arauca" date=2022-01-01..2022-07-31 basis=REPORTED incident=co-arauca-20220700-radio-war-toll
@@claim c7 harm=DETAINED min=2 max=null actor="FARC dissidents" site="Caranal" date=2022-06-01..2022-06-30 basis=EXPERIENCED incident=co-fortul-20220600-caranal-roadblock-ortiz
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null actor="FARC dissidents" site="Caranal" date=2022-06-01..2022-12-31 basis=HEARSAY incident=co-fortul-20220000-ortiz-farm-burned
@@claim c9 harm=INJURED min=1 max=1 named="Deiner" weapon=LANDMINE site="Caranal" date=2022-10-01..2022-10-31 basis=WITNESSED incident=co-fortul-20221000-caranal-school-mine
@@claim c10 harm=KILLED min=1 max=1 named="Yeison" weapon=LANDMINE site="Caranal" date=2022-10-01..2022-10-31 basis=WITNESSED incident=co-fortul-20221000-caranal-school-mine
@@claim c11 harm=DETAINED min=2 max=2 actor="ELN" site="Saravena" date=2023-01-01..2023-01-31 basis=HEARSAY incident=co-saravena-20230100-cabuya-boys-taken
