WEBVTT - SD-ZMZ-4553

NOTE
Interview SD-ZMZ-4553, recorded 25 November 2026 in Tawila, North Darfur.
Fur and Arabic; English captions from the interpreter. Witness asked that only her first names be used in public.

z01
00:00:01.000 --> 00:00:05.500
<v Interviewer>Good morning. You came to [[Zamzam|PLACE]] from [[Kutum|PLACE]], is that right?

z02
00:00:06.000 --> 00:00:13.000
<v Mastura>From [[Kasab|PLACE:Kassab]], the camp beside [[Kutum|PLACE]]. I was born in [[Kutum|PLACE]] town,
I married into [[Kasab|PLACE:Kassab]] in [[2011|DATE:2011-01-01..2011-12-31]]. My name is [[Mastura Yahya|PERSON]].

z03
00:00:13.500 --> 00:00:18.000
<v Interviewer>Why did you leave [[Kasab|PLACE:Kassab]]?

z04
00:00:18.500 --> 00:00:26.000
<v Mastura>[[The beginning of July|DATE:2023-07-01..2023-07-10]], [[a Sunday|DATE:2023-07-09]]. The [[Janjaweed|ACTOR:Rapid Support Forces]] came.
On horses, on motorbikes, with the cars, you could not count them.

z05
00:00:26.500 --> 00:00:34.000
<v Mastura>{{c1|They killed my husband's brother [[Abdallah Yahya|PERSON]] at the door of the mosque.
With the [[gun|WEAPON:SMALL_ARMS]]. He was only standing there.}}

z06
00:00:34.500 --> 00:00:40.000
<v Mastura>{{c2|In all the camp, more than twenty died [[that day|DATE:2023-07-09]]. This is what the sheikh said
when he counted the graves.}}

z07
00:00:40.500 --> 00:00:47.000
<v Mastura>{{c3|They set fire to the houses of straw. I saw our house go, all of it, with the sorghum inside.}}

z08
00:00:47.500 --> 00:00:55.000
<v Mastura>{{c4|We took the children and we walked. To [[Zamzam|PLACE]]. Six days, walking and on carts,
me, my husband [[Hamdan|PERSON]], our four, and my husband's mother.}}

z09
00:00:55.500 --> 00:01:00.000
<v Interviewer>And in [[Zam Zam|PLACE:Zamzam]] you stayed until when?

z10
00:01:00.500 --> 00:01:06.000
<v Mastura>Until [[January|DATE:2025-01-01..2025-01-31]]. The year after the big hunger.
{{c8|In [[March|DATE:2024-03-01..2024-03-31]] my sister called from [[Kabkabiya|PLACE]], she said [[the Antonov|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] threw two [[barrels|WEAPON:BARREL_BOMB]] on the market there, and the shop of her husband burned.}}

z11
00:01:06.500 --> 00:01:12.000
<v Interviewer>Our colleague said you saw what happened at the khalwa, the Quran school.

z12
00:01:12.500 --> 00:01:20.000
<v Mastura>Yes. Faki [[Adam|PERSON]]'s khalwa, near the market, in the middle of [[Zamzam|PLACE]]. It was [[the 19th|DATE:2024-11-19]],
in [[November|DATE:2024-11-01..2024-11-30]], [[a Tuesday|DATE:2024-11-19]]. In [[the morning|DATE:2024-11-19]], the children were reading.

z13
00:01:20.500 --> 00:01:27.000
<v Mastura>I was at my house, it is maybe three hundred steps. I heard the [[hawn|WEAPON:MORTAR]], three times, boom, boom, boom.
Then the screaming.

z14
00:01:27.500 --> 00:01:35.000
<v Mastura>I ran there. {{c5|I saw the children on the ground, the boards they write on, everything broken.
Seven children were dead. I counted them with the other women.}}

z15
00:01:35.500 --> 00:01:42.000
<v Mastura>{{c5|[[Hamid|PERSON]], the son of my neighbour [[Umm Hamid|PERSON]], he was eight. And two brothers, [[Yunus|PERSON]] and [[Idris|PERSON]].}}

z16
00:01:42.500 --> 00:01:48.000
<v Mastura>{{c6|Faki [[Adam|PERSON]] was wounded in the stomach, and many children, I think ten, twelve, with wounds.}}
[crying]

z17
00:01:48.500 --> 00:01:52.000
<v Interviewer>We can stop for a moment.

z18
00:01:52.500 --> 00:02:00.000
<v Mastura>No, it is fine. [pause] My daughter [[Amal|PERSON]] studied in that khalwa.
[[That day|DATE:2024-11-19]] she had fever, so she stayed home. That is the only reason.

z19
00:02:00.500 --> 00:02:07.000
<v Interviewer>Who fired the [[mortars|WEAPON:MORTAR]], do you know?

z20
00:02:07.500 --> 00:02:15.000
<v Mastura>From the north, where [[the Rapid Support|ACTOR:Rapid Support Forces]] was sitting.
People said [[the army|ACTOR:Sudanese Armed Forces]] had a base in the camp. There was no base. Only children.

z21
00:02:15.500 --> 00:02:22.000
<v Mastura>After that, every night the drone came and buzzed over us.
We were afraid it would drop on the school again. But after that, no, not the khalwa.

z22
00:02:22.500 --> 00:02:28.000
<v Interviewer>Why did you leave in [[January|DATE:2025-01-01..2025-01-31]]?

z23
00:02:28.500 --> 00:02:36.000
<v Mastura>{{c7|The [[shelling|WEAPON:ARTILLERY]] did not stop. My husband said, we go to [[Tawila|PLACE]].
We went at [[night|DATE:2025-01-01..2025-01-31]], all of us, seven.}} Now I am here, two years almost.
@@witness sd-kassab-mastura-yahya
@@claim c1 harm=KILLED min=1 max=1 named="Abdallah Yahya" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Kasab" date=2023-07-09 basis=WITNESSED incident=sd-kutum-20230709-kassab-camp-burning
@@claim c2 harm=KILLED min=21 max=null site="Kasab" date=2023-07-09 basis=HEARSAY incident=sd-kutum-20230709-kassab-camp-burning
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null actor="Rapid Support Forces" site="Kasab" date=2023-07-09 basis=WITNESSED incident=sd-kutum-20230709-kassab-camp-burning
@@claim c4 harm=DISPLACED min=7 max=7 named="Mastura Yahya; Hamdan" site="Kasab" date=2023-07-09 basis=EXPERIENCED incident=sd-kutum-20230709-kassab-camp-burning
@@claim c5 harm=KILLED min=7 max=7 named="Hamid; Yunus; Idris" weapon=MORTAR actor="Rapid Support Forces" site="Zamzam" date=2024-11-19 basis=WITNESSED incident=sd-zamzam-20241119-khalwa-shelling
@@claim c6 harm=INJURED min=11 max=13 named="Adam" weapon=MORTAR actor="Rapid Support Forces" site="Zamzam" date=2024-11-19 basis=WITNESSED incident=sd-zamzam-20241119-khalwa-shelling
@@claim c7 harm=DISPLACED min=7 max=7 weapon=ARTILLERY site="Zamzam" date=2025-01-01..2025-01-31 basis=EXPERIENCED incident=sd-zamzam-20250100-hamdan-family-flight
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Kabkabiya" date=2024-03-01..2024-03-31 basis=HEARSAY incident=sd-kabkabiya-20240300-market-barrels
