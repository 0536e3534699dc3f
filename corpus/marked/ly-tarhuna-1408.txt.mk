PHONE INTERVIEW - RESEARCHER'S NOTES
Interview ID: LY-TRH-1408
Date: 3 March 2021
Researcher: [[Sophie Lindqvist|PERSON]]
Interpreter: [[Nada Elkikhia|PERSON]] (on the line from [[Tripoli|PLACE]])
Witness: [[Hanan al-Shibani|PERSON]], 44, from [[Tarhuna|PLACE]], now in [[Tripoli|PLACE]], [[Ain Zara|PLACE]]

Call of about fifty minutes. The line cut twice. [[Hanan|PERSON]] asked that her children's names not be written.

[[Hanan|PERSON]] said that she lived with her husband, [[Abdelbasit Bouzid|PERSON]], on the family farm on the road between [[Tarhuna|PLACE]] and [[Sidi al-Sid|PLACE]]. The farm had olive trees and a small poultry house. Her husband's two brothers, [[Ezzeddin|PERSON]] and [[Nouri|PERSON]], lived in the houses beside them.

{{c1|She said that on [[the night of 14 September 2019|DATE:2019-09-14]], men of the [[Kaniyat|ACTOR:al-Kaniyat]] came to the farm in three cars, and took her husband and both his brothers, all three, with their hands tied behind them.}} She said she watched from the door of the kitchen and recognised one of the men, a neighbour's son who had joined [[the 9th Brigade|ACTOR:al-Kaniyat]]. She said the men told her: "We only want to ask them some questions."

{{c2|She said that since [[that night|DATE:2019-09-14]] she has not heard from her husband. "His phone was in his pocket. It has been off since then."}}

She said she went twice to the [[Kaniyat|ACTOR:al-Kaniyat]] headquarters in the town to ask about them, and both times she was sent away. The second time, in [[October 2019|DATE:2019-10-01..2019-10-31]], a guard told her that if she came again they would take her eldest son. She stopped going. She said nobody else in the family was arrested after that, because the other men had already left.

{{c3|She said that in [[November 2019|DATE:2019-11-01..2019-11-30]], afraid for her son, she left [[Tarhuna|PLACE]] with her four children and her mother-in-law, through [[Bani Walid|PLACE]], and reached [[Tripoli|PLACE]] [[after two days|DATE:2019-11-01..2019-11-30]].}}

{{c4|Asked whether she had heard of others being taken, she said a cousin of her husband told her that in [[the same autumn|DATE:2019-09-01..2019-11-30]] the [[Kaniyat|ACTOR:al-Kaniyat]] took six men of the [[Jaafar|PERSON]] family from a wedding in the town, "all six of them, the father, the sons and a cousin".}} {{c5|The cousin told her none of the six has been found.}}

{{c6|She said that after [[GNA forces|ACTOR:Government of National Accord forces]] entered [[Tarhuna|PLACE]] in [[June 2020|DATE:2020-06-01..2020-06-30]], she saw on the television that bodies were being taken out of graves at the [[al-Rabt|PLACE]] project, on the edge of the town, dozens of bodies.}}

{{c7|She said that in [[December 2020|DATE:2020-12-01..2020-12-31]] the authority that searches for the missing published a list of names of bodies identified by DNA, and the name of her brother-in-law [[Ezzeddin Bouzid|PERSON]] was on it.}} She said the family buried him in [[Tripoli|PLACE]]. She read the list herself on the authority's page.

{{c8|She said that her husband and [[Nouri|PERSON]] are still missing. "I do not know if he is alive. Maybe he is in a grave they have not opened yet."}} She gave her DNA sample in [[January 2021|DATE:2021-01-01..2021-01-31]] and has heard nothing since.

{{c9|She said that their farm was damaged in the fighting in [[May 2020|DATE:2020-05-01..2020-05-31]]: her neighbour, who visited it after the fighting, told her the poultry house was destroyed and the olive trees were burned.}} She did not know who was responsible and said [[the drones|WEAPON:DRONE_STRIKE]] and the [[Grads|WEAPON:ROCKET]] were everywhere at that time. She said she would not guess.

When asked about the town in [[2019|DATE:2019-01-01..2019-12-31]] more generally, she said that there were no [[air strikes|WEAPON:AIRSTRIKE]] on her area while she was there, "the fighting was in the south of [[Tripoli|PLACE]], not with us", and that the danger in [[Tarhuna|PLACE]] was the people, not [[the planes|WEAPON:AIRSTRIKE]].

{{c10|She said that a young man from their road, [[Muhannad Gharsa|PERSON]], about twenty, was shot dead by the [[Kaniyat|ACTOR:al-Kaniyat]] at their checkpoint at the entrance of the town in [[August 2019|DATE:2019-08-01..2019-08-31]], and that she saw his body when the family brought it home.}}

Researcher's comment: the witness was calm and careful, and separated what she saw from what she was told. She asked us to write the name of her husband "with the full name, so that somebody may recognise it". A follow-up call is agreed.

@@witness ly-tarhuna-hanan-alshibani
@@claim c1 harm=DETAINED min=3 max=3 named="Ezzeddin; Nouri" actor="al-Kaniyat" site="Tarhuna" date=2019-09-14 basis=WITNESSED incident=ly-tarhuna-20190914-bouzid-brothers-taken
@@claim c2 harm=MISSING min=1 max=1 named="Abdelbasit Bouzid" actor="al-Kaniyat" site="Tarhuna" date=2019-09-14 basis=WITNESSED incident=ly-tarhuna-20190914-bouzid-brothers-taken
@@claim c3 harm=DISPLACED min=6 max=6 site="Tarhuna" date=2019-11-01..2019-11-30 basis=EXPERIENCED incident=ly-tarhuna-20191100-alshibani-flight-tripoli
@@claim c4 harm=DETAINED min=6 max=6 actor="al-Kaniyat" site="Tarhuna" date=2019-09-01..2019-11-30 basis=HEARSAY incident=ly-tarhuna-20190000-jaafar-wedding-abduction
@@claim c5 harm=MISSING min=6 max=6 actor="al-Kaniyat" site="Tarhuna" date=2019-09-01..2019-11-30 basis=HEARSAY incident=ly-tarhuna-20190000-jaafar-wedding-abduction
@@claim c6 harm=KILLED min=24 max=null actor="al-Kaniyat" site="al-Rabt" date=2020-06-01..2020-06-30 basis=REPORTED incident=ly-tarhuna-20200600-rabt-mass-graves
@@claim c7 harm=KILLED min=1 max=1 named="Ezzeddin Bouzid" actor="al-Kaniyat" site="Tarhuna" date=2019-09-14..2020-12-31 basis=REPORTED incident=ly-tarhuna-20190914-bouzid-brothers-taken
@@claim c8 harm=MISSING min=2 max=2 named="Abdelbasit Bouzid; Nouri" actor="al-Kaniyat" site="Tarhuna" date=2019-09-14 basis=WITNESSED incident=ly-tarhuna-20190914-bouzid-brothers-taken
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null site="Tarhuna" date=2020-05-01..2020-05-31 basis=HEARSAY incident=ly-tarhuna-20200500-bouzid-farm-damage
@@claim c10 harm=KILLED min=1 max=1 named="Muhannad Gharsa" weapon=SMALL_ARMS actor="al-Kaniyat" site="Tarhuna" date=2019-08-01..2019-08-31 basis=WITNESSED incident=ly-tarhuna-20190800-gharsa-checkpoint-shooting
