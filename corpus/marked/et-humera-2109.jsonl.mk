id: et-humera-2109
interview_date: 2021-01-26
place: Hamdayet transit centre, Kassala state, Sudan
language: Tigrinya, interpreted into English

INTERVIEWER: We are recording. Please tell me your name and where you come from.
WITNESS: [[Berhane Weldegebriel|PERSON]]. From [[Humera|PLACE]], in western [[Tigray|PLACE]]. I traded sesame, I had two stores near the market.
INTERVIEWER: When did the fighting reach [[Humera|PLACE]]?
WITNESS: In [[November|DATE:2020-11-01..2020-11-30]]. On [[the Monday|DATE:2020-11-09]], the first big day, the [[shells|WEAPON:ARTILLERY]] came from across the river, from the [[Eritrea|PLACE]] side. Everybody in [[Himora|PLACE:Humera]] knows they came from there, you could see the flash at night on the hills of [[Om Hajer|PLACE]].
INTERVIEWER: What happened to your stores?
WITNESS: {{c1|[[The next day|DATE:2020-11-10]], [[the Tuesday|DATE:2020-11-10]], in [[the afternoon|DATE:2020-11-10]], [[rockets|WEAPON:ROCKET]], the ones that come many together, the [[Katyusha|WEAPON:ROCKET]], fell on the warehouses by the market. My two stores and maybe six of the neighbours, all burned, the sesame burned for three days, the smell was everywhere in the town.}} I watched from the roof of the hotel, I could do nothing.
INTERVIEWER: Were people killed [[that day|DATE:2020-11-10]]?
WITNESS: {{c2|A guard, [[Gebreyohannes|PERSON]], he slept in the store of [[Tekle Asfaha|PERSON]], he died inside.}} {{c3|Some porters were wounded, four or five, I helped to lift one to a cart, [[Mehari|PERSON]], his foot was hanging.}} We did not take him to the hospital. {{c9|[[Kahsay Abera hospital|PLACE]] was also hit [[the same Tuesday|DATE:2020-11-10]], my cousin who is a nurse there told me, the windows, the pharmacy room, the water tank on the roof.}} The staff were running away with the patients. So we took [[Mehari|PERSON]] to a private doctor in his house. The [[Eritrean|ACTOR:Eritrean forces]] [[shells|WEAPON:ARTILLERY]] or [[federal|ACTOR:Ethiopian National Defense Force]] [[shells|WEAPON:ARTILLERY]], I don't know whose were which. People said the [[Ethiopian|ACTOR:Ethiopian National Defense Force]] [[artillery|WEAPON:ARTILLERY]] was firing also from [[Dansha|PLACE]] side.
INTERVIEWER: Who came into the town after that?
WITNESS: [[The Amhara special forces|ACTOR:Amhara militias]] and [[Fano|ACTOR:Amhara militias]], with [[the federal soldiers|ACTOR:Ethiopian National Defense Force]]. [[The Tigray forces|ACTOR:Tigray Defense Forces]] had already gone to the east. There was no fighting inside the town when they came in, no.
INTERVIEWER: What happened to your family?
WITNESS: {{c4|My brother [[Mebrahtu|PERSON]] stayed for the house. [[One week after|DATE:2020-11-16..2020-11-18]], [[Fano|ACTOR:Amhara militias]] came with a list and took him from the house, with the two sons of our neighbour, [[Goitom|PERSON]] and [[Fitsum|PERSON]].}} A woman from our street called me on the phone when I was already in the farm at [[Adebay|PLACE]]. {{c5|They kept them, she said, in the big sesame warehouse by the road to [[Gondar|PLACE]], with many Tigrayans, young men and old.}}
INTERVIEWER: Have you heard from [[Mebrahtu|PERSON]] since?
WITNESS: {{c6|Nothing. Two months. We do not know where he is. Some people say they took the men to [[Bahir Dar|PLACE]], some say to prisons in [[Gondar|PLACE]]. Nobody knows.}} [pause] I ask every new family that crosses the river.
INTERVIEWER: When [[Fano|ACTOR:Amhara militias]] came into your street, was anyone killed?
WITNESS: In our street, no. Nobody was killed in our street when they came, I must say the truth. But they painted marks on the doors of the Tigrayan houses, and they told the old women, if your sons come back we will burn the house with them inside. Later, people say, they gave our houses to families from [[Gondar|PLACE]].
INTERVIEWER: How did you come to [[Sudan|PLACE]]?
WITNESS: {{c7|In [[the last days of November|DATE:2020-11-22..2020-11-30]], from [[Adebay|PLACE]] we walked to the [[Tekeze|PLACE]] at [[night|DATE:2020-11-22..2020-11-30]], me, my wife and my three children, and forty, fifty people from the farms with us.}} At the river [[Fano|ACTOR:Amhara militias]] men stopped us. They pointed to me and said, this one we take, he is Woyane. But an old Amhara man who bought sesame from me for years, Ato [[Demeke|PERSON]], he said no, this is a trader, leave him. They argued, then they let us pass.
INTERPRETER: Ato is like Mister.
WITNESS: {{c7|We crossed in a boat to [[Hamdayit|PLACE:Hamdayet]], [[the next morning|DATE:2020-11-23..2020-12-01]].}}
INTERVIEWER: You mentioned the radio.
WITNESS: Yes, in [[Humera|PLACE]] we heard that the [[TPLF|ACTOR:Tigray Defense Forces]] fired [[missiles|WEAPON:MISSILE]] to [[Asmara|PLACE]]. So people said this is why [[the Eritreans|ACTOR:Eritrean forces]] shell us. I don't know. I am a trader.
INTERVIEWER: Is there anything else you want to tell us?
WITNESS: {{c8|The radio of [[Sudan|PLACE]] said that by [[December|DATE:2020-12-01..2020-12-31]] more than forty thousand from [[Tigray|PLACE]] had crossed. We are among them.}}
@@claim c1 harm=PROPERTY_DAMAGE min=8 max=8 weapon=ROCKET site="Humera" date=2020-11-10 basis=WITNESSED incident=et-humera-20201110-market-warehouses-rockets
@@claim c2 harm=KILLED min=1 max=1 named="Gebreyohannes" weapon=ROCKET site="Humera" date=2020-11-10 basis=WITNESSED incident=et-humera-20201110-market-warehouses-rockets
@@claim c3 harm=INJURED min=4 max=5 named="Mehari" weapon=ROCKET site="Humera" date=2020-11-10 basis=WITNESSED incident=et-humera-20201110-market-warehouses-rockets
@@claim c4 harm=DETAINED min=3 max=3 named="Mebrahtu; Goitom; Fitsum" actor="Amhara militias" site="Humera" date=2020-11-16..2020-11-18 basis=HEARSAY incident=et-humera-20201100-fano-list-arrests
@@claim c5 harm=DETAINED min=null max=null actor="Amhara militias" site="Humera" date=2020-11-16..2020-11-30 basis=HEARSAY incident=et-humera-20201100-fano-list-arrests
@@claim c6 harm=MISSING min=1 max=1 named="Mebrahtu" actor="Amhara militias" site="Humera" date=2020-11-16..2020-11-18 basis=EXPERIENCED incident=et-humera-20201100-fano-list-arrests
@@claim c7 harm=DISPLACED min=45 max=55 site="Adebay" date=2020-11-22..2020-11-30 basis=EXPERIENCED incident=et-humera-20201100-adebay-tekeze-crossing
@@claim c8 harm=DISPLACED min=40001 max=null site="Tigray" date=2020-11-01..2020-12-31 basis=REPORTED incident=et-tigray-20201100-flight-to-sudan
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null site="Kahsay Abera hospital" date=2020-11-10 basis=HEARSAY incident=et-humera-20201110-kahsay-abera-hospital-hit
@@witness et-humera-berhane-weldegebriel
