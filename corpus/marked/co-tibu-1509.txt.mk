NOTES OF TELEPHONE INTERVIEW
Ref: CO-NDS-1509
Date: 4 March 2025
Researcher: [[Beatriz Lozada|PERSON]] (in [[Bogotá|PLACE]]); witness in [[Cúcuta|PLACE]], [[Norte de Santander|PLACE]]
Language: Spanish; notes taken in English during the call

Witness is [[Argemiro Pacheco Gelves|PERSON]], 44, motorcycle mechanic. Born in [[Tame|PLACE]], [[Arauca|PLACE]]; moved to [[Tibú|PLACE]] in [[2019|DATE:2019-01-01..2019-12-31]] "because in [[Arauca|PLACE]] there was no more living". Had a workshop in a barrio near the road to [[La Gabarra|PLACE]]. Line was bad, call dropped twice.

1. [[Arauca|PLACE]], [[2022|DATE:2022-01-01..2022-12-31]]. {{c1|Says his younger brother [[Ubaldo|PERSON]] was pulled off a bus by the [[ELN|ACTOR:ELN]] at a roadblock between [[Tame|PLACE]] and [[Saravena|PLACE]] in [[early February 2022|DATE:2022-02-01..2022-02-10]] and held for 33 days in the mountains.}} Family paid "what we had and what we did not have" to get him out. W. was not there; his mother [[Tulia|PERSON]] told him. [[Ubaldo|PERSON]] now lives in [[Venezuela|PLACE]] and does not talk about it.

W. himself was stopped by [[the army|ACTOR:Colombian armed forces]] at the entrance of [[Tame|PLACE]] [[the same month|DATE:2022-02-01..2022-02-28]], kept about an hour at the side of the road while they checked his cédula and the frame number of his bike, then let go. He calls it "normal, that happens to everybody". Not a detention; noted as context.

2. [[Tibú|PLACE]], [[January 2025|DATE:2025-01-01..2025-01-31]]. When the war between the [[ELN|ACTOR:ELN]] and the [[frente 33|ACTOR:FARC dissidents]] started ("[[the 16th|DATE:2025-01-16]], [[a Thursday|DATE:2025-01-16]], we heard the first [[shooting|WEAPON:SMALL_ARMS]] at [[night|DATE:2025-01-16]]"), armed men came through his street looking for "the people of [[the 33|ACTOR:FARC dissidents]]".
{{c2|On [[the night of the 17th|DATE:2025-01-17]] they set fire to houses on his street. In his words: "Half the street burned. My workshop, the roof fell in on the bikes, the bikes of clients melted, my tools, everything black."}} {{c3|He saw the house opposite, of a family called [[Chinchilla|PERSON]], burn with nobody inside.}} Did not know who exactly set the fires: "men with the [[ELN|ACTOR:ELN]] armband, I think, but it was [[night|DATE:2025-01-17]], I will not swear".
No one was killed on his street [[that night|DATE:2025-01-17]], he says, "only the things".

{{c4|Left [[Tibú|PLACE]] on [[19 January|DATE:2025-01-19]] with his wife [[Omaira|PERSON]] and his mother, in a neighbour's truck to [[Cúcuta|PLACE]]; now all three in a rented room.}}

3. [[El Tarra|PLACE]] / [[Orú|PLACE]]. Asked about his cousin [[Olinto Pacheco|PERSON]]. {{c5|W. says [[Olinto|PERSON]] was taken in [[Oru|PLACE:Orú]], "down in [[Tarra|PLACE:El Tarra]]", [[the third Saturday of January|DATE:2025-01-18]], with "six, they say six" other men, by the [[elenos|ACTOR:ELN]]. Heard it from [[Olinto|PERSON]]'s wife by phone [[the next day|DATE:2025-01-19]].}}
{{c6|W. says three of the men were found dead in the river near [[Gabarra|PLACE:La Gabarra]] in the following days; he named one, "the ex-guerrilla, [[Gerardo|PERSON]]", did not know the other names.}} (NB: his numbers differ from an earlier interview in [[Ocaña|PLACE]]; recorded as told.)
{{c7|On [[Olinto|PERSON]]: "Nothing. Not a word. Not a body. His children ask for him. We don't know if he is alive."}}

4. Other. {{c8|Says he read on a Facebook news page from [[Saravena|PLACE]] that in [[late 2023|DATE:2023-10-01..2023-12-31]] somebody threw a [[grenade|WEAPON:EXPLOSIVE_UNSPECIFIED]] into a shop selling phones, wounding two, the owner and a girl.}} Not verified; he did not know the date better.
On [[mines|WEAPON:LANDMINE]]: says the [[ELN|ACTOR:ELN]] threatened to "seed the road" to [[La Gabarra|PLACE]] with [[mines|WEAPON:LANDMINE]] if [[the army|ACTOR:Colombian armed forces]] came, but he does not know of anyone hurt by one there.

He asked that his friend, [[Ferney Urbina|PERSON]], who had a tyre shop next to his, be written down: "he went back on [[the 25th|DATE:2025-01-25]] to look for his machine, and since then his phone does not ring". {{c9|W. says [[Ferney|PERSON]] has not come back, and nobody knows where he is.}} Family has reported him to the Defensoría, W. says.

Call ended 17:40. W. agreed to a second call.

@@witness co-tibu-argemiro-pacheco
@@claim c1 harm=DETAINED min=1 max=1 named="Ubaldo" actor="ELN" site="Tame" date=2022-02-01..2022-02-10 basis=HEARSAY incident=co-tame-20220200-ubaldo-pacheco-roadblock-kidnap
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null site="Tibú" date=2025-01-17 basis=EXPERIENCED incident=co-tibu-20250117-gabarra-road-street-burned
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null site="Tibú" date=2025-01-17 basis=WITNESSED incident=co-tibu-20250117-gabarra-road-street-burned
@@claim c4 harm=DISPLACED min=3 max=3 named="Omaira" site="Tibú" date=2025-01-19 basis=EXPERIENCED incident=co-tibu-20250119-pacheco-family-displaced
@@claim c5 harm=DETAINED min=7 max=7 named="Olinto Pacheco" actor="ELN" site="Oru" date=2025-01-18 basis=HEARSAY incident=co-eltarra-20250118-oru-lists-men-taken
@@claim c6 harm=KILLED min=3 max=3 named="Gerardo" site="Gabarra" date=2025-01-18..2025-01-31 basis=HEARSAY incident=co-eltarra-20250118-oru-lists-men-taken
@@claim c7 harm=MISSING min=1 max=1 named="Olinto" actor="ELN" site="Oru" date=2025-01-18 basis=HEARSAY incident=co-eltarra-20250118-oru-lists-men-taken
@@claim c8 harm=INJURED min=2 max=2 weapon=EXPLOSIVE_UNSPECIFIED site="Saravena" date=2023-10-01..2023-12-31 basis=REPORTED incident=co-saravena-20231000-phone-shop-grenade
@@claim c9 harm=MISSING min=1 max=1 named="Ferney" site="Tibú" date=2025-01-25 basis=HEARSAY incident=co-tibu-20250125-ferney-urbina-missing
