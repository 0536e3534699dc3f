WEBVTT - SD-OMD-212

NOTE
Interview ID: SD-OMD-212
Date of interview: 30 October 2024
Place of interview: Kosti, White Nile State, Sudan
Language: Sudanese Arabic; captions from the interpreter's English
Names of relatives used with the witness's consent.

c01
00:00:01.500 --> 00:00:05.000
<v Interviewer>[[Salwa|PERSON]], salam, thank you for coming all this way.

c02
00:00:05.800 --> 00:00:09.900
<v Salwa>Wa alaikum al-salam. It is nothing, it is only a bus.

c03
00:00:10.600 --> 00:00:16.200
<v Interviewer>You lived in [[Omdurman|PLACE]] through the war. Which part?

c04
00:00:17.000 --> 00:00:24.400
<v Salwa>[[Dar al-Salam|PLACE]], in [[Ombadda|PLACE]], west [[Omdurman|PLACE]].
The side of [[the Rapid Support|ACTOR:Rapid Support Forces]], you understand, they controlled it.

c05
00:00:25.000 --> 00:00:32.300
<v Salwa>So [[the army|ACTOR:Sudanese Armed Forces]] was hitting us from the sky and from [[Karari|PLACE]],
and the [[RSF|ACTOR:Rapid Support Forces]] was in our streets taking everything.

c06
00:00:33.000 --> 00:00:37.800
<v Interviewer>Tell me about [[the day|DATE:2024-09-03]] you mentioned, in [[September|DATE:2024-09-01..2024-09-30]].

c07
00:00:38.500 --> 00:00:46.000
<v Salwa>[[The third of September|DATE:2024-09-03]]. [[After the asr prayer|DATE:2024-09-03]].
[[The Antonov|WEAPON:AIRSTRIKE]] came, we know its sound, it is slow and heavy.

c08
00:00:46.700 --> 00:00:54.900
<v Salwa>It dropped two [[barrels|WEAPON:BARREL_BOMB]] near the water tank,
on the street behind the clinic. One exploded like always.

c09
00:00:55.600 --> 00:01:03.000
<v Salwa>The second, it made a small sound, and then a smoke came out,
yellow, yellow-green, heavy, it stayed low on the ground.

c10
00:01:03.800 --> 00:01:10.500
<v Salwa>And the smell. Like the [[chlorine|WEAPON:CHEMICAL]] for washing clothes,
but a hundred times. It burned in the eyes, in the chest.

c11
00:01:11.200 --> 00:01:16.000
<v Interviewer>Where were you when this happened?

c12
00:01:16.700 --> 00:01:24.000
<v Salwa>{{c1|In my house, maybe one hundred metres. The [[gas|WEAPON:CHEMICAL]] came in through the door. I could not breathe, I was coughing until I vomited.}}

c13
00:01:24.800 --> 00:01:31.600
<v Salwa>I took my daughters, [[Rawan|PERSON]] and [[Duaa|PERSON]], to the roof, because the smoke was low.
My neighbour [[Umm Hassan|PERSON]] told us this, go up, go up.

c14
00:01:32.300 --> 00:01:37.000
<v Interviewer>Were people killed?

c15
00:01:37.800 --> 00:01:46.200
<v Salwa>{{c2|[[That night|DATE:2024-09-03]] four died. Two children of the [[Adlan|PERSON]] family, [[Mujtaba|PERSON]] and his little sister, and old Hajj [[Babikir Ahmed|PERSON]], and a woman from the next street.}}

c16
00:01:47.000 --> 00:01:54.000
<v Salwa>{{c3|Many were sick, dozens, coughing, with the eyes red and closed, the old people especially.}}
They took them to the emergency room, [[Tasneem|PERSON]] and the volunteers.

c17
00:01:54.700 --> 00:02:00.000
<v Interviewer>Did you see any fighters near the water tank [[that day|DATE:2024-09-03]]?

c18
00:02:00.800 --> 00:02:08.600
<v Salwa>No. There was a checkpoint of [[the Rapid Support|ACTOR:Rapid Support Forces]] at the roundabout,
yes, but that is far, not at the tank. At the tank only women with jerrycans.

c19
00:02:09.300 --> 00:02:15.000
<v Interviewer>How sure are you that it was a [[chemical|WEAPON:CHEMICAL]], and not smoke from a fire?

c20
00:02:15.800 --> 00:02:24.000
<v Salwa>I am a woman, I am not a scientist. But I know smoke from fire.
This was not fire. The plants by the wall, they became yellow [[the next day|DATE:2024-09-04]].

c21
00:02:24.800 --> 00:02:30.600
<v Salwa>Some people said it was [[chemical|WEAPON:CHEMICAL]], the [[gas|WEAPON:CHEMICAL]] of [[the army|ACTOR:Sudanese Armed Forces]].
I say what I smelled. I cannot say what is inside the [[barrel|WEAPON:BARREL_BOMB]].

c22
00:02:31.300 --> 00:02:36.000
<v Interviewer>Had anything like this happened before in [[Dar al-Salam|PLACE]]?

c23
00:02:36.800 --> 00:02:45.000
<v Salwa>[[Gas|WEAPON:CHEMICAL]], no. Never before, never after. But the [[shells|WEAPON:ARTILLERY]] from [[Karari|PLACE]], yes, many times.
{{c4,c7|In [[January|DATE:2024-01-01..2024-01-31]] a [[shell|WEAPON:ARTILLERY]] hit the bakery on our street, and the baker's son [[Anas|PERSON]] died.}}

c24
00:02:45.800 --> 00:02:52.000
<v Salwa>{{c5|[[The Rapid Support|ACTOR:Rapid Support Forces]] took my husband's car and his phone, and they beat him in front of the children.}}
That was in [[the first month|DATE:2023-04-15..2023-05-15]].

c25
00:02:52.800 --> 00:02:58.000
<v Interviewer>When did you leave [[Omdurman|PLACE]]?

c26
00:02:58.800 --> 00:03:05.500
<v Salwa>{{c6|After the [[gas|WEAPON:CHEMICAL]], we left, [[the same week|DATE:2024-09-03..2024-09-09]], to [[Kosti|PLACE]], seven of us.}}
My husband [[Hashim|PERSON]] stayed in the house, so they do not take it.
@@witness sd-omdurman-salwa
@@claim c1 harm=INJURED min=1 max=1 weapon=CHEMICAL site="Dar al-Salam" date=2024-09-03 basis=EXPERIENCED incident=sd-omdurman-20240903-dar-al-salam-gas
@@claim c2 harm=KILLED min=4 max=4 named="Mujtaba; Babikir Ahmed" weapon=CHEMICAL actor="Sudanese Armed Forces" site="Dar al-Salam" date=2024-09-03 basis=WITNESSED incident=sd-omdurman-20240903-dar-al-salam-gas
@@claim c3 harm=INJURED min=24 max=null weapon=CHEMICAL actor="Sudanese Armed Forces" site="Dar al-Salam" date=2024-09-03 basis=WITNESSED incident=sd-omdurman-20240903-dar-al-salam-gas
@@claim c4 harm=KILLED min=1 max=1 named="Anas" weapon=ARTILLERY actor="Sudanese Armed Forces" site="Dar al-Salam" date=2024-01-01..2024-01-31 basis=WITNESSED incident=sd-omdurman-20240100-dar-al-salam-bakery
@@claim c5 harm=INJURED min=1 max=1 named="Hashim" actor="Rapid Support Forces" site="Dar al-Salam" date=2023-04-15..2023-05-15 basis=WITNESSED incident=sd-omdurman-20230000-salwa-husband-beaten
@@claim c6 harm=DISPLACED min=7 max=7 site="Dar al-Salam" date=2024-09-03..2024-09-09 basis=EXPERIENCED incident=sd-omdurman-20240903-dar-al-salam-gas
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Sudanese Armed Forces" site="Dar al-Salam" date=2024-01-01..2024-01-31 basis=WITNESSED incident=sd-omdurman-20240100-dar-al-salam-bakery
