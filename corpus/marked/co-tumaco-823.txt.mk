@@newline crlf
Interview ID: CO-TUM-823
Date of interview: 21 November 2022
Place of interview: [[Tumaco|PLACE]], [[Nariño|PLACE]], parish house of [[La Ciudadela|PLACE]]
Language: Spanish, interpreted
Interviewer: [[Sofía Mantilla|PERSON]]
Interpreter: [[Wilmer Cortés|PERSON]]

INTERVIEWER: Can you tell me your name and where you are from?
WITNESS: [[Yamile Angulo Quiñones|PERSON]]. From the river, the [[Mira|PLACE]] river, the vereda [[Bajo Jagua|PLACE]]. Now I am in [[Tumaco|PLACE]] in [[Viento Libre|PLACE]], the neighbourhood, with my children, since [[last year|DATE:2021-01-01..2021-12-31]].
INTERVIEWER: Why did you leave [[Bajo Jagua|PLACE]]?
WITNESS: Because of the war between the groups. The [[Oliver Sinisterra|ACTOR:FARC dissidents]] on one side, and the others, the [[Gaitanistas|ACTOR:Clan del Golfo]], coming from [[Barbacoas|PLACE]] side, they want the river for the coca and the boats.
INTERPRETER: She says "los del Oliver", meaning the [[Oliver Sinisterra|ACTOR:FARC dissidents]] front, [[the dissidents|ACTOR:FARC dissidents]].
WITNESS: {{c1|In [[August|DATE:2021-08-01..2021-08-31]], [[the 14th|DATE:2021-08-14]], [[a Saturday|DATE]], the [[shooting|WEAPON:SMALL_ARMS]] started at [[five in the morning|DATE:2021-08-14]] on the other bank and it came to the houses, and my husband, [[Jhon Fredy|PERSON]], [[Jhon Fredy Cabezas|PERSON]], was in the canoe coming back from fishing.}} {{c1|A [[bullet|WEAPON:SMALL_ARMS]] in the chest. He died in the canoe.}} [crying]
INTERPRETER: She needs to stop for a moment.
WITNESS: I saw him from the house. I saw the canoe going around, around, with nobody rowing.
INTERVIEWER: I'm very sorry. Was anyone else hurt?
WITNESS: {{c2|A boy, [[Kevin|PERSON]], twelve, the son of my neighbour [[Nelcy|PERSON]], with a [[bullet|WEAPON:SMALL_ARMS]] in the leg.}} {{c3|And the house of [[Nelcy|PERSON]] burned, because the [[grenade|WEAPON:EXPLOSIVE_UNSPECIFIED]] [inaudible] on the roof of palm.}}
INTERVIEWER: What did the families do then?
WITNESS: {{c4|[[The next day|DATE:2021-08-15]] we all left, the whole vereda, forty-three families, in the boats, down to [[Tumaco|PLACE]].}} We left the pigs, the chickens, the plantains. Everything.
INTERVIEWER: Has anyone gone back?
WITNESS: Some men went back to see in [[December|DATE:2021-12-01..2021-12-31]]. {{c5|My brother-in-law, [[Edinson|PERSON]], he went to see his cacao and he did not come back.}} {{c5|Nobody knows. Not [[the army|ACTOR:Colombian armed forces]], not the groups, nobody tells us anything. He is missing since [[the 3rd of December|DATE:2021-12-03]].}}
INTERVIEWER: Are there [[mines|WEAPON:LANDMINE]] near [[Bajo Jagua|PLACE]]?
WITNESS: Yes, they say so. The men who went back said there are [[mines|WEAPON:LANDMINE]] on the paths to the coca, that the groups put them so [[the army|ACTOR:Colombian armed forces]] does not come. {{c6|A cousin of my husband, [[Deiber|PERSON]], he stepped on one in [[Llorente|PLACE]], near the road, in [[February|DATE:2022-02-01..2022-02-28]].}} {{c6|He lost the leg.}} But in our vereda, before we left, no, there were no [[mines|WEAPON:LANDMINE]]. Nobody was hurt by [[mines|WEAPON:LANDMINE]] there.
INTERVIEWER: Did you see the armed men yourself?
WITNESS: Yes, many times. [[The dissidents|ACTOR:FARC dissidents]] came to the houses to ask for food, young boys with the rifles, some from our own river. And they said if anybody talks to [[the army|ACTOR:Colombian armed forces]] they will kill the family. Nobody talked.
INTERVIEWER: Is there anything else you want to add?
WITNESS: In [[Tumaco|PLACE]] it is also not safe. In [[Viento Libre|PLACE]] there are the gangs and the boys on the motorbikes. But at least my children can go to school. At night I still hear the canoe.
@@witness co-tumaco-yamile-angulo
@@claim c1 harm=KILLED min=1 max=1 named="Jhon Fredy; Jhon Fredy Cabezas" weapon=SMALL_ARMS site="Bajo Jagua" date=2021-08-14 basis=WITNESSED incident=co-tumaco-20210814-bajo-jagua-crossfire
@@claim c2 harm=INJURED min=1 max=1 named="Kevin" weapon=SMALL_ARMS site="Bajo Jagua" date=2021-08-14 basis=WITNESSED incident=co-tumaco-20210814-bajo-jagua-crossfire
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null named="Nelcy" weapon=EXPLOSIVE_UNSPECIFIED site="Bajo Jagua" date=2021-08-14 basis=WITNESSED incident=co-tumaco-20210814-bajo-jagua-crossfire
@@claim c4 harm=DISPLACED min=43 max=43 site="Bajo Jagua" date=2021-08-15 basis=EXPERIENCED incident=co-tumaco-20210815-bajo-jagua-mass-displacement
@@claim c5 harm=MISSING min=1 max=1 named="Edinson" site="Bajo Jagua" date=2021-12-03 basis=HEARSAY incident=co-tumaco-20211203-edinson-missing
@@claim c6 harm=INJURED min=1 max=1 named="Deiber" weapon=LANDMINE site="Llorente" date=2022-02-01..2022-02-28 basis=HEARSAY incident=co-tumaco-20220200-llorente-deiber-mine
