Interview ID: AF-NGR-1201
Date of interview: 3 October 2018
Place of interview: [[Jalalabad|PLACE]], [[Nangarhar|PLACE]]
Language: Pashto
Interviewer: [[Farida Sultani|PERSON]]
Interpreter: [[Naqibullah Zaki|PERSON]]

Statement of a shopkeeper from [[Deh Bala|PLACE]] district, recorded in the office of a relative. He asked that his family name is not used.

My name is [[Rahmatullah|PERSON]]. I am 46 years old. I had a small shop for cooking oil and sugar in the bazaar of [[Deh Bala|PLACE]], near the [[Haska Mina|PLACE:Deh Bala]] road, people call the district both names, it is the same place. I have been in that shop since the time of Doctor [[Najib|PERSON]], my father had it before me.

In that time, [[this year|DATE]], there was fighting in the mountains above us, between [[Daesh|ACTOR:Islamic State]] and the [[Taliban|ACTOR:Taliban]], and [[the government|ACTOR:Afghan forces]] also. [[Daesh|ACTOR:Islamic State]] people came down to the bazaar sometimes to buy things. We could not refuse them, eh, nobody can refuse them. They had long hair and they paid in Pakistani money.

[[The day of the strike|DATE:2018-09-11]] was [[a Tuesday|DATE:2018-09-11]], [[11 September|DATE:2018-09-11]], I remember because my nephew [[Sardar Wali|PERSON]] was coming back from [[Kabul|PLACE]] [[that day|DATE:2018-09-11]]. [[After the asr prayer|DATE:2018-09-11]] I was closing the shutter. I heard [[the planes|WEAPON:AIRSTRIKE]], two times they went over, high. Then the third time something came down. {{c1|[[The planes|WEAPON:AIRSTRIKE]] hit the shop of Haji [[Gul Zaman|PERSON]], the tea house, it is four shops from mine, and the tea house was full, many men were inside drinking tea after the prayer.}}

I was thrown on the ground. My ear is still not good, I hear from this side only. {{c2|A piece went into my leg here, above the knee, and my shoulder was cut also.}}

When the dust went down I went there. I am telling you what I saw. {{c3|Haji [[Gul Zaman|PERSON]] himself was dead, and his son [[Zabiullah|PERSON]], who was maybe fourteen, and there were other men, I counted nine bodies, maybe eleven, I was not in my mind to count properly.}} Some of them I knew: [[Mirwais|PERSON]] the tailor, [[Shah Mahmood|PERSON]], an old man we called [[Baba Qadir|PERSON]]. Others were from the villages, they came for the bazaar day. {{c4|Many were wounded, fifteen or more, they took them in pickups to [[Jalalabad|PLACE]], to the [[Nangarhar Regional Hospital|PLACE]].}}

People said [[Daesh|ACTOR:Islamic State]] men were in the tea house. I did not see any [[Daesh|ACTOR:Islamic State]] there. Maybe one or two came before, I don't know. The ones I saw dead were our people, shopkeepers, farmers.

Who did it? People say [[the Americans|ACTOR:US forces]], because [[the Americans|ACTOR:US forces]] have the planes that fly so high that you do not see them. Others say the [[Afghan|ACTOR:Afghan forces]] [[planes|WEAPON:AIRSTRIKE]]. I cannot say for sure, I only heard the sound.

{{c1|Six shops were burned, mine also, the oil caught fire and everything was finished.}} {{c6|After that we left [[Deh Bala|PLACE]], all my family, eleven people, we came to [[Jalalabad|PLACE]] and we rent two rooms here.}}

Interviewer asked about earlier events.

Before this, in [[the spring|DATE:2018-03-01..2018-05-31]], I think it was [[Hamal|DATE:2018-03-21..2018-04-20]], the first month, there was a [[mine|WEAPON:LANDMINE]] on the road to the upper villages. {{c7|My cousin's son [[Hekmatullah|PERSON]] stepped on it when he was taking the goats, his foot is gone.}} The people say [[Daesh|ACTOR:Islamic State]] put [[mines|WEAPON:LANDMINE]] there when they went back up the mountain. I did not see them put it.

Also I want to say that on [[the day of the strike|DATE:2018-09-11]] there was no fighting in the bazaar, no shooting, nothing. It was a normal bazaar day. If there had been fighting, we would have closed, we would have gone home. The shopkeepers know, when there is fighting nobody opens.

My nephew [[Sardar Wali|PERSON]] reached the bazaar in [[the evening|DATE:2018-09-11]] and he helped to carry the bodies. He is in [[Kabul|PLACE]] again now, he can also talk to you.

[Interpreter: the witness asks whether there will be compensation for the shops. The interviewer explained that the organisation cannot promise compensation.]

That is all. I want only that people know these were not fighters.
@@witness af-dehbala-rahmatullah
@@claim c1 harm=PROPERTY_DAMAGE min=6 max=6 weapon=AIRSTRIKE site="Deh Bala" date=2018-09-11 basis=WITNESSED incident=af-dehbala-20180911-bazaar-teahouse
@@claim c2 harm=INJURED min=1 max=1 weapon=AIRSTRIKE site="Deh Bala" date=2018-09-11 basis=EXPERIENCED incident=af-dehbala-20180911-bazaar-teahouse
@@claim c3 harm=KILLED min=9 max=11 named="Gul Zaman; Zabiullah" weapon=AIRSTRIKE site="Deh Bala" date=2018-09-11 basis=WITNESSED incident=af-dehbala-20180911-bazaar-teahouse
@@claim c4 harm=INJURED min=15 max=null site="Deh Bala" date=2018-09-11 basis=WITNESSED incident=af-dehbala-20180911-bazaar-teahouse
@@claim c6 harm=DISPLACED min=11 max=11 site="Deh Bala" date=2018-09-11..2018-10-03 basis=EXPERIENCED incident=af-dehbala-20180911-bazaar-teahouse
@@claim c7 harm=INJURED min=1 max=1 named="Hekmatullah" weapon=LANDMINE actor="Islamic State" site="Deh Bala" date=2018-03-21..2018-04-20 basis=HEARSAY incident=af-dehbala-20180300-upper-road-mine
