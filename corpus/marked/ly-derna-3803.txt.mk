@@newline crlf
CALL NOTES, typed during the call, tidied afterwards
Interview ID: LY-DRN-3803
Date: 2018-11-22
Location: by WhatsApp audio, researcher in [[Tunis|PLACE]], caller in [[Derna|PLACE]]
Language: Arabic (Libyan), notes in English
Interviewer: [[Rania Qasem|PERSON]]
Caller: [[Ibtisam Fakroun|PERSON]], 38, lives in the [[Shiha|PLACE]] area of [[Derna|PLACE]]

1. Caller was referred by a lawyer in [[Benghazi|PLACE]]. She asked that the call be short because the electricity comes only a few hours. Line quality poor; she moved to the roof halfway through.

2. She first spoke about her uncle [[Ramadan|PERSON]] (Hajj [[Ramadan Fakroun|PERSON]], about seventy). [R. note: Ramadan here is the uncle's name, not the month.] {{c1|She said [[the jets|WEAPON:AIRSTRIKE]] of [[Karama|ACTOR:Libyan National Army]] struck the street behind his house in [[al-Maghar|PLACE]] at [[the end of May|DATE:2018-05-25..2018-05-31]], "in [[the middle of Ramadan|DATE:2018-05-25..2018-05-31]], the month", and the back half of his roof fell into the kitchen.}} {{c2|Her uncle's wife and a grandson were hurt by the falling blocks, the boy in the head.}} She was visiting and saw it: "I was in the sitting room, the dust came at us like flour."

3. {{c1|According to her, three more houses on that lane had their fronts torn off and the small bakery at the corner burned to the ground.}} She said nobody in the lane was killed: "the people were downstairs, God protected them." She could not say whether [[the planes|WEAPON:AIRSTRIKE]] were Libyan or foreign; people in the street "said Egyptian, said Emirati, said everything."

4. The main subject was her brothers. [[Tareq|PERSON]] (31) and [[Yousef|PERSON]] (27). She said the [[LNA|ACTOR:Libyan National Army]] took the old city [[after Eid al-Fitr|DATE:2018-06-16..2018-06-30]]. {{c4|On [[the 28th of June|DATE:2018-06-28]], around [[the dhuhr prayer|DATE:2018-06-28]], soldiers came into the family house in the old city, near the [[Sahaba mosque|PLACE]], and dragged out both brothers and a neighbour, [[Salem Buzeriba|PERSON]], with their shirts over their heads.}} She was present, her mother too. "They said, you are the [[Shura|ACTOR:Derna Protection Force]], you are [[Mujahideen Shura Council|ACTOR:Derna Protection Force]]. My brothers sold fish!"

5. {{c5|She said [[Yousef|PERSON]] was held in [[Gernada prison|PLACE]] for eleven weeks and released in [[September|DATE:2018-09-01..2018-09-30]]; he told her they were forty in one room.}} {{c6|He came home with his shoulder broken and cannot lift his arm.}}

6. {{c7|About [[Tareq|PERSON]] there is no news. She said the family asked at [[Gernada|PLACE]], at the military police in [[Benghazi|PLACE]], at the Red Crescent. "Some say he is in the east, some say he is dead. Nobody gives a paper."}} [Caller cried here; pause of about a minute.]

7. She said her mother was also threatened: an officer told her that if she kept asking they would arrest her too. They did not. The neighbour [[Salem|PERSON]] was released [[after two days|DATE:2018-06-30]], "they checked his name and let him go because his cousin is an officer".

8. Asked about [[shelling|WEAPON:ARTILLERY]]. She said the [[mortars|WEAPON:MORTAR]] and [[artillery|WEAPON:ARTILLERY]] fell on [[Shiha|PLACE]] and [[Sheeha al-Gharbiya|PLACE]] many times between [[March and June|DATE:2018-03-01..2018-06-30]]. {{c8|She heard from neighbours that a woman, [[Umm Hamdi|PERSON]], was killed in her courtyard by a [[mortar round|WEAPON:MORTAR]] [[a week before the attack on the old city|DATE:2018-06-04..2018-06-10]].}} She did not see it. She did not know who fired; "both sides had [[mortars|WEAPON:MORTAR]]."

9. She mentioned that in [[2017|DATE:2017-01-01..2017-12-31]] people said [[helicopters|WEAPON:AIRSTRIKE]] threw [[barrels|WEAPON:BARREL_BOMB]] near [[al-Fatayeh|PLACE]]. {{c9|A cousin told her the old tomato paste factory there was gutted, "only the chimney stayed".}} She stressed she was not there and does not know if it was a [[barrel|WEAPON:BARREL_BOMB]] or a [[missile|WEAPON:MISSILE]].

10. {{c10|On the old city after the fighting: she said when the families were allowed back, in [[August|DATE:2018-08-01..2018-08-31]], she walked through and about half the houses of her street had no roofs, the old doors burned.}} {{c11|She said a boy of the [[Hasadi|PERSON]] family, [[Karim|PERSON]], was hurt by a [[booby trap|WEAPON:IED]] in a house there, a wire on a door, in [[the first days of August|DATE:2018-08-01..2018-08-07]].}} She knows this from his aunt. [R. note: the caller said "Allah karim" several times during the call; only the boy is named [[Karim|PERSON]].]

11. She said there were no [[mines|WEAPON:LANDMINE]] in her own street, "they cleaned it", but the wadi is still dangerous.

12. Follow-up: she will send a photo of [[Tareq|PERSON]]'s ID and the release paper of [[Yousef|PERSON]]. Call ended after about 40 minutes.
@@witness ly-derna-ibtisam-fakroun
@@claim c1 harm=PROPERTY_DAMAGE min=4 max=4 named="Ramadan" weapon=AIRSTRIKE actor="Libyan National Army" site="al-Maghar" date=2018-05-25..2018-05-31 basis=WITNESSED incident=ly-derna-20180500-almaghar-ramadan-house-strike
@@claim c2 harm=INJURED min=2 max=2 weapon=AIRSTRIKE actor="Libyan National Army" site="al-Maghar" date=2018-05-25..2018-05-31 basis=WITNESSED incident=ly-derna-20180500-almaghar-ramadan-house-strike
@@claim c4 harm=DETAINED min=3 max=3 named="Tareq; Yousef; Salem Buzeriba" actor="Libyan National Army" site="Sahaba mosque" date=2018-06-28 basis=WITNESSED incident=ly-derna-20180628-oldcity-fakroun-brothers-taken
@@claim c5 harm=DETAINED min=1 max=1 named="Yousef" actor="Libyan National Army" site="Gernada prison" date=2018-06-28..2018-09-30 basis=HEARSAY incident=ly-derna-20180628-oldcity-fakroun-brothers-taken
@@claim c6 harm=INJURED min=1 max=1 named="Yousef" actor="Libyan National Army" site="Gernada prison" date=2018-06-28..2018-09-30 basis=HEARSAY incident=ly-derna-20180628-oldcity-fakroun-brothers-taken
@@claim c7 harm=MISSING min=1 max=1 named="Tareq" actor="Libyan National Army" site="Sahaba mosque" date=2018-06-28 basis=HEARSAY incident=ly-derna-20180628-oldcity-fakroun-brothers-taken
@@claim c8 harm=KILLED min=1 max=1 named="Umm Hamdi" weapon=MORTAR site="Shiha" date=2018-06-04..2018-06-10 basis=HEARSAY incident=ly-derna-20180600-shiha-umm-hamdi-mortar
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="al-Fatayeh" date=2017-01-01..2017-12-31 basis=HEARSAY incident=ly-derna-20170000-alfatayeh-factory-barrels
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="Derna" date=2018-06-01..2018-07-31 basis=WITNESSED incident=ly-derna-20180600-oldcity-street-destruction
@@claim c11 harm=INJURED min=1 max=1 named="Karim" weapon=IED site="Derna" date=2018-08-01..2018-08-07 basis=HEARSAY incident=ly-derna-20180801-oldcity-karim-booby-trap
