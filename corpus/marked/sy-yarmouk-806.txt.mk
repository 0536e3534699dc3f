Notes of telephone interview
Interview ID: YRM-806
Date: 2021-06-14
Interviewer: [[Leila Baroudi|PERSON]] (notes typed during the call, English)
Witness: man, about 60, now living in [[Deir Ballout|PLACE]] camp, [[Afrin|PLACE]] area

Line was bad, call dropped twice. Witness asked to be called [[Abu Wissam|PERSON]]. He is Palestinian-Syrian, born in [[al-Yarmouk|PLACE:Yarmouk]] camp, worked as a carpenter on [[al-Jaouna street|PLACE]] until [[2012|DATE:2012-01-01..2012-12-31]].

He says the worst thing in the siege was not the [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]] but the hunger. He lost 20 kilos. His neighbour's father, Hajj [[Mustafa Awad|PERSON]], died of hunger in [[January 2014|DATE:2014-01-01..2014-01-31]], "he was old, he gave his food to the grandchildren". {{c1|Witness says that in his street alone four old people died from hunger that winter, and he named [[Mustafa Awad|PERSON]] and a woman, [[Umm Fawzi|PERSON]].}}

Asked about the aid distribution. He went every day in [[February 2014|DATE:2014-02-01..2014-02-28]] to the entrance near [[Rama square|PLACE:Rama roundabout]] with his son [[Wissam|PERSON]]. {{c2,c6|He says "at [[the end of February|DATE]]", he thinks [[a Tuesday or Wednesday|DATE]], [[hawn shells|WEAPON:MORTAR]] landed on the people waiting. He was maybe a hundred metres back in the line. "I saw people fly." He counted five dead on the ground, and a dozen wounded were carried on a cart to [[Palestine hospital|PLACE]].}} Later people said the toll was higher, ten or more, he does not know. When I told him another witness said seven, he said "maybe, I only saw five, the others maybe died in the hospital".
[He used the word "hawn" for the mortar bombs.]

He thinks the [[mortars|WEAPON:MORTAR]] came "from the side of the checkpoint", i.e. from [[the regime|ACTOR:Syrian government forces]] side, "because they fell from the north". But he adds he is not sure. He says there were no armed men in the queue, "the fighters did not wait for food with us".

{{c3|Asked about himself: in [[April 2015|DATE:2015-04-01..2015-04-30]] [[Daesh|ACTOR:Islamic State]] fighters and [[Nusra|ACTOR:Hayat Tahrir al-Sham]] took the camp, and [[Daesh|ACTOR:Islamic State]] men held him for three days in a school because they found cigarettes in his shop.}} They whipped him. Released after his wife paid.

{{c4|Then in [[April 2018|DATE:2018-04-01..2018-04-30]], the last battle: [[the planes|WEAPON:AIRSTRIKE]], [[Russian|ACTOR:Russian forces]] and [[Syrian|ACTOR:Syrian government forces]], and [[barrels|WEAPON:BARREL_BOMB]] and [[rockets|WEAPON:ROCKET]], "the camp was finished in one month". His house on [[al-Jaouna street|PLACE]] was destroyed, he saw a photo on Facebook.}} He was not inside then, he was in [[Yalda|PLACE]] with his daughter [[Salam|PERSON]].
[Note: Salam is the daughter's name; the witness also ended the call with "salam", which is the greeting.]

{{c5|In [[May 2018|DATE:2018-05-01..2018-05-31]] he and his family, nine people, were put on the buses from [[Yalda|PLACE]] to the north, to [[al-Bab|PLACE]] first, then [[Afrin|PLACE]].}}

Asked if any family member was killed in the last battle: no, nobody from his family was killed. "If we had stayed in the camp we would be under the stones."

Follow-up: he will send the number of the cousin who has photos of the house, [[Ziyad Awad|PERSON]], and the names of the other old people who died on [[al-Jaouna street|PLACE]].
@@claim c1 harm=KILLED min=4 max=4 named="Mustafa Awad; Umm Fawzi" site="al-Yarmouk" date=2013-12-01..2014-02-28 basis=WITNESSED incident=sy-yarmouk-20140000-jaouna-street-starvation
@@claim c2 harm=KILLED min=5 max=5 weapon=MORTAR site="Rama square" date=2014-02-20..2014-02-28 basis=WITNESSED incident=sy-yarmouk-20140226-aid-queue-mortar
@@claim c3 harm=DETAINED min=1 max=1 actor="Islamic State" site="al-Yarmouk" date=2015-04-01..2015-04-30 basis=EXPERIENCED incident=sy-yarmouk-20150400-abu-wissam-detention
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null site="al-Jaouna street" date=2018-04-01..2018-04-30 basis=REPORTED incident=sy-yarmouk-20180400-jaouna-street-house
@@claim c5 harm=DISPLACED min=9 max=9 site="Yalda" date=2018-05-01..2018-05-31 basis=EXPERIENCED incident=sy-yalda-20180500-southern-damascus-evacuation
@@claim c6 harm=INJURED min=12 max=12 weapon=MORTAR site="Rama square" date=2014-02-20..2014-02-28 basis=WITNESSED incident=sy-yarmouk-20140226-aid-queue-mortar
@@witness sy-yarmouk-abu-wissam
