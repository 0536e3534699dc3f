Interview ID: UA-ODS-1223
Date of interview: 12 May 2024
Place of interview: [[Odesa|PLACE]], [[Peresyp|PLACE]] district
Language: Russian
Interviewer: [[Oksana Melnyk|PERSON]]

Transcriber's note: the witness asked to be recorded as "[[Sasha|PERSON]] from the port". Her full name is known to the interviewer. Some background noise from the street.

INT: So, [[Sasha|PERSON]], you work at the port of [[Odessa|PLACE:Odesa]]?
RESP: I work in the canteen of a shipping company, near the passenger terminal. Not in the port itself, near it. Eight years.
INT: I want to ask about the attack on the port at [[the end of April|DATE:2024-04-20..2024-04-30]].
RESP: [[The 29th of April|DATE:2024-04-29]]. [[A Monday|DATE:2024-04-29]]. In [[the evening|DATE:2024-04-29]], [[after seven|DATE:2024-04-29]], the alarm, and then almost at the same time, boom. No time. With [[ballistic missiles|WEAPON:MISSILE]] there is no time, you hear the alarm and it is already here.
INT: Where were you?
RESP: Walking home along the [[Prymorskyi boulevard|PLACE]] side, with my colleague [[Vira|PERSON]]. We were maybe four hundred metres from the place. {{c1|I saw the flash over the [[Potemkin Stairs|PLACE]] side, and then many small explosions, crack-crack-crack, like a lot of firecrackers at once, all over the area near the water.}}
INT: What do you think it was?
RESP: Everybody said afterwards, it was a [[missile|WEAPON:MISSILE]] with [[cluster|WEAPON:CLUSTER_MUNITION]], the kind that opens and throws small bombs everywhere. The [[Iskander|WEAPON:MISSILE]]. [[The Russians|ACTOR:Russian armed forces in Ukraine]] fired it from [[Crimea|PLACE]], that is what the news said.
INT: Did you see people hurt?
RESP: {{c2|Yes. We ran in the other direction first, and then we came back to help. There were people lying on the paving, near the park, maybe ten people, some moving, some not.}} {{c3|One young man, his legs were bleeding everywhere, I held his head. His name was [[Maksym|PERSON]], he told me. He was alive when the ambulance took him.}} The paramedic, [[Bohdan|PERSON]], knew me from the canteen.
INT: Do you know how many died?
RESP: {{c4,c9|The city said five died and more than thirty were wounded.}} Others said more. I don't know. {{c5|The woman who sold coffee from the small van on the corner, [[Tamara|PERSON]], she died. I knew her, I bought coffee from her every morning.}}
INT: I'm very sorry.
RESP: Her van is still there. Full of holes. {{c6|The windows of the buildings along the boulevard were broken, and there was a fire in the [[Harry Potter castle|PLACE]], the one with the towers, the whole roof burned.}}
INTERPRETER NOTE: the witness refers to a building on the seafront which locals nicknamed the "Harry Potter castle".
INT: Was this the first attack you experienced near the port?
RESP: No, no. In [[July 2023|DATE:2023-07-01..2023-07-31]], after the grain deal, every night. {{c7|[[One night|DATE]], [[the 20th|DATE:2023-07-20]] I think, the [[rockets|WEAPON:MISSILE]] hit the grain terminal and a building in the centre, and the windows of our canteen flew into the room.}} Nobody was inside at [[night|DATE]], so nobody from us was hurt.
INT: And in [[Izmail|PLACE]], or other places in the oblast?
RESP: My brother is a truck driver, he goes to [[Izmail|PLACE]] with grain. He told me about [[the drones|WEAPON:DRONE_STRIKE]] on the [[Izmail|PLACE]] port in [[August|DATE:2023-08-01..2023-08-31]], but he was not there [[that night|DATE]], he was in [[Reni|PLACE]]. I don't know the details.
INT: Has anyone in your family left [[Odesa|PLACE]]?
RESP: {{c8|My daughter and my grandson went to [[Poland|PLACE]] in [[March 2022|DATE:2022-03-01..2022-03-31]], in the beginning.}} I stayed with my mother, [[Halyna Semenivna|PERSON]], she is eighty-nine, she will not go anywhere.
INT: Is there anything you would like to add?
RESP: [pause] It was a warm evening. People were walking by the sea, with children, with dogs. It was not a military place. That park is for walking. I want people to understand that. Nobody there was a soldier.
@@witness ua-odesa-sasha-port
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Potemkin Stairs" date=2024-04-29 basis=WITNESSED incident=ua-odesa-20240429-seafront-cluster-missile
@@claim c2 harm=INJURED min=10 max=10 weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Prymorskyi boulevard" date=2024-04-29 basis=WITNESSED incident=ua-odesa-20240429-seafront-cluster-missile
@@claim c3 harm=INJURED min=1 max=1 named="Maksym" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Prymorskyi boulevard" date=2024-04-29 basis=WITNESSED incident=ua-odesa-20240429-seafront-cluster-missile
@@claim c4 harm=KILLED min=5 max=5 weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Odessa" date=2024-04-29 basis=REPORTED incident=ua-odesa-20240429-seafront-cluster-missile
@@claim c9 harm=INJURED min=31 max=null weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Odessa" date=2024-04-29 basis=REPORTED incident=ua-odesa-20240429-seafront-cluster-missile
@@claim c5 harm=KILLED min=1 max=1 named="Tamara" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Prymorskyi boulevard" date=2024-04-29 basis=HEARSAY incident=ua-odesa-20240429-seafront-cluster-missile
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Harry Potter castle" date=2024-04-29 basis=WITNESSED incident=ua-odesa-20240429-seafront-cluster-missile
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Russian armed forces in Ukraine" site="Odesa" date=2023-07-20 basis=WITNESSED incident=ua-odesa-20230720-prymorskyi-missile
@@claim c8 harm=DISPLACED min=2 max=2 site="Odesa" date=2022-03-01..2022-03-31 basis=WITNESSED incident=ua-odesa-20220300-family-departure
