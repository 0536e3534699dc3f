Interview ID: MZ-PLM-522
Date of interview: 12 May 2021
Place of interview: [[Pemba|PLACE]], [[Cabo Delgado|PLACE]]
Language: Kimwani and Portuguese, interpreted into English
Interviewer: [[Sofia Andrade|PERSON]]
Interpreter: [[Abdul Carimo|PERSON]]

INTERVIEWER: Thank you. Please tell me who you are.
WITNESS: [[Rashid Muhamadi|PERSON]]. I had two boats in [[Palma|PLACE]], for fishing and for transport to [[Tanzania|PLACE]] side. I have fifty-two years.
INTERVIEWER: Where were you on [[the 24th of March|DATE:2021-03-24]]?
WITNESS: In [[Palma|PLACE]] town, at my house near the old market, in [[Paquitequete|PLACE:Paquetequete]] side... no, sorry, [[Paquetequete|PLACE]] is [[Pemba|PLACE]], I am confused. In [[Palma|PLACE]], near the mosque of the Friday.
INTERPRETER: He corrected himself. His house was in [[Palma|PLACE]] town, near the central mosque.
WITNESS: It was [[Wednesday|DATE:2021-03-24]], in [[the afternoon|DATE:2021-03-24]], around four. [[Some weeks before Ramadan|DATE:2021-03-01..2021-04-12]]. We heard [[shooting|WEAPON:SMALL_ARMS]] from the side of the airstrip and then from the side of [[Quitunda|PLACE]] road, three sides.
INTERVIEWER: Who was shooting?
WITNESS: The [[al-Shabaab|ACTOR:Ahlu Sunna Wal Jama'a]], the [[machababos|ACTOR:Ahlu Sunna Wal Jama'a]]. Many, young, some were boys from [[Palma|PLACE]] itself, I knew the face of one, [[Sumaila|PERSON]], the son of the baker. They had [[Kalashnikov|WEAPON:SMALL_ARMS]], and the [[RPG|WEAPON:ROCKET]], and [[grenades|WEAPON:EXPLOSIVE_UNSPECIFIED]], and they fired [[mortars|WEAPON:MORTAR]] at [[the police|ACTOR:Mozambican defence forces]].
INTERVIEWER: What did you see?
WITNESS: {{c1|In [[the evening|DATE:2021-03-24]] I went out to find my son [[Anli|PERSON]], who was at the bank. On the road to the bank I saw twelve bodies. Twelve. Some without the head.}} [pause] {{c2|They threw [[petrol bombs|WEAPON:INCENDIARY]] into the bank, the bank was burning, and the office of the district, and the shops of the Indians.}}
INTERVIEWER: Did you find your son?
WITNESS: {{c3|No. [[Anli|PERSON]], twenty-three years. Until now we don't know. Some people say they took him to the bush, to carry things for them.}} [crying]
INTERPRETER: He asks for a moment.
INTERVIEWER: Take your time. Did other people from your family get hurt?
WITNESS: {{c4|My brother's wife, [[Zainabo|PERSON]], a [[bullet|WEAPON:SMALL_ARMS]] in the leg, [[the second day|DATE:2021-03-25]]. We carried her to the beach.}}
INTERVIEWER: How did you leave [[Palma|PLACE]]?
WITNESS: {{c5,c2|On [[Saturday|DATE:2021-03-27]] [[before the light|DATE:2021-03-27]] we went down to the beach, my wife [[Ancha|PERSON]], my daughters, the family of my brother [[Momade|PERSON]], fourteen people, and we went out in my small boat, the other one they burned.}} {{c5|Two days on the sea to [[Pemba|PLACE]].}} [[The helicopter|WEAPON:AIRSTRIKE]] of [[the South Africans|ACTOR:Dyck Advisory Group]] passed over us, it was firing on the bush behind the beach. I don't know at whom.
INTERVIEWER: Were there soldiers defending the town?
WITNESS: There were soldiers of the [[FDS|ACTOR:Mozambican defence forces]], yes, at the barracks, but [[the first night|DATE:2021-03-24]] many of them ran to [[Afungi|PLACE]], to the gas project. The people were alone.
INTERVIEWER: How many people died in [[Palma|PLACE]], do you know?
WITNESS: {{c6|In [[Pemba|PLACE]] people say more than fifty, some say hundreds.}} I only know the twelve on the road.
INTERVIEWER: Have you heard of other attacks before, on [[Palma|PLACE]]?
WITNESS: Before, only small, in the villages. In [[Palma|PLACE]] town no. Nobody believed they would come into the town, because of the gas project, the soldiers. If we knew, we would have left before, with everything.
INTERVIEWER: You mentioned your daughter.
WITNESS: [[Esperança|PERSON]]. She is eight. In Portuguese esperança means hope. On the boat she was the one who did not cry. She said, papá, esperança, we are going.
@@witness mz-palma-rashid-muhamadi
@@claim c1 harm=KILLED min=12 max=12 actor="Ahlu Sunna Wal Jama'a" site="Palma" date=2021-03-24 basis=WITNESSED incident=mz-palma-20210324-town-attack
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null actor="Ahlu Sunna Wal Jama'a" site="Palma" date=2021-03-24 basis=WITNESSED incident=mz-palma-20210324-town-attack
@@claim c3 harm=MISSING min=1 max=1 named="Anli" actor="Ahlu Sunna Wal Jama'a" site="Palma" date=2021-03-24 basis=HEARSAY incident=mz-palma-20210324-town-attack
@@claim c4 harm=INJURED min=1 max=1 named="Zainabo" weapon=SMALL_ARMS actor="Ahlu Sunna Wal Jama'a" site="Palma" date=2021-03-25 basis=WITNESSED incident=mz-palma-20210324-town-attack
@@claim c5 harm=DISPLACED min=14 max=14 site="Palma" date=2021-03-27 basis=EXPERIENCED incident=mz-palma-20210324-town-attack
@@claim c6 harm=KILLED min=51 max=null site="Palma" date=2021-03-24..2021-03-31 basis=HEARSAY incident=mz-palma-20210324-town-attack
