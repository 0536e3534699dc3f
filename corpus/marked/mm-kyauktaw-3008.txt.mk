@@newline crlf
Interview ID: MM-KTW-3008
Date: 3 March 2024
Location: phone call, witness in [[Sittwe|PLACE]]
Language: Rakhine, via interpreter
Interviewer: [[Priya Raman|PERSON]]
Interpreter: [[Ko Thein Zaw|PERSON]]

Notes of a phone call, written up the same evening. The line dropped twice. [inaudible] marks where the interpreter could not hear.

The witness, [[Daw Aye Aye Nu|PERSON]], 46, sold fish paste in the market of [[Kyauktaw|PLACE]] until [[January|DATE:2024-01-01..2024-01-31]]. She now stays with her sister in [[Sittwe|PLACE]].

She says the fighting in [[Kyauk Taw|PLACE:Kyauktaw]] started again in [[November 2023|DATE:2023-11-01..2023-11-30]], when [[the Arakan Army|ACTOR:Arakan Army]] attacked the army posts on the hill. {{c1|She says that on [[the 17th of January|DATE:2024-01-17]], [[a Wednesday|DATE:2024-01-17]] she thinks, [[the jet|WEAPON:AIRSTRIKE]] of [[the military|ACTOR:Tatmadaw]] bombed the ward near the monastery, and the house of her neighbour [[U Kyaw Hla|PERSON]] was flattened.}} {{c1|She saw from her door that the monastery school lost its roof and the teak walls split.}}

{{c3|She says [[U Kyaw Hla|PERSON]], 70, and his granddaughter [[Ma Thida|PERSON]], who was eight, died under the house.}} She helped to dig. [crying, call paused]

{{c4,c12|After the call resumed she said the ward administrator later gave a list to the monks with nine dead in the ward [[that day|DATE:2024-01-17]], and more than twenty wounded.}} She herself was not hurt. "Only dust in my eyes."

She mentioned an earlier attack, before the jet. {{c13|In [[late December|DATE:2023-12-20..2023-12-31]], she watched from the market as a [[drone|WEAPON:DRONE_STRIKE]] dropped two small [[bombs|WEAPON:DRONE_STRIKE]] on the fish jetty, and the boat of her brother-in-law [[Ko Myo Aung|PERSON]] sank with its engine.}} Nobody was on the boat, it was [[lunch time|DATE:2023-12-20..2023-12-31]]. She does not know whose drone it was; in the market people blamed both sides, and she did not want to guess.

Asked whether there were fighters in the ward, she said no, the fighters were on the other side of the river, there was no fighting in the ward [[that day|DATE:2024-01-17]].

{{c5|She says [[two days later|DATE:2024-01-19]], [[the soldiers|ACTOR:Tatmadaw]] came to the market street and arrested her son [[Maung Zaw Min|PERSON]], 22, and his two friends, accusing them of helping the [[AA|ACTOR:Arakan Army]].}} {{c6|They took them to the police station, and after that to the battalion; she paid money to a soldier for news, and he told her they were moved to [[Sittwe|PLACE]] prison, but the prison says he is not there.}} {{c7|She has no news of her son since [[February|DATE:2024-02-01..2024-02-29]].}}

The interpreter added that the witness was worried about speaking from [[Sittwe|PLACE]] and asked to stop at this point. She continued after a few minutes.

{{c8|She describes [[the soldiers|ACTOR:Tatmadaw]] shooting with a [[machine gun|WEAPON:SMALL_ARMS]] from the bridge, [[the same evening|DATE:2024-01-19]], into the boats on the creek, and says a fisherman, [[Ko Tun Lin|PERSON]], was hit in the shoulder.}} She saw him brought to the jetty. She does not know if he lived. [inaudible]

Her husband [[U Than Myint|PERSON]] was stopped [[the same day|DATE:2024-01-19]] at the market gate; [[the soldiers|ACTOR:Tatmadaw]] checked his ID card and phone, kept him one hour sitting in the sun, and let him go because he is over sixty.

{{c9|She says in [[the last week of January|DATE:2024-01-25..2024-01-31]], she, her husband and her daughter left [[Kyauktaw|PLACE]] on a boat down the [[Kaladan|PLACE]] river to [[Sittwe|PLACE]], like almost everyone from the ward.}} {{c10|Her cousin told her by phone in [[February|DATE:2024-02-01..2024-02-29]] that her own house is now without windows and the rice store behind it burned from a [[shell|WEAPON:ARTILLERY]].}}

She also heard that [[the Arakan Army|ACTOR:Arakan Army]] planted [[mines|WEAPON:LANDMINE]] on the road to [[Paletwa|PLACE]], but she knows no one who was hurt.

{{c11|She says a Facebook page of [[Kyauktaw|PLACE]] youth later posted photos of the market and wrote that more than sixty shops were burned in the fighting of [[February|DATE:2024-02-01..2024-02-29]].}} She has seen the photos. She recognised her own stall, "only the iron legs".

@@witness mm-kyauktaw-aye-aye-nu
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Tatmadaw" site="Kyauktaw" date=2024-01-17 basis=WITNESSED incident=mm-kyauktaw-20240117-ward-jet
@@claim c3 harm=KILLED min=2 max=2 named="U Kyaw Hla; Ma Thida" weapon=AIRSTRIKE actor="Tatmadaw" site="Kyauktaw" date=2024-01-17 basis=WITNESSED incident=mm-kyauktaw-20240117-ward-jet
@@claim c4 harm=KILLED min=9 max=9 weapon=AIRSTRIKE actor="Tatmadaw" site="Kyauktaw" date=2024-01-17 basis=REPORTED incident=mm-kyauktaw-20240117-ward-jet
@@claim c12 harm=INJURED min=21 max=null weapon=AIRSTRIKE actor="Tatmadaw" site="Kyauktaw" date=2024-01-17 basis=REPORTED incident=mm-kyauktaw-20240117-ward-jet
@@claim c5 harm=DETAINED min=3 max=3 named="Maung Zaw Min" actor="Tatmadaw" site="Kyauktaw" date=2024-01-19 basis=WITNESSED incident=mm-kyauktaw-20240119-market-arrests
@@claim c6 harm=DETAINED min=1 max=1 named="Maung Zaw Min" actor="Tatmadaw" site="Sittwe" basis=HEARSAY incident=mm-kyauktaw-20240119-market-arrests
@@claim c7 harm=MISSING min=1 max=1 named="Maung Zaw Min" actor="Tatmadaw" date=2024-02-01..2024-02-29 basis=EXPERIENCED incident=mm-kyauktaw-20240119-market-arrests
@@claim c8 harm=INJURED min=1 max=1 named="Ko Tun Lin" weapon=SMALL_ARMS actor="Tatmadaw" site="Kyauktaw" date=2024-01-19 basis=WITNESSED incident=mm-kyauktaw-20240119-creek-shooting
@@claim c9 harm=DISPLACED min=3 max=3 named="U Than Myint" site="Kyauktaw" date=2024-01-25..2024-01-31 basis=EXPERIENCED incident=mm-kyauktaw-20240100-ward-exodus
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Kyauktaw" date=2024-02-01..2024-02-29 basis=HEARSAY incident=mm-kyauktaw-20240200-market-fighting
@@claim c11 harm=PROPERTY_DAMAGE min=61 max=null site="Kyauktaw" date=2024-02-01..2024-02-29 basis=REPORTED incident=mm-kyauktaw-20240200-market-fighting
@@claim c13 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Kyauktaw" date=2023-12-20..2023-12-31 basis=WITNESSED incident=mm-kyauktaw-20231200-jetty-drone
