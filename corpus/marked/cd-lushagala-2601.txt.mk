Interview ID: CD-LSG-2601
Date of interview: 2024-03-09
Place of interview: [[Lushagala|PLACE]] camp, [[Goma|PLACE]]
Language: Kinyarwanda and Swahili
Interviewer: [[Claire Mbuyi|PERSON]]
Interpreter: [[Jean-Baptiste Sebahire|PERSON]]

INTERVIEWER: Please say your name and where you come from.
WITNESS: I am [[Vestine Uwamahoro|PERSON]]. I come from [[Kitchanga|PLACE]], in [[Masisi|PLACE]]. Now I stay here in the camp, in [[Lushagala|PLACE]], with my children.
INTERVIEWER: Why did you leave [[Kitshanga|PLACE:Kitchanga]]?
WITNESS: Eh, the war came inside the town itself. It was [[the end of January|DATE:2023-01-20..2023-01-31]], [[last year|DATE:2023-01-01..2023-12-31]]. The [[M23|ACTOR:M23]] were on the hill and the [[Wazalendo|ACTOR:Wazalendo]] were down near the market, and they fought between our houses. {{c1|A [[shell|WEAPON:ARTILLERY]] came from the hill and opened the roof of my neighbour [[Nyiramana|PERSON]], the iron sheets flew like paper.}} She was not inside, God protected her. {{c2|Our own house, the fire took it [[the next day|DATE]]. When I looked back from the road there was only the walls, black, nothing of the roof, nothing of the beans we had kept.}}
INTERVIEWER: Who burned it?
WITNESS: I cannot say. I did not see who put the fire. The [[shooting|WEAPON:SMALL_ARMS]] was from both sides.
INTERVIEWER: And your husband?
WITNESS: [pause] My husband is [[Emmanuel Bizimana|PERSON]]. {{c3|We were walking to [[Sake|PLACE]], all the people of the quarter, and at [[Kilolirwe|PLACE]] there was a barrier of the [[M23|ACTOR:M23]]. They pulled the men out of the line, my husband and two boys of the [[Habimana|PERSON]] family, and they pushed them into a pickup.}} Me they searched, my bag, my wrap, and they told me go. {{c4|Since [[that day|DATE:2023-01-20..2023-01-31]] I have no news of [[Emmanuel|PERSON]]. Nobody has seen him, not in [[Sake|PLACE]], not in [[Goma|PLACE]].}}
INTERVIEWER: Did you ask anyone about him?
WITNESS: I asked everybody. {{c5|A man from [[Kitchanga|PLACE]], [[Safari|PERSON]], told me the two [[Habimana|PERSON]] boys were kept three weeks in a house with no windows at [[Kilolirwe|PLACE]], and then they were let out, very thin.}} But about my husband they said nothing.
INTERVIEWER: I want to ask about the camp now. What happened in [[Lushagala|PLACE]] in [[February|DATE:2024-02-01..2024-02-29]]?
WITNESS: It was [[a Saturday|DATE:2024-02-17]], [[the 17th|DATE:2024-02-17]], yes, because on Saturday the small market is open at the entrance. [[Around ten|DATE:2024-02-17]], maybe [[eleven in the morning|DATE:2024-02-17]]. I was selling tomatoes. We heard the [[shell|WEAPON:ARTILLERY]] whistle, then it fell.
INTERVIEWER: Where did it fall?
WITNESS: Near the water tanks, eh, between the tanks and the market. {{c6|I saw with my eyes a woman and her small boy on the ground, they were not moving. Another man, [[Kasereka|PERSON]], the one who repairs phones, he also died there.}} {{c7|My daughter [[Amani|PERSON]], she is nine, a piece went in her leg.}} I carried her myself to the clinic at the gate. [crying] Sorry.
INTERVIEWER: Take your time.
WITNESS: [[Amani|PERSON]] is walking now, a little. {{c8|The water tank, the big one, it was torn open and the water ran into the tents. Also the kiosk of [[Mugisha|PERSON]], it was finished, the planks everywhere.}}
INTERVIEWER: Do you know how many people died?
WITNESS: I saw three. {{c9,c10|The people of the camp committee wrote a list and read it at the meeting: six dead, and more than twenty wounded.}} {{c11|On the radio they said eight dead.}} Which is true, I do not know.
INTERVIEWER: Who fired it?
WITNESS: People say it came from the side of [[Kibati|PLACE]]. Some say the [[M23|ACTOR:M23]], some say the [[FARDC|ACTOR:FARDC]] [[bombs|WEAPON:ARTILLERY]] fell short. I did not see. There were no soldiers inside the camp [[that day|DATE:2024-02-17]], no [[Wazalendo|ACTOR:Wazalendo]], nothing, only us. If it was Sunday, with the big market, I think we would all be dead.
INTERVIEWER: Has anything happened since?
WITNESS: At night the boys of the [[Wazalendo|ACTOR:Wazalendo]] pass with their [[guns|WEAPON:SMALL_ARMS]]. One time they stopped my son [[Olivier|PERSON]] near the latrines, they asked his card, they said he looks like a Tutsi from the other side. They shouted, they wanted to take him, but the chief of the block came and talked, and they left him. Now I keep him inside when it is dark.

@@witness cd-lushagala-vestine-uwamahoro
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="M23" site="Kitchanga" date=2023-01-20..2023-01-31 basis=WITNESSED incident=cd-kitchanga-20230100-town-fighting
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null site="Kitchanga" date=2023-01-20..2023-01-31 basis=EXPERIENCED incident=cd-kitchanga-20230100-town-fighting
@@claim c3 harm=DETAINED min=3 max=3 named="Emmanuel Bizimana" actor="M23" site="Kilolirwe" date=2023-01-20..2023-01-31 basis=WITNESSED incident=cd-kilolirwe-20230100-checkpoint-arrests
@@claim c4 harm=MISSING min=1 max=1 named="Emmanuel" actor="M23" site="Kilolirwe" date=2023-01-20..2023-01-31 basis=EXPERIENCED incident=cd-kilolirwe-20230100-checkpoint-arrests
@@claim c5 harm=DETAINED min=2 max=2 actor="M23" site="Kilolirwe" date=2023-01-20..2023-01-31 basis=HEARSAY incident=cd-kilolirwe-20230100-checkpoint-arrests
@@claim c6 harm=KILLED min=3 max=3 named="Kasereka" weapon=ARTILLERY site="Lushagala" date=2024-02-17 basis=WITNESSED incident=cd-lushagala-20240217-market-shell
@@claim c7 harm=INJURED min=1 max=1 named="Amani" weapon=ARTILLERY site="Lushagala" date=2024-02-17 basis=WITNESSED incident=cd-lushagala-20240217-market-shell
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Lushagala" date=2024-02-17 basis=WITNESSED incident=cd-lushagala-20240217-market-shell
@@claim c9 harm=KILLED min=6 max=6 site="Lushagala" date=2024-02-17 basis=REPORTED incident=cd-lushagala-20240217-market-shell
@@claim c10 harm=INJURED min=21 max=null site="Lushagala" date=2024-02-17 basis=REPORTED incident=cd-lushagala-20240217-market-shell
@@claim c11 harm=KILLED min=8 max=8 site="Lushagala" date=2024-02-17 basis=REPORTED incident=cd-lushagala-20240217-market-shell
