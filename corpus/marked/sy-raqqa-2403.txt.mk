Interview ID: SY-RQA-2403
Date of interview: 3 March 2018
Place of interview: [[Şanlıurfa|PLACE]], [[Turkey|PLACE]]
Language: Arabic
Interviewer: [[Marta Kowalczyk|PERSON]]
Interpreter: [[Rami Haddad|PERSON]]

INTERVIEWER: Please tell us your name and where you lived.
WITNESS: [[Khaled al-Hamad|PERSON]], people call me [[Abu Fares|PERSON]]. Forty-four years. I lived in [[al-Mashlab|PLACE]], in [[Raqqa|PLACE]], the east side, near the old silos. I had a shop for tyres.
INTERVIEWER: Were you in [[Raqqa|PLACE]] when [[Daesh|ACTOR:Islamic State]] controlled it?
WITNESS: All the time, from the beginning until we ran. Four years. You learn to keep your eyes on the ground.
INTERPRETER: He says, you learn not to look at anybody.
WITNESS: {{c1|My brother [[Ahmad|PERSON]], the youngest, the [[hisba|ACTOR:Islamic State]] took him in [[the winter of 2016|DATE:2016-01-01..2016-02-29]], in [[January|DATE:2016-01-01..2016-01-31]] I think, from the street in front of the shop, because somebody wrote his name that he was talking with [[the Free Army|ACTOR:Syrian armed opposition]] on the phone.}} I saw the car, the white Hilux. They pushed his head down and drove.
INTERVIEWER: Did you find him?
WITNESS: {{c2|Never. We asked at the [[Point 11|PLACE]], we asked everybody. [[Ahmad|PERSON]] never came back, two years now and not one word.}} My mother, she still cooks for him on Thursdays.
INTERVIEWER: Were you yourself ever stopped?
WITNESS: Twice. Once they took my ID at the checkpoint by the [[Naim roundabout|PLACE]] and they asked me questions for one hour, about my beard, about my prayer, then they gave it back and said go. The second time they came to the shop and looked in the tyres for cigarettes. They found nothing, Allah karim. They said next time we take you with your brother.
INTERVIEWER: Tell me about [[the summer of 2017|DATE:2017-06-01..2017-08-31]].
WITNESS: In [[June|DATE:2017-06-01..2017-06-30]] the [[SDF|ACTOR:Syrian Democratic Forces]] came from the east, from [[al-Mashlab|PLACE]] side first. There was no nour, no electricity, no water. We sat in the dark.
INTERPRETER: Nour means light. He is saying, no light.
WITNESS: {{c3|[[One night|DATE:2017-06-08..2017-06-14]], [[the second week of June|DATE:2017-06-08..2017-06-14]], the sky over [[Mashlab|PLACE:al-Mashlab]] went white, like burning rain, the [[phosphorus|WEAPON:INCENDIARY]]. It fell on the roofs of our street and the house of [[Abu Jumaa|PERSON]] took fire, the whole upstairs.}} The smell was like garlic. Nobody in that house was hurt, they were in the ground floor.
INTERVIEWER: Who fired it?
WITNESS: [[The coalition|ACTOR:US-led coalition]]. [[Daesh|ACTOR:Islamic State]] has no such thing.
INTERVIEWER: When did you leave [[al-Mashlab|PLACE]]?
WITNESS: {{c4|Not yet then. [[Daesh|ACTOR:Islamic State]] did not let us go to the [[SDF|ACTOR:Syrian Democratic Forces]] side, so we moved west inside the city, to my uncle in [[al-Badu|PLACE]], seven of us.}}
WITNESS: And in [[al-Badu|PLACE]] was the bakery. [[The 22nd of July|DATE:2017-07-22]], I remember because it was the birthday of my daughter [[Jamila|PERSON]], she was turning six. {{c5,c7|[[After the dhuhr prayer|DATE:2017-07-22]] the line for bread was long, maybe fifty people, and an [[air strike|WEAPON:AIRSTRIKE]] hit the building beside the bakery.}}
INTERVIEWER: Where were you?
WITNESS: {{c5|I was in the line. Maybe thirty metres from the front. I was thrown down, my ear, this one, I still hear nothing in it.}} {{c6|Eleven people died. I counted them, we put them on the sidewalk. Eleven. One was my neighbour's boy, [[Mahmoud al-Ali|PERSON]], fourteen years, and the baker's helper [[Hassan|PERSON]].}}
INTERPRETER: He is crying. [pause]
WITNESS: {{c7|The bakery was gone, the oven, the roof, nothing left, the building beside it was flat.}} {{c8|Twenty, thirty people with wounds, I don't know, many.}}
INTERVIEWER: Were there fighters near the bakery?
WITNESS: No fighters in the line. There was a [[Daesh|ACTOR:Islamic State]] office in that street before, but they left it in [[the spring|DATE:2017-03-01..2017-05-31]], everybody knew.
INTERVIEWER: What happened after?
WITNESS: {{c9|[[Three days later|DATE:2017-07-25]] we paid a smuggler and went out at [[night|DATE:2017-07-25]] through the [[mines|WEAPON:LANDMINE]] by the river, toward [[Kasrat|PLACE]], eleven people with my uncle's family.}} {{c10|The smuggler said his cousin stepped on a [[mine|WEAPON:LANDMINE]] on the same path [[the week before|DATE:2017-07-15..2017-07-21]] and lost his leg.}}
INTERVIEWER: Is there anything else?
WITNESS: Before, in [[2014|DATE:2014-01-01..2014-12-31]], it was [[the regime|ACTOR:Syrian government forces]]. {{c11|[[The helicopter|WEAPON:AIRSTRIKE]] threw a [[barrel|WEAPON:BARREL_BOMB]] near the [[Raqqa museum|PLACE]], my cousin [[Salah|PERSON]] told me, and it destroyed four shops there.}} I was not there, I was in [[Tabqa|PLACE]] for work. All of them bombed us, every side. Write that.
@@witness sy-raqqa-khaled-alhamad
@@claim c1 harm=DETAINED min=1 max=1 named="Ahmad" actor="Islamic State" site="Raqqa" date=2016-01-01..2016-01-31 basis=WITNESSED incident=sy-raqqa-20160100-ahmad-alhamad-hisba
@@claim c2 harm=MISSING min=1 max=1 named="Ahmad" actor="Islamic State" site="Raqqa" date=2016-01-01..2016-01-31 basis=EXPERIENCED incident=sy-raqqa-20160100-ahmad-alhamad-hisba
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null named="Abu Jumaa" weapon=INCENDIARY actor="US-led coalition" site="Mashlab" date=2017-06-08..2017-06-14 basis=WITNESSED incident=sy-raqqa-20170600-mashlab-phosphorus
@@claim c4 harm=DISPLACED min=7 max=7 site="al-Mashlab" basis=EXPERIENCED incident=sy-raqqa-20170600-alhamad-family-flight
@@claim c5 harm=INJURED min=1 max=1 weapon=AIRSTRIKE site="al-Badu" date=2017-07-22 basis=EXPERIENCED incident=sy-raqqa-20170722-badu-bakery-airstrike
@@claim c6 harm=KILLED min=11 max=11 named="Mahmoud al-Ali; Hassan" weapon=AIRSTRIKE site="al-Badu" date=2017-07-22 basis=WITNESSED incident=sy-raqqa-20170722-badu-bakery-airstrike
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Badu" date=2017-07-22 basis=WITNESSED incident=sy-raqqa-20170722-badu-bakery-airstrike
@@claim c8 harm=INJURED min=20 max=30 weapon=AIRSTRIKE site="al-Badu" date=2017-07-22 basis=WITNESSED incident=sy-raqqa-20170722-badu-bakery-airstrike
@@claim c9 harm=DISPLACED min=11 max=11 site="al-Badu" date=2017-07-25 basis=EXPERIENCED incident=sy-raqqa-20170725-alhamad-river-crossing
@@claim c10 harm=INJURED min=1 max=1 weapon=LANDMINE date=2017-07-15..2017-07-21 basis=HEARSAY incident=sy-raqqa-20170700-smuggler-path-mine
@@claim c11 harm=PROPERTY_DAMAGE min=4 max=4 weapon=BARREL_BOMB actor="Syrian government forces" site="Raqqa museum" date=2014-01-01..2014-12-31 basis=HEARSAY incident=sy-raqqa-20140000-museum-barrel
