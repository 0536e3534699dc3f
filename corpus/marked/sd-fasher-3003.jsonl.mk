id: sd-fasher-3003
interview_date: 2024-12-03
place: Tine, Chad (by phone)
language: Arabic (Darfuri), interpreted into English

INTERVIEWER: Can you start with where you were living in [[2024|DATE:2024-01-01..2024-12-31]]?
WITNESS: In [[Abu Shouk|PLACE]] camp, block nine, near the water tank of the Fur sheikh. I was there since [[2004|DATE:2004-01-01..2004-12-31]], I came as a girl from [[Kabkabiya|PLACE]].
INTERVIEWER: And your name, for the record?
WITNESS: [[Zahra Adam Yagoub|PERSON]]. My kunya is [[Umm Hawa|PERSON]], after my first daughter.
INTERVIEWER: Tell me about the [[shelling|WEAPON:ARTILLERY]].
WITNESS: The [[shelling|WEAPON:ARTILLERY]] was many days, you know, from [[May|DATE:2024-05-01..2024-05-31]] it did not stop. But the day I cannot forget is [[the 11th of August|DATE:2024-08-11]], [[a Sunday|DATE:2024-08-11]]. [[After the dhuhr prayer|DATE:2024-08-11]]. {{c1|The [[shells|WEAPON:ARTILLERY]] of [[the Rapid Support|ACTOR:Rapid Support Forces]] came from the north side, from the direction of [[Hillat al-Shaikh|PLACE]], and three fell in the small market of [[Abu Shouk|PLACE]].}}
WITNESS: {{c2|I was at the tea place of my neighbour [[Nour|PERSON]], not far, and I saw with my eyes people lying, I counted six, seven, not moving.}} {{c2|[[Nour|PERSON]] herself was killed, and her son [[Musa|PERSON]], he was fifteen.}}
INTERVIEWER: Seven people?
WITNESS: Seven that I saw. {{c3,c13|On the Facebook page of the camp committee they wrote eleven killed and more than twenty injured.}}
INTERVIEWER: Were you hurt?
WITNESS: {{c4|A little. A piece cut my arm, here, and my leg, the nurse at [[Saudi hospital|PLACE]] sewed it.}} There was no light in the hospital, the nour, the electricity, she sewed it with the torch of a phone.
INTERPRETER: She uses the word "nour", light, for the electricity.
WITNESS: {{c1|And the market, eh, the tin roofs all torn, the grain shop of the [[Bahar|PERSON]] family burned, and the bakery, the bakery of [[Abakar|PERSON]], it burned also.}} {{c6|Our house also, in block nine, the roof came down [[the same week|DATE:2024-08-11..2024-08-17]], another [[shell|WEAPON:ARTILLERY]].}}
INTERVIEWER: When did you leave [[Abu Shouk|PLACE]]?
WITNESS: {{c7|At [[the end of August|DATE:2024-08-25..2024-08-31]], we went to [[Zamzam|PLACE]] camp, me, my mother, my four children.}} People said [[Zamzam|PLACE]] is safer. It was not safer.
INTERVIEWER: What happened in [[Zamzam|PLACE]]?
WITNESS: {{c8|There, in [[October|DATE:2024-10-01..2024-10-31]], [[the drone|WEAPON:DRONE_STRIKE]] came in [[the night|DATE:2024-10-01..2024-10-31]], the small one that buzzes, and it hit near the clinic of the camp.}} I heard it. I did not go out. {{c9|In [[the morning|DATE:2024-10-01..2024-10-31]] the women said two old men were killed who slept outside, I did not see them.}}
WITNESS: Whose drone, I don't know. People said [[Janjaweed|ACTOR:Rapid Support Forces]], some said [[the army|ACTOR:Sudanese Armed Forces]] made a mistake. I cannot say.
INTERVIEWER: I want to ask about your husband.
WITNESS: Yes. [[Adam Haroun|PERSON]]. [pause] {{c10|He went with his two brothers, [[Ishaq|PERSON]] and [[Salih|PERSON]], to bring sugar from [[Tawila|PLACE]], in [[September|DATE:2024-09-01..2024-09-30]], before we moved, and at the checkpoint of the [[RSF|ACTOR:Rapid Support Forces]] near [[Shagra|PLACE]] they took the three of them off the cart.}}
INTERVIEWER: How do you know?
WITNESS: The driver of the cart, [[Hamid|PERSON]], he came back alone. He told me they tied their hands and said "you are army, you are Zaghawa". {{c11|Since then, nothing. Three months. We still do not know where they are, if they are alive.}}
INTERVIEWER: Did you ask anyone?
WITNESS: My cousin asked a man who has contact with them. He said they are held in [[Kutum|PLACE]]. Another said [[Nyala|PLACE]]. [crying]
INTERVIEWER: Take your time.
WITNESS: The driver, they searched him also, they took his phone, but they let him go because he is from the same tribe as them. Me also, when I went out of [[El Fasher|PLACE]] to [[Tawila|PLACE]] and then to here, they stopped us three times and looked in the bags and let us pass. Nothing happened to me on the road, only they took the money.
INTERVIEWER: Anything else you want to say?
WITNESS: {{c12|Write that in [[Abu Shuk|PLACE:Abu Shouk]], in my block alone, more than thirty houses are broken, the walls fallen, because of the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] of [[August|DATE:2024-08-01..2024-08-31]].}} And write the name of [[Nour|PERSON]]. Her tea was the best in the camp.

@@witness sd-fasher-zahra-adam-yagoub
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Rapid Support Forces" site="Abu Shouk" date=2024-08-11 basis=WITNESSED incident=sd-fasher-20240811-abushouk-market
@@claim c2 harm=KILLED min=7 max=7 named="Nour; Musa" weapon=ARTILLERY actor="Rapid Support Forces" site="Abu Shouk" date=2024-08-11 basis=WITNESSED incident=sd-fasher-20240811-abushouk-market
@@claim c3 harm=KILLED min=11 max=11 weapon=ARTILLERY actor="Rapid Support Forces" site="Abu Shouk" date=2024-08-11 basis=REPORTED incident=sd-fasher-20240811-abushouk-market
@@claim c13 harm=INJURED min=21 max=null weapon=ARTILLERY actor="Rapid Support Forces" site="Abu Shouk" date=2024-08-11 basis=REPORTED incident=sd-fasher-20240811-abushouk-market
@@claim c4 harm=INJURED min=1 max=1 named="Zahra Adam Yagoub" weapon=ARTILLERY actor="Rapid Support Forces" site="Abu Shouk" date=2024-08-11 basis=EXPERIENCED incident=sd-fasher-20240811-abushouk-market
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Abu Shouk" date=2024-08-11..2024-08-17 basis=EXPERIENCED incident=sd-fasher-20240800-abushouk-block9
@@claim c7 harm=DISPLACED min=6 max=6 named="Zahra Adam Yagoub" site="Abu Shouk" date=2024-08-25..2024-08-31 basis=EXPERIENCED incident=sd-fasher-20240811-abushouk-market
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Zamzam" date=2024-10-01..2024-10-31 basis=WITNESSED incident=sd-zamzam-20241000-clinic-drone
@@claim c9 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE site="Zamzam" date=2024-10-01..2024-10-31 basis=HEARSAY incident=sd-zamzam-20241000-clinic-drone
@@claim c10 harm=DETAINED min=3 max=3 named="Adam Haroun; Ishaq; Salih" actor="Rapid Support Forces" site="Shagra" date=2024-09-01..2024-09-30 basis=HEARSAY incident=sd-shagra-20240900-haroun-brothers
@@claim c11 harm=MISSING min=3 max=3 named="Adam Haroun; Ishaq; Salih" actor="Rapid Support Forces" site="Shagra" date=2024-09-01..2024-09-30 basis=HEARSAY incident=sd-shagra-20240900-haroun-brothers
@@claim c12 harm=PROPERTY_DAMAGE min=31 max=null weapon=EXPLOSIVE_UNSPECIFIED site="Abu Shuk" date=2024-08-01..2024-08-31 basis=WITNESSED incident=sd-fasher-20240800-abushouk-block9
