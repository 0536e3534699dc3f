PHONE CALL NOTES
Date: 12/03/2024
Call with: [[Daw Khin Thazin|PERSON]] (rice trader, 39), speaking from [[Yinmabin|PLACE]] township
Researcher: [[Ines Varga|PERSON]]
Interpreter on the line: [[Nyi Nyi Zaw|PERSON]]
Line bad; call dropped twice. Notes typed during the call, tidied afterwards.

[[Daw Khin Thazin|PERSON]] buys paddy from the villages between [[Kani|PLACE]] and [[Yinmabin|PLACE]] and sells it to mills. She was born in [[Pazigyi|PLACE]] but has lived in a village outside [[Yinmabin|PLACE]] since her marriage. She did not want her village named.

1. The rice mill.
She says the mill in [[Pazi Gyi|PLACE:Pazigyi]] that she sold to for ten years, the [[Shwe Pyi mill|PLACE:Shwe Pyi rice mill]], was bombed "in [[the middle of September|DATE:2023-09-11..2023-09-20]], in [[Tawthalin|DATE]]", she thinks [[a Thursday|DATE:2023-09-14]]. She was not there; she arrived [[the next morning|DATE:2023-09-15]] with her cart because she had a delivery.
{{c1|What she saw: the machine room gutted, the husking machine "melted like candle", the tin roof folded down into the middle, her own paddy that was stored there burned black.}}
She said people told her it was a [[drone|WEAPON:DRONE_STRIKE]], "the small plane with no man", that came at [[lunchtime|DATE:2023-09-14]]. She did not hear it herself.
{{c2|She was told three workers were wounded.}} {{c3|One of them, the mechanic [[Ko Soe Paing|PERSON]], about thirty, died [[two days later|DATE:2023-09-16]] in the forest clinic, according to the mill owner's wife, [[Daw Myint Myint Sein|PERSON]].}}
(Note: this differs from what we heard before, that nobody died at the mill. She was firm: "I went to his funeral." Check with the clinic if possible.)

2. The road near [[Yinmabin|PLACE]].
Asked about the road, she said that in [[November last year|DATE:2023-11-01..2023-11-30]], a [[roadside bomb|WEAPON:IED]] exploded under a tractor trailer on the road from [[Yinmabin|PLACE]] to [[Salingyi|PLACE]], near a small bridge. The trailer was full of farmers going to harvest.
{{c4|She passed on the same road [[the next day|DATE]] and saw the trailer lying on its side in the ditch, "torn open like a tin of fish", and blood on the road.}}
{{c5,c8|The monk who did the funerals, [[U Zawana|PERSON]], told her three people died, and a boy, [[Tun Tun Lwin|PERSON]], twelve, lost his eye.}}
Who put the [[bomb|WEAPON:IED]] there: she does not know. She said "maybe for [[the army|ACTOR:Tatmadaw]] trucks, maybe from [[the army|ACTOR:Tatmadaw]], nobody says it openly." She would not guess further. No actor recorded.

3. The [[fire bombs|WEAPON:INCENDIARY]].
She said that in [[December|DATE:2023-12-01..2023-12-31]], [[the junta|ACTOR:Tatmadaw]] [[jets|WEAPON:AIRSTRIKE]] dropped "[[bombs that make fire|WEAPON:INCENDIARY]]" on a village about one hour walking from hers. She watched the smoke from her roof [[that evening|DATE]]; the smoke stayed until [[the next day|DATE]].
Interpreter says she used a word for "jelly fire"; she describes burning stuff sticking to the walls. Treated as [[incendiary|WEAPON:INCENDIARY]].
{{c6|Later she heard on the Burmese radio from abroad that forty-some houses burned in that village, "forty-three or forty-four".}}
She said her own village was not hit [[that day|DATE]]. "Nobody in our village was hurt, only we were afraid."

4. Her own family.
{{c7|After the [[fire bombs|WEAPON:INCENDIARY]], she and her husband [[Ko Htay Win|PERSON]] took their two children and her mother and went to stay with relatives in a monastery compound near [[Chaung-U|PLACE]], five of them.}} They came back in [[January|DATE:2024-01-01..2024-01-31]] because the relatives' rice ran out.
Her husband was stopped at a checkpoint on the way back: [[the soldiers|ACTOR:Tatmadaw]] looked at his tattoo, asked if he was [[PDF|ACTOR:People's Defence Force]], held him by the road for about an hour, then let him go. She said "they wanted to take him, but the village head talked".

5. Follow-up.
She can send photos of the mill (she has four). She asked that her name not be published. Next call agreed for April.
@@witness mm-yinmabin-khin-thazin
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Shwe Pyi mill" date=2023-09-14 basis=WITNESSED incident=mm-pazigyi-20230914-rice-mill-drone
@@claim c2 harm=INJURED min=3 max=3 weapon=DRONE_STRIKE site="Shwe Pyi mill" date=2023-09-14 basis=HEARSAY incident=mm-pazigyi-20230914-rice-mill-drone
@@claim c3 harm=KILLED min=1 max=1 named="Ko Soe Paing" weapon=DRONE_STRIKE site="Shwe Pyi mill" date=2023-09-14 basis=HEARSAY incident=mm-pazigyi-20230914-rice-mill-drone
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Salingyi" date=2023-11-01..2023-11-30 basis=WITNESSED incident=mm-yinmabin-20231100-salingyi-road-tractor-bomb
@@claim c5 harm=KILLED min=3 max=3 weapon=IED site="Salingyi" date=2023-11-01..2023-11-30 basis=HEARSAY incident=mm-yinmabin-20231100-salingyi-road-tractor-bomb
@@claim c8 harm=INJURED min=1 max=1 named="Tun Tun Lwin" weapon=IED site="Salingyi" date=2023-11-01..2023-11-30 basis=HEARSAY incident=mm-yinmabin-20231100-salingyi-road-tractor-bomb
@@claim c6 harm=PROPERTY_DAMAGE min=43 max=44 weapon=INCENDIARY actor=Tatmadaw site="Yinmabin" date=2023-12-01..2023-12-31 basis=REPORTED incident=mm-yinmabin-20231200-jelly-fire-village
@@claim c7 harm=DISPLACED min=5 max=5 named="Ko Htay Win" site="Yinmabin" date=2023-12-01..2023-12-31 basis=EXPERIENCED incident=mm-yinmabin-20231200-khin-thazin-family-displaced
