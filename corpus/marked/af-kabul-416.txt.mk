Interview ID: AF-KBL-416
Date of interview: 9 December 2021
Place of interview: [[Islamabad|PLACE]], [[Pakistan|PLACE]]
Language: Dari (Hazaragi), interpreted into English
Interviewer: [[Julia Novak|PERSON]]
Interpreter: [[Reza Mohammadi|PERSON]]
Recording: 00:58:10; transcript starts at 00:02:05

[00:02:05] Q: Salam. Thank you for coming today. Can you tell me where you lived in [[Kabul|PLACE]]?
[00:02:14] A: Salam. In [[Dasht-e Barchi|PLACE]], in the west of [[Kabul|PLACE]], near [[Pul-e Sukhta|PLACE]]. My husband drove a minibus on the line from [[Dasht-e Barchi|PLACE]] to [[Kote Sangi|PLACE]].
[00:02:40] Q: What happened to your husband?
[00:02:46] A: It was in [[Jawza|DATE:2021-05-22..2021-06-21]], [[the 15th of Jawza|DATE:2021-06-05]], [[a Saturday|DATE:2021-06-05]], in [[the evening|DATE:2021-06-05]], when people come back from work. {{c1,c7|A [[bomb|WEAPON:IED]], the magnetic kind, the [[sticky bomb|WEAPON:IED]], it was under the seat of the minibus, and it exploded near the bridge, and my husband [[Mohammad Hussain|PERSON]] was killed, and four passengers with him.}}
[00:03:30] Interpreter: She says "sticky bomb", the magnetic bomb that they put on cars.
[00:03:41] Q: Were you there?
[00:03:44] A: No, I was at home. I heard it, the windows shook. Our neighbour, [[Abdul Salam|PERSON]], he came running, he said, come, come. When I came, it was burning. [crying]
[00:04:20] Q: We can take a break.
[00:04:25] A: No, it's okay. {{c2|Many people were wounded, I saw them on the ground, maybe ten, maybe more, one of them was the student [[Sakina|PERSON]], from our street, her legs.}}
[00:04:58] Q: Did anyone say who did it?
[00:05:03] A: [[Daesh|ACTOR:Islamic State]] said it on the internet, it was them. They always attack us, the Hazara, in [[Dasht-e Barchi|PLACE]]. So many [[bombings|WEAPON:EXPLOSIVE_UNSPECIFIED]]: the school, the hospital, the wrestling club, the minibuses.
[00:05:31] Q: After that, what did you do?
[00:05:35] A: I have three children, [[Mahdi|PERSON]], [[Hadi|PERSON]] and the small one. I went to my brother, [[Ali Reza|PERSON]]. He worked with a foreign company, as a cook, and he had papers from them for the evacuation.
[00:06:02] Q: Is this the time of the airport?
[00:06:05] A: Yes. After the [[Taliban|ACTOR:Taliban]] came, in [[August|DATE:2021-08-01..2021-08-31]], everybody went to the airport. My brother went with his papers, [[the 26th|DATE:2021-08-26]], near the gate where the canal is.
[00:06:30] A: {{c3|A man with a [[suicide vest|WEAPON:IED]] exploded himself in the crowd, and my brother was hit in the stomach and in the arm, but he lived.}} {{c4|The news said more than one hundred were killed.}}
[00:07:02] Q: Did your brother say anything about [[gunfire|WEAPON:SMALL_ARMS]] after the explosion?
[00:07:08] A: He says after the explosion there was a lot of [[gunfire|WEAPON:SMALL_ARMS]], but he was on the ground, in the water of the canal, he did not see who was shooting. I don't want to say something he did not see.
[00:07:40] Q: Before that, were you in [[Kabul|PLACE]] during the [[rocket|WEAPON:ROCKET]] attacks [[last year|DATE:2020-01-01..2020-12-31]]?
[00:07:46] A: Yes. [[The winter before|DATE:2020-12-01..2021-02-28]], there were [[rockets|WEAPON:ROCKET]] on the city, many times, in the morning. {{c5|One [[rocket|WEAPON:ROCKET]] fell in the yard of my sister [[Masooma|PERSON]] in [[Qala-e Fathullah|PLACE]], and it broke the wall and the windows, but nobody was hurt.}} The children were at school.
[00:08:15] Q: Do you know who fired them?
[00:08:18] A: [[The government|ACTOR:Afghan forces]] said the [[Taliban|ACTOR:Taliban]], the [[Taliban|ACTOR:Taliban]] said [[Daesh|ACTOR:Islamic State]]. For us it is the same, the [[rocket|WEAPON:ROCKET]] comes in the yard.
[00:08:40] Q: How did you leave [[Afghanistan|PLACE]]?
[00:08:44] A: {{c6|In [[October|DATE:2021-10-01..2021-10-31]] we came by road through [[Torkham|PLACE]], me, my three children and my brother, five people.}} My brother's wound is still open, he needs an operation here.
[00:09:10] Q: Is there anything you want to add?
[00:09:14] A: My husband was not a soldier, not political. He drove a minibus. Write his name: [[Mohammad Hussain|PERSON]]. {{c1|And the driver's assistant, [[Ghulam Sakhi|PERSON]], he was sixteen, he died also.}} Nobody remembers the assistants.
@@witness af-kabul-w416
@@claim c1 harm=KILLED min=5 max=5 named="Mohammad Hussain; Ghulam Sakhi" weapon=IED site="Pul-e Sukhta" date=2021-06-05 basis=WITNESSED incident=af-kabul-20210605-minibus-sticky-bomb
@@claim c2 harm=INJURED min=10 max=null named="Sakina" weapon=IED site="Pul-e Sukhta" date=2021-06-05 basis=WITNESSED incident=af-kabul-20210605-minibus-sticky-bomb
@@claim c3 harm=INJURED min=1 max=1 named="Ali Reza" weapon=IED site="Kabul" date=2021-08-26 basis=HEARSAY incident=af-kabul-20210826-airport-gate-bombing
@@claim c4 harm=KILLED min=101 max=null weapon=IED site="Kabul" date=2021-08-26 basis=REPORTED incident=af-kabul-20210826-airport-gate-bombing
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Qala-e Fathullah" date=2020-12-01..2021-02-28 basis=HEARSAY incident=af-kabul-20200000-qalaefathullah-rocket
@@claim c6 harm=DISPLACED min=5 max=5 site="Kabul" date=2021-10-01..2021-10-31 basis=EXPERIENCED incident=af-kabul-20211000-family-departure
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Pul-e Sukhta" date=2021-06-05 basis=WITNESSED incident=af-kabul-20210605-minibus-sticky-bomb
