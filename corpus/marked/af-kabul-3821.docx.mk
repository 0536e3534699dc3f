WITNESS INTERVIEW - TRANSCRIPT
Interview ID: AF-KBL-3821
Date of interview: 9 March 2022
Place of interview: [[Islamabad|PLACE]], [[Pakistan|PLACE]] (in person)
Language: Dari, interpreted into English
Interviewer: [[Claire Dufresne|PERSON]]
Interpreter: [[Mahdi Rezayee|PERSON]]
Witness: [[Gholam Sakhi Jafari|PERSON]], 54, baker, formerly of [[Dasht-e-Barchi|PLACE]], [[Kabul|PLACE]]
Q: Haji, you had a bakery in [[Dasht-e-Barchi|PLACE]]. Where exactly?
A: Near the [[Barchi|PLACE:Dasht-e-Barchi]] crossroads, on the road that goes to [[Pul-e-Sukhta|PLACE]]. A naan bakery, one tandoor, three workers. My father opened it in the time of [[Najib|PERSON]].
Q: Tell me about the [[bomb|WEAPON:IED]] in [[2019|DATE:2019-01-01..2019-12-31]].
A: It was in [[Qaws|DATE:2019-11-22..2019-12-21]], the beginning of winter. [[The 12th of Qaws|DATE:2019-12-03]]. I remember because my son's wedding was on [[the 15th|DATE:2019-12-06]] and we had to move it.
A: In [[the evening|DATE:2019-12-03]], [[before the maghrib prayer|DATE:2019-12-03]], there is always a line for bread, twenty, thirty people, women, children with the bag. A man left a handcart with a box, like he sells potatoes, near the line.
A: {{c1|Then the [[bomb|WEAPON:IED]] in the cart exploded. I was inside, at the tandoor. When I came out I saw the people lying in the line, where they stood. Seven were dead. Seven, I saw them with these eyes, among them two children.}}
Q: Did you know any of them?
A: {{c2|My worker [[Mujtaba|PERSON]], he was eighteen, he was giving the bread through the window. He died there. And the old woman [[Sakina|PERSON]] who came every day, she also.}}
A: {{c3|My younger son [[Jawad|PERSON]] was burned on his face and his hands.}} {{c11|Many others were wounded, fifteen, twenty, I cannot say.}} [pause]
Q: What happened to the bakery?
A: {{c4|The front of the bakery fell in. The tandoor cracked in two, the roof of tin went onto the street, the flour sacks burned.}} {{c5|And the shops on both sides, the tailor and the phone shop, lost their doors and windows.}}
Q: Who did this, do you know?
A: {{c6,c10|On television, on Tolo, they said nine people were killed and twenty-three injured.}} The police said it was [[Daesh|ACTOR:Islamic State]]. Some people said [[Daesh|ACTOR:Islamic State]] wrote about it on the internet. I did not see it myself. Who else kills Hazaras standing for bread?
Q: Were you yourself hurt?
A: Only my ears, they ring still. Nothing else.
Q: Did you reopen the bakery?
A: After four months, with a loan. Then the [[Taliban|ACTOR:Taliban]] came in [[August 2021|DATE:2021-08-01..2021-08-31]]. That is the second thing I want to tell.
Q: Please.
A: My elder son [[Ali Yawar|PERSON]] was a soldier before, in [[the army|ACTOR:Afghan forces]] of the republic. After the [[Taliban|ACTOR:Taliban]] came he stayed home, he sold vegetables. {{c7|In [[October|DATE:2021-10-01..2021-10-31]], [[one week after Mawlid|DATE:2021-10-26]], [[Talibs|ACTOR:Taliban]] came to our house in [[Qala-e-Fathullah|PLACE]], where we lived then, at [[night|DATE:2021-10-26]], four of them, and dragged him out of the house in his sleeping clothes.}}
A: They fired their [[Kalashnikov|WEAPON:SMALL_ARMS]] in the yard, in the air, to make the women quiet. Nobody was hit.
A: {{c7|They held him in a basement, in [[Shash Darak|PLACE]] I think, for three weeks.}} {{c8|When he came out his back was black from the cables.}}
Q: How did you learn where he was?
A: A neighbour of ours, [[Sayed Hashim|PERSON]], has a cousin in the intelligence of the [[Taliban|ACTOR:Taliban]]. He asked. They said he was there.
Q: And you? Were you questioned?
A: Twice they came to the bakery. They looked at my papers, they asked about [[Ali Yawar|PERSON]], where are his guns. I said he has no guns, only potatoes. They went. They did not take me.
A: Another time they wanted to take my nephew [[Murtaza|PERSON]] at a checkpoint in [[Kart-e-Char|PLACE]], because he had a picture of [[Massoud|PERSON]] on his phone, but an old man there, a Pashtun, told them he is a good boy, and they let him go.
Q: Why did you leave [[Afghanistan|PLACE]]?
A: {{c9|In [[January|DATE:2022-01-01..2022-01-31]] we left, fourteen people, my family and my brother's family, by [[Torkham|PLACE]].}} [[Ali Yawar|PERSON]] could not stay. I sold the bakery for nothing.
Q: Is there anything you want to add?
A: Only that in our area, in [[Dasht-e-Barchi|PLACE]], there was no army post near the bakery. No soldiers, no police post. Only bread.
@@witness af-kabul-gholam-sakhi-jafari
@@claim c1 harm=KILLED min=7 max=7 weapon=IED site="Barchi" date=2019-12-03 basis=WITNESSED incident=af-kabul-20191203-barchi-bakery-cart-bomb
@@claim c2 harm=KILLED min=2 max=2 named="Mujtaba; Sakina" weapon=IED site="Barchi" date=2019-12-03 basis=WITNESSED incident=af-kabul-20191203-barchi-bakery-cart-bomb
@@claim c3 harm=INJURED min=1 max=1 named="Jawad" weapon=IED site="Barchi" date=2019-12-03 basis=WITNESSED incident=af-kabul-20191203-barchi-bakery-cart-bomb
@@claim c11 harm=INJURED min=15 max=20 weapon=IED site="Barchi" date=2019-12-03 basis=WITNESSED incident=af-kabul-20191203-barchi-bakery-cart-bomb
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Barchi" date=2019-12-03 basis=EXPERIENCED incident=af-kabul-20191203-barchi-bakery-cart-bomb
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Barchi" date=2019-12-03 basis=WITNESSED incident=af-kabul-20191203-barchi-bakery-cart-bomb
@@claim c6 harm=KILLED min=9 max=9 weapon=IED actor="Islamic State" site="Barchi" date=2019-12-03 basis=REPORTED incident=af-kabul-20191203-barchi-bakery-cart-bomb
@@claim c10 harm=INJURED min=23 max=23 weapon=IED actor="Islamic State" site="Barchi" date=2019-12-03 basis=REPORTED incident=af-kabul-20191203-barchi-bakery-cart-bomb
@@claim c7 harm=DETAINED min=1 max=1 named="Ali Yawar" actor=Taliban site="Qala-e-Fathullah" date=2021-10-26 basis=WITNESSED incident=af-kabul-20211026-qalaefathullah-ali-yawar-jafari-taken
@@claim c8 harm=INJURED min=1 max=1 named="Ali Yawar" actor=Taliban site="Shash Darak" date=2021-10-26..2021-11-16 basis=WITNESSED incident=af-kabul-20211026-qalaefathullah-ali-yawar-jafari-taken
@@claim c9 harm=DISPLACED min=14 max=14 site="Qala-e-Fathullah" date=2022-01-01..2022-01-31 basis=EXPERIENCED incident=af-kabul-20220100-jafari-family-flight
