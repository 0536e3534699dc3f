INTERVIEW NOTES - ANBAR PROJECT
Interview ID: IQ-FLJ-4252
Interview date: 2019-04-03
Location: [[Amiriyat al-Fallujah|PLACE]], at the witness's sister's house
Language: Arabic
Interviewer: [[Maryam Haddad|PERSON]]
Witness: [[Hanan Abdulkarim|PERSON]], known as [[Umm Yasir|PERSON]], 41
Q: You are from [[Fallujah|PLACE]], from [[al-Nazzal|PLACE]]?
A: Now [[al-Nazzal|PLACE]], yes. But I grew up in [[al-Jolan|PLACE]]. My father's family are the [[Mahamdi|PERSON]], my uncle was Hajj [[Hamad|PERSON]].
Q: Another witness told us about your uncle's house in [[November 2004|DATE:2004-11-01..2004-11-30]].
A: Yes, everybody in [[Jolan|PLACE:al-Jolan]] knows about it. I was a young woman, married already, we were in [[Karma|PLACE]] with my husband's people. {{c1|It was [[the 10th|DATE:2004-11-10]], [[the third night of the attack|DATE:2004-11-10]], it was the [[artillery|WEAPON:ARTILLERY]], that is what my cousin said, not [[planes|WEAPON:AIRSTRIKE]]. Nine died in that house, nine. My uncle, his wife [[Fatima|PERSON]], my cousins [[Omar|PERSON]] and [[Ghaith|PERSON]], the two small ones of [[Omar|PERSON]], and Hajj [[Jassim al-Issawi|PERSON]] from next door, and two more men from the street, I forget their names.}}
A: We found out only in [[December|DATE:2004-12-01..2004-12-31]]. My mother did not speak for a week.
Q: Let us go to [[2016|DATE:2016-01-01..2016-12-31]]. What was life like in [[al-Nazzal|PLACE]]?
A: Hunger. Only hunger. [[Daesh|ACTOR:Islamic State]] closed the roads and [[the army|ACTOR:Iraqi forces]] was around the city. We ate dates and flour with grass. My son [[Yasir|PERSON]] was nine, he became like a stick.
A: {{c2|In [[March|DATE:2016-03-01..2016-03-31]], I think [[the beginning of March|DATE:2016-03-01..2016-03-10]], [[mortar rounds|WEAPON:MORTAR]] fell in our street in [[the afternoon|DATE:2016-03-01..2016-03-10]], three or four. The roof of the kitchen came down, and the house of [[Abu Hadi|PERSON]] across the street, the front of it was open like a doll's house.}} {{c3|[[Abu Hadi|PERSON]]'s daughter, [[Noor|PERSON]], the glass went into her face. They stitched her face in the clinic of [[Daesh|ACTOR:Islamic State]], without anything for the pain.}}
Q: Who fired the [[mortars|WEAPON:MORTAR]]?
A: From the side of [[the army|ACTOR:Iraqi forces]], from the south. This is what people said. We could not see anything, only hear the whistle.
Q: When did you leave?
A: [[The middle of June|DATE:2016-06-11..2016-06-20]]. When [[the army|ACTOR:Iraqi forces]] came near, [[Daesh|ACTOR:Islamic State]] wanted to take the families with them to the north of the city, and we refused. We left at [[night|DATE:2016-06-11..2016-06-20]], twenty-six of us, three families, through the fields to the river.
A: {{c4,c9|There was a [[sniper|WEAPON:SMALL_ARMS]] of [[Daesh|ACTOR:Islamic State]] on the water tower. He shot at the line of people. The husband of my neighbour, [[Qasim|PERSON]], he fell in the canal and he did not get up. The boy of [[Umm Mahdi|PERSON]], [[Mahdi|PERSON]], thirteen, his shoulder was hit, we pulled him with us.}}
A: There was no light, no nour, nothing, only the moon. I mean, we could not see the path.
Q: Were you stopped after you crossed?
A: Yes, by the [[Hashd|ACTOR:Popular Mobilization Forces]], near [[al-Saqlawiyah|PLACE:Saqlawiyah]], at a farm. {{c5|They put the men on one side, and they put my husband [[Faisal|PERSON]] in the car, with my brother-in-law [[Mustafa|PERSON]]. My husband spent four months with them, in a place he does not talk about.}} {{c10|He came back with no teeth on one side.}}
A: {{c6|My brother-in-law [[Mustafa|PERSON]], no. He never came back. We asked at every checkpoint, at the court, at the [[Hashd|ACTOR:Popular Mobilization Forces]] office in [[Habbaniyah|PLACE]]. Three years, nothing.}}
Q: People say some of the men were shot at that farm.
A: People say a lot of things. I did not see any [[shooting|WEAPON:SMALL_ARMS]] at the farm. Nobody shot at us there, I must say the truth. {{c11|They beat the men, this I saw.}} But [[shooting|WEAPON:SMALL_ARMS]], no.
A: {{c7|The women and children, they took us in trucks and then we walked to the camp, in [[Amiriyat al-Fallujah|PLACE]], the tents. We were in tents for fourteen months.}}
Q: And your house?
A: {{c8|When we went back, the house was standing, but black inside, burned, and everything was stolen, even the wires.}} I don't know who. Maybe [[Daesh|ACTOR:Islamic State]] when they ran, maybe others.
Q: Is there anything else you want to say?
A: Only about [[Mustafa|PERSON]]. His wife is young. She does not know if she is a widow or a wife. Write that.
@@witness iq-fallujah-hanan-abdulkarim
@@claim c1 harm=KILLED min=9 max=9 named="Hamad; Fatima; Omar; Ghaith; Jassim al-Issawi" weapon=ARTILLERY site="Jolan" date=2004-11-10 basis=HEARSAY incident=iq-fallujah-20041109-jolan-mahamdi-house
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Iraqi forces" site="al-Nazzal" date=2016-03-01..2016-03-10 basis=EXPERIENCED incident=iq-fallujah-20160300-nazzal-street-mortars
@@claim c3 harm=INJURED min=1 max=1 named="Noor" weapon=MORTAR actor="Iraqi forces" site="al-Nazzal" date=2016-03-01..2016-03-10 basis=WITNESSED incident=iq-fallujah-20160300-nazzal-street-mortars
@@claim c4 harm=KILLED min=1 max=1 named="Qasim" weapon=SMALL_ARMS actor="Islamic State" site="al-Nazzal" date=2016-06-11..2016-06-20 basis=WITNESSED incident=iq-fallujah-20160600-river-path-sniper
@@claim c9 harm=INJURED min=1 max=1 named="Mahdi" weapon=SMALL_ARMS actor="Islamic State" site="al-Nazzal" date=2016-06-11..2016-06-20 basis=WITNESSED incident=iq-fallujah-20160600-river-path-sniper
@@claim c5 harm=DETAINED min=2 max=2 named="Faisal; Mustafa" actor="Popular Mobilization Forces" site="al-Saqlawiyah" date=2016-06-11..2016-06-20 basis=WITNESSED incident=iq-saqlawiyah-20160600-farm-faisal-mustafa-taken
@@claim c10 harm=INJURED min=1 max=1 named="Faisal" actor="Popular Mobilization Forces" date=2016-06-11..2016-10-31 basis=WITNESSED incident=iq-saqlawiyah-20160600-farm-faisal-mustafa-taken
@@claim c11 harm=INJURED min=null max=null actor="Popular Mobilization Forces" site="al-Saqlawiyah" date=2016-06-11..2016-06-20 basis=WITNESSED incident=iq-saqlawiyah-20160600-farm-faisal-mustafa-taken
@@claim c6 harm=MISSING min=1 max=1 named="Mustafa" actor="Popular Mobilization Forces" site="al-Saqlawiyah" date=2016-06-11..2016-06-20 basis=WITNESSED incident=iq-saqlawiyah-20160600-farm-faisal-mustafa-taken
@@claim c7 harm=DISPLACED min=null max=null site="al-Nazzal" date=2016-06-11..2016-06-20 basis=EXPERIENCED incident=iq-fallujah-20160600-hanan-family-flight
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="al-Nazzal" basis=WITNESSED incident=iq-fallujah-20160600-nazzal-hanan-house-burned
