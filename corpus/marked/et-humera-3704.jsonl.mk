id: ET-HUM-3704
interview_date: 2021-03-15
place: Hamdayet, Kassala State, Sudan
language: Tigrinya, interpreted into Arabic and English

INT: Your name and your work, please.
RESP: [[Abraha Weldu|PERSON]]. Sesame trader, in [[Humera|PLACE]]. Also I had two trucks for the harvest.
INT: Where were you when the war started?
RESP: In my house in [[Humera|PLACE]], [[Kebele 02|PLACE]], near the road to [[Om Hajer|PLACE]]. The war started [[the 4th|DATE:2020-11-04]], but in [[Humera|PLACE]] it came [[the 9th|DATE:2020-11-09]], [[Monday|DATE:2020-11-09]].
INT: What happened on [[the 9th|DATE:2020-11-09]]?
RESP: [[Early morning|DATE:2020-11-09]], [[before the sun|DATE:2020-11-09]], [[rockets|WEAPON:ROCKET]]. From the Eritrean side, across the [[Tekeze|PLACE]], everybody says this, you hear them going over and then boom.
INTERPRETER: He says the river, [[Tekeze|PLACE]], the Sudanese call it Setit. The [[rockets|WEAPON:ROCKET]] came from [[Eritrea|PLACE]], from the north.
RESP: {{c1|One fell in my compound. My store, where I keep the sesame, two hundred sacks, it burned all day.}} {{c1|The wall to the street fell down and the front of the house has holes like a sieve.}}
INT: Was anyone in your family hurt?
RESP: No, nobody, we were in the back room. But the neighbour. {{c3|[[Gebrekidan|PERSON]], he was a mechanic, he went out to look at the sky and a [[rocket|WEAPON:ROCKET]] fell in the street. He died there.}} {{c4|His daughter [[Saba|PERSON]], nine years, her legs were injured. I carried her myself to the clinic of Dr. [[Kahsu|PERSON]].}}
INT: Who do you think fired the [[rockets|WEAPON:ROCKET]]?
RESP: [[The Eritreans|ACTOR:Eritrean forces]]. [[Shaebia|ACTOR:Eritrean forces]]. Later [[the Ethiopian soldiers|ACTOR:Ethiopian National Defense Force]] came from the south with [[the Amhara special forces|ACTOR:Amhara militias]].
INT: What happened after they entered the town?
RESP: [[After three days|DATE:2020-11-12]] maybe. The [[Fano|ACTOR:Amhara militias]] came to the market. {{c5|They had [[bottles with petrol|WEAPON:INCENDIARY]] and a cloth, they threw [[petrol bombs|WEAPON:INCENDIARY]] inside the shops that had Tigrinya writing. I counted fourteen shops burning on the market street.}} {{c5|The shop of my brother-in-law too, the pharmacy. Nothing left, the shelves are ash.}}
INT: Did you see this yourself?
RESP: Yes. From the corner of the mosque. I was hiding there with [[Alemu Desta|PERSON]], an Amhara, a friend for thirty years, he said stay near me.
INT: What about your sons?
RESP: [long pause] {{c7|[[Filmon|PERSON]] and [[Teklay|PERSON]]. [[The 20th|DATE:2020-11-20]], at [[night|DATE:2020-11-20]], the [[Fano|ACTOR:Amhara militias]] and some men in police uniform broke the door. They dragged them out of the house by the shirts.}} They wanted to take me too, they pulled my arm, but [[Alemu|PERSON]] came running from his house and shouted, this old man is with me, and they left me on the floor.
INT: Where were your sons taken?
RESP: {{c8|They were held in the school near the stadium, many young men, my wife's cousin saw them through the fence, maybe two hundred.}} {{c9|[[Teklay|PERSON]], the young one, they released him after twelve days because he is sick in the lungs.}} {{c12|He came to me with bruises on his back.}}
RESP: {{c10|[[Filmon|PERSON]], no. [[Teklay|PERSON]] says [[one night|DATE]] they took a group out in a truck, toward [[Adebai|PLACE]] or [[Dansha|PLACE]], he doesn't know. Since that, no news of [[Filmon|PERSON]].}} He was twenty-four.
INT: When did you leave [[Humera|PLACE]]?
RESP: {{c11|At [[the beginning of December|DATE:2020-12-01..2020-12-07]]. With [[Teklay|PERSON]], my wife [[Tirhas|PERSON]], my daughters, my mother. Nine people. We walked to the river at [[Hamdayet|PLACE]] and crossed in a boat to [[Sudan|PLACE]].}}
INT: Is there fighting in [[Humera|PLACE]] now?
RESP: People on the phone say no fighting now, no [[shelling|WEAPON:ARTILLERY]] there since [[January|DATE:2021-01-01..2021-01-31]]. But they say Tigrayans cannot go back. My house, [[Alemu|PERSON]] says, a family from [[Gondar|PLACE]] lives in it.
INT: Is there anything you want to add?
RESP: Please, if you find [[Filmon|PERSON]] in a list, any list, call this number. [[Filmon Abraha Weldu|PERSON]]. Write it like this.
@@witness et-humera-abraha-weldu
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Eritrean forces" site="Kebele 02" date=2020-11-09 basis=EXPERIENCED incident=et-humera-20201109-kebele02-rockets
@@claim c3 harm=KILLED min=1 max=1 named="Gebrekidan" weapon=ROCKET actor="Eritrean forces" site="Kebele 02" date=2020-11-09 basis=WITNESSED incident=et-humera-20201109-kebele02-rockets
@@claim c4 harm=INJURED min=1 max=1 named="Saba" weapon=ROCKET actor="Eritrean forces" site="Kebele 02" date=2020-11-09 basis=WITNESSED incident=et-humera-20201109-kebele02-rockets
@@claim c5 harm=PROPERTY_DAMAGE min=14 max=14 weapon=INCENDIARY actor="Amhara militias" site="Humera" date=2020-11-12 basis=WITNESSED incident=et-humera-20201112-market-shops-burned
@@claim c7 harm=DETAINED min=2 max=2 named="Filmon; Teklay" actor="Amhara militias" site="Humera" date=2020-11-20 basis=WITNESSED incident=et-humera-20201120-weldu-sons-taken
@@claim c8 harm=DETAINED min=200 max=200 actor="Amhara militias" site="Humera" date=2020-11-20 basis=HEARSAY incident=et-humera-20201120-weldu-sons-taken
@@claim c9 harm=DETAINED min=1 max=1 named="Teklay" actor="Amhara militias" site="Humera" date=2020-11-20..2020-12-02 basis=HEARSAY incident=et-humera-20201120-weldu-sons-taken
@@claim c10 harm=MISSING min=1 max=1 named="Filmon" actor="Amhara militias" date=2020-11-20..2020-12-07 basis=HEARSAY incident=et-humera-20201120-weldu-sons-taken
@@claim c11 harm=DISPLACED min=9 max=9 named="Teklay; Tirhas" site="Humera" date=2020-12-01..2020-12-07 basis=EXPERIENCED incident=et-humera-20201200-weldu-family-flight
@@claim c12 harm=INJURED min=1 max=1 named="Teklay" actor="Amhara militias" site="Humera" date=2020-11-20..2020-12-02 basis=WITNESSED incident=et-humera-20201120-weldu-sons-taken
