Interview ID: MM-SGG-407
Interview date: 2023-05-22
Place of interview: [[Aizawl|PLACE]], [[Mizoram|PLACE]], [[India|PLACE]]
Language: Burmese, interpreted into English
Interviewer: [[Tom Hale|PERSON]]
Interpreter: [[Zin Mar Oo|PERSON]]
Speaker: [[Htet Aung|PERSON]]

Tom: Thank you for coming. Can you say a little about yourself first?
Htet: I am [[Htet Aung|PERSON]], twenty-seven. [[Before the coup|DATE]] I studied chemistry in [[Monywa|PLACE]]. After, I joined the rescue team of our area, in [[Kani|PLACE]] township. We carry wounded people, we bury people. We have no weapons.
Tom: You told me before the recording about the monastery near [[Kani|PLACE]]. Which monastery was it?
Htet: [[Thiri Mingala monastery|PLACE:Thiri Mingalar monastery]]. Near [[Kan Ni|PLACE:Kani]] town, on the road to the river. Many displaced people were staying there, families from other villages.
Tom: When was the attack?
Htet: It was [[a Wednesday|DATE:2023-02-15]]. [[Three days after Union Day|DATE:2023-02-15]], so... [[the 15th|DATE:2023-02-15]]. In [[February|DATE:2023-02-01..2023-02-28]].
Zin Mar: Union Day is the twelfth of February.
Htet: Yes. We were in the next village. [[After lunch, around one o'clock|DATE:2023-02-15]], we heard [[the jets|WEAPON:AIRSTRIKE]] and three explosions, boom, boom, boom, then smoke from the side of the monastery.
Tom: Three? Are you sure it was three?
Htet: I heard three. Maybe one was the echo, I don't know. We went on motorbikes, four of us. It took maybe twenty minutes.
Tom: What did you find there?
Htet: {{c6|The kitchen building was gone.}} Half of the main hall also. {{c1|I helped carry twelve bodies myself to the school next door, children and women mostly, some we could not... they were not complete.}} [pause] {{c2|[[Ma Ei Phyu|PERSON]], the nurse from our team, she counted the wounded, she said more than thirty.}}
Zin Mar: He says "Ma Ei Phyu". Ma is like "Miss".
Tom: Was anyone attacked while you were helping?
Htet: Yes. After we were there maybe half one hour, a [[helicopter|WEAPON:AIRSTRIKE]] came and shot with the [[machine gun|WEAPON:SMALL_ARMS]] at the people going to the forest. {{c3|My friend [[Ko Thet Naing|PERSON]] was hit in the shoulder, and a woman we were carrying, [[Daw Than Than Nwe|PERSON]], she was hit again in the leg.}}
Tom: Other people have told us [[the helicopter|WEAPON:AIRSTRIKE]] didn't shoot. What do you think?
Htet: I can only say what I saw. Maybe some people had already gone into the forest, they didn't see. We heard the [[bullets|WEAPON:SMALL_ARMS]] in the trees.
Tom: Was there anything military in or near the monastery?
Htet: Nothing. If there was [[PDF|ACTOR:People's Defence Force]] there, I would tell you, I am not hiding it. The [[PDF|ACTOR:People's Defence Force]] camp is very far from there, one day walking.
Tom: Did anything else happen [[that day|DATE:2023-02-15]]?
Htet: {{c4|[[The same day|DATE:2023-02-15]], in [[the afternoon|DATE:2023-02-15]], [[the jets|WEAPON:AIRSTRIKE]] also bombed a village in [[Yinmabin|PLACE]] township, across the hills, and a friend from the rescue team there told me three people died.}} I didn't go there.
Tom: And [[after February|DATE]]?
Htet: [[The soldiers|ACTOR:Tatmadaw]] came back to the area in [[April|DATE:2023-04-01..2023-04-30]]. When they left, they put [[mines|WEAPON:LANDMINE]] on the paths near the villages. {{c5|My cousin, [[Aung Myo Min|PERSON]], he stepped on a [[mine|WEAPON:LANDMINE]] near the monastery path [[two weeks later|DATE]], he lost his foot.}} We carried him to the clinic in the forest. Our driver, [[Ko Zeyar|PERSON]], drove without lights all the way.
Tom: Do you know who put that [[mine|WEAPON:LANDMINE]]?
Htet: Before [[the soldiers|ACTOR:Tatmadaw]] came, people walked there every day. After they left, there were [[mines|WEAPON:LANDMINE]]. I think you can understand.
Tom: Is there anything you want to add?
Htet: Only that the abbot, [[U Kovida|PERSON]], he is still there. He said he will not leave the monastery. He said the [[bombs|WEAPON:AIRSTRIKE]] can come, he will stay.
@@witness mm-kani-htet-aung
@@claim c1 harm=KILLED min=12 max=12 weapon=AIRSTRIKE site="Thiri Mingala monastery" date=2023-02-15 basis=WITNESSED incident=mm-kani-20230215-monastery
@@claim c2 harm=INJURED min=31 max=null weapon=AIRSTRIKE site="Thiri Mingala monastery" date=2023-02-15 basis=HEARSAY incident=mm-kani-20230215-monastery
@@claim c3 harm=INJURED min=2 max=2 named="Ko Thet Naing; Daw Than Than Nwe" weapon=SMALL_ARMS site="Thiri Mingala monastery" date=2023-02-15 basis=WITNESSED incident=mm-kani-20230215-monastery
@@claim c4 harm=KILLED min=3 max=3 weapon=AIRSTRIKE site="Yinmabin" date=2023-02-15 basis=HEARSAY incident=mm-yinmabin-20230215-village-airstrike
@@claim c5 harm=INJURED min=1 max=1 named="Aung Myo Min" weapon=LANDMINE actor=Tatmadaw site="Thiri Mingala monastery" date=2023-04-01..2023-05-21 basis=WITNESSED incident=mm-kani-20230000-monastery-path-mine
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Thiri Mingala monastery" date=2023-02-15 basis=WITNESSED incident=mm-kani-20230215-monastery
