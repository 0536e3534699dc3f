TESTIMONY RECORD
Interview ID: HWJ-1604
Interview date: 14/03/2018
Location: [[Kirkuk|PLACE]], [[Iraq|PLACE]]
Language: Arabic
Interviewer: [[Rebecca Thorne|PERSON]]
Interpreter: [[Luay Fadhil|PERSON]]
Q: Please tell me who you are and where you lived in [[2017|DATE:2017-01-01..2017-12-31]].
A: My name is [[Abd al-Sattar Khudair|PERSON]], people say [[Abu Sarhan|PERSON]]. Fifty-one years. I lived in [[Hawija|PLACE]], in the centre, near the big market. I sold tyres and batteries, and my brother-in-law [[Nazhan|PERSON]] had the bakery two doors from me.
Q: How was life in [[al-Hawija|PLACE:Hawija]] under [[Daesh|ACTOR:Islamic State]]?
A: A prison. Three years a prison. No cigarettes, no phone, the beard. If they find a SIM card, the whip. Many tried to leave by the mountain, by [[Hamrin|PLACE]], at night, and many never arrived.
Q: Did something happen to your family during those years?
A: Yes. In [[2016|DATE:2016-01-01..2016-12-31]], [[after Ramadan|DATE:2016-07-06..2016-12-31]], [[Nazhan|PERSON]] tried to send his sons out. {{c1|The men of the [[hisba|ACTOR:Islamic State]] came to the bakery and arrested him with his brothers, [[Obeid|PERSON]] and [[Sarhan al-Jubouri|PERSON]], all three, in front of the customers. The customers told us after.}} {{c2|[[Obeid|PERSON]] and [[Sarhan al-Jubouri|PERSON]] came back after forty days, thin like sticks. [[Nazhan|PERSON]], no. We asked, we paid, nothing. Until today we still do not know where he is.}}
Q: Did they ever come for you?
A: Once. They came to my shop and said you sell batteries to [[the army|ACTOR:Iraqi forces]], we will take you to the court. They checked my papers, they looked in my phone, one hour, two hours. Then the emir of the street, he knew my father, he said leave him. So they left me. God protected me.
Q: Let's talk about the offensive in [[2017|DATE:2017-01-01..2017-12-31]].
A: [[The army|ACTOR:Iraqi forces]] came from [[the end of September|DATE:2017-09-21..2017-09-30]]. Before they entered, four, five days, there was the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] day and night. We did not know who, everything comes at once, from the sky, from the ground. We stayed in the cellar of my neighbour [[Fawaz|PERSON]].
Q: What did you see when you came out?
A: It was [[the Thursday|DATE:2017-09-28]], I think [[the 28th|DATE:2017-09-28]]. {{c3|I went to the market in [[the morning|DATE:2017-09-28]] and there was nothing left of my shop, only the iron door bent like paper. The batteries had melted.}} {{c4|The bakery of [[Nazhan|PERSON]] burned, the roof was down on the ovens.}} {{c4|Half the street was gone. I counted, eleven shops, from the corner to the mosque of [[al-Rahman|PLACE]].}}
Q: Were people killed in the market?
A: {{c6|Three. I saw them myself. The old guard of the market, [[Abu Khalaf|PERSON]], and a boy selling bread, [[Harbi|PERSON]], maybe twelve, and a man from [[al-Abbasi|PLACE]] I did not know.}} We put them in the mosque.
Q: The local council later published a list. Have you seen it?
A: Yes, on the council's Facebook page. {{c7|They wrote that seventeen people died in the market area in [[that week|DATE:2017-09-22..2017-09-28]] of the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]].}} Seventeen. I saw three. I cannot say about the rest.
Q: Was there any fighting in the market [[that day|DATE:2017-09-28]]?
A: No. No fighting in the market [[that day|DATE:2017-09-28]]. [[Daesh|ACTOR:Islamic State]] had left the centre [[two days before|DATE:2017-09-26]], they went to the villages by the [[Zab|PLACE]].
Q: How did you leave [[Huwaija|PLACE:Hawija]]?
A: On [[the 4th of October|DATE:2017-10-04]], when [[the army|ACTOR:Iraqi forces]] was at the entrance, we walked to [[the Iraqi army|ACTOR:Iraqi forces]] side. Women and children in front.
Q: Did anyone in your group get hurt on the road?
A: {{c8|Yes. My cousin's son [[Ubaid|PERSON]] stepped on a [[mine|WEAPON:LANDMINE]] by the canal, at the edge of the field. His foot was gone. We tied it with my scarf.}} [[Daesh|ACTOR:Islamic State]] planted the fields when they left, everybody knew.
Q: What happened when you reached [[the army|ACTOR:Iraqi forces]]?
A: They put the men on one side. A man in a mask pointed at my son [[Sarhan|PERSON]]. They wanted to take him but the elders from our tribe stopped them, they swore for him. So they let him go.
A: {{c9|Other young men they took away, six or seven, to [[Dibis|PLACE]], they said for investigation. One of them, the son of [[Fawaz|PERSON]], is still held, his mother goes every week.}}
Q: Is your house still standing?
A: {{c10|Cracks all through the walls, and the water tank on the roof is full of holes.}} We live in it anyway. Where else?
@@claim c1 harm=DETAINED min=3 max=3 named="Nazhan; Obeid; Sarhan al-Jubouri" actor="Islamic State" site="al-Hawija" date=2016-07-06..2016-12-31 basis=HEARSAY incident=iq-hawija-20160000-nazhan-bakery-arrest
@@claim c2 harm=MISSING min=1 max=1 named="Nazhan" actor="Islamic State" site="al-Hawija" date=2016-07-06..2016-12-31 basis=EXPERIENCED incident=iq-hawija-20160000-nazhan-bakery-arrest
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Hawija" date=2017-09-28 basis=EXPERIENCED incident=iq-hawija-20170928-market-bombardment
@@claim c4 harm=PROPERTY_DAMAGE min=11 max=11 weapon=EXPLOSIVE_UNSPECIFIED site="Hawija" date=2017-09-28 basis=WITNESSED incident=iq-hawija-20170928-market-bombardment
@@claim c6 harm=KILLED min=3 max=3 named="Abu Khalaf; Harbi" weapon=EXPLOSIVE_UNSPECIFIED site="Hawija" date=2017-09-28 basis=WITNESSED incident=iq-hawija-20170928-market-bombardment
@@claim c7 harm=KILLED min=17 max=17 weapon=EXPLOSIVE_UNSPECIFIED site="Hawija" date=2017-09-22..2017-09-28 basis=REPORTED incident=iq-hawija-20170928-market-bombardment
@@claim c8 harm=INJURED min=1 max=1 named="Ubaid" weapon=LANDMINE actor="Islamic State" site="Huwaija" date=2017-10-04 basis=WITNESSED incident=iq-hawija-20171004-canal-field-mine
@@claim c9 harm=DETAINED min=6 max=7 actor="Iraqi forces" site="Huwaija" date=2017-10-04 basis=WITNESSED incident=iq-hawija-20171004-young-men-taken
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Hawija" date=2017-09-22..2017-09-28 basis=EXPERIENCED incident=iq-hawija-20170900-khudair-house-bombardment
@@witness iq-hawija-abd-al-sattar-khudair
