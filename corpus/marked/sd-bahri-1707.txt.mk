RESEARCHER'S NOTES - TELEPHONE INTERVIEW
Interview ID: SD-BHR-1707
Date: 2024-03-12
Witness location: [[Kassala|PLACE]] (by phone, WhatsApp call, line dropped twice)
Language: Arabic (Sudanese); notes in English
Researcher: [[Tariq Babikir|PERSON]]

W is [[Nagla Osman Elamin|PERSON]], 34, a pharmacist. Lived in [[Bahri|PLACE]] ([[Khartoum North|PLACE:Bahri]]) in the [[al-Mazad|PLACE]] area until [[October 2023|DATE:2023-10-01..2023-10-31]]. Her family's pharmacy was on the main road near the market. She speaks quickly, switches between Arabic and English words.

1. [[Barrels|WEAPON:BARREL_BOMB]] on the market. {{c1|W says that on [[Thursday the 14th of September|DATE:2023-09-14]], [[about an hour before the maghrib|DATE:2023-09-14]], [[the Antonov|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] dropped "[[barrels|WEAPON:BARREL_BOMB]]" on the market street of [[al-Mazad|PLACE]]. She heard two explosions, the second very close. She was inside the pharmacy and the glass of the shelves fell on her arms.}} {{c2|She went out after some minutes and saw people lying in the road, wounded, she thinks six or seven, one woman screaming for her son.}} She used the words "barrels" and "barmeel" many times. Asked how she knew it was a [[barrel|WEAPON:BARREL_BOMB]]: "the hole, the size, and everybody in [[Bahri|PLACE]] knows the sound of the Antonov, it is slow, like a tractor in the sky."
{{c3|The bakery of Hajj [[Awad|PERSON]], opposite, was flattened, "like a sandwich." The roof of her own pharmacy came down at the back, the fridge with the insulin was crushed.}} {{c4|She counted eleven funerals in the quarter over the next two days, and says [[Awad|PERSON]]'s two sons, [[Mujtaba|PERSON]] and [[Omer|PERSON]], were among the dead.}}
Asked if there were [[RSF|ACTOR:Rapid Support Forces]] in the market: she says yes, there were [[RSF|ACTOR:Rapid Support Forces]] cars parked near the petrol station, "always, they were everywhere in [[Bahri|PLACE]]", but not at the bakery. She did not see any [[RSF|ACTOR:Rapid Support Forces]] fighter among the dead. She is careful to say she does not know this for certain.

2. Her brother. {{c5|W's younger brother [[Mohanad|PERSON]] (27, engineer) was taken from the family house by [[the Rapid Support|ACTOR:Rapid Support Forces]] on [[the 2nd of August|DATE:2023-08-02]]. She was there. Four men came in [[the afternoon|DATE:2023-08-02]], accused him of sending locations to [[the army|ACTOR:Sudanese Armed Forces]] from his phone, and dragged him to their pick-up.}} {{c6|He was held, she learned later, in the basement of a building in [[Kafouri|PLACE]] that the [[RSF|ACTOR:Rapid Support Forces]] used as a prison, for about seven weeks, with "forty or fifty" other men.}} He was released in [[late September|DATE:2023-09-20..2023-09-30]] after an uncle paid. He has told her things about the basement that she would not repeat on the phone; he refused to speak to us.
{{c7|Her father's car, parked in the yard, was burned [[the same day|DATE:2023-08-02]]: "it melted, the tyres, the seats, everything."}}

3. Near misses (W's words). Her father, 68, was stopped at the [[Shambat bridge|PLACE]] checkpoint in [[July|DATE:2023-07-01..2023-07-31]], questioned for an hour about his son and released. W herself was searched at a checkpoint and her phone checked, "they read my messages", and she was let go. No harm to note from these.

4. Departure. {{c8|W, her parents and her sister's family, nine persons, left [[Bahri|PLACE]] in [[October|DATE:2023-10-01..2023-10-31]] by bus through [[Omdurman|PLACE]] toward [[Wad Madani|PLACE]], then [[Kassala|PLACE]] when the [[RSF|ACTOR:Rapid Support Forces]] reached [[Gezira|PLACE]].}}

5. Other. {{c9,c10|W says a Facebook page of the [[al-Mazad|PLACE]] resistance committee posted in [[November|DATE:2023-11-01..2023-11-30]] that a [[shell|WEAPON:ARTILLERY]] hit the house of her former neighbour, [[Siddig al-Tom|PERSON]], and killed his wife [[Ikhlas|PERSON]].}} W did not see it; she saw the post and the photo of the house with no front wall.
W asked that her brother's name be kept out of anything published. Researcher agreed: use initials only in outputs.
Follow-up: W will send a photo of the pharmacy and the list of the eleven names if the resistance committee agrees.

@@witness sd-bahri-nagla-elamin
@@claim c1 harm=INJURED min=1 max=1 named="Nagla Osman Elamin" weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="al-Mazad" date=2023-09-14 basis=EXPERIENCED incident=sd-bahri-20230914-mazad-market-barrels
@@claim c2 harm=INJURED min=6 max=7 weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="al-Mazad" date=2023-09-14 basis=WITNESSED incident=sd-bahri-20230914-mazad-market-barrels
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null named="Awad" weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="al-Mazad" date=2023-09-14 basis=WITNESSED incident=sd-bahri-20230914-mazad-market-barrels
@@claim c4 harm=KILLED min=11 max=11 named="Mujtaba; Omer" weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="al-Mazad" date=2023-09-14 basis=WITNESSED incident=sd-bahri-20230914-mazad-market-barrels
@@claim c5 harm=DETAINED min=1 max=1 named="Mohanad" actor="Rapid Support Forces" site="al-Mazad" date=2023-08-02 basis=WITNESSED incident=sd-bahri-20230802-mohanad-kafouri-basement
@@claim c6 harm=DETAINED min=41 max=51 named="Mohanad" actor="Rapid Support Forces" site="Kafouri" date=2023-08-02..2023-09-30 basis=HEARSAY incident=sd-bahri-20230802-mohanad-kafouri-basement
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null actor="Rapid Support Forces" site="al-Mazad" date=2023-08-02 basis=WITNESSED incident=sd-bahri-20230802-mohanad-kafouri-basement
@@claim c8 harm=DISPLACED min=9 max=9 site="Bahri" date=2023-10-01..2023-10-31 basis=EXPERIENCED incident=sd-bahri-20231000-elamin-family-flight
@@claim c9 harm=KILLED min=1 max=1 named="Ikhlas" weapon=ARTILLERY site="al-Mazad" date=2023-11-01..2023-11-30 basis=REPORTED incident=sd-bahri-20231100-siddig-house-shell
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="al-Mazad" date=2023-11-01..2023-11-30 basis=REPORTED incident=sd-bahri-20231100-siddig-house-shell
