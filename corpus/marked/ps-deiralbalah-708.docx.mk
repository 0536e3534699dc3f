TESTIMONY RECORD
Interview ID: PS-DAB-708
Date of interview: 28 February 2024
Place of interview: [[Deir al-Balah|PLACE]], [[Gaza Strip|PLACE]]
Language: Arabic and English (the witness answered partly in English)
Interviewer: [[Farid Benali|PERSON]]
Witness: nurse, emergency department, [[al-Aqsa Martyrs hospital|PLACE]]
Q: Please describe your work since [[October|DATE:2023-10-01..2023-10-31]].
A: I am a nurse in the emergency of [[al-Aqsa Martyrs hospital|PLACE]], [[Shuhada al-Aqsa|PLACE:al-Aqsa Martyrs hospital]] we say in Arabic, twelve years. Since [[the 7th of October|DATE:2023-10-07]] I did not go home more than ten nights. My home is in [[al-Nuseirat|PLACE]], it is still standing, the windows no.
Q: We are collecting accounts about the [[strike|WEAPON:AIRSTRIKE]] on the [[Abu Hamad|PERSON]] house in [[Maghazi|PLACE:al-Maghazi]] in [[November|DATE:2023-11-01..2023-11-30]]. Do you remember it?
A: Yes. It was [[Saturday|DATE:2023-11-18]], [[the 18th|DATE:2023-11-18]], I had the day shift. [[Around one o'clock, a little after the noon|DATE:2023-11-18]], the cars started to come from [[Maghazi|PLACE:al-Maghazi]]. People were shouting "[[Abu Hamad|PERSON]], the house of [[Abu Hamad|PERSON]]".
A: {{c1|From that house we received nineteen dead, I wrote them in the register myself, nineteen, some only with "unknown, female, child".}} {{c2|And the injured, about forty, maybe more, we put them on the floor, in the corridor.}}
A: {{c3|One of them was [[Raed Abu Hamad|PERSON]], the son, he came alive, with the chest crushed, and he died in [[the night|DATE:2023-11-18]] in the ICU.}} Dr. [[Issa Tarazi|PERSON]] tried for two hours, with [[Mirvat|PERSON]], the ICU nurse. So the family says twenty-two, I say nineteen came dead to us, I don't argue, maybe others went to other places or stayed under.
Q: Did you see what caused the injuries?
A: The house fell on them. Crush, dust in the lungs, fractures. The people said [[the planes|WEAPON:AIRSTRIKE]], two [[missiles|WEAPON:MISSILE]]. This is the work of [[the F-16|WEAPON:AIRSTRIKE]] of [[the occupation|ACTOR:Israeli forces]], I see it every day, the building comes down on the family.
Q: Was there anything else [[that day|DATE:2023-11-18]]?
A: Yes, [[same day|DATE:2023-11-18]], in [[the afternoon, around four|DATE:2023-11-18]], they brought people from [[al-Bureij|PLACE]], not from [[Maghazi|PLACE:al-Maghazi]], a different house, the [[Hijazi|PERSON]] family, near the [[Bureij|PLACE:al-Bureij]] bakery. {{c4|Seven dead from that house, I remember, because we had no more space in the fridge and we put them in the tent outside.}} People confuse it with [[Abu Hamad|PERSON]] because it was [[the same day|DATE:2023-11-18]], but it is another camp, another street.
Q: Has the hospital itself been hit?
A: {{c5,c7|On [[the 9th of January|DATE:2024-01-09]], in [[the morning|DATE:2024-01-09]], two [[shells|WEAPON:ARTILLERY]] fell in the yard where the displaced have their tents, two people were killed, a man and a boy, and I don't know how many injured, I was inside.}} [[The tanks|WEAPON:ARTILLERY]] were east of the hospital, on [[Salah al-Din road|PLACE]], we heard them all night.
Q: Were medical staff harmed?
A: {{c6|Our paramedic [[Iyad Barhoum|PERSON]] was shot in the leg by [[the quadcopter|WEAPON:DRONE_STRIKE]] at the gate, in [[January|DATE:2024-01-01..2024-01-31]], [[the same week|DATE:2024-01-08..2024-01-14]]. I was at the door, I saw him fall.}} [[The quadcopter|WEAPON:DRONE_STRIKE]] was over the gate for an hour, shooting at anything that moves.
Q: Were there armed men or fighters in the hospital?
A: I did not see. Families, patients, displaced, journalists. No weapons, no fighters, not in my department. If there were, the doctors would refuse, we are not stupid, we know what it brings.
Q: What worries you most now?
A: The fuel. If the generator stops, the babies in the incubators die in one hour, we did the calculation. And the medicines, we wash the gauze and use it again. [pause] Please write this also.
@@witness ps-deiralbalah-nurse-708
@@claim c1 harm=KILLED min=19 max=19 weapon=AIRSTRIKE actor="Israeli forces" site="Maghazi" date=2023-11-18 basis=WITNESSED incident=ps-maghazi-20231118-abu-hamad-house
@@claim c2 harm=INJURED min=40 max=null weapon=AIRSTRIKE actor="Israeli forces" site="Maghazi" date=2023-11-18 basis=WITNESSED incident=ps-maghazi-20231118-abu-hamad-house
@@claim c3 harm=KILLED min=1 max=1 named="Raed Abu Hamad" weapon=AIRSTRIKE actor="Israeli forces" site="Maghazi" date=2023-11-18 basis=WITNESSED incident=ps-maghazi-20231118-abu-hamad-house
@@claim c4 harm=KILLED min=7 max=7 site="al-Bureij" date=2023-11-18 basis=WITNESSED incident=ps-bureij-20231118-hijazi-house
@@claim c5 harm=KILLED min=2 max=2 weapon=ARTILLERY site="al-Aqsa Martyrs hospital" date=2024-01-09 basis=WITNESSED incident=ps-deiralbalah-20240109-aqsa-hospital-yard-shells
@@claim c7 harm=INJURED min=null max=null weapon=ARTILLERY site="al-Aqsa Martyrs hospital" date=2024-01-09 basis=WITNESSED incident=ps-deiralbalah-20240109-aqsa-hospital-yard-shells
@@claim c6 harm=INJURED min=1 max=1 named="Iyad Barhoum" weapon=DRONE_STRIKE site="al-Aqsa Martyrs hospital" date=2024-01-08..2024-01-14 basis=WITNESSED incident=ps-deiralbalah-20240100-aqsa-gate-quadcopter
