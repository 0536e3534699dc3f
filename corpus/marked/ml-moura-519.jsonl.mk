id: ML-MOU-519
interview_date: 2024-06-11
place: Bamako, Mali
language: Fulfulde and French

Q: Thank you for meeting us. Where did you live before [[Bamako|PLACE]]?
A: In [[Mourah|PLACE:Moura]], near [[Djenné|PLACE]]. And after that, for one year, in [[Sofara|PLACE]], with my brother. My name is [[Kadidia Barry|PERSON]].
Q: You were in [[Moura|PLACE]] in [[March 2022|DATE:2022-03-01..2022-03-31]]?
A: Yes. It was [[the Sunday of the market|DATE:2022-03-27]]. I was at home preparing the food to sell. First we heard [[the planes|WEAPON:AIRSTRIKE]]... no, [[the helicopters|WEAPON:AIRSTRIKE]], very loud. Then [[shooting|WEAPON:SMALL_ARMS]] everywhere.
Q: What did you see from your house?
A: {{c1|The soldiers came into the compounds. They took my husband, [[Hamma Barry|PERSON]], and his two sons from his first wife, [[Souleymane|PERSON]] and [[Alou|PERSON]].}} The women, they told us to stay inside. We stayed.
Q: Which soldiers?
A: [[The Malian army|ACTOR:Malian armed forces]], and [[the white men|ACTOR:Wagner Group]], [[the Russians|ACTOR:Wagner Group]]. [[The white men|ACTOR:Wagner Group]] spoke a language I did not know, and a Malian translated.
Q: What happened to your husband?
A: {{c2|I do not know. Until today. Five days they kept the men near the river. After, we went to look. We did not find him, not alive, not dead.}} {{c3|[[Souleymane|PERSON]] we found. He was shot, with many others, at the edge of the town, near the gardens.}} [[Alou|PERSON]] came back, he was in the group they let go.
Q: How many people died, do you know?
A: {{c4|The people of [[Moura|PLACE]] made a list, more than five hundred names.}} Some say three hundred. I don't know what is true. I know my husband is not there.
Q: Were there [[jihadists|ACTOR:JNIM]] in [[Moura|PLACE]] [[that day|DATE:2022-03-27]]?
A: Some came to the market, yes, they always came on Sundays, to buy. When [[the helicopters|WEAPON:AIRSTRIKE]] came, they fired and they ran. They were not many. The men they killed after were our men.
Q: Did anything happen to your house?
A: {{c5|They broke the doors, they took the money and the jewellery and the phones. They took our rice.}} Then they left.
Q: Why did you go to [[Sofara|PLACE]] and then to [[Bamako|PLACE]]?
A: {{c6|After [[Moura|PLACE]] I could not stay. In [[April|DATE:2022-04-01..2022-04-30]] I went to [[Sofara|PLACE]] with my daughters, five of us.}} But [[Sofara|PLACE]] also was not good. The [[JNIM|ACTOR:JNIM]] closed the roads. They put [[mines|WEAPON:LANDMINE]] on the road to [[Djenné|PLACE]].
Q: Did you see anybody hurt by those [[mines|WEAPON:LANDMINE]]?
A: {{c7|Yes. In [[2023|DATE:2023-01-01..2023-12-31]], [[the dry season|DATE:2023-01-01..2023-05-31]], a bus from the Monday market of [[Djenné|PLACE]] hit a [[mine|WEAPON:LANDMINE]] on that road. Eight people died.}} {{c8|My cousin [[Djeneba|PERSON]] was in the bus, she lost her hearing and her leg is broken.}} I went with her to the hospital in [[Mopti|PLACE]].
Q: Did [[the army|ACTOR:Malian armed forces]] attack near [[Sofara|PLACE]] too?
A: {{c9|[[The drone|WEAPON:DRONE_STRIKE]] of [[the army|ACTOR:Malian armed forces]], [[last year|DATE:2023-01-01..2023-12-31]], fired two [[missiles|WEAPON:MISSILE]] at a group of young men drinking tea outside a hamlet near [[Sofara|PLACE]], [[the evening|DATE:2023-01-01..2023-12-31]]. People said six were killed, herders.}} [[The army|ACTOR:Malian armed forces]] said they were terrorists. I did not see it, only the funerals passed. Since [[that day|DATE]], when we hear [[the drone|WEAPON:DRONE_STRIKE]], the children run inside.
Q: Is there anything you want to add?
A: Please, if you find the name [[Hamma Barry|PERSON]] anywhere, on any list, call me.
@@witness ml-moura-kadidia-barry
@@claim c1 harm=DETAINED min=3 max=3 named="Hamma Barry; Souleymane; Alou" actor="Malian armed forces" site="Mourah" date=2022-03-27 basis=WITNESSED incident=ml-moura-20220327-market-day-killings
@@claim c2 harm=MISSING min=1 max=1 named="Hamma Barry" actor="Malian armed forces" site="Mourah" date=2022-03-27..2022-03-31 basis=WITNESSED incident=ml-moura-20220327-market-day-killings
@@claim c3 harm=KILLED min=1 max=1 named="Souleymane" weapon=SMALL_ARMS site="Moura" date=2022-03-27..2022-03-31 basis=WITNESSED incident=ml-moura-20220327-market-day-killings
@@claim c4 harm=KILLED min=501 max=null site="Moura" date=2022-03-27..2022-03-31 basis=REPORTED incident=ml-moura-20220327-market-day-killings
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Mourah" date=2022-03-27..2022-03-31 basis=EXPERIENCED incident=ml-moura-20220327-market-day-killings
@@claim c6 harm=DISPLACED min=5 max=5 site="Moura" date=2022-04-01..2022-04-30 basis=EXPERIENCED incident=ml-moura-20220327-market-day-killings
@@claim c7 harm=KILLED min=8 max=8 weapon=LANDMINE actor="JNIM" site="Sofara" date=2023-01-01..2023-05-31 basis=HEARSAY incident=ml-sofara-20230000-djenne-road-bus-mine
@@claim c8 harm=INJURED min=1 max=1 named="Djeneba" weapon=LANDMINE actor="JNIM" site="Sofara" date=2023-01-01..2023-05-31 basis=WITNESSED incident=ml-sofara-20230000-djenne-road-bus-mine
@@claim c9 harm=KILLED min=6 max=6 weapon=DRONE_STRIKE actor="Malian armed forces" site="Sofara" date=2023-01-01..2023-12-31 basis=HEARSAY incident=ml-sofara-20230000-hamlet-drone-strike
