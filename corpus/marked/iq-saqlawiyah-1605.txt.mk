PHONE CALL NOTES
Ref: SQL-1605
Date: 2016-08-09
Caller located in: [[Habbaniyah|PLACE]] tourist city camp, [[Anbar|PLACE]]
Researcher: [[Naomi Clarke|PERSON]]
Language: Arabic, through [[Anmar Haqi|PERSON]] (interpreting on speaker)

Call lasted about 50 minutes. Line poor, dropped twice. Caller is [[Ihsan Muhanna|PERSON]], 56, retired teacher, originally from [[al-Saqlawiyah|PLACE]], north-west of [[Fallujah|PLACE]]. He was given our number by his nephew in [[Erbil|PLACE]]. He asked that the names of the detained be recorded in full, which he spelled for [[Anmar|PERSON]].

Background: he stayed in [[Saqlawiya|PLACE:al-Saqlawiyah]] through [[Daesh|ACTOR:Islamic State]] control. He says the town was cut off from [[early 2016|DATE:2016-01-01..2016-04-30]], flour "like gold". Says the [[Iraqi|ACTOR:Iraqi forces]] [[artillery|WEAPON:ARTILLERY]] hit the edges of the town most nights in [[April and May|DATE:2016-04-01..2016-05-31]]. {{c1|On one of those nights (he could not give a date, "[[before Ramadan, a week or so|DATE:2016-05-25..2016-05-31]]") the [[shelling|WEAPON:ARTILLERY]] flattened the primary school where his wife used to teach, and the mill of the [[Albu Akash|PERSON]] family next to it was gutted by fire.}} Nobody was inside, he says; the school had been closed for a year.

The flight: he puts it at [[the 31st of May|DATE:2016-05-31]], "the day [[the army|ACTOR:Iraqi forces]] reached the bridge". About forty people from his street walked towards the [[Hashd|ACTOR:Popular Mobilization Forces]] positions on the road to [[Karma|PLACE]] with white cloths. {{c2|At a chicken farm outside the town the [[PMF|ACTOR:Popular Mobilization Forces]] men separated all the males over about fifteen and took them away in two lorries. He saw this; he was standing "ten metres" away.}} He himself was searched, slapped once, and told to go with the women because of his age and his bad leg. He does not know why others of his age were taken and he was not.

{{c2|Taken, by his account: his son [[Aws Ihsan|PERSON]] (24), his two nephews [[Dhafer|PERSON]] and [[Rafea Muhanna|PERSON]], and his neighbour [[Abu Farhan|PERSON]] with three sons, "and many more, maybe eighty from all the families".}} He insisted on "eighty", then said "fifty at least, I did not count".

{{c3|[[Dhafer|PERSON]] was released after about two weeks. According to [[Dhafer|PERSON]] (told to the caller, not heard by me) the men were held in a hall with no windows, beaten with cables, given one meal a day.}} {{c4|[[Dhafer|PERSON]] has marks on his back and cannot close his left hand.}} Caller says he has seen the marks himself.

{{c5|Of the others he has no news. [[Aws|PERSON]], [[Rafea|PERSON]], [[Abu Farhan|PERSON]] and his sons have not come back, and their names are not on any list the government gave. "We ask at every office. They say go to the other office."}} [Caller cried here; we paused.]

He mentioned a list posted on a Facebook page run by people from [[Saqlawiyah|PLACE:al-Saqlawiyah]]. {{c6|According to that page, 643 men from the area are still missing since [[the first days of June|DATE:2016-06-01..2016-06-05]].}} I have not checked the page; he read the number to [[Anmar|PERSON]] from his phone.

Asked whether there were [[Daesh|ACTOR:Islamic State]] fighters among the men: he said no, the fighters had gone to [[Fallujah|PLACE]] city [[a week earlier|DATE:2016-05-24]]; "in our group there was not one, I would tell you". He agreed some young men in the town had joined [[Daesh|ACTOR:Islamic State]] in [[2014|DATE:2014-01-01..2014-12-31]] and that "they are dead or in [[Syria|PLACE]]".

Second event (brief): {{c7|in [[July|DATE:2016-07-01..2016-07-31]], after the town was taken, his brother [[Haqi Muhanna|PERSON]] went back to check the family house and was hurt when a [[booby trap|WEAPON:IED]] exploded in the kitchen door.}} {{c8|Caller says his brother told him the house is half gone, the kitchen and the stairs.}} Brother is in [[Fallujah hospital|PLACE]] with burns to the face. Caller says [[Daesh|ACTOR:Islamic State]] left these in many houses.

He also said [[the coalition|ACTOR:US-led coalition]] had struck the [[Saqlawiyah bridge|PLACE]] "a long time ago, in [[the winter|DATE:2015-12-01..2016-02-29]]". I asked if anyone was hurt: he does not know, he only heard the [[strike|WEAPON:AIRSTRIKE]]. Not recorded as an incident.

Follow-up: caller agreed to a second call with [[Dhafer|PERSON]] present. Sent him the consent text by WhatsApp.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Iraqi forces" site="Saqlawiya" date=2016-05-25..2016-05-31 basis=WITNESSED incident=iq-saqlawiyah-20160500-school-mill-shelling
@@claim c2 harm=DETAINED min=50 max=80 named="Aws Ihsan; Dhafer; Rafea Muhanna; Abu Farhan" actor="Popular Mobilization Forces" site="Saqlawiya" date=2016-05-31 basis=WITNESSED incident=iq-saqlawiyah-20160531-chicken-farm-men-taken
@@claim c3 harm=INJURED min=null max=null actor="Popular Mobilization Forces" date=2016-05-31..2016-06-14 basis=HEARSAY incident=iq-saqlawiyah-20160531-chicken-farm-men-taken
@@claim c4 harm=INJURED min=1 max=1 named="Dhafer" actor="Popular Mobilization Forces" date=2016-05-31..2016-06-14 basis=WITNESSED incident=iq-saqlawiyah-20160531-chicken-farm-men-taken
@@claim c5 harm=MISSING min=6 max=null named="Aws; Rafea; Abu Farhan" actor="Popular Mobilization Forces" site="Saqlawiya" date=2016-05-31 basis=WITNESSED incident=iq-saqlawiyah-20160531-chicken-farm-men-taken
@@claim c6 harm=MISSING min=643 max=643 site="Saqlawiyah" date=2016-06-01..2016-06-05 basis=REPORTED incident=iq-saqlawiyah-20160600-facebook-missing-list
@@claim c7 harm=INJURED min=1 max=1 named="Haqi Muhanna" weapon=IED actor="Islamic State" site="Saqlawiya" date=2016-07-01..2016-07-31 basis=HEARSAY incident=iq-saqlawiyah-20160700-muhanna-house-booby-trap
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="Saqlawiya" date=2016-07-01..2016-07-31 basis=HEARSAY incident=iq-saqlawiyah-20160700-muhanna-house-booby-trap
@@witness iq-saqlawiyah-ihsan-muhanna
