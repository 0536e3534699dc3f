@@encoding utf-16le
Interview ID: ANB-3206
Date: 2017-01-15
Place of interview: [[Baghdad|PLACE]], [[Hay al-Jihad|PLACE]]
Language: Arabic
Interviewer: I-17
Interpreter: none, interviewer speaks Arabic

INT: For the record, your name and age.
RESP: [[Qusay Abdulkarim|PERSON]], twenty-eight. From [[Fallujah|PLACE]], the [[Nazzal|PLACE]] neighbourhood, but my family is from [[Hit|PLACE]] in origin.
INT: You left [[Fallujah|PLACE]] in [[June 2016|DATE:2016-06-01..2016-06-30]]?
RESP: Yes. We came out through the south, to [[Nuaimiyah|PLACE:al-Nuaimiya]], to [[the army|ACTOR:Iraqi forces]]. This was [[the 17th|DATE:2016-06-17]], the seventeenth, I know the date because it was [[the 12th of Ramadan|DATE:2016-06-17]], the middle of the fasting. We were maybe three hundred people, families.
INT: What happened when you reached [[the army|ACTOR:Iraqi forces]]?
RESP: First, OK, water, dates. Then a man with a list, an officer, and men with masks, the masked men from the [[Hashd|ACTOR:Popular Mobilization Forces]], I know it from the badges. They said all men from fifteen to sixty this side. The women they sent in buses to the camp.
INT: Were you taken?
RESP: {{c1|Yes. Me, my cousin [[Firas|PERSON]], the two sons of our neighbour, about seventy men [[that morning|DATE:2016-06-17]] from our group. They tied our hands with plastic, they put us in trucks, big trucks for animals.}}
RESP: {{c1|They took us to a place, a farm, I think it was a chicken farm, near [[Karma|PLACE:Garma]], the [[Garma|PLACE]] road. Four days there. No food the first two days.}}
INT: Were you hurt there?
RESP: {{c2|They beat everybody, with pipes, with the cables of the generator. My shoulder, it came out of its place, I still cannot raise the arm above my head.}} [pause] {{c3|Two men died in that place. One was old, Hajji [[Mahmoud|PERSON]], I think he had sugar, diabetes, and they did not give him anything. The other one, a young man, [[Raed|PERSON]], they beat him on the head.}} I saw [[Raed|PERSON]] die. I was next to him.
INT: How did you get out?
RESP: On [[the fifth day|DATE:2016-06-21]], the police of [[Anbar|PLACE]] came, and the intelligence of [[the army|ACTOR:Iraqi forces]], and they moved us to [[Amiriyat al-Fallujah|PLACE]], and there they checked the names in the computer. My name was clean, so they released me, after eight days altogether. [[Firas|PERSON]] also.
INT: And the others?
RESP: {{c4|Many came out with us. But not all. The provincial council said later, on television, more than six hundred men from the [[Saqlawiyah|PLACE]] and [[Nuaimiyah|PLACE:al-Nuaimiya]] screenings are still missing.}} {{c5|The sons of our neighbour, [[Uday|PERSON]] and [[Bilal|PERSON]], until now nobody knows anything, their mother goes from office to office.}}
INT: Did you hear [[mortars|WEAPON:MORTAR]] at [[Amiriyat al-Fallujah|PLACE]]?
RESP: Yes, [[Daesh|ACTOR:Islamic State]] fired [[mortars|WEAPON:MORTAR]] at the camps sometimes, from the [[Fallujah|PLACE]] side. {{c6|[[Two days after Eid|DATE:2016-07-08]], when I was already in the camp, a [[mortar round|WEAPON:MORTAR]] fell on the tents of the first section... no, sorry, the third section, near the water tanks. It burned three tents.}} {{c7|A child was hurt in the leg, I saw them carry her.}}
INT: You said your family is from [[Hit|PLACE]]. Did anything happen there?
RESP: My uncle's family stayed in [[Heet|PLACE:Hit]]. {{c8|When [[the State|ACTOR:Islamic State]] took [[Hit|PLACE]], in [[October 2014|DATE:2014-10-01..2014-10-31]], they came for my uncle [[Hamad|PERSON]] because he was in the police before.}} {{c8|My cousin [[Saif|PERSON]] told me, they took him from the house in front of his children, in [[the night|DATE:2014-10-01..2014-10-31]].}} {{c9|After that, nothing. No body, no grave. We heard he was killed, we heard he is in [[Mosul|PLACE]], we heard everything.}}
INT: Anything else from [[Hit|PLACE]]?
RESP: {{c10|In [[2016|DATE:2016-01-01..2016-12-31]], in [[April|DATE:2016-04-01..2016-04-30]], when [[the army|ACTOR:Iraqi forces]] took back [[Hit|PLACE]], my cousin sent me pictures. The house of my uncle, the whole front of it fell down, [[Daesh|ACTOR:Islamic State]] put [[explosives|WEAPON:IED]] in it before they left, and the garden, the palms, all burned.}}
INT: Have you ever been arrested again since?
RESP: At a checkpoint in [[Baghdad|PLACE]], once, because my card says [[Fallujah|PLACE]]. They kept me standing one hour, they called somebody, then they let me go. It is normal now. For us it is normal.
@@claim c1 harm=DETAINED min=70 max=70 named="Firas; Uday; Bilal" actor="Popular Mobilization Forces" site="Nuaimiyah" date=2016-06-17 basis=EXPERIENCED incident=iq-fallujah-20160617-nuaimiya-screening
@@claim c2 harm=INJURED min=1 max=1 actor="Popular Mobilization Forces" site="Garma" date=2016-06-17..2016-06-21 basis=EXPERIENCED incident=iq-fallujah-20160617-nuaimiya-screening
@@claim c3 harm=KILLED min=2 max=2 named="Mahmoud; Raed" actor="Popular Mobilization Forces" site="Garma" date=2016-06-17..2016-06-21 basis=WITNESSED incident=iq-fallujah-20160617-nuaimiya-screening
@@claim c4 harm=MISSING min=601 max=null site="Nuaimiyah" basis=REPORTED incident=iq-fallujah-20160617-nuaimiya-screening
@@claim c5 harm=MISSING min=2 max=2 named="Uday; Bilal" site="Nuaimiyah" date=2016-06-17 basis=HEARSAY incident=iq-fallujah-20160617-nuaimiya-screening
@@claim c6 harm=PROPERTY_DAMAGE min=3 max=3 weapon=MORTAR actor="Islamic State" site="Amiriyat al-Fallujah" date=2016-07-08 basis=WITNESSED incident=iq-amiriyatalfallujah-20160708-camp-mortar
@@claim c7 harm=INJURED min=1 max=1 weapon=MORTAR actor="Islamic State" site="Amiriyat al-Fallujah" date=2016-07-08 basis=WITNESSED incident=iq-amiriyatalfallujah-20160708-camp-mortar
@@claim c8 harm=DETAINED min=1 max=1 named="Hamad" actor="Islamic State" site="Heet" date=2014-10-01..2014-10-31 basis=HEARSAY incident=iq-hit-20141000-hamad-police-taken
@@claim c9 harm=MISSING min=1 max=1 named="Hamad" actor="Islamic State" site="Heet" date=2014-10-01..2014-10-31 basis=HEARSAY incident=iq-hit-20141000-hamad-police-taken
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="Hit" date=2016-04-01..2016-04-30 basis=HEARSAY incident=iq-hit-20160400-hamad-house-explosives
@@witness iq-fallujah-qusay-abdulkarim
