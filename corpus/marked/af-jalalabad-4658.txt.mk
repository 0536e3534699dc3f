Interview ID: AF-JLB-4658
Interview date: 5 March 2019
Location: [[Jalalabad|PLACE]], [[Nangarhar|PLACE]]
Language: Pashto
Interviewer: [[Clara Weidinger|PERSON]]
Interpreter: [[Fawad Shinwari|PERSON]]
Speaker: [[Wazir Gul|PERSON]]

Clara: Thank you for meeting us again. Can you start with where you are from?
Wazir: From [[Abdul Khel|PLACE]], in [[Achin|PLACE]]. Under the mountain. We had a house there, two rooms for my family, two for my brother.
Clara: And before the war, you lived there always?
Wazir: No, in [[2010|DATE:2010-01-01..2010-12-31]] I came to [[Jalalabad|PLACE]] for two years, for work, I carried bricks. Then I went back. That was only for money.
Clara: When did [[Daesh|ACTOR:Islamic State]] come?
Wazir: In [[2015|DATE:2015-01-01..2015-12-31]]. In [[2017|DATE:2017-01-01..2017-12-31]] it became very bad. In [[Hamal|DATE:2017-03-21..2017-04-20]] they came with a list.
Wazir: {{c1|They took my nephew [[Rahmat|PERSON]] from the mosque [[after the evening prayer|DATE:2017-03-21..2017-04-20]]. He was nineteen. They said his father works for the government.}} That is a lie, my brother sells onions.
Wazir: {{c2|[[Two days later|DATE:2017-03-21..2017-04-20]] they burned our house and my brother's house. Two houses. They poured petrol and burned.}}
Clara: Were you there?
Wazir: {{c2|I was hiding in the orchard behind. I saw the fire from there.}}
Fawad: He says the orchard is the mulberry trees next to the house.
Clara: What happened to [[Rahmat|PERSON]]?
Wazir: {{c3|Nothing. We asked everybody. Two years now, nobody has seen him.}}
Clara: Where did your family go?
Wazir: {{c4|We walked. [[That same night|DATE:2017-03-21..2017-04-20]]. Fourteen people, with my brother's family, my mother on the donkey. Two days to [[Jalalabad|PLACE]].}} Now we rent a house in the [[Farmada|PLACE]] area, near the canal.
Clara: Were you safe in [[Jalalabad|PLACE]]?
Wazir: Safe? [laughs] No. [[This January|DATE:2019-01-01..2019-01-31]], [[the 14th|DATE:2019-01-14]], a [[sticky bomb|WEAPON:IED]] on a car of the government at [[Talashi square|PLACE]].
Wazir: {{c5|My neighbour [[Gulab|PERSON]], he drove a rickshaw, he was next to the car. They brought him home in a blanket. We washed him and buried him [[the same afternoon|DATE:2019-01-14]].}}
Wazir: {{c6|Three men from the car also died, the radio said.}}
Clara: Was anyone in your family hurt?
Wazir: No. No one from my family was there. My son-in-law [[Naqibullah|PERSON]] was at the square [[five minutes before|DATE:2019-01-14]], he had passed already.
Clara: Who put the [[bomb|WEAPON:IED]]?
Wazir: [[Daesh|ACTOR:Islamic State]] said it was them, on their radio. Maybe [[Taliban|ACTOR:Taliban]], I do not know.
Clara: Will you go back to [[Achin|PLACE]]?
Wazir: If [[Daesh|ACTOR:Islamic State]] leaves, yes. If not, they will kill me at the door. [[The army|ACTOR:Afghan forces]] said they will clear the valley. We will see.
@@witness af-achin-wazir-gul
@@claim c1 harm=DETAINED min=1 max=1 named="Rahmat" actor="Islamic State" site="Abdul Khel" date=2017-03-21..2017-04-20 basis=HEARSAY incident=af-achin-20170400-abdulkhel-rahmat-abduction
@@claim c2 harm=PROPERTY_DAMAGE min=2 max=2 actor="Islamic State" site="Abdul Khel" date=2017-03-21..2017-04-20 basis=WITNESSED incident=af-achin-20170400-abdulkhel-wazir-gul-houses
@@claim c3 harm=MISSING min=1 max=1 named="Rahmat" actor="Islamic State" site="Abdul Khel" date=2017-03-21..2017-04-20 basis=EXPERIENCED incident=af-achin-20170400-abdulkhel-rahmat-abduction
@@claim c4 harm=DISPLACED min=14 max=14 site="Abdul Khel" date=2017-03-21..2017-04-20 basis=EXPERIENCED incident=af-achin-20170400-abdulkhel-wazir-gul-houses
@@claim c5 harm=KILLED min=1 max=1 named="Gulab" weapon=IED site="Talashi square" date=2019-01-14 basis=WITNESSED incident=af-jalalabad-20190114-talashi-sticky-bomb
@@claim c6 harm=KILLED min=3 max=3 weapon=IED site="Talashi square" date=2019-01-14 basis=REPORTED incident=af-jalalabad-20190114-talashi-sticky-bomb
