PHONE CALL NOTES
Ref: CO-CHO-1908
Date: 3 October 2023
Researcher: [[Camila Restrepo|PERSON]], in [[Medellín|PLACE]]
Witness: by WhatsApp call from [[Riosucio|PLACE]], [[Chocó|PLACE]]
Language: Spanish; notes in English, quotes translated

W. is [[Leidy Johana Murillo Cuesta|PERSON]], 31, community health promoter, lives in the municipal seat of [[Riosucio|PLACE]], family from the [[Salaquí|PLACE]] river. Signal weak; W. moved outside twice. She asked to start with her sister's village because "that is the one that nobody writes down".

(a) [[Napipi|PLACE:Napipí]], [[Bojayá|PLACE]]. W.'s sister [[Maritza|PERSON]] lives there. {{c1|W. says that in [[July of last year|DATE:2022-07-01..2022-07-31]], "the week of the fiestas", armed men entered [[Napipi|PLACE:Napipí]] and took two boys; she named [[Yeferson|PERSON]] only.}} She is not sure who: [[Maritza|PERSON]] told her "the ones with the armband of the [[AGC|ACTOR:Clan del Golfo]]", but a neighbour told her it was the [[ELN|ACTOR:ELN]] dressed like the others. W. does not know. {{c2|Says the boys "have not appeared, not alive, not dead", as of this call.}} {{c3|According to [[Maritza|PERSON]], they also set fire to "two or three houses" near the school and shot up the health post.}} {{c4|W. says "the whole river came down" to [[Bellavista|PLACE]] [[the next day|DATE:2022-07-23]], about 300 people, [[Maritza|PERSON]] and her three children among them.}} Note: W.'s numbers differ from those given by other people from [[Napipí|PLACE]]; recorded as told.

(b) [[Salaquí|PLACE]] river, [[2023|DATE:2023-01-01..2023-12-31]]. W. describes the river as "closed" since [[February|DATE:2023-02-01..2023-02-28]]: a checkpoint of the [[Gaitanistas|ACTOR:Clan del Golfo]] at the mouth, lists of who goes up and down, no fishing after four.
{{c5|Her son [[Kevin|PERSON]], 17, was pulled off a boat at that checkpoint on [[the 9th of May|DATE:2023-05-09]] with two other young men and kept "two nights, tied, in a camp", accused of carrying messages for the [[ELN|ACTOR:ELN]].}} W. went to the checkpoint herself [[the second day|DATE:2023-05-10]] with the priest; {{c5|they released [[Kevin|PERSON]] and one of the others on [[the 11th|DATE:2023-05-11]].}} She saw the marks of the rope on his wrists. The third man, [[Didier Palacios|PERSON]], from [[Pedeguita|PLACE]], was not released with them. {{c6|"[[Didier|PERSON]] we never saw again. His mother went to the camp, they said he left on his own. Nobody believes that."}}

W. adds that in [[June|DATE:2023-06-01..2023-06-30]] the same group came to her mother's house in [[Salaquí|PLACE]] to take her nephew [[Andrés|PERSON]], 15, "for the ranks"; the community guard, about twenty people with sticks, stood in the yard and the men left without him. Not a detention; noted as context.

(c) Explosive. {{c7|On [[a Sunday in August|DATE:2023-08-01..2023-08-31]], children of the school at [[Pedeguita|PLACE]] were walking to the football field when one of them touched a wire: a [[bomb|WEAPON:IED]] tied to a tree went off.}} {{c7|A girl of nine, [[Yuliana|PERSON]], lost the sight of one eye; two boys had cuts on the legs.}} W. treated the boys herself at the health post in [[Riosucio|PLACE]] [[the next morning|DATE:2023-08-01..2023-08-31]]; she says it was "not a [[mine|WEAPON:LANDMINE]] in the ground, a [[trap|WEAPON:IED]] at the height of the chest". She heard from parents that the [[ELN|ACTOR:ELN]] had left it for the [[Gaitanistas|ACTOR:Clan del Golfo]]. Unverified.

(d) Property. {{c8|W. says the community house of [[Pedeguita|PLACE]], where the council met, was burned in [[late August|DATE:2023-08-20..2023-08-31]]: "only the posts standing, the roof, the chairs, the papers of the council, all ashes".}} She saw it when she went up with the vaccines. {{c9|Also the school kitchen: the walls cracked and the water tank was shot full of holes, she does not know when.}}

(e) Asked whether there had been [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] by [[the army|ACTOR:Colombian armed forces]] on the river: W. says no, "there were no [[bombardments|WEAPON:EXPLOSIVE_UNSPECIFIED]] here, only the helicopters passing", and she has heard of no dead from [[the army|ACTOR:Colombian armed forces]]. Asked about her husband: he is in [[Turbo|PLACE]] working; he was not affected.

{{c10|Last item, by W.'s request: her neighbour [[Rubiela|PERSON]]'s husband, [[Efraín Cuesta|PERSON]], went out to fish on the [[Atrato|PLACE]] in [[early September|DATE:2023-09-01..2023-09-10]] and "he did not come back, the canoe came back alone, upside down".}} The family has told the Personería; W. heard nothing since.

Call ended after 48 minutes. W. agreed to be called again after the elections.

@@witness co-riosucio-leidy-murillo
@@claim c1 harm=DETAINED min=2 max=2 named="Yeferson" site="Napipi" date=2022-07-01..2022-07-31 basis=HEARSAY incident=co-bojaya-20220722-napipi-agc-boys-taken
@@claim c2 harm=MISSING min=2 max=2 site="Napipi" date=2022-07-01..2022-07-31 basis=HEARSAY incident=co-bojaya-20220722-napipi-agc-boys-taken
@@claim c3 harm=PROPERTY_DAMAGE min=2 max=3 site="Napipi" date=2022-07-01..2022-07-31 basis=HEARSAY incident=co-bojaya-20220722-napipi-agc-boys-taken
@@claim c4 harm=DISPLACED min=300 max=300 named="Maritza" site="Napipi" date=2022-07-23 basis=HEARSAY incident=co-bojaya-20220723-napipi-mass-displacement
@@claim c5 harm=DETAINED min=3 max=3 named="Kevin; Didier Palacios" actor="Clan del Golfo" site="Salaquí" date=2023-05-09 basis=WITNESSED incident=co-riosucio-20230509-salaqui-checkpoint-kevin
@@claim c6 harm=MISSING min=1 max=1 named="Didier" actor="Clan del Golfo" site="Salaquí" date=2023-05-09 basis=HEARSAY incident=co-riosucio-20230509-salaqui-checkpoint-kevin
@@claim c7 harm=INJURED min=3 max=3 named="Yuliana" weapon=IED site="Pedeguita" date=2023-08-01..2023-08-31 basis=WITNESSED incident=co-riosucio-20230800-pedeguita-school-path-ied
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="Pedeguita" date=2023-08-20..2023-08-31 basis=WITNESSED incident=co-riosucio-20230800-pedeguita-community-house-burned
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=SMALL_ARMS site="Pedeguita" basis=WITNESSED incident=co-riosucio-20230000-pedeguita-school-kitchen-shot
@@claim c10 harm=MISSING min=1 max=1 named="Efraín Cuesta" site="Atrato" date=2023-09-01..2023-09-10 basis=HEARSAY incident=co-riosucio-20230900-atrato-efrain-cuesta-missing
