Interview ID: SO-MGQ-3811
Interview date: 2021-01-14
Location: [[Mogadishu|PLACE]], [[Wadajir|PLACE]] district
Language: Somali, with interpretation
Interviewer: [[Lucy Achterberg|PERSON]]
Interpreter: [[Faarax Xuseen|PERSON]]

[00:00:10] Q: Can you say your name and what you do?
[00:00:16] A: [[Cabdiqaadir Maxamed Nuur|PERSON]]. I have a small restaurant, tea, rice, goat meat, at [[Isgoyska Dabka|PLACE]], the [[Dabka junction|PLACE:Isgoyska Dabka]]. Had, I mean. Now it is half a restaurant.
[00:00:41] Q: What happened there?
[00:00:44] A: It was [[the third of November|DATE:2020-11-03]], [[a Tuesday|DATE:2020-11-03]], in [[the morning|DATE:2020-11-03]], [[about nine|DATE:2020-11-03]]. [[The soldiers|ACTOR:Somali forces]] have a checkpoint at the junction. A car, a Noah, the small van, came from the side of [[KM4|PLACE]] and did not stop. Then the [[car bomb|WEAPON:IED]]. The whole world went white.
[00:01:20] A: {{c1|My restaurant, the windows were blown in, all of them, the ceiling boards came down on the tables, the fridge was thrown across the room.}} {{c2|I was behind the counter and the glass went into my back and my neck, here, and here.}}
[00:01:48] Q: Were there customers?
[00:01:50] A: {{c3|Yes, four or five. My waiter [[Cabdiraxmaan|PERSON]], nineteen years, he was hit in the leg, his leg was open, I tied it with my shirt.}} The customers, they ran, I don't know about them.
[00:02:15] Q: Did you see people killed?
[00:02:18] A: {{c4|Outside, yes. I went out after some minutes. I saw six, six bodies I counted myself, soldiers from the checkpoint and a woman who sells tea on the ground, and a boy with a wheelbarrow.}} [pause] {{c5|The radio, Radio Muqdisho, said eleven dead [[that evening|DATE:2020-11-03]].}} Maybe more died in the hospital.
[00:02:52] Q: Who did it?
[00:02:54] A: [[Al-Shabaab|ACTOR:al-Shabaab]], they said it themselves on their website, they said they killed thirty soldiers. Lies, there were not thirty soldiers there.
[00:03:10] Q: After the [[bomb|WEAPON:IED]], did [[the security forces|ACTOR:Somali forces]] come?
[00:03:13] A: Yes. This is the other thing. [[Two nights later|DATE:2020-11-05]] the [[NISA|ACTOR:Somali forces]] made a raid in [[Hodan|PLACE]], where my cousin lives. {{c6|They arrested my cousin [[Shuceyb|PERSON]] with his two brothers, from their beds, and they took also the phones.}} His wife told me.
[00:03:38] Q: Were they released?
[00:03:40] A: {{c7|The two brothers came out [[after three weeks|DATE:2020-11-26]]. [[Shuceyb|PERSON]] they kept in [[Godka Jilacow|PLACE]], two months, I think, they said he rented the van. He rented nothing! He is a mechanic.}} He is out now. He does not talk.
[00:04:05] A: Me also, they came to the restaurant and asked questions, who was the driver, did he eat here. One hour, maybe more. Then they left. They did not take me. My daughter [[Hodan|PERSON]] was with me, she is fourteen, she was very afraid.
[00:04:30] Q: [[Hodan|PERSON]] is your daughter's name?
[00:04:33] A: Yes, like the district. [laughs] Many girls are called [[Hodan|PERSON]].
[00:04:40] Q: You also spoke about [[Janaale|PLACE]].
[00:04:44] A: My cousin [[Xasan|PERSON]], another cousin, from my mother's side, he farms near [[Janale|PLACE:Janaale]], on the river, bananas and sesame. {{c8|He told me that in [[March of last year|DATE:2019-03-01..2019-03-31]] [[the drone|WEAPON:DRONE_STRIKE]] came on the farm next to his and killed five men, farm workers, sitting under a tree at lunch.}}
[00:05:12] Q: Did he say who?
[00:05:14] A: [[The Americans|ACTOR:US forces]]. Only [[the Americans|ACTOR:US forces]] have that drone there. Afterwards the radio said they killed [[Shabaab|ACTOR:al-Shabaab]] there. My cousin says no, they were workers, he knows them by their names. {{c9|He says the water pump of that farm was also destroyed and the little store of sesame burned.}}
[00:05:44] Q: Did he witness it?
[00:05:46] A: He heard it and he ran there. He saw the bodies. I was not there, I only tell you what [[Xasan|PERSON]] said.
[00:06:02] Q: Is there anyone from your family who is missing?
[00:06:06] A: [[Mustafe|PERSON]], my sister's husband. He was a lorry driver, he took tomatoes from [[Afgooye|PLACE]] to [[Bakaara|PLACE:Bakaara market]]. {{c10|In [[2019|DATE:2019-01-01..2019-12-31]], [[after Ramadan|DATE:2019-06-05..2019-07-31]], [[Shabaab|ACTOR:al-Shabaab]] stopped the lorry at their checkpoint near [[Lafoole|PLACE]] and took him, because he had a government ID card.}} {{c11|No news since. None. My sister goes every month to someone who says he can ask, she pays, nothing comes.}}
[00:06:40] Q: Was the lorry taken also?
[00:06:43] A: The lorry came back with another driver, the tomatoes were gone. [laughs] They ate the tomatoes.
[00:06:55] Q: How is the restaurant now?
[00:06:58] A: The walls are cracked, there is a crack from the roof to the floor, and I put plastic in the windows. No money for glass. Customers come back slowly. At the junction there was no [[bomb|WEAPON:IED]] after that, but every day we wait for it.
[00:07:20] Q: Thank you.
@@witness so-mogadishu-cabdiqaadir-nuur
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor=al-Shabaab site="Isgoyska Dabka" date=2020-11-03 basis=EXPERIENCED incident=so-mogadishu-20201103-dabka-junction-car-bomb
@@claim c2 harm=INJURED min=1 max=1 weapon=IED actor=al-Shabaab site="Isgoyska Dabka" date=2020-11-03 basis=EXPERIENCED incident=so-mogadishu-20201103-dabka-junction-car-bomb
@@claim c3 harm=INJURED min=1 max=1 named="Cabdiraxmaan" weapon=IED actor=al-Shabaab site="Isgoyska Dabka" date=2020-11-03 basis=WITNESSED incident=so-mogadishu-20201103-dabka-junction-car-bomb
@@claim c4 harm=KILLED min=6 max=6 weapon=IED actor=al-Shabaab site="Isgoyska Dabka" date=2020-11-03 basis=WITNESSED incident=so-mogadishu-20201103-dabka-junction-car-bomb
@@claim c5 harm=KILLED min=11 max=11 weapon=IED actor=al-Shabaab site="Isgoyska Dabka" date=2020-11-03 basis=REPORTED incident=so-mogadishu-20201103-dabka-junction-car-bomb
@@claim c6 harm=DETAINED min=3 max=3 named="Shuceyb" actor="Somali forces" site="Hodan" date=2020-11-05 basis=HEARSAY incident=so-mogadishu-20201105-hodan-shuceyb-brothers-raid
@@claim c7 harm=DETAINED min=1 max=1 named="Shuceyb" actor="Somali forces" site="Godka Jilacow" date=2020-11-05 basis=HEARSAY incident=so-mogadishu-20201105-hodan-shuceyb-brothers-raid
@@claim c8 harm=KILLED min=5 max=5 weapon=DRONE_STRIKE actor="US forces" site="Janale" date=2019-03-01..2019-03-31 basis=HEARSAY incident=so-janaale-20190318-sesame-farm-drone-strike
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="US forces" site="Janale" date=2019-03-01..2019-03-31 basis=HEARSAY incident=so-janaale-20190318-sesame-farm-drone-strike
@@claim c10 harm=DETAINED min=1 max=1 named="Mustafe" actor=al-Shabaab site="Lafoole" date=2019-06-05..2019-07-31 basis=HEARSAY incident=so-lafoole-20190600-mustafe-lorry-abduction
@@claim c11 harm=MISSING min=1 max=1 named="Mustafe" actor=al-Shabaab site="Lafoole" date=2019-06-05..2019-07-31 basis=HEARSAY incident=so-lafoole-20190600-mustafe-lorry-abduction
