@@encoding utf-16le
PHONE CALL NOTES
Interview ID: DEZ-2908
Date of interview: 2018-02-06
Location: by phone, witness in [[Deir al-Zour|PLACE:Deir ez-Zor]] city
Language: Arabic
Interviewer: [[Yusuf Demir|PERSON]]

Notes written during the call, in the third person. Line dropped twice [inaudible sections marked].

The witness is [[Rasha Obeid|PERSON]], 33, a nurse. During the siege she worked in the small hospital in [[al-Qusoor|PLACE:al-Qusour]] and lived with her parents in [[al-Jorah|PLACE:al-Joura]], [[al-Joura|PLACE]], near the water tower.

She remembers the attack of [[Daesh|ACTOR:Islamic State]] in [[January 2017|DATE:2017-01-01..2017-01-31]] because she did not go home for four days. She placed the worst [[shelling|WEAPON:ARTILLERY]] "two days after they started on the [[al-Baghaliyah|PLACE]] side", [[a Monday|DATE:2017-01-16]], she thinks. {{c1,c10|She said the wounded came to the hospital from [[al-Jorah|PLACE:al-Joura]] all [[that afternoon|DATE:2017-01-16]]; by [[night|DATE:2017-01-16]] they had counted seven or eight dead from the [[shelling|WEAPON:ARTILLERY]], she is not sure, and more than forty wounded.}} {{c2|One of the dead was a boy of twelve, [[Moataz|PERSON]], son of the pharmacist [[Abu Moataz|PERSON]]; she held his hand in the corridor.}} [she stopped talking for a while here]

{{c3|She said she did not see the street herself [[that day|DATE:2017-01-16]], but her father told her later that the [[Daesh|ACTOR:Islamic State]] [[shells|WEAPON:ARTILLERY]] took the front off the bakery and three houses near it.}}

Asked about the [[sniper|WEAPON:SMALL_ARMS]], she said yes, everybody knew about the [[sniper|WEAPON:SMALL_ARMS]] near the [[al-Qusour|PLACE]] road, people crossed running. She treated several girls and women hit while carrying water, but she does not remember their names.

She wanted to correct something other people say. On [[2 February|DATE:2017-02-02]] there was a second round of [[mortars|WEAPON:MORTAR]] on [[al-Joura|PLACE]], a different day. {{c4|On [[that day|DATE:2017-02-02]], she said, the [[mortar|WEAPON:MORTAR]] fell on the queue for the aid bread near the school and killed two women, [[Sabah Hilal|PERSON]] and her sister-in-law [[Wadha|PERSON]].}} {{c5|Her own cousin [[Mahmoud Obeid|PERSON]] was wounded in the shoulder in the same queue.}} She saw this from the hospital door, it is one street away.

On the regime side: {{c6|her brother [[Ammar|PERSON]], 24, was arrested at a checkpoint of [[the Air Force Intelligence|ACTOR:Syrian government forces]] in [[March 2017|DATE:2017-03-01..2017-03-31]], because a name on a list looked like his name.}} {{c6|She said he was held for almost two months in a basement, and they only knew where he was because a released man told them.}} He is home now. [inaudible] Her other brother, [[Wael|PERSON]], was stopped [[the same week|DATE:2017-03-01..2017-03-31]], they took his ID and questioned him in the car for an hour, and then they gave the ID back and let him go.

About the end of the siege, [[September 2017|DATE:2017-09-01..2017-09-30]]: she did not see any fighting inside [[al-Joura|PLACE]] itself at that time. She said the [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]] were hitting the villages across the river, [[Hawijat Sakr|PLACE:Hawija Saqr]] and beyond. {{c7,c12|She heard from a colleague, a male nurse called [[Fares|PERSON]], that a boat with families trying to cross from [[Hawija Saqr|PLACE]] was hit and that "maybe twenty" died.}} She said she cannot confirm this. {{c8|She said a local news page on Facebook, one of the city pages, wrote that eleven houses on the island were flattened [[that week|DATE:2017-09-01..2017-09-30]].}}

[line dropped, called back]

{{c9,c11|She added that her aunt's family, the [[Hallak|PERSON]] family, left [[Deir ez-Zor|PLACE]] for [[Damascus|PLACE]] in [[October 2017|DATE:2017-10-01..2017-10-31]] because their house in [[al-Joura|PLACE]] had cracks all through it and the stairs had fallen.}} She said nobody from her family was killed in the whole siege, "thanks to God, only wounds".

Interviewer note: witness agreed to be contacted again. Her account of [[2 February|DATE:2017-02-02]] should not be merged with the [[January|DATE:2017-01-01..2017-01-31]] [[shelling|WEAPON:ARTILLERY]].
@@claim c1 harm=KILLED min=7 max=8 weapon=ARTILLERY actor="Islamic State" site="al-Jorah" date=2017-01-16 basis=WITNESSED incident=sy-deirezzor-20170116-joura-is-shelling
@@claim c2 harm=KILLED min=1 max=1 named="Moataz" weapon=ARTILLERY actor="Islamic State" site="al-Jorah" date=2017-01-16 basis=WITNESSED incident=sy-deirezzor-20170116-joura-is-shelling
@@claim c3 harm=PROPERTY_DAMAGE min=4 max=4 weapon=ARTILLERY actor="Islamic State" site="al-Jorah" date=2017-01-16 basis=HEARSAY incident=sy-deirezzor-20170116-joura-is-shelling
@@claim c4 harm=KILLED min=2 max=2 named="Sabah Hilal; Wadha" weapon=MORTAR site="al-Joura" date=2017-02-02 basis=WITNESSED incident=sy-deirezzor-20170202-joura-bread-queue-mortar
@@claim c5 harm=INJURED min=1 max=1 named="Mahmoud Obeid" weapon=MORTAR site="al-Joura" date=2017-02-02 basis=WITNESSED incident=sy-deirezzor-20170202-joura-bread-queue-mortar
@@claim c6 harm=DETAINED min=1 max=1 named="Ammar" actor="Syrian government forces" date=2017-03-01..2017-03-31 basis=HEARSAY incident=sy-deirezzor-20170300-ammar-obeid-arrest
@@claim c7 harm=KILLED min=20 max=20 weapon=AIRSTRIKE actor="Russian forces" site="Hawija Saqr" date=2017-09-01..2017-09-30 basis=HEARSAY incident=sy-deirezzor-20170900-hawija-saqr-boat-strike
@@claim c8 harm=PROPERTY_DAMAGE min=11 max=11 weapon=AIRSTRIKE actor="Russian forces" site="Hawija Saqr" date=2017-09-01..2017-09-30 basis=REPORTED incident=sy-deirezzor-20170900-hawija-saqr-island-houses
@@claim c9 harm=DISPLACED min=null max=null named="Hallak" site="al-Joura" date=2017-10-01..2017-10-31 basis=HEARSAY incident=sy-deirezzor-20171000-hallak-family-leave
@@claim c10 harm=INJURED min=41 max=null weapon=ARTILLERY actor="Islamic State" site="al-Jorah" date=2017-01-16 basis=WITNESSED incident=sy-deirezzor-20170116-joura-is-shelling
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null site="al-Joura" basis=HEARSAY incident=sy-deirezzor-20170000-hallak-house-damage
@@claim c12 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="Hawija Saqr" date=2017-09-01..2017-09-30 basis=HEARSAY incident=sy-deirezzor-20170900-hawija-saqr-boat-strike
@@witness sy-deirezzor-rasha-obeid
