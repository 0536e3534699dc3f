WEBVTT - SD-GZR-904

NOTE
Interview ID: SD-GZR-904
Date of interview: 2 November 2024
Place of interview: Gedaref town
Language: Sudanese Arabic, English captions by the interpreter

c01
00:00:01.000 --> 00:00:06.000
<v Interviewer>[[Rasha|PERSON]], you told our colleague you were in [[Wad Alnoura|PLACE:Wad al-Noura]] in [[June|DATE:2024-06-01..2024-06-30]].

c02
00:00:06.800 --> 00:00:12.500
<v Rasha>Yes, I was married there, my husband's family is from there. I am from [[Tamboul|PLACE]] originally.

c03
00:00:13.200 --> 00:00:19.000
<v Rasha>It was [[the Tuesday or the Wednesday|DATE:2024-06-04..2024-06-05]], [[the 4th or 5th of June|DATE:2024-06-04..2024-06-05]]. I think [[Wednesday|DATE]].

c04
00:00:19.800 --> 00:00:27.300
<v Rasha>The [[Janjaweed|ACTOR:Rapid Support Forces]] came at [[the time of the morning tea|DATE:2024-06-05]]. We heard the [[big guns|WEAPON:ARTILLERY]] first, then the [[shooting|WEAPON:SMALL_ARMS]] everywhere.

c05
00:00:28.000 --> 00:00:33.400
<v Interviewer>Where were you, in the house?

c06
00:00:34.100 --> 00:00:41.000
<v Rasha>In the house, under the bed with my children, [[Amal|PERSON]] and [[Karim|PERSON]]. The [[shooting|WEAPON:SMALL_ARMS]] did not stop, one hour, two hours.

c07
00:00:41.800 --> 00:00:49.500
<v Rasha>{{c1|They came into our house and took my husband, [[Tariq Hamad|PERSON]], and his brother [[Mujahid|PERSON]]. They shot them at the door, I heard it, I did not see.}}

c08
00:00:50.200 --> 00:00:53.900
<v Rasha>[crying]

c09
00:00:54.600 --> 00:01:01.200
<v Interviewer>I'm so sorry. We can stop whenever you want.
<v Rasha>No, I want to say it. For them.

c10
00:01:02.000 --> 00:01:09.800
<v Rasha>{{c2|After, the committee of the village wrote the names. They said 104 martyrs on the list.}} {{c3|And many wounded, maybe two hundred.}}

c11
00:01:10.500 --> 00:01:16.000
<v Interviewer>Did you see the bodies yourself?

c12
00:01:16.800 --> 00:01:23.700
<v Rasha>{{c4|I saw in our street, six or seven, the men of the street, lying there until the afternoon.}}

c13
00:01:24.400 --> 00:01:31.000
<v Rasha>The people said [[the army|ACTOR:Sudanese Armed Forces]] would come to save us. They did not come. If they had come, maybe my husband would be alive.

c14
00:01:31.800 --> 00:01:37.200
<v Interviewer>Where did you go after [[Wad al-Noura|PLACE]]?

c15
00:01:38.000 --> 00:01:45.600
<v Rasha>{{c5|To my family in [[Tambool|PLACE:Tamboul]], with the children, [[two days later|DATE:2024-06-07]].}} We thought it was far from the trouble.

c16
00:01:46.300 --> 00:01:53.800
<v Rasha>But in [[September|DATE:2024-09-01..2024-09-30]], [[the planes|WEAPON:AIRSTRIKE]] came to [[Tamboul|PLACE]], [[the planes|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]], because the [[RSF|ACTOR:Rapid Support Forces]] was inside.

c17
00:01:54.500 --> 00:02:02.000
<v Rasha>{{c6|They dropped [[bombs|WEAPON:AIRSTRIKE]] near the market. My uncle [[Elnour Abdalla|PERSON]] died there, and a boy who sold water.}}

c18
00:02:02.800 --> 00:02:08.600
<v Interviewer>Did you see that?

c19
00:02:09.300 --> 00:02:16.000
<v Rasha>No, I was at home, I heard it, the house shook. My cousin saw, she told me.

c20
00:02:16.700 --> 00:02:23.500
<v Rasha>{{c7|Then we left again, to here, to [[Gedaref|PLACE]]. Three times we moved [[this year|DATE]].}} Nobody knows where to be safe.

c21
00:02:24.200 --> 00:02:30.600
<v Interviewer>The other people from your husband's family, where are they now?

c22
00:02:31.300 --> 00:02:39.000
<v Rasha>His mother, [[Umm Tariq|PERSON]], she is with us. His sister [[Ikhlas|PERSON]] went to [[Sennar|PLACE]].

c23
00:02:39.700 --> 00:02:47.400
<v Rasha>{{c8|His cousin [[Moawia Hamad|PERSON]] was taken by them [[that day|DATE:2024-06-05]] in [[Wad al-Noura|PLACE]], with the young men.}}

c24
00:02:48.100 --> 00:02:53.000
<v Rasha>Until now, nothing. Not a phone call, nothing.
@@witness sd-gezira-rasha-tariq
@@claim c1 harm=KILLED min=2 max=2 named="Tariq Hamad; Mujahid" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Wad Alnoura" date=2024-06-05 basis=WITNESSED incident=sd-wadalnoura-20240605-village-attack
@@claim c2 harm=KILLED min=104 max=104 actor="Rapid Support Forces" site="Wad Alnoura" date=2024-06-05 basis=REPORTED incident=sd-wadalnoura-20240605-village-attack
@@claim c3 harm=INJURED min=200 max=200 actor="Rapid Support Forces" site="Wad Alnoura" date=2024-06-05 basis=REPORTED incident=sd-wadalnoura-20240605-village-attack
@@claim c4 harm=KILLED min=6 max=7 actor="Rapid Support Forces" site="Wad Alnoura" date=2024-06-05 basis=WITNESSED incident=sd-wadalnoura-20240605-village-attack
@@claim c5 harm=DISPLACED min=3 max=3 site="Wad al-Noura" date=2024-06-07 basis=EXPERIENCED incident=sd-wadalnoura-20240605-village-attack
@@claim c6 harm=KILLED min=2 max=2 named="Elnour Abdalla" weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Tamboul" date=2024-09-01..2024-09-30 basis=HEARSAY incident=sd-tamboul-20240914-market-airstrike
@@claim c7 harm=DISPLACED min=3 max=3 site="Tamboul" date=2024-09-01..2024-09-30 basis=EXPERIENCED incident=sd-tamboul-20240914-market-airstrike
@@claim c8 harm=DETAINED min=1 max=1 named="Moawia Hamad" actor="Rapid Support Forces" site="Wad al-Noura" date=2024-06-05 basis=HEARSAY incident=sd-wadalnoura-20240605-village-attack
