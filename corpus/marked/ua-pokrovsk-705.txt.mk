@@encoding utf-16le
Interview ID: UA-PKR-705
Interview date: 2024-10-02
Location: [[Kyiv|PLACE]]
Language: Ukrainian; interpreted into English
Interviewer: [[Mei Lin Tan|PERSON]]
Interpreter: [[Bohdana Savchyn|PERSON]]

Q: You were a teacher in [[Pokrovsk|PLACE]]?
A: Mathematics, twenty-two years, at [[Lyceum No. 1|PLACE]]. Before the war the town was [[Krasnoarmeisk|PLACE:Pokrovsk]] on the old maps, we changed it in [[2016|DATE:2016-01-01..2016-12-31]]. My pupils still write both, eh, by mistake.
Q: Can you tell me about [[the night|DATE:2024-03-18]] your street was hit?
A: It was [[18 March|DATE:2024-03-18]]. At [[three in the night|DATE:2024-03-18]], maybe three-twenty. We live in [[Lazurnyi|PLACE]], private houses with gardens. {{c2|I woke up because the windows came into the room, all the glass, on the bed.}} My daughter was screaming in the next room.
Q: What hit the street?
A: A [[missile|WEAPON:MISSILE]]. People said [[Iskander|WEAPON:MISSILE]], from the sound, there is no sound, only the end. {{c1,c2|It hit the house of the [[Bilyk|PERSON]] family, three houses from us, and there is nothing, a hole, the house is gone.}} {{c1|[[Orest Bilyk|PERSON]], his wife [[Marharyta|PERSON]] and their son [[Matvii|PERSON]], who was nine, all three died.}} [[Matvii|PERSON]] was my pupil in the fourth class, no, the third class, I am confused. [pause]
Q: Take your time.
A: {{c2|Two more houses were destroyed, and in ours the roof and windows.}} {{c3|Our neighbour [[Vitalik|PERSON]] had his face cut, he was at the window smoking.}} If the [[missile|WEAPON:MISSILE]] came ten metres to the left, it would be our house. I think about this every night.
Q: Was anything military near your street?
A: No. Nothing. No soldiers lived on our street, I know every house. Maybe [[the Russians|ACTOR:Russian armed forces in Ukraine]] think every house is military, I don't know what they think.
Q: What about [[the drones|WEAPON:DRONE_STRIKE]]? You mentioned them before.
A: [[The Shaheds|WEAPON:DRONE_STRIKE]]. In [[the summer|DATE:2024-06-01..2024-08-31]] every night. "[[Mopeds|WEAPON:DRONE_STRIKE]]", we call them, because the sound, like a moped on the sky. [Interpreter: she says "mopedy", the nickname for the Shahed drones.] {{c4|At [[the end of July|DATE:2024-07-20..2024-07-31]] one fell on the school, on my lyceum, the gym and two classrooms burned.}} It was [[night|DATE:2024-07-20..2024-07-31]], nobody inside. [[That night|DATE:2024-07-20..2024-07-31]] [[the Shaheds|WEAPON:DRONE_STRIKE]] did not hit any houses, only the school and the depot.
Q: Your sister lives in [[Myrnohrad|PLACE]]?
A: Lived. [[Ivanka|PERSON]]. In [[Dymytrov|PLACE:Myrnohrad]], as the old people say. {{c5|In [[August|DATE:2024-08-01..2024-08-31]], [[the 9th or the 10th|DATE:2024-08-09..2024-08-10]], she was standing in the queue for humanitarian aid near the church, and [[cluster|WEAPON:CLUSTER_MUNITION]] [[rockets|WEAPON:ROCKET]] came, the small explosions, she said five or six people were hurt.}} She was not hurt, she ran into the church. She told me by phone, crying.
Q: When did you leave?
A: {{c6|On [[21 August|DATE:2024-08-21]], with my daughter [[Nadiya|PERSON]] and my mother, on the evacuation bus, because the administration said the front is eight kilometres and they will stop the water.}} And [[Ivanka|PERSON]] came [[one week later|DATE:2024-08-28]].
Q: How is your daughter?
A: [[Nadiya|PERSON]] is fourteen. She does not sleep with the light off. She says, Mama, there is no nadiya any more, for the town.
[Interpreter: "nadiya" means hope. The daughter's name is [[Nadiya|PERSON]], Hope.]
A: I tell her the town will stay. Under such [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]], every day, I don't believe it myself. But I tell her.
@@witness ua-pokrovsk-teacher-705
@@claim c1 harm=KILLED min=3 max=3 named="Orest Bilyk; Marharyta; Matvii" weapon=MISSILE site="Lazurnyi" date=2024-03-18 basis=WITNESSED incident=ua-pokrovsk-20240318-lazurnyi-bilyk-house
@@claim c2 harm=PROPERTY_DAMAGE min=3 max=3 weapon=MISSILE site="Lazurnyi" date=2024-03-18 basis=WITNESSED incident=ua-pokrovsk-20240318-lazurnyi-bilyk-house
@@claim c3 harm=INJURED min=1 max=1 named="Vitalik" weapon=MISSILE site="Lazurnyi" date=2024-03-18 basis=WITNESSED incident=ua-pokrovsk-20240318-lazurnyi-bilyk-house
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Lyceum No. 1" date=2024-07-20..2024-07-31 basis=WITNESSED incident=ua-pokrovsk-20240700-lyceum-shahed
@@claim c5 harm=INJURED min=5 max=6 weapon=CLUSTER_MUNITION site="Dymytrov" date=2024-08-09..2024-08-10 basis=HEARSAY incident=ua-myrnohrad-20240809-aid-queue-cluster
@@claim c6 harm=DISPLACED min=3 max=3 named="Nadiya" site="Pokrovsk" date=2024-08-21 basis=EXPERIENCED incident=ua-pokrovsk-20240821-teacher-family-displaced
