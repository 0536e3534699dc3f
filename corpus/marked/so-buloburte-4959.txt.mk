WITNESS STATEMENT
Statement ID: SO-BLB-4959
Date of interview: 2 May 2023
Place of interview: [[Beledweyne|PLACE]], [[Hiiraan|PLACE]] region
Language: Somali, interpreted into English
Interviewer: [[Amal Farah Jama|PERSON]]
Interpreter: [[Mustafe Cabdi Nuur|PERSON]]

My name is [[Cabdullaahi Xasan Geedi|PERSON]]. I am fifty years old. I trade goats and camels in the livestock market of [[Buulobarde|PLACE]], which some people write Bulo Burte, in [[Hiiraan|PLACE]]. I have done this work since I was a young man, like my father.

[[Buulobarde|PLACE]] is a town surrounded. The [[Shabaab|ACTOR:al-Shabaab]] are outside on the roads and in the bush, and they do not let the lorries pass without paying. Inside the town there are [[the government soldiers|ACTOR:Somali forces]] and, on the other side of the river, the base of [[the African Union troops|ACTOR:African Union forces]].

I want to tell what happened on [[Sunday the 12th of March 2023|DATE:2023-03-12]]. It was [[about eight in the morning|DATE:2023-03-12]]. The market was full because the traders from [[Jalalaqsi|PLACE]] had come [[the night before|DATE:2023-03-11]]. I was standing by the water trough with my nephew [[Liibaan Maxamed Xasan|PERSON]], who is nineteen and helps me with the animals.

I heard the first [[mortar|WEAPON:MORTAR]] go out, far, from the north side, where the [[Shabaab|ACTOR:al-Shabaab]] have their positions. Then it fell in the goat pens. Then another one and another one, I think four, maybe five. {{c1|When the dust went down I saw four people lying dead. One of them was [[Liibaan|PERSON]]. A piece had opened his neck. We buried him [[before the afternoon prayer|DATE:2023-03-12]].}}

{{c2|More than ten people were wounded, traders, women who sell milk, a small boy.}} We carried them in the carts to the hospital. {{c3|Two of my camels died in the pens, and eleven goats.}} The others ran into the town and it took me two days to find them.

[Interpreter's note: the witness stopped here for some minutes and asked for water.]

{{c4,c5|[[That evening|DATE:2023-03-12]] Radio Risaala said five were killed and fourteen injured in the livestock market of [[Buulobarde|PLACE]].}} I know only the four I saw with my own eyes.

There were no soldiers in the market [[that morning|DATE:2023-03-12]]. Not one. The soldiers buy their meat from the butchers, they do not come to the pens. The [[Shabaab|ACTOR:al-Shabaab]] say on their radio that they will punish the traders who sell animals to [[the army|ACTOR:Somali forces]]. Maybe that is why. I do not know.

{{c6|After the market, I sent my wife and my seven children to [[Beledweyne|PLACE]], [[two weeks later|DATE:2023-03-26]], with a lorry of the World Food Programme convoy.}} I stayed to finish my business. Now I am here too.

This was not the first time the [[Shabaab|ACTOR:al-Shabaab]] have hurt me. {{c7|[[Last year|DATE:2022-01-01..2022-12-31]], in [[Jilaal|DATE:2021-12-15..2022-03-31]], the dry season, they stopped my lorry at their checkpoint on the road between [[Jalalaqsi|PLACE]] and [[Buulobarde|PLACE]]. They said I was bringing goods for the government. They burned the lorry, with the sacks of sugar in it.}} {{c8|My driver [[Cumar|PERSON]] they kept three days under a tree with his hands tied, then they let him walk.}} I did not see this, [[Cumar|PERSON]] told me when he reached the town.

{{c9|My cousin [[Axmed|PERSON]] told me that in [[October 2022|DATE:2022-10-01..2022-10-31]], when the [[Shabaab|ACTOR:al-Shabaab]] left his village near [[Maxaas|PLACE:Mahas]], they put [[explosives|WEAPON:EXPLOSIVE_UNSPECIFIED]] in the three wells of the village and broke them. Now the people walk half a day for water.}} I have not been there since.

[Interpreter's note: the witness says "biyo", water, many times in this part. He says the wells were the only water for the animals of the whole area.]

I ask that the names of [[Liibaan|PERSON]] and the others are written. [[Liibaan|PERSON]] wanted to buy his own camels one day.

Read back to the witness in Somali and confirmed.
@@witness so-buloburte-cabdullaahi-xasan-geedi
@@claim c1 harm=KILLED min=4 max=4 named="Liibaan Maxamed Xasan" weapon=MORTAR actor=al-Shabaab site="Buulobarde" date=2023-03-12 basis=WITNESSED incident=so-buloburte-20230312-livestock-market-mortars
@@claim c2 harm=INJURED min=11 max=null weapon=MORTAR actor=al-Shabaab site="Buulobarde" date=2023-03-12 basis=WITNESSED incident=so-buloburte-20230312-livestock-market-mortars
@@claim c3 harm=PROPERTY_DAMAGE min=13 max=13 weapon=MORTAR actor=al-Shabaab site="Buulobarde" date=2023-03-12 basis=EXPERIENCED incident=so-buloburte-20230312-livestock-market-mortars
@@claim c4 harm=KILLED min=5 max=5 site="Buulobarde" date=2023-03-12 basis=REPORTED incident=so-buloburte-20230312-livestock-market-mortars
@@claim c5 harm=INJURED min=14 max=14 site="Buulobarde" date=2023-03-12 basis=REPORTED incident=so-buloburte-20230312-livestock-market-mortars
@@claim c6 harm=DISPLACED min=8 max=8 site="Buulobarde" date=2023-03-26 basis=EXPERIENCED incident=so-buloburte-20230326-geedi-family-to-beledweyne
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null actor=al-Shabaab site="Jalalaqsi" date=2022-01-01..2022-03-31 basis=EXPERIENCED incident=so-jalalaqsi-20220000-geedi-lorry-burned
@@claim c8 harm=DETAINED min=1 max=1 named="Cumar" actor=al-Shabaab site="Jalalaqsi" date=2022-01-01..2022-03-31 basis=HEARSAY incident=so-jalalaqsi-20220000-geedi-lorry-burned
@@claim c9 harm=PROPERTY_DAMAGE min=3 max=3 weapon=EXPLOSIVE_UNSPECIFIED actor=al-Shabaab site="Maxaas" date=2022-10-01..2022-10-31 basis=HEARSAY incident=so-mahas-20221000-village-wells-destroyed
