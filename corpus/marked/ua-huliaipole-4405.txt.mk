@@newline crlf
INTERVIEW RECORD
Interview ID: UA-HLP-4405
Date: 2023-07-11
Place of interview: [[Zaporizhzhia|PLACE]]
Language: Ukrainian (with some Russian)
Interviewer: [[Tomasz Wierzbicki|PERSON]]

INT: You are from [[Huliaipole|PLACE]]. What did you do there before?
RESP: [[Nataliia Zinchenko|PERSON]]. I taught mathematics, thirty-one years, at the first school. Fifty-five years old. My husband [[Borys|PERSON]] is a tractor driver, was, in the agro company. He has diabetes since long ago, the legs are bad, so we could not walk far, that is why we stayed so long.
INT: When did the [[shelling|WEAPON:ARTILLERY]] of the town begin?
RESP: In [[March of last year|DATE:2022-03-01..2022-03-31]] already a little, and from [[summer|DATE:2022-06-01..2022-08-31]] every day. We lived on [[Zaliznychna street|PLACE]], near the railway, in our own house with a cellar, thank God for the cellar.
INT: Tell me about your neighbours.
RESP: The [[Shevchuk|PERSON]] family, across the road. Old [[Hryhorii Shevchuk|PERSON]] and his wife [[Olha|PERSON]], both over eighty. They did not want to go down into their cellar, it was wet, bad for her knees.
RESP: It was in [[October|DATE:2022-10-01..2022-10-31]], [[the 21st|DATE:2022-10-21]], I remember because it was my mother's birthday, she is dead ten years. In [[the evening|DATE:2022-10-21]], [[after seven|DATE:2022-10-21]]. We were in the cellar, me and [[Borys|PERSON]]. I did not see anything, I want to be honest. {{c1|I heard it hit, three times, close, the jars fell off the shelves on us. The third one was the loudest.}}
RESP: {{c1|In [[the morning|DATE:2022-10-22]] we came up and their house was not there. The roof was in the garden. [[Hryhorii|PERSON]] and [[Olha|PERSON]] were under the kitchen wall, both of them. [[Borys|PERSON]] and the neighbour boy dug them out.}}
INT: Do you know what weapon it was?
RESP: [[Artillery|WEAPON:ARTILLERY]], the big [[shells|WEAPON:ARTILLERY]], from the side of [[Polohy|PLACE]], where [[the Russians|ACTOR:Russian armed forces in Ukraine]] are. And us also, we could have been there. If we had stayed in the kitchen [[that evening|DATE:2022-10-21]], we would be dead, the kitchen faces the road. We were lucky.
RESP: {{c2|Our windows went, all of them, and a piece went through the gate, like paper.}}
INT: You mentioned the market.
RESP: Yes, but that I did not see, that I know from [[Raisa|PERSON]], our neighbour, she was there. {{c3,c9|In [[January|DATE:2023-01-01..2023-01-31]], the [[S-300|WEAPON:MISSILE]], the [[missile|WEAPON:MISSILE]], it fell at the market, near the bus stop.}} {{c3|Two women died, she said, one sold eggs, [[Ganna|PERSON]], I knew her a little, and another one. No, wait. It was not January. [[February|DATE:2023-02-01..2023-02-28]]. [[The beginning of February|DATE:2023-02-01..2023-02-10]].}} Because the snow was gone.
RESP: People said the hospital was also hit [[that day|DATE:2023-02-01..2023-02-10]]. It was not, I was at the hospital [[the next week|DATE]] with [[Borys|PERSON]] for his insulin, it was fine, only the old damage.
INT: Were you yourself ever in danger outside?
RESP: Every time you go out. {{c5|In [[April|DATE:2023-04-01..2023-04-30]], me and [[Raisa|PERSON]] walked to the water truck with the canisters. And [[the quadcopter|WEAPON:DRONE_STRIKE]] came, the small one, it was hanging above us, buzzing, like a mosquito. It dropped a [[grenade|WEAPON:DRONE_STRIKE]]. [[Raisa|PERSON]] was hit in the leg, in the calf, she fell in the water.}}
RESP: I was not touched. Not one scratch. I dragged her behind a fence. The soldiers drove her to the medical point.
INT: Did you leave after that?
RESP: {{c6|Yes, [[two days after|DATE:2023-04-01..2023-04-30]], with the evacuation bus from the police, me and [[Borys|PERSON]]. Our house is standing still, I think, I don't know, nobody is there now.}}
INT: I have to ask that date again: [[two days after|DATE:2023-04-01..2023-04-30]] what?
RESP: After [[Raisa|PERSON]]. The [[grenade|WEAPON:DRONE_STRIKE]]. I don't remember the number, in [[April|DATE:2023-04-01..2023-04-30]].
INT: Your son is in the army?
RESP: [[Denys|PERSON]], yes, he is in the [[ZSU|ACTOR:Ukrainian armed forces]], near [[Huliaipole|PLACE]], but I cannot say where. He says [[the Russians|ACTOR:Russian armed forces in Ukraine]] drop [[gas grenades|WEAPON:CHEMICAL]] on the trenches from [[drones|WEAPON:DRONE_STRIKE]], they cough, their eyes burn. He says it is the war, they are soldiers, they knew. I worry every night.
INT: Did you hear about other places, [[Orikhiv|PLACE]] for example?
RESP: My sister is in [[Orekhov|PLACE:Orikhiv]], she would not leave, she has cows. Everything from there I read on Telegram, the regional administration writes it. {{c7,c8|In [[June|DATE:2023-06-01..2023-06-30]], [[the 14th|DATE:2023-06-14]] I think, they wrote that the [[aerial bomb|WEAPON:AIRSTRIKE]] hit the people by the [[Palace of Culture|PLACE:House of Culture]], where the humanitarian aid is given. Four killed, they wrote, and eleven injured.}} My sister was not there, she was at home, she called me to say she is alive.
INT: Thank you. Anything to add?
RESP: Only that I want to go home. To the cellar even.
@@witness ua-huliaipole-nataliia-zinchenko
@@claim c1 harm=KILLED min=2 max=2 named="Hryhorii Shevchuk; Olha" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Zaliznychna street" date=2022-10-21 basis=WITNESSED incident=ua-huliaipole-20221021-zaliznychna-shevchuk-house
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Zaliznychna street" date=2022-10-21 basis=EXPERIENCED incident=ua-huliaipole-20221021-zaliznychna-shevchuk-house
@@claim c3 harm=KILLED min=2 max=2 named="Ganna" weapon=MISSILE site="Huliaipole" date=2023-02-01..2023-02-10 basis=HEARSAY incident=ua-huliaipole-20230200-market-s300
@@claim c5 harm=INJURED min=1 max=1 named="Raisa" weapon=DRONE_STRIKE site="Huliaipole" date=2023-04-01..2023-04-30 basis=WITNESSED incident=ua-huliaipole-20230400-water-truck-quadcopter
@@claim c6 harm=DISPLACED min=2 max=2 named="Nataliia Zinchenko; Borys" site="Huliaipole" date=2023-04-01..2023-04-30 basis=EXPERIENCED incident=ua-huliaipole-20230400-zinchenko-evacuation
@@claim c7 harm=KILLED min=4 max=4 weapon=AIRSTRIKE site="Palace of Culture" date=2023-06-14 basis=REPORTED incident=ua-orikhiv-20230614-house-of-culture-aid-point-kab
@@claim c8 harm=INJURED min=11 max=11 weapon=AIRSTRIKE site="Palace of Culture" date=2023-06-14 basis=REPORTED incident=ua-orikhiv-20230614-house-of-culture-aid-point-kab
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Huliaipole" date=2023-02-01..2023-02-10 basis=HEARSAY incident=ua-huliaipole-20230200-market-s300
