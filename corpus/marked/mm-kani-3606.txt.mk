@@encoding utf-16le
Interview ID: MM-KNI-3606
Interview date: 14/01/2024
Location: [[Tamu|PLACE]], [[Sagaing|PLACE]] Region (recorded in a safe house)
Language: Burmese, interpreted
Interviewer: [[Aisling Doherty|PERSON]]
Interpreter: [[Saw Eh Kalu|PERSON]]

[00:00:04] Q: Please tell us your name and where you are from.
[00:00:09] A: [[U Zaw Win Naing|PERSON]]. Forty-one. From [[Kani|PLACE]], the town, [[Kani|PLACE]] township. I drove a pickup, for goods, for the farmers, sometimes for the sick people to [[Monywa|PLACE]].
[00:00:31] Q: When did the problems start for your family?
[00:00:36] A: In [[2022|DATE:2022-01-01..2022-12-31]], [[after the rains|DATE:2022-10-01..2022-11-30]]. [[October|DATE:2022-10-01..2022-10-31]], I think. There was a checkpoint of [[the army|ACTOR:Tatmadaw]] at the entrance of the market in [[Kani|PLACE]].
[00:00:58] A: {{c1|My younger brother [[Ko Wai Yan Phyo|PERSON]] went with two friends to sell onions and [[the soldiers|ACTOR:Tatmadaw]] took all three of them at that checkpoint, because one friend had a photo of the three fingers on his phone.}}
[00:01:20] Q: Did you see this?
[00:01:22] A: No, the onion seller next to them told me in the evening. [pause] {{c2|They put him in the prison in [[Monywa|PLACE]]. We learned it only after six weeks, from a lawyer. He is still there, eight years they gave him.}}
[00:01:49] Q: Were you also stopped?
[00:01:52] A: Many times. Once in [[Monywa|PLACE]], at the bridge, they held me one hour, they looked at my hands, my phone, they asked where I take the rice. Then they let me go with the pickup. I deleted everything before, so.
[00:02:15] Q: You told my colleague about [[Pazigyi|PLACE]].
[00:02:19] A: Yes. [[Pazi Gyi|PLACE:Pazigyi]], in [[Kanbalu|PLACE]]. My wife's sister is married there. I went there with rice for the opening of the new office, [[the Tuesday before Thingyan|DATE:2023-04-11]].
[00:02:38] Interpreter: He means the water festival, in April. The Tuesday before it.
[00:02:44] A: I arrived late. The [[bombs|WEAPON:AIRSTRIKE]] had already fallen. [[The planes|WEAPON:AIRSTRIKE]] were gone, but then [[the helicopter|WEAPON:AIRSTRIKE]] came round two times, shooting, and I hid under the pickup.
[00:03:05] A: {{c3|After, I carried the wounded. Eleven I carried in my pickup, in two trips, to the clinic in the monastery, one was a girl with no feet.}}
[00:03:22] Q: How many people died there?
[00:03:26] A: {{c4|The page on Facebook of the [[Kanbalu|PLACE]] people wrote one hundred and sixty-five.}} I did not count. I saw too many, I closed my eyes and drove.
[00:03:41] Q: Did anything happen in your own area after that?
[00:03:45] A: Yes. Near [[Yinmabin|PLACE]], my wife's family village, it was in [[May|DATE:2023-05-01..2023-05-31]]. [[The jets|WEAPON:AIRSTRIKE]] dropped [[fire bombs|WEAPON:INCENDIARY]], like jelly that burns on everything.
[00:04:05] Q: Were you there?
[00:04:07] A: No, I came [[two days later|DATE]] to take my mother-in-law. {{c5|I saw it myself, more than forty houses, all burned to the ground, the toddy palms black, the cart of my father-in-law melted, only the iron ring of the wheel.}}
[00:04:29] A: {{c6|Two old people could not run and burned in the house, [[U Kyaw Swar|PERSON]] and his wife, my mother-in-law told me, she saw the smoke from the field.}}
[00:04:44] Q: And your mother-in-law?
[00:04:46] A: {{c7|[[Daw Aye Aye Khaing|PERSON]]. She came with us to [[Kani|PLACE]], and then we all left [[Kani|PLACE]] together in [[August|DATE:2023-08-01..2023-08-31]], seven people, because [[the junta|ACTOR:Tatmadaw]] columns came close.}}
[00:05:05] Q: Did anything else happen near [[Kani|PLACE]] before you left?
[00:05:09] A: {{c8|In the paddy near the road, in [[July|DATE:2023-07-01..2023-07-31]], a boy found a small [[bomblet|WEAPON:CLUSTER_MUNITION]], like a tennis ball with a ribbon, the son of my neighbour, [[Maung Pyae Sone|PERSON]], nine years.}}
[00:05:27] A: {{c8|It went off in his hands, he lost two fingers and his eye is damaged.}} I drove him to the clinic. Nurse [[Ma Hsu Yee|PERSON]] said it is from the [[cluster bombs|WEAPON:CLUSTER_MUNITION]], she saw them before.
[00:05:45] Interpreter: He says "ball bomb", it is the word people use for them.
[00:05:50] Q: Was the village near the paddy attacked [[that day|DATE:2023-07-01..2023-07-31]]?
[00:05:54] A: No. [[That day|DATE:2023-07-01..2023-07-31]] nothing came. The [[bomblet|WEAPON:CLUSTER_MUNITION]] was old, from before, from some attack nobody saw.
[00:06:06] Q: Is there news of your brother?
[00:06:09] A: {{c9|His friend [[Maung Lin Lin|PERSON]], the one with the photo, we do not know. He was not in [[Monywa|PLACE]] prison list. His mother asked everywhere. Gone.}}
[00:06:25] Q: Thank you, [[U Zaw Win Naing|PERSON]].
[00:06:28] A: Thank you. Please, not my face.
@@witness mm-kani-zaw-win-naing
@@claim c1 harm=DETAINED min=3 max=3 named="Ko Wai Yan Phyo" actor=Tatmadaw site="Kani" date=2022-10-01..2022-10-31 basis=HEARSAY incident=mm-kani-20221000-market-checkpoint-onion-sellers
@@claim c2 harm=DETAINED min=1 max=1 named="Ko Wai Yan Phyo" actor=Tatmadaw site="Monywa" date=2022-10-01..2022-12-31 basis=HEARSAY incident=mm-kani-20221000-market-checkpoint-onion-sellers
@@claim c3 harm=INJURED min=11 max=11 weapon=AIRSTRIKE site="Pazi Gyi" date=2023-04-11 basis=WITNESSED incident=mm-pazigyi-20230411-office-opening-airstrike
@@claim c4 harm=KILLED min=165 max=165 weapon=AIRSTRIKE site="Pazi Gyi" date=2023-04-11 basis=REPORTED incident=mm-pazigyi-20230411-office-opening-airstrike
@@claim c5 harm=PROPERTY_DAMAGE min=41 max=null weapon=INCENDIARY actor=Tatmadaw site="Yinmabin" date=2023-05-01..2023-05-31 basis=WITNESSED incident=mm-yinmabin-20230500-in-laws-village-fire-bombs
@@claim c6 harm=KILLED min=2 max=2 named="U Kyaw Swar" weapon=INCENDIARY site="Yinmabin" date=2023-05-01..2023-05-31 basis=HEARSAY incident=mm-yinmabin-20230500-in-laws-village-fire-bombs
@@claim c7 harm=DISPLACED min=7 max=7 named="Daw Aye Aye Khaing" actor=Tatmadaw site="Kani" date=2023-08-01..2023-08-31 basis=EXPERIENCED incident=mm-kani-20230800-zaw-win-naing-family-flight
@@claim c8 harm=INJURED min=1 max=1 named="Maung Pyae Sone" weapon=CLUSTER_MUNITION site="Kani" date=2023-07-01..2023-07-31 basis=WITNESSED incident=mm-kani-20230700-paddy-bomblet-boy
@@claim c9 harm=MISSING min=1 max=1 named="Maung Lin Lin" actor=Tatmadaw site="Kani" date=2022-10-01..2022-12-31 basis=HEARSAY incident=mm-kani-20221000-market-checkpoint-onion-sellers
