id: SO-KSM-918
interview_date: 2019-09-14
place: Kismayo, Jubaland, Somalia
language: Somali, interpreted into English

Q: Please tell me your name and your work.
A: [[Cabdiraxmaan Sheekh Nuur|PERSON]]. People call me [[Dheere|PERSON]], because I am tall. I was a cook at the [[Asasey Hotel|PLACE]] in [[Kismaayo|PLACE:Kismayo]], for three years.
Q: Were you at the hotel on [[the day of the attack|DATE:2019-07-12]] in [[July|DATE:2019-07-01..2019-07-31]]?
A: Yes. [[Friday|DATE:2019-07-12]], [[the 12th of July|DATE:2019-07-12]]. In [[the evening|DATE:2019-07-12]], [[after the maghrib prayer|DATE:2019-07-12]]. There was a meeting of the politicians for the elections of [[Jubaland|PLACE]], many guests, elders, journalists.
Q: What happened?
A: {{c1|First the [[suicide vehicle|WEAPON:IED]], a car full of explosives, at the gate. The whole front wall came down on the guards.}} I was in the kitchen at the back. {{c1|The windows broke into my face, you see this line here.}}
Q: And then?
A: {{c2|Then the gunmen came inside, three or four, with [[Kalashnikovs|WEAPON:SMALL_ARMS]] and [[grenades|WEAPON:EXPLOSIVE_UNSPECIFIED]], shooting at everyone in the hall.}} I hid in the cold store with [[Hodan|PERSON]], the waitress, and the boy who washes dishes, [[Bile|PERSON]]. Two hours, more, in the cold, listening to the [[shooting|WEAPON:SMALL_ARMS]]. Then [[the Jubaland forces|ACTOR:Jubaland forces]] killed the gunmen, [[around midnight|DATE:2019-07-12]].
Q: How many people were killed?
A: {{c3|When we came out, I saw the hall, maybe fifteen, twenty bodies. I knew some of them, a young woman from the local radio, [[Faadumo Warsame|PERSON]], and an old elder from [[Afmadow|PLACE]], Aw [[Diini Xirsi|PERSON]].}} {{c4,c8|The radio said twenty-four died and more than fifty injured.}} Some people say more, some hotel staff were never found.
Q: [[Hodan|PERSON]] the waitress, was she hurt?
A: No, thanks to God, [[Hodan|PERSON]] and [[Bile|PERSON]] are fine. {{c5|But our manager, [[Xuseen Faarax|PERSON]], he died at the reception.}} {{c6|And the guard [[Mataan|PERSON]] is missing, they never found his body, maybe under the wall.}}
Q: Who was responsible?
A: [[Al-Shabaab|ACTOR:al-Shabaab]] said it was them, on their radio, [[the same night|DATE:2019-07-12]].
Q: Has anything else happened to you or your family?
A: {{c7|My brother [[Cumar|PERSON]] is a farmer near [[Jamaame|PLACE]]. [[Last year|DATE:2018-01-01..2018-12-31]] a [[landmine|WEAPON:LANDMINE]] on the farm road broke his leg, he has a metal leg now.}} The [[Shabaab|ACTOR:al-Shabaab]] put [[mines|WEAPON:LANDMINE]] on the roads for [[the army|ACTOR:Somali forces]], but the farmers walk there.
Q: Did you hear of any [[air strikes|WEAPON:AIRSTRIKE]] in that area?
A: [[The Americans|ACTOR:US forces]] strike near [[Jilib|PLACE]], many times. My brother hears [[the planes|WEAPON:AIRSTRIKE]] at night. On his farm, no, no one was hurt from [[the planes|WEAPON:AIRSTRIKE]]. He says they hit the [[Shabaab|ACTOR:al-Shabaab]] bases in the bush.
Q: Are you working now?
A: The hotel is closed. I cook for weddings. There are not many weddings now.
@@witness so-kismayo-cabdiraxmaan-nuur
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="al-Shabaab" site="Asasey Hotel" date=2019-07-12 basis=WITNESSED incident=so-kismayo-20190712-hotel-attack
@@claim c2 harm=KILLED min=null max=null weapon=SMALL_ARMS actor="al-Shabaab" site="Asasey Hotel" date=2019-07-12 basis=WITNESSED incident=so-kismayo-20190712-hotel-attack
@@claim c3 harm=KILLED min=15 max=20 named="Faadumo Warsame; Diini Xirsi" actor="al-Shabaab" site="Asasey Hotel" date=2019-07-12 basis=WITNESSED incident=so-kismayo-20190712-hotel-attack
@@claim c4 harm=KILLED min=24 max=24 actor="al-Shabaab" site="Asasey Hotel" date=2019-07-12 basis=REPORTED incident=so-kismayo-20190712-hotel-attack
@@claim c5 harm=KILLED min=1 max=1 named="Xuseen Faarax" actor="al-Shabaab" site="Asasey Hotel" date=2019-07-12 basis=HEARSAY incident=so-kismayo-20190712-hotel-attack
@@claim c6 harm=MISSING min=1 max=1 named="Mataan" actor="al-Shabaab" site="Asasey Hotel" date=2019-07-12 basis=HEARSAY incident=so-kismayo-20190712-hotel-attack
@@claim c7 harm=INJURED min=1 max=1 named="Cumar" weapon=LANDMINE site="Jamaame" date=2018-01-01..2018-12-31 basis=HEARSAY incident=so-jamaame-20180000-farm-road-landmine
@@claim c8 harm=INJURED min=51 max=null actor="al-Shabaab" site="Asasey Hotel" date=2019-07-12 basis=REPORTED incident=so-kismayo-20190712-hotel-attack
