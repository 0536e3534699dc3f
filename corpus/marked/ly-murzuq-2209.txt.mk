PHONE INTERVIEW - RESEARCHER'S NOTES
Interview ID: LY-MRZ-2209
Date: 2019-10-02
Location: by WhatsApp call; witness in [[Qatrun|PLACE]], researcher in [[Tunis|PLACE]]
Language: Arabic and some Tebu (interpreted by the witness's son)
Interviewer: [[Nadia Okafor|PERSON]]

Notes taken during the call and typed the same evening. The line cut three times; gaps marked [inaudible].

The witness, [[Hawa Adoum|PERSON]], about fifty, Tebu, lived in [[Murzuq|PLACE]] near the old castle until [[August|DATE:2019-08-01..2019-08-31]]. Her son [[Ousmane|PERSON]] helped with Arabic. She asked that her husband's name not be written.

She said the fighting in the town started after the [[drone strike|WEAPON:DRONE_STRIKE]] on the gathering at [[the beginning of August|DATE:2019-08-01..2019-08-07]], which she did not see and did not want to talk about ("everybody has talked about it"). After that, she said, the quarters were divided and nobody could cross from one side to the other.

{{c1|She described a woman of her street, [[Mariam Togoi|PERSON]], who went to the well behind the houses [[a few days after the Eid|DATE:2019-08-14..2019-08-18]] and was shot by a [[sniper|WEAPON:SMALL_ARMS]] from the roof of the clinic, in the neck. She died before they could reach her.}} The witness said she heard the shot and the screaming from her kitchen, and saw the body when the men brought it in a blanket. {{c2|[[The same morning|DATE:2019-08-14..2019-08-18]] a boy, [[Sidi|PERSON]], maybe twelve, was hit in the arm from the same roof.}}

{{c3|On [[the 20th|DATE:2019-08-20]] or near it, her two nephews, [[Abakar|PERSON]] and [[Chidi Kellimi|PERSON]], both in their twenties, were taken from the road near the bakery by armed men of the other side, [inaudible] "with the army cars", put in a pickup and driven away.}} She said she learned it from a neighbour who saw it from a door. She could not say which force; she used the word "Haftar's", then her son corrected: "people who were with [[Haftar|ACTOR:Libyan National Army]], not his army exactly." Researcher did not press.

{{c4,c9|Since then no news of [[Abakar|PERSON]]. [[Chidi|PERSON]] was released after about three weeks, through the elders of the two sides, with burns of cigarettes on his hands.}} She did not know where he had been held.

{{c5|She said their own house was burned with the others of the street, "maybe thirty houses, maybe more, all of our side", after the families left.}} She had seen photos on a Tebu Facebook page; she did not go back. {{c6|She and eleven others of her family left for [[Qatrun|PLACE]] in two cars at [[the end of August|DATE:2019-08-25..2019-08-31]].}}

Asked about shelling: she said the [[mortars|WEAPON:MORTAR]] and the "[[big guns|WEAPON:ARTILLERY]]" fell every night, but in her street, she insisted, nobody was killed by [[shells|WEAPON:ARTILLERY]]: "the [[sniper|WEAPON:SMALL_ARMS]], yes; the [[shells|WEAPON:ARTILLERY]], no".

{{c7|On the road out, near [[Traghen|PLACE]], the car in front of theirs, belonging to a family she knew, the [[Wardougou|PERSON]] family, hit a [[mine|WEAPON:LANDMINE]] on the side track. The father, [[Ahmat Wardougou|PERSON]], lost his leg and a small girl was cut by glass.}} The witness saw the car turned over and helped carry the girl. She said the main road was closed, so people used the sand tracks, "and the tracks had [[mines|WEAPON:LANDMINE]] from old times and new times".

{{c8|Later, in [[September|DATE:2019-09-01..2019-09-30]], her son heard from a cousin in [[Murzuq|PLACE]] that a man who went back to check his house opened the door and a [[bomb|WEAPON:IED]] inside exploded, a [[booby trap|WEAPON:IED]]; she thought his name was [[Allatchi|PERSON]], and that he died.}} Researcher could not confirm the name. Son said "maybe two people died in that, I'm not sure".

Researcher's note: witness calm, precise about her street, vague about dates (fixed [[the 20th|DATE:2019-08-20]] by the wedding of a relative on [[the 18th|DATE:2019-08-18]]). She said several times that she is not against anyone, "only against what happened". Follow-up call proposed for November; witness agreed, said to call after the isha prayer when the network is better.
@@witness ly-murzuq-hawa-adoum
@@claim c1 harm=KILLED min=1 max=1 named="Mariam Togoi" weapon=SMALL_ARMS site="Murzuq" date=2019-08-14..2019-08-18 basis=WITNESSED incident=ly-murzuq-20190800-well-sniper
@@claim c2 harm=INJURED min=1 max=1 named="Sidi" weapon=SMALL_ARMS site="Murzuq" date=2019-08-14..2019-08-18 basis=HEARSAY incident=ly-murzuq-20190800-well-sniper
@@claim c3 harm=DETAINED min=2 max=2 named="Abakar; Chidi Kellimi" site="Murzuq" date=2019-08-20 basis=HEARSAY incident=ly-murzuq-20190820-adoum-nephews-taken
@@claim c4 harm=MISSING min=1 max=1 named="Abakar" site="Murzuq" date=2019-08-20 basis=EXPERIENCED incident=ly-murzuq-20190820-adoum-nephews-taken
@@claim c9 harm=INJURED min=1 max=1 named="Chidi" site="Murzuq" date=2019-08-20 basis=HEARSAY incident=ly-murzuq-20190820-adoum-nephews-taken
@@claim c5 harm=PROPERTY_DAMAGE min=30 max=null site="Murzuq" date=2019-08-01..2019-08-31 basis=REPORTED incident=ly-murzuq-20190800-tebu-street-houses-burned
@@claim c6 harm=DISPLACED min=12 max=12 site="Murzuq" date=2019-08-25..2019-08-31 basis=EXPERIENCED incident=ly-murzuq-20190800-adoum-family-flight
@@claim c7 harm=INJURED min=2 max=2 named="Ahmat Wardougou" weapon=LANDMINE site="Traghen" date=2019-08-25..2019-08-31 basis=WITNESSED incident=ly-traghen-20190800-wardougou-car-mine
@@claim c8 harm=KILLED min=1 max=1 named="Allatchi" weapon=IED site="Murzuq" date=2019-09-01..2019-09-30 basis=HEARSAY incident=ly-murzuq-20190900-returnee-booby-trap
