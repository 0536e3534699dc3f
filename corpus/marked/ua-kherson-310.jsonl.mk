id: ua-kherson-310
interview_date: 2024-03-18
place: Mykolaiv, Ukraine
language: Ukrainian

INT: You are from [[Kherson|PLACE]]?
RESP: From [[Korabel|PLACE]], the island, the shipbuilders' district. Now I live with my sister in [[Mykolaiv|PLACE]], since [[December|DATE]].
INT: Why did you leave in [[December|DATE:2023-12-01..2023-12-31]]?
RESP: Because of [[the drones|WEAPON:DRONE_STRIKE]]. After [[our army|ACTOR:Ukrainian armed forces]] came back in [[November 2022|DATE:2022-11-01..2022-11-30]], everybody was happy, we danced in the square. But then [[the Russians|ACTOR:Russian armed forces in Ukraine]] went to the left bank, to [[Oleshky|PLACE]], [[Hola Prystan|PLACE]], and from there it is only the [[Dnipro|PLACE]] between us. One kilometre. They see everything.
INT: What kind of [[drones|WEAPON:DRONE_STRIKE]]?
RESP: Small ones, [[the FPV|WEAPON:DRONE_STRIKE]], with something tied under. They fly down the street and look for people, like hunting. People call it "the safari". You hear "zzzz" and you run into any entrance.
INT: Were you or your family hurt by them?
RESP: {{c1|My husband, [[Mykhailo|PERSON]]. In [[October|DATE:2023-10-01..2023-10-31]], [[the 9th|DATE:2023-10-09]], he went on the bicycle to the shop on [[Ostrovska street|PLACE]], and a [[drone|WEAPON:DRONE_STRIKE]] followed him and dropped on him.}} {{c1|He has burns and metal in the back and the legs, he was two months in the hospital.}} He still walks with a stick.
INT: Did you see it?
RESP: No, I was at home. Our neighbour [[Hryhorii|PERSON]] saw it from his window and he ran to bring him. He said it was one small [[drone|WEAPON:DRONE_STRIKE]], grey, and it came back after, to look.
INT: Were there soldiers on [[Ostrovska|PLACE:Ostrovska street]] at that time?
RESP: No, no. Only old people and cats. The soldiers were at the river. There was nothing there to hit, only my husband and his bicycle and his bag with bread.
INT: What else happened on [[Korabel|PLACE]]?
RESP: Every day the [[artillery|WEAPON:ARTILLERY]] from the other bank. {{c2|On [[3 December|DATE:2023-12-03]] at [[night|DATE]] a [[shell|WEAPON:ARTILLERY]] hit our building, the roof and the top floor, we were in the corridor.}} That was the last night. [[The morning after|DATE:2023-12-04]], [[4 December|DATE:2023-12-04]], we left, the volunteers took us, a girl called [[Oleksandra|PERSON]] drove. {{c3|We left, me, [[Mykhailo|PERSON]] and my mother, and from our entrance only two old men stayed.}}
INT: Have you heard of [[incendiary weapons|WEAPON:INCENDIARY]] being used on [[Kherson|PLACE]]?
RESP: Yes, this is true. They drop from [[the drones|WEAPON:DRONE_STRIKE]] something that burns, like [[thermite|WEAPON:INCENDIARY]], white, it falls in sparks on the roofs and the gardens. {{c4|My cousin [[Larysa|PERSON]] in [[Antonivka|PLACE]] lost her summer kitchen and her shed to it, in [[the summer|DATE:2023-06-01..2023-08-31]], she sent me the photos.}} Nobody was hurt there, they were in the cellar.
INT: Did you live in [[Kherson|PLACE]] also during the occupation in [[2022|DATE:2022-01-01..2022-12-31]]?
RESP: Yes, all of it. [[The occupiers|ACTOR:Russian armed forces in Ukraine]] took people from the street. {{c5|Our neighbour's son, [[Dmytro Tsybulko|PERSON]], twenty-four, they took him in [[August|DATE:2022-08-01..2022-08-31]] because he had a tattoo with the trident.}} {{c5|His mother found him only after liberation, he was in the cellar of the police on [[Teploenerhetykiv street|PLACE]], in very bad condition.}}
INT: And your sister in [[Mykolaiv|PLACE]], was it safe there?
RESP: Also not. {{c6|In [[March 2022|DATE:2022-03-01..2022-03-31]] she was at the bus stop near the [[Central market|PLACE]] when the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] fell, she was not hurt but she saw three people dead on the pavement.}} {{c7|On [[29 March|DATE:2022-03-29]] the [[missile|WEAPON:MISSILE]] hit the regional administration in [[Mykolaiv|PLACE]], and her friend [[Alina Rudenko|PERSON]], who worked there, was pulled out with a broken arm.}} And [[last year|DATE:2023-01-01..2023-12-31]] [[the Shaheds|WEAPON:DRONE_STRIKE]] on the port, every week.
INT: Is there anything you want to add?
RESP: Only that a [[drone|WEAPON:DRONE_STRIKE]] sees you. It sees you are an old man with bread. It sees, and it still drops.
@@witness ua-kherson-witness-310
@@claim c1 harm=INJURED min=1 max=1 named="Mykhailo" weapon=DRONE_STRIKE actor="Russian armed forces in Ukraine" site="Ostrovska street" date=2023-10-09 basis=HEARSAY incident=ua-kherson-20231009-ostrovska-fpv-mykhailo
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Korabel" date=2023-12-03 basis=EXPERIENCED incident=ua-kherson-20231203-korabel-witness-building
@@claim c3 harm=DISPLACED min=3 max=3 named="Mykhailo" site="Korabel" date=2023-12-04 basis=EXPERIENCED incident=ua-kherson-20231204-korabel-witness-displaced
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null named="Larysa" weapon=INCENDIARY actor="Russian armed forces in Ukraine" site="Antonivka" date=2023-06-01..2023-08-31 basis=HEARSAY incident=ua-kherson-20230000-antonivka-larysa-incendiary
@@claim c5 harm=DETAINED min=1 max=1 named="Dmytro Tsybulko" actor="Russian armed forces in Ukraine" site="Teploenerhetykiv street" date=2022-08-01..2022-08-31 basis=HEARSAY incident=ua-kherson-20220800-tsybulko-detention
@@claim c6 harm=KILLED min=3 max=3 weapon=CLUSTER_MUNITION site="Central market" date=2022-03-01..2022-03-31 basis=HEARSAY incident=ua-mykolaiv-20220300-central-market-cluster
@@claim c7 harm=INJURED min=1 max=1 named="Alina Rudenko" weapon=MISSILE site="Mykolaiv" date=2022-03-29 basis=HEARSAY incident=ua-mykolaiv-20220329-regional-administration
