Interview ID: UA-SLV-701
Date of interview: 9 November 2022
Place of interview: [[Dnipro|PLACE]], [[Ukraine|PLACE]]
Language: Ukrainian and Russian, interpreted into English
Interviewer: [[Anneli Virtanen|PERSON]]
Interpreter: [[Olena Kravets|PERSON]]

INTERVIEWER: Thank you for coming. Please tell me where you lived before [[Dnipro|PLACE]].
WITNESS: In [[Sloviansk|PLACE]]. All my life, sixty-three years. I had a place at the market near [[Soborna square|PLACE]], I sold vegetables from my garden, cucumbers, dill, potatoes. After [[February|DATE:2022-02-01..2022-02-28]] the market was half empty, but some of us stayed. Where do we go? Pension is small.
INTERVIEWER: I want to ask you about the attack on the square in [[August|DATE:2022-08-01..2022-08-31]]. What day was it?
WITNESS: [[The sixteenth|DATE:2022-08-16]]. [[Tuesday|DATE:2022-08-16]]. I know because on Tuesday my granddaughter [[Sonia|PERSON]] comes to help me, and she was not there, she was sick, thanks God. It was in [[the morning, maybe nine, a little after|DATE:2022-08-16]]. The [[cassette|WEAPON:CLUSTER_MUNITION]] ones came.
INTERPRETER: She says "kasetni", cassette. It means cluster munitions.
WITNESS: Yes. First one big sound, far, like from [[Bylbasivka|PLACE]] side, and then everywhere, tak-tak-tak-tak, small explosions all over the square, on the roofs, on the asphalt. Like somebody throws a bag of nuts on the roof. Then people screaming.
INTERVIEWER: Where were you?
WITNESS: Behind my table. I fell down under the table, I don't know how, my legs did it themselves. {{c3|A small piece went in my leg, here, under the knee.}} It is still inside, the doctor said leave it.
INTERVIEWER: What did you see after?
WITNESS: {{c1|Next to me, [[Volodymyr Savenko|PERSON]], he sold honey, seventy-one years, he was lying on his side and not moving. Dead. And a young woman near the bus stop, I did not know her, also dead, she had a bag with bread.}} These two I saw with my eyes. {{c6|People said after that four died, four people, and the fourth one died in the hospital in [[Kramatorsk|PLACE]].}} {{c7,c8|On the local television [[that evening|DATE:2022-08-16]] they said four dead and seventeen wounded.}}
INTERVIEWER: And the wounded?
WITNESS: {{c2|Many. Ten, fifteen, I cannot say, I was sitting on the ground holding my leg.}} [[Dmytro|PERSON]] from the fish stall, he tied my leg with his belt. He is a good boy.
INTERVIEWER: Who fired on the square, do you know?
WITNESS: [[The Russians|ACTOR:Russian armed forces in Ukraine]], who else? They were near [[Izium|PLACE]] then, they fired from there every day. [[Uragan|WEAPON:ROCKET]], people told us later, with [[cassettes|WEAPON:CLUSTER_MUNITION]]. In the asphalt you could see the little holes, like a star, and the tail of the [[rocket|WEAPON:ROCKET]] was sticking from the ground near the kiosk.
INTERVIEWER: Were there soldiers at the market [[that morning|DATE:2022-08-16]]?
WITNESS: No. No soldiers, no cars of [[the army|ACTOR:Ukrainian armed forces]], nothing. Old women with tomatoes. Maybe sometimes a soldier comes to buy cigarettes, this is normal, but not [[that day|DATE:2022-08-16]], I did not see.
INTERVIEWER: Did anything else happen at [[Soborna square|PLACE]] after that?
WITNESS: Yes, again, but at [[night|DATE:2022-09-07..2022-09-08]]. In [[September|DATE:2022-09-01..2022-09-30]]. [[The seventh|DATE:2022-09-07]], I think, or [[the eighth|DATE:2022-09-08]]. A [[missile|WEAPON:MISSILE]], [[S-300|WEAPON:MISSILE]], people said. {{c4|It hit the corner of the square, the building with the pharmacy and the shoe shop, it broke the whole corner and all the windows around.}} Nobody was killed [[that time|DATE:2022-09-07..2022-09-08]], it was [[night|DATE:2022-09-07..2022-09-08]], curfew, the square was empty. Only the building.
INTERVIEWER: You saw that yourself?
WITNESS: {{c4|In [[the morning|DATE:2022-09-07..2022-09-08]] I went and looked. The pharmacy was finished, only the sign hanging.}}
INTERVIEWER: When did you leave [[Slovyansk|PLACE:Sloviansk]]?
WITNESS: {{c5|In [[October|DATE:2022-10-01..2022-10-31]], [[after the Pokrova|DATE:2022-10-14..2022-10-31]]. My daughter said, Mama, enough, and she took me and [[Sonia|PERSON]] on the evacuation train from [[Kramatorsk|PLACE]] to here.}} My house is still there. My cat is with the neighbour, [[Zina|PERSON]].
INTERPRETER: Pokrova is the feast of the Protection, the fourteenth of October.
WITNESS: If I had stood at the honey table, you would not talk to me today. [[Volodymyr|PERSON]] always said come, sit with me in the shade. [[That morning|DATE:2022-08-16]] I did not go.
INTERVIEWER: Thank you, [[Zoya Petrivna|PERSON]].
WITNESS: Write his name correctly. [[Savenko|PERSON]]. With "e".
@@witness ua-sloviansk-zoya-marchuk
@@claim c1 harm=KILLED min=2 max=2 named="Volodymyr Savenko" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Soborna square" date=2022-08-16 basis=WITNESSED incident=ua-sloviansk-20220816-soborna-square-cluster
@@claim c6 harm=KILLED min=4 max=4 weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Soborna square" date=2022-08-16 basis=HEARSAY incident=ua-sloviansk-20220816-soborna-square-cluster
@@claim c2 harm=INJURED min=10 max=15 weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Soborna square" date=2022-08-16 basis=WITNESSED incident=ua-sloviansk-20220816-soborna-square-cluster
@@claim c3 harm=INJURED min=1 max=1 weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Soborna square" date=2022-08-16 basis=EXPERIENCED incident=ua-sloviansk-20220816-soborna-square-cluster
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Soborna square" date=2022-09-07..2022-09-08 basis=WITNESSED incident=ua-sloviansk-20220907-soborna-square-s300
@@claim c5 harm=DISPLACED min=2 max=2 named="Sonia" site="Slovyansk" date=2022-10-14..2022-10-31 basis=EXPERIENCED incident=ua-sloviansk-20221000-zoya-family-displaced
@@claim c7 harm=KILLED min=4 max=4 weapon=CLUSTER_MUNITION site="Soborna square" date=2022-08-16 basis=REPORTED incident=ua-sloviansk-20220816-soborna-square-cluster
@@claim c8 harm=INJURED min=17 max=17 weapon=CLUSTER_MUNITION site="Soborna square" date=2022-08-16 basis=REPORTED incident=ua-sloviansk-20220816-soborna-square-cluster
