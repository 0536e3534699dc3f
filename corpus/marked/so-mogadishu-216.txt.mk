Interview ID: SO-MOG-216
Date: 2019-10-02
Place: [[Mogadishu|PLACE]], [[Somalia|PLACE]]
Language: Somali
Interviewer: [[Kevin Otieno|PERSON]]
Interpreter: [[Abdullahi Warsame|PERSON]]

INT: You drive a bajaj in [[Mogadishu|PLACE]]. For how long?
RESP: Two years. Before that I was a farmer in [[Qoryooley|PLACE]], in [[Lower Shabelle|PLACE]]. {{c1|We left in [[2017|DATE:2017-01-01..2017-12-31]] because [[al-Shabaab|ACTOR:al-Shabaab]] took the zakat from us two times in one year, and then the fighting came to our farm. My wife [[Sahro|PERSON]], my mother, four children, we came to [[Xamar|PLACE:Mogadishu]] with nothing.}}
[Interpreter: he says "Xamar", the Somali name for [[Mogadishu|PLACE]].]
INT: Tell me about the explosion at [[Sayidka|PLACE]].
RESP: It was [[a Saturday|DATE:2019-07-13]], in [[July|DATE:2019-07-01..2019-07-31]]. [[The 13th|DATE:2019-07-13]]. Around [[half past ten|DATE:2019-07-13]], [[the morning|DATE:2019-07-13]]. I had two passengers, a woman and her daughter, going to the market. We were in the line of cars at the junction, near the checkpoint of the soldiers.
INT: What did you see?
RESP: A car, a Noah, white, it came fast on the left side, not in the line. The soldiers shouted. Then it exploded, the [[car bomb|WEAPON:IED]], right at the checkpoint. I don't remember the sound. I remember I was on the ground and the bajaj was on top of my leg.
INT: Were you hurt?
RESP: {{c2|Yes. My leg was broken here, and glass in my face, you see these marks.}} {{c3|The woman, [[Hodan|PERSON]], she was hurt in the stomach. Her daughter, [[Ifrah|PERSON]], small, not hurt, only crying. I saw them put [[Hodan|PERSON]] in a car.}} I don't know if she lived.
INT: Did you see people killed?
RESP: {{c4|I saw maybe ten bodies on the road, near the checkpoint. Soldiers, and people in the cars, and a boy who sold water.}} {{c5|My friend, [[Cabdi Yare|PERSON]], also a bajaj driver, he was in front of me in the line. He died.}} [[Cabdi|PERSON]] was twenty-four, he was going to marry in [[Ramadan|DATE:2020-04-24..2020-05-23]] next year.
INT: What did the news say?
RESP: {{c6|The radio said seventeen died.}} People say more. I don't know the right number. In [[Mogadishu|PLACE]] every time the number is different.
INT: Do you know who was responsible?
RESP: [[Al-Shabaab|ACTOR:al-Shabaab]] said it on their radio, Andalus. They said they were attacking the soldiers. But the soldiers were four, five. The others were people going to the market.
INT: Was there a military convoy passing at that moment?
RESP: No. There was no convoy. I was there, in the line. Only the checkpoint and the cars waiting.
INT: Has anything else happened to you since?
RESP: {{c7|In [[August|DATE:2019-08-01..2019-08-31]], a [[roadside bomb|WEAPON:IED]] on the road to [[Afgooye|PLACE]], near [[Ex-Control|PLACE]], it hit a pickup of [[the army|ACTOR:Somali forces]], and my cousin [[Abshir|PERSON]] was passing on a motorbike, he was hurt in his back.}} I was not there. He told me. [[Al-Shabaab|ACTOR:al-Shabaab]] again. They put these [[roadside bombs|WEAPON:IED]] and they don't care who passes.
INT: Thank you. Anything you want to add?
RESP: Only that I am afraid of the white Noah cars now. When one comes behind me in the traffic, my hands shake.
@@witness so-mogadishu-bajaj-driver
@@claim c1 harm=DISPLACED min=7 max=7 actor="al-Shabaab" site="Qoryooley" date=2017-01-01..2017-12-31 basis=EXPERIENCED incident=so-qoryooley-20170000-family-flight
@@claim c2 harm=INJURED min=1 max=1 weapon=IED actor="al-Shabaab" site="Sayidka" date=2019-07-13 basis=EXPERIENCED incident=so-mogadishu-20190713-sayidka-car-bomb
@@claim c3 harm=INJURED min=1 max=1 named="Hodan" weapon=IED actor="al-Shabaab" site="Sayidka" date=2019-07-13 basis=WITNESSED incident=so-mogadishu-20190713-sayidka-car-bomb
@@claim c4 harm=KILLED min=10 max=10 weapon=IED actor="al-Shabaab" site="Sayidka" date=2019-07-13 basis=WITNESSED incident=so-mogadishu-20190713-sayidka-car-bomb
@@claim c5 harm=KILLED min=1 max=1 named="Cabdi Yare; Cabdi" weapon=IED actor="al-Shabaab" site="Sayidka" date=2019-07-13 basis=WITNESSED incident=so-mogadishu-20190713-sayidka-car-bomb
@@claim c6 harm=KILLED min=17 max=17 weapon=IED actor="al-Shabaab" site="Sayidka" date=2019-07-13 basis=REPORTED incident=so-mogadishu-20190713-sayidka-car-bomb
@@claim c7 harm=INJURED min=1 max=1 named="Abshir" weapon=IED actor="al-Shabaab" site="Ex-Control" date=2019-08-01..2019-08-31 basis=HEARSAY incident=so-afgooye-20190800-excontrol-roadside-bomb
