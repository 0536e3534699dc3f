Interview ID: YE-TAZ-3407
Date of interview: 2019-02-23
Place of interview: [[Taiz|PLACE]], [[al-Masbah|PLACE]]
Language: Arabic (Taizi dialect), English interpretation
Interviewer: [[Hélène Marchal|PERSON]]
Interpreter: [[Bushra al-Absi|PERSON]]

[00:00:05] Q: Please state your name for the recording.
[00:00:09] A: [[Fuad Qaid al-Shamiri|PERSON]]. [[Abu Maher|PERSON]]. I sell vegetables, I had a stall in the [[Samil market|PLACE]], twenty years.
[00:00:18] Interpreter: He says [[Souq al-Samil|PLACE:Samil market]], it is in the middle of [[Ta'izz|PLACE:Taiz]], near the old city.
[00:00:26] Q: Can you tell me about the day the market was hit?
[00:00:31] A: [[Wednesday|DATE:2018-03-14]]. [[The 14th of March|DATE:2018-03-14]], [[last year|DATE:2018-01-01..2018-12-31]]. [[Around ten in the morning|DATE:2018-03-14]], the busiest time, the women come to buy for the lunch.
[00:00:44] A: The [[hawn|WEAPON:MORTAR]] came from the east, from the side of the [[Houthis|ACTOR:Houthis]], from the hills over [[al-Hawban|PLACE]]. Three, I think three [[shells|WEAPON:MORTAR]], one after the other.
[00:00:57] A: {{c1|The second one fell between the stalls. [[Ameen al-Hakimi|PERSON]], my neighbour in the market, fifty-two years, he sells potatoes, he was sitting on his box. I saw him fall with his face on the potatoes. He was dead at once.}}
[00:01:15] Q: Were you hurt?
[00:01:17] A: Me, no. I was behind the cart of the tomatoes, the cart took it for me.
[00:01:27] A: {{c2|But the stalls, six stalls burned, mine and the ones around, the wood, the plastic, the vegetables, everything black.}} {{c3|And the shop of [[Abdulrahman|PERSON]] the butcher, the front of it, the iron door was like paper, holes everywhere.}}
[00:01:45] Q: How many people were killed, do you know?
[00:01:49] A: {{c4|The radio of [[Taiz|PLACE]] said in [[the evening|DATE:2018-03-14]] eight killed.}} {{c5|The people in the market said more than twenty were injured, women, a boy who carries the bags.}} I saw maybe ten lying, I don't know who was dead, who was alive.
[00:02:06] Q: Were there fighters in the market?
[00:02:09] A: In the market? No. There was no front there, no soldiers, no checkpoint even. The front is one kilometre up. It is a market of onions.
[00:02:20] Q: You mentioned your son earlier.
[00:02:23] A: [[Maher|PERSON]]. Yes. This was before, in [[2016|DATE:2016-01-01..2016-12-31]], in [[Ramadan|DATE:2016-06-06..2016-07-05]], [[the middle of Ramadan|DATE:2016-06-16..2016-06-24]]. We lived then in [[Wadi al-Qadi|PLACE]], near the line.
[00:02:36] A: {{c6|[[Maher|PERSON]] went to bring water from the tank in the street, [[before the iftar|DATE:2016-06-16..2016-06-24]], and the [[sniper|WEAPON:SMALL_ARMS]] of the [[Houthis|ACTOR:Houthis]] shot him in the shoulder. I was at the door, I saw him drop the jerrycan.}}
[00:02:52] A: He was thirteen. Now he is sixteen, he cannot lift the arm above the head.
[00:03:00] Q: Did you stay in [[Wadi al-Qadi|PLACE]] after that?
[00:03:04] A: {{c7|No, [[after that week|DATE:2016-06-16..2016-06-30]] we left the house, all of us, seven, to [[al-Masbah|PLACE]], to the house of my wife's family.}} The house in [[Wadi al-Qadi|PLACE]], I don't know what is left of it.
[00:03:17] Q: What happened to your brother?
[00:03:20] A: My brother [[Nabil|PERSON]]. He is a teacher. In [[October 2017|DATE:2017-10-01..2017-10-31]] we went together by bus to [[Sanaa|PLACE]], for the salary papers, because the road of [[al-Hawban|PLACE]] was the only road.
[00:03:35] A: {{c8|At the checkpoint of [[Ansar Allah|ACTOR:Houthis]] in [[al-Hawban|PLACE]] they called his name from a list, they took him down from the bus and took him away in a car.}}
[00:03:46] A: Me, they searched my bag, they read my phone, the messages, maybe half an hour. Then the officer said go back to the bus. I don't know why him and not me.
[00:03:58] Q: Where was he held?
[00:04:01] A: {{c9|He told me after, they kept him in a basement in [[Madinat al-Saleh|PLACE]], seven months, with the eyes tied most of the time, and they beat him on the feet.}} He came out in an exchange, in [[May|DATE:2018-05-01..2018-05-31]].
[00:04:16] Q: And others from that bus?
[00:04:19] A: {{c10|There was a young man from [[Sabr|PLACE]], [[Waddah|PERSON]], they took him [[the same day|DATE:2017-10-01..2017-10-31]].}} {{c11|Nobody heard from him since, his mother still goes to the office of the prisoners every week.}}
[00:04:33] Q: Is there something else you want to say?
[00:04:36] A: Only that the market is open again. We sell. What else can we do. [[Hamdan|PERSON]], my son-in-law, says sell in another market. I say this is my place.
@@witness ye-taiz-fuad-al-shamiri
@@claim c1 harm=KILLED min=1 max=1 named="Ameen al-Hakimi" weapon=MORTAR actor="Houthis" site="Samil market" date=2018-03-14 basis=WITNESSED incident=ye-taiz-20180314-samil-market-mortars
@@claim c2 harm=PROPERTY_DAMAGE min=6 max=6 weapon=MORTAR actor="Houthis" site="Samil market" date=2018-03-14 basis=WITNESSED incident=ye-taiz-20180314-samil-market-mortars
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Houthis" site="Samil market" date=2018-03-14 basis=WITNESSED incident=ye-taiz-20180314-samil-market-mortars
@@claim c4 harm=KILLED min=8 max=8 weapon=MORTAR actor="Houthis" site="Samil market" date=2018-03-14 basis=REPORTED incident=ye-taiz-20180314-samil-market-mortars
@@claim c5 harm=INJURED min=21 max=null weapon=MORTAR actor="Houthis" site="Samil market" date=2018-03-14 basis=HEARSAY incident=ye-taiz-20180314-samil-market-mortars
@@claim c6 harm=INJURED min=1 max=1 named="Maher" weapon=SMALL_ARMS actor="Houthis" site="Wadi al-Qadi" date=2016-06-16..2016-06-24 basis=WITNESSED incident=ye-taiz-20160600-wadi-al-qadi-sniper-maher
@@claim c7 harm=DISPLACED min=7 max=7 site="Wadi al-Qadi" date=2016-06-16..2016-06-30 basis=EXPERIENCED incident=ye-taiz-20160600-shamiri-family-displaced
@@claim c8 harm=DETAINED min=1 max=1 named="Nabil" actor="Houthis" site="al-Hawban" date=2017-10-01..2017-10-31 basis=WITNESSED incident=ye-hawban-20171000-checkpoint-nabil-waddah
@@claim c9 harm=DETAINED min=1 max=1 named="Nabil" actor="Houthis" site="Madinat al-Saleh" date=2017-10-01..2018-05-31 basis=HEARSAY incident=ye-hawban-20171000-checkpoint-nabil-waddah
@@claim c10 harm=DETAINED min=1 max=1 named="Waddah" actor="Houthis" site="al-Hawban" date=2017-10-01..2017-10-31 basis=WITNESSED incident=ye-hawban-20171000-checkpoint-nabil-waddah
@@claim c11 harm=MISSING min=1 max=1 named="Waddah" actor="Houthis" site="al-Hawban" date=2017-10-01..2017-10-31 basis=HEARSAY incident=ye-hawban-20171000-checkpoint-nabil-waddah
