Interview ID: MZ-MAC-525
Date of interview: 3 July 2024
Location: [[Pemba|PLACE]], [[Cabo Delgado|PLACE]] province
Language: Kimakonde and Swahili, interpreted into Portuguese and English
Interviewer: [[Marta Nhantumbo|PERSON]]
Interpreter: [[Jamal Cheia|PERSON]]

[00:00:06] INTERVIEWER: Please tell me your name and where you are from.
[00:00:11] WITNESS: [[Rukia Abdala|PERSON]]. From [[Macomia|PLACE]] town, the [[Nanga|PLACE]] neighbourhood. I make clay pots and sell them at the market.
[00:00:25] INTERVIEWER: When did the war come to [[Macomia|PLACE]]?
[00:00:29] WITNESS: In [[2020|DATE:2020-01-01..2020-12-31]]. [[The 28th of May|DATE:2020-05-28]]. [[A Thursday|DATE:2020-05-28]], in [[the morning|DATE:2020-05-28]], very early. They came from the [[Chai|PLACE]] side, on foot and in the cars they took from the soldiers. Many, dozens, with the black flags.
[00:00:52] INTERVIEWER: Who were they?
[00:00:55] WITNESS: The [[Shabaab|ACTOR:Ahlu Sunna Wal Jama'a]], the [[machababo|ACTOR:Ahlu Sunna Wal Jama'a]], what everybody calls them. They stayed in [[Makomia|PLACE:Macomia]] three days.
[00:01:08] WITNESS: {{c1|They burned the bank, the market, the houses of the government people. They threw [[fire bombs|WEAPON:INCENDIARY]], [[bottles with petrol|WEAPON:INCENDIARY]], on the roofs.}} {{c2|My house also burned, all my pots inside.}}
[00:01:26] INTERVIEWER: Was anyone killed?
[00:01:29] WITNESS: {{c3|Yes. The [[Mussa|PERSON]] family, next to the mosque. The father and the two older sons, they cut them in the yard, I saw them after.}} {{c4|In the town people say between ten and fifteen were killed in those three days.}}
[00:01:48] INTERVIEWER: And [[the helicopters|WEAPON:AIRSTRIKE]]?
[00:01:51] WITNESS: [[The second day|DATE:2020-05-29]] [[the helicopter|WEAPON:AIRSTRIKE]] came. The one of [[the white men|ACTOR:Dyck Advisory Group]], the private one. It fired [[missiles|WEAPON:MISSILE]] and the [[machine gun|WEAPON:SMALL_ARMS]], and they threw [[barrels|WEAPON:BARREL_BOMB]] from the door.
[00:02:05] INTERPRETER: She says "mapipa", drums, like the drums for water. She says they exploded when they fell.
[00:02:12] WITNESS: {{c5,c6|One [[barrel|WEAPON:BARREL_BOMB]] fell near the health centre, on the houses behind.}} {{c5|My neighbour [[Zuhura|PERSON]] and her three children died there, all four of them. The youngest was [[Nuru|PERSON]], two years.}} [crying]
[00:02:35] WITNESS: Nuru, it means light. She was our light.
[00:02:40] INTERVIEWER: Were [[the insurgents|ACTOR:Ahlu Sunna Wal Jama'a]] near that house?
[00:02:44] WITNESS: Some of them were in the health centre, they took the medicines. But in the houses behind, only families. {{c6|Another [[barrel|WEAPON:BARREL_BOMB]] fell in the street of the tailors and broke three houses.}} I don't know if it killed anybody there.
[00:03:02] INTERVIEWER: Who sent [[the helicopter|WEAPON:AIRSTRIKE]]?
[00:03:05] WITNESS: The government. They paid the [[DAG|ACTOR:Dyck Advisory Group]], [[the South Africans|ACTOR:Dyck Advisory Group]]. Everybody knows [[the helicopter|WEAPON:AIRSTRIKE]], it is grey. It came many times. The [[missile|WEAPON:MISSILE]], the [[drum|WEAPON:BARREL_BOMB]], it does not choose.
[00:03:20] INTERVIEWER: What did you do after?
[00:03:23] WITNESS: {{c7|When they left, [[the fourth day|DATE:2020-05-31]], we walked to [[Mucojo|PLACE]] and then with a boat to [[Pemba|PLACE]]. Me, my husband [[Salimo Assumane|PERSON]], my mother, the two girls. Five.}}
[00:03:38] INTERVIEWER: Did you go back?
[00:03:41] WITNESS: Yes, in [[2022|DATE:2022-01-01..2022-12-31]], when it was calmer. Then in [[May this year|DATE:2024-05-01..2024-05-31]] they came again to [[Macomia|PLACE]].
[00:03:52] WITNESS: {{c8|[[The 10th of May|DATE:2024-05-10]], [[a Friday|DATE:2024-05-10]]. They came into the town in [[the morning|DATE:2024-05-10]], they took the food from the shops, they shot at the soldiers of the [[FDS|ACTOR:Mozambican defence forces]]. [[Salimo|PERSON]] was shot in the hip.}}
[00:04:10] WITNESS: {{c9|So we left again, the second time. This time to [[Pemba|PLACE]] directly, in a lorry.}}
[00:04:18] INTERVIEWER: Was anyone from your family hurt on the road?
[00:04:21] WITNESS: No. On the road nobody was hurt. People say there are [[bombs|WEAPON:IED]] under the road near [[Chai|PLACE]] now, [[roadside bombs|WEAPON:IED]], but our lorry passed. If it had hit a [[bomb|WEAPON:IED]], we would not be here.
[00:04:38] INTERVIEWER: Thank you, Mama [[Rukia|PERSON]].
[00:04:41] WITNESS: Write [[Zuhura|PERSON]] and her children. Nobody wrote them in [[2020|DATE:2020-01-01..2020-12-31]].
@@witness mz-macomia-rukia-abdala
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Ahlu Sunna Wal Jama'a" site="Macomia" date=2020-05-28..2020-05-30 basis=WITNESSED incident=mz-macomia-20200528-town-occupation
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Ahlu Sunna Wal Jama'a" site="Nanga" date=2020-05-28..2020-05-30 basis=EXPERIENCED incident=mz-macomia-20200528-town-occupation
@@claim c3 harm=KILLED min=3 max=3 actor="Ahlu Sunna Wal Jama'a" site="Macomia" date=2020-05-28..2020-05-30 basis=WITNESSED incident=mz-macomia-20200528-town-occupation
@@claim c4 harm=KILLED min=10 max=15 site="Macomia" date=2020-05-28..2020-05-30 basis=HEARSAY incident=mz-macomia-20200528-town-occupation
@@claim c5 harm=KILLED min=4 max=4 named="Zuhura; Nuru" weapon=BARREL_BOMB actor="Dyck Advisory Group" site="Macomia" date=2020-05-29 basis=WITNESSED incident=mz-macomia-20200529-helicopter-barrels
@@claim c6 harm=PROPERTY_DAMAGE min=3 max=3 weapon=BARREL_BOMB actor="Dyck Advisory Group" site="Macomia" date=2020-05-29 basis=WITNESSED incident=mz-macomia-20200529-helicopter-barrels
@@claim c7 harm=DISPLACED min=5 max=5 named="Salimo Assumane" site="Macomia" date=2020-05-31 basis=EXPERIENCED incident=mz-macomia-20200528-town-occupation
@@claim c8 harm=INJURED min=1 max=1 named="Salimo" weapon=SMALL_ARMS actor="Ahlu Sunna Wal Jama'a" site="Macomia" date=2024-05-10 basis=WITNESSED incident=mz-macomia-20240510-town-attack
@@claim c9 harm=DISPLACED min=null max=null site="Macomia" date=2024-05-10..2024-05-31 basis=EXPERIENCED incident=mz-macomia-20240510-town-attack
