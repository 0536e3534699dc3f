Phone interview - researcher's notes
Interview ID: BJI-825
Date: 14/02/2017
Interviewer: [[Tobias Wren|PERSON]] (notes in English; the call was in Arabic, no interpreter)
Witness: man, 50s, shop owner from [[Baiji|PLACE]], now in [[Erbil|PLACE]]

Witness gave his name as [[Fadhil Hamid|PERSON]], known as [[Abu Saif|PERSON]]. Sold household goods in the market of [[Beiji|PLACE:Baiji]] for 25 years. Left in [[summer 2015|DATE:2015-06-01..2015-08-31]].

He called back after our first attempt; he wanted to talk about the market [[strike|WEAPON:AIRSTRIKE]] "because the other people already forgot".

{{c1|His account:}} {{c1,c6|in [[May 2015|DATE:2015-05-01..2015-05-31]], he says "[[the middle of May|DATE:2015-05-10..2015-05-20]], [[a Friday|DATE]], [[after the Friday prayer|DATE]]", [[the planes|WEAPON:AIRSTRIKE]] hit the market while people were shopping.}} {{c1|He was inside his shop, across the street from the vegetable section. He says more than twelve people were killed.}} He named [[Munir Salih|PERSON]], a vegetable seller, and [[Nawal|PERSON]], a widow who cleaned the mosque, and "a small boy selling bags", and the old tailor Hajj [[Sabri|PERSON]]. {{c2|He says at least twenty were wounded, and his own shop lost its front and all the glass goods.}}

When told another witness gave the date as [[the 12th|DATE:2015-05-12]], which was [[a Tuesday|DATE]], he said "maybe, the days were all the same under [[Daesh|ACTOR:Islamic State]], but I remember the prayer". Could not settle the date.

He believes [[the aircraft|WEAPON:AIRSTRIKE]] were [[coalition|ACTOR:US-led coalition]], "because after the [[strike|WEAPON:AIRSTRIKE]] the Iraqi television said nothing, and when it is the [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]] they announce it". He admits this is his guess.

Asked whether [[Daesh|ACTOR:Islamic State]] fighters were in the market: he says some [[Daesh|ACTOR:Islamic State]] men walked in the market like everybody, "but there was no position, no weapons store". He heard later that an [[IS|ACTOR:Islamic State]] commander's car had been parked at the end of the street, "maybe this was the target, I don't know".

Other events mentioned:
- The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] of the town in [[April|DATE:2015-04-01..2015-04-30]] when the fighting for the refinery started again. "Every night, [[shells|WEAPON:ARTILLERY]], [[rockets|WEAPON:ROCKET]], you do not know from which side." No casualties in his family from it. Nobody in his street was killed in [[April|DATE]], he says.
- {{c3|His cousin [[Abu Qutayba|PERSON]] was killed in [[June 2015|DATE:2015-06-01..2015-06-30]] when a [[mortar|WEAPON:MORTAR]] hit the yard of his house near the [[al-Asri|PLACE]] quarter. He heard it from the cousin's son by phone.}}
- He says near the refinery he saw [[the planes|WEAPON:AIRSTRIKE]] drop "something burning, like [[napalm|WEAPON:INCENDIARY]]", in [[late May|DATE:2015-05-20..2015-05-31]]. He does not know of victims; the area was only fighters and tanks.
- {{c4|He and his family (eight people) left in [[July 2015|DATE:2015-07-01..2015-07-31]] with a smuggler towards [[Kirkuk|PLACE]], paying 400 dollars a person. On the road they passed a [[minefield|WEAPON:LANDMINE]] with a guide, at [[night|DATE]].}} "If the guide made one mistake, you would not be talking to me."
- {{c5|His house: his brother went back in [[2016|DATE:2016-01-01..2016-12-31]] and found it blown up, "like all the street, the [[explosives|WEAPON:IED]] of [[Daesh|ACTOR:Islamic State]] or the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]], who knows".}}

Tone: calm, precise about names, vague about dates. Offered to send photos of the market after the [[strike|WEAPON:AIRSTRIKE]], taken by a relative. I will follow up.
@@claim c1 harm=KILLED min=13 max=null named="Munir Salih; Nawal; Sabri" weapon=AIRSTRIKE actor="US-led coalition" site="Beiji" date=2015-05-11..2015-05-20 basis=WITNESSED incident=iq-baiji-20150512-market-airstrike
@@claim c2 harm=INJURED min=20 max=null weapon=AIRSTRIKE actor="US-led coalition" site="Beiji" date=2015-05-11..2015-05-20 basis=WITNESSED incident=iq-baiji-20150512-market-airstrike
@@claim c3 harm=KILLED min=1 max=1 named="Abu Qutayba" weapon=MORTAR site="al-Asri" date=2015-06-01..2015-06-30 basis=HEARSAY incident=iq-baiji-20150600-abu-qutayba-mortar
@@claim c4 harm=DISPLACED min=8 max=8 site="Baiji" date=2015-07-01..2015-07-31 basis=EXPERIENCED incident=iq-baiji-20150700-hamid-family-flight
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Baiji" date=2015-07-01..2016-12-31 basis=HEARSAY incident=iq-baiji-20150000-hamid-house-destroyed
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US-led coalition" site="Beiji" date=2015-05-11..2015-05-20 basis=WITNESSED incident=iq-baiji-20150512-market-airstrike
@@witness iq-baiji-fadhil-hamid
