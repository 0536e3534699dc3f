id: ua-toretsk-703
interview_date: 2024-08-14
place: Kostiantynivka, Donetsk oblast, Ukraine
language: Ukrainian

INT: You drive evacuation from [[Toretsk|PLACE]]. Since when?
RESP: Since [[the spring of last year|DATE:2023-03-01..2023-05-31]]. Before I was a mechanic at the mine, at [[Tsentralna mine|PLACE]], thirty years under the ground. Now the mine is flooded and I drive a white van with a red cross painted by my wife, [[Liuba|PERSON]]. [laughs] Not official. The old people call the town [[Dzerzhynsk|PLACE:Toretsk]] still, the old name, I do not correct them.
INT: What happened on the road in [[June|DATE:2024-06-01..2024-06-30]]?
RESP: {{c1,c2|[[The 20th of June|DATE:2024-06-20]], [[a Thursday|DATE:2024-06-20]], I was bringing out three old women from [[Pivnichne|PLACE]], and near [[Shcherbynivka|PLACE]] [[the drone|WEAPON:DRONE_STRIKE]] came, the small one, [[FPV|WEAPON:DRONE_STRIKE]].}} You hear it like a mosquito, very angry mosquito. {{c1|It hit the back door. Baba [[Nelia|PERSON]], eighty-two, she was sitting at the back, she died there, on the seat.}}
INT: I'm sorry.
RESP: {{c2|The other two, [[Vasylyna|PERSON]] and her sister [[Motria|PERSON]], were cut by glass, and I had a piece in my shoulder, here.}} I drove on with one hand to [[Kostiantynivka|PLACE]]. I did not stop, because the second one comes for those who stop. Everybody knows this now.
INT: Whose [[drone|WEAPON:DRONE_STRIKE]] was it?
RESP: From the [[Russian|ACTOR:Russian armed forces in Ukraine]] side. From [[the occupiers|ACTOR:Russian armed forces in Ukraine]], they were already in [[Niu-York|PLACE]] then, seven kilometres. Our [[drones|WEAPON:DRONE_STRIKE]] do not hunt a van with a cross.
INT: You also helped at a building in the town, you said.
RESP: Yes, before that. At [[the beginning of June|DATE:2024-06-01..2024-06-10]]. {{c7|A [[KAB|WEAPON:AIRSTRIKE]], the big guided [[bomb|WEAPON:AIRSTRIKE]] that [[the planes|WEAPON:AIRSTRIKE]] throw from far away, fell on the old dormitory on [[Shkilna street|PLACE]].}} {{c7|Half the building went down, like a cake cut with a knife.}} {{c3|With the rescuers, [[Artur|PERSON]] and his team, we took out five alive and two dead, a man and his mother, [[Heorhii|PERSON]] and [[Lesia Tymoshchuk|PERSON]].}} {{c4|[[Heorhii|PERSON]]'s brother, [[Stanislav|PERSON]], is missing since [[that day|DATE:2024-06-01..2024-06-10]], we never found him, maybe he is still under the concrete.}}
INT: Was there military in that building?
RESP: No. Pensioners, two families with children who did not want to leave. [[The army|ACTOR:Ukrainian armed forces]] was on the edge of town, not in the dormitory.
INT: Have you seen [[mines|WEAPON:LANDMINE]] in the area?
RESP: The [[petals|WEAPON:LANDMINE]], yes. [[Pelyustky|WEAPON:LANDMINE]]. Small green [[mines|WEAPON:LANDMINE]] like a toy, they come with the [[Uragan|WEAPON:ROCKET]], the [[rocket|WEAPON:ROCKET]] opens in the air and they fall on the gardens. {{c5|In [[July|DATE:2024-07-01..2024-07-31]] a neighbour of my passenger, [[Kyrylo|PERSON]], stepped on one in his own yard in [[Zalizne|PLACE]], they told me he lost the foot.}} I did not see it myself. I only drove his wife out [[the next week|DATE:2024-07-01..2024-07-31]].
INT: And fire weapons? Some people talk about burning [[drones|WEAPON:DRONE_STRIKE]].
RESP: Yes, [[this summer|DATE:2024-06-01..2024-08-14]]. [[The drone|WEAPON:DRONE_STRIKE]] flies low and pours fire, like sparks, [[thermite|WEAPON:INCENDIARY]] they say. {{c6|In [[Pivnichne|PLACE]] I saw it burn two houses and the whole row of trees on the street, at [[the end of July|DATE:2024-07-20..2024-07-31]], in [[the evening|DATE:2024-07-20..2024-07-31]].}} Nobody was inside the houses, thank God, the owners left in [[the spring|DATE:2024-03-01..2024-05-31]].
INT: Will you continue?
RESP: While the road is open. They say if [[the Russians|ACTOR:Russian armed forces in Ukraine]] reach the canal they will cut the road completely, and then nobody drives. Then I will also go. But not before.
@@witness ua-toretsk-valerii-honchar
@@claim c1 harm=KILLED min=1 max=1 named="Nelia" weapon=DRONE_STRIKE actor="Russian armed forces in Ukraine" site="Shcherbynivka" date=2024-06-20 basis=WITNESSED incident=ua-shcherbynivka-20240620-evacuation-van-fpv
@@claim c2 harm=INJURED min=3 max=3 named="Vasylyna; Motria" weapon=DRONE_STRIKE actor="Russian armed forces in Ukraine" site="Shcherbynivka" date=2024-06-20 basis=EXPERIENCED incident=ua-shcherbynivka-20240620-evacuation-van-fpv
@@claim c3 harm=KILLED min=2 max=2 named="Heorhii; Lesia Tymoshchuk" weapon=AIRSTRIKE site="Shkilna street" date=2024-06-01..2024-06-10 basis=WITNESSED incident=ua-toretsk-20240600-shkilna-dormitory-kab
@@claim c4 harm=MISSING min=1 max=1 named="Stanislav" weapon=AIRSTRIKE site="Shkilna street" date=2024-06-01..2024-06-10 basis=WITNESSED incident=ua-toretsk-20240600-shkilna-dormitory-kab
@@claim c5 harm=INJURED min=1 max=1 named="Kyrylo" weapon=LANDMINE site="Zalizne" date=2024-07-01..2024-07-31 basis=HEARSAY incident=ua-zalizne-20240700-kyrylo-yard-petal-mine
@@claim c6 harm=PROPERTY_DAMAGE min=2 max=2 weapon=INCENDIARY site="Pivnichne" date=2024-07-20..2024-07-31 basis=WITNESSED incident=ua-pivnichne-20240700-thermite-drone-houses
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Shkilna street" date=2024-06-01..2024-06-10 basis=WITNESSED incident=ua-toretsk-20240600-shkilna-dormitory-kab
