Interview ID: HDT-823
Date: 2018-01-16
Location: [[Haditha|PLACE]] general hospital, [[Anbar|PLACE]]
Language: Arabic
Interviewer: [[Ruth Calloway|PERSON]]
Interpreter: [[Omar Kubaisi|PERSON]]

INT: Thank you for your time. What is your work here?
RESP: I am [[Nuha Farhan|PERSON]], head nurse of the emergency. I was here all the siege, [[2014 to 2016|DATE:2014-01-01..2016-12-31]], and after.
INT: We spoke with people in [[Barwana|PLACE]] about a [[chlorine|WEAPON:CHEMICAL]] attack. Do you remember it?
RESP: Of course. [[Barwanah|PLACE:Barwana]], across the bridge. It was [[the 4th of March|DATE:2015-03-04]], a [[Wednesday|DATE:2015-03-04]], [[after the isha prayer|DATE:2015-03-04]]. No, eh, it was before isha, the sky was still a little light.
INT: What did you see?
RESP: {{c1|They brought around twenty people, in pick-ups, in the car of the police. Red eyes, coughing, vomiting. Two children were blue, [[Ayat|PERSON]] and [[Yasin|PERSON]], brother and sister, from the [[Hardan|PERSON]] family, we gave them oxygen, they lived.}} We had only four oxygen bottles for the whole hospital.
INT: Did anyone die?
RESP: {{c2|Two died. An old woman, [[the same night|DATE:2015-03-04]], and a man, [[Harith Salman|PERSON]], [[three days later|DATE:2015-03-07]]. His lungs filled with water.}}
INT: Another witness told us only one person died.
RESP: Maybe he did not know about [[Harith|PERSON]]. He died here, in this building, I closed his eyes.
INT: How did you know it was [[chlorine|WEAPON:CHEMICAL]]?
RESP: The smell on their clothes. We all know it, the smell of the bleach. And the doctors from [[Baghdad|PLACE]] took samples. [[Daesh|ACTOR:Islamic State]] used it in the [[rockets|WEAPON:ROCKET]]; before, they used it in [[tankers|WEAPON:IED]] also, on the checkpoints, in [[Ramadi|PLACE]] side.
INT: After the siege was lifted, did the attacks stop?
RESP: No. In [[2017|DATE:2017-01-01..2017-12-31]] came [[the drones|WEAPON:DRONE_STRIKE]]. [[Daesh|ACTOR:Islamic State]] was still in [[Anah|PLACE]] and [[Rawa|PLACE]], and they flew small [[drones|WEAPON:DRONE_STRIKE]], like toys, with four wings, and they dropped [[grenades|WEAPON:DRONE_STRIKE]] on the soldiers and on the farms.
[Interpreter: She means the small quadcopters.]
INT: Did you treat people wounded by them?
RESP: {{c3|Yes. In [[the summer|DATE:2017-06-01..2017-08-31]], [[Ramadan|DATE:2017-05-27..2017-06-24]] I think, [[the drone|WEAPON:DRONE_STRIKE]] dropped a [[bomb|WEAPON:DRONE_STRIKE]] on a family having iftar in the garden, in [[Haqlaniya|PLACE]]. Five were injured, the father, [[Osama|PERSON]], lost his eye.}} {{c4|A girl of six, [[Shaima|PERSON]], died on the way to us.}}
INT: Were there soldiers near the family?
RESP: There was a checkpoint two hundred metres away, maybe that was the target, I don't know. In the garden there was only the family.
INT: What else do you want to record?
RESP: The [[mortars|WEAPON:MORTAR]] in the siege, we had them every week, and the [[snipers|WEAPON:SMALL_ARMS]] on the river. {{c5|One of our ambulance drivers, [[Ibtisam|PERSON]]'s husband, [[Nabil Ali|PERSON]], was shot by a [[sniper|WEAPON:SMALL_ARMS]] on the road to the dam in [[2015|DATE:2015-01-01..2015-12-31]]. He died.}} She works here with us, in the laboratory. Also we had no nour, no electricity, eighteen hours a day, so we did the operations with the lights of the phones.
INT: Thank you, [[Nuha|PERSON]].
RESP: Nuha is my name, it means the mind, the wisdom. Ha. We needed wisdom in those years.
@@claim c1 harm=INJURED min=20 max=20 named="Ayat; Yasin" weapon=CHEMICAL actor="Islamic State" site="Barwanah" date=2015-03-04 basis=WITNESSED incident=iq-barwana-20150301-chlorine-rockets
@@claim c2 harm=KILLED min=2 max=2 named="Harith Salman" weapon=CHEMICAL actor="Islamic State" site="Barwanah" date=2015-03-04..2015-03-07 basis=WITNESSED incident=iq-barwana-20150301-chlorine-rockets
@@claim c3 harm=INJURED min=5 max=5 named="Osama" weapon=DRONE_STRIKE actor="Islamic State" site="Haqlaniya" date=2017-05-27..2017-06-24 basis=WITNESSED incident=iq-haqlaniya-20170000-iftar-garden-drone
@@claim c4 harm=KILLED min=1 max=1 named="Shaima" weapon=DRONE_STRIKE actor="Islamic State" site="Haqlaniya" date=2017-05-27..2017-06-24 basis=HEARSAY incident=iq-haqlaniya-20170000-iftar-garden-drone
@@claim c5 harm=KILLED min=1 max=1 named="Nabil Ali" weapon=SMALL_ARMS site="Haditha" date=2015-01-01..2015-12-31 basis=HEARSAY incident=iq-haditha-20150000-ambulance-driver-sniper
@@witness iq-haditha-nuha-farhan
