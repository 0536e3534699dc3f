TELEPHONE INTERVIEW - RESEARCHER'S NOTES
Interview ID: LB-BJ-4058
Date: 14/10/2008
Interviewer: [[Lena Fischer|PERSON]] (by phone from [[Beirut|PLACE]])
Witness: [[Nabil Ajami|PERSON]], 47, pharmacist, [[Bent Jbeil|PLACE:Bint Jbeil]]
Language: English and Arabic

Mr [[Ajami|PERSON]] has run a pharmacy on the main street of [[Bint Jbeil|PLACE]] since [[1989|DATE:1989-01-01..1989-12-31]]. He stayed in the town for [[the first ten days of the war|DATE:2006-07-12..2006-07-21]] in [[July 2006|DATE:2006-07-01..2006-07-31]], sleeping in the storeroom under the pharmacy with his wife [[Samar|PERSON]] and his mother.

He remembers [[the evening of the 17th|DATE:2006-07-17]], "[[the Monday|DATE:2006-07-17]]", [[around sunset|DATE:2006-07-17]]. He was in the storeroom and heard one very loud blast from the direction of the pool, "[[al-Birka|PLACE:al-Birkeh]]" as he calls it, about three hundred metres away. He did not see what caused it and did not want to guess for us: "[[Planes|WEAPON:AIRSTRIKE]], [[artillery|WEAPON:ARTILLERY]], I was under the ground, I heard a blast, that is all."

{{c1|He walked over [[the next morning|DATE:2006-07-18]] and saw that the house of the [[Saad|PERSON]] family had collapsed completely.}} {{c2|The civil defence were still digging. One of them, [[Abbas|PERSON]], told him there were nine dead, "the whole [[Saad|PERSON]] family except the daughter who works in [[Beirut|PLACE]]".}} He saw two bodies carried out while he stood there; he could not say whose.

Asked whether fighters had used the house, he said not as far as he knew. Nobody in his own building was hurt, he stressed, only the glass.

He left [[Bint Jbeil|PLACE]] on [[the 23rd|DATE:2006-07-23]] with his family, by the [[Tebnine|PLACE]] road, and came back [[the day after the ceasefire|DATE:2006-08-15]].

On his return he found the slopes between [[Bint Jbeil|PLACE]] and [[Ainata|PLACE:Aynata]] burned black. {{c3|About sixty olive trees of his uncle [[Toufic|PERSON]] were burned down to the stump.}} {{c3|The farmers told him it was [[white phosphorus|WEAPON:INCENDIARY]], fired by [[the Israelis|ACTOR:Israeli forces]] at [[the end of July|DATE:2006-07-20..2006-07-31]] on the hills.}} He himself did not see it fall.

After the war he treated many children for small wounds from the [[cluster bombs|WEAPON:CLUSTER_MUNITION]], he said, "more than I can count". He named one: {{c4|[[Hadi Jaber|PERSON]], twelve or thirteen, whom his father brought to the pharmacy "in [[the first days of September|DATE:2006-09-01..2006-09-07]], [[the 3rd or the 4th|DATE:2006-09-03..2006-09-04]]", bleeding from the right hand. Three fingers, Mr [[Ajami|PERSON]] said, and a cut near the eye.}} He bandaged the hand and they drove the boy to [[Tyre|PLACE]].

{{c5,c6|In [[October 2006|DATE:2006-10-01..2006-10-31]], he said, a member of the municipality read out a list at the husseiniya: since [[the ceasefire|DATE:2006-08-14]] fourteen people of [[Bint Jbeil|PLACE]] had been injured by the [[bomblets|WEAPON:CLUSTER_MUNITION]] and two had died.}} He does not have the list.

[Note: Mr [[Ajami|PERSON]] agreed to a longer recorded interview later. Call ended after about 25 minutes.]
@@witness lb-bintjbeil-nabil-ajami
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null site="al-Birka" date=2006-07-17 basis=WITNESSED incident=lb-bintjbeil-20060717-birkeh-saad-house
@@claim c2 harm=KILLED min=9 max=9 site="al-Birka" date=2006-07-17 basis=HEARSAY incident=lb-bintjbeil-20060717-birkeh-saad-house
@@claim c3 harm=PROPERTY_DAMAGE min=60 max=60 weapon=INCENDIARY actor="Israeli forces" site="Ainata" date=2006-07-20..2006-07-31 basis=WITNESSED incident=lb-aynata-20060700-toufic-olives-phosphorus
@@claim c4 harm=INJURED min=1 max=1 named="Hadi Jaber" weapon=CLUSTER_MUNITION site="Bint Jbeil" date=2006-09-03..2006-09-04 basis=WITNESSED incident=lb-bintjbeil-20060903-tobacco-field-bomblet
@@claim c5 harm=INJURED min=14 max=14 weapon=CLUSTER_MUNITION site="Bint Jbeil" date=2006-08-14..2006-10-31 basis=REPORTED incident=lb-bintjbeil-20060000-bomblet-casualties-list
@@claim c6 harm=KILLED min=2 max=2 weapon=CLUSTER_MUNITION site="Bint Jbeil" date=2006-08-14..2006-10-31 basis=REPORTED incident=lb-bintjbeil-20060000-bomblet-casualties-list
