@@newline crlf
PHONE CALL NOTES
Interview ID: MZ-PLM-2608
Date: 2021-05-19
Location: call to [[Pemba|PLACE]] from [[Maputo|PLACE]]
Language: Portuguese (witness's second language) and Kiswahili
Interviewer: [[Teresa Mondlane|PERSON]]

Notes typed during the call and tidied the same evening. Line was bad at times; gaps marked [inaudible].

W-2608 is [[Anselmo Chipande|PERSON]], 41, who ran a small hardware shop in [[Palma|PLACE]] town, on the road towards the airstrip. He was in [[Palma|PLACE]] on [[24 March|DATE:2021-03-24]] when the attack began. He asked that his wife's name not be written.

He says the first [[shooting|WEAPON:SMALL_ARMS]] was heard [[a little after four in the afternoon|DATE:2021-03-24]], from the direction of [[Pundanhar|PLACE]]. Then "the heavy ones", which he describes as whistles followed by bangs; he believes they were [[mortars|WEAPON:MORTAR]] because he did his military service and knows the sound. {{c1|One [[mortar bomb|WEAPON:MORTAR]] fell on the bank, he says, "the front of the bank is open like a mouth now, the machine is in the street".}} He saw this himself [[the next morning|DATE:2021-03-25]] from the end of his street.

{{c2|His own shop: [[the insurgents|ACTOR:Ahlu Sunna Wal Jama'a]] broke in during [[the first night|DATE:2021-03-24..2021-03-25]], took the cement and the zinc sheets, and set fire to what was left. "Nothing is left of my shop, not even the shelves."}} He watched from the roof of his neighbour's house, lying flat.

He and his family hid for three days in the house of a fisherman, [[Bakari|PERSON]], near the beach in the lower town. {{c3|On [[the Friday|DATE:2021-03-26]], he says, a group of the [[al-Shabaab|ACTOR:Ahlu Sunna Wal Jama'a]] came along the beach and took two young men from the next house, [[Rashid|PERSON]] and his brother [[Twaha|PERSON]], and marched them off towards the bush.}} {{c4|The family has had no news of them since. The mother has asked at [[Quitunda|PLACE]] and at [[Pemba|PLACE]].}}

Asked whether he saw killings: yes. {{c5|On [[the morning he left|DATE:2021-03-27]], [[the 27th|DATE:2021-03-27]], he passed three bodies on the road to the beach, men, he did not know them.}} [inaudible] {{c6|He heard from a cousin who works for a catering company that many foreigners and local drivers were killed when a convoy left the [[Amarula hotel|PLACE]]; the cousin said "seven cars, maybe more, and few came out".}} He was clear that he did not see this.

{{c7|He left by boat to [[Pemba|PLACE]] with his wife, their three children and [[Bakari|PERSON]]'s family, eleven people, on [[the 28th|DATE:2021-03-28]].}} He says the crossing took two nights. Nobody on his boat was hurt.

He was asked about [[the army|ACTOR:Mozambican defence forces]]. He says the [[FADM|ACTOR:Mozambican defence forces]] were "not to be seen" in his part of town during the first two days. When he reached [[Pemba|PLACE]], [[the police|ACTOR:Mozambican defence forces]] at the port checked everybody's documents and took his phone for an hour, looking at photos, and gave it back. He was not held. He says young men without documents were taken aside, but he does not know what happened to them.

He also spoke, unprompted, about [[Mocímboa da Praia|PLACE]]. {{c8|His brother-in-law [[Januário Saide|PERSON]] was a teacher there and disappeared in [[August last year|DATE:2020-08-01..2020-08-31]] when the town fell; the family believes he was taken with the other civil servants.}} {{c9|He says the family house in [[Mocimboa|PLACE:Mocímboa da Praia]], in the [[30 de Junho|PLACE]] bairro, "has no roof and no doors now", according to a neighbour who went back.}}

Asked how he is now, he says he sleeps badly and jumps at every motorbike; the children ask every day when they go home. He wants to go back "when the road is safe", not before.

Radio: {{c10|he heard on the radio in [[Pemba|PLACE]] that dozens of people died in [[Palma|PLACE]]; he could not remember a number.}}
@@witness mz-palma-anselmo-chipande
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Palma" date=2021-03-24 basis=WITNESSED incident=mz-palma-20210324-town-attack
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null actor="Ahlu Sunna Wal Jama'a" site="Palma" date=2021-03-24..2021-03-25 basis=EXPERIENCED incident=mz-palma-20210324-town-attack
@@claim c3 harm=DETAINED min=2 max=2 named="Rashid; Twaha" actor="Ahlu Sunna Wal Jama'a" site="Palma" date=2021-03-26 basis=WITNESSED incident=mz-palma-20210324-town-attack
@@claim c4 harm=MISSING min=2 max=2 named="Rashid; Twaha" actor="Ahlu Sunna Wal Jama'a" site="Amarula hotel" date=2021-03-26 basis=HEARSAY incident=mz-palma-20210324-town-attack
@@claim c5 harm=KILLED min=3 max=3 site="Palma" date=2021-03-27 basis=WITNESSED incident=mz-palma-20210324-town-attack
@@claim c6 harm=KILLED min=null max=null site="Amarula hotel" date=2021-03-26 basis=HEARSAY incident=mz-palma-20210326-amarula-convoy
@@claim c7 harm=DISPLACED min=11 max=11 site="Palma" date=2021-03-28 basis=EXPERIENCED incident=mz-palma-20210324-town-attack
@@claim c8 harm=MISSING min=1 max=1 named="Januário Saide" actor="Ahlu Sunna Wal Jama'a" site="Mocímboa da Praia" date=2020-08-01..2020-08-31 basis=EXPERIENCED incident=mz-mocimboa-20200811-town-capture
@@claim c10 harm=KILLED min=24 max=null site="Palma" date=2021-03-24..2021-03-28 basis=REPORTED incident=mz-palma-20210324-town-attack
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null site="30 de Junho" date=2020-08-01..2020-08-31 basis=HEARSAY incident=mz-mocimboa-20200811-town-capture
