Interview ID: ET-BDR-4859
Interview date: 2026-01-20
Location: [[Bahir Dar|PLACE]], [[Amhara|PLACE]] region
Language: Amharic, interpreted into English
Interviewer: [[Daniel Okafor|PERSON]]
Interpreter: [[Tsion Mulatu|PERSON]]

[00:00:05] Q: Thank you for coming. Can you say your name and what you did before?
[00:00:11] A: [[Zenebech Kassahun|PERSON]]. I was a cook at a hotel in [[Lalibela|PLACE]] for nine years, a small hotel, the owner is Ato [[Fasil|PERSON]]. Now I cook here in [[Bahir Dar|PLACE]], in a cafe near the lake.
[00:00:29] Q: You were in [[Lalibela|PLACE]] during the fighting in [[2023|DATE:2023-01-01..2023-12-31]]?
[00:00:33] A: Yes. [[2015|DATE:2022-09-11..2023-09-11]] in our calendar. In [[the rainy season|DATE:2023-06-01..2023-09-30]], in [[Nehase|DATE:2023-08-07..2023-09-05]]. I don't remember the day well. [[A Sunday|DATE:2023-08-13]], [[the first Sunday of Nehase|DATE:2023-08-13]], I think. Or the second. [pause] The first.
[00:00:58] Q: What happened?
[00:01:01] A: I was in the kitchen of the hotel, cutting onions. Then a loud blast, very near, the pots jumped. Then another one. Ato [[Fasil|PERSON]] shouted, everybody down, on the floor.
[00:01:19] A: We stayed on the floor maybe one hour. There was [[shooting|WEAPON:SMALL_ARMS]] also, far, on the hill.
[00:01:28] Q: Did you see where it fell?
[00:01:31] A: Not the falling. After, when it was quiet, I went out with the dishwasher girl to look, below the hotel, where the carvers are.
[00:01:44] A: {{c1,c10|The house of [[Yerga|PERSON]], the water man, was broken, the roof inside.}} {{c1|People were pulling out [[Yerga|PERSON]] and his wife. They were dead. I saw them.}}
[00:01:59] A: {{c1|And a little girl, she was dead also, I saw her under a blanket.}}
[00:02:06] Q: Do you know what kind of weapon it was?
[00:02:09] A: A [[bomb|WEAPON:EXPLOSIVE_UNSPECIFIED]]. I am a cook, I don't know these things. From the hill, the men said. [inaudible] From the side of [[the soldiers|ACTOR:Ethiopian National Defense Force]].
[00:02:22] Q: How many died there, do you know?
[00:02:25] A: {{c2|Four, maybe five, on that side, the people said. Four, I am sure.}} In the whole town, more, I don't know.
[00:02:38] Q: Was the hotel damaged?
[00:02:41] A: No. The hotel, nothing, only one window broke. Nobody at the hotel was hurt, thanks God. If the [[bomb|WEAPON:EXPLOSIVE_UNSPECIFIED]] had come fifty metres higher, we would all be in the kitchen dead.
[00:02:57] Q: When did you leave [[Lalibela|PLACE]]?
[00:03:00] A: {{c3|In [[Tikimt|DATE:2023-10-12..2023-11-10]]. No tourists, no work, the hotel closed. I took a bus to [[Bahir Dar|PLACE]] with my son [[Abel|PERSON]], he was seventeen.}} My sister [[Mekdes Kassahun|PERSON]] lives here.
[00:03:16] Q: Was it calm in [[Bahir Dar|PLACE]] when you arrived?
[00:03:19] A: Calmer. But my sister had told me on the phone, in [[Nehase|DATE:2023-08-07..2023-09-05]], about [[Bahir Dar|PLACE]] too. The fighting came here [[the first days of Nehase|DATE:2023-08-07..2023-08-10]].
[00:03:33] A: {{c4,c7|She called me and said a [[shell|WEAPON:ARTILLERY]] fell on the house of her neighbour [[Wubet Alemneh|PERSON]], near the [[Menaharia|PLACE]], the bus station, and the wall fell on the daughter of [[Wubet|PERSON]], her leg was broken.}} That was [[the 8th|DATE:2023-08-08]], I think, [[Tuesday|DATE:2023-08-08]].
[00:03:55] Q: Who was firing?
[00:03:57] A: She said [[the federal forces|ACTOR:Ethiopian National Defense Force]] from the side of the airport, because [[Fano|ACTOR:Amhara militias]] were in the town. I was not there.
[00:04:08] Q: You mentioned your son.
[00:04:10] A: [[Abel|PERSON]]. Yes. {{c5|In [[Tir|DATE:2024-01-10..2024-02-08]], [[the week after Timket|DATE:2024-01-21..2024-01-27]], [[the soldiers|ACTOR:Ethiopian National Defense Force]] stopped the bajaj he was in, at the checkpoint near the [[Papyrus hotel|PLACE]]. I was walking behind with the shopping. I saw them pull him out and put him in the truck with other boys.}}
[00:04:34] A: They said all the young men are [[Fano|ACTOR:Amhara militias]]. He is not [[Fano|ACTOR:Amhara militias]], he is a student of electricity.
[00:04:43] A: {{c5|They kept him twenty-three days. When he came back he had lost weight, and his hands were shaking.}} He does not want to speak about where they kept him.
[00:04:58] Q: Were other boys taken [[that day|DATE:2024-01-21..2024-01-27]]?
[00:05:01] A: {{c8|In the truck I saw maybe ten, twelve.}} {{c9|Some are still not back, their mothers say.}} I don't know their names.
[00:05:13] Q: Is there anything you want to add?
[00:05:15] A: Only this. In our street there was no fighting, never. But they threatened, if you hide [[Fano|ACTOR:Amhara militias]] we will burn the house. So we hide nobody, we say nothing. I am a cook. I want to cook.
@@witness et-bahirdar-zenebech-kassahun
@@claim c1 harm=KILLED min=3 max=3 named="Yerga" weapon=EXPLOSIVE_UNSPECIFIED site="Lalibela" date=2023-08-13 basis=WITNESSED incident=et-lalibela-20230813-slope-mortars
@@claim c2 harm=KILLED min=4 max=5 weapon=EXPLOSIVE_UNSPECIFIED site="Lalibela" date=2023-08-13 basis=HEARSAY incident=et-lalibela-20230813-slope-mortars
@@claim c3 harm=DISPLACED min=2 max=2 named="Abel" site="Lalibela" date=2023-10-12..2023-11-10 basis=EXPERIENCED incident=et-lalibela-20231000-zenebech-family-to-bahirdar
@@claim c4 harm=INJURED min=1 max=1 weapon=ARTILLERY actor="Ethiopian National Defense Force" site="Menaharia" date=2023-08-08 basis=HEARSAY incident=et-bahirdar-20230808-menaharia-shell-house
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Ethiopian National Defense Force" site="Menaharia" date=2023-08-08 basis=HEARSAY incident=et-bahirdar-20230808-menaharia-shell-house
@@claim c5 harm=DETAINED min=1 max=1 named="Abel" actor="Ethiopian National Defense Force" site="Papyrus hotel" date=2024-01-21..2024-01-27 basis=WITNESSED incident=et-bahirdar-20240100-papyrus-checkpoint-roundup
@@claim c8 harm=DETAINED min=10 max=12 actor="Ethiopian National Defense Force" site="Papyrus hotel" date=2024-01-21..2024-01-27 basis=WITNESSED incident=et-bahirdar-20240100-papyrus-checkpoint-roundup
@@claim c9 harm=MISSING min=null max=null actor="Ethiopian National Defense Force" site="Papyrus hotel" basis=HEARSAY incident=et-bahirdar-20240100-papyrus-checkpoint-roundup
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Lalibela" date=2023-08-13 basis=WITNESSED incident=et-lalibela-20230813-slope-mortars
