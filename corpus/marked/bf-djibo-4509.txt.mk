@@newline crlf
Follow-up call, notes (second contact with the witness of BF-SOL-4507)
Date: 14/09/2022
Caller: [[Hélène Sanou|PERSON]]
Witness: [[Salamata Yonli|PERSON]], now in [[Kaya|PLACE]], [[Centre-Nord|PLACE]]
Language: French, some Gourmantchéma through her nephew [[Tiéba|PERSON]]

Line bad at the start, call dropped twice. Witness well, tired. She asked that we call her only after six in the evening.

1. Movements since [[July 2021|DATE:2021-07-01..2021-07-31]]. {{c1|She stayed in [[Dori|PLACE]] until [[February|DATE:2022-02-01..2022-02-28]], then moved to [[Kaya|PLACE]] with the seven children, because her brother in [[Dori|PLACE]] could no longer feed them.}} She says it was not because of an attack: "In [[Dori|PLACE]] nothing happened to us, nobody touched us." In [[Kaya|PLACE]] she rents one room in [[Secteur 5|PLACE]]. The police at the entry of [[Kaya|PLACE]] looked at her papers and let her pass.

2. Correction to first interview. She wants to correct two things. Her husband [[Moussa|PERSON]] was not shot on the doorstep but a few steps outside, in the lane, "I said doorstep because that is where I found him". {{c2|And in her quarter it was nine dead, not eleven: "two of the eleven were from the other quarter, they ran to us and died in our lane."}}

3. The [[Ouoba|PERSON]] boys. {{c3|[[Kadiatou Ouoba|PERSON]] called her in [[January|DATE:2022-01-01..2022-01-31]]: [[Issaka|PERSON]] came back. He was held seven months in a camp in the bush with other boys from [[Solhan|PLACE]] and [[Mansila|PLACE]], made to fetch water and to cook.}} He walked out when the camp moved. {{c4|[[Ali|PERSON]] was taken to another place in [[the rainy season|DATE:2021-07-01..2021-09-30]] and since then nobody has news of him.}} Witness: "[[Kadiatou|PERSON]] says she will wait for him until she dies."

4. Her brother in [[Djibo|PLACE]]. [[Tinga Yonli|PERSON]], teacher, still in [[Djibo|PLACE]] (blockade). Told her by phone:
- {{c5|In [[May|DATE:2022-05-01..2022-05-31]], [[one night|DATE:2022-05-01..2022-05-31]] of [[shelling|WEAPON:MORTAR]], "the [[mortars|WEAPON:MORTAR]] of [[the bush people|ACTOR:JNIM]]", fell on [[Secteur 7|PLACE]]. One came through the roof of his store room, the roof and the back wall came down, two goats were killed in the yard.}} Nobody of the family was hurt.
- {{c6|In [[August|DATE:2022-08-01..2022-08-31]], [[the drone|WEAPON:DRONE_STRIKE]] of [[the army|ACTOR:Burkinabè armed forces]] fired a [[missile|WEAPON:MISSILE]] near the wells of [[Baraboulé|PLACE]]. He heard six or seven herders died, people he did not know.}} [[The army|ACTOR:Burkinabè armed forces]] said they were [[jihadists|ACTOR:JNIM]]; [[Tinga|PERSON]] "does not know, nobody from [[Djibo|PLACE]] can go there to see".

5. Her cousin [[Lamoussa|PERSON]], truck driver. {{c7,c8|On the road from [[Kaya|PLACE]] to [[Barsalogho|PLACE]], [[last week|DATE:2022-09-05..2022-09-11]], the truck in front of his hit a [[mine|WEAPON:LANDMINE]], or a [[bomb in the road|WEAPON:IED]], she is not sure of the word. The truck burned with the sacks of millet and the driver lost his leg.}} [[Lamoussa|PERSON]] was not hurt, his truck was only hit by stones.

6. Fears. She says people in [[Secteur 5|PLACE]] fear [[the jihadists|ACTOR:JNIM]] will attack [[Kaya|PLACE]]. [inaudible] She repeats she would go back to [[Solhan|PLACE]] "if there were peace, only then".

Call ended 18:40. Next contact in three months if she agrees.
@@witness bf-solhan-salamata-yonli
@@claim c1 harm=DISPLACED min=8 max=8 site="Dori" date=2022-02-01..2022-02-28 basis=EXPERIENCED incident=bf-dori-20220200-yonli-move-to-kaya
@@claim c2 harm=KILLED min=9 max=9 site="Solhan" date=2021-06-05 basis=WITNESSED incident=bf-solhan-20210605-night-attack
@@claim c3 harm=DETAINED min=1 max=1 named="Issaka" site="Solhan" date=2021-06-05 basis=HEARSAY incident=bf-solhan-20210605-night-attack
@@claim c4 harm=MISSING min=1 max=1 named="Ali" date=2021-07-01..2021-09-30 basis=HEARSAY incident=bf-solhan-20210605-night-attack
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="JNIM" site="Secteur 7" date=2022-05-01..2022-05-31 basis=HEARSAY incident=bf-djibo-20220500-secteur7-tinga-store-mortar
@@claim c6 harm=KILLED min=6 max=7 weapon=DRONE_STRIKE actor="Burkinabè armed forces" site="Baraboulé" date=2022-08-01..2022-08-31 basis=HEARSAY incident=bf-baraboule-20220800-wells-drone-strike
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=LANDMINE basis=HEARSAY date=2022-09-05..2022-09-11 incident=bf-barsalogho-20220900-kaya-road-truck-mine
@@claim c8 harm=INJURED min=1 max=1 weapon=LANDMINE basis=HEARSAY date=2022-09-05..2022-09-11 incident=bf-barsalogho-20220900-kaya-road-truck-mine
