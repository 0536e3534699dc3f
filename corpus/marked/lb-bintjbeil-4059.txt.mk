WITNESS STATEMENT
Statement ID: LB-BJ-4059
Date of interview: 21 October 2013
Place of interview: [[Bint Jbeil|PLACE]], in the witness's pharmacy
Language: Arabic and English
Interviewer: [[Lena Fischer|PERSON]]

My name is [[Nabil Ajami|PERSON]]. I am a pharmacist in [[Bint Jbayl|PLACE:Bint Jbeil]], on the main street. I spoke with this organisation by telephone in 2008, and I want to correct two things I said then, because I have learned more since.

First, the house of the [[Saad|PERSON]] family near the pool. It was [[the 17th|DATE:2006-07-17]], in [[the evening|DATE:2006-07-17]], [[the sixth day of the war|DATE:2006-07-17]]. I said nine were killed. {{c2|It was eight.}} {{c1|The wife of [[Hussein Saad|PERSON]], [[Fatima|PERSON]], was pulled out alive from under the stairs on [[the second morning|DATE:2006-07-19]], with both legs broken.}} {{c2|She told me herself, [[two years ago|DATE:2011-01-01..2011-12-31]], in this pharmacy, that eight of her family died, her husband, her parents-in-law, and her children.}} She lives in [[Dearborn|PLACE]] now, in [[America|PLACE]], with her brother. People told me later it was [[the planes|WEAPON:AIRSTRIKE]], a [[guided bomb|WEAPON:AIRSTRIKE]]. I was under the ground, I only heard it.

Second, the boy [[Hadi|PERSON]], the son of [[Kamal Jaber|PERSON]]. {{c3|I told you three fingers. I saw [[Hadi|PERSON]] [[last month|DATE:2013-09-01..2013-09-30]], he is a young man now, he works at the bakery. It was two fingers, the small one and the ring finger, of the right hand.}} His eye is good, thank God.

We left on [[the 23rd|DATE:2006-07-23]], by the [[Tebnine|PLACE]] road. {{c4|We were five, my wife, my mother, my two daughters and me, in one car, and we stayed three weeks in a school in [[Sour|PLACE:Tyre]].}} The [[artillery|WEAPON:ARTILLERY]] was falling in the fields on both sides of the road. Nobody in the car was hurt. I don't know how.

The [[bomblets|WEAPON:CLUSTER_MUNITION]] did not finish with the war. {{c5|In [[the spring after the war|DATE:2007-03-21..2007-06-20]], at the time of pruning the olives, my cousin [[Walid|PERSON]] was cutting branches on his land near [[Kounine|PLACE]] and one exploded under the ladder. His brother phoned me from the field. [[Walid|PERSON]] died in the car on the way to [[Tebnine hospital|PLACE]].}}

In the war the young men of [[Hezbollah|ACTOR:Hezbollah]] fired their [[Katyushas|WEAPON:ROCKET]] from the valleys to the west, we heard them go out at night. I say this because it is true, not for politics.

Now there is something new in [[Bint Jbeil|PLACE]]. Since [[last winter|DATE:2012-12-01..2013-02-28]] a family from [[al-Qusayr|PLACE]], in [[Syria|PLACE]], lives in the flat under my pharmacy. The father, [[Abu Khaled|PERSON]], tells me about the [[barrels|WEAPON:BARREL_BOMB]] that [[the helicopters|WEAPON:AIRSTRIKE]] of [[the regime|ACTOR:Syrian government forces]] dropped on their town. In [[August|DATE:2013-08-01..2013-08-31]] they watched the news of the [[sarin|WEAPON:CHEMICAL]] in [[Ghouta|PLACE]] on the television, and his wife [[Jamila|PERSON]] did not sleep for a week.

Every summer I am afraid it will start again here. If it starts, I will not stay in the storeroom this time. I will take the family and go on the first day.

I confirm that this statement is true to the best of my knowledge.
[[Nabil Ajami|PERSON]]
@@witness lb-bintjbeil-nabil-ajami
@@claim c1 harm=INJURED min=1 max=1 named="Fatima" site="Bint Jbayl" date=2006-07-17 basis=HEARSAY incident=lb-bintjbeil-20060717-birkeh-saad-house
@@claim c2 harm=KILLED min=8 max=8 named="Hussein Saad" weapon=AIRSTRIKE site="Bint Jbayl" date=2006-07-17 basis=HEARSAY incident=lb-bintjbeil-20060717-birkeh-saad-house
@@claim c3 harm=INJURED min=1 max=1 named="Hadi" weapon=CLUSTER_MUNITION site="Bint Jbayl" basis=WITNESSED incident=lb-bintjbeil-20060903-tobacco-field-bomblet
@@claim c4 harm=DISPLACED min=5 max=5 site="Bint Jbayl" date=2006-07-23 basis=EXPERIENCED incident=lb-bintjbeil-20060723-ajami-family-flight
@@claim c5 harm=KILLED min=1 max=1 named="Walid" weapon=CLUSTER_MUNITION site="Kounine" date=2007-03-21..2007-06-20 basis=HEARSAY incident=lb-kounine-20070000-walid-olive-bomblet
