id: SO-JNL-4409
interview_date: 2021-06-03
place: Afgooye, Lower Shabelle, Somalia
language: Somali (Maay), interpreted into English

INTERVIEWER: Thank you for coming. Please tell me your name.
WITNESS: [[Nuur Ibraahim Cadde|PERSON]].
INTERPRETER: He says [[Nuur|PERSON]], like light, nuur. His father named him so because he was born at sunrise.
INTERVIEWER: Where are you from, [[Nuur|PERSON]]?
WITNESS: From [[Jannaale|PLACE:Janaale]], by the river. I grow bananas and maize, and some lemons. I have five children.
INTERVIEWER: I want to ask first about your brother.
WITNESS: [[Guuleed|PERSON]]. [[Guuleed Ibraahim|PERSON]]. The last one of my mother. He was studying at the university in [[Mogadishu|PLACE]], accounting.
INTERPRETER: {{c1|He says his brother was killed by the soldiers at the checkpoint of [[Afgoi|PLACE:Afgooye]], the one by the bridge, in the minibus.}} He was not there himself.
WITNESS: I was in [[Jannaale|PLACE:Janaale]], in the field. It was [[the Sunday after the new year|DATE:2020-01-12]], [[2020|DATE:2020-01-01..2020-12-31]]. A man who was in the same minibus called me on the phone at [[noon|DATE:2020-01-12]]. {{c1|He said the soldiers were shooting because the driver did not pay, and [[Guuleed|PERSON]] was hit in the back and died in the seat.}} {{c2|He said four people died, four, and many were wounded.}}
INTERVIEWER: Did you see anything yourself?
WITNESS: {{c3|Later there was a video on Facebook, somebody filmed it.}} {{c3,c9|You see the minibus in the ditch, the glass broken, and the people carrying a body in a sheet.}} {{c3|The one who posted it wrote three dead.}} I watched it one time. Not again.
INTERVIEWER: Who were the soldiers?
WITNESS: [[The Somali army|ACTOR:Somali forces]], the ones at the checkpoint, [[government soldiers|ACTOR:Somali forces]]. Not [[Shabaab|ACTOR:al-Shabaab]]. There were no [[Shabaab|ACTOR:al-Shabaab]] on that road [[that day|DATE:2020-01-12]].
INTERVIEWER: Let us talk about [[Janaale|PLACE]]. What happened there in [[2020|DATE:2020-01-01..2020-12-31]]?
WITNESS: In [[March|DATE:2020-03-01..2020-03-31]], [[two months after Guuleed|DATE:2020-03-01..2020-03-31]], [[the government|ACTOR:Somali forces]] and the [[AMISOM|ACTOR:African Union forces]] came to take [[Jannaale|PLACE:Janaale]] from the [[Shabaab|ACTOR:al-Shabaab]]. For three days there was [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]], [[mortars|WEAPON:MORTAR]], [[big guns|WEAPON:ARTILLERY]] from the trucks, from both sides.
WITNESS: I was in my house with the children. {{c4|[[The second day|DATE:2020-03-01..2020-03-31]], [[before the dhuhr prayer|DATE:2020-03-01..2020-03-31]], a [[mortar|WEAPON:MORTAR]] fell in the yard of my neighbour, [[Xamdi|PERSON]], an old woman, she was cooking. I saw her from my door. She was killed on her stool.}}
WITNESS: {{c4|We washed her and buried her [[before night|DATE:2020-03-01..2020-03-31]], quickly, because the [[mortars|WEAPON:MORTAR]] did not stop.}}
INTERVIEWER: I am sorry. Do you know who fired that [[mortar|WEAPON:MORTAR]]?
WITNESS: No. I cannot say. Both sides were firing. I will not accuse anybody for [[Xamdi|PERSON]].
WITNESS: {{c5|After that we ran, all of us, my wife [[Caasha|PERSON]], the five children, my mother. We slept under the mango trees by the canal for six nights, with the mosquitoes.}} Then it was quiet and we went back.
INTERVIEWER: Was your house damaged?
WITNESS: {{c6|The roof of the store, where I keep the maize, was burned. The maize also.}} The house itself, no, only the door.
INTERVIEWER: Has there been anything since the town was retaken?
WITNESS: Yes, in [[February this year|DATE:2021-02-01..2021-02-28]]. Near [[Aw Dheegle|PLACE]]. I did not see the [[strike|WEAPON:DRONE_STRIKE]], I heard it, a very big sound, in [[the night|DATE:2021-02-01..2021-02-28]]. {{c7|In [[the morning|DATE:2021-02-01..2021-02-28]] I went on the road with my donkey cart and I saw a car burned black on the side of the road, only the iron.}}
WITNESS: People said it was [[the drone|WEAPON:DRONE_STRIKE]] of [[the Americans|ACTOR:US forces]]. {{c8|The radio said three men died in the car.}} Radio said [[Shabaab|ACTOR:al-Shabaab]]. My cousin says one of them was [[Rooble|PERSON]], who sold charcoal. I don't know. I did not know them.
INTERVIEWER: Do you feel safe now in [[Janaale|PLACE]]?
WITNESS: Safe, no. The [[Shabaab|ACTOR:al-Shabaab]] come at night to take zakat from the farms. If you refuse, they say they will take your son. They have not taken mine. Not yet.
@@witness so-janaale-nuur-cadde
@@claim c1 harm=KILLED min=1 max=1 named="Guuleed" weapon=SMALL_ARMS actor="Somali forces" site="Afgoi" date=2020-01-12 basis=HEARSAY incident=so-afgooye-20200112-bridge-checkpoint-minibus-shooting
@@claim c2 harm=KILLED min=4 max=4 weapon=SMALL_ARMS actor="Somali forces" site="Afgoi" date=2020-01-12 basis=HEARSAY incident=so-afgooye-20200112-bridge-checkpoint-minibus-shooting
@@claim c3 harm=KILLED min=3 max=3 site="Afgoi" date=2020-01-12 basis=REPORTED incident=so-afgooye-20200112-bridge-checkpoint-minibus-shooting
@@claim c4 harm=KILLED min=1 max=1 named="Xamdi" weapon=MORTAR site="Jannaale" date=2020-03-01..2020-03-31 basis=WITNESSED incident=so-janaale-20200300-xamdi-yard-mortar
@@claim c5 harm=DISPLACED min=8 max=8 named="Nuur Ibraahim Cadde; Caasha" site="Jannaale" date=2020-03-01..2020-03-31 basis=EXPERIENCED incident=so-janaale-20200300-cadde-family-mango-trees
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="Jannaale" date=2020-03-01..2020-03-31 basis=EXPERIENCED incident=so-janaale-20200300-cadde-family-mango-trees
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="US forces" site="Aw Dheegle" date=2021-02-01..2021-02-28 basis=WITNESSED incident=so-awdheegle-20210200-car-drone-strike
@@claim c8 harm=KILLED min=3 max=3 weapon=DRONE_STRIKE actor="US forces" site="Aw Dheegle" date=2021-02-01..2021-02-28 basis=REPORTED incident=so-awdheegle-20210200-car-drone-strike
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null site="Afgoi" date=2020-01-12 basis=REPORTED incident=so-afgooye-20200112-bridge-checkpoint-minibus-shooting
