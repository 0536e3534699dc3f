WEBVTT - PS-JAB-314

NOTE
Date of interview: 12 February 2024
Place: Deir al-Balah, Gaza
Language: Arabic, interpreted to English on the recording

c01
00:00:01.500 --> 00:00:05.500
<v Interviewer>[[Jamila|PERSON]], thank you for talking to us. Where are you from?

c02
00:00:06.000 --> 00:00:12.000
<v Jamila>From [[Jabaliya|PLACE:Jabalia]] camp. Married there, twenty years.
My husband is from the [[Hamouda|PERSON]] family.

c03
00:00:12.500 --> 00:00:18.000
<v Jamila>The camp was jamila, beautiful, believe me, crowded, but beautiful.
Like my name. [laughs] Now it is gone.

c04
00:00:18.500 --> 00:00:23.500
<v Interviewer>Can you tell me what happened to the [[Hamouda|PERSON]] house?

c05
00:00:24.000 --> 00:00:30.000
<v Jamila>[[Sunday, the 22nd|DATE:2023-10-22]]. At [[maghrib|DATE]], exactly at [[the adhan|DATE]],
I remember because my mother-in-law stood up to pray.

c06
00:00:30.500 --> 00:00:36.000
<v Jamila>We were in my husband's uncle's house, the next street.
The whole world shook. Then dust, dust, you cannot breathe.

c07
00:00:36.500 --> 00:00:42.500
<v Jamila>{{c1|26 people from the [[Hamouda|PERSON]] family were killed,
26 from one family, we wrote the names on the wall of the mosque.}}

c08
00:00:43.000 --> 00:00:48.500
<v Jamila>{{c2|And others, displaced people staying with them,
nobody knows how many, some were never found.}}

c09
00:00:49.000 --> 00:00:55.000
<v Jamila>{{c1|My sister-in-law [[Asmaa|PERSON]] and her twins, [[Hala|PERSON]] and [[Hana|PERSON]],
eleven years old. The baby [[Yousef|PERSON]]. And the uncle, [[Mohammed Hamouda|PERSON]].}}

c10
00:00:55.500 --> 00:01:00.000
<v Interviewer>Did you see the building after?

c11
00:01:00.500 --> 00:01:06.000
<v Jamila>Yes, I went with my husband [[Rami|PERSON]]. {{c7|Three buildings flat.}}
The men were digging with their hands and with one small digger.

c12
00:01:06.500 --> 00:01:11.000
<v Interviewer>Someone else told us it was [[before maghrib|DATE]].
Is it possible?

c13
00:01:11.500 --> 00:01:16.500
<v Jamila>Maybe, a few minutes. The sun was going down.
For me it was [[the adhan|DATE]]. For him maybe not.

c14
00:01:17.000 --> 00:01:22.000
<v Interviewer>What was used, do you know?

c15
00:01:22.500 --> 00:01:28.500
<v Jamila>[[Bombs|WEAPON:AIRSTRIKE]] from [[the planes|WEAPON:AIRSTRIKE]], big ones. One building, one [[bomb|WEAPON:AIRSTRIKE]]?
No, I think two [[bombs|WEAPON:AIRSTRIKE]]. There were two sounds.

c16
00:01:29.000 --> 00:01:34.000
<v Interviewer>Did anything else happen in the camp [[that evening|DATE:2023-10-22]]?

c17
00:01:34.500 --> 00:01:41.000
<v Jamila>Yes. {{c8|[[One hour later|DATE:2023-10-22]], maybe less, [[the planes|WEAPON:AIRSTRIKE]] hit a house}}
in [[al-Saftawi|PLACE]], the house of the [[Abu Shanab|PERSON]] family.

c18
00:01:41.500 --> 00:01:47.500
<v Jamila>{{c3|My cousin [[Fadi|PERSON]] lives two houses from it with [[Rana|PERSON]], he told me
five died there, a man, his wife, three children.}}

c19
00:01:48.000 --> 00:01:52.500
<v Jamila>That is a different place, not the camp,
[[Saftawi|PLACE:al-Saftawi]] is more to the west.

c20
00:01:53.000 --> 00:01:58.000
<v Interviewer>When did you leave [[Jabalia|PLACE]]?

c21
00:01:58.500 --> 00:02:05.000
<v Jamila>{{c4|In [[November|DATE:2023-11-01..2023-11-30]], [[the 9th|DATE:2023-11-09]]. [[The Israeli army|ACTOR:Israeli forces]] dropped papers:
go south, go to [[Salah al-Din road|PLACE]]. We walked, all of us, fourteen people.}}

c22
00:02:05.500 --> 00:02:11.000
<v Jamila>{{c5|On the road [[the soldiers|ACTOR:Israeli forces]] took two young men from the line,
I saw it, they made them take off their clothes.}}

c23
00:02:11.500 --> 00:02:17.000
<v Jamila>We did not know them. Their mother was screaming "[[Khaled|PERSON]], [[Khaled|PERSON]]".
I do not know what happened to them.

c24
00:02:17.500 --> 00:02:23.000
<v Interviewer>And here in [[Deir al-Balah|PLACE]], is it safe?

c25
00:02:23.500 --> 00:02:29.500
<v Jamila>They said it is safe. {{c6|But [[last week|DATE:2024-02-05..2024-02-11]] [[the zanana|WEAPON:DRONE_STRIKE]]}}
{{c6,c9|hit a motorbike near the market, two men died.}}

c26
00:02:30.000 --> 00:02:35.000
<v Jamila>I did not see them, I heard the sound,
and my son saw them. Nothing is safe.
@@witness ps-jabalia-jamila-314
@@claim c1 harm=KILLED min=26 max=26 named="Asmaa; Hala; Hana; Yousef; Mohammed Hamouda" weapon=AIRSTRIKE site="Jabaliya" date=2023-10-22 basis=HEARSAY incident=ps-jabalia-20231022-hamouda-building
@@claim c2 harm=KILLED min=null max=null weapon=AIRSTRIKE site="Jabaliya" date=2023-10-22 basis=HEARSAY incident=ps-jabalia-20231022-hamouda-building
@@claim c3 harm=KILLED min=5 max=5 weapon=AIRSTRIKE site="al-Saftawi" date=2023-10-22 basis=HEARSAY incident=ps-jabalia-20231022-saftawi-abu-shanab
@@claim c4 harm=DISPLACED min=14 max=14 actor="Israeli forces" site="Jabaliya" date=2023-11-09 basis=EXPERIENCED incident=ps-jabalia-20231109-jamila-family-displaced
@@claim c5 harm=DETAINED min=2 max=2 actor="Israeli forces" site="Salah al-Din road" date=2023-11-09 basis=WITNESSED incident=ps-salahaldin-20231109-road-detentions
@@claim c6 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE site="Deir al-Balah" date=2024-02-05..2024-02-11 basis=HEARSAY incident=ps-deiralbalah-20240200-market-motorbike-drone
@@claim c7 harm=PROPERTY_DAMAGE min=3 max=3 weapon=AIRSTRIKE site="Jabaliya" date=2023-10-22 basis=WITNESSED incident=ps-jabalia-20231022-hamouda-building
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Saftawi" date=2023-10-22 basis=HEARSAY incident=ps-jabalia-20231022-saftawi-abu-shanab
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Deir al-Balah" date=2024-02-05..2024-02-11 basis=HEARSAY incident=ps-deiralbalah-20240200-market-motorbike-drone
