@@newline crlf
Interview ID: MM-RKN-1215
Date of interview: 28 June 2024
Place of interview: [[Mrauk-U|PLACE]] township, [[Rakhine|PLACE]] State
Language: Rakhine
Interviewer: [[Hannah Lwin|PERSON]]
Interpreter: [[Maung Soe Naing|PERSON]]

Q: Thank you for speaking with us. Please introduce yourself.
INTERPRETER: He says his name is [[U Khin Maung Tha|PERSON]], he is sixty-eight, he was a guide for the temples in [[Mrauk U|PLACE:Mrauk-U]] before, for tourists, before the war.
Q: Where were you living in [[January and February|DATE:2024-01-01..2024-02-29]]?
A: In the town, near the [[Shittaung pagoda road|PLACE]]. My house is wood, two floors. My wife [[Daw Ohn Kyi|PERSON]], my daughter, her two children.
Q: What happened during the fighting for the town?
A: The fighting was from [[the end of January|DATE:2024-01-20..2024-01-31]]. [[The Arakan Army|ACTOR:Arakan Army]] came from the hills. [[The army|ACTOR:Tatmadaw]] was in the old palace area and the battalion. Every day [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]], day and night, I could not say from where.
INTERPRETER: He uses a word that means both shelling and bombing, I translated it as bombardment.
Q: Was your house hit?
A: {{c1|Yes. In [[the first week of February|DATE:2024-02-01..2024-02-07]], maybe [[the 4th|DATE:2024-02-04]], [[the jets|WEAPON:AIRSTRIKE]] dropped the [[fire bombs|WEAPON:INCENDIARY]] on our quarter. The houses burned very fast, wooden houses, like paper.}} {{c2|Our house burned completely, and the houses of our neighbours, eight or nine houses in the row.}}
Q: What do you mean by fire bombs?
A: Bombs that make fire, not only explosion. The fire was white, and it was sticking. People say it is like [[napalm|WEAPON:INCENDIARY]]. I don't know the correct name. I know only that water did not stop it.
Q: Was anyone hurt?
A: {{c3|My granddaughter [[Ma Thiri|PERSON]], she is five, she was burned on her leg and arm, because she was running out behind her mother.}} [pause] She has the marks now. {{c4|The old woman next door, [[Daw Saw Hla|PERSON]], she could not walk, she died in the fire.}} Her son tried to go in, he could not.
Q: I'm very sorry. Do you know how many people died in your quarter?
A: {{c5|In our quarter, from [[that day|DATE:2024-02-04]], four people. [[Daw Saw Hla|PERSON]], two men who were putting out the fire, and a baby.}} I am not sure about the baby. People told me.
INTERPRETER: He is correcting himself: he means [[Daw Saw Hla|PERSON]], the same woman.
Q: Where did your family go after the house burned?
A: {{c6|We went to the monastery, the [[Ratanabon monastery|PLACE]] side, with maybe two hundred people. Then [[after a week|DATE:2024-02-11]] we went to the village of my wife's sister, outside the town.}}
Q: Did anything happen at the monastery?
A: No. Nothing hit the monastery when we were there. We were lucky. But we were afraid every night.
Q: Did you see [[soldiers|ACTOR:Tatmadaw]] take people during the fighting?
A: {{c7|Yes, before they lost the town, [[the soldiers|ACTOR:Tatmadaw]] took young men from the [[Myauk Ywa|PLACE]] side, they said for carrying, porters. Maybe fifteen, twenty young men.}} {{c8|The son of my friend, [[Ko Htet Aung|PERSON]], twenty-two, was one of them. Nobody has seen him since.}}
Q: When was that?
A: Around the [[Full Moon of Tabodwe|DATE:2024-02-24]], I think. Or before. The days were mixed up then.
Q: After [[the Arakan Army|ACTOR:Arakan Army]] took the town, were there more attacks?
A: Yes, from the sky. The [[AA|ACTOR:Arakan Army]] has the town since [[February|DATE:2024-02-01..2024-02-29]], and since then [[the jets|WEAPON:AIRSTRIKE]] come sometimes. {{c9|In [[April|DATE:2024-04-01..2024-04-30]] [[the jet|WEAPON:AIRSTRIKE]] bombed near the market, and some people were wounded, I heard three.}} I was not in the town then.
Q: What about the temples?
A: {{c10|Some old temples were damaged also, the stones fell, near the [[Kothaung temple|PLACE]].}} For me, this is a very big sadness. Five hundred years, and now.
Q: Is there anything else you want to say?
A: My daughter's husband is in [[Malaysia|PLACE]], working. He does not know how his daughter looks now with the burns. We did not tell him everything. Please, if you write, don't write my daughter's name.
@@witness mm-mrauku-khin-maung-tha
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Tatmadaw" site="Mrauk U" date=2024-02-04 basis=WITNESSED incident=mm-mrauku-20240204-shittaung-firebombs
@@claim c2 harm=PROPERTY_DAMAGE min=8 max=9 weapon=INCENDIARY actor="Tatmadaw" site="Shittaung pagoda road" date=2024-02-04 basis=WITNESSED incident=mm-mrauku-20240204-shittaung-firebombs
@@claim c3 harm=INJURED min=1 max=1 named="Ma Thiri" weapon=INCENDIARY actor="Tatmadaw" site="Shittaung pagoda road" date=2024-02-04 basis=WITNESSED incident=mm-mrauku-20240204-shittaung-firebombs
@@claim c4 harm=KILLED min=1 max=1 named="Daw Saw Hla" weapon=INCENDIARY actor="Tatmadaw" site="Shittaung pagoda road" date=2024-02-04 basis=WITNESSED incident=mm-mrauku-20240204-shittaung-firebombs
@@claim c5 harm=KILLED min=4 max=4 named="Daw Saw Hla" weapon=INCENDIARY actor="Tatmadaw" site="Shittaung pagoda road" date=2024-02-04 basis=HEARSAY incident=mm-mrauku-20240204-shittaung-firebombs
@@claim c6 harm=DISPLACED min=5 max=5 site="Shittaung pagoda road" date=2024-02-04..2024-02-11 basis=EXPERIENCED incident=mm-mrauku-20240204-shittaung-firebombs
@@claim c7 harm=DETAINED min=15 max=20 actor="Tatmadaw" site="Myauk Ywa" date=2024-02-01..2024-02-24 basis=WITNESSED incident=mm-mrauku-20240200-porter-roundup
@@claim c8 harm=MISSING min=1 max=1 named="Ko Htet Aung" actor="Tatmadaw" site="Myauk Ywa" date=2024-02-01..2024-02-24 basis=HEARSAY incident=mm-mrauku-20240200-porter-roundup
@@claim c9 harm=INJURED min=3 max=3 weapon=AIRSTRIKE actor="Tatmadaw" site="Mrauk U" date=2024-04-01..2024-04-30 basis=HEARSAY incident=mm-mrauku-20240400-market-jet
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="Kothaung temple" date=2024-01-20..2024-06-28 basis=WITNESSED incident=mm-mrauku-20240100-temple-damage
