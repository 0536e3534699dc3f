id: MZ-MCP-4808
interview_date: 2022-01-20
place: Mocímboa da Praia, Cabo Delgado, Mozambique
language: Kimwani and Portuguese, interpreted into English

INT: Thank you for receiving us. Your name, please.
RESP: [[Zaituni Assane|PERSON]]. I was born here in [[Mocímboa|PLACE:Mocímboa da Praia]], in [[Nanduadua|PLACE]] bairro.
INT: When did you leave [[Mocímboa da Praia|PLACE]]?
RESP: {{c1|When they took the town, in [[August 2020|DATE:2020-08-01..2020-08-31]]. We went in a canoe to [[Ibo|PLACE]], me, my mother and my two small ones. Then from [[Ibo|PLACE]] to [[Pemba|PLACE]] in a bigger boat.}}
RESP: In [[Pemba|PLACE]] we stayed in [[Paquitequete|PLACE]], at the house of my uncle, fourteen people in the house.
INT: You had an older son?
RESP: [[Faque|PERSON]]. He is nineteen now, if he lives.
RESP: {{c2|In [[June 2020|DATE:2020-06-01..2020-06-30]], before the town fell, the [[machababos|ACTOR:Ahlu Sunna Wal Jama'a]] came at [[dawn|DATE:2020-06-01..2020-06-30]] to our street. They took [[Faque|PERSON]] and two other boys to carry the things they stole from the shops. I saw them tie his hands.}}
RESP: {{c3|He never came back. Not a letter, not a word. I asked the women who escaped from [[Mbau|PLACE]], nobody saw him.}}
INT: When did you come back to [[Mocímboa|PLACE:Mocímboa da Praia]]?
RESP: In [[November|DATE:2021-11-01..2021-11-30]], after [[the Rwandans|ACTOR:Rwandan forces]] took the town back.
INT: What did you find?
RESP: {{c4|Our house, we found only the walls. No roof, no doors, no windows. The neighbours told me [[the insurgents|ACTOR:Ahlu Sunna Wal Jama'a]] burned [[Nanduadua|PLACE]] when [[the Rwandans|ACTOR:Rwandan forces]] were coming, in [[August|DATE:2021-08-01..2021-08-31]].}}
RESP: The wall of the kitchen was already fallen before, in [[the rains of 2019|DATE:2019-01-01..2019-04-30]]. That one is not the war, that is God.
INT: Was anybody hurt in your bairro when the town was retaken?
RESP: In [[Nanduadua|PLACE]], no. Nobody died when [[the Rwandans|ACTOR:Rwandan forces]] came, I asked everybody. We heard the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] of [[the Rwandans|ACTOR:Rwandan forces]] on the base of the [[machababos|ACTOR:Ahlu Sunna Wal Jama'a]] at [[Mbau|PLACE]]. That was in the bush, on them.
INT: Has anything happened to your family since you returned?
RESP: {{c5|My nephew [[Nassurulahe|PERSON]]. The [[Rwandan soldiers|ACTOR:Rwandan forces]] stopped him in [[December|DATE:2021-12-01..2021-12-31]], near the port, because he had no identity card. They kept him one night in their base and asked many questions.}} [[The next morning|DATE:2021-12-01..2021-12-31]] they brought him back to the chief of the bairro. They did not beat him.
INT: You also have family in [[Muidumbe|PLACE]]?
RESP: My sister [[Halima|PERSON]]. She lived in [[Miangalua|PLACE:Miangalewa]], near the church.
RESP: {{c6|She told me when the [[machababos|ACTOR:Ahlu Sunna Wal Jama'a]] came there, [[the end of October|DATE:2020-10-31]], her husband [[Jorge Ntaluma|PERSON]] was killed in front of their house.}} [[Halima|PERSON]] hid in the latrine with the baby.
RESP: {{c7|She says twelve people died in [[Miangalua|PLACE:Miangalewa]].}} {{c8|And many houses burned, twenty, maybe more.}}
INT: Where is your sister now?
RESP: {{c9|She walked to [[Mueda|PLACE]] with the baby, then [[Montepuez|PLACE]].}} Now she wants to come here to me, but I have no roof for her.
INT: Is there anything else?
RESP: If you see a boy called [[Faque Assane|PERSON]], tall, with a mark on the chin, tell him his mother is home.
@@witness mz-mocimboa-zaituni-assane
@@claim c1 harm=DISPLACED min=4 max=4 site="Mocímboa da Praia" date=2020-08-01..2020-08-31 basis=EXPERIENCED incident=mz-mocimboa-20200800-assane-family-flight
@@claim c2 harm=DETAINED min=3 max=3 named="Faque" actor="Ahlu Sunna Wal Jama'a" site="Mocímboa da Praia" date=2020-06-01..2020-06-30 basis=WITNESSED incident=mz-mocimboa-20200600-faque-abduction
@@claim c3 harm=MISSING min=1 max=1 named="Faque" actor="Ahlu Sunna Wal Jama'a" site="Mocímboa da Praia" date=2020-06-01..2020-06-30 basis=EXPERIENCED incident=mz-mocimboa-20200600-faque-abduction
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null actor="Ahlu Sunna Wal Jama'a" site="Nanduadua" date=2021-08-01..2021-08-31 basis=EXPERIENCED incident=mz-mocimboa-20210800-nanduadua-burning
@@claim c5 harm=DETAINED min=1 max=1 named="Nassurulahe" actor="Rwandan forces" site="Mocímboa da Praia" date=2021-12-01..2021-12-31 basis=EXPERIENCED incident=mz-mocimboa-20211200-nassurulahe-held
@@claim c6 harm=KILLED min=1 max=1 named="Jorge Ntaluma" actor="Ahlu Sunna Wal Jama'a" site="Miangalua" date=2020-10-31 basis=HEARSAY incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c7 harm=KILLED min=12 max=12 actor="Ahlu Sunna Wal Jama'a" site="Miangalua" date=2020-10-31 basis=HEARSAY incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c8 harm=PROPERTY_DAMAGE min=20 max=null actor="Ahlu Sunna Wal Jama'a" site="Miangalua" date=2020-10-31 basis=HEARSAY incident=mz-muidumbe-20201031-miangalewa-attack
@@claim c9 harm=DISPLACED min=2 max=2 named="Halima" site="Miangalua" date=2020-10-31 basis=HEARSAY incident=mz-muidumbe-20201031-miangalewa-attack
