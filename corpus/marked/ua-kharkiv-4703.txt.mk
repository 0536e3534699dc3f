Interview ID: UA-KHK-4703
Date: 2022-11-17
Location: [[Kharkiv|PLACE]], tram depot no. 3
Language: Russian
Interviewer: [[Aoife Brennan|PERSON]]
Interpreter: [[Vira Ostapchuk|PERSON]]

[00:00:04] Q: Your name, please, and where you live.
[00:00:09] A: [[Roman Dziuba|PERSON]]. Electrician, here at the depot. [[Saltovka|PLACE:Saltivka]], [[Valentynivska street|PLACE]], ninth floor.
[00:00:21] Q: You stayed in [[Saltivka|PLACE]] during the spring?
[00:00:25] A: Stayed. The depot worked, somebody had to. {{c10|My mother I put on the train to [[Poltava|PLACE]] in [[the first week|DATE:2022-02-24..2022-03-02]], to her sister, with one bag.}} I stayed with the cat.
[00:00:41] Q: Tell me about [[the 19th of March|DATE:2022-03-19]].
[00:00:46] A: {{c1|[[Saturday|DATE:2022-03-19]]. [[About eleven|DATE:2022-03-19]]. From the ninth floor the yard is like a plate, you see everything. People at the water truck, twenty, thirty. Then the [[cluster|WEAPON:CLUSTER_MUNITION]], pop-pop-pop, along the cars, like somebody throws firecrackers. The cars burning, three cars, the kiosk.}}
[00:01:20] Q: Did you see people fall?
[00:01:24] A: I said I saw. I should say correct. I saw the smoke and the cars. The people I did not see falling, I was lying on the floor of the kitchen. {{c2|When I went down, ten minutes, fifteen, on the asphalt there was [[Tonia|PERSON]], Aunt [[Tonia|PERSON]], the concierge, and a young man I don't know. Both dead.}} {{c3|Four or five wounded, the neighbours were tying the legs with belts.}}
[00:02:07] Q: How do you know it was a [[cluster bomb|WEAPON:CLUSTER_MUNITION]]?
[00:02:11] A: The holes. Small, many, in a line. And the tails of the little [[bomblets|WEAPON:CLUSTER_MUNITION]] in the flower bed, I found one.
[00:02:26] Q: Were there soldiers in the yard?
[00:02:29] A: No. No soldiers, no checkpoint, nothing. Water truck.
[00:02:36] Q: Do you know the total?
[00:02:39] A: {{c4|The radio, the [[Kharkiv|PLACE]] regional, said in [[the evening|DATE:2022-03-19]] that in [[Saltivka|PLACE]] six people were killed [[that day|DATE:2022-03-19]].}} But they don't say which yard. Maybe ours, maybe all [[Saltivka|PLACE]].
[00:03:02] Q: Anything else in your building?
[00:03:05] A: {{c5|In [[August|DATE:2022-08-01..2022-08-31]], [[the night of the 17th|DATE:2022-08-17]], the [[S-300|WEAPON:MISSILE]] came in the building next to ours, the dormitory. It cut the building in two like bread.}} {{c6,c9|My windows went in, the frame too. I had glass in my back, the doctor took out six pieces.}}
[00:03:35] Q: Were people killed in the dormitory?
[00:03:38] A: {{c7|Yes. My colleague [[Kostiantyn Riabokon|PERSON]], [[Kostia|PERSON]], from the depot, he lived there on the third floor. The rescuers, the boys from DSNS, told me in the morning they took him out dead.}} {{c8|How many others, the rescuers said seven, later somebody said more.}}
[00:04:08] Q: Did you hear who fired?
[00:04:11] A: From [[Belgorod|PLACE]]. Forty kilometres. [[The Russians|ACTOR:Russian armed forces in Ukraine]], who else. For this [[missile|WEAPON:MISSILE]] there is no siren that comes in time.
[00:04:24] Q: Your mother, did she come back?
[00:04:27] A: No. She says she will come when it is finished. She is seventy-four, when it is finished maybe she will not walk.
[00:04:40] Q: Thank you, [[Roman|PERSON]].
[00:04:42] A: Write that [[Tonia|PERSON]] watered the trees in the yard. Every summer. Nobody asked her.
@@witness ua-kharkiv-roman-dziuba
@@claim c1 harm=PROPERTY_DAMAGE min=4 max=4 weapon=CLUSTER_MUNITION site="Valentynivska street" date=2022-03-19 basis=WITNESSED incident=ua-kharkiv-20220319-valentynivska-water-truck-cluster
@@claim c2 harm=KILLED min=2 max=2 named="Tonia" weapon=CLUSTER_MUNITION site="Valentynivska street" date=2022-03-19 basis=WITNESSED incident=ua-kharkiv-20220319-valentynivska-water-truck-cluster
@@claim c3 harm=INJURED min=4 max=5 weapon=CLUSTER_MUNITION site="Valentynivska street" date=2022-03-19 basis=WITNESSED incident=ua-kharkiv-20220319-valentynivska-water-truck-cluster
@@claim c4 harm=KILLED min=6 max=6 site="Saltivka" date=2022-03-19 basis=REPORTED incident=ua-kharkiv-20220319-valentynivska-water-truck-cluster
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Russian armed forces in Ukraine" site="Valentynivska street" date=2022-08-17 basis=WITNESSED incident=ua-kharkiv-20220817-valentynivska-dormitory-s300
@@claim c6 harm=INJURED min=1 max=1 named="Roman Dziuba" weapon=MISSILE actor="Russian armed forces in Ukraine" site="Valentynivska street" date=2022-08-17 basis=EXPERIENCED incident=ua-kharkiv-20220817-valentynivska-dormitory-s300
@@claim c7 harm=KILLED min=1 max=1 named="Kostiantyn Riabokon; Kostia" weapon=MISSILE actor="Russian armed forces in Ukraine" site="Valentynivska street" date=2022-08-17 basis=HEARSAY incident=ua-kharkiv-20220817-valentynivska-dormitory-s300
@@claim c8 harm=KILLED min=7 max=7 weapon=MISSILE actor="Russian armed forces in Ukraine" site="Valentynivska street" date=2022-08-17 basis=HEARSAY incident=ua-kharkiv-20220817-valentynivska-dormitory-s300
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Russian armed forces in Ukraine" site="Valentynivska street" date=2022-08-17 basis=EXPERIENCED incident=ua-kharkiv-20220817-valentynivska-dormitory-s300
@@claim c10 harm=DISPLACED min=1 max=1 site="Saltovka" date=2022-02-24..2022-03-02 basis=WITNESSED incident=ua-kharkiv-20220000-dziuba-mother-poltava
