Interview ID: MM-HPK-833
Date of interview: 2 March 2023
Place of interview: [[Myitkyina|PLACE]], [[Kachin|PLACE]] State, in a church compound
Language: Burmese, interpreted into English
Interviewer: [[Rebecca Lowe|PERSON]]
Interpreter: [[Ko Myo Thura|PERSON]]

INTERVIEWER: Please tell me your name and what work you did in [[Hpakant|PLACE]].
WITNESS: [[Ko Zaw Min Htet|PERSON]]. I come from [[Magway|PLACE]] side, from [[Pakokku|PLACE]], but I worked in [[Hpakant|PLACE]] for six years, in the jade mines, I was a "yemase", the people who look for jade in the waste soil.
INTERPRETER: He means the independent pickers, they search the dumped earth from the big company mines.
INTERVIEWER: When did the fighting affect the mining area where you were?
WITNESS: After the coup, [[2021|DATE:2021-01-01..2021-12-31]], the [[KIA|ACTOR:Kachin Independence Army]] attacked the police posts around [[Hpakant|PLACE]] and [[Lone Khin|PLACE]], and then [[the military|ACTOR:Tatmadaw]] came with [[the helicopters|WEAPON:AIRSTRIKE]].
INTERVIEWER: What did [[the helicopters|WEAPON:AIRSTRIKE]] do?
WITNESS: They drop the [[barrels|WEAPON:BARREL_BOMB]]. Oil drums, filled with explosive and iron pieces, they push them from the door. We saw it many times from the hill. And they also fire [[rockets|WEAPON:ROCKET]] from the side, the small ones, in a line, whoosh-whoosh-whoosh.
INTERVIEWER: Do you remember a particular day?
WITNESS: {{c1|In [[2022|DATE:2022-01-01..2022-12-31]], during [[Thadingyut|DATE:2022-10-08..2022-10-10]], the lights festival, in [[the night|DATE]], [[the helicopter|WEAPON:AIRSTRIKE]] dropped two [[barrels|WEAPON:BARREL_BOMB]] on the camp of the pickers near [[Seng Tawng|PLACE]], the huts made of tarpaulin.}} I was there, in my hut.
WITNESS: {{c2|My friend [[Aung Ko Latt|PERSON]], from my village, and two Lisu men I knew only by face, one they called [[Ah Pha|PERSON]], they were killed.}} {{c3|Me, I was thrown, my ear, I don't hear well on this side since then.}} [pause]
INTERPRETER: He points to his left ear.
WITNESS: {{c4|Also many were injured, maybe ten, maybe fifteen, they carried them to the clinic of the company in [[Hpakant|PLACE]].}}
INTERVIEWER: Were there [[KIA|ACTOR:Kachin Independence Army]] soldiers in the camp?
WITNESS: No. Not in the camp. In the mountain, yes, they move there. But the camp was only pickers, poor people, even children who pick.
INTERVIEWER: What other attacks did you see?
WITNESS: {{c5|[[The jets|WEAPON:AIRSTRIKE]] bombed [[Nam Hpyu|PLACE]] village, [[one month before Thadingyut|DATE:2022-09-01..2022-09-30]], the monastery and some houses were destroyed.}} I did not go there, people told me. And the [[artillery|WEAPON:ARTILLERY]], from the army camp on the hill, every night, [[mortars|WEAPON:MORTAR]] too.
INTERVIEWER: Did [[the military|ACTOR:Tatmadaw]] detain people in the mining area?
WITNESS: {{c6|Yes. They arrested pickers at the checkpoint at the [[Uru|PLACE]] river bridge, saying they carry things for the [[KIA|ACTOR:Kachin Independence Army]]. My cousin [[Min Thu|PERSON]] was taken in [[February 2022|DATE:2022-02-01..2022-02-28]], with five others.}} {{c7|We have not heard from him. One year.}}
INTERVIEWER: When did you leave [[Hpakant|PLACE]]?
WITNESS: {{c8|[[A few days after|DATE:2022-10-09..2022-10-31]], [[the same month|DATE]], I left, with about twenty pickers from the camp, we walked to [[Kamaing|PLACE]] and then took a truck to [[Myitkyina|PLACE]].}} Now I work in a motorbike shop. Less money, but I am alive.
INTERVIEWER: Would you go back?
WITNESS: If the fighting stops, maybe. The jade is still there. Jade does not die.
@@witness mm-hpakant-zaw-min-htet
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Tatmadaw" site="Seng Tawng" date=2022-10-08..2022-10-10 basis=EXPERIENCED incident=mm-hpakant-20221000-seng-tawng-pickers-camp-barrels
@@claim c2 harm=KILLED min=3 max=3 named="Aung Ko Latt; Ah Pha" weapon=BARREL_BOMB actor="Tatmadaw" site="Seng Tawng" date=2022-10-08..2022-10-10 basis=WITNESSED incident=mm-hpakant-20221000-seng-tawng-pickers-camp-barrels
@@claim c3 harm=INJURED min=1 max=1 named="Ko Zaw Min Htet" weapon=BARREL_BOMB actor="Tatmadaw" site="Seng Tawng" date=2022-10-08..2022-10-10 basis=EXPERIENCED incident=mm-hpakant-20221000-seng-tawng-pickers-camp-barrels
@@claim c4 harm=INJURED min=10 max=15 weapon=BARREL_BOMB actor="Tatmadaw" site="Seng Tawng" date=2022-10-08..2022-10-10 basis=WITNESSED incident=mm-hpakant-20221000-seng-tawng-pickers-camp-barrels
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Nam Hpyu" date=2022-09-01..2022-09-30 basis=HEARSAY incident=mm-hpakant-20220900-nam-hpyu-monastery-airstrike
@@claim c6 harm=DETAINED min=6 max=6 named="Min Thu" actor="Tatmadaw" site="Uru" date=2022-02-01..2022-02-28 basis=HEARSAY incident=mm-hpakant-20220200-uru-bridge-checkpoint-arrests
@@claim c7 harm=MISSING min=1 max=1 named="Min Thu" actor="Tatmadaw" site="Uru" date=2022-02-01..2022-02-28 basis=HEARSAY incident=mm-hpakant-20220200-uru-bridge-checkpoint-arrests
@@claim c8 harm=DISPLACED min=21 max=21 named="Ko Zaw Min Htet" site="Seng Tawng" date=2022-10-09..2022-10-31 basis=EXPERIENCED incident=mm-hpakant-20221000-seng-tawng-pickers-displaced
