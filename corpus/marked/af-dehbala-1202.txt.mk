Interview ID: AF-NGR-1202
Interview date: 14/10/2018
Location: [[Jalalabad|PLACE]], women's shelter
Language: Pashto
Interviewer: [[Farida Sultani|PERSON]]

Q: Thank you for agreeing to talk. Can you tell me your name?
A: They call me [[Shazia|PERSON]]. [[Bibi Shazia|PERSON]]. I am the wife of [[Mirwais|PERSON]], the tailor of [[Dih Bala|PLACE:Deh Bala]].
Q: You are from [[Deh Bala|PLACE]] district?
A: Yes, from the bazaar, we lived behind the shops. Some people say [[Haskamina|PLACE:Deh Bala]], it is the old name.
Q: What happened to your husband?
A: It was [[the twentieth of Sunbula|DATE:2018-09-11]], I know because my daughter [[Nazo|PERSON]] wrote it in her school book. {{c1|My husband went to the tea house of [[Gul Zaman|PERSON]] after the prayer, like every day, and the [[bomb|WEAPON:AIRSTRIKE]] from [[the plane|WEAPON:AIRSTRIKE]] fell on it, and he died there.}}
Q: Did you see the [[strike|WEAPON:AIRSTRIKE]]?
A: No, I was in the house. I heard it. Eh, the whole house was shaking, the glass, the windows. {{c2,c7|Our window glass broke and cut my small boy [[Jawad|PERSON]] on the face, here, he has the mark.}} Then the people were shouting and running.
Q: How did you learn that your husband was killed?
A: My brother-in-law [[Ahmad Shah|PERSON]] came. He did not say anything, he only looked at me. Then I knew.
Q: Do you know how many people died?
A: {{c3|The people in the bazaar say fourteen men died, some say sixteen, with the son of [[Gul Zaman|PERSON]] and the old [[Qadir|PERSON]].}} Many were wounded, I don't know how many. Women don't go to the bazaar, I know only what the men tell.
Q: Who do people say did it?
A: [[The Americans|ACTOR:US forces]]. Everybody says [[the Americans|ACTOR:US forces]]. The government said they killed [[Daesh|ACTOR:Islamic State]] in the tea house. My husband was not [[Daesh|ACTOR:Islamic State]]. He was sewing clothes for the wedding of [[Sabah|PERSON]], the daughter of our neighbour, he had her dress in the shop.
[Interviewer note: Sabah is a woman's name; the same word means morning.]
Q: Did something else happen on [[that day|DATE:2018-09-11]]?
A: Yes, [[the same day|DATE:2018-09-11]], before, in [[the morning|DATE:2018-09-11]], there was trouble in [[Khogyani|PLACE]], near [[Wazir|PLACE]]. Not in our place. My sister lives there. {{c4|She told me on the phone that a [[mortar|WEAPON:MORTAR]] came into the yard of their neighbours in [[Khogyani|PLACE]] and two children were hurt.}} She does not know who fired it, the [[Taliban|ACTOR:Taliban]] or [[the army|ACTOR:Afghan forces]], they were fighting.
Q: That was on [[the same day|DATE:2018-09-11]]?
A: [[The same day|DATE]], yes, [[the morning|DATE]]. Then in [[the afternoon|DATE]] our bazaar. It was a black day.
Q: Where did you go after?
A: {{c5|We left the house [[three days later|DATE:2018-09-14]], me and my five children and my mother-in-law, because there was no man to look after us and the people said [[the planes|WEAPON:AIRSTRIKE]] would come again.}} They did not come again, I think. But we were afraid.
Q: Has anything happened to your family before this?
A: Before, yes. [[Two years before|DATE:2016-01-01..2016-12-31]], maybe [[2016|DATE:2016-01-01..2016-12-31]], my husband's cousin [[Noor Agha|PERSON]] went to [[Jalalabad|PLACE]] with a minibus. {{c6|There was a [[bomb|WEAPON:IED]] on the road near [[Ghani Khel|PLACE]], a [[roadside bomb|WEAPON:IED]], and he died, and also the driver.}} We heard it from the people of the minibus company. The [[Taliban|ACTOR:Taliban]] had put it for [[the police|ACTOR:Afghan forces]], that is what they said.
Q: Is there anything you want to add?
A: [crying] [pause] I want my children to go to school. Here in [[Jalalabad|PLACE]] they do not go. [[Nazo|PERSON]] was the best in her class. That is what I want.
Q: Thank you, [[Bibi Shazia|PERSON]].
A: My husband was forty-one years old. Please write that. [[Mirwais|PERSON]], forty-one years old, a tailor.
@@witness af-dehbala-shazia
@@claim c1 harm=KILLED min=1 max=1 named="Mirwais" weapon=AIRSTRIKE site="Dih Bala" date=2018-09-11 basis=HEARSAY incident=af-dehbala-20180911-bazaar-teahouse
@@claim c2 harm=INJURED min=1 max=1 named="Jawad" weapon=AIRSTRIKE site="Dih Bala" date=2018-09-11 basis=WITNESSED incident=af-dehbala-20180911-bazaar-teahouse
@@claim c3 harm=KILLED min=14 max=16 named="Qadir" site="Dih Bala" date=2018-09-11 basis=HEARSAY incident=af-dehbala-20180911-bazaar-teahouse
@@claim c4 harm=INJURED min=2 max=2 weapon=MORTAR site="Khogyani" date=2018-09-11 basis=HEARSAY incident=af-khogyani-20180911-yard-mortar
@@claim c5 harm=DISPLACED min=7 max=7 site="Dih Bala" date=2018-09-14 basis=EXPERIENCED incident=af-dehbala-20180911-bazaar-teahouse
@@claim c6 harm=KILLED min=2 max=2 named="Noor Agha" weapon=IED actor="Taliban" site="Ghani Khel" date=2016-01-01..2016-12-31 basis=HEARSAY incident=af-shinwar-20160000-minibus-ied
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Dih Bala" date=2018-09-11 basis=EXPERIENCED incident=af-dehbala-20180911-bazaar-teahouse
