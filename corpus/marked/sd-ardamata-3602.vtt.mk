WEBVTT - SD-ARD-3602

NOTE
Recorded 11 March 2024 in Ourang, Adre, Chad. Arabic with an interpreter.
The witness asked that his village name is not written. Audio cuts at 00:04.

a01
00:00:01.000 --> 00:00:05.400
<v Interviewer>We are recording. Please tell me your name and your work.

a02
00:00:06.000 --> 00:00:13.200
<v Ibrahim Khamis>[[Ibrahim Khamis Tahir|PERSON]]. I was a medical assistant in the clinic of the camp, [[Kerending|PLACE:Krinding]], in [[Geneina|PLACE:El Geneina]].

a03
00:00:13.800 --> 00:00:18.000
<v Interviewer>You were in [[Krinding|PLACE]] when it was attacked in [[May|DATE:2023-05-01..2023-05-31]]?

a04
00:00:18.600 --> 00:00:26.900
<v Ibrahim Khamis>Yes. [[The Friday before the middle of May|DATE:2023-05-12]]. I remember because we had the vaccination day planned for the Sunday, and it never happened.

a05
00:00:27.400 --> 00:00:35.800
<v Ibrahim Khamis>They came from the west side, [[the Rapid Support|ACTOR:Rapid Support Forces]] in the cars and the militia men with them, shooting in the air first, then not in the air.

a06
00:00:36.300 --> 00:00:44.700
<v Ibrahim Khamis>{{c1|They entered the clinic. The pharmacy, the fridge of the vaccines, the beds, they carried what they wanted and they burned the rest, nothing was left of our clinic, only the walls.}}

a07
00:00:45.200 --> 00:00:48.100
<v Interviewer>Were people killed?

a08
00:00:48.700 --> 00:00:57.900
<v Ibrahim Khamis>{{c2|In [[the afternoon|DATE:2023-05-12]] we collected them behind the clinic. Twenty-two dead. I counted them myself and wrote the names I knew on a paper.}}

a09
00:00:58.400 --> 00:01:05.100
<v Ibrahim Khamis>{{c2|One was [[Fadul|PERSON]], the boy who carried water for us, he was shot in the chest by the [[machine gun|WEAPON:SMALL_ARMS]] on the car.}}

a10
00:01:05.600 --> 00:01:11.000
<v Interviewer>Some people told us it was forty killed in [[Krinding|PLACE]] [[that day|DATE:2023-05-12]].

a11
00:01:11.500 --> 00:01:19.800
<v Ibrahim Khamis>Maybe, in all the camp. I speak of what I saw. Twenty-two behind the clinic, and others were buried in the houses, I did not see them.

a12
00:01:20.300 --> 00:01:24.600
<v Interviewer>After [[Krinding|PLACE]], where did you go?

a13
00:01:25.200 --> 00:01:33.400
<v Ibrahim Khamis>{{c3|We left [[Geneina|PLACE:El Geneina]] with my wife [[Khadija|PERSON]] and our four children and came to [[Ardamata|PLACE]], near the base of [[the army|ACTOR:Sudanese Armed Forces]], in [[June|DATE:2023-06-01..2023-06-30]].}}

a14
00:01:33.900 --> 00:01:39.700
<v Ibrahim Khamis>We thought near [[the army|ACTOR:Sudanese Armed Forces]] we are safe. [laughs] You see.

a15
00:01:40.200 --> 00:01:44.800
<v Interviewer>What happened in [[Ardamata|PLACE]] in [[November|DATE:2023-11-01..2023-11-30]]?

a16
00:01:45.300 --> 00:01:52.900
<v Ibrahim Khamis>[[The first days of November|DATE:2023-11-01..2023-11-04]] there was fighting around the base, day and night, [[shells|WEAPON:ARTILLERY]] going over our roof.

a17
00:01:53.400 --> 00:02:01.600
<v Ibrahim Khamis>Then on [[the Saturday|DATE:2023-11-04]] [[the soldiers|ACTOR:Sudanese Armed Forces]] left the base, they ran, and by [[the evening|DATE:2023-11-04]] the [[RSF|ACTOR:Rapid Support Forces]] were in all the streets of [[Erdemata|PLACE:Ardamata]].

a18
00:02:02.100 --> 00:02:10.800
<v Ibrahim Khamis>{{c4|[[That night|DATE:2023-11-04]] they went from door to door. They dragged out my brother-in-law [[Musa Abdelrahman|PERSON]] and his two sons, [[Nasir|PERSON]] and [[Hamid Musa|PERSON]], I watched from a hole in the wall of the latrine.}}

a19
00:02:11.300 --> 00:02:18.400
<v Ibrahim Khamis>{{c4|They took them to the base, the old base of [[the army|ACTOR:Sudanese Armed Forces]], with many others, people said more than a hundred men were kept there.}}

a20
00:02:19.000 --> 00:02:24.800
<v Interviewer>And you? Did they find you?

a21
00:02:25.300 --> 00:02:35.100
<v Ibrahim Khamis>In [[the morning|DATE:2023-11-05]] they found me. They asked me one hour, who are you, are you a soldier. An old man from the market, an Arab, Hajj...
no, I don't give his name. He told them this one is a nurse, leave him. And they left me.

a22
00:02:35.600 --> 00:02:39.000
<v Interviewer>What happened to your brother-in-law and his sons?

a23
00:02:39.500 --> 00:02:47.400
<v Ibrahim Khamis>{{c5|[[Nasir|PERSON]] came back [[after eight days|DATE:2023-11-12]], thin like a stick, his wrists cut from the rope.}}

a24
00:02:47.900 --> 00:02:57.300
<v Ibrahim Khamis>{{c6|[[Musa|PERSON]] and [[Hamid Musa|PERSON]], we do not know. [[Nasir|PERSON]] says [[one morning|DATE]] the guards took them out with twenty others and he did not see them again.}}

a25
00:02:57.800 --> 00:03:04.100
<v Interviewer>Did anything else happen in [[Ardamata|PLACE]] after that?

a26
00:03:04.600 --> 00:03:14.000
<v Ibrahim Khamis>{{c7|[[Three days later|DATE:2023-11-07]], my neighbour [[Suad|PERSON]] told me a [[drone|WEAPON:DRONE_STRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] came for the cars at the base road and hit the house of the [[Tijani|PERSON]] family next to it, the roof fell in, two rooms.}}

a27
00:03:14.500 --> 00:03:20.400
<v Ibrahim Khamis>I did not go to see. I was hiding. She said nobody was inside, they had already gone to [[Chad|PLACE]].

a28
00:03:20.900 --> 00:03:28.600
<v Ibrahim Khamis>{{c8|We left [[the week after|DATE:2023-11-11..2023-11-18]], walking, my wife, the children and [[Nasir|PERSON]], seven of us, to [[Adre|PLACE]].}}

a29
00:03:29.100 --> 00:03:33.000
<v Interviewer>Thank you, [[Ibrahim|PERSON]]. Is there anything you want to add?

a30
00:03:33.500 --> 00:03:41.800
<v Ibrahim Khamis>The paper with the names of the twenty-two, I still have it. You can photograph it. These people had names.
@@witness sd-ardamata-ibrahim-khamis-tahir
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null actor="Rapid Support Forces" site="Kerending" date=2023-05-12 basis=WITNESSED incident=sd-geneina-20230512-krinding-camp-burning
@@claim c2 harm=KILLED min=22 max=22 named="Fadul" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Kerending" date=2023-05-12 basis=WITNESSED incident=sd-geneina-20230512-krinding-camp-burning
@@claim c3 harm=DISPLACED min=6 max=6 named="Khadija" site="Geneina" date=2023-06-01..2023-06-30 basis=EXPERIENCED incident=sd-geneina-20230600-ibrahim-tahir-family-flight
@@claim c4 harm=DETAINED min=3 max=3 named="Musa Abdelrahman; Nasir; Hamid Musa" actor="Rapid Support Forces" site="Erdemata" date=2023-11-04 basis=WITNESSED incident=sd-ardamata-20231104-house-raids-men-taken
@@claim c5 harm=INJURED min=1 max=1 named="Nasir" actor="Rapid Support Forces" site="Ardamata" date=2023-11-04..2023-11-12 basis=WITNESSED incident=sd-ardamata-20231104-house-raids-men-taken
@@claim c6 harm=MISSING min=2 max=2 named="Musa; Hamid Musa" actor="Rapid Support Forces" site="Ardamata" date=2023-11-04..2023-11-12 basis=HEARSAY incident=sd-ardamata-20231104-house-raids-men-taken
@@claim c7 harm=PROPERTY_DAMAGE min=2 max=2 weapon=DRONE_STRIKE actor="Sudanese Armed Forces" site="Ardamata" date=2023-11-07 basis=HEARSAY incident=sd-ardamata-20231107-base-road-drone
@@claim c8 harm=DISPLACED min=7 max=7 named="Nasir" site="Ardamata" date=2023-11-11..2023-11-18 basis=EXPERIENCED incident=sd-ardamata-20231100-ibrahim-tahir-family-flight
