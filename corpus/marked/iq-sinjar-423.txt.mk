Interview ID: IQ-SNJ-423
Date of interview: 2019-08-11
Place of interview: [[Khanke|PLACE]] camp, [[Duhok|PLACE]], [[Kurdistan|PLACE]] Region
Language: Kurmanji (Sinjari dialect), interpreted into English
Interviewer: [[Ana Ruiz|PERSON]]
Interpreter: [[Saman Hasan|PERSON]]

[00:01:40] INTERVIEWER: Please tell us where you are from.
[00:01:46] WITNESS: From [[Hardan|PLACE]], in [[Shingal|PLACE:Sinjar]]. On the north side of the mountain.
[00:01:55] INTERPRETER: She says Shingal, that is what Yazidis call [[Sinjar|PLACE]].
[00:02:04] INTERVIEWER: What happened in [[August 2014|DATE:2014-08-01..2014-08-31]]?
[00:02:10] WITNESS: [[The 3rd of August|DATE:2014-08-03]]. [[A Sunday|DATE:2014-08-03]]. [[Very early|DATE:2014-08-03]], [[before the sun|DATE:2014-08-03]], people were shouting, [[Daesh|ACTOR:Islamic State]] is coming, [[Daesh|ACTOR:Islamic State]] is coming. Nobody was there to protect us any more. We had no weapons, only some old [[Kalashnikovs|WEAPON:SMALL_ARMS]].
[00:02:41] WITNESS: My husband, [[Khalaf Elias|PERSON]], put us in the car, me and our four children and his mother [[Hadiya|PERSON]], and he said go to the mountain, I will come with my father.
[00:03:05] INTERVIEWER: Did he come?
[00:03:08] WITNESS: No. [crying] {{c1|[[Daesh|ACTOR:Islamic State]] caught them on the road, him and his father Haji [[Elias|PERSON]] and the other men who stayed, people who hid in the wheat saw it, and they shot them near the water tank.}}
[00:03:45] INTERPRETER: She is asking for water. [pause]
[00:04:30] INTERVIEWER: How many people from your family were taken [[that day|DATE:2014-08-03]]?
[00:04:36] WITNESS: {{c2,c9|From the family of my husband's father, [[Daesh|ACTOR:Islamic State]] took 22 people, from one family, the men they killed, the women and the girls and the small boys they took to [[Tal Afar|PLACE]] and then to [[Raqqa|PLACE]].}} {{c3|Until now nine of them are missing, we don't know anything.}}
[00:05:10] INTERVIEWER: Were your own children taken?
[00:05:14] WITNESS: Not [[that day|DATE:2014-08-03]]. We reached [[Mount Sinjar|PLACE]]. We stayed seven days on the mountain, no water, no food, the sun. {{c4|My mother-in-law, [[Hadiya|PERSON]], she was old, she died on the mountain on [[the fourth day|DATE:2014-08-06]], from thirst.}} We buried her in the stones.
[00:05:48] WITNESS: {{c5|My son [[Dakhil|PERSON]], he was fifteen, he went down from the mountain with his cousin [[Naif|PERSON]] to bring water from a village, and [[Daesh|ACTOR:Islamic State]] took them both.}} {{c10|[[Naif|PERSON]] came back in [[2017|DATE:2017-01-01..2017-12-31]], they sold him back. [[Dakhil|PERSON]], no.}} [[Naif|PERSON]] says they took [[Dakhil|PERSON]] to a training camp, for the boys, in [[Syria|PLACE]].
[00:06:30] INTERVIEWER: How did you leave the mountain?
[00:06:34] WITNESS: {{c6|Through [[Syria|PLACE]], by the road they opened on the west side, walking, then to [[Duhok|PLACE]], I and my three daughters, four of us.}}
[00:06:55] INTERVIEWER: Have you been back to [[Hardan|PLACE]]?
[00:07:00] WITNESS: One time, in [[spring 2018|DATE:2018-03-20..2018-06-20]]. The house is standing but everything inside is taken. The village is full of [[bombs|WEAPON:IED]] that [[Daesh|ACTOR:Islamic State]] left. {{c7|My husband's brother's son, [[Saeed|PERSON]], he went back before us, in [[2016|DATE:2016-01-01..2016-12-31]], and he opened the oven in his mother's house and it exploded, he died.}}
[00:07:35] INTERPRETER: She means the clay oven for bread. [[Daesh|ACTOR:Islamic State]] put [[explosives|WEAPON:IED]] inside.
[00:07:48] INTERVIEWER: Is there a grave near the village?
[00:07:52] WITNESS: Yes, near the water tank. The government opened it [[this spring|DATE:2019-03-20..2019-06-20]] with the foreign team. They took bones for the DNA. They took blood from me also, for [[Khalaf|PERSON]]. We are waiting.
[00:08:20] INTERVIEWER: There have also been [[air strikes|WEAPON:AIRSTRIKE]] in [[Sinjar|PLACE]] more recently. Do you know about them?
[00:08:27] WITNESS: Yes, the [[Turkish|ACTOR:Turkish forces]] [[drones|WEAPON:DRONE_STRIKE]]. {{c8|[[Last year|DATE:2018-01-01..2018-12-31]], near [[Sinuni|PLACE]], a [[drone|WEAPON:DRONE_STRIKE]] fired a [[missile|WEAPON:MISSILE]] at a car on the road and two men died, one of them my cousin [[Qassim|PERSON]], my brother-in-law told me on the phone.}} [[The Turks|ACTOR:Turkish forces]] said they were fighters of [[the party|ACTOR:PKK]]. My cousin was a shepherd. If [[the drones|WEAPON:DRONE_STRIKE]] come again, I don't know where we go. There is nowhere.
@@witness iq-hardan-w423
@@claim c1 harm=KILLED min=2 max=null named="Khalaf Elias; Elias" weapon=SMALL_ARMS actor="Islamic State" site="Hardan" date=2014-08-03 basis=HEARSAY incident=iq-hardan-20140803-daesh-attack
@@claim c2 harm=DETAINED min=22 max=22 actor="Islamic State" site="Hardan" date=2014-08-03 basis=HEARSAY incident=iq-hardan-20140803-daesh-attack
@@claim c3 harm=MISSING min=9 max=9 actor="Islamic State" site="Hardan" basis=HEARSAY incident=iq-hardan-20140803-daesh-attack
@@claim c4 harm=KILLED min=1 max=1 named="Hadiya" site="Mount Sinjar" date=2014-08-06 basis=WITNESSED incident=iq-sinjar-20140803-mountain-siege
@@claim c5 harm=DETAINED min=2 max=2 named="Dakhil; Naif" actor="Islamic State" site="Mount Sinjar" date=2014-08-03..2014-08-10 basis=HEARSAY incident=iq-sinjar-20140803-mountain-siege
@@claim c6 harm=DISPLACED min=4 max=4 site="Mount Sinjar" date=2014-08-10 basis=EXPERIENCED incident=iq-sinjar-20140803-mountain-siege
@@claim c7 harm=KILLED min=1 max=1 named="Saeed" weapon=IED actor="Islamic State" site="Hardan" date=2016-01-01..2016-12-31 basis=HEARSAY incident=iq-hardan-20160000-oven-booby-trap
@@claim c8 harm=KILLED min=2 max=2 named="Qassim" weapon=DRONE_STRIKE actor="Turkish forces" site="Sinuni" date=2018-01-01..2018-12-31 basis=HEARSAY incident=iq-sinuni-20180000-car-drone
@@claim c9 harm=KILLED min=null max=null actor="Islamic State" site="Hardan" date=2014-08-03 basis=HEARSAY incident=iq-hardan-20140803-daesh-attack
@@claim c10 harm=MISSING min=1 max=1 named="Dakhil" actor="Islamic State" site="Mount Sinjar" basis=WITNESSED incident=iq-sinjar-20140803-mountain-siege
