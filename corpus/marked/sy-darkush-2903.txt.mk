Interview ID: IDL-2903
Date: 2024-04-17
Location: [[Armanaz|PLACE]], [[Idlib|PLACE]]
Language: Arabic
Interviewer: [[Tom Hale|PERSON]]
Interpreter: [[Rima Haddad|PERSON]]
[transcript of audio, timestamps from the recorder]

[00:00:08] Q: Please, your name and where you are from.
[00:00:14] A: [[Abdulrahman Kassar|PERSON]]. People call me [[Abu Hamza|PERSON]]. From [[Darkush|PLACE]], [[Darkoush|PLACE:Darkush]], on the river. I have a small farm, olives and a greenhouse for tomatoes, and my sons help me.
[00:00:41] Q: You told me on the phone about [[October|DATE:2023-10-01..2023-10-31]].
[00:00:46] A: Yes. [[The 5th of October|DATE:2023-10-05]], [[last year|DATE:2023-01-01..2023-12-31]]. It was [[the same day|DATE:2023-10-05]], eh, something happened in [[Homs|PLACE]], and [[the regime|ACTOR:Syrian government forces]] answered on us, on all the villages. It was in [[the afternoon|DATE:2023-10-05]], [[after the asr|DATE:2023-10-05]].
[00:01:10] A: {{c1|The [[Grad|WEAPON:ROCKET]], many, twenty or thirty, like rain. I was in the greenhouse, I saw them fall on the other bank and then on our side. The greenhouse was torn apart, the plastic, the iron, everything on the ground.}}
[00:01:32] Q: Was anyone hurt?
[00:01:35] A: {{c2|My son [[Bilal|PERSON]], he was hit in the back, shrapnel, he was with me between the rows.}} He is fine now, he walks. {{c3|And in the village, three people were killed, I know two of them, [[Khaled al-Ali|PERSON]], a teacher, and a girl, [[Salam|PERSON]], she was seven.}} [pause] Seven years.
[00:02:01] Q: Who fired the [[rockets|WEAPON:ROCKET]]?
[00:02:04] A: [[The regime|ACTOR:Syrian government forces]], [[Assad's army|ACTOR:Syrian government forces]], from [[Jurin|PLACE]] side, from the plain. Everyone knows where they fire from. There are no fighters inside [[Darkush|PLACE]], nobody was shooting from our village [[that day|DATE:2023-10-05]].
[00:02:30] INTERPRETER: {{c1|He says also the mosque was hit, the small one near the bridge.}}
[00:02:36] A: {{c4|[[Jamea al-Noor|PLACE]], the roof of the mosque came down, half of it.}} Nour, light, this is its name. [laughs]
[00:02:52] Q: What happened after?
[00:02:55] A: {{c5|[[That night|DATE:2023-10-05]] we slept in the olive trees, and [[the next morning|DATE:2023-10-06]] we went to [[Armanaz|PLACE]] to my wife's family, all eight of us.}} We stayed one month. The [[shelling|WEAPON:ARTILLERY]] continued on [[Jisr al-Shughur|PLACE]] every day, we heard it from here.
[00:03:20] Q: Did you hear of anything on [[Jisr al-Shughur|PLACE]]?
[00:03:24] A: {{c6|My cousin [[Mahmoud|PERSON]] lives in [[Jisr al-Shugur|PLACE:Jisr al-Shughur]]. He called me in [[November|DATE:2023-11-01..2023-11-30]], he said they threw the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] on the edge of the town, near the olive press, and two children were wounded picking up the small [[bomblets|WEAPON:CLUSTER_MUNITION]] [[the day after|DATE:2023-11-01..2023-11-30]].}} {{c7|He said also the olive press was gutted.}} I did not see this, I was not there.
[00:03:58] Q: And [[this year|DATE:2024-01-01..2024-04-17]], [[2024|DATE:2024-01-01..2024-04-17]]?
[00:04:02] A: [[This year|DATE:2024-01-01..2024-04-17]] it is [[drones|WEAPON:DRONE_STRIKE]]. [[Suicide drones|WEAPON:DRONE_STRIKE]]. They follow cars on the road.
[00:04:10] A: [[Two weeks before Ramadan|DATE:2024-02-25..2024-02-26]], I think, my neighbour [[Ziad Hamwi|PERSON]] was driving his pickup from [[Darkush|PLACE]] to the market, and a [[drone|WEAPON:DRONE_STRIKE]] came on the pickup. I saw it from the road, I was behind him with the motorcycle. {{c8|The pickup burned, completely black.}} {{c9|[[Ziad|PERSON]], thank God, he jumped out, only burns on his arms.}}
[00:04:44] Q: Did anyone else threaten you, not [[the regime|ACTOR:Syrian government forces]]?
[00:04:48] A: [pause] Also [[HTS|ACTOR:Hayat Tahrir al-Sham]]. {{c10|My nephew [[Yamen|PERSON]], he wrote something on Facebook about the prices, the bread. In [[January|DATE:2024-01-01..2024-01-31]] they came at [[night|DATE:2024-01-01..2024-01-31]], the security men of [[HTS|ACTOR:Hayat Tahrir al-Sham]], and they took him from his house. They held him in a basement for five weeks.}} He came out, he doesn't talk now. Me, they called me once to their office, they asked about him for an hour, they let me go [[the same day|DATE]]. Nothing.
[00:05:22] Q: Is there something you want to add?
[00:05:25] A: Only that I want the greenhouse again. It was my life. [[Bilal|PERSON]] says we will build it. Inshallah.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Syrian government forces" site="Darkush" date=2023-10-05 basis=WITNESSED incident=sy-darkush-20231005-grad-rockets
@@claim c2 harm=INJURED min=1 max=1 named="Bilal" weapon=ROCKET actor="Syrian government forces" site="Darkush" date=2023-10-05 basis=WITNESSED incident=sy-darkush-20231005-grad-rockets
@@claim c3 harm=KILLED min=3 max=3 named="Khaled al-Ali; Salam" weapon=ROCKET actor="Syrian government forces" site="Darkush" date=2023-10-05 basis=WITNESSED incident=sy-darkush-20231005-grad-rockets
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Syrian government forces" site="Jamea al-Noor" date=2023-10-05 basis=WITNESSED incident=sy-darkush-20231005-grad-rockets
@@claim c5 harm=DISPLACED min=8 max=8 site="Darkush" date=2023-10-05..2023-10-06 basis=EXPERIENCED incident=sy-darkush-20231005-kassar-family-flight
@@claim c6 harm=INJURED min=2 max=2 weapon=CLUSTER_MUNITION site="Jisr al-Shugur" date=2023-11-01..2023-11-30 basis=HEARSAY incident=sy-jisralshughur-20231100-olive-press-cluster
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="Jisr al-Shugur" date=2023-11-01..2023-11-30 basis=HEARSAY incident=sy-jisralshughur-20231100-olive-press-cluster
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Darkush" date=2024-02-25..2024-02-26 basis=WITNESSED incident=sy-darkush-20240200-hamwi-pickup-drone
@@claim c9 harm=INJURED min=1 max=1 named="Ziad" weapon=DRONE_STRIKE site="Darkush" date=2024-02-25..2024-02-26 basis=WITNESSED incident=sy-darkush-20240200-hamwi-pickup-drone
@@claim c10 harm=DETAINED min=1 max=1 named="Yamen" actor="Hayat Tahrir al-Sham" date=2024-01-01..2024-01-31 basis=HEARSAY incident=sy-darkush-20240100-yamen-detained
@@witness sy-darkush-abdulrahman-kassar
