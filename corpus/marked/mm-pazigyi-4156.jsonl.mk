id: MM-PZG-4156
interview_date: 2023-06-02
place: Mae Sot, Tak, Thailand (by video call)
language: Burmese, interpreted into English

INT: Please tell me your name and your village.
RESP: [[Daw Nilar Tun|PERSON]]. I am from [[Pazigyi|PLACE]], [[Kanbalu|PLACE]] township. Thirty-eight years old. I sold fried snacks at the bus stop.
INT: When did you first leave [[Pazigyi|PLACE]]?
RESP: At [[the start of 2022|DATE:2022-01-01..2022-02-28]]. Because of my husband. {{c1|[[The soldiers|ACTOR:Tatmadaw]] came to the village [[one morning in January|DATE:2022-01-01..2022-01-31]], looking for [[PDF|ACTOR:People's Defence Force]], and they took my husband [[Ko Myint Oo|PERSON]] and the headman's son to the police station in [[Kanbalu|PLACE]].}}
RESP: {{c1|Three days they kept him. They beat his back with a bamboo. Then the headman paid, and they let him come home.}}
INT: Were others taken [[that morning|DATE:2022-01-01..2022-01-31]]?
RESP: They stopped every man on the road, looked at the phones, the tattoos. Most they let go after some minutes. Only these two they took.
INT: Where did you go then?
RESP: {{c2|After this my husband said we cannot stay. We went, me, him, our three children, to my elder sister in her village near [[Kanni|PLACE:Kani]], west of the town. We stayed there five months.}}
INT: And in [[June|DATE:2022-06-01..2022-06-30]]?
RESP: Yes. This is what I want to tell. It was [[the middle of June|DATE:2022-06-11..2022-06-20]], [[two or three days after the full moon|DATE:2022-06-16..2022-06-17]]. [[The army|ACTOR:Tatmadaw]] came in a long column from the west.
RESP: {{c3|First [[the helicopter|WEAPON:AIRSTRIKE]]. It shot at the village from the air with the [[machine gun|WEAPON:SMALL_ARMS]], and it dropped something on the monastery, I saw the dust go up.}}
RESP: We ran to the paddy and lay in the water, all the day. My youngest, [[Maung Kaung Set|PERSON]], he was two, I held his mouth so he would not cry.
INT: Did you see what [[the soldiers|ACTOR:Tatmadaw]] did in the village?
RESP: {{c3|From the paddy we saw them going house to house with fire. Afterwards we counted: more than forty houses were burned. My sister's house also, the rice, the loom, everything.}}
RESP: {{c5|They took men to carry for them. Five or six. My sister's neighbour [[Ko Tin Win|PERSON]] was one, and a boy, I think [[Maung Htoo|PERSON]].}} {{c6|The boy they found dead later, people said.}} {{c7|[[Ko Tin Win|PERSON]], nobody knows still.}}
INT: Was your husband taken that time?
RESP: No. He was with us in the paddy. If he was in the house, they would take him again, I am sure.
INT: Where did the village go?
RESP: {{c8|Everybody ran. Three hundred, four hundred people. We slept under the trees near a monastery by the [[Chindwin|PLACE]] for almost one month.}}
RESP: Then my sister went back to plant. We did not. We went to [[Monywa|PLACE]] to my husband's cousin, in a small room.
INT: Did you hear what happened in the village later?
RESP: {{c9|My sister told me in [[October|DATE:2022-10-01..2022-10-31]] [[the jets|WEAPON:AIRSTRIKE]] dropped [[fire bombs|WEAPON:INCENDIARY]] on the fields near the road, the sesame and the hay, all burned.}} She ran again, to [[Kani|PLACE]].
INT: You are from [[Pazigyi|PLACE]]. Were you there in [[April|DATE:2023-04-01..2023-04-30]]?
RESP: No, I was already here in [[Thailand|PLACE]]. But my cousin [[Ko Bo Bo|PERSON]] was at the opening, he worked for the new village office.
RESP: {{c10|My aunt called me [[that evening|DATE:2023-04-11]]. She said [[Ko Bo Bo|PERSON]] is dead, they found only his slippers and his watch.}} {{c11|She said more than a hundred people died there, from [[the planes|WEAPON:AIRSTRIKE]] and [[the helicopter|WEAPON:AIRSTRIKE]] that came after.}}
RESP: Our family house is at the other end of [[Pazi Gyi|PLACE:Pazigyi]]. It was not hit. Some people wrote on Facebook that the whole village burned, but no, it was the ground of the ceremony.
INT: Is there anything you want to add?
RESP: Only that my children ask every day when we go home. I do not answer them.
@@witness mm-pazigyi-nilar-tun
@@claim c1 harm=DETAINED min=2 max=2 named="Ko Myint Oo" actor=Tatmadaw site="Kanbalu" date=2022-01-01..2022-01-31 basis=WITNESSED incident=mm-pazigyi-20220100-myint-oo-arrest
@@claim c2 harm=DISPLACED min=5 max=5 named="Ko Myint Oo" actor=Tatmadaw site="Pazigyi" date=2022-01-01..2022-02-28 basis=EXPERIENCED incident=mm-pazigyi-20220100-nilar-tun-family-flight
@@claim c3 harm=PROPERTY_DAMAGE min=41 max=null weapon=AIRSTRIKE actor="Tatmadaw" site="Kanni" date=2022-06-16..2022-06-17 basis=WITNESSED incident=mm-kani-20220617-village-column-burning
@@claim c5 harm=DETAINED min=5 max=6 named="Ko Tin Win; Maung Htoo" actor=Tatmadaw site="Kanni" date=2022-06-16..2022-06-17 basis=WITNESSED incident=mm-kani-20220617-village-column-burning
@@claim c6 harm=KILLED min=1 max=1 named="Maung Htoo" actor=Tatmadaw site="Kanni" basis=HEARSAY incident=mm-kani-20220617-village-column-burning
@@claim c7 harm=MISSING min=1 max=1 named="Ko Tin Win" actor=Tatmadaw site="Kanni" date=2022-06-16..2022-06-17 basis=HEARSAY incident=mm-kani-20220617-village-column-burning
@@claim c8 harm=DISPLACED min=300 max=400 actor=Tatmadaw site="Kanni" date=2022-06-16..2022-06-17 basis=EXPERIENCED incident=mm-kani-20220617-village-column-burning
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Kanni" date=2022-10-01..2022-10-31 basis=HEARSAY incident=mm-kani-20221000-village-fields-fire-bombs
@@claim c10 harm=KILLED min=1 max=1 named="Ko Bo Bo" weapon=AIRSTRIKE site="Pazi Gyi" date=2023-04-11 basis=HEARSAY incident=mm-pazigyi-20230411-office-opening-airstrike
@@claim c11 harm=KILLED min=101 max=null weapon=AIRSTRIKE site="Pazi Gyi" date=2023-04-11 basis=HEARSAY incident=mm-pazigyi-20230411-office-opening-airstrike
