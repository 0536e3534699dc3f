Interview ID: UA-KHE-2805
Date: 14/03/2023
Place of interview: [[Mykolaiv|PLACE]]
Language: Ukrainian and Russian (surzhyk), interpreted
Interviewer: [[Tom Hale|PERSON]]
Interpreter: [[Iryna Bondar|PERSON]]
Q: Thank you, [[Valentyna|PERSON]]. You are from [[Snihurivka|PLACE]]?
A: From [[Snigirevka|PLACE:Snihurivka]], yes, it is the Russian name, I also say it, from habit. [[Valentyna Ivanivna Moroz|PERSON]]. Fifty-seven. I had a stall at the market, vegetables, seeds.
Q: You stayed under the occupation?
A: The whole time, from [[the middle of March until the 11th of November|DATE:2022-03-15..2022-11-11]] when the [[ZSU|ACTOR:Ukrainian armed forces]] came back. Eight months. My husband has diabetes, where could we go.
Q: What do you remember of the early weeks?
A: The market. In [[April|DATE:2022-04-01..2022-04-30]], I think [[the second week|DATE:2022-04-04..2022-04-10]], [[a Thursday|DATE:2022-04-07]]. [[Morning|DATE:2022-04-07]], when the most people.
A: {{c1|Something fell on the market from the sky and cracked, many small explosions, pop pop pop, like popcorn, all over the stalls, and the roofs of the stalls were torn to rags. The people said [[cluster|WEAPON:CLUSTER_MUNITION]], the [[Uragan|WEAPON:CLUSTER_MUNITION]].}}
A: {{c2|Two people died there, I saw them on the ground, a man from the meat row and a woman I do not know.}} {{c3|And more were hurt, ten, maybe fifteen, one of them [[Nina|PERSON]] who sold milk, she lost the fingers.}}
A: {{c4|My stall, the awning was full of holes, like a sieve, and the glass cases broken, all the seeds in the mud.}}
Q: Who fired, do you know?
A: That I cannot say. [[The Russians|ACTOR:Russian armed forces in Ukraine]] said it was ours, on their television. Our people said it was them. I saw only where it fell, not where it came from.
Q: You told me your husband was taken.
A: Yes. [[Anatolii|PERSON]]. [pause] In [[August|DATE:2022-08-01..2022-08-31]], [[just after the Saviour's day|DATE:2022-08-19..2022-08-25]], the apple Spas.
A: {{c5|They came at [[five in the morning|DATE:2022-08-19..2022-08-25]], four soldiers with masks, they broke the gate, they dragged him out in his underpants and put a bag on his head. I was screaming, one put the [[automatic|WEAPON:SMALL_ARMS]] to my chest.}}
A: {{c6|They held him in the basement of the police station, on [[Tsentralna street|PLACE]], for nineteen days. They beat him, they asked about our nephew who is in [[the army|ACTOR:Ukrainian armed forces]]. He came back without two teeth and without his insulin for all that time, he nearly died.}}
Q: Were other people taken at the same time?
A: {{c7|Also [[Serhii Kovalenko|PERSON]], the teacher of physics, and the two [[Lysenko|PERSON]] brothers, they were in the same basement, [[Anatolii|PERSON]] heard their voices.}} [[Serhii|PERSON]] came out in [[September|DATE:2022-09-01..2022-09-30]].
A: {{c8|The younger [[Lysenko|PERSON]], [[Dmytro|PERSON]], never came back. Even now, after liberation, nothing. His mother is on the list of the missing at the hromada, she goes to every exchange, she looks at the lists.}}
Q: Were you yourself ever questioned?
A: At the checkpoint at the bridge, many times. They looked in my phone, my bag, they told me "if we find one photo of soldiers, you go to the basement like your husband". They found nothing, I deleted everything. They let me go.
Q: And after the liberation?
A: {{c9|After they left, they left their [[mines|WEAPON:LANDMINE]] everywhere. On [[the 3rd of December|DATE:2022-12-03]] our neighbour [[Oleh Savchuk|PERSON]] drove his tractor to the field behind the elevator and a [[mine|WEAPON:LANDMINE]] exploded under the wheel. He died there.}} The deminers came only after. Now the whole field is with red signs.
A: {{c10|And the elevator itself, the grain elevator, they blew it up with [[explosives|WEAPON:EXPLOSIVE_UNSPECIFIED]] when they left, [[the 10th|DATE:2022-11-10]], [[the day before|DATE:2022-11-10]] the [[ZSU|ACTOR:Ukrainian armed forces]] came, it is a heap of concrete.}} I heard it, everybody heard it, the windows shook in the whole town.
Q: Is there anything else you want recorded?
A: That my husband gets his teeth. [laughs] And that [[Dmytro|PERSON]] is found.
@@witness ua-snihurivka-valentyna-moroz
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="Snigirevka" date=2022-04-07 basis=WITNESSED incident=ua-snihurivka-20220407-market-cluster
@@claim c2 harm=KILLED min=2 max=2 weapon=CLUSTER_MUNITION site="Snigirevka" date=2022-04-07 basis=WITNESSED incident=ua-snihurivka-20220407-market-cluster
@@claim c3 harm=INJURED min=10 max=15 named="Nina" weapon=CLUSTER_MUNITION site="Snigirevka" date=2022-04-07 basis=WITNESSED incident=ua-snihurivka-20220407-market-cluster
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="Snigirevka" date=2022-04-07 basis=EXPERIENCED incident=ua-snihurivka-20220407-market-cluster
@@claim c5 harm=DETAINED min=1 max=1 named="Anatolii" actor="Russian armed forces in Ukraine" site="Snigirevka" date=2022-08-19..2022-08-25 basis=WITNESSED incident=ua-snihurivka-20220800-police-basement
@@claim c6 harm=DETAINED min=1 max=1 named="Anatolii" actor="Russian armed forces in Ukraine" site="Tsentralna street" date=2022-08-19..2022-09-13 basis=HEARSAY incident=ua-snihurivka-20220800-police-basement
@@claim c7 harm=DETAINED min=3 max=3 named="Serhii Kovalenko; Lysenko" actor="Russian armed forces in Ukraine" site="Tsentralna street" date=2022-08-19..2022-09-13 basis=HEARSAY incident=ua-snihurivka-20220800-police-basement
@@claim c8 harm=MISSING min=1 max=1 named="Dmytro" actor="Russian armed forces in Ukraine" site="Tsentralna street" basis=REPORTED incident=ua-snihurivka-20220800-police-basement
@@claim c9 harm=KILLED min=1 max=1 named="Oleh Savchuk" weapon=LANDMINE actor="Russian armed forces in Ukraine" site="Snigirevka" date=2022-12-03 basis=HEARSAY incident=ua-snihurivka-20221203-tractor-mine
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null actor="Russian armed forces in Ukraine" weapon=EXPLOSIVE_UNSPECIFIED site="Snigirevka" date=2022-11-10 basis=WITNESSED incident=ua-snihurivka-20221110-elevator-blown
