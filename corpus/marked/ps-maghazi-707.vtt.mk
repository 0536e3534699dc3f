WEBVTT - interview PS-MGZ-707

NOTE
Interview ID: PS-MGZ-707
Date of interview: 20 February 2024
Place of interview: Deir al-Balah, tent camp near the sea
Arabic, with the interpreter's English voice-over
The witness asked to be named by her kunya only.

m01
00:00:01.000 --> 00:00:05.000
<v Interviewer>Thank you for talking with us, [[Umm Sami|PERSON]]. Where is your home?

m02
00:00:05.500 --> 00:00:12.500
<v Umm Sami>In [[al-Maghazi|PLACE]] camp, [[block 4|PLACE]], near the market.
Next door to the [[Abu Hamad|PERSON]] family, wall to wall.

m03
00:00:13.000 --> 00:00:17.000
<v Interviewer>I would like to ask about the [[strike|WEAPON:AIRSTRIKE]] on their house.

m04
00:00:17.500 --> 00:00:24.500
<v Umm Sami>It was [[the Friday|DATE:2023-11-17]], [[the 17th|DATE:2023-11-17]], at [[night|DATE:2023-11-17]].
[[After the isha|DATE:2023-11-17]]. We had just eaten, bread and thyme, nothing else.

m05
00:00:25.000 --> 00:00:31.000
<v Umm Sami>Then [[the plane|WEAPON:AIRSTRIKE]]. You don't hear it until it is over you.
The whole house jumped, the door flew inside.

m06
00:00:31.500 --> 00:00:38.000
<v Umm Sami>{{c1|Their house fell on itself, all of it.
More than thirty died, with the displaced people who were staying with them.}}

m07
00:00:38.500 --> 00:00:44.500
<v Umm Sami>{{c1|Hajj [[Atef|PERSON]], [[Abu Raed|PERSON]], and his wife,
and the little girls of [[Raed|PERSON]], I used to braid their hair.}}

m08
00:00:45.000 --> 00:00:48.000
<v Interviewer>Another relative told us it was [[Saturday|DATE:2023-11-18]], [[after the noon prayer|DATE:2023-11-18]].

m09
00:00:48.500 --> 00:00:55.000
<v Umm Sami>No, it was [[night|DATE:2023-11-17]], I am sure, because it was dark
and we worked with torches. Maybe he mixes it with the funeral.

m10
00:00:55.500 --> 00:01:01.000
<v Umm Sami>{{c2,c7|From our house, my daughter [[Sabah|PERSON]] was hurt, the glass in her arm,
and our wall came down on the kitchen.}}

m11
00:01:01.500 --> 00:01:07.500
<v Umm Sami>We sat in the corner, me and my son [[Sami|PERSON]], waiting for the sabah,
for the morning, so we can see who is alive.

m12
00:01:08.000 --> 00:01:12.000
<v Interpreter>"Sabah" means morning. Her daughter is also called [[Sabah|PERSON]].

m13
00:01:12.500 --> 00:01:16.500
<v Interviewer>Was your house hit again after that?

m14
00:01:17.000 --> 00:01:24.000
<v Umm Sami>Yes. In [[January|DATE:2024-01-01..2024-01-31]], [[the 5th|DATE:2024-01-05]], at [[fajr|DATE:2024-01-05]].
This time the house of the [[Shaheen|PERSON]] family, on the other side of us.

m15
00:01:24.500 --> 00:01:31.500
<v Umm Sami>{{c3|Four died there, [[Abu Khaled Shaheen|PERSON]] and his sons.}}
{{c4|And our house, what was left, the roof came down.}}

m16
00:01:32.000 --> 00:01:37.000
<v Umm Sami>So between the two families we lost the house two times.
Same street, different day.

m17
00:01:37.500 --> 00:01:41.000
<v Interviewer>Did you see what weapon it was in [[January|DATE:2024-01-01..2024-01-31]]?

m18
00:01:41.500 --> 00:01:47.000
<v Umm Sami>I did not see. It came at [[fajr|DATE:2024-01-05]], we were sleeping.
People said [[the planes|WEAPON:AIRSTRIKE]] again. I don't know.

m19
00:01:47.500 --> 00:01:51.000
<v Interviewer>What about your son?

m20
00:01:51.500 --> 00:01:58.500
<v Umm Sami>{{c5|[[Hamada|PERSON]], my son, sixteen. In [[December|DATE:2023-12-01..2023-12-31]] we were together in the market,
and [[the quadcopter|WEAPON:DRONE_STRIKE]] came down low and shot at the people.}}

m21
00:01:59.000 --> 00:02:04.500
<v Umm Sami>{{c5|He was hit in the foot. I pulled him under a cart.}}
Now he walks with a stick, like an old man.

m22
00:02:05.000 --> 00:02:09.000
<v Umm Sami>And [[the zanana|WEAPON:DRONE_STRIKE]] over us day and night,
the big one, it never stops, you cannot think.

m23
00:02:09.500 --> 00:02:13.000
<v Interviewer>Were there fighters in the market, or near your house?

m24
00:02:13.500 --> 00:02:19.000
<v Umm Sami>No, by God. In the market, women selling flour. Near the house, nobody.
If there were fighters, we would be the first to leave, believe me.

m25
00:02:19.500 --> 00:02:24.000
<v Umm Sami>{{c6|After [[the 5th|DATE:2024-01-05]] we came here, to [[Deir al-Balah|PLACE]],
to the tent. Seven of us.}}

m26
00:02:24.500 --> 00:02:28.000
<v Interviewer>Thank you, [[Umm Sami|PERSON]].
@@witness ps-maghazi-umm-sami
@@claim c1 harm=KILLED min=31 max=null named="Atef; Abu Raed" weapon=AIRSTRIKE site="block 4" date=2023-11-17 basis=WITNESSED incident=ps-maghazi-20231118-abu-hamad-house
@@claim c2 harm=INJURED min=1 max=1 named="Sabah" weapon=AIRSTRIKE site="block 4" date=2023-11-17 basis=WITNESSED incident=ps-maghazi-20231118-abu-hamad-house
@@claim c3 harm=KILLED min=4 max=4 named="Abu Khaled Shaheen" site="block 4" date=2024-01-05 basis=WITNESSED incident=ps-maghazi-20240105-shaheen-house
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null site="block 4" date=2024-01-05 basis=EXPERIENCED incident=ps-maghazi-20240105-shaheen-house
@@claim c5 harm=INJURED min=1 max=1 named="Hamada" weapon=DRONE_STRIKE site="al-Maghazi" date=2023-12-01..2023-12-31 basis=WITNESSED incident=ps-maghazi-20231200-market-quadcopter-hamada
@@claim c6 harm=DISPLACED min=7 max=7 site="al-Maghazi" date=2024-01-05..2024-02-20 basis=EXPERIENCED incident=ps-maghazi-20240105-umm-sami-family-displaced
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="block 4" date=2023-11-17 basis=EXPERIENCED incident=ps-maghazi-20231118-abu-hamad-house
