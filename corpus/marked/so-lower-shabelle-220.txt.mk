WITNESS STATEMENT (translated from Somali)

Interview ID: SO-LSH-220
Date of interview: 28 September 2020
Place of interview: [[Afgooye|PLACE]], [[Lower Shabelle|PLACE]]
Language: Somali (Af-Maxaa)
Interviewer: [[Tom Ekdahl|PERSON]]
Interpreter: [[Sagal Warfaa|PERSON]]

My name is [[Abdiqani|PERSON]]. I am twenty-six. I am from [[Janaale|PLACE]], on the [[Shabelle|PLACE]] river, where my father [[Hassan Afrah|PERSON]] grows bananas and maize. I went to school there until the [[Shabaab|ACTOR:al-Shabaab]] closed the school.

Before [[2020|DATE:2020-01-01..2020-12-31]], [[al-Shabaab|ACTOR:al-Shabaab]] ruled [[Janaale|PLACE]]. They took the tax from every truck on the bridge. {{c1|In [[2019|DATE:2019-01-01..2019-12-31]], I think [[after the Eid|DATE]], they whipped my friend [[Yusuf Gedi|PERSON]] forty times in the market because he was smoking, and his back was open for weeks.}} I saw it. Everybody had to watch.

In [[March|DATE:2020-03-01..2020-03-31]] [[the government soldiers|ACTOR:Somali forces]] and the [[Danab|ACTOR:Somali forces]] came from the side of [[Afgoye|PLACE:Afgooye]] to take [[Jannaale|PLACE:Janaale]]. The fighting was two days. There were [[mortars|WEAPON:MORTAR]] from both sides and the [[machine guns|WEAPON:SMALL_ARMS]] on the cars. On [[the second day|DATE:2020-03-01..2020-03-31]] [[the planes|WEAPON:AIRSTRIKE]] came also, people said they were [[American|ACTOR:US forces]], [[the Americans|ACTOR:US forces]] help the [[Danab|ACTOR:Somali forces]].

{{c2,c8,c9|A [[mortar|WEAPON:MORTAR]] fell on the house of the [[Mataan|PERSON]] family, near the river.}} {{c2,c8|The mother, [[Xaliimo|PERSON]], and her small son [[Ilyas|PERSON]] died. Her husband [[Omar Mataan|PERSON]] was injured in the legs.}} I helped carry [[Omar|PERSON]] to the canoe to cross to the other side. I don't know which side fired that [[mortar|WEAPON:MORTAR]]. Nobody knows. I will not say.

{{c3|My family left on [[the first night|DATE:2020-03-01..2020-03-31]], to [[Afgooye|PLACE]], fourteen of us, with the family of my uncle [[Cabdulle|PERSON]].}} [[Al-Shabaab|ACTOR:al-Shabaab]] left [[Janaale|PLACE]] [[after two days|DATE:2020-03-01..2020-03-31]], and [[the army|ACTOR:Somali forces]] took the bridge.

[Translator's note: "Danab" means "lightning"; it is the name of a Somali army special unit. In the next sentence "danab" is also used in its ordinary meaning.]

When we came back, in [[April|DATE:2020-04-01..2020-04-30]], there was no danab, no electricity, and no people. And the farms were dangerous. [[Al-Shabaab|ACTOR:al-Shabaab]] had put [[mines|WEAPON:LANDMINE]] in the banana fields by the canal before they left. {{c4|On [[the 19th of April|DATE:2020-04-19]], a worker of my father, [[Mberwa|PERSON]], he was cutting bananas and he stepped on a [[mine|WEAPON:LANDMINE]]. He died before we reached him.}} {{c5|And in [[May|DATE:2020-05-01..2020-05-31]], two children of [[Deeqa|PERSON]], our neighbour, they found an old [[bomb|WEAPON:EXPLOSIVE_UNSPECIFIED]] in the field and they played with it. [[Nimco|PERSON]], the girl, lost her eye. [[Abdiweli|PERSON]], the boy, his hand.}}

Then there was another problem, from [[the soldiers|ACTOR:Somali forces]]. {{c6|In [[June|DATE:2020-06-01..2020-06-30]], [[the army|ACTOR:Somali forces]] arrested six young men from our area, my cousin [[Mohamud Afrah|PERSON]] one of them, and they said they were [[al-Shabaab|ACTOR:al-Shabaab]].}} Two came back after one month. {{c7|Four, including [[Mohamud|PERSON]], we still don't know where they are.}} My father went to the base in [[Afgooye|PLACE]] three times, they told him go home, old man.

That is why I am in [[Afgooye|PLACE]] now. I cannot stay in [[Janaale|PLACE]]: for the [[Shabaab|ACTOR:al-Shabaab]] I am a man who came back to live with the government, and for [[the soldiers|ACTOR:Somali forces]] I am a young man from an [[al-Shabaab|ACTOR:al-Shabaab]] village. If I go back, one of them will take me. My father stays, because of the bananas.
@@witness so-janaale-abdiqani
@@claim c1 harm=INJURED min=1 max=1 named="Yusuf Gedi" actor="al-Shabaab" site="Janaale" date=2019-01-01..2019-12-31 basis=WITNESSED incident=so-janaale-20190000-market-whipping
@@claim c2 harm=KILLED min=2 max=2 named="Xaliimo; Ilyas" weapon=MORTAR site="Janaale" date=2020-03-01..2020-03-31 basis=WITNESSED incident=so-janaale-20200300-mataan-house-mortar
@@claim c8 harm=INJURED min=1 max=1 named="Omar Mataan; Omar" weapon=MORTAR site="Janaale" date=2020-03-01..2020-03-31 basis=WITNESSED incident=so-janaale-20200300-mataan-house-mortar
@@claim c3 harm=DISPLACED min=14 max=14 site="Janaale" date=2020-03-01..2020-03-31 basis=EXPERIENCED incident=so-janaale-20200300-fighting-flight
@@claim c4 harm=KILLED min=1 max=1 named="Mberwa" weapon=LANDMINE actor="al-Shabaab" site="Janaale" date=2020-04-19 basis=WITNESSED incident=so-janaale-20200419-banana-field-mine
@@claim c5 harm=INJURED min=2 max=2 named="Nimco; Abdiweli" weapon=EXPLOSIVE_UNSPECIFIED site="Janaale" date=2020-05-01..2020-05-31 basis=HEARSAY incident=so-janaale-20200500-field-explosive
@@claim c6 harm=DETAINED min=6 max=6 named="Mohamud Afrah" actor="Somali forces" site="Janaale" date=2020-06-01..2020-06-30 basis=HEARSAY incident=so-janaale-20200600-six-men-arrested
@@claim c7 harm=MISSING min=4 max=4 named="Mohamud" actor="Somali forces" site="Janaale" date=2020-06-01..2020-06-30 basis=HEARSAY incident=so-janaale-20200600-six-men-arrested
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Janaale" date=2020-03-01..2020-03-31 basis=WITNESSED incident=so-janaale-20200300-mataan-house-mortar
