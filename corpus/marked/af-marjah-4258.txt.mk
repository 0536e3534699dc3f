@@encoding utf-16le
Interview ID: AF-HLM-4258
Interview date: 2019-10-06
Place of interview: [[Lashkar Gah|PLACE]], [[Helmand|PLACE]]
Language: Pashto, interpreted into English
Interviewer: [[Tom Hale|PERSON]]
Interpreter: [[Nazifa Stanikzai|PERSON]]

[00:00:04] Q: Can you tell me your name and where you are from?
[00:00:09] A: [[Gul Mohammad|PERSON]], son of [[Shah Wali|PERSON]]. From [[Marjah|PLACE]], from the blocks near the [[Loy Charahi|PLACE]], the big crossroads.
[00:00:22] Interpreter: He says the blocks, the canal blocks, every part of [[Marja|PLACE:Marjah]] is called by a number.
[00:00:31] Q: You were in [[Marjah|PLACE]] when the operation started in [[2010|DATE:2010-01-01..2010-12-31]]?
[00:00:36] A: Yes. In [[Dalwa|DATE:2010-01-21..2010-02-19]], in the cold. [[The foreigners|ACTOR:NATO-led forces]] came from the sky, with helicopters, many, many. We stayed in the house. Where can a farmer go with twelve children of the family?
[00:01:10] A: {{c1,c8|On [[the third day|DATE:2010-02-15]], the [[Taliban|ACTOR:Taliban]] shot from the roof of the house of Haji [[Baz Mohammad|PERSON]], and then [[the planes|WEAPON:AIRSTRIKE]] came. The house of Haji [[Baz Mohammad|PERSON]] came down. His wife, his two daughters-in-law and two small boys were inside.}}
[00:01:40] A: {{c1|The graveyard got five more [[that day|DATE:2010-02-15]]. I carried the boy, [[Lal Agha|PERSON]], he was six.}}
[00:01:52] A: The [[Taliban|ACTOR:Taliban]] who were on the roof, they ran before. They were not inside.
[00:02:05] Q: Who sent [[the planes|WEAPON:AIRSTRIKE]]?
[00:02:08] A: [[The foreigners|ACTOR:NATO-led forces]]. [[The Americans|ACTOR:US forces]] or [[the British|ACTOR:NATO-led forces]], for us they are the same. [pause] Haji [[Baz Mohammad|PERSON]] went to the base to complain. They gave him money for the house. For the people, nothing.
[00:02:30] Q: Was anyone in your own family harmed in [[Marjah|PLACE]]?
[00:02:34] A: {{c2|My brother [[Nasrullah|PERSON]]. In [[the summer|DATE:2010-06-21..2010-09-22]], in [[Saratan|DATE:2010-06-22..2010-07-22]], he went with the tractor on the canal road. The [[Talibs|ACTOR:Taliban]] had put a [[mine|WEAPON:IED]] in the road, for the soldiers. His leg is plastic now, from the knee.}}
[00:02:58] Interpreter: He says mine, but he means the bomb they bury, the [[IED|WEAPON:IED]].
[00:03:05] A: {{c3|The tractor was only pieces. We sold the pieces for iron.}}
[00:03:12] Q: Were there other incidents?
[00:03:16] A: {{c4|[[One night|DATE:2010-10-01..2010-11-30]], in [[the autumn|DATE:2010-10-01..2010-11-30]], [[the Americans|ACTOR:US forces]] came with dogs and with [[the Afghan army|ACTOR:Afghan forces]]. They took my brother-in-law [[Mirwais|PERSON]] and put a bag on his head. They took him to the base, and then to [[Bagram|PLACE]].}}
[00:03:40] A: {{c4|He spent seven months with them. When he came back he did not speak for a long time.}} He was not a Talib. He sold seeds.
[00:03:58] Q: Did you leave [[Marjah|PLACE]]?
[00:04:02] A: {{c5|Yes. After [[Nasrullah|PERSON]]'s leg, my father said enough. We moved to my uncle's here in [[Lashkargah|PLACE:Lashkar Gah]], in [[the winter|DATE:2010-12-21..2011-03-20]], seventeen people in two rooms.}}
[00:04:20] A: I went back alone in spring for the wheat and the poppy. I go back and forth.
[00:04:33] Q: You also mentioned [[Sangin|PLACE]].
[00:04:36] A: Yes, my mother's family is from [[Sangeen|PLACE:Sangin]]. My cousin [[Faizullah|PERSON]].
[00:04:46] A: {{c6|In [[2011|DATE:2011-01-01..2011-12-31]], [[after the Eid of Qurban|DATE:2011-11-06..2011-11-30]], he took the bus to [[Sangin|PLACE]] bazaar to sell a cow. He never came back. No news, nothing, eight years.}} [crying]
[00:05:20] A: My aunt asked the [[Taliban|ACTOR:Taliban]], she asked [[the police|ACTOR:Afghan forces]], she asked at the base of [[the British|ACTOR:NATO-led forces]]. Everyone said we don't have him.
[00:05:41] Q: Do you know what happened in [[Sangin|PLACE]] at that time?
[00:05:45] A: {{c7|My aunt says [[that month|DATE:2011-11-01..2011-11-30]] [[the drone|WEAPON:DRONE_STRIKE]] hit two men on a motorbike near the bazaar, and people said they were [[Taliban|ACTOR:Taliban]]. She thinks maybe [[Faizullah|PERSON]] was one. But the bodies were burned, nobody could know.}}
[00:06:15] A: I don't know. I don't say he was killed. We still wait for him.
[00:06:28] Q: Is there anything else?
[00:06:31] A: Only that in [[Marjah|PLACE]] we were afraid every day of two things. Of the [[mines|WEAPON:IED]] of the [[Taliban|ACTOR:Taliban]] and of [[the planes|WEAPON:AIRSTRIKE]] of [[the foreigners|ACTOR:NATO-led forces]]. Now [[the foreigners|ACTOR:NATO-led forces]] are gone. The [[mines|WEAPON:IED]] are still in the ground.
@@witness af-marjah-gul-mohammad
@@claim c1 harm=KILLED min=5 max=5 named="Lal Agha" weapon=AIRSTRIKE actor="NATO-led forces" site="Marjah" date=2010-02-15 basis=WITNESSED incident=af-marjah-20100215-baz-mohammad-house-airstrike
@@claim c2 harm=INJURED min=1 max=1 named="Nasrullah" weapon=IED actor="Taliban" site="Marjah" date=2010-06-22..2010-07-22 basis=WITNESSED incident=af-marjah-20100700-nasrullah-tractor-ied
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Taliban" site="Marjah" date=2010-06-22..2010-07-22 basis=WITNESSED incident=af-marjah-20100700-nasrullah-tractor-ied
@@claim c4 harm=DETAINED min=1 max=1 named="Mirwais" actor="US forces" site="Marjah" date=2010-10-01..2010-11-30 basis=WITNESSED incident=af-marjah-20101000-mirwais-night-raid
@@claim c5 harm=DISPLACED min=17 max=17 site="Marjah" date=2010-12-21..2011-03-20 basis=EXPERIENCED incident=af-marjah-20101200-gul-mohammad-family-move
@@claim c6 harm=MISSING min=1 max=1 named="Faizullah" site="Sangin" date=2011-11-06..2011-11-30 basis=HEARSAY incident=af-sangin-20111100-faizullah-missing
@@claim c7 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE site="Sangin" date=2011-11-01..2011-11-30 basis=HEARSAY incident=af-sangin-20111100-bazaar-motorbike-drone
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="NATO-led forces" site="Marjah" date=2010-02-15 basis=WITNESSED incident=af-marjah-20100215-baz-mohammad-house-airstrike
