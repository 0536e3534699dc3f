@@newline crlf
Interview ID: UA-DON-1501
Interview date: 5 November 2024
Location: [[Dnipro|PLACE]], office of a legal aid NGO
Language: Russian; interpreted into English
Interviewer: [[Cathal Whelan|PERSON]]
Interpreter: [[Liliia Dmytrenko|PERSON]]

INTERVIEWER: Thank you for coming. Can you say your name and where you are from?
WITNESS: [[Tamila Kovtunenko|PERSON]]. From [[Toretsk|PLACE]], but for me it is [[Dzerzhinsk|PLACE:Toretsk]], I was born when it was [[Dzerzhinsk|PLACE:Toretsk]]. I worked thirty-one years at the water company, at the pumping station.
INTERVIEWER: When did things become dangerous in [[Toretsk|PLACE]]?
WITNESS: In [[twenty-two|DATE:2022-01-01..2022-12-31]], after [[February|DATE:2022-02-01..2022-02-28]]. But really, eh, in [[the summer|DATE:2022-06-01..2022-08-31]]. {{c1|In [[July|DATE:2022-07-01..2022-07-31]], on [[a Sunday|DATE:2022-07-24]], [[the 24th|DATE:2022-07-24]] I think, they hit the park near the Palace of Culture with [[cluster|WEAPON:CLUSTER_MUNITION]], the [[Uragan|WEAPON:ROCKET]], and the [[little bombs|WEAPON:CLUSTER_MUNITION]] went off everywhere, pop pop pop, like somebody throwing firecrackers.}}
WITNESS: {{c1|[[Trokhym Svyrydenko|PERSON]], my neighbour, seventy, was sitting on the bench with his newspaper and he died there on the bench.}} {{c2|And a girl, [[Fenia|PERSON]], maybe ten, she was hurt in the legs, and her grandmother also.}}
INTERVIEWER: Did you see this yourself?
WITNESS: I was at the station, I heard it. I came [[after twenty minutes|DATE:2022-07-24]]. [[Trokhym|PERSON]] was still on the bench, they had covered him with a jacket. The girl they had already taken. About her I know from her grandmother, later.
INTERVIEWER: Who fired, in your opinion?
WITNESS: From [[Horlivka|PLACE]] side. [[The Russians|ACTOR:Russian armed forces in Ukraine]]. Who else.
INTERVIEWER: What happened at the pumping station?
WITNESS: {{c3|In [[winter|DATE:2022-12-01..2023-02-28]] the station was hit three times. The pump hall, I mean, there is nothing left of it, the roof is in the pumps, the pipes are like spaghetti.}} From [[that winter|DATE:2022-12-01..2023-02-28]] the town has no water from the tap. We brought water in cans from the spring.
INTERVIEWER: When did you leave?
WITNESS: {{c4|In [[April 2023|DATE:2023-04-01..2023-04-30]], with my husband [[Valentyn|PERSON]], to [[Kostiantynivka|PLACE]], to my husband's mother. We thought, [[Kostiantynivka|PLACE]] is further, it will be calm.}} [laughs] Calm.
INTERVIEWER: What happened in [[Kostiantynivka|PLACE]]?
WITNESS: {{c5|In [[October|DATE:2023-10-01..2023-10-31]], [[the night before the Pokrova|DATE:2023-10-13]], a [[missile|WEAPON:MISSILE]] came into the building next to ours, on [[Tsiolkovskoho street|PLACE]], an [[S-300|WEAPON:MISSILE]] the men said. One entrance was gone, from the top to the ground, like a cut cake.}}
[Interpreter: Pokrova, the feast of the Protection, is the 14th of October.]
WITNESS: {{c6,c10|Our neighbour from there, [[Mstyslav Kuts|PERSON]], they found him in [[the morning|DATE:2023-10-14]], dead. His wife [[Zhanna|PERSON]] was alive, with her back broken.}} I saw when they carried her out on a door.
INTERVIEWER: Were there soldiers in that building?
WITNESS: No. There were no soldiers living in the building. Old people, one family with a baby. I know because I gave the baby my grandson's clothes.
INTERVIEWER: You mentioned your son.
WITNESS: Yes. [[Yarema|PERSON]]. He is with [[our army|ACTOR:Ukrainian armed forces]], near [[Toretsk|PLACE]] now, funny, he defends the town where he went to school.
WITNESS: {{c7|In [[May|DATE:2024-05-01..2024-05-31]] he phoned me from the hospital in [[Kramatorsk|PLACE]]. He said, Mama, they threw [[gas|WEAPON:CHEMICAL]] on us from a [[drone|WEAPON:DRONE_STRIKE]], in the trench, two [[grenades with the gas|WEAPON:CHEMICAL]], and he and two of his boys could not breathe.}}
WITNESS: He is fine now. He said the eyes were the worst. I did not see, this is what he told me.
INTERVIEWER: Do you have family in [[Myrnohrad|PLACE]] or [[Pokrovsk|PLACE]]?
WITNESS: My sister [[Kalyna|PERSON]], in [[Myrnohrad|PLACE]], [[Dimitrov|PLACE:Myrnohrad]] it was before.
WITNESS: {{c8|In [[August|DATE:2024-08-01..2024-08-31]] she told me by phone that in their street the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] broke half the houses, and in her own house the roof came down into the kitchen.}} {{c11|She went to [[Pavlohrad|PLACE]] after that.}}
INTERVIEWER: Has anybody compared what you lived through to other wars?
WITNESS: A doctor in [[Kostiantynivka|PLACE]], Dr. [[Ghiath|PERSON]], he is Syrian, married to a Ukrainian woman. He said that in [[Aleppo|PLACE]] they had the [[barrels|WEAPON:BARREL_BOMB]] from [[the helicopters|WEAPON:AIRSTRIKE]], and that here it is the same, only the [[bombs|WEAPON:AIRSTRIKE]] have wings. I do not know about [[Aleppo|PLACE]]. I know about here.
INTERVIEWER: Is there anything else?
WITNESS: {{c9|The water station in [[Toretsk|PLACE]], I read on the town's Telegram channel in [[September|DATE:2024-09-01..2024-09-30]] that it burned completely.}} Thirty-one years. [pause] That's all.

@@witness ua-toretsk-tamila-kovtunenko
@@claim c1 harm=KILLED min=1 max=1 named="Trokhym Svyrydenko" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Toretsk" date=2022-07-24 basis=WITNESSED incident=ua-toretsk-20220724-palace-of-culture-park-cluster
@@claim c2 harm=INJURED min=2 max=2 named="Fenia" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Toretsk" date=2022-07-24 basis=HEARSAY incident=ua-toretsk-20220724-palace-of-culture-park-cluster
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null site="Toretsk" date=2022-12-01..2023-02-28 basis=WITNESSED incident=ua-toretsk-20230000-pumping-station-hits
@@claim c4 harm=DISPLACED min=2 max=2 named="Valentyn" site="Toretsk" date=2023-04-01..2023-04-30 basis=EXPERIENCED incident=ua-toretsk-20230400-kovtunenko-family-displaced
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Tsiolkovskoho street" date=2023-10-13 basis=WITNESSED incident=ua-kostiantynivka-20231013-tsiolkovskoho-s300
@@claim c6 harm=KILLED min=1 max=1 named="Mstyslav Kuts" weapon=MISSILE site="Tsiolkovskoho street" date=2023-10-13 basis=WITNESSED incident=ua-kostiantynivka-20231013-tsiolkovskoho-s300
@@claim c10 harm=INJURED min=1 max=1 named="Zhanna" weapon=MISSILE site="Tsiolkovskoho street" date=2023-10-13 basis=WITNESSED incident=ua-kostiantynivka-20231013-tsiolkovskoho-s300
@@claim c7 harm=INJURED min=3 max=3 named="Yarema" weapon=CHEMICAL site="Toretsk" date=2024-05-01..2024-05-31 basis=HEARSAY incident=ua-toretsk-20240500-trench-gas-yarema
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Myrnohrad" date=2024-08-01..2024-08-31 basis=HEARSAY incident=ua-myrnohrad-20240800-kalyna-street-bombardment
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null site="Toretsk" date=2024-09-01..2024-09-30 basis=REPORTED incident=ua-toretsk-20240900-water-station-burned
@@claim c11 harm=DISPLACED min=1 max=1 named="Kalyna" site="Myrnohrad" date=2024-08-01..2024-08-31 basis=HEARSAY incident=ua-myrnohrad-20240800-kalyna-displaced
