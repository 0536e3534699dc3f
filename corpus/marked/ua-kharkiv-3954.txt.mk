@@encoding utf-16le
Interview ID: UA-KHK-3954
Date: 2022-11-03
Location: [[Kharkiv|PLACE]], [[Saltivka|PLACE]]
Language: Russian, interpreted
Interviewer: [[Dominik Sauer|PERSON]]
Interpreter: [[Kateryna Lysenko|PERSON]]

INT: Good morning. Please tell me your name.
RESP: [[Yurii Sobko|PERSON]]. [[Yura|PERSON]]. Fifty-seven. I was a taxi driver, now I am nothing, I sit here.
INT: Where do you live?
RESP: [[Severnaya Saltovka|PLACE:Pivnichna Saltivka]], [[Traktorostroiteley|PLACE:Traktorobudivnykiv avenue]]. The same building from nineteen eighty-eight.
INTERPRETER: He is saying the Russian names. [[Pivnichna Saltivka|PLACE]], the avenue of [[Traktorobudivnykiv|PLACE:Traktorobudivnykiv avenue]].
INT: We have heard about bread being distributed in your yard in [[March|DATE:2022-03-01..2022-03-31]], and an attack. Do you know about that?
RESP: Of course. Everybody knows. [[The 16th|DATE:2022-03-16]]. [[Wednesday|DATE:2022-03-16]]. I was not there, I was driving people to the station, for free, those days nobody took money. My wife was there, in the queue.
INT: What did she tell you?
RESP: {{c1|She says they came, the [[cassette bombs|WEAPON:CLUSTER_MUNITION]], it was like rain of small explosions, and [[Mikhail Ivanovich|PERSON]] fell, the old man who repairs bicycles, and one woman.}} {{c1|Two dead, she says.}} {{c2|And six or seven wounded, one girl had the belly open.}}
INT: Was your wife hurt?
RESP: No. Thank God. She was at the end of the queue, near the wall of the building. She lay down. The bread van, the driver was also not hurt.
INT: Did you see the place afterwards?
RESP: In [[the evening|DATE:2022-03-16]] I came. The blood was on the asphalt still, and the bread, the loaves in the blood. The bodies they had taken already. I did not see bodies.
INT: Some people say three died.
RESP: Maybe. My wife says two. I was not there, I tell you what she says.
INT: Who fired, in your view?
RESP: Who. [[The Russians|ACTOR:Russian armed forces in Ukraine]]. From [[Tsirkuny|PLACE:Tsyrkuny]], the [[Uragan|WEAPON:CLUSTER_MUNITION]] or the [[Smerch|WEAPON:CLUSTER_MUNITION]], I don't know which. They were standing there a month.
INT: Was there other damage in your yard?
RESP: {{c3|In [[May|DATE:2022-05-01..2022-05-31]], [[the 9th|DATE:2022-05-09]], yes, their holiday, a [[shell|WEAPON:ARTILLERY]] fell on the same playground, the [[artillery|WEAPON:ARTILLERY]], and broke the swings and the little house for the children. I saw it from the balcony.}} Nobody was there that time. Nobody hurt. Everybody was already gone or in the metro.
INT: And the school?
RESP: {{c4|The school, yes, where my grandson studied, in [[July|DATE:2022-07-01..2022-07-31]] at [[night|DATE:2022-07-01..2022-07-31]], an [[S-300|WEAPON:MISSILE]], the [[rocket|WEAPON:MISSILE]] from [[Belgorod|PLACE]]. The gym, the whole side of the school is gone, I went [[the next morning|DATE]] and looked.}}
RESP: At [[night|DATE:2022-07-01..2022-07-31]] there was nobody inside, nobody killed. The guard was in the other wing. They show it on the television like a big thing, but I will say, for the school, it was lucky it was night.
INT: You mentioned your son earlier, before we started.
RESP: [[Andrii|PERSON]]. He went to [[the territorial defence|ACTOR:Ukrainian armed forces]] in [[February|DATE:2022-02-01..2022-02-28]]. He was killed near [[Izium|PLACE]], in the fighting, in [[April|DATE:2022-04-01..2022-04-30]]. He was a soldier. I am proud. That is his choice, that is the war.
[pause]
INT: I am sorry.
RESP: And my cousin, [[Valerii|PERSON]], he lives in [[Kupiansk|PLACE]]. {{c5|In [[September|DATE:2022-09-01..2022-09-30]], before [[the Ukrainian army|ACTOR:Ukrainian armed forces]] came back, [[the Russians|ACTOR:Russian armed forces in Ukraine]] took him from his house, his wife told me on the phone, because he had a Ukrainian flag in the garage.}} {{c5|Two weeks he was in the police station, in the basement.}} Now he is out, he doesn't want to speak about it.
INT: Thank you, [[Yurii|PERSON]].
RESP: Write that it was two. My wife does not lie.
@@witness ua-kharkiv-yurii-sobko
@@claim c1 harm=KILLED min=2 max=2 named="Mikhail Ivanovich" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Traktorostroiteley" date=2022-03-16 basis=HEARSAY incident=ua-kharkiv-20220315-traktorobudivnykiv-bread-queue-cluster
@@claim c2 harm=INJURED min=6 max=7 weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Traktorostroiteley" date=2022-03-16 basis=HEARSAY incident=ua-kharkiv-20220315-traktorobudivnykiv-bread-queue-cluster
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Traktorostroiteley" date=2022-05-09 basis=WITNESSED incident=ua-kharkiv-20220509-traktorobudivnykiv-playground-shell
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Severnaya Saltovka" date=2022-07-01..2022-07-31 basis=WITNESSED incident=ua-kharkiv-20220700-pivnichna-saltivka-school-s300
@@claim c5 harm=DETAINED min=1 max=1 named="Valerii" actor="Russian armed forces in Ukraine" site="Kupiansk" date=2022-09-01..2022-09-30 basis=HEARSAY incident=ua-kupiansk-20220900-valerii-detention
