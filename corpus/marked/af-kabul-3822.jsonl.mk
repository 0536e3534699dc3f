id: af-kabul-3822
interview_date: 2022-06-18
place: Kabul, Afghanistan (by secure audio call)
language: Dari and English (witness partly in English)

INT: Thank you for talking with us. You still live in [[Dasht-i-Barchi|PLACE:Dasht-e-Barchi]]?
RESP: Yes, in [[Dashte Barchi|PLACE:Dasht-e-Barchi]], near [[Pul-e Sukhta|PLACE:Pul-e-Sukhta]]. With my mother and my two brothers. I was studying economics, second year. Now, you know, girls cannot. [laughs] So I teach English to small children at home, quietly.
INT: You wanted to tell us about the explosion at the bakery, in [[2019|DATE:2019-01-01..2019-12-31]].
RESP: Yes. It was [[the first Tuesday of December|DATE:2019-12-03]], [[the 3rd|DATE:2019-12-03]], three days before my exam of statistics, that is why I remember. My brother [[Hamid|PERSON]] went to buy naan [[after asr|DATE:2019-12-03]], to the bakery of Haji [[Sakhi|PERSON]], you know, the big one near the crossroads.
RESP: I was home doing exercises. The sound, the windows shook, I thought it is our gas bottle. {{c1|Then my mother was screaming, and the glass of our front windows was all on the carpet, and the door of the yard was bent.}} We live maybe three hundred metres away.
RESP: {{c2|My brother came home with blood on his shirt, a piece of metal went into his shoulder. He walked home by himself, imagine, with the bread still in his hand.}}
INT: Did he tell you what he saw?
RESP: {{c3|He said people were lying in the line, and the boy who gives the bread, [[Mujtaba|PERSON]], was dead on the window.}} [[Hamid|PERSON]] says the [[bomb|WEAPON:IED]] was on a motorbike, parked near the line. Other people said a cart. I don't know, I was not there.
INT: Do you know how many were killed?
RESP: {{c4,c8|The page of [[Dasht-e-Barchi|PLACE]] on Facebook, the one that posts the news of our area, wrote eleven martyrs and more than thirty wounded.}} The TV said less. People in the mosque said fourteen. Every number is different. For us it is the people we know.
RESP: {{c5|Our neighbour, Khala [[Zahra|PERSON]], we called her Khala, aunt, she lost her husband [[Ghulam Hussain|PERSON]] there, he was sixty-something.}} She told my mother [[that night|DATE:2019-12-03]], at the funeral.
INT: Did anyone say who did it?
RESP: [[ISIS-K|ACTOR:Islamic State Khorasan Province]]. That is what everybody says for us, Hazaras. I think they put it on their Telegram. I did not see it myself. Before, they did the same at the wrestling club and the education centre. Nobody else does this to us.
INT: I want to ask also about your cousin.
RESP: [[Farhad|PERSON]]. [[Farhad Alizada|PERSON]]. He was a police officer in [[PD13|PLACE]] before [[August|DATE:2021-08-01..2021-08-31]]. After the fall he stayed in [[Qala-e Fathullah|PLACE:Qala-e-Fathullah]], with his wife's family, he did not go out much.
RESP: {{c6|[[Three days after Eid|DATE:2022-05-04]]... no, sorry, I mean [[three days before the Eid of Ramadan|DATE:2022-04-28]], the Eid al-Fitr, [[this year|DATE:2022-01-01..2022-12-31]], men came in a Ranger, the green police car that the [[Taliban|ACTOR:Taliban]] use now, and they took him from the house in front of his children.}}
RESP: {{c6|His wife says they were four, with [[Kalashnikovs|WEAPON:SMALL_ARMS]], and one of them hit her father with the gun.}}
INT: Where is he now?
RESP: {{c7|We don't know. Seven weeks. We went to the police district, to the intelligence, they say we don't have this name. No news since. Nothing.}} [crying]
INT: Take your time.
RESP: Sorry. [pause] It is OK.
INT: Were you yourself ever stopped or questioned?
RESP: One time, in [[May|DATE:2022-05-01..2022-05-31]], at the checkpoint near [[Kart-e-Seh|PLACE]], a [[Talib|ACTOR:Taliban]] asked why I am without mahram. He checked my tazkira, he asked where is my father. I said my father is dead. He said go home, sister, and next time we will take you. So they did not take me. But next time, maybe.
RESP: And they said to my mother they will arrest my brother if he goes to the protests. He does not go.
INT: Is there any other thing that happened in your area?
RESP: Small things. They shot in the air at a wedding [[last month|DATE:2022-05-01..2022-05-31]], nobody died. In our street, since the bakery, no explosion. Thank God. We are waiting, always waiting.
INT: Thank you, [[Sima|PERSON]].
RESP: Please don't write my family name.
@@witness af-kabul-sima-dashte-barchi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null site="Dashte Barchi" date=2019-12-03 basis=EXPERIENCED incident=af-kabul-20191203-barchi-bakery-cart-bomb
@@claim c2 harm=INJURED min=1 max=1 named="Hamid" weapon=IED site="Dashte Barchi" date=2019-12-03 basis=WITNESSED incident=af-kabul-20191203-barchi-bakery-cart-bomb
@@claim c3 harm=KILLED min=1 max=1 named="Mujtaba" weapon=IED site="Dashte Barchi" date=2019-12-03 basis=HEARSAY incident=af-kabul-20191203-barchi-bakery-cart-bomb
@@claim c4 harm=KILLED min=11 max=11 site="Dasht-e-Barchi" date=2019-12-03 basis=REPORTED incident=af-kabul-20191203-barchi-bakery-cart-bomb
@@claim c8 harm=INJURED min=31 max=null site="Dasht-e-Barchi" date=2019-12-03 basis=REPORTED incident=af-kabul-20191203-barchi-bakery-cart-bomb
@@claim c5 harm=KILLED min=1 max=1 named="Ghulam Hussain" weapon=IED site="Dashte Barchi" date=2019-12-03 basis=HEARSAY incident=af-kabul-20191203-barchi-bakery-cart-bomb
@@claim c6 harm=DETAINED min=1 max=1 named="Farhad Alizada" actor=Taliban site="Qala-e Fathullah" date=2022-04-28 basis=HEARSAY incident=af-kabul-20220428-qalaefathullah-farhad-alizada-taken
@@claim c7 harm=MISSING min=1 max=1 named="Farhad Alizada" actor=Taliban site="Qala-e Fathullah" date=2022-04-28 basis=HEARSAY incident=af-kabul-20220428-qalaefathullah-farhad-alizada-taken
