Interview ID: DMA-125
Date of interview: 30 June 2018
Place of interview: [[al-Bab|PLACE]], [[Aleppo|PLACE]] governorate
Language: Arabic
Interviewer: [[Julia Weber|PERSON]]
Interpreter: [[Kinan Saleh|PERSON]]

[00:00:03] INTERVIEWER: We are recording. Your name is [[Mohamad Dalati|PERSON]], is that right?
[00:00:08] WITNESS: [[Muhammad|PERSON]], yes, [[Muhammad Dalati|PERSON]]. From [[Douma|PLACE]]. I had a shop for electrical things near the main square.
[00:00:19] INTERVIEWER: When was the hardest time in [[Douma|PLACE]]?
[00:00:23] WITNESS: Always hard. But [[February 2018|DATE:2018-02-01..2018-02-28]], when the campaign started, it was like the end of the world. [[The planes|WEAPON:AIRSTRIKE]], the [[barrels|WEAPON:BARREL_BOMB]], the [[elephant rockets|WEAPON:ROCKET]], the [[cluster bombs|WEAPON:CLUSTER_MUNITION]]. Day and night.
[00:00:41] INTERPRETER: He says "elephant rockets". They are big rockets, people gave them this name.
[00:00:48] WITNESS: {{c1|My shop, a [[barrel|WEAPON:BARREL_BOMB]] fell on the building in [[the third week|DATE:2018-02-15..2018-02-21]]. Nothing stayed.}} I did not go to see it for three days.
[00:01:02] INTERVIEWER: Was anyone in your family hurt during that campaign?
[00:01:06] WITNESS: My family, thank God, no. We were in the basement of my father-in-law. But my neighbour, [[Husayn Rifai|PERSON]]... [pause] {{c2|His son [[Rami|PERSON]], thirteen, went up to bring water, and the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] came down on the street. He died on the stairs.}}
[00:01:28] INTERVIEWER: Did you see this?
[00:01:30] WITNESS: I heard it, like many small explosions together, and then [[Hussein|PERSON]] screaming. I went up with him. I carried [[Rami|PERSON]] down with him.
[00:01:41] INTERVIEWER: You said [[Hussein|PERSON]]. Is it the same person as [[Husayn|PERSON]]?
[00:01:45] INTERPRETER: Yes, the same neighbour. The transcriber wrote the name in two ways.
[00:01:52] INTERVIEWER: Were there fighters in your street?
[00:01:55] WITNESS: In our street, no. There were no fighters in the basement, only families. [[Jaysh al-Islam|ACTOR:Syrian armed opposition]] had their positions at the front, in [[Harasta|PLACE]] direction, in the farms.
[00:02:08] INTERVIEWER: How do people in [[Douma|PLACE]] see [[Jaysh al-Islam|ACTOR:Syrian armed opposition]]?
[00:02:12] WITNESS: [laughs] You want me to answer this? {{c3|My brother [[Bassel|PERSON]], in [[2016|DATE:2016-01-01..2016-12-31]], they took him to their prison, [[al-Tawba|PLACE]], because he spoke in the mosque against the prices of their merchants. Three months.}} He does not want to remember it.
[00:02:30] INTERVIEWER: I would like to ask about [[the 7th of April|DATE:2018-04-07]].
[00:02:34] WITNESS: Yes. The [[gas|WEAPON:CHEMICAL]]. It was [[Saturday|DATE:2018-04-07]], in [[the evening|DATE:2018-04-07]]. We were in the basement, in another street, maybe one kilometre. We did not smell anything. But people ran past, shouting [[chlorine|WEAPON:CHEMICAL]], [[chlorine|WEAPON:CHEMICAL]], go up to the roofs.
[00:02:49] WITNESS: {{c4|My wife's cousin [[Abdulhadi|PERSON]] lived in the building where it fell. He died with his wife and his two girls.}} {{c5|They said more than forty died in that building and near it.}} I saw only the videos, after. I could not watch them.
[00:03:08] INTERVIEWER: How did you leave [[Douma|PLACE]]?
[00:03:11] WITNESS: {{c6|On the buses, [[the 12th of April|DATE:2018-04-12]], I think, me, my wife [[Lama|PERSON]], our three children, to [[al-Bab|PLACE]].}} {{c7|Hundreds of families left on the buses [[that week|DATE:2018-04-08..2018-04-14]], the whole city.}} The men from the other side checked us at [[al-Wafideen|PLACE]]. [inaudible] ... {{c8|some they took off the bus.}}
[00:03:27] INTERVIEWER: Is there anything you would like to add?
[00:03:30] WITNESS: Also the [[incendiary|WEAPON:INCENDIARY]] ones, I forgot. {{c9|In [[March|DATE:2018-03-01..2018-03-31]], on the farms of [[Mesraba|PLACE]]. The fire on the trees, all night.}} The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]], the fire, the [[gas|WEAPON:CHEMICAL]], what did they not use on us? If the world had said one word in [[February|DATE:2018-02-01..2018-02-28]], maybe [[Rami|PERSON]] would be alive.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Douma" date=2018-02-15..2018-02-21 basis=EXPERIENCED incident=sy-douma-20180200-dalati-shop-barrel
@@claim c2 harm=KILLED min=1 max=1 named="Rami" weapon=CLUSTER_MUNITION site="Douma" date=2018-02-01..2018-02-28 basis=WITNESSED incident=sy-douma-20180200-rifai-son-cluster
@@claim c3 harm=DETAINED min=1 max=1 named="Bassel" actor="Syrian armed opposition" site="al-Tawba" date=2016-01-01..2016-12-31 basis=HEARSAY incident=sy-douma-20160000-bassel-tawba-detention
@@claim c4 harm=KILLED min=4 max=4 named="Abdulhadi" weapon=CHEMICAL site="Douma" date=2018-04-07 basis=HEARSAY incident=sy-douma-20180407-chlorine
@@claim c5 harm=KILLED min=41 max=null weapon=CHEMICAL site="Douma" date=2018-04-07 basis=HEARSAY incident=sy-douma-20180407-chlorine
@@claim c6 harm=DISPLACED min=5 max=5 named="Lama" site="Douma" date=2018-04-12 basis=EXPERIENCED incident=sy-douma-20180412-evacuation-buses
@@claim c7 harm=DISPLACED min=200 max=null site="Douma" date=2018-04-08..2018-04-14 basis=WITNESSED incident=sy-douma-20180412-evacuation-buses
@@claim c8 harm=DETAINED min=null max=null site="al-Wafideen" date=2018-04-12 basis=WITNESSED incident=sy-douma-20180412-wafideen-bus-detentions
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Mesraba" date=2018-03-01..2018-03-31 basis=WITNESSED incident=sy-mesraba-20180300-farms-incendiary
@@witness sy-douma-muhammad-dalati
