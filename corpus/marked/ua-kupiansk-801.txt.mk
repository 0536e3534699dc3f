Interview ID: UA-KUP-801
Date of interview: 9 November 2023
Place of interview: [[Kharkiv|PLACE]], collective centre on [[Hvardiitsiv-Shyrokontsiv street|PLACE]]
Language: Ukrainian and some Russian
Interviewer: [[Marta Kolesnyk|PERSON]]

INTERVIEWER: Please say your name and where you lived.
WITNESS: [[Halyna Moroz|PERSON]]. [[Halyna Vasylivna|PERSON]], people call me. I lived in [[Kupiansk|PLACE]], on [[Poshtova street|PLACE]], forty-one years in the same flat. I was a cashier at the railway, before pension.
INTERVIEWER: I want to ask about the bread kiosk on [[Poshtova|PLACE:Poshtova street]]. When was it?
WITNESS: It was [[the Saturday|DATE:2023-10-14]]. [[The 14th|DATE:2023-10-14]], [[14 October|DATE:2023-10-14]]. I know because my granddaughter has her birthday on the 15th and I wanted to buy a loaf, the white one, for her cake. In [[the morning|DATE]], [[about ten|DATE:2023-10-14]].
INTERVIEWER: What happened?
WITNESS: There is a queue every Saturday, because the bread comes from [[Kharkiv|PLACE]] with the volunteers, maybe thirty people, old people mostly. I was standing maybe, eh, fifteen metres from the window. I was talking with [[Zina|PERSON]], [[Zinaida Hrytsenko|PERSON]], my neighbour from the third entrance. Then the whistle, and the first [[shell|WEAPON:ARTILLERY]] fell behind the kiosk, on the grass. Then another one, on the road.
WITNESS: {{c1|I saw [[Zina|PERSON]] on the ground, she did not move, and the man in front of her, [[Petro|PERSON]] from the garages, also. Four people were dead there, I counted four, I was sitting on the asphalt and I counted.}} [crying] Excuse me.
INTERVIEWER: Take your time.
WITNESS: {{c2|Many were wounded, I think eight or ten, the legs, the faces, glass from the kiosk.}} {{c3|Me, a small piece here, in the shoulder, the volunteer girl put the bandage.}} It is nothing, compared.
INTERVIEWER: Who was firing, do you know?
WITNESS: From the other side of the [[Oskil|PLACE]], from where [[the Russians|ACTOR:Russian armed forces in Ukraine]] are. Everybody knows the direction. It was [[artillery|WEAPON:ARTILLERY]], not [[the planes|WEAPON:AIRSTRIKE]], you hear the whistle. The [[Grads|WEAPON:ROCKET]] come more at night, these you hear like a zipper, many in a row. There were no soldiers in the queue, I want to say this. Only grandmothers with bags.
INTERVIEWER: Was anybody else you knew hurt?
WITNESS: {{c2|Mr. [[Bondar|PERSON]], [[Mykola Bondar|PERSON]], he lost his foot.}} He is in [[Kharkiv|PLACE]] now also, in the hospital number seventeen I think.
INTERVIEWER: You said you left [[Kupiansk|PLACE]]. When?
WITNESS: I did not want to leave. I stayed under the occupation in [[2022|DATE:2022-01-01..2022-12-31]], I stayed after. {{c4|But on [[the 2nd of November|DATE:2023-11-02]], at [[night|DATE]], something big fell on our yard, my daughter says it was a [[KAB|WEAPON:AIRSTRIKE]], the [[bomb|WEAPON:AIRSTRIKE]] from [[the plane|WEAPON:AIRSTRIKE]] with wings, and all the windows of our block went, and the roof of the garages.}} {{c5|[[Three days later|DATE:2023-11-05]] the volunteers took me and [[Nadiya|PERSON]] from the second floor, with the cats.}}
INTERVIEWER: During the occupation, did [[the Russians|ACTOR:Russian armed forces in Ukraine]] take anyone from your street?
WITNESS: Yes. {{c6|[[Serhii Lytvyn|PERSON]], fifty-six, the electrician, they took him in [[May 2022|DATE:2022-05-01..2022-05-31]] from his house, in [[the evening|DATE]], because somebody said he gave coordinates.}} {{c7|Nobody knows where he is. His wife [[Olha|PERSON]] asks everywhere, the Red Cross, everybody.}}
INTERVIEWER: Is there anything else?
WITNESS: Only that I did not buy the bread. That is a stupid thing to remember. But I remember it.
@@witness ua-kupiansk-halyna-moroz
@@claim c1 harm=KILLED min=4 max=4 named="Zina; Zinaida Hrytsenko; Petro" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Poshtova street" date=2023-10-14 basis=WITNESSED incident=ua-kupiansk-20231014-poshtova-bread-queue
@@claim c2 harm=INJURED min=8 max=10 named="Bondar; Mykola Bondar" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Poshtova street" date=2023-10-14 basis=WITNESSED incident=ua-kupiansk-20231014-poshtova-bread-queue
@@claim c3 harm=INJURED min=1 max=1 named="Halyna Moroz" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Poshtova street" date=2023-10-14 basis=EXPERIENCED incident=ua-kupiansk-20231014-poshtova-bread-queue
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Poshtova street" date=2023-11-02 basis=EXPERIENCED incident=ua-kupiansk-20231102-poshtova-yard-kab
@@claim c5 harm=DISPLACED min=2 max=2 named="Halyna Moroz; Nadiya" site="Kupiansk" date=2023-11-05 basis=EXPERIENCED incident=ua-kupiansk-20231105-moroz-evacuation
@@claim c6 harm=DETAINED min=1 max=1 named="Serhii Lytvyn" actor="Russian armed forces in Ukraine" site="Kupiansk" date=2022-05-01..2022-05-31 basis=HEARSAY incident=ua-kupiansk-20220500-lytvyn-detention
@@claim c7 harm=MISSING min=1 max=1 named="Serhii Lytvyn" actor="Russian armed forces in Ukraine" site="Kupiansk" basis=HEARSAY incident=ua-kupiansk-20220500-lytvyn-detention
