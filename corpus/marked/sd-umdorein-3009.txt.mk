STATEMENT OF WITNESS
Interview ID: SK-UMD-3009
Interview date: 2016-02-11
Place of interview: [[Yida|PLACE]] refugee camp, [[South Sudan|PLACE]]
Language: Arabic (Juba Arabic mixed), Moro
Interviewer: [[Daniel Okwir|PERSON]]
Interpreter: [[Elias Kuku Jaden|PERSON]]

Statement, in the words of the witness as interpreted.

My name is [[Kaka Tiya Lual|PERSON]]. I am from [[Um Dorein|PLACE]], in the [[Nuba Mountains|PLACE]], the Moro side. I was a farmer of sorghum and I had eleven cows. I am forty-one, I think, because I was born the year of the big flood.

The war came to us in [[2011|DATE:2011-01-01..2011-12-31]], but for us in [[Um Durein|PLACE:Um Dorein]] the worst time was [[the rainy season of 2012|DATE:2012-06-01..2012-09-30]]. I will tell what I saw and what I heard, and I will say which is which.

[[The first big day|DATE:2012-07-01..2012-08-31]]... I don't know the date, it was after the first weeding, in [[July or August|DATE:2012-07-01..2012-08-31]]. [[The army|ACTOR:Sudanese Armed Forces]] in the garrison fired [[shells|WEAPON:ARTILLERY]] into the village from [[the morning|DATE:2012-07-01..2012-08-31]] until the sun was high. {{c2|The [[shells|WEAPON:ARTILLERY]] broke the houses of my brothers, three tukuls, the grass roofs took fire, and the granary of my father, all the sorghum, burned.}} {{c3|My mother, [[Neimat|PERSON]], she was old, a piece hit her in the hip. She died [[after four days|DATE]], we had no medicine.}}

I say four days. My brother says five. It is the same death.

{{c4|Then in [[September|DATE:2012-09-01..2012-09-30]], [[the Antonov|WEAPON:AIRSTRIKE]] came and they rolled out [[barrels|WEAPON:BARREL_BOMB]], we saw the [[barrels|WEAPON:BARREL_BOMB]] falling turning like this, on the school and the water point.}} {{c4|The school was flattened, the hand pump is broken, the pipe bent, and since then the women walk two hours for water.}} {{c13|My own house, I left it with cracks through all the walls, from the [[barrels|WEAPON:BARREL_BOMB]], and the door blown off.}} No child was killed in the school, they were hiding in the khor, the dry river, because the teacher heard the engine.

Also in [[that month|DATE:2012-09-01..2012-09-30]], [[the Popular Defence|ACTOR:Sudanese Popular Defence Forces]] came with horses and pickups from the side of [[Kadugli|PLACE]], they were shooting with [[Kalashnikovs|WEAPON:SMALL_ARMS]] and the [[Dushka|WEAPON:SMALL_ARMS]] on the car. {{c7|They killed two young men at the well, [[Bakhit Kodi|PERSON]] and [[Musa Kafi|PERSON]], I saw them fall, I was in the sorghum.}} They drove away our cows, mine and everyone's, I think more than two hundred cows.

{{c9|They took my cousin [[Ismail Lual|PERSON]] and the son of the sheikh, [[Abdalla|PERSON]], they tied them on the pickup.}} {{c10|We never saw [[Ismail|PERSON]] again. Four years now. [[Abdalla|PERSON]] came back after a year; he told us they were kept in a container in [[Kadugli|PLACE]], and [[Ismail|PERSON]] was moved [[one night|DATE]] and nobody knows where.}} [[Abdalla|PERSON]] does not like to talk about the container. He showed me his back, that is all.

Me, they did not take. [[The next week|DATE:2012-09-08..2012-09-14]] they stopped me on the road to the market, asked "where are the rebels", looked in my bag and let me go with a slap. They said "next time we burn you with your house". They did not come back to burn, because we had already gone.

{{c11|We left [[Um Dorein|PLACE]] in [[October 2012|DATE:2012-10-01..2012-10-31]], forty people of my family and neighbours, and we walked twelve days to [[Yida|PLACE]].}}

{{c12|A man from [[Tongoli|PLACE]] told me here in the camp that his village had the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] in [[2015|DATE:2015-01-01..2015-12-31]], and a girl, [[Hawa|PERSON]], lost her eyes.}} I did not see this, I only tell what he said. There were also [[Katyusha|WEAPON:ROCKET]] on [[Um Dorein|PLACE]] town, he says, but I was already here.

I have told what I know. I ask that the name of my mother [[Neimat|PERSON]] and my cousin [[Ismail Lual|PERSON]] are written.

@@witness sd-umdorein-kaka-tiya-lual
@@claim c2 harm=PROPERTY_DAMAGE min=3 max=3 weapon=ARTILLERY actor="Sudanese Armed Forces" site="Um Durein" date=2012-07-01..2012-08-31 basis=WITNESSED incident=sd-umdorein-20120000-shelling
@@claim c3 harm=KILLED min=1 max=1 named="Neimat" weapon=ARTILLERY actor="Sudanese Armed Forces" site="Um Durein" date=2012-07-01..2012-08-31 basis=WITNESSED incident=sd-umdorein-20120000-shelling
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Um Durein" date=2012-09-01..2012-09-30 basis=WITNESSED incident=sd-umdorein-20120900-barrels-school
@@claim c7 harm=KILLED min=2 max=2 named="Bakhit Kodi; Musa Kafi" weapon=SMALL_ARMS actor="Sudanese Popular Defence Forces" site="Um Durein" date=2012-09-01..2012-09-30 basis=WITNESSED incident=sd-umdorein-20120900-pdf-raid
@@claim c9 harm=DETAINED min=2 max=2 named="Ismail Lual; Abdalla" actor="Sudanese Popular Defence Forces" site="Um Durein" date=2012-09-01..2012-09-30 basis=WITNESSED incident=sd-umdorein-20120900-pdf-raid
@@claim c10 harm=MISSING min=1 max=1 named="Ismail" actor="Sudanese Popular Defence Forces" site="Kadugli" basis=HEARSAY incident=sd-umdorein-20120900-pdf-raid
@@claim c11 harm=DISPLACED min=40 max=40 site="Um Dorein" date=2012-10-01..2012-10-31 basis=EXPERIENCED incident=sd-umdorein-20121000-flight-yida
@@claim c12 harm=INJURED min=1 max=1 named="Hawa" weapon=CLUSTER_MUNITION site="Tongoli" date=2015-01-01..2015-12-31 basis=HEARSAY incident=sd-tongoli-20150000-cluster-girl
@@claim c13 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Um Durein" date=2012-09-01..2012-09-30 basis=EXPERIENCED incident=sd-umdorein-20120900-barrels-school
