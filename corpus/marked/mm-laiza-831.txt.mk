Interview ID: MM-LZA-831
Date of interview: 19 February 2024
Place of interview: [[Laiza|PLACE]], [[Kachin|PLACE]] State
Language: Jinghpaw, interpreted into English
Interviewer: [[Daniel Reyes|PERSON]]
Interpreter: [[Brang Seng|PERSON]]

INT: Thank you for meeting us. Please tell us your name and where you live.
RESP: My name is [[Hkawn Nu|PERSON]]. [[Lahpai Hkawn Nu|PERSON]]. I live in [[Je Yang|PLACE]] camp, for the displaced people, since [[2011|DATE:2011-01-01..2011-12-31]], when the war came back to our village near [[Myitkyina|PLACE]].
INTERPRETER: She says [[Je Yang|PLACE]], it is the big camp in the valley, south of [[Laiza|PLACE]], near the border.
INT: We are asking about the [[shelling|WEAPON:ARTILLERY]] of the camp in [[December|DATE:2023-12-01..2023-12-31]].
RESP: Yes. It was [[two days after Christmas|DATE:2023-12-27]]. [[The 27th|DATE:2023-12-27]]. We had the Christmas service on the 25th, with the rice and the pork, then [[two days after|DATE:2023-12-27]], in [[the night|DATE]], [[maybe nine o'clock|DATE:2023-12-27]].
RESP: The [[shells|WEAPON:ARTILLERY]] came from the hill, from [[the Burmese army|ACTOR:Tatmadaw]] camp on the other side. {{c6|Three or four fell in the camp, one on the section three, where the bamboo houses are close together.}}
INT: Did you see where they fell?
RESP: One I saw, the light. Then I took my grandchildren under the bed. After, when it stopped, I went out with the torch.
RESP: {{c1|Seven people died. Seven. [[Marip Naw Awn|PERSON]], my neighbour, with her two daughters, [[Ja Seng|PERSON]] and [[Lu Ra|PERSON]], the small one was six.}} {{c1|And the old man [[Nhkum Zau Tu|PERSON]], and three young men who were sitting by the fire, I do not know their names, they were from section one.}}
INTERPRETER: She is crying a little. She says the girls were like her own grandchildren, they played every day together.
RESP: {{c2|Many were hurt. Maybe twenty. My grandson [[Zau Seng|PERSON]] had a cut on the head, not serious.}}
INT: Were there soldiers of the [[KIA|ACTOR:Kachin Independence Army]] in the camp [[that night|DATE]]?
RESP: No, no soldiers. The camp is only for families. [[Our soldiers|ACTOR:Kachin Independence Army]] are on the front line, in the mountains. In the camp there are women, old people, children, and the church.
INT: Has the camp been attacked before?
RESP: Not the camp, but near. In [[2013|DATE:2013-01-01..2013-12-31]], when the fighting was close to [[Laiza|PLACE]], [[the helicopters|WEAPON:AIRSTRIKE]] dropped [[barrels|WEAPON:BARREL_BOMB]] on the hills near [[Lajayang|PLACE]], my husband's brother [[Hpauyam Tang Gun|PERSON]] saw them fall, but they fell on the forest. [[The jets|WEAPON:AIRSTRIKE]] fly over many times, but they did not drop on the camp before. {{c3,c7|In [[October|DATE:2023-10-01..2023-10-31]], [[the jets|WEAPON:AIRSTRIKE]] bombed the road between [[Laiza|PLACE]] and [[Mai Ja Yang|PLACE]], and a truck with rice burned, the driver died, [[Tu Raw|PERSON]], I heard this on the radio.}}
INT: Do you have family still outside the camp?
RESP: {{c4|My son, [[Gam Awng|PERSON]]. [[The soldiers|ACTOR:Tatmadaw]] took him at the checkpoint in [[Waingmaw|PLACE]], in [[June 2022|DATE:2022-06-01..2022-06-30]], when he went to sell the vegetables.}} {{c4|They said he was [[KIA|ACTOR:Kachin Independence Army]]. He is not [[KIA|ACTOR:Kachin Independence Army]], he is a farmer. He is in the prison in [[Myitkyina|PLACE]], we think.}} We sent food two times. Then they said no more visits.
INT: After the [[shelling|WEAPON:ARTILLERY]], did people leave [[Je Yang|PLACE]]?
RESP: {{c5|Some families went to the border, to [[China|PLACE]] side, maybe thirty families, they were afraid.}} Where can I go? I am old. If the [[shells|WEAPON:ARTILLERY]] come again, they come. I pray.
INT: Thank you.
RESP: Please tell them we want to go home. Only that. Not to be in the camp when I die.
@@witness mm-laiza-hkawn-nu
@@claim c1 harm=KILLED min=7 max=7 named="Marip Naw Awn; Ja Seng; Lu Ra; Nhkum Zau Tu" weapon=ARTILLERY actor="Tatmadaw" site="Je Yang" date=2023-12-27 basis=WITNESSED incident=mm-laiza-20231227-je-yang-camp-shelling
@@claim c2 harm=INJURED min=20 max=20 named="Zau Seng" weapon=ARTILLERY actor="Tatmadaw" site="Je Yang" date=2023-12-27 basis=WITNESSED incident=mm-laiza-20231227-je-yang-camp-shelling
@@claim c3 harm=KILLED min=1 max=1 named="Tu Raw" weapon=AIRSTRIKE site="Laiza" date=2023-10-01..2023-10-31 basis=REPORTED incident=mm-laiza-20231000-mai-ja-yang-road-rice-truck
@@claim c4 harm=DETAINED min=1 max=1 named="Gam Awng" actor="Tatmadaw" site="Waingmaw" date=2022-06-01..2022-06-30 basis=HEARSAY incident=mm-waingmaw-20220600-gam-awng-checkpoint
@@claim c5 harm=DISPLACED min=30 max=30 site="Je Yang" date=2023-12-28..2024-02-19 basis=WITNESSED incident=mm-laiza-20231228-je-yang-families-to-border
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Tatmadaw" site="Je Yang" date=2023-12-27 basis=WITNESSED incident=mm-laiza-20231227-je-yang-camp-shelling
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Laiza" date=2023-10-01..2023-10-31 basis=REPORTED incident=mm-laiza-20231000-mai-ja-yang-road-rice-truck
