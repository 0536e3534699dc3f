PHONE INTERVIEW - RESEARCHER'S NOTES
Date: 2021-11-15
Interviewer: [[Mirjam Okonkwo-Lindqvist|PERSON]] (by phone from [[Nairobi|PLACE]])
Interpreter on the line: [[Sagal Xuseen|PERSON]]
Witness: [[Ubax Maxamed Sheekh|PERSON]], about 45, resident of [[Karaan|PLACE:Karan]], [[Mogadishu|PLACE]]. Referred by the tea seller interviewed on 2 November.

Call 35 minutes. Line poor at times. Witness spoke Somali, calm at first, cried when speaking of her son.

1. Her son [[Yaasiin Cali|PERSON]], 17, sold phone cards at [[Isgoyska Zoobe|PLACE:Zoobe junction]]. On [[17.08.21|DATE:2021-08-17]] she was at home in [[Karan|PLACE]] when a neighbour's boy came running and said there was a [[bomb|WEAPON:IED]] at [[Zoobe|PLACE:Zoobe junction]]. She says: "I did not hear it, [[Karan|PLACE]] is far. I only heard the boy."

2. {{c1|She ran there without shoes. She says she found [[Yaasiin|PERSON]] lying near the minibus stop with a cloth over him, and she knew him by his sandals. "His face I did not look at. They told me not to look."}}

3. {{c2|She says other bodies were still on the road when she came, "three or four, police also". She did not count.}}

4. {{c3,c7|[[That evening|DATE:2021-08-17]] Radio Kulmiye said eight people were killed at [[Zoobe|PLACE:Zoobe junction]] and more than twenty wounded.}} She thinks more died. She does not know who put the [[bomb|WEAPON:IED]]; "everybody says [[Shabaab|ACTOR:al-Shabaab]], so it is [[Shabaab|ACTOR:al-Shabaab]]."

5. {{c1|Buried [[the same day|DATE:2021-08-17]], [[before the asr prayer|DATE:2021-08-17]], at the cemetery in [[Barakaat|PLACE]].}}

6. Asked about earlier harm to the family. {{c4|In [[Ramadan of last year|DATE:2020-04-24..2020-05-23]], at [[suhur time|DATE:2020-04-24..2020-05-23]], a [[mortar|WEAPON:MORTAR]] hit the roof of her house in [[Karaan|PLACE:Karan]].}} The family was eating. She heard it, "like a door falling on the house". {{c5|Her daughter [[Nimco|PERSON]], 9, was cut on the head and the arm by the iron sheets.}} Nobody else in the house was hurt. [Interpreter adds: in Somali people say "hoobiye" for the mortar.]

7. She believes the [[mortars|WEAPON:MORTAR]] were aimed at the police station two streets away. Not certain who fired. "At night they come, we do not see who."

8. {{c6,c8|She reports that her husband [[Cali|PERSON]] told her of a [[grenade|WEAPON:EXPLOSIVE_UNSPECIFIED]] thrown into a tea shop on the [[Suuq Bacaad|PLACE]] road in [[2018|DATE:2018-01-01..2018-12-31]]; one waiter killed, "four or five" hurt.}} She was not there. Dates unclear; could not confirm.

9. She asked that the name of her other son not be written. She fears that if people know she spoke, "they will come for him". Nothing has happened to him. No threats so far.

10. Follow-up: ask the tea seller about the sandals and the minibus stop; check the radio figure (8 killed / 20+ wounded) against hospital records.
@@witness so-mogadishu-ubax-sheekh
@@claim c1 harm=KILLED min=1 max=1 named="Yaasiin" weapon=IED actor=al-Shabaab site="Isgoyska Zoobe" date=2021-08-17 basis=WITNESSED incident=so-mogadishu-20210817-zoobe-junction-roadside-bomb
@@claim c2 harm=KILLED min=3 max=4 weapon=IED actor=al-Shabaab site="Isgoyska Zoobe" date=2021-08-17 basis=WITNESSED incident=so-mogadishu-20210817-zoobe-junction-roadside-bomb
@@claim c3 harm=KILLED min=8 max=8 weapon=IED site="Zoobe" date=2021-08-17 basis=REPORTED incident=so-mogadishu-20210817-zoobe-junction-roadside-bomb
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Karaan" date=2020-04-24..2020-05-23 basis=EXPERIENCED incident=so-mogadishu-20200500-karan-sheekh-house-mortar
@@claim c5 harm=INJURED min=1 max=1 named="Nimco" weapon=MORTAR site="Karaan" date=2020-04-24..2020-05-23 basis=WITNESSED incident=so-mogadishu-20200500-karan-sheekh-house-mortar
@@claim c6 harm=KILLED min=1 max=1 weapon=EXPLOSIVE_UNSPECIFIED site="Suuq Bacaad" date=2018-01-01..2018-12-31 basis=HEARSAY incident=so-mogadishu-20180000-suuq-bacaad-tea-shop-grenade
@@claim c7 harm=INJURED min=21 max=null weapon=IED site="Zoobe" date=2021-08-17 basis=REPORTED incident=so-mogadishu-20210817-zoobe-junction-roadside-bomb
@@claim c8 harm=INJURED min=4 max=5 weapon=EXPLOSIVE_UNSPECIFIED site="Suuq Bacaad" date=2018-01-01..2018-12-31 basis=HEARSAY incident=so-mogadishu-20180000-suuq-bacaad-tea-shop-grenade
