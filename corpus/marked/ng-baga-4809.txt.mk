@@newline crlf
PHONE CALL NOTES (follow-up)
Interview ID: NG-BGA-4809
Date: 2020-07-21
Location: call from [[Abuja|PLACE]] to [[Maiduguri|PLACE]]
Language: Kanuri and some English; interpreter on the line
Interviewer: [[Chiamaka Eze|PERSON]]
Interpreter: [[Aisha Waziri|PERSON]]

Second conversation with [[Usman Bukar Kagu|PERSON]] (first interview NG-MDG-4803, March 2019). Notes typed during the call. He asked us to call after the maghrib prayer, when the market is closed.

Where he is now: he left the [[Teachers Village|PLACE]] camp in [[February|DATE:2020-02-01..2020-02-29]] and rents one room in [[Gwange|PLACE]] with his family. He says this was not because of any attack; he found work carrying and smoking fish at the fish market on [[Baga Road|PLACE]], and the camp was far from it.

He wanted to correct the date he gave last year. He now says the attack on [[Baga|PLACE]] began on [[the 26th of December|DATE:2018-12-26]], "[[the Wednesday|DATE:2018-12-26]]", not [[the 27th|DATE:2018-12-27]]; his wife reminded him that they slept [[the first night|DATE:2018-12-26]] at the edge of town and only walked away [[the next day|DATE:2018-12-27]]. {{c1|He repeats that the family, nine people, walked to [[Monguno|PLACE]].}}

About his cousin [[Goni Kawu|PERSON]]: {{c2|still no news. The wife of [[Goni|PERSON]] went to the Red Cross in [[Maiduguri|PLACE]] to write his name, and to the barracks at [[Giwa|PLACE]], and nobody has him.}} A fisherman told her he saw [[Goni|PERSON]] in [[Kukawa|PLACE]] with "the people of the bush" in [[2019|DATE:2019-01-01..2019-12-31]]. He does not believe it: "[[Goni|PERSON]] is afraid of a goat."

He added something he did not tell in the first interview. While the family was still in [[Monguno|PLACE]], in [[January 2019|DATE:2019-01-01..2019-01-31]], "[[one night|DATE:2019-01-01..2019-01-31]], maybe [[the third week|DATE:2019-01-14..2019-01-21]]", [[mortar bombs|WEAPON:MORTAR]] fell on the edge of the camp where the people from [[Baga|PLACE]] were sleeping. He thinks they came from [[Daula|ACTOR:ISWAP]], from the bush side; "[[the soldiers|ACTOR:Nigerian armed forces]] fire out, not in".
{{c3|His wife [[Bintu|PERSON]] was hit in the arm by a piece of metal. She has a scar the size of a hand.}}
{{c4|In the next shelter two small children, a brother and a sister, did not wake up. He helped the father, [[Mala Gujja|PERSON]], to carry them to the grave in [[the morning|DATE:2019-01-01..2019-01-31]].}} [he stopped here for some time]

Asked whether the camp was shelled again: he says no, not while he was there. There was a fright in the camp in [[March 2019|DATE:2019-03-01..2019-03-31]] when people shouted that [[Boko Haram|ACTOR:Boko Haram]] had put [[poison|WEAPON:CHEMICAL]] in the borehole; a health team tested it and it was only dirty water, and nobody died from it.

New event (he raised it): his neighbour from the camp, [[Kaumi Mairami|PERSON]], about 30, was being treated at the [[State Specialist Hospital|PLACE]] in [[Maiduguri|PLACE]] for a leg wound in [[November|DATE:2019-11-01..2019-11-30]]. {{c5|According to [[Kaumi|PERSON]]'s wife, who was sitting with him, [[soldiers|ACTOR:Nigerian armed forces]] came into the ward at [[night|DATE:2019-11-01..2019-11-30]], asked for the young men from [[Baga|PLACE]], and took [[Kaumi|PERSON]] and one other patient out in their hospital clothes.}} {{c6|She has asked at the barracks many times; they tell her there is no such name.}} [[Usman|PERSON]] did not see this; the wife told him [[the same week|DATE:2019-11-01..2019-11-30]], crying, and he went with her once to the gate.

He was asked whether he will go back to [[Baga|PLACE]]. The government says the road is open and there is a convoy for fishermen. He says he may go in the dry season to see the store, only to see, "if [[the soldiers|ACTOR:Nigerian armed forces]] are on the road". He will not take the children.

Call ended after about 40 minutes. He agreed to be contacted again.
@@witness ng-maiduguri-usman-bukar-kagu
@@claim c1 harm=DISPLACED min=9 max=9 site="Baga" date=2018-12-27 basis=EXPERIENCED incident=ng-baga-20181226-town-overrun
@@claim c2 harm=MISSING min=1 max=1 named="Goni Kawu" site="Baga" date=2018-12-28 basis=EXPERIENCED incident=ng-baga-20181226-town-overrun
@@claim c3 harm=INJURED min=1 max=1 named="Bintu" weapon=MORTAR actor="ISWAP" site="Monguno" date=2019-01-01..2019-01-31 basis=WITNESSED incident=ng-monguno-20190100-camp-mortars
@@claim c4 harm=KILLED min=2 max=2 weapon=MORTAR actor="ISWAP" site="Monguno" date=2019-01-01..2019-01-31 basis=WITNESSED incident=ng-monguno-20190100-camp-mortars
@@claim c5 harm=DETAINED min=2 max=2 named="Kaumi" actor="Nigerian armed forces" site="State Specialist Hospital" date=2019-11-01..2019-11-30 basis=HEARSAY incident=ng-maiduguri-20191100-specialist-hospital-arrest
@@claim c6 harm=MISSING min=1 max=1 named="Kaumi" actor="Nigerian armed forces" site="State Specialist Hospital" date=2019-11-01..2019-11-30 basis=HEARSAY incident=ng-maiduguri-20191100-specialist-hospital-arrest
