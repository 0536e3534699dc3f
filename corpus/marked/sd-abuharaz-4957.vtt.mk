WEBVTT - testimony SD-AHZ-4957

NOTE
Interview ID: SD-AHZ-4957
Date of interview: 2024-06-03
Place of interview: Kassala, a school used as a shelter
Language: Arabic (Sudanese), English voice-over by the interpreter
Witness: Hawaa Abdelbagi Musa, 38, from Abu Haraz, Gezira

c001
00:00:01.000 --> 00:00:05.600
<v Interviewer>Thank you for coming, [[Hawaa|PERSON]]. You are from [[Abu Haraz|PLACE]]?

c002
00:00:06.200 --> 00:00:12.800
<v Hawaa Abdelbagi Musa>From [[Abu Harraz|PLACE:Abu Haraz]], yes. The village of the sheikhs, near [[Madani|PLACE:Wad Madani]].
My husband [[Babiker|PERSON]] sells vegetables in the market of the village.

c003
00:00:13.400 --> 00:00:18.900
<v Interviewer>Can you tell me about the day [[the Rapid Support|ACTOR:Rapid Support Forces]] came?

c004
00:00:19.500 --> 00:00:27.100
<v Hawaa Abdelbagi Musa>It was [[a Friday|DATE:2024-02-09]], in [[Shaaban|DATE:2024-02-11..2024-03-10]]. [[The 9th of February|DATE:2024-02-09]], I think,
or [[the Friday after|DATE:2024-02-16]], I am not sure. The men were at the mosque.

c005
00:00:27.700 --> 00:00:34.300
<v Hawaa Abdelbagi Musa>We heard the cars and the [[gunfire|WEAPON:SMALL_ARMS]] from the side of the road.
My son [[Musab|PERSON]] said, mama, the [[Daam|ACTOR:Rapid Support Forces]], and he ran out the back.

c006
00:00:34.900 --> 00:00:41.600
<v Hawaa Abdelbagi Musa>{{c1|[[Musab|PERSON]]. Seventeen. He ran to the fields, to the sugar cane.
Since [[that Friday|DATE:2024-02-09]] I have not seen him. Nobody has seen him.}}

c007
00:00:42.200 --> 00:00:46.000
<v Interviewer>I'm very sorry.

c008
00:00:46.600 --> 00:00:51.900
<v Hawaa Abdelbagi Musa>[crying] Some say he is with them, they took the boys to fight.
Some say he is in [[Gedaref|PLACE]]. I ask everybody.

c009
00:00:52.500 --> 00:00:59.800
<v Hawaa Abdelbagi Musa>{{c2|Three of them came into our house. They took my gold, the phone of [[Babiker|PERSON]],
the sack of sugar.}} {{c3|One hit [[Babiker|PERSON]] in the mouth with his fist, his front tooth broke.}}

c010
00:01:00.400 --> 00:01:06.100
<v Hawaa Abdelbagi Musa>{{c2|When they went out they put fire in the kitchen, the room of straw.
It burned in five minutes.}}

c011
00:01:06.700 --> 00:01:10.800
<v Interviewer>Did you see what happened at the mosque?

c012
00:01:11.400 --> 00:01:18.300
<v Hawaa Abdelbagi Musa>No. The women told me. {{c5|They said the [[Daam|ACTOR:Rapid Support Forces]] shot the men at the door of the mosque,
[[Awad Alla|PERSON]], the brother of [[Elnour|PERSON]], was the first to fall. He did not get up.}}

c013
00:01:18.900 --> 00:01:24.500
<v Hawaa Abdelbagi Musa>{{c6|The people said thirty died, more than thirty.}}
I did not count. I did not go to the graves, I was looking for my son.

c014
00:01:25.100 --> 00:01:32.400
<v Hawaa Abdelbagi Musa>{{c7|Radio Dabanga said twenty-six were killed in [[Abu Haraz|PLACE]] by [[the Rapid Support|ACTOR:Rapid Support Forces]].}}
My brother heard it in [[Kassala|PLACE]] and called me, crying, he thought we were dead.

c015
00:01:33.000 --> 00:01:37.900
<v Interviewer>Was there fighting with [[the army|ACTOR:Sudanese Armed Forces]] in the village?

c016
00:01:38.500 --> 00:01:45.200
<v Hawaa Abdelbagi Musa>No. No [[army|ACTOR:Sudanese Armed Forces]]. [[The army|ACTOR:Sudanese Armed Forces]] was not in [[Abu Haraz|PLACE]], they left before, in [[December|DATE:2023-12-01..2023-12-31]].
Nobody shot at them from our village.

c017
00:01:45.800 --> 00:01:49.600
<v Interviewer>When did you leave?

c018
00:01:50.200 --> 00:01:58.400
<v Hawaa Abdelbagi Musa>{{c8|[[The Tuesday after|DATE:2024-02-13]]. The whole village left, walking to the east,
the donkeys with the old women on top.}}

c019
00:01:59.000 --> 00:02:06.700
<v Hawaa Abdelbagi Musa>{{c9|Me, [[Babiker|PERSON]], my three daughters. We left [[Musab|PERSON]]'s clothes with the neighbour, in case.}}
Then a lorry from [[al-Fao|PLACE]] to [[Kassala|PLACE]].

c020
00:02:07.300 --> 00:02:12.700
<v Interpreter>She says "in case he comes back". She wants the clothes to wait for him.

c021
00:02:13.300 --> 00:02:17.400
<v Interviewer>Has anything happened to your family since, here in [[Kassala|PLACE]]?

c022
00:02:18.000 --> 00:02:24.900
<v Hawaa Abdelbagi Musa>Here it is quiet. There is no [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] in [[Kassala|PLACE]], thanks to God.
Only the rent, and the waiting.

c023
00:02:25.500 --> 00:02:29.200
<v Interviewer>Thank you, [[Hawaa|PERSON]].
@@witness sd-abuharaz-hawaa-abdelbagi-musa
@@claim c1 harm=MISSING min=1 max=1 named="Musab" site="Abu Harraz" date=2024-02-09 basis=EXPERIENCED incident=sd-abuharaz-20240216-friday-rsf-raid
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null actor="Rapid Support Forces" site="Abu Harraz" date=2024-02-09 basis=EXPERIENCED incident=sd-abuharaz-20240216-friday-rsf-raid
@@claim c3 harm=INJURED min=1 max=1 named="Babiker" actor="Rapid Support Forces" site="Abu Harraz" date=2024-02-09 basis=WITNESSED incident=sd-abuharaz-20240216-friday-rsf-raid
@@claim c5 harm=KILLED min=1 max=null named="Awad Alla" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Abu Harraz" date=2024-02-09 basis=HEARSAY incident=sd-abuharaz-20240216-friday-rsf-raid
@@claim c6 harm=KILLED min=31 max=null actor="Rapid Support Forces" site="Abu Harraz" date=2024-02-09 basis=HEARSAY incident=sd-abuharaz-20240216-friday-rsf-raid
@@claim c7 harm=KILLED min=26 max=26 actor="Rapid Support Forces" site="Abu Haraz" date=2024-02-09 basis=REPORTED incident=sd-abuharaz-20240216-friday-rsf-raid
@@claim c8 harm=DISPLACED min=null max=null site="Abu Harraz" date=2024-02-13 basis=WITNESSED incident=sd-abuharaz-20240220-village-exodus
@@claim c9 harm=DISPLACED min=5 max=5 named="Babiker" site="Abu Harraz" date=2024-02-13 basis=EXPERIENCED incident=sd-abuharaz-20240220-village-exodus
