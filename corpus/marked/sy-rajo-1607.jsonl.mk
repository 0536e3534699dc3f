id: sy-rajo-1607
interview_date: 2019-02-11
place: Qamishli, al-Hasakah, Syria
language: Kurmanji, interpreted into English

INT: Can you tell me your name and where you are from?
RESP: [[Rojda Hesen|PERSON]]. Everybody calls me [[Umm Salam|PERSON]], after my eldest. I am from [[Rajo|PLACE]], in the mountains of [[Afrin|PLACE]], near the Turkish border. Some write it Raju.
INT: When did the attack on [[Rajo|PLACE]] begin for you?
RESP: In the first days, [[the end of January|DATE:2018-01-25..2018-01-31]]. The [[Turkish|ACTOR:Turkish forces]] [[shells|WEAPON:ARTILLERY]] came from the hills across the border. They were falling on the village, one here, one there, we didn't know where the next one will come.
INT: Was your home damaged?
RESP: {{c1|Yes. In [[the middle of February|DATE:2018-02-10..2018-02-20]], I think [[the 14th or 15th|DATE:2018-02-14..2018-02-15]], two [[shells|WEAPON:ARTILLERY]] hit our yard. The greenhouse of my husband was torn apart, all the tomatoes, the plastic hanging on the trees.}} {{c1|And the windows of the house were blown in, every window, and the water tank on the roof got holes like a sieve.}} We were in the cellar of my father-in-law, so we were alive.
INT: Was anyone hurt in [[Rajo|PLACE]] in [[that period|DATE:2018-01-25..2018-02-24]]?
RESP: {{c3|Our neighbour's boy, [[Welat|PERSON]], fourteen, was hit in the stomach by a piece of [[shell|WEAPON:ARTILLERY]], in the street in front of the mosque. I saw him when they carried him to the car. He lived, he is in [[Aleppo|PLACE]] now.}}
INT: When did you leave?
RESP: [[The 24th of February|DATE:2018-02-24]]. We went down to [[Jinderes|PLACE]], to my husband's cousin, because [[Afrin|PLACE]] city was full. We thought [[Jindires|PLACE:Jinderes]] was far from the border. [laughs] Far.
INT: What happened in [[Jinderes|PLACE]]?
RESP: It was [[a Friday|DATE:2018-03-02]], at [[the start of March|DATE:2018-03-01..2018-03-10]]. [[Friday|DATE:2018-03-02]], yes, because my husband went to pray. I was on the balcony of the cousin's house, it looks on the street of the bakery. [[The planes|WEAPON:AIRSTRIKE]] came very low. {{c4|I saw the bakery go down. Just like that, it was there and then smoke, and the bread was in the street with the dust.}}
INT: Did you see people hurt?
RESP: {{c5|I saw people carrying children. Many wounded, I don't know the number.}} {{c6|People said twelve were killed.}} In the evening on Facebook...
INTERPRETER: She corrects herself.
RESP: No, not Facebook. {{c12|The cousin read on his phone, a Kurdish page, it said fourteen killed.}} Twelve, fourteen, I don't know. I did not count.
INT: And after [[Jinderes|PLACE]]?
RESP: {{c7|We walked to [[Afrin|PLACE]], and from there to [[Shahba|PLACE]], with my four children. A year now we are far from our home.}} My son [[Salam|PERSON]] wanted to stay and guard the house. I said no. Salam alaykum to the house, we go. [laughs]
INT: Has your family been back to [[Rajo|PLACE]]?
RESP: My husband, [[Ebdo|PERSON]], went back in [[August|DATE:2018-08-01..2018-08-31]], for the olive harvest, he said, to save something. {{c8|The men of [[Sultan Murad|ACTOR:Syrian National Army]] took him from our own house. They held him in a basement in [[Rajo|PLACE]] for five weeks and asked us for three thousand dollars.}} We paid. My brother paid, from [[Germany|PLACE]].
INT: What did he tell you about that time?
RESP: {{c9|He said they hit him with a cable on the feet. He cannot walk long now.}} He didn't want to tell the rest. Men don't tell.
INT: Do you know of others from [[Rajo|PLACE]] who were taken?
RESP: {{c10,c13|My uncle, [[Xalid Hesen|PERSON]], sixty-eight years. They took him in [[the autumn|DATE:2018-09-01..2018-11-30]] from the olive press. No news since. Nobody knows if he is in [[Afrin|PLACE]], in [[Turkey|PLACE]]. We still do not know.}}
INT: Did [[the factions|ACTOR:Syrian National Army]] ever threaten your husband again?
RESP: They said if you come back, we take you again, and this time you don't come out. So he didn't go. There was nothing to go for. {{c11|Our house, a man from [[Homs|PLACE]] lives in it, and the olives are theirs now, they sell the oil.}}
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Turkish forces" site="Rajo" date=2018-02-14..2018-02-15 basis=EXPERIENCED incident=sy-rajo-20180214-hesen-yard-shelling
@@claim c3 harm=INJURED min=1 max=1 named="Welat" weapon=ARTILLERY actor="Turkish forces" site="Rajo" date=2018-02-10..2018-02-20 basis=WITNESSED incident=sy-rajo-20180200-welat-mosque-street
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Jindires" date=2018-03-02 basis=WITNESSED incident=sy-jinderes-20180302-bakery-airstrike
@@claim c5 harm=INJURED min=null max=null weapon=AIRSTRIKE site="Jindires" date=2018-03-02 basis=WITNESSED incident=sy-jinderes-20180302-bakery-airstrike
@@claim c6 harm=KILLED min=12 max=12 weapon=AIRSTRIKE site="Jindires" date=2018-03-02 basis=HEARSAY incident=sy-jinderes-20180302-bakery-airstrike
@@claim c7 harm=DISPLACED min=5 max=null site="Jinderes" date=2018-03-02..2018-03-18 basis=EXPERIENCED incident=sy-jinderes-20180300-hesen-family-flight
@@claim c8 harm=DETAINED min=1 max=1 named="Ebdo" actor="Syrian National Army" site="Rajo" date=2018-08-01..2018-08-31 basis=HEARSAY incident=sy-rajo-20180800-ebdo-basement-ransom
@@claim c9 harm=INJURED min=1 max=1 named="Ebdo" actor="Syrian National Army" site="Rajo" date=2018-08-01..2018-09-30 basis=HEARSAY incident=sy-rajo-20180800-ebdo-basement-ransom
@@claim c10 harm=MISSING min=1 max=1 named="Xalid Hesen" actor="Syrian National Army" site="Rajo" date=2018-09-01..2018-11-30 basis=EXPERIENCED incident=sy-rajo-20180000-xalid-hesen-taken
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null actor="Syrian National Army" site="Rajo" basis=HEARSAY incident=sy-rajo-20180800-hesen-house-seized
@@claim c12 harm=KILLED min=14 max=14 weapon=AIRSTRIKE site="Jindires" date=2018-03-02 basis=REPORTED incident=sy-jinderes-20180302-bakery-airstrike
@@claim c13 harm=DETAINED min=1 max=1 named="Xalid Hesen" actor="Syrian National Army" site="Rajo" date=2018-09-01..2018-11-30 basis=HEARSAY incident=sy-rajo-20180000-xalid-hesen-taken
@@witness sy-rajo-rojda-hesen
