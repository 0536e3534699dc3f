NOTES OF A TELEPHONE INTERVIEW
Interview ID: YE-TAZ-4952
Date: 08/01/2018
Researcher: [[Tomas Lindqvist|PERSON]]
Interpreter: [[Ebtisam Naji|PERSON]] (on the line from [[Aden|PLACE]])
Witness: nurse, emergency department, [[al-Rawdha hospital|PLACE]], [[Taiz|PLACE]] city
Language: Arabic

W. is [[Raghda Abdulkarim Sallam|PERSON]], 29, nurse in the emergency room of [[al-Rawdha hospital|PLACE]] since [[2014|DATE:2014-01-01..2014-12-31]]. Lives in [[al-Masbah|PLACE]]. Agreed to be named. Call made at night because of her shifts; line cut once.

Water tank in [[Osayfira|PLACE:Osaifira]]. W. says she was on the morning shift "on [[11/3|DATE:2017-03-11]], [[the Saturday|DATE:2017-03-11]]". {{c1|The wounded came "in pickups, in the back, on top of each other", between 15 and 20 in the first hour, she says, "I stopped counting at fifteen".}} {{c2|Five were dead when they arrived; she helped to put them in the corridor because the morgue was full. Three women and two boys.}} {{c3|Two of the wounded died [[before the morning|DATE:2017-03-11..2017-03-12]], one of them a boy with a wound in the belly.}} So seven in all "from our hospital", she does not know about [[al-Thawra hospital|PLACE]].
She remembers a girl called [[Salam|PERSON]], about seven, from the same lane. {{c4|"Her foot was hanging by the skin." The surgeon took the leg below the knee [[the same day|DATE:2017-03-11]].}} W. still sees the girl in the outpatient clinic.
Asked who fired: "the families said the [[Houthis|ACTOR:Houthis]], from [[al-Hawban|PLACE]]". W. did not see the attack herself. She says the wounds were [[mortar|WEAPON:MORTAR]] wounds, "many small pieces, not one [[bullet|WEAPON:SMALL_ARMS]]".
{{c5|Later she read a report of the UN (she thinks OCHA) that said "at least six civilians" were killed at a water point in [[Osayfira|PLACE:Osaifira]] [[that week|DATE:2017-03-06..2017-03-12]].}} She says the real number is more. Interpreter adds that W. laughed when she said this.

The hospital itself. {{c6|In [[May 2016|DATE:2016-05-01..2016-05-31]], [[the last days of May|DATE:2016-05-25..2016-05-31]], two [[shells|WEAPON:ARTILLERY]] hit the second floor of [[al-Rawdha hospital|PLACE]]. The windows of the women's ward, the water tank on the roof, the oxygen pipes.}} Nobody died. {{c7|A cleaner, [[Ali Hizam|PERSON]], had glass in his face and neck.}} W. was inside; she heard the first [[shell|WEAPON:ARTILLERY]] and took the patients to the corridor.
She says there was no [[air strike|WEAPON:AIRSTRIKE]] near the hospital at any time, "never from the sky, always [[shells|WEAPON:ARTILLERY]]". In [[2016|DATE:2016-01-01..2016-12-31]] there were rumours that the [[Houthis|ACTOR:Houthis]] would shell the hospital if fighters of [[the Resistance|ACTOR:Yemeni government forces]] were treated there. W.: "we treat everybody, this is the rule". She does not say who fired the [[shells|WEAPON:ARTILLERY]] in [[May|DATE:2016-05-01..2016-05-31]].

Family. {{c8|Her cousin [[Mukhtar|PERSON]], 17, was herding the goats of the family near [[al-Wazi'iyah|PLACE]] in [[the spring of 2017|DATE:2017-03-01..2017-05-31]] and stepped on a [[mine|WEAPON:LANDMINE]]. "We buried him without his legs."}} W. did not see it; her aunt phoned her at the hospital [[the same evening|DATE:2017-03-01..2017-05-31]]. {{c9|Three goats died with him.}}
Asked about [[mines|WEAPON:LANDMINE]] in the area: W. says people say the [[Houthis|ACTOR:Houthis]] put them when they left the villages, but she has no proof. [inaudible, about 20 seconds]

Her brother [[Fahd|PERSON]]. {{c10|He is a soldier with [[the National Army|ACTOR:Yemeni government forces]] at the front of [[Salah|PLACE]]. In [[November|DATE:2017-11-01..2017-11-30]] he was injured by a [[sniper|WEAPON:SMALL_ARMS]], a [[bullet|WEAPON:SMALL_ARMS]] in the shoulder, and he came to her own emergency room.}} W. says she does not count him "because he is a soldier, it is different". Researcher notes this is her own distinction.

W. on leaving: {{c11,c12|her parents left [[al-Masbah|PLACE]] in [[the summer|DATE:2017-06-01..2017-08-31]] for [[al-Turba|PLACE:al-Turbah]] with her four sisters, after a [[shell|WEAPON:ARTILLERY]] hit the house next door.}} She stays in the city for the hospital. "If I leave, who stays?"

End of call 23:10. W. asked that her photograph not be used. Follow-up: ask for the names of the seven dead from the hospital register.
@@witness ye-taiz-raghda-abdulkarim-sallam
@@claim c1 harm=INJURED min=15 max=20 weapon=MORTAR actor="Houthis" site="Osayfira" date=2017-03-11 basis=WITNESSED incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c2 harm=KILLED min=5 max=5 weapon=MORTAR actor="Houthis" site="Osayfira" date=2017-03-11 basis=WITNESSED incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c3 harm=KILLED min=2 max=2 weapon=MORTAR actor="Houthis" site="Osayfira" date=2017-03-11 basis=WITNESSED incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c4 harm=INJURED min=1 max=1 named="Salam" weapon=MORTAR actor="Houthis" site="Osayfira" date=2017-03-11 basis=WITNESSED incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c5 harm=KILLED min=6 max=null site="Osayfira" date=2017-03-06..2017-03-12 basis=REPORTED incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="al-Rawdha hospital" date=2016-05-25..2016-05-31 basis=EXPERIENCED incident=ye-taiz-20160500-rawdha-hospital-second-floor-shells
@@claim c7 harm=INJURED min=1 max=1 named="Ali Hizam" weapon=ARTILLERY site="al-Rawdha hospital" date=2016-05-25..2016-05-31 basis=WITNESSED incident=ye-taiz-20160500-rawdha-hospital-second-floor-shells
@@claim c8 harm=KILLED min=1 max=1 named="Mukhtar" weapon=LANDMINE site="al-Wazi'iyah" date=2017-03-01..2017-05-31 basis=HEARSAY incident=ye-waziiyah-20170000-mukhtar-goats-mine
@@claim c9 harm=PROPERTY_DAMAGE min=3 max=3 weapon=LANDMINE site="al-Wazi'iyah" date=2017-03-01..2017-05-31 basis=HEARSAY incident=ye-waziiyah-20170000-mukhtar-goats-mine
@@claim c10 harm=INJURED min=1 max=1 named="Fahd" weapon=SMALL_ARMS site="Salah" date=2017-11-01..2017-11-30 basis=WITNESSED incident=ye-taiz-20171100-salah-front-fahd-sniper
@@claim c11 harm=DISPLACED min=6 max=6 site="al-Masbah" date=2017-06-01..2017-08-31 basis=HEARSAY incident=ye-taiz-20170000-sallam-parents-flight
@@claim c12 harm=PROPERTY_DAMAGE min=null max=null site="al-Masbah" date=2017-06-01..2017-08-31 basis=HEARSAY incident=ye-taiz-20170000-sallam-parents-flight
