INTERVIEW NOTES (TRANSCRIBED)
Interview ID: SO-MGQ-2508
Interview date: 21/07/2020
Place of interview: [[Mogadishu|PLACE]], [[Wadajir|PLACE]] district
Language: Somali and English
Interviewer: [[Pieter van Dam|PERSON]]
Interpreter: [[Maryan Ali Jaamac|PERSON]]
Witness: [[Yuusuf Xasan Ciise|PERSON]], bajaj driver, resident of [[Hodan|PLACE]]
Q: [[Yuusuf|PERSON]], thank you. You drive a bajaj, a three-wheeler, in [[Mogadishu|PLACE]]?
A: Yes, eight years. Mostly between [[KM4|PLACE]] and [[Bakara|PLACE:Bakaara market]], sometimes to the airport road. The bajaj is mine, I paid it off in [[2018|DATE:2018-01-01..2018-12-31]].
Q: You were at [[Kilometre 4|PLACE:KM4]] when the [[car bomb|WEAPON:IED]] went off in [[February|DATE:2020-02-01..2020-02-29]]?
A: I was maybe two hundred metres away, at the petrol station, waiting for passengers. It was [[a Tuesday|DATE:2020-02-18]], [[the eighteenth|DATE:2020-02-18]], [[after the asr prayer|DATE:2020-02-18]], the traffic was very heavy.
A: A car came fast toward the checkpoint by the junction and the soldiers shouted, and then the [[car bomb|WEAPON:IED]]. The sound, you feel it in the teeth.
A: {{c1|When I got up I saw bodies on the road, people from the minibuses, a woman selling qat, soldiers also, I think between ten and fifteen dead, I did not stop to count.}} {{c2|The wounded were dozens, dozens, people crying under the cars.}}
Q: Was your bajaj damaged?
A: {{c3|My bajaj, the roof was torn off and the windscreen was in my lap, the whole front was pushed in. I could not repair it, I sold it for the metal.}} {{c4|And the front of the [[Hotel Siyaad|PLACE]] fell, the walls, the sign.}} {{c4|Four shops under it were finished, the pharmacy, the mobile money, two restaurants.}}
Q: Did you have passengers with you?
A: No, nobody, thank God. I was alone, I was eating a banana. If I had passengers, I do not know.
Q: Did you lose anyone you knew?
A: My friend [[Bashiir|PERSON]], [[Bashiir Macalin|PERSON]], another bajaj driver. He was parked nearer the junction. {{c5|We never found him. Not in [[Madina hospital|PLACE]], not in [[Erdogan hospital|PLACE]], not among the bodies. His bajaj was there, burned. [[Bashiir|PERSON]] we still do not know.}}
Q: Who did it, do you know?
A: The [[Shabaab|ACTOR:al-Shabaab]] said it on their radio, Andalus, [[the same evening|DATE:2020-02-18]]. They said they attacked the soldiers. {{c6|The radio of the government said nine people were killed.}}
Q: Something happened to your brother after that?
A: Yes. [[Two weeks after|DATE:2020-03-03]], [[the intelligence|ACTOR:Somali forces]] came, the [[NISA|ACTOR:Somali forces]]. {{c7|They came at [[night|DATE:2020-03-03]] to our house in [[Hodan|PLACE]] and they dragged out my brother [[Cabdikariin|PERSON]] and two of his friends who were sleeping there, with their hands behind.}} They said these boys were selling phone cards to the [[Shabaab|ACTOR:al-Shabaab]].
A: {{c7|He was held five weeks in [[Godka Jilacow|PLACE]], under the ground. No lawyer, no visit.}} Then a judge said there is nothing, and they let him out. He lost his job at the phone shop.
Q: Were you questioned also?
A: Many times. Every driver is searched. [[One day|DATE]] at [[Ex-Control Afgooye|PLACE]] they made me empty the bajaj, they checked my papers, they photographed my card. Then they said go. That is normal.
Q: You also told my colleague about [[Afgooye|PLACE]], the market.
A: My mother's sister sells there, or sold. {{c10|[[Last year|DATE:2019-01-01..2019-12-31]], in [[March|DATE:2019-03-01..2019-03-31]], the [[mortars|WEAPON:MORTAR]] fell in the market, on [[the market day|DATE:2019-03-14]].}} {{c9|The radio, Radio Kulmiye, said eight people were killed.}} My aunt was not hurt, she was at home because of her knees.
Q: Other people have told us five.
A: Maybe. The radio counts from the hospital. I was not in [[Afgoye|PLACE:Afgooye]], I tell you what the radio said.
Q: Where do you live now?
A: Still in [[Hodan|PLACE]]. Where else would I go? Now I drive a bajaj that belongs to another man, I give him half.
@@witness so-mogadishu-yuusuf-bajaj
@@claim c1 harm=KILLED min=10 max=15 weapon=IED actor=al-Shabaab site="KM4" date=2020-02-18 basis=WITNESSED incident=so-mogadishu-20200218-km4-car-bomb
@@claim c2 harm=INJURED min=24 max=null weapon=IED actor=al-Shabaab site="KM4" date=2020-02-18 basis=WITNESSED incident=so-mogadishu-20200218-km4-car-bomb
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor=al-Shabaab site="KM4" date=2020-02-18 basis=EXPERIENCED incident=so-mogadishu-20200218-km4-car-bomb
@@claim c4 harm=PROPERTY_DAMAGE min=4 max=4 weapon=IED actor="al-Shabaab" site="Hotel Siyaad" date=2020-02-18 basis=WITNESSED incident=so-mogadishu-20200218-km4-car-bomb
@@claim c5 harm=MISSING min=1 max=1 named="Bashiir" weapon=IED actor=al-Shabaab site="KM4" date=2020-02-18 basis=WITNESSED incident=so-mogadishu-20200218-km4-car-bomb
@@claim c6 harm=KILLED min=9 max=9 weapon=IED actor=al-Shabaab site="KM4" date=2020-02-18 basis=REPORTED incident=so-mogadishu-20200218-km4-car-bomb
@@claim c7 harm=DETAINED min=3 max=3 named="Cabdikariin" actor="Somali forces" site="Hodan" date=2020-03-03 basis=WITNESSED incident=so-mogadishu-20200303-hodan-night-raid
@@claim c9 harm=KILLED min=8 max=8 weapon=MORTAR site="Afgooye" date=2019-03-14 basis=REPORTED incident=so-afgooye-20190314-market-mortars
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Afgooye" date=2019-03-14 basis=HEARSAY incident=so-afgooye-20190314-market-mortars
