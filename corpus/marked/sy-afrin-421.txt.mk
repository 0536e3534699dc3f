Interview ID: SY-AFR-421
Interview date: 21 September 2018
Place of interview: [[Fafin|PLACE]], northern [[Aleppo|PLACE]] countryside
Language: Kurmanji Kurdish, interpreted into English
Interviewer: [[Sofia Brandt|PERSON]]
Interpreter: [[Dilshad Hasso|PERSON]]
Speaker: [[Hevin|PERSON]]

Sofia: Thank you for agreeing to talk with me, [[Hevin|PERSON]]. Where did you live before?
Hevin: In [[Jinderes|PLACE]], in [[Afrin|PLACE]]. Some write it Jindires. We had olive trees, four hundred trees, from my husband's father.
Sofia: When did the operation start for you?
Hevin: [[The 20th of January|DATE:2018-01-20]]. In [[the afternoon|DATE:2018-01-20]] [[the jets|WEAPON:AIRSTRIKE]] of [[the Turks|ACTOR:Turkish forces]] came, many, all over [[Afrin|PLACE]] at the same time. After that, every day, the [[artillery|WEAPON:ARTILLERY]] from the border, and [[the planes|WEAPON:AIRSTRIKE]]. The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] did not stop for two months.
Sofia: What happened to your family?
Hevin: My aunt lived at the edge of [[Jinderes|PLACE]], near the road to [[Hamam|PLACE]]. {{c7|At [[the start of February|DATE:2018-02-01..2018-02-07]], I think [[the 3rd or the 4th|DATE:2018-02-03..2018-02-04]], a [[missile|WEAPON:MISSILE]] from [[the plane|WEAPON:AIRSTRIKE]] hit her house in [[the night|DATE]].}} {{c1|My three cousins were killed, [[Rezan|PERSON]], [[Ciwan|PERSON]] and [[Baran|PERSON]], the oldest was nineteen.}} {{c2|My aunt, [[Xezal|PERSON]], she lived, but her back is broken, she is in a wheelchair now.}}
Dilshad: She says "Xezal". In Arabic it would be Ghazal, or Khazal.
Sofia: Were you there?
Hevin: We came in [[the morning|DATE]]. I saw them take my cousins out of the stones. I washed [[Baran|PERSON]], the youngest, myself.
Sofia: Was there any military position near your aunt's house?
Hevin: No. The fighters were on the hills, on the front near [[Rajo|PLACE]] and the border. In the town there were no fighters, only the police station, far from my aunt.
Dilshad: [[Rajo|PLACE]] is in the north-west of [[Afrin|PLACE]], near the Turkish border.
Sofia: Did you hear of other attacks in those weeks?
Hevin: Many. {{c3|On the Kurdish television they said [[the jets|WEAPON:AIRSTRIKE]] used [[napalm|WEAPON:INCENDIARY]] in [[Sheikh al-Hadid|PLACE]], and six people burned, but I did not see it.}} I saw only the smoke from far. For us, napalm is any bomb that burns.
Sofia: When did you leave [[Jinderes|PLACE]]?
Hevin: In [[March|DATE:2018-03-01..2018-03-31]], before the city fell. {{c4|[[The 15th of March|DATE:2018-03-15]], maybe, we went with the tractor, eight people, me, my husband [[Mihemed|PERSON]], our four children, and his parents, to [[Afrin|PLACE]] city first, then to [[Shahba|PLACE]].}} On the road there were hundreds of cars. Everybody was leaving. [[The planes|WEAPON:AIRSTRIKE]] were above the road also, but they did not hit us, thanks to God.
Sofia: Has anyone from your family gone back?
Hevin: My brother, [[Shiyar|PERSON]]. He went back in [[July|DATE:2018-07-01..2018-07-31]] to see the house and the trees. {{c5|At the checkpoint in [[Jinderes|PLACE]] [[the factions|ACTOR:Syrian National Army]] took him, they said he was with the administration, and they asked three thousand dollars from us.}} We paid. He was inside for twenty-six days. He says they beat him with a cable.
Sofia: Who exactly took him?
Hevin: [[The National Army|ACTOR:Syrian National Army]], the ones with [[the Turks|ACTOR:Turkish forces]]. One of them was from our area, an Arab from [[Hamam|PLACE]], he knew my brother. My brother said salam to him, and he looked away.
Sofia: And the house?
Hevin: {{c6|The house is taken, a family from [[Ghouta|PLACE]] lives in it now, and the olive oil, forty tins, and the tractor, they took everything.}} Our neighbour's son, [[Salam|PERSON]], sent us the photos on the phone. If we go back, they will take us too, like my brother.
@@witness sy-jinderes-hevin
@@claim c1 harm=KILLED min=3 max=3 named="Rezan; Ciwan; Baran" weapon=MISSILE actor="Turkish forces" site="Jinderes" date=2018-02-03..2018-02-04 basis=WITNESSED incident=sy-jinderes-20180203-aunt-house
@@claim c2 harm=INJURED min=1 max=1 named="Xezal" weapon=MISSILE actor="Turkish forces" site="Jinderes" date=2018-02-03..2018-02-04 basis=WITNESSED incident=sy-jinderes-20180203-aunt-house
@@claim c3 harm=KILLED min=6 max=6 weapon=INCENDIARY actor="Turkish forces" site="Sheikh al-Hadid" basis=REPORTED incident=sy-sheikhalhadid-20180000-napalm
@@claim c4 harm=DISPLACED min=8 max=8 site="Jinderes" date=2018-03-15 basis=EXPERIENCED incident=sy-afrin-20180315-jinderes-exodus
@@claim c5 harm=DETAINED min=1 max=1 named="Shiyar" actor="Syrian National Army" site="Jinderes" date=2018-07-01..2018-07-31 basis=HEARSAY incident=sy-jinderes-20180700-checkpoint-detention
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null actor="Syrian National Army" site="Jinderes" basis=HEARSAY incident=sy-jinderes-20180000-house-seizure
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Turkish forces" site="Jinderes" date=2018-02-03..2018-02-04 basis=WITNESSED incident=sy-jinderes-20180203-aunt-house
