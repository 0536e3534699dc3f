@@newline crlf
Interview ID: MM-MDT-2003
Date: 2023-11-04
Location: [[Lawngtlai|PLACE]], [[Mizoram|PLACE]]
Language: Chin (Mindat dialect), through Burmese into English
Interviewer: [[Hannah Lindqvist|PERSON]]
Interpreter: [[Van Tha Hmung|PERSON]]

Q: Thank you for meeting us. Please tell us who you are.
A: I am [[Daw Ling Om|PERSON]]. I am fifty-two. I sold vegetables in the market in [[Mindat|PLACE]]. My husband is [[U Pu Ngai|PERSON]], he was a carpenter.
[Interpreter: She uses "Min Dat", two words. It is [[Mindat|PLACE]] town.]
Q: You left [[Mindat|PLACE]] in [[2021|DATE:2021-01-01..2021-12-31]]?
A: Yes, in [[May|DATE:2021-05-01..2021-05-31]]. When the trouble started. First they came for the young men.
Q: Who came?
A: [[The army|ACTOR:Tatmadaw]]. [[The military|ACTOR:Tatmadaw]], from the camp on the hill. On [[the 13th|DATE:2021-05-13]], eh, it was [[a Thursday|DATE:2021-05-13]], in [[the morning|DATE:2021-05-13]], they made a checkpoint at the town gate, where the road from [[Matupi|PLACE]] comes in.
Q: What happened at the checkpoint?
A: {{c1|They stopped every motorbike, and the young men they took, seven boys, they pushed them in the truck, my nephew [[Om Kee|PERSON]] also, he was going to buy petrol.}} I saw it from my shop, I saw him in the truck with his hands on his head.
Q: Do you know why they took them?
A: They said these boys are with the fighters. [[Om Kee|PERSON]] is not a fighter, he repairs phones. [pause] They kept him three weeks in the camp. He came back with his face... his face was different, swollen, he did not talk for many days.
Q: And the other boys?
A: Some came back. {{c2|The son of our neighbour, [[Maung Kee Htoo|PERSON]], nobody has seen him since [[that Thursday|DATE:2021-05-13]], his mother still goes to the monks to ask.}}
Q: Did [[the soldiers|ACTOR:Tatmadaw]] come to your house?
A: Yes, [[the same evening|DATE:2021-05-13]]. They searched everything, they took my husband's phone, they asked him one hour, who comes here, who do you know. Then they gave the phone back and left. Nothing happened to him, thanks to God.
Q: What happened after the arrests?
A: After that the fighting started. [[Two days after|DATE:2021-05-15]], [[the Saturday|DATE:2021-05-15]], from the hill they fired the [[big guns|WEAPON:ARTILLERY]] into the town.
[Interpreter: She says "big guns", I think she means the [[artillery|WEAPON:ARTILLERY]].]
A: Yes, the [[artillery|WEAPON:ARTILLERY]]. {{c4|The [[shells|WEAPON:ARTILLERY]] fell in our ward, [[Cin Sung|PLACE]] ward, near the Baptist church.}}
Q: Was anybody hurt?
A: {{c3|The old lady next door, [[Daw Shwe Ni|PERSON]], seventy-four, a [[shell|WEAPON:ARTILLERY]] fell in her kitchen and she died there, we found her in [[the afternoon|DATE:2021-05-15]].}} {{c4|Her house, the roof came down, the wall on the street side fell, nothing you can live in.}}
Q: And your house?
A: {{c5|Our windows were blown in, all of them, the glass was in the rice pot, and the water tank on the roof had a hole.}} We were lucky, we were in the ditch behind.
Q: Were there fighters near your ward [[that day|DATE:2021-05-15]]?
A: No. There were no fighters in our ward, I swear. They were at the edge of the town, on the other side. In our ward only old people and children.
Q: When did you leave [[Mindat|PLACE]]?
A: {{c6|On [[the 16th|DATE:2021-05-16]], [[the Sunday|DATE:2021-05-16]], at [[night|DATE:2021-05-16]], we walked out, nine of us, my husband, me, the children, my mother-in-law on the back of my son.}}
Q: Have you had news from [[Mindat|PLACE]] since you left?
A: My sister [[Daw Hnin Om|PERSON]] is still there. She phones sometimes, when there is a line.
Q: What does she tell you?
A: Last year... no, [[this year|DATE:2023-01-01..2023-12-31]], in [[February|DATE:2023-02-01..2023-02-28]], she said [[the jets|WEAPON:AIRSTRIKE]] came over a village on the [[Matupi|PLACE]] road, and they dropped [[bombs|WEAPON:CLUSTER_MUNITION]] that break into small ones, like balls.
[Interpreter: She means [[cluster bombs|WEAPON:CLUSTER_MUNITION]], I think. She says "small balls".]
A: {{c7|A boy from that village found one of the [[small balls|WEAPON:CLUSTER_MUNITION]] in the paddy [[a week later|DATE]] and it exploded in his hand, he lost three fingers, my sister said.}} His name I don't know. [[Kee|PERSON]] something.
Q: Did anything else happen in that village?
A: My sister said the people ran, but nobody died [[that day|DATE:2023-02-01..2023-02-28]], they were in the fields already.
Q: Is there anything you want to add, [[Daw Ling Om|PERSON]]?
A: Only that my nephew, [[Om Kee|PERSON]], now he is in [[Mizoram|PLACE]] also. And the mother of [[Maung Kee Htoo|PERSON]] asked me, if you meet people who write things, say his name. So I say it.
@@witness mm-mindat-ling-om
@@claim c1 harm=DETAINED min=7 max=7 named="Om Kee" actor=Tatmadaw site="Mindat" date=2021-05-13 basis=WITNESSED incident=mm-mindat-20210513-town-gate-arrests
@@claim c2 harm=MISSING min=1 max=1 named="Maung Kee Htoo" actor=Tatmadaw site="Mindat" date=2021-05-13 basis=HEARSAY incident=mm-mindat-20210513-town-gate-arrests
@@claim c3 harm=KILLED min=1 max=1 named="Daw Shwe Ni" weapon=ARTILLERY actor=Tatmadaw site="Cin Sung" date=2021-05-15 basis=WITNESSED incident=mm-mindat-20210515-cin-sung-ward-shelling
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor=Tatmadaw site="Cin Sung" date=2021-05-15 basis=WITNESSED incident=mm-mindat-20210515-cin-sung-ward-shelling
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor=Tatmadaw site="Cin Sung" date=2021-05-15 basis=EXPERIENCED incident=mm-mindat-20210515-cin-sung-ward-shelling
@@claim c6 harm=DISPLACED min=9 max=9 site="Mindat" date=2021-05-16 basis=EXPERIENCED incident=mm-mindat-20210516-ling-om-family-displaced
@@claim c7 harm=INJURED min=1 max=1 weapon=CLUSTER_MUNITION site="Matupi" date=2023-02-01..2023-03-31 basis=HEARSAY incident=mm-mindat-20230200-matupi-road-bomblets
