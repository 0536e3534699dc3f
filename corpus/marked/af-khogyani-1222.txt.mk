Interview ID: AF-NGR-1222
Date: 2018-11-02
Location: [[Kabul|PLACE]], [[Karte Naw|PLACE]]
Language: Pashto and some English
Interviewer: [[Parwin Hakimi|PERSON]]

Parwin: Thank you for coming. Please introduce yourself.
Sardar Wali: I am [[Sardar Wali|PERSON]], my father is from [[Khogyani|PLACE]], [[Wazir|PLACE]] village, but we have family in [[Deh Bala|PLACE]] also. My uncle [[Rahmatullah|PERSON]] has a shop there, had a shop. I study engineering here in [[Kabul|PLACE]].
Parwin: Your uncle told us you arrived in [[Deh Bala|PLACE]] on [[the day of the strike|DATE:2018-09-11]].
Sardar Wali: Yes. It was [[the first of Muharram|DATE:2018-09-11]], the new Islamic year, and [[the 11th of September|DATE:2018-09-11]] also, I remember because a friend in the bus was joking about the date. I reached the bazaar of [[Dehbala|PLACE:Deh Bala]] maybe [[one hour after it happened|DATE:2018-09-11]], [[before maghrib|DATE:2018-09-11]].
Parwin: What did you see?
Sardar Wali: {{c1|The tea house of [[Gul Zaman|PERSON]] was flat. Completely flat. The shops on both sides were burning, my uncle's shop also.}} People were pulling men from under the roof, with their hands, there was no machine.
Parwin: Did you help?
Sardar Wali: I helped to carry. {{c2|I carried, eh, I think four dead men to the mosque. One was [[Shah Mahmood|PERSON]], I knew him, he sold mobile cards. One was very young, maybe [[Zabiullah|PERSON]], the son of the tea house owner, his face I could not see properly.}}
Parwin: How many people died in total, do you know?
Sardar Wali: {{c3|At the mosque, at [[the night|DATE:2018-09-11]], the elders counted. Seventeen bodies. But two of them were from the hospital in [[Jalalabad|PLACE]], they died on the way. So seventeen in total, with those two.}} The government said eleven and that they were all [[Daesh|ACTOR:Islamic State]]. This is a lie. I knew four of them, they were shopkeepers.
Parwin: Was your uncle hurt?
Sardar Wali: {{c4|My uncle was wounded in the leg and shoulder, and his ear, he cannot hear well now.}} We took him to [[Jalalabad|PLACE]] [[the same night|DATE:2018-09-11]].
Parwin: Who carried out the [[strike|WEAPON:AIRSTRIKE]]?
Sardar Wali: People say [[American|ACTOR:US forces]] [[planes|WEAPON:AIRSTRIKE]]. Maybe a [[drone|WEAPON:DRONE_STRIKE]]. Nobody saw [[the plane|WEAPON:AIRSTRIKE]], it was very high. In [[Nangarhar|PLACE]] everybody knows the sound of the drone, it is always there, but this was a bigger sound, a jet sound. I cannot tell you for sure.
Parwin: Has your family in [[Wazir|PLACE]] been affected by the fighting?
Sardar Wali: Yes. [[That same day|DATE:2018-09-11]], in [[the morning|DATE:2018-09-11]], before all this, there was fighting near [[Wazir|PLACE]]. {{c5|My aunt told me a [[mortar|WEAPON:MORTAR]] landed in the yard of our neighbours, [[Malik Jan|PERSON]]'s house, and two of his children were hurt, [[Laila|PERSON]] and a small boy.}} The [[Taliban|ACTOR:Taliban]] were fighting [[Daesh|ACTOR:Islamic State]] in the hills, and [[the army|ACTOR:Afghan forces]] was also firing. Nobody knows whose [[mortar|WEAPON:MORTAR]].
Parwin: And before that year?
Sardar Wali: In [[2017|DATE:2017-01-01..2017-12-31]] [[Daesh|ACTOR:Islamic State]] came to the upper villages of [[Khogyani|PLACE]]. {{c6|They took my father's cousin, Haji [[Amanullah|PERSON]], because he was a village elder and he talked with the government.}} {{c7|They killed him, and they put the body on the road to [[Wazir Tangi|PLACE]] as a warning.}} I did not see this. My father went to bring the body.
Parwin: I'm very sorry.
Sardar Wali: {{c8|After that, many families from the upper villages came down to [[Jalalabad|PLACE]], maybe two hundred families, maybe more.}} My father stayed. He says the land is the land.
Parwin: Also, you mentioned a [[roadside bomb|WEAPON:IED]] on the phone.
Sardar Wali: Yes. {{c9|[[This summer|DATE:2018-06-01..2018-08-31]], on the road from [[Khogyani|PLACE]] to [[Jalalabad|PLACE]], an [[IED|WEAPON:IED]] hit a police pickup, and three policemen died.}} My cousin is a policeman, he was in the car behind. {{c10|He was not hurt, but the [[roadside bomb|WEAPON:IED]] destroyed the pickup and the shop next to the road.}} He saw everything.
Parwin: Thank you, [[Sardar Wali|PERSON]].
Sardar Wali: Please, if you write about the tea house, say the names. [[Gul Zaman|PERSON]], [[Zabiullah|PERSON]], [[Shah Mahmood|PERSON]], [[Mirwais|PERSON]] the tailor. They had names.
@@witness af-khogyani-sardar-wali
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null site="Dehbala" date=2018-09-11 basis=WITNESSED incident=af-dehbala-20180911-bazaar-teahouse
@@claim c2 harm=KILLED min=4 max=4 named="Shah Mahmood; Zabiullah" site="Dehbala" date=2018-09-11 basis=WITNESSED incident=af-dehbala-20180911-bazaar-teahouse
@@claim c3 harm=KILLED min=17 max=17 site="Dehbala" date=2018-09-11 basis=HEARSAY incident=af-dehbala-20180911-bazaar-teahouse
@@claim c4 harm=INJURED min=1 max=1 named="Rahmatullah" site="Dehbala" date=2018-09-11 basis=WITNESSED incident=af-dehbala-20180911-bazaar-teahouse
@@claim c5 harm=INJURED min=2 max=2 named="Laila" weapon=MORTAR site="Wazir" date=2018-09-11 basis=HEARSAY incident=af-khogyani-20180911-yard-mortar
@@claim c6 harm=DETAINED min=1 max=1 named="Amanullah" actor="Islamic State" site="Khogyani" date=2017-01-01..2017-12-31 basis=HEARSAY incident=af-khogyani-20170000-elder-abduction
@@claim c7 harm=KILLED min=1 max=1 named="Amanullah" actor="Islamic State" site="Wazir Tangi" date=2017-01-01..2017-12-31 basis=HEARSAY incident=af-khogyani-20170000-elder-abduction
@@claim c8 harm=DISPLACED min=200 max=null actor="Islamic State" site="Khogyani" date=2017-01-01..2017-12-31 basis=HEARSAY incident=af-khogyani-20170000-elder-abduction
@@claim c9 harm=KILLED min=3 max=3 weapon=IED site="Khogyani" date=2018-06-01..2018-08-31 basis=HEARSAY incident=af-khogyani-20180600-police-pickup-ied
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Khogyani" date=2018-06-01..2018-08-31 basis=HEARSAY incident=af-khogyani-20180600-police-pickup-ied
