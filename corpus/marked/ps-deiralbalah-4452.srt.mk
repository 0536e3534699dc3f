1
00:00:00,800 --> 00:00:04,600
INTERVIEWER: We can start. Your name, please,
and where you are now.

2
00:00:05,200 --> 00:00:10,900
WITNESS: [[Ramzi Abu Shanab|PERSON]], forty-one.
Now in [[Deir al-Balah|PLACE]], near the [[al-Aqsa hospital|PLACE]], in a tent.

3
00:00:11,500 --> 00:00:16,200
Before, [[Nusairat|PLACE:Nuseirat]] camp, all my life.
I had a shop for mobile phones on the main street.

4
00:00:16,900 --> 00:00:21,800
INTERVIEWER: You were a neighbour
of the [[Abu Amsha|PERSON]] family?

5
00:00:22,400 --> 00:00:27,300
WITNESS: The wall of my house is their wall.
[[Adnan Abu Amsha|PERSON]], [[Abu Hatem|PERSON]], we grew up together.

6
00:00:27,900 --> 00:00:33,400
It was [[the night of the Wednesday|DATE:2023-12-13]],
I think [[the 13th|DATE:2023-12-13]], maybe [[the 14th|DATE:2023-12-14]], the days are all one day now.

7
00:00:34,000 --> 00:00:38,700
- Did you hear aircraft before?
- The drones all the time. [[The F-16|WEAPON:AIRSTRIKE]], no, it comes with no sound.

8
00:00:39,300 --> 00:00:44,900
{{c1|Then everything was white, and dust, and the house
of [[Abu Hatem|PERSON]] was not there anymore, three floors, all down.}}

9
00:00:45,500 --> 00:00:50,300
{{c2|Half of my house went with it.
The wall, the stairs, the shop, there is nothing left of the shop.}}

10
00:00:50,900 --> 00:00:57,200
{{c3|We took out nine with our hands, nine,
[[Abu Hatem|PERSON]] and his wife and his mother and the children of [[Hatem|PERSON]].}}

11
00:00:57,800 --> 00:01:02,400
{{c4|Some people say fourteen died in that house,
because there were guests from [[Beit Lahia|PLACE]] staying with them.}}

12
00:01:03,000 --> 00:01:07,100
I counted nine. I will not say fourteen.
I did not see fourteen.

13
00:01:07,700 --> 00:01:11,600
INTERVIEWER: Were there fighters in the house,
or a reason you know of?

14
00:01:12,200 --> 00:01:17,800
WITNESS: No. [[Abu Hatem|PERSON]] sells vegetables.
Nobody from [[the resistance|ACTOR:Palestinian armed groups]] was there, I swear on my children.

15
00:01:18,400 --> 00:01:22,000
[pause]

16
00:01:22,600 --> 00:01:28,300
{{c5|[[Hatem|PERSON]] himself we found alive.
His legs, they took one leg in [[al-Awda|PLACE:al-Awda hospital]], the right one.}}

17
00:01:28,900 --> 00:01:33,000
INTERVIEWER: And your own family,
was anyone hurt [[that night|DATE:2023-12-13]]?

18
00:01:33,600 --> 00:01:39,100
WITNESS: {{c6|My daughter [[Rahaf|PERSON]], the glass went into her face.
Small pieces. The doctor took them out one by one.}}

19
00:01:39,700 --> 00:01:44,200
{{c7|[[After one week|DATE:2023-12-20..2023-12-21]] we left [[al-Nuseirat|PLACE:Nuseirat]]
and walked to [[Deir al-Balah|PLACE]], because our house had no wall.}}

20
00:01:44,800 --> 00:01:49,600
INTERVIEWER: You mentioned your brother-in-law
when we spoke by phone.

21
00:01:50,200 --> 00:01:55,900
WITNESS: Yes, [[Hisham Kuhail|PERSON]]. In [[February|DATE:2024-02-01..2024-02-29]]
he wanted to go back north to see his father.

22
00:01:56,500 --> 00:02:02,300
{{c8|Near the [[Wadi Gaza|PLACE]] bridge the [[sniper|WEAPON:SMALL_ARMS]] shot him in the hip.
He walks with a stick since then.}}

23
00:02:02,900 --> 00:02:07,100
He did not reach his father.
His father is still in [[Gaza|PLACE:Gaza City]], we have no news.

24
00:02:07,700 --> 00:02:12,400
INTERVIEWER: Did anything happen here,
in [[Deir al-Balah|PLACE]]?

25
00:02:13,000 --> 00:02:18,600
WITNESS: In [[March|DATE:2024-03-01..2024-03-31]], [[the first days of Ramadan|DATE:2024-03-11..2024-03-15]].
The house of the [[Kuhail|PERSON]] cousins, behind the market.

26
00:02:19,200 --> 00:02:24,700
First [[the zanana|WEAPON:DRONE_STRIKE]] fired a small [[missile|WEAPON:MISSILE]] on the roof,
like a knock on the door, you understand.

27
00:02:25,300 --> 00:02:29,900
Everybody ran out, the street ran out.
{{c9|[[After ten minutes|DATE:2024-03-11..2024-03-15]] [[the F-16|WEAPON:AIRSTRIKE]] came,
and the house is just a hole now.}}

28
00:02:30,500 --> 00:02:35,300
That time nobody was inside.
Nobody died in that house, thank God, only the house.

29
00:02:35,900 --> 00:02:40,100
INTERVIEWER: Thank you, [[Ramzi|PERSON]].
Is there something you want to add?

30
00:02:40,700 --> 00:02:46,900
WITNESS: Write the name of [[Abu Hatem|PERSON]], [[Adnan|PERSON]].
He was a good man. That is all.
@@witness ps-nuseirat-ramzi-abu-shanab
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Nusairat" date=2023-12-13..2023-12-14 basis=WITNESSED incident=ps-nuseirat-20231214-abu-amsha-house
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Nusairat" date=2023-12-13..2023-12-14 basis=EXPERIENCED incident=ps-nuseirat-20231214-abu-amsha-house
@@claim c3 harm=KILLED min=9 max=9 named="Abu Hatem" weapon=AIRSTRIKE site="Nusairat" date=2023-12-13..2023-12-14 basis=WITNESSED incident=ps-nuseirat-20231214-abu-amsha-house
@@claim c4 harm=KILLED min=14 max=14 weapon=AIRSTRIKE site="Nusairat" date=2023-12-13..2023-12-14 basis=HEARSAY incident=ps-nuseirat-20231214-abu-amsha-house
@@claim c5 harm=INJURED min=1 max=1 named="Hatem" weapon=AIRSTRIKE site="Nusairat" date=2023-12-13..2023-12-14 basis=WITNESSED incident=ps-nuseirat-20231214-abu-amsha-house
@@claim c6 harm=INJURED min=1 max=1 named="Rahaf" weapon=AIRSTRIKE site="Nusairat" date=2023-12-13..2023-12-14 basis=WITNESSED incident=ps-nuseirat-20231214-abu-amsha-house
@@claim c7 harm=DISPLACED min=null max=null site="al-Nuseirat" date=2023-12-20..2023-12-21 basis=EXPERIENCED incident=ps-nuseirat-20231220-abu-shanab-family-to-deiralbalah
@@claim c8 harm=INJURED min=1 max=1 named="Hisham Kuhail" weapon=SMALL_ARMS site="Wadi Gaza" date=2024-02-01..2024-02-29 basis=HEARSAY incident=ps-wadigaza-20240200-bridge-sniper-kuhail
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Deir al-Balah" date=2024-03-11..2024-03-15 basis=WITNESSED incident=ps-deiralbalah-20240300-kuhail-house-roof-knock
