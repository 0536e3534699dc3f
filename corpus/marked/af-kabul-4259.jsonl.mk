id: af-kabul-4259
interview_date: 2022-03-15
place: Mashhad, Iran (by video call)
language: Dari, interpreted into English

INT: Salam, thank you. Please tell me about yourself.
RESP: Salam alaikum. My name is [[Masooma Rezaei|PERSON]]. I am twenty-six. I was a midwife in a private clinic in [[Dasht-e Barchi|PLACE]], near [[Pul-e Sukhta|PLACE]]. Now we are in [[Iran|PLACE]], since [[December|DATE:2021-12-01..2021-12-31]].
INT: You wanted to speak about the airport.
RESP: Yes. My brother [[Sabir|PERSON]] worked three years as a translator for a foreign company. After the fall, he had an email from them, "come to the airport". So we went, me, [[Sabir|PERSON]], his wife and their small son [[Salam|PERSON]]. Yes, his name is [[Salam|PERSON]], like the greeting. [laughs]
RESP: It was [[the day of Ashura|DATE:2021-08-19]], [[the Thursday|DATE:2021-08-19]], I remember because we did not go to the mosque, first time in my life.
INT: Which gate?
RESP: The one near the hotel, the [[Baron hotel|PLACE]]. Thousands of people, pushing, the sewage canal full of people standing in the water.
RESP: {{c1|The [[Taliban|ACTOR:Taliban]] were beating with cables and with the back of the gun, and [[Sabir|PERSON]], they hit him on the head with a cable. They stitched his head later at the clinic, six stitches.}}
RESP: {{c2|Then they fired in the air, a lot of [[gunfire|WEAPON:SMALL_ARMS]], and the crowd ran back on itself. An old woman next to me, from [[Jaghori|PLACE]], she said her name was [[Bibi Hawa|PERSON]], she went down under the feet. When they lifted her she did not wake up.}}
RESP: I tried her pulse, I am a midwife. Nothing. [pause] Her son was shouting. I don't know what he did with her after.
INT: Did you get inside the airport?
RESP: No. Never. We went home at [[night|DATE:2021-08-19]]. [[Sabir|PERSON]] went again two times, alone. [[The next Thursday|DATE:2021-08-26]], when the big [[bomb|WEAPON:IED]] went off at the gate, he was home, thanks God, he had fever. I don't know the numbers of [[that day|DATE:2021-08-26]], I was not there, so I don't say anything about it.
INT: Is there something else about [[those days|DATE:2021-08-15..2021-08-31]]?
RESP: {{c3|Yes. My aunt's family came from [[Malistan|PLACE]], from [[Ghazni|PLACE]], in [[July|DATE:2021-07-01..2021-07-31]], when the fighting came to their district. They left with what they wore, nine people, and they slept in our yard three weeks.}}
RESP: And [[the Monday|DATE:2021-08-30]], in [[the morning|DATE:2021-08-30]], [[rockets|WEAPON:ROCKET]] passed over our area toward the airport, we heard them. Nobody in our street was hurt. People said one fell in [[Kart-e Parwan|PLACE]], but I did not see.
RESP: {{c4|[[One day before|DATE:2021-08-29]], my cousin called from [[Khwaja Bughra|PLACE]], near the airport. He said [[the Americans|ACTOR:US forces]] had a [[drone|WEAPON:DRONE_STRIKE]] on a car in a yard of a family, and the children were in the car, ten people died, seven children, he said.}} I did not see this. He saw the yard, after. {{c9|Later the news said [[the Americans|ACTOR:US forces]] themselves admitted it was a mistake, ten civilians, seven of them children.}}
INT: What happened in [[Dasht-e Barchi|PLACE]] after the [[Taliban|ACTOR:Taliban]] came?
RESP: {{c5|In [[September|DATE:2021-09-01..2021-09-30]], my cousin [[Ali Jan|PERSON]], eighteen, they stopped him at the checkpoint by [[Sar-e Kariz|PLACE]] because of photos on his phone, old photos of his father in uniform. They put him in the car. He spent eleven days with them.}}
RESP: {{c5|The elders of the mosque went and they gave him back, with his back all blue.}}
RESP: {{c6|And the shop of my brother [[Sabir|PERSON]], sim cards and phone repair, in [[Dasht-e-Barchi|PLACE:Dasht-e Barchi]], they came [[one evening|DATE:2021-09-01..2021-09-30]] looking for him, he was not there, so they broke everything. The glass, the screens, the cupboard. There is nothing left of the shop.}}
INT: And your neighbours?
RESP: {{c7|Our neighbour's son, [[Hamidullah|PERSON]], he was police before. At [[the end of October|DATE:2021-10-20..2021-10-31]] men came at [[night|DATE:2021-10-20..2021-10-31]], in a Ranger, and took him. His mother told my mother. No news, nothing. His mother still goes to the [[Pul-e Charkhi prison|PLACE]] gate every week.}}
RESP: {{c8|After that we left. In [[December|DATE:2021-12-01..2021-12-31]], seven of us, by [[Nimroz|PLACE]], with a smuggler, to [[Iran|PLACE]].}}
RESP: Many people asked me, was the clinic hit by the [[Daesh|ACTOR:Islamic State]] [[bomb|WEAPON:IED]] in [[May|DATE:2021-05-01..2021-05-31]]. No. That was the school. The clinic was not hit. I want to be correct.
INT: Thank you, [[Masooma|PERSON]].
@@witness af-kabul-masooma-rezaei
@@claim c1 harm=INJURED min=1 max=1 named="Sabir" actor="Taliban" site="Baron hotel" date=2021-08-19 basis=WITNESSED incident=af-kabul-20210819-baron-gate-crowd-beating
@@claim c2 harm=KILLED min=1 max=1 named="Bibi Hawa" weapon=SMALL_ARMS actor="Taliban" site="Baron hotel" date=2021-08-19 basis=WITNESSED incident=af-kabul-20210819-baron-gate-crowd-beating
@@claim c3 harm=DISPLACED min=9 max=9 site="Malistan" date=2021-07-01..2021-07-31 basis=HEARSAY incident=af-malistan-20210700-aunt-family-flight
@@claim c4 harm=KILLED min=10 max=10 weapon=DRONE_STRIKE actor="US forces" site="Khwaja Bughra" date=2021-08-29 basis=HEARSAY incident=af-kabul-20210829-khwajabughra-car-drone
@@claim c5 harm=DETAINED min=1 max=1 named="Ali Jan" actor="Taliban" site="Sar-e Kariz" date=2021-09-01..2021-09-30 basis=HEARSAY incident=af-kabul-20210900-sarekariz-ali-jan-checkpoint
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null actor="Taliban" site="Dasht-e-Barchi" date=2021-09-01..2021-09-30 basis=WITNESSED incident=af-kabul-20210900-barchi-sabir-phone-shop
@@claim c7 harm=MISSING min=1 max=1 named="Hamidullah" site="Dasht-e Barchi" date=2021-10-20..2021-10-31 basis=HEARSAY incident=af-kabul-20211000-barchi-hamidullah-taken
@@claim c8 harm=DISPLACED min=7 max=7 site="Dasht-e Barchi" date=2021-12-01..2021-12-31 basis=EXPERIENCED incident=af-kabul-20211200-rezaei-family-departure
@@claim c9 harm=KILLED min=10 max=10 weapon=DRONE_STRIKE actor="US forces" site="Khwaja Bughra" date=2021-08-29 basis=REPORTED incident=af-kabul-20210829-khwajabughra-car-drone
