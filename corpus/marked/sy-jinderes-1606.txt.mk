@@newline crlf
WITNESS STATEMENT
Statement ID: AFR-1606
Date of interview: 22 June 2018
Place of interview: [[Fafin|PLACE]], [[Shahba|PLACE]] region
Language: Kurmanji, interpreted into English
Interviewer: [[Clara Weiss|PERSON]]
Interpreter: [[Zozan Evin|PERSON]]

My name is [[Kemal Ehmed|PERSON]]. I am 47 years old. I am from [[Jinderes|PLACE]], [[Cindirês|PLACE:Jinderes]] in our language, in the [[Afrin|PLACE]] area. I had a shop for mobile phones and repairs on the main street, near the bakery of [[Abu Lorin|PERSON]], and we have olive land outside the town, on the road to [[Kafr Safra|PLACE]].

From [[the 20th of January|DATE:2018-01-20]], when the operation started, the [[Turkish|ACTOR:Turkish forces]] [[planes|WEAPON:AIRSTRIKE]] came over the villages near the border every day. In [[Jinderes|PLACE]] itself it was quiet at first. Then in [[February|DATE:2018-02-01..2018-02-28]] the [[artillery|WEAPON:ARTILLERY]] started on the edges of the town, and many families from the villages came into the town, because they thought the town was safer.

I want to speak about [[Friday, the 2nd of March|DATE:2018-03-02]]. It was [[before the noon prayer|DATE:2018-03-02]]. The queue at the bakery was very long, because the flour had come [[the day before|DATE:2018-03-01]] and everybody wanted bread. I was in my shop, maybe forty metres away. I heard [[the jets|WEAPON:AIRSTRIKE]], and then two explosions, one after the other. The glass of my shop came on me. {{c1|I had cuts on my neck and my arm, small, but the blood was a lot.}}

I went out. {{c2|The bakery of [[Abu Lorin|PERSON]] was not there any more. The roof was on the ovens and the building beside it, three floors, was open like a doll's house.}} {{c3|I saw the bodies. I counted seven with my eyes. [[Fayza|PERSON]], who sold yoghurt next to the bakery; [[Havin|PERSON]], who was nine, the daughter of my neighbour; old [[Hemed Bozan|PERSON]], sixty or more; and four I did not know, from the villages.}} {{c4|Many were wounded, more than twenty, they took them to [[Afrin|PLACE]] in cars and in a tractor.}}

Later people said in [[Afrin|PLACE]] that the number of dead was eleven. {{c5|The Kurdish news on the television said nine killed in [[Jinderes|PLACE]] market [[that day|DATE:2018-03-02]].}} I only tell what I counted: seven.

There were no fighters near the bakery. The [[YPG|ACTOR:Syrian Democratic Forces]] had a point at the other side of the town, near the stadium, but not there. It was women and children and old men waiting for bread.

{{c6|[[The same afternoon|DATE:2018-03-02]], my sister called from [[Kafr Safra|PLACE]]. The [[Turkish|ACTOR:Turkish forces]] [[artillery|WEAPON:ARTILLERY]] hit her street, and her house lost its roof and the kitchen.}} Nobody was hurt there, thank God, they were in the cellar.

{{c7|On [[the 7th of March|DATE:2018-03-07]] we left [[Jinderes|PLACE]], my wife [[Perwin|PERSON]], my mother and our four children, with maybe forty families in cars and on foot, towards [[Afrin|PLACE]] city, and [[after some days|DATE]] to here.}} We took nothing. The keys only.

In [[May|DATE:2018-05-01..2018-05-31]] my brother [[Berzan|PERSON]] went back to see the house and the land. {{c8|At the checkpoint at the entrance of [[Jinderes|PLACE]], men of [[the Hamza Division|ACTOR:Syrian National Army]] took him off the minibus and said he was [[YPG|ACTOR:Syrian Democratic Forces]]. They held him twenty-two days in a school in [[Afrin|PLACE]] they use as a prison.}} We paid one thousand five hundred dollars, through a man from [[Azaz|PLACE]], and they let him go. The son of our neighbour was on the same minibus; they checked his card, asked him questions for one hour, and they let him continue.

{{c9|[[Berzan|PERSON]] told me that a family from [[Ghouta|PLACE:Eastern Ghouta]] is living in our house now, and that my shop is empty, everything was taken, even the shelves.}} {{c10|He also saw that [[the factions|ACTOR:Syrian National Army]] cut our olive trees on the [[Kafr Safra|PLACE]] road, more than two hundred trees, for wood to sell.}} Two hundred trees. My grandfather planted some of them.

I can give the names of the dead from the bakery to anybody who asks. I want only that somebody writes that it was a bakery.
@@claim c1 harm=INJURED min=1 max=1 weapon=AIRSTRIKE actor="Turkish forces" site="Jinderes" date=2018-03-02 basis=EXPERIENCED incident=sy-jinderes-20180302-bakery-airstrike
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Turkish forces" site="Jinderes" date=2018-03-02 basis=WITNESSED incident=sy-jinderes-20180302-bakery-airstrike
@@claim c3 harm=KILLED min=7 max=7 named="Fayza; Havin; Hemed Bozan" weapon=AIRSTRIKE actor="Turkish forces" site="Jinderes" date=2018-03-02 basis=WITNESSED incident=sy-jinderes-20180302-bakery-airstrike
@@claim c4 harm=INJURED min=21 max=null weapon=AIRSTRIKE actor="Turkish forces" site="Jinderes" date=2018-03-02 basis=WITNESSED incident=sy-jinderes-20180302-bakery-airstrike
@@claim c5 harm=KILLED min=9 max=9 weapon=AIRSTRIKE actor="Turkish forces" site="Jinderes" date=2018-03-02 basis=REPORTED incident=sy-jinderes-20180302-bakery-airstrike
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Turkish forces" site="Kafr Safra" date=2018-03-02 basis=HEARSAY incident=sy-kafrsafra-20180302-sister-house-shelling
@@claim c7 harm=DISPLACED min=null max=null named="Perwin" site="Jinderes" date=2018-03-07 basis=EXPERIENCED incident=sy-jinderes-20180307-families-flight
@@claim c8 harm=DETAINED min=1 max=1 named="Berzan" actor="Syrian National Army" site="Jinderes" date=2018-05-01..2018-05-31 basis=HEARSAY incident=sy-jinderes-20180500-berzan-checkpoint-detention
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null actor="Syrian National Army" site="Jinderes" date=2018-05-01..2018-05-31 basis=HEARSAY incident=sy-jinderes-20180500-ehmed-house-shop-looted
@@claim c10 harm=PROPERTY_DAMAGE min=201 max=null actor="Syrian National Army" site="Jinderes" date=2018-05-01..2018-05-31 basis=HEARSAY incident=sy-jinderes-20180500-ehmed-olive-trees-cut
@@witness sy-jinderes-kemal-ehmed
