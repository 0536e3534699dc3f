id: af-kabul-2506
interview_date: 2022-01-19
place: Islamabad, Pakistan (by video call)
language: Dari, interpreted into English

INTERVIEWER: You lived in [[Dasht-e Barchi|PLACE]] until when?
WITNESS: Until [[December|DATE:2021-12-01..2021-12-31]]. Then we came here, to [[Pakistan|PLACE]], my husband, me, four children. I had a tailoring shop in [[Dasht-i-Barchi|PLACE:Dasht-e Barchi]], near the [[Pul-e Khoshk|PLACE]] road. Women's clothes, wedding clothes.
INTERVIEWER: Can you tell me about the explosion in [[November|DATE:2021-11-01..2021-11-30]]?
WITNESS: Yes. [[The 22nd of Aqrab|DATE:2021-11-13]], [[a Saturday|DATE:2021-11-13]], in [[the afternoon|DATE:2021-11-13]], [[around four|DATE:2021-11-13]]. I was cutting cloth. The minibus was stopped outside for passengers, the one that goes to [[Kot-e Sangi|PLACE]].
WITNESS: {{c1|Then the bang, and all the glass of my shop came in, on the table, on the machines, on my hands, the mirror where the brides look at themselves, broken in a hundred pieces.}}
INTERVIEWER: Were you hurt?
WITNESS: Only small cuts, here, on my arms, nothing. The minibus... [crying] sorry.
INTERPRETER: She is asking for a minute.
WITNESS: {{c2|The minibus was burning. I saw people who could not get out, I saw the son of my neighbour, [[Ali Reza|PERSON]], nineteen years, he was a student, he was on the step of the door and he died there.}}
WITNESS: {{c3|My neighbours said nine died, nine, from our street and from [[Qala-e Nazer|PLACE]].}} {{c4|The television said seven killed and more than ten wounded.}} {{c5|My brother [[Hadi|PERSON]] was in the shop next to mine, the mobile shop, his leg was cut, it needed fourteen stitches.}}
INTERVIEWER: Did anyone say who did it?
WITNESS: On the Telegram, they said [[Daesh|ACTOR:Islamic State]], [[ISKP|ACTOR:Islamic State Khorasan Province]]. The people said it was a [[magnetic bomb|WEAPON:IED]], under the minibus, put by somebody at the stop before. The [[Taliban|ACTOR:Taliban]] came [[after half an hour|DATE:2021-11-13]], they pushed the people away, they did not let anybody film.
INTERVIEWER: Before that, in [[May|DATE:2021-05-01..2021-05-31]], there was the attack on the [[Sayed ul-Shuhada school|PLACE]]. Did it touch your family?
WITNESS: Yes, my niece [[Zahra|PERSON]], the daughter of my sister. [[The 8th of May|DATE:2021-05-08]]. It was [[Ramadan|DATE:2021-04-13..2021-05-12]], the girls were coming out of school. First the [[car bomb|WEAPON:IED]], then two more [[bombs|WEAPON:IED]] when people ran.
WITNESS: {{c6|[[Zahra|PERSON]] was hit in the face and in the shoulder, she was in the [[Mohammad Ali Jinnah hospital|PLACE]] two weeks.}} I was not there, my sister called me. She does not go to school now. Now, the [[Taliban|ACTOR:Taliban]] do not allow it anyway.
INTERVIEWER: After [[August|DATE:2021-08-01..2021-08-31]], when the [[Taliban|ACTOR:Taliban]] took [[Kabul|PLACE]], did anything happen to your family?
WITNESS: My husband's brother, [[Qasim|PERSON]], he was in the army, the old army, a sergeant. {{c7|In [[September|DATE:2021-09-01..2021-09-30]], [[one night|DATE:2021-09-01..2021-09-30]], the [[Taliban|ACTOR:Taliban]] came to his house in [[Barchi|PLACE:Dasht-e Barchi]] and pulled him out in his sleeping clothes, I saw it, I was visiting his wife.}}
WITNESS: {{c7|They kept him three weeks under the ground, in the basement of the police station of the district thirteen, and they beat him with cables.}} Then the elders of the mosque paid something, and he came out.
WITNESS: [[Two days later|DATE]] they came to our house also. They looked in the cupboards, under the mattresses, they took my husband to the yard and asked him about [[Qasim|PERSON]], about guns. For one hour. Then they said, you are a shopkeeper, stay a shopkeeper, and they went.
INTERVIEWER: You mentioned a cousin who had been in [[Syria|PLACE]].
WITNESS: [[Mohsen|PERSON]], my mother's sister's son. He was in [[Iran|PLACE]] for work and they took him to [[Syria|PLACE]], with the [[Fatemiyoun|ACTOR:Iranian forces]], in [[2016|DATE:2016-01-01..2016-12-31]]. He came back with a bad leg.
WITNESS: {{c8|He told us [[the helicopters|WEAPON:AIRSTRIKE]] dropped [[barrels|WEAPON:BARREL_BOMB]] on the villages near [[Aleppo|PLACE]], and one village he passed after, there was not one house standing, all flat, like a hand pressed it.}}
WITNESS: He does not like to talk about it. He says he was paid for a war that was not his war.
INTERVIEWER: Why did you leave [[Kabul|PLACE]]?
WITNESS: {{c9|After the minibus I could not open the shop again, and in [[December|DATE:2021-12-01..2021-12-31]] we came here, six of us.}} My machines are still there, in the shop, under the dust.
@@witness af-kabul-tailor-roqia
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="Dasht-i-Barchi" date=2021-11-13 basis=EXPERIENCED incident=af-kabul-20211113-barchi-minibus-bomb
@@claim c2 harm=KILLED min=1 max=1 named="Ali Reza" weapon=IED actor="Islamic State" site="Dasht-i-Barchi" date=2021-11-13 basis=WITNESSED incident=af-kabul-20211113-barchi-minibus-bomb
@@claim c3 harm=KILLED min=9 max=9 weapon=IED actor="Islamic State" site="Dasht-i-Barchi" date=2021-11-13 basis=HEARSAY incident=af-kabul-20211113-barchi-minibus-bomb
@@claim c4 harm=INJURED min=11 max=null weapon=IED actor="Islamic State" site="Dasht-i-Barchi" date=2021-11-13 basis=REPORTED incident=af-kabul-20211113-barchi-minibus-bomb
@@claim c5 harm=INJURED min=1 max=1 named="Hadi" weapon=IED actor="Islamic State" site="Dasht-i-Barchi" date=2021-11-13 basis=WITNESSED incident=af-kabul-20211113-barchi-minibus-bomb
@@claim c6 harm=INJURED min=1 max=1 named="Zahra" weapon=IED site="Sayed ul-Shuhada school" date=2021-05-08 basis=HEARSAY incident=af-kabul-20210508-sayed-ul-shuhada-school
@@claim c7 harm=DETAINED min=1 max=1 named="Qasim" actor=Taliban site="Barchi" date=2021-09-01..2021-09-30 basis=WITNESSED incident=af-kabul-20210900-qasim-sergeant-arrest
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Aleppo" date=2016-01-01..2016-12-31 basis=HEARSAY incident=sy-aleppo-20160000-fatemiyoun-village-barrels
@@claim c9 harm=DISPLACED min=6 max=6 site="Dasht-i-Barchi" date=2021-12-01..2021-12-31 basis=EXPERIENCED incident=af-kabul-20211200-roqia-family-departure
