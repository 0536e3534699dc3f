Interview ID: YE-KHK-1111
Date: 14/10/2019
Location: [[Aden|PLACE]], [[al-Buraiqa|PLACE]]
Language: Arabic (Tihami dialect), interpreted
Interviewer: [[Tom Hale|PERSON]]
Interpreter: [[Afrah Bamatraf|PERSON]]

Tom: Can you tell me your name and where you are from?
Samira: My name is [[Samira Ali Mahdi|PERSON]]. From [[al-Khawkha|PLACE]], [[Khokha|PLACE:al-Khawkha]] the people write it, on the sea. My husband was a fisherman, and his father, and his father.
Tom: When did the war reach [[al-Khawkha|PLACE]]?
Samira: In [[December 2017|DATE:2017-12-01..2017-12-31]]. The [[Amaliqa|ACTOR:Yemeni government forces]], [[the Giants|ACTOR:Yemeni government forces]], came from [[al-Mokha|PLACE]] side with [[the Emiratis|ACTOR:Saudi-led coalition]], and the [[Houthis|ACTOR:Houthis]] were in the town. Fighting in the streets for days.
[Interpreter: Amaliqa means "the Giants", the brigades from the south.]
Tom: What happened to your family in that fighting?
Samira: {{c1|We were in the house, all of us in the inner room. On [[the third day|DATE:2017-12-07..2017-12-09]], a [[tank shell|WEAPON:ARTILLERY]], from which side I don't know, came through the wall of the kitchen. My mother-in-law, Hajja [[Zahra|PERSON]], [[Zahra Hassan Muqbil|PERSON]], she was in the kitchen. She died.}}
Samira: {{c2|My daughter [[Nada|PERSON]], six, was injured in the head from stones of the wall.}}
Tom: I'm very sorry. And your husband?
Samira: He was at the sea. He came back at [[night|DATE:2017-12-07..2017-12-09]] by the beach.
Samira: {{c3|[[The next morning|DATE]] we left, with the donkey cart, to [[Hays|PLACE]], twelve of us, my husband's brothers also.}} {{c4|On the road, the [[Houthis|ACTOR:Houthis]] had put [[mines|WEAPON:LANDMINE]], everybody knew, and a pickup in front of us, with a family from [[al-Jarahi|PLACE]], hit a [[mine|WEAPON:LANDMINE]]. I saw it go up. Four people died, I think four, and the small boy was alive, thrown in the sand.}}
Tom: Did you stay in [[Hays|PLACE]]?
Samira: Some months. Then the fighting came to [[Hays|PLACE]] too, in [[2018|DATE:2018-01-01..2018-12-31]]. So we came to [[Aden|PLACE]].
Tom: You mentioned your husband was a fisherman. Is he still fishing?
Samira: [pause] No. [crying]
Tom: Take all the time you need.
Samira: {{c5|In [[August 2018|DATE:2018-08-01..2018-08-31]], he went back to [[al-Khawkha|PLACE]] to fish, because we had nothing. Three boats went out [[before the fajr|DATE:2018-08-01..2018-08-31]], near [[Uqban island|PLACE]]. [[The helicopter|WEAPON:AIRSTRIKE]] came, [[the Apache|WEAPON:AIRSTRIKE]], and shot the boats with the [[machine gun|WEAPON:SMALL_ARMS]].}}
Samira: {{c6|My husband [[Jabir Mahdi|PERSON]], and his brother [[Mansour|PERSON]], and one more from the [[Bahri|PERSON]] family, died. Seven died, from three boats.}} {{c7|[[Ismail|PERSON]], a young boy, survived, he swam, he had a [[bullet|WEAPON:SMALL_ARMS]] in the arm.}} He told us everything, he came to my door and he told me.
Tom: Who do you believe [[the helicopter|WEAPON:AIRSTRIKE]] belonged to?
Samira: [[The coalition|ACTOR:Saudi-led coalition]]. The [[Houthis|ACTOR:Houthis]] have no helicopters. Who else flies on the sea?
Tom: Did anyone from the authorities contact you?
Samira: Nobody. They said the boats were carrying weapons. Weapons! They were carrying nets and ice. {{c5|[[Ismail|PERSON]] said one boat burned like it was hit by [[fire shells|WEAPON:INCENDIARY]], it burned until the water.}}
Tom: How do you live now?
Samira: I clean in a house here in [[Aden|PLACE]]. My son [[Amjad|PERSON]] sells water at the traffic light. Sometimes I dream of the sea, the smell of the fish market in the early morning, and I wake up and it is [[Aden|PLACE]]. The nour, the light of the family, it went out with [[Jabir|PERSON]]. [[Nada|PERSON]] has a scar and headaches, the doctor in [[al-Jumhuriya hospital|PLACE]] said she needs a scan, but the scan costs.
Tom: Is your house in [[al-Khawkha|PLACE]] still standing?
Samira: {{c8|My brother went in [[2019|DATE:2019-01-01..2019-12-31]] to see. The house of the family, two houses, broken, and the soldiers of [[the Giants|ACTOR:Yemeni government forces]] were living in the third.}} I don't go back. There is nothing there for me now.
Tom: Thank you, [[Samira|PERSON]].

@@witness ye-khawkha-samira-mahdi
@@claim c1 harm=KILLED min=1 max=1 named="Zahra" weapon=ARTILLERY site="al-Khawkha" date=2017-12-07..2017-12-09 basis=EXPERIENCED incident=ye-khawkha-20171200-mahdi-house
@@claim c2 harm=INJURED min=1 max=1 named="Nada" weapon=ARTILLERY site="al-Khawkha" date=2017-12-07..2017-12-09 basis=EXPERIENCED incident=ye-khawkha-20171200-mahdi-house
@@claim c3 harm=DISPLACED min=12 max=12 site="al-Khawkha" date=2017-12-08..2017-12-10 basis=EXPERIENCED incident=ye-khawkha-20171200-mahdi-house
@@claim c4 harm=KILLED min=4 max=4 weapon=LANDMINE actor="Houthis" date=2017-12-08..2017-12-10 basis=WITNESSED incident=ye-khawkha-20171200-hays-road-mine
@@claim c5 harm=PROPERTY_DAMAGE min=3 max=3 weapon=AIRSTRIKE actor="Saudi-led coalition" site="Uqban island" date=2018-08-01..2018-08-31 basis=HEARSAY incident=ye-khawkha-20180800-uqban-boats
@@claim c6 harm=KILLED min=7 max=7 named="Jabir Mahdi; Mansour" weapon=AIRSTRIKE actor="Saudi-led coalition" site="Uqban island" date=2018-08-01..2018-08-31 basis=HEARSAY incident=ye-khawkha-20180800-uqban-boats
@@claim c7 harm=INJURED min=1 max=1 named="Ismail" weapon=SMALL_ARMS actor="Saudi-led coalition" site="Uqban island" date=2018-08-01..2018-08-31 basis=HEARSAY incident=ye-khawkha-20180800-uqban-boats
@@claim c8 harm=PROPERTY_DAMAGE min=2 max=2 site="al-Khawkha" basis=HEARSAY incident=ye-khawkha-20171200-mahdi-house
