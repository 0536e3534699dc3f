Interview ID: SD-FSH-215
Date of interview: 3 February 2025
Place of interview: [[Tawila|PLACE]], [[North Darfur|PLACE]]
Language: Arabic, some Fur
Interviewer: [[Leila Mansour|PERSON]]
Interpreter: [[Abdelbagi Ahmed|PERSON]]

Q: You came from [[El Fasher|PLACE]]. When?
A: {{c8|[[Two weeks ago|DATE:2025-01-16..2025-01-23]]. Walking, then on a donkey. Four days.}} After eight months of [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]], you walk, even if it is far.
Q: What was your work in the town?
A: I was cooking in the takaya, the kitchen for the people, in [[al-Thawra|PLACE]], the north part. Every day we cooked for six hundred, seven hundred, porridge, lentils. Volunteers, all of us.
INTERPRETER: Takaya is the free community kitchen.
Q: Something happened at the kitchen.
A: Yes. In [[August|DATE:2024-08-01..2024-08-31]]. [[The 14th|DATE:2024-08-14]], I wrote it on the wall of my room, because I did not want to forget. At [[noon|DATE:2024-08-14]], when the line was longest. {{c1|Three [[shells|WEAPON:ARTILLERY]] fell, one on the street and two on the line of people. Nine died there. I counted them with [[Husayn|PERSON]], the one who organised the kitchen, we put them under the neem tree.}}
Q: Who was killed?
A: {{c1|Children, mostly, they come with the pots. [[Safa|PERSON]], who was ten, and her brother. [[Mahasin|PERSON]], an old woman from [[Abu Shouk|PLACE]]. The others I knew by face only.}} {{c2|More than twenty were injured. [[Hussein|PERSON]] also, in the arm, he kept working with one arm.}}
Q: Where did the [[shells|WEAPON:ARTILLERY]] come from?
A: From the east, from the side of the [[Daam|ACTOR:Rapid Support Forces]]. They were all the time firing from there, every day. There was no [[army|ACTOR:Sudanese Armed Forces]] at the kitchen, nothing, only pots.
INTERPRETER: "Al-Daam" is a name people use for the [[RSF|ACTOR:Rapid Support Forces]].
Q: Were there other attacks you saw yourself?
A: {{c3,c9|[[The first day of Eid al-Adha|DATE:2024-06-16]], a [[drone|WEAPON:DRONE_STRIKE]] hit a car at the water station near our street.}} {{c3|The driver, [[Mustafa Daoud|PERSON]], and the boy helping him, they died.}} I heard it, a sound like a whistle, then the fire. We could not even slaughter the sheep [[that Eid|DATE:2024-06-16]], nobody went out.
Q: Do you know whose [[drone|WEAPON:DRONE_STRIKE]] it was?
A: People said of [[the Rapid Support|ACTOR:Rapid Support Forces]]. Because [[the army|ACTOR:Sudanese Armed Forces]] was in the town, why would [[the army|ACTOR:Sudanese Armed Forces]] hit the water station inside the town? But I did not see [[the drone|WEAPON:DRONE_STRIKE]], I only heard.
Q: And [[Zamzam|PLACE]]? You said your sister was there.
A: My sister [[Fatna|PERSON]] is in [[Zam Zam|PLACE:Zamzam]] camp, south. {{c4,c7|In [[December|DATE:2024-12-01..2024-12-31]] she called me and said the [[shelling|WEAPON:ARTILLERY]] reached the camp, in the market, and eight died, and her neighbour's tent burned with the children inside.}} [crying] I cannot... her voice on the phone...
Q: Take your time.
A: [inaudible] ...after that the network was cut. I don't know if she is alive. [pause] Her husband [[Siddig|PERSON]] also.
Q: How did you leave [[El Fasher|PLACE]]?
A: {{c5|On the road out, in [[January|DATE:2025-01-01..2025-01-31]], near [[Shagra|PLACE]], men of [[the Rapid Support|ACTOR:Rapid Support Forces]] stopped us and took the young men, three from our group, and they shot one when he argued.}} I don't know his name, he was from [[Kabkabiya|PLACE]], he was not with us before. We left him on the road. {{c6|The other two, they took them in the car, we don't know where.}}
Q: Were you hurt?
A: Me? No. Only my feet, from walking. My son [[Mahjoub|PERSON]] carried the bag. If they had looked at my papers and seen [[al-Thawra|PLACE]], maybe they would take me also, they say everybody from there is with [[the army|ACTOR:Sudanese Armed Forces]].
@@witness sd-elfasher-takaya-cook
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Zam Zam" date=2024-12-01..2024-12-31 basis=HEARSAY incident=sd-zamzam-20241200-market-shelling
@@claim c8 harm=DISPLACED min=null max=null site="El Fasher" date=2025-01-16..2025-01-23 basis=EXPERIENCED incident=sd-elfasher-20250100-takaya-cook-flight
@@claim c1 harm=KILLED min=9 max=9 named="Safa; Mahasin" weapon=ARTILLERY actor="Rapid Support Forces" site="al-Thawra" date=2024-08-14 basis=WITNESSED incident=sd-elfasher-20240814-thawra-takaya
@@claim c2 harm=INJURED min=21 max=null named="Hussein" weapon=ARTILLERY actor="Rapid Support Forces" site="al-Thawra" date=2024-08-14 basis=WITNESSED incident=sd-elfasher-20240814-thawra-takaya
@@claim c3 harm=KILLED min=2 max=2 named="Mustafa Daoud" weapon=DRONE_STRIKE actor="Rapid Support Forces" site="El Fasher" date=2024-06-16 basis=WITNESSED incident=sd-elfasher-20240616-water-station-drone
@@claim c4 harm=KILLED min=8 max=8 weapon=ARTILLERY site="Zam Zam" date=2024-12-01..2024-12-31 basis=HEARSAY incident=sd-zamzam-20241200-market-shelling
@@claim c5 harm=KILLED min=1 max=1 weapon=SMALL_ARMS actor="Rapid Support Forces" site="Shagra" date=2025-01-01..2025-01-31 basis=WITNESSED incident=sd-shagra-20250100-road-abductions
@@claim c6 harm=MISSING min=2 max=2 actor="Rapid Support Forces" site="Shagra" date=2025-01-01..2025-01-31 basis=WITNESSED incident=sd-shagra-20250100-road-abductions
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Rapid Support Forces" site="El Fasher" date=2024-06-16 basis=WITNESSED incident=sd-elfasher-20240616-water-station-drone
