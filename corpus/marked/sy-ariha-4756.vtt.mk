WEBVTT

NOTE
Interview ARH-4756, recorded 2020-05-18 in Idlib city.
Arabic, interpreted into English. Interviewer: Moyra Keane.
The witness asked that her face not be filmed; audio only.

c001
00:00:02.000 --> 00:00:06.000
<v Interviewer>Could you tell me your name and what you do?

c002
00:00:06.500 --> 00:00:13.200
<v Rawaa>[[Rawaa Sweid|PERSON]]. I am a pharmacist. I had my pharmacy in [[Ariha|PLACE]], on [[Thawra street|PLACE:al-Thawra street]], in the middle, near the big mosque.

c003
00:00:13.600 --> 00:00:21.000
<v Rawaa>In [[January|DATE:2020-01-01..2020-01-31]] the town was full. The people of [[Maarat al-Nouman|PLACE:Maarat al-Numan]] and [[Kafranbel|PLACE]] came, every house had two, three families. My sister came from [[Saraqeb|PLACE:Saraqib]] with her five children.

c004
00:00:21.400 --> 00:00:28.000
<v Rawaa>I opened the pharmacy at eight and closed when the medicine finished. People asked me for medicine for the children, for the cold, and I had nothing.

c005
00:00:28.500 --> 00:00:32.000
<v Interviewer>You wanted to tell me about the day of the bread.

c006
00:00:32.400 --> 00:00:39.600
<v Rawaa>Yes. [[The fourth of the second month|DATE:2020-02-04]]. [[Tuesday|DATE:2020-02-04]]. [[Around eleven and a half|DATE:2020-02-04]], the car that gives the bread was in the street, and the people in a line, long, maybe sixty people.

c007
00:00:40.000 --> 00:00:47.500
<v Rawaa>{{c1|I heard the [[rocket|WEAPON:CLUSTER_MUNITION]] come, then a lot of small explosions, many many, on the street, on the roofs, like firecrackers. The [[cluster bombs|WEAPON:CLUSTER_MUNITION]].}}

c008
00:00:47.900 --> 00:00:55.000
<v Rawaa>{{c2|The glass of my pharmacy came down, all of it, and the shelves. I was behind the counter, nothing touched me.}}

c009
00:00:55.400 --> 00:01:03.200
<v Rawaa>{{c3|Then they started to bring the wounded into the pharmacy, because it was the nearest door. I bandaged, I counted after, fourteen people, on the floor, between the glass.}}

c010
00:01:03.600 --> 00:01:10.000
<v Rawaa>{{c4|The man of the bread car, [[Ahmad Qurbi|PERSON]], [[Abu Nizar|PERSON]], he was martyred there, next to his car. I saw him, I could not do anything for him.}}

c011
00:01:10.400 --> 00:01:13.000
<v Interviewer>How many people were killed, do you know?

c012
00:01:13.400 --> 00:01:20.800
<v Rawaa>{{c5|Eight. [[After the maghrib|DATE:2020-02-04]] they read the names in the big mosque, eight names, two of them children of the displaced people.}}

c013
00:01:21.200 --> 00:01:27.000
<v Rawaa>{{c8|Some people said ten, but I trust the mosque.}} They have the names.

c014
00:01:27.400 --> 00:01:32.000
<v Interviewer>Who do you think fired the [[rockets|WEAPON:CLUSTER_MUNITION]]?

c015
00:01:32.400 --> 00:01:39.000
<v Rawaa>They came from the south, from the side of [[the regime|ACTOR:Syrian government forces]]. Everybody says the [[Russian|ACTOR:Russian forces]] [[rockets|WEAPON:CLUSTER_MUNITION]]. I am not a soldier, I don't know the difference.

c016
00:01:39.400 --> 00:01:46.600
<v Rawaa>And after this, the [[small bombs|WEAPON:CLUSTER_MUNITION]] that did not explode stayed in the street, in the gutters, on the balconies.

c017
00:01:47.000 --> 00:01:55.400
<v Rawaa>{{c6|[[Three days after|DATE:2020-02-07]], the son of our neighbour, [[Mouaz|PERSON]], nine years, he found one near the bread place, by the wall, and he played with it. It exploded in his hands.}}

c018
00:01:55.800 --> 00:02:01.000
<v Rawaa>{{c6|He lost three fingers and his eye, the left one. I ran when I heard, I saw him with his father, full of blood.}}

c019
00:02:01.400 --> 00:02:04.000
<v Interviewer>I'm so sorry.

c020
00:02:04.400 --> 00:02:11.600
<v Rawaa>Then the civil defence came and took away more than thirty of them from our street alone. Nobody else was hurt from them, thanks God.

c021
00:02:12.000 --> 00:02:16.000
<v Interviewer>Before this, had you had problems with any of the armed groups?

c022
00:02:16.400 --> 00:02:24.800
<v Rawaa>{{c7|My brother [[Wael|PERSON]]. In [[November|DATE:2019-11-01..2019-11-30]], the [[Hay'a|ACTOR:Hayat Tahrir al-Sham]], [[Tahrir al-Sham|ACTOR:Hayat Tahrir al-Sham]], took him from his shop, because he wrote something on Facebook about the prices.}}

c023
00:02:25.200 --> 00:02:31.000
<v Rawaa>{{c7|Seventeen days in their prison in [[Idlib|PLACE]]. Then they let him go. He does not speak about it.}}

c024
00:02:31.400 --> 00:02:38.000
<v Interviewer>And you are in [[Idlib|PLACE]] city now. When did you leave [[Ariha|PLACE]]?

c025
00:02:38.400 --> 00:02:45.600
<v Rawaa>We did not leave, not really. In [[March|DATE:2020-03-01..2020-03-31]], with the ceasefire, I came here to work in a bigger pharmacy, and my mother stayed in [[Ariha|PLACE]].

c026
00:02:46.000 --> 00:02:53.000
<v Rawaa>On the radios of [[the regime|ACTOR:Syrian government forces]] they said they will make [[Ariha|PLACE]] like [[Maara|PLACE:Maarat al-Numan]]. If they do it, we will have nowhere. After [[Ariha|PLACE]] there is only the border.
@@witness sy-ariha-rawaa-sweid
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="Thawra street" date=2020-02-04 basis=WITNESSED incident=sy-ariha-20200204-thawra-street-bread-cluster
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="Thawra street" date=2020-02-04 basis=EXPERIENCED incident=sy-ariha-20200204-thawra-street-bread-cluster
@@claim c3 harm=INJURED min=14 max=14 weapon=CLUSTER_MUNITION site="Thawra street" date=2020-02-04 basis=WITNESSED incident=sy-ariha-20200204-thawra-street-bread-cluster
@@claim c4 harm=KILLED min=1 max=1 named="Ahmad Qurbi" weapon=CLUSTER_MUNITION site="Thawra street" date=2020-02-04 basis=WITNESSED incident=sy-ariha-20200204-thawra-street-bread-cluster
@@claim c5 harm=KILLED min=8 max=8 weapon=CLUSTER_MUNITION site="Thawra street" date=2020-02-04 basis=REPORTED incident=sy-ariha-20200204-thawra-street-bread-cluster
@@claim c6 harm=INJURED min=1 max=1 named="Mouaz" weapon=CLUSTER_MUNITION site="Thawra street" date=2020-02-07 basis=WITNESSED incident=sy-ariha-20200207-thawra-street-mouaz-bomblet
@@claim c7 harm=DETAINED min=1 max=1 named="Wael" actor="Hayat Tahrir al-Sham" site="Ariha" date=2019-11-01..2019-11-30 basis=HEARSAY incident=sy-ariha-20191100-wael-sweid-hts-detention
@@claim c8 harm=KILLED min=10 max=10 weapon=CLUSTER_MUNITION site="Thawra street" date=2020-02-04 basis=HEARSAY incident=sy-ariha-20200204-thawra-street-bread-cluster
