NOTES OF TELEPHONE INTERVIEW
Interview ID: MM-MGD-403
Date: 2024-09-12
Witness: W-4031, man, about 48, fisherman, now in [[Kutupalong|PLACE]] camp
Language: Rohingya and some Burmese, interpreted by phone
Notes by: [[Hanna Berg|PERSON]]

The call was arranged by the witness's cousin, [[Mohibullah|PERSON]], who has a phone in the camp. The line was bad; where a sentence could not be heard it is left out. Quotation marks mark words written down as the interpreter said them.

1. The witness is from [[Ale Than Kyaw|PLACE:Alel Than Kyaw]] village in [[Maungdaw|PLACE]] township. In [[2017|DATE:2017-01-01..2017-12-31]] he did not go to [[Bangladesh|PLACE]]. He hid in the mangroves with two other men, [[Sayed Alam|PERSON]] and [[Eliyas|PERSON]], for four days and then went to relatives in [[Maungdaw|PLACE]] town, where he lived until [[this summer|DATE:2024-06-01..2024-08-31]].

2. On the [[2017|DATE:2017-01-01..2017-12-31]] attack he says: it was [[a Saturday|DATE:2017-08-26]], "[[the 26th|DATE:2017-08-26]], [[one day after the police posts|DATE:2017-08-26]]". (Other accounts in this file give [[Friday 25 August|DATE:2017-08-25]].) He was on the beach preparing his net when he heard [[gunfire|WEAPON:SMALL_ARMS]] from the village. {{c1|When he came back up he found his uncle, [[Nurul Haque|PERSON]], about 55, dead behind his own house, "shot in the head", and near the mosque [[Abul Kalam|PERSON]], the man who sold dry fish, also dead.}} {{c2|He says he counted "about thirty" bodies himself in the lanes of the western part before he ran.}} {{c3|People who reached the camps later told his cousin that seventy were killed.}}

3. Unlike other witnesses, he says a [[helicopter|WEAPON:AIRSTRIKE]] came in [[the afternoon|DATE:2017-08-26]] and fired at people on the path to the hill. {{c4|"Two people were hit on the path, a woman and a boy, I saw them carried, I don't know if they lived."}}

4. In [[March this year|DATE:2024-03-01..2024-03-31]] [[the military|ACTOR:Tatmadaw]] came to the ward where he was living and took young men "for training". {{c5|His nephew, [[Anwar Sadek|PERSON]], 19, was taken from the house in front of him and later called from [[Sittwe|PLACE]], saying he was being trained to fight the [[AA|ACTOR:Arakan Army]].}} The family has had no call since [[June|DATE:2024-06-01..2024-06-30]].

5. In [[July|DATE:2024-07-01..2024-07-31]], when the fighting between [[the Arakan Army|ACTOR:Arakan Army]] and [[the junta soldiers|ACTOR:Tatmadaw]] reached [[Maungdaw|PLACE]] town, there was [[shelling|WEAPON:ARTILLERY]] "every night from both sides". He says nobody in his house was hurt by the [[shells|WEAPON:ARTILLERY]]. The [[AA|ACTOR:Arakan Army]] men told the Rohingya families in his ward to leave or they would be treated as enemies.

6. The family went to the bank of the [[Naf|PLACE]] river south of the town to find a boat. He dates this to "[[the middle of July|DATE:2024-07-10..2024-07-20]], in the rain, [[a Wednesday|DATE]] I think". Hundreds of people were waiting. In [[the evening|DATE]] [[drones|WEAPON:DRONE_STRIKE]] came, "three or four", and dropped [[bombs|WEAPON:DRONE_STRIKE]] on the people on the mud. {{c6|He says he saw "more than forty" bodies on the bank when it was light again.}} {{c7|His wife, [[Setara|PERSON]], was hit in the back by a piece of metal from one of the [[drone bombs|WEAPON:DRONE_STRIKE]]; she can walk now.}} {{c9|A neighbour, [[Kobir Ahmed|PERSON]], lost his leg there.}} {{c10|The witness heard later that he died in a clinic in [[Teknaf|PLACE]].}}

7. Asked who sent [[the drones|WEAPON:DRONE_STRIKE]], he said "everybody says the [[AA|ACTOR:Arakan Army]], because [[the soldiers|ACTOR:Tatmadaw]] had already left that side", but he did not see who flew them and would not say more.

8. {{c8|The seven members of his family crossed the [[Naf|PLACE]] [[two nights later|DATE]] in the fishing boat of [[Jamal Hossain|PERSON]] and reached [[Teknaf|PLACE]].}} They have no registration in the camp yet.

Follow-up: ask W-4031 for the names of the two people hit on the path in [[2017|DATE:2017-01-01..2017-12-31]] and whether [[Anwar Sadek|PERSON]]'s family has heard from him.
@@witness mm-maungdaw-w-4031
@@claim c1 harm=KILLED min=2 max=2 named="Nurul Haque; Abul Kalam" weapon=SMALL_ARMS site="Ale Than Kyaw" date=2017-08-26 basis=WITNESSED incident=mm-alethankyaw-20170825-village
@@claim c2 harm=KILLED min=30 max=30 site="Ale Than Kyaw" date=2017-08-26 basis=WITNESSED incident=mm-alethankyaw-20170825-village
@@claim c3 harm=KILLED min=70 max=70 site="Ale Than Kyaw" date=2017-08-26 basis=HEARSAY incident=mm-alethankyaw-20170825-village
@@claim c4 harm=INJURED min=2 max=2 weapon=AIRSTRIKE site="Ale Than Kyaw" date=2017-08-26 basis=WITNESSED incident=mm-alethankyaw-20170825-village
@@claim c5 harm=DETAINED min=1 max=1 named="Anwar Sadek" actor=Tatmadaw site="Maungdaw" date=2024-03-01..2024-03-31 basis=WITNESSED incident=mm-maungdaw-20240300-conscription
@@claim c6 harm=KILLED min=41 max=null weapon=DRONE_STRIKE site="Naf" date=2024-07-10..2024-07-20 basis=WITNESSED incident=mm-maungdaw-20240700-naf-bank
@@claim c7 harm=INJURED min=1 max=1 named="Setara" weapon=DRONE_STRIKE site="Naf" date=2024-07-10..2024-07-20 basis=WITNESSED incident=mm-maungdaw-20240700-naf-bank
@@claim c9 harm=INJURED min=1 max=1 named="Kobir Ahmed" weapon=DRONE_STRIKE site="Naf" date=2024-07-10..2024-07-20 basis=WITNESSED incident=mm-maungdaw-20240700-naf-bank
@@claim c10 harm=KILLED min=1 max=1 named="Kobir Ahmed" weapon=DRONE_STRIKE site="Naf" basis=HEARSAY incident=mm-maungdaw-20240700-naf-bank
@@claim c8 harm=DISPLACED min=7 max=7 site="Maungdaw" date=2024-07-10..2024-07-24 basis=EXPERIENCED incident=mm-maungdaw-20240700-naf-bank
