id: AF-DAR-4656
interview_date: 2022-04-11
place: Kunduz city, Afghanistan
language: Dari, interpreted into English

INTERVIEWER: Thank you for coming. Please tell me your name and your work.
WITNESS: [[Abdul Qadeer|PERSON]], son of [[Ghulam Rasool|PERSON]]. I sold cloth in the bazaar of [[Dasht-e Archi|PLACE]], twenty-two years. Now I sell it here, in [[Kunduz|PLACE]], on a cart.
INTERVIEWER: You told us about the bazaar in [[2019|DATE:2019-01-01..2019-12-31]].
WITNESS: Yes. It was [[the 17th of June|DATE:2019-06-17]], [[Monday|DATE:2019-06-17]]. I know the date because my daughter had her exam [[the next day|DATE:2019-06-18]] and there was no exam. The [[Taliban|ACTOR:Taliban]] came from the side of the river [[before the morning prayer|DATE:2019-06-17]] to take the district centre, and [[the army|ACTOR:Afghan forces]] was on the hill.
WITNESS: Then the [[mortars|WEAPON:MORTAR]] started. From which side, God knows, both sides were firing. At ten o'clock, more or less, many [[mortar rounds|WEAPON:MORTAR]] fell in the bazaar. Five, six, one after the other.
WITNESS: {{c1|My shop, my neighbour's shop, the shop of the tailors, all the row burned. More than fifteen shops. The roof of the covered bazaar came down.}}
WITNESS: {{c2|Four people I saw dead. Haji [[Nazir Ahmad|PERSON]], who sold shoes next to me, sixty years. A boy, [[Noor Wali|PERSON]], twelve, he brought tea to the shops. And two farmers from the villages, I did not know them.}}
WITNESS: {{c3|Many were wounded, I cannot count, maybe twenty.}} {{c4|My own hand, look, a piece went in here. It is nothing.}}
INTERPRETER: He is showing a scar on the back of the left hand.
INTERVIEWER: Were there fighters in the bazaar?
WITNESS: No. There was no army post in the bazaar, and no [[Taliban|ACTOR:Taliban]] inside, only shopkeepers and people buying for the house. [[The army|ACTOR:Afghan forces]] post is on the hill. It was also hit by the [[rockets|WEAPON:ROCKET]] of the [[Taliban|ACTOR:Taliban]] [[that day|DATE:2019-06-17]], but that is their war.
WITNESS: We stayed in the bazaar until the evening, in the dark, without noor, without electricity, and we carried [[Nazir Ahmad|PERSON]] to his house on a door.
INTERVIEWER: What did you do [[after that day|DATE:2019-06-17]]?
WITNESS: {{c5|We left [[two days later|DATE:2019-06-19]]. Nine people, my wife, my mother, my children, my brother's wife, on a rented Zaranj, to [[Kunduz|PLACE]] city.}} {{c5|My mother cried all the road.}}
INTERVIEWER: You mentioned your brother.
WITNESS: Yes. [[Abdul Wakil|PERSON]]. He stayed in [[Dasht-i Archi|PLACE:Dasht-e Archi]] for the land.
WITNESS: {{c6|In [[the winter of 2020|DATE:2020-01-01..2020-02-29]], [[Jadi|DATE:2019-12-22..2020-01-20]] month, the [[Taliban|ACTOR:Taliban]] stopped him on the road to [[Kunduz|PLACE]] at their checkpoint. They found the card of his son, who was a soldier. They took him.}}
WITNESS: {{c6|They kept him seventeen days in a house in a village. They beat his feet. The elders went and paid, and they let him go.}}
INTERVIEWER: And his son?
WITNESS: His son is alive, in [[Iran|PLACE]] now. He left [[the army|ACTOR:Afghan forces]]. But my cousin [[Zalmai|PERSON]] was police.
WITNESS: {{c7|In [[2018|DATE:2018-01-01..2018-12-31]], in [[autumn|DATE:2018-09-01..2018-11-30]], the [[Talibs|ACTOR:Taliban]] attacked his checkpoint at [[night|DATE:2018-09-01..2018-11-30]] with [[machine guns|WEAPON:SMALL_ARMS]]. He did not come home. His name was read in the mosque with the others, the martyrs of [[that night|DATE:2018-09-01..2018-11-30]], seven names.}}
WITNESS: I did not see this, my uncle told me. We did not see his face, they closed the coffin.
INTERVIEWER: Did the [[Taliban|ACTOR:Taliban]] ever threaten your family?
WITNESS: They said to my father, your son sells cloth to the police wives, if you do not stop we will burn the shop. They did not burn it. The [[mortars|WEAPON:MORTAR]] burned it.
@@witness af-dashtearchi-abdul-qadeer
@@claim c1 harm=PROPERTY_DAMAGE min=16 max=null weapon=MORTAR site="Dasht-e Archi" date=2019-06-17 basis=WITNESSED incident=af-dashtearchi-20190617-bazaar-mortars
@@claim c2 harm=KILLED min=4 max=4 named="Nazir Ahmad; Noor Wali" weapon=MORTAR site="Dasht-e Archi" date=2019-06-17 basis=WITNESSED incident=af-dashtearchi-20190617-bazaar-mortars
@@claim c3 harm=INJURED min=20 max=20 weapon=MORTAR site="Dasht-e Archi" date=2019-06-17 basis=WITNESSED incident=af-dashtearchi-20190617-bazaar-mortars
@@claim c4 harm=INJURED min=1 max=1 named="Abdul Qadeer" weapon=MORTAR site="Dasht-e Archi" date=2019-06-17 basis=EXPERIENCED incident=af-dashtearchi-20190617-bazaar-mortars
@@claim c5 harm=DISPLACED min=9 max=9 named="Abdul Qadeer" site="Dasht-e Archi" date=2019-06-19 basis=EXPERIENCED incident=af-dashtearchi-20190619-abdul-qadeer-family-flight
@@claim c6 harm=DETAINED min=1 max=1 named="Abdul Wakil" actor=Taliban site="Dasht-i Archi" date=2019-12-22..2020-02-29 basis=HEARSAY incident=af-dashtearchi-20200100-abdul-wakil-checkpoint
@@claim c7 harm=KILLED min=7 max=7 named="Zalmai" weapon=SMALL_ARMS actor=Taliban site="Dasht-i Archi" date=2018-09-01..2018-11-30 basis=HEARSAY incident=af-dashtearchi-20180000-police-checkpoint-attack
