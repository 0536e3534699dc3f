Interview ID: PS-SHJ-318
Interview date: 2024-02-19
Place of interview: [[Nuseirat|PLACE]] camp, [[Gaza|PLACE]] (school shelter)
Language: Arabic
Interviewer: [[Nadia Haddad|PERSON]]
Interpreter: none (interview in Arabic, translated afterwards)

Q: Where are you from in [[Gaza|PLACE]] city?
A: From [[Shuja'iyya|PLACE]], [[al-Shejaiya|PLACE:Shuja'iyya]] as the people of the city say, near [[al-Mintar|PLACE]] hill. My family is there from [[before 1948|DATE]], we are not refugees, we are the old people of [[Gaza|PLACE]]. [laughs]
Q: You lived through the war in [[2014|DATE:2014-01-01..2014-12-31]] there?
A: Yes. [[The night of 20 July 2014|DATE:2014-07-20]], [[that night|DATE:2014-07-20]] nobody from [[Shuja'iyya|PLACE]] forgets. From [[midnight until the sabah|DATE:2014-07-20]], [[the morning|DATE:2014-07-20]], the [[artillery|WEAPON:ARTILLERY]] did not stop one minute. Hundreds of [[shells|WEAPON:ARTILLERY]]. Thousands, maybe.
Q: Where were you [[that night|DATE:2014-07-20]]?
A: In the house, on the ground floor, under the stairs. My wife [[Sabah|PERSON]], my mother, the children. [[Sabah|PERSON]] was pregnant with our third.
Q: What happened around you?
A: {{c1|Our neighbour [[Husayn al-Helou|PERSON]] and his two sons, [[Fares|PERSON]] and [[Ahmad|PERSON]], were killed when a [[shell|WEAPON:ARTILLERY]] came into their kitchen, [[about three o'clock in the night|DATE:2014-07-20]].}} {{c1|I saw [[Hussein|PERSON]] in [[the morning|DATE:2014-07-20]], when we left, they were still in the kitchen.}} [pause] We could not take them.
Q: Were there fighters in your street [[that night|DATE:2014-07-20]]?
A: In our street no. There was no resistance in our street. On the edges, in the east, maybe, I heard [[shooting|WEAPON:SMALL_ARMS]], but we were in the middle, in the houses.
Q: Who was firing the [[shells|WEAPON:ARTILLERY]]?
A: The [[Israeli|ACTOR:Israeli forces]] [[tanks|WEAPON:ARTILLERY]] and [[artillery|WEAPON:ARTILLERY]] from the border, from [[Nahal Oz|PLACE]] side. [[The Israeli army|ACTOR:Israeli forces]].
Q: What happened in [[the morning|DATE:2014-07-20]]?
A: {{c2|In [[the morning|DATE:2014-07-20]], [[the sabah of the 20th|DATE:2014-07-20]], we ran out, all of [[Shuja'iyya|PLACE]] was running to the west, to [[al-Shifa|PLACE:al-Shifa hospital]], to the schools.}} {{c3|On the road I saw people lying dead, maybe six, seven, I cannot say exactly, near the [[Baghdad street|PLACE]] crossroads.}}
Q: And in this war, since [[October|DATE:2023-10-01..2023-10-31]]?
A: Since [[October|DATE:2023-10-01..2023-10-31]] the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] did not stop.
A: {{c4|In [[December|DATE:2023-12-01..2023-12-31]], [[the 12th|DATE:2023-12-12]], [[the planes|WEAPON:AIRSTRIKE]] destroyed our house. We were not inside, thank God, we went before to the house of my brother in [[al-Tuffah|PLACE]].}} Before this, they called my brother on the phone, a man speaking Arabic, and said "evacuate or we bomb the whole block". They did not bomb the block [[that day|DATE]]. [inaudible] They bombed it [[one week later|DATE]].
Q: Was anybody hurt when the house was destroyed?
A: In our house nobody. {{c5|In the house beside us, [[Abu Samir|PERSON]] and his wife [[Umm Samir|PERSON]] were killed, they refused to leave, he was eighty.}}
Q: Did anything happen to your own family?
A: {{c6|My son [[Omar|PERSON]], seventeen, in [[al-Tuffah|PLACE]], in [[January|DATE:2024-01-01..2024-01-31]]. The [[hawn|WEAPON:MORTAR]], the [[mortar shells|WEAPON:MORTAR]], they fell in the street, three, four, one after another, and a piece went into his back.}} He is alive, he walks, but slowly.
Q: Do you know who fired the [[mortars|WEAPON:MORTAR]]?
A: From the east, where [[the army|ACTOR:Israeli forces]] was. I do not know more. I did not see them fire.
Q: How did you come to [[Nuseirat|PLACE]]?
A: {{c7|At [[the end of January|DATE:2024-01-20..2024-01-31]], all of us, eleven people, we went south through the [[Salah al-Din road|PLACE]], with the white flags.}} My brother stayed in [[Gaza|PLACE]] city, in [[al-Tuffah|PLACE]], with his sick wife.
Q: Is there anything you want to add?
A: In [[2014|DATE:2014-01-01..2014-12-31]] we rebuilt the house, stone by stone, ten years. Now I am fifty-four. I do not have another ten years.
@@witness ps-shujaiyya-witness-318
@@claim c1 harm=KILLED min=3 max=3 named="Husayn al-Helou; Fares; Ahmad" weapon=ARTILLERY actor="Israeli forces" site="Shuja'iyya" date=2014-07-20 basis=WITNESSED incident=ps-shujaiyya-20140720-night-artillery
@@claim c2 harm=DISPLACED min=null max=null site="Shuja'iyya" date=2014-07-20 basis=EXPERIENCED incident=ps-shujaiyya-20140720-night-artillery
@@claim c3 harm=KILLED min=6 max=7 site="Baghdad street" date=2014-07-20 basis=WITNESSED incident=ps-shujaiyya-20140720-night-artillery
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Shuja'iyya" date=2023-12-12 basis=HEARSAY incident=ps-shujaiyya-20231212-witness-318-house
@@claim c5 harm=KILLED min=2 max=2 named="Abu Samir; Umm Samir" weapon=AIRSTRIKE site="Shuja'iyya" date=2023-12-12 basis=HEARSAY incident=ps-shujaiyya-20231212-witness-318-house
@@claim c6 harm=INJURED min=1 max=1 named="Omar" weapon=MORTAR site="al-Tuffah" date=2024-01-01..2024-01-31 basis=WITNESSED incident=ps-gaza-20240100-tuffah-mortar-omar
@@claim c7 harm=DISPLACED min=11 max=11 site="al-Tuffah" date=2024-01-20..2024-01-31 basis=EXPERIENCED incident=ps-gaza-20240100-witness-318-displaced
