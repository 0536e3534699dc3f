Interview ID: YE-TAZ-1122
Date: 2017-01-19
Location: [[Taiz|PLACE]], [[Salah|PLACE]] district (witness's home)
Language: Arabic
Interviewer: [[Gwen Marsh|PERSON]]
Interpreter: [[Bushra al-Maqtari|PERSON]]

[00:00:05] Q: Can you tell me your name?
[00:00:08] A: [[Mohamad Abdulwali Nu'man|PERSON]]. I am a nurse at the health unit in [[Salah|PLACE]], [[Sala|PLACE:Salah]], east of [[Ta'iz|PLACE:Taiz]] city, below the [[Republican Palace|PLACE]].
[00:00:20] Q: What is the situation in [[Salah|PLACE]]?
[00:00:24] A: We are on the front. Eh, I mean, the front is not a line, it is inside the neighbourhood, one street is theirs, the next street is ours, and the people go between with white cloths on a stick. The [[Houthis|ACTOR:Houthis]] are on the hills at the palace and [[Tabbat al-Sallal|PLACE]], and [[the Resistance|ACTOR:Yemeni government forces]] is in the streets below. The houses in the middle, and the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] falls on them from both sides.
[00:00:41] Q: We heard about [[shelling|WEAPON:MORTAR]] in the area on [[4 September|DATE:2016-09-04]], [[the same day|DATE:2016-09-04]] as the water point in [[al-Qahira|PLACE]]. Were you working [[that day|DATE]]?
[00:00:52] A: Yes. {{c1|[[That morning|DATE:2016-09-04]], [[about nine|DATE:2016-09-04]], after the [[shells|WEAPON:MORTAR]] on the water tank in [[al-Qahira|PLACE]], one hour after, a [[mortar|WEAPON:MORTAR]] fell on the street in front of our health unit, in [[Salah|PLACE]]. Two women waiting outside were injured, one of them pregnant, [[Umm Shihab|PERSON]].}}
[00:01:14] A: It was a different [[shell|WEAPON:MORTAR]], a different place. Not the tank. People mix them because it was [[the same morning|DATE]]. Our place is maybe one and a half kilometres from the tank.
[00:01:27] Q: Did anyone die at the health unit?
[00:01:30] A: No, nobody died at our place [[that day|DATE]]. The women lived. [[Umm Shihab|PERSON]] gave birth one month later, a boy, she called him [[Salah|PERSON]], like the district. [laughs]
[00:01:44] Q: What other attacks have you seen in [[Salah|PLACE]]?
[00:01:48] A: {{c2|The [[snipers|WEAPON:SMALL_ARMS]] are the worst. On [[the 14th of October|DATE:2016-10-14]], a [[sniper|WEAPON:SMALL_ARMS]] shot a boy, [[Taha|PERSON]], ten, in the street of the [[al-Kuwait hospital|PLACE]]... no, near the [[Wadi al-Madam|PLACE]] road. He died in my hands at the unit.}}
[00:02:10] A: {{c3|And in [[November|DATE:2016-11-01..2016-11-30]], the [[Katyusha|WEAPON:ROCKET]], two [[rockets|WEAPON:ROCKET]], on the houses of [[Hay al-Jahmaliya|PLACE]] near us. A family, the [[Ghaleb|PERSON]] family, four dead, father, mother and two daughters.}} I heard from the ambulance driver, he brought the bodies.
[00:02:32] Q: Has the area also been hit from the air?
[00:02:36] A: {{c4|Yes, [[the coalition|ACTOR:Saudi-led coalition]] [[planes|WEAPON:AIRSTRIKE]] bombed the palace many times, because the [[Houthis|ACTOR:Houthis]] are in it. In [[August|DATE:2016-08-01..2016-08-31]], one [[air strike|WEAPON:AIRSTRIKE]] missed and hit houses below, two houses destroyed.}} {{c5,c8|A man, [[Abdulraqib|PERSON]], was killed, and his son was injured in the leg.}}
[00:03:00] Q: Did you see that?
[00:03:02] A: I saw the houses after. {{c8|I treated the son, [[Akram|PERSON]], fourteen.}} His father I did not see, he was already buried.
[00:03:12] A: {{c6|And [[mines|WEAPON:LANDMINE]]. The [[Houthis|ACTOR:Houthis]] left [[mines|WEAPON:LANDMINE]] when they pulled back from [[al-Dhabab|PLACE]]. In [[December|DATE:2016-12-01..2016-12-31]], three people, a farmer and his two sons, were injured when a [[mine|WEAPON:LANDMINE]] exploded under the donkey.}}
[00:03:35] Q: How many people in [[Salah|PLACE]] have left?
[00:03:38] A: {{c7|Most. Hundreds of families, maybe half of the district. They went to [[al-Turba|PLACE]], to [[al-Hujariya|PLACE]], to [[Aden|PLACE]].}} We stay because the unit is here. If the unit closes, who treats the people who stay?
[00:03:55] Q: Are there threats against the health unit?
[00:03:58] A: Some fighters came and said if we treat the other side they will close us. Nobody did anything, until now. We treat everybody.
[00:04:10] Q: Thank you.
[00:04:12] A: Please, ask for medicines. We have no anaesthesia. We stitch children with nothing.

@@witness ye-taiz-mohamad-numan
@@claim c1 harm=INJURED min=2 max=2 named="Umm Shihab" weapon=MORTAR site="Salah" date=2016-09-04 basis=WITNESSED incident=ye-taiz-20160904-salah-health-unit
@@claim c2 harm=KILLED min=1 max=1 named="Taha" weapon=SMALL_ARMS site="Wadi al-Madam" date=2016-10-14 basis=WITNESSED incident=ye-taiz-20161014-taha-sniper
@@claim c3 harm=KILLED min=4 max=4 weapon=ROCKET site="Hay al-Jahmaliya" date=2016-11-01..2016-11-30 basis=HEARSAY incident=ye-taiz-20161100-ghaleb-family
@@claim c4 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE actor="Saudi-led coalition" site="Salah" date=2016-08-01..2016-08-31 basis=WITNESSED incident=ye-taiz-20160800-palace-strike
@@claim c5 harm=KILLED min=1 max=1 named="Abdulraqib" weapon=AIRSTRIKE actor="Saudi-led coalition" site="Salah" date=2016-08-01..2016-08-31 basis=HEARSAY incident=ye-taiz-20160800-palace-strike
@@claim c8 harm=INJURED min=1 max=1 named="Akram" weapon=AIRSTRIKE actor="Saudi-led coalition" site="Salah" date=2016-08-01..2016-08-31 basis=WITNESSED incident=ye-taiz-20160800-palace-strike
@@claim c6 harm=INJURED min=3 max=3 weapon=LANDMINE actor="Houthis" site="al-Dhabab" date=2016-12-01..2016-12-31 basis=HEARSAY incident=ye-taiz-20161200-dhabab-mine
@@claim c7 harm=DISPLACED min=200 max=null site="Salah" basis=WITNESSED incident=ye-taiz-20150000-salah-displacement
