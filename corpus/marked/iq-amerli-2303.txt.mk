@@newline crlf
Interview ID: IQ-AML-2303
Date of interview: 14/10/2014
Place of interview: [[Kirkuk|PLACE]]
Language: Turkmen and Arabic, interpreted into English
Interviewer: [[Marco Bellandi|PERSON]]
Interpreter: [[Ayhan Tuzlu|PERSON]]

INTERVIEWER: Please introduce yourself.
WITNESS: [[Jawad Qasim al-Bayati|PERSON]]. Fifty-eight years. I am a teacher of mathematics in [[Amerli|PLACE]], [[Amirli|PLACE:Amerli]], you write it like you want.
INTERVIEWER: You were in [[Amerli|PLACE]] during the siege?
WITNESS: All of it. Eighty days, a little more. From [[June until the end of August|DATE:2014-06-01..2014-08-31]].
INTERVIEWER: How did it start for your family?
WITNESS: With my brother. {{c1|[[Ridha|PERSON]], my younger brother, and me, we drove to [[Tuz Khurmatu|PLACE]] for medicine in [[the first days of Ramadan|DATE:2014-06-29..2014-07-05]], and on the road near [[Qaryat Bashir|PLACE:Bashir]] there was a checkpoint of [[Daesh|ACTOR:Islamic State]]. They took [[Ridha|PERSON]] out of the car, and two young men from the minibus behind us.}}
WITNESS: Me, they looked at my beard, my white hair, they asked where I go, they read my card many times. One of them wanted to take me also, the other said, leave the old man. They let me drive back alone.
INTERPRETER: He says "the old man" about himself, laughing.
INTERVIEWER: Have you heard anything of [[Ridha|PERSON]] since?
WITNESS: {{c2|Nothing. Not one word. Four months. We asked the sheikhs in [[Tuz|PLACE:Tuz Khurmatu]], we asked the Red Crescent. His wife asks me every day and I have nothing to say her.}}
INTERVIEWER: What was the siege like inside the town?
WITNESS: Every day [[Katyushas|WEAPON:ROCKET]] from the villages around, from [[Sulaiman Bek|PLACE]] side, and [[mortars|WEAPON:MORTAR]] also. {{c3|In [[July|DATE:2014-07-01..2014-07-31]], [[one night|DATE:2014-07-17]], I think [[the 17th|DATE:2014-07-17]], [[rockets|WEAPON:ROCKET]] came in our quarter, and in [[the sabah|DATE:2014-07-18]], the morning, we counted eleven houses with walls open or the roof fallen in.}}
INTERPRETER: He used the word "sabah" for morning.
WITNESS: {{c3|And the well of our street, the only sweet water, a [[rocket|WEAPON:ROCKET]] hit beside it and it was ruined, full of stones and earth.}} After that we drank from the tanks [[the army|ACTOR:Iraqi forces]] dropped.
INTERVIEWER: Were people killed?
WITNESS: [pause] {{c5|Yes. My neighbour's son, [[Sabah|PERSON]], he was nine, and his cousin [[Kawthar|PERSON]], seven, were playing in the yard of the [[Hurmuzli|PERSON]] family when a [[mortar round|WEAPON:MORTAR]] fell. [[Early August|DATE:2014-08-01..2014-08-10]]. Both died.}} I carried [[Sabah|PERSON]] to the clinic. There was no doctor, only Dr. [[Leyla|PERSON]], a dentist, doing everything.
INTERVIEWER: Did you see any other kind of weapon?
WITNESS: {{c6|Once there was a [[shell|WEAPON:CHEMICAL]] with yellow smoke, near the silos. The smell like the swimming pool, [[chlorine|WEAPON:CHEMICAL]]. Six or seven people were coughing, eyes red, vomiting, they took them to the clinic.}} I was not there, I was at the mosque, [[Abbas|PERSON]] the nurse told me after.
INTERVIEWER: When was that?
WITNESS: [[Ten days before the end|DATE:2014-08-20..2014-08-22]]. [[Twentieth of August|DATE:2014-08-20]], maybe [[twenty-first|DATE:2014-08-21]].
INTERPRETER: He is not sure of the date.
INTERVIEWER: Did [[the army|ACTOR:Iraqi forces]] bomb the villages around?
WITNESS: {{c7|I heard on the radio of [[Kirkuk|PLACE]] that [[the helicopters|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Iraqi forces]] threw [[barrels|WEAPON:BARREL_BOMB]] on [[Sulaiman Bek|PLACE]], where [[Daesh|ACTOR:Islamic State]] was, and many houses there fell down.}} I did not see it. It is twenty kilometres.
INTERVIEWER: And when the siege was broken?
WITNESS: [[The 31st of August|DATE:2014-08-31]]. The [[Hashd|ACTOR:Popular Mobilization Forces]] came, and the [[Peshmerga|ACTOR:Peshmerga]], and the [[American|ACTOR:US-led coalition]]... eh, the [[American|ACTOR:US-led coalition]] [[planes|WEAPON:AIRSTRIKE]] hit [[Daesh|ACTOR:Islamic State]] on the hills. Nobody from the town was hurt by those [[strikes|WEAPON:AIRSTRIKE]], they hit far, on the hills only.
INTERPRETER: Correction, he says "the American planes", not "the American".
INTERVIEWER: Is there something from before the siege you want to tell?
WITNESS: {{c8|One more thing. In [[the spring|DATE:2014-03-01..2014-05-31]], [[April|DATE:2014-04-01..2014-04-30]], a shepherd boy from [[Qara Naw|PLACE]], [[Muntadhar|PERSON]], picked up an old [[bomblet|WEAPON:CLUSTER_MUNITION]] in the field, from the war of [[2003|DATE:2003-01-01..2003-12-31]], from the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] of that time. It killed him.}} His father, [[Hamid|PERSON]], still keeps the sheep. The fields have more, nobody cleaned them.
INTERVIEWER: Thank you, Ustaz [[Jawad|PERSON]].
@@witness iq-amerli-jawad-qasim-albayati
@@claim c1 harm=DETAINED min=3 max=3 named="Ridha" actor="Islamic State" site="Qaryat Bashir" date=2014-06-29..2014-07-05 basis=WITNESSED incident=iq-amerli-20140700-ridha-bayati-checkpoint
@@claim c2 harm=MISSING min=1 max=1 named="Ridha" actor="Islamic State" site="Qaryat Bashir" date=2014-06-29..2014-07-05 basis=EXPERIENCED incident=iq-amerli-20140700-ridha-bayati-checkpoint
@@claim c3 harm=PROPERTY_DAMAGE min=11 max=11 weapon=ROCKET site="Amerli" date=2014-07-17 basis=WITNESSED incident=iq-amerli-20140717-katyusha-eleven-houses
@@claim c5 harm=KILLED min=2 max=2 named="Sabah; Kawthar" weapon=MORTAR site="Amerli" date=2014-08-01..2014-08-10 basis=WITNESSED incident=iq-amerli-20140800-hurmuzli-yard-mortar
@@claim c6 harm=INJURED min=6 max=7 weapon=CHEMICAL site="Amerli" date=2014-08-20..2014-08-22 basis=HEARSAY incident=iq-amerli-20140820-silos-chlorine-shell
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Iraqi forces" site="Sulaiman Bek" basis=REPORTED incident=iq-sulaimanbek-20140000-helicopter-barrels
@@claim c8 harm=KILLED min=1 max=1 named="Muntadhar" weapon=CLUSTER_MUNITION site="Qara Naw" date=2014-04-01..2014-04-30 basis=HEARSAY incident=iq-amerli-20140400-qara-naw-bomblet
