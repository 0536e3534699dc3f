Interview ID: DYL-2901
Date of interview: 9 March 2016
Place of interview: [[Baqubah|PLACE]], [[Diyala|PLACE]]
Language: Arabic
Interviewer: [[Hannah Whitcombe|PERSON]]
Interpreter: [[Basim Rahim|PERSON]]

STATEMENT OF [[Sabah Jaafar al-Karkhi|PERSON]], 47, shopkeeper, formerly of [[Muqdadiya|PLACE]]

My name is [[Sabah|PERSON]], [[Sabah Jaafar|PERSON]]. Yes, like the morning, my mother had me at sunrise, this is the story she tells. I had a shop for household things, plates, gas bottles, in the old market of [[Muqdadiya|PLACE]], what some people call [[al-Muqdadiyah|PLACE:Muqdadiya]]. Twenty years in that shop.

[[The 14th of January|DATE:2015-01-14]], in [[2015|DATE:2015-01-01..2015-12-31]]. I remember because my nephew [[Ahmad|PERSON]] had his engagement [[the week after|DATE:2015-01-19..2015-01-25]] and we cancelled it. It was [[before the noon prayer|DATE:2015-01-14]], the market was full. {{c1|Three [[mortar rounds|WEAPON:MORTAR]] fell, one after the other, eh, maybe one minute between them. The first one on the street of the fish sellers, the second near the bus stop. I saw the second one from my door, I was standing at my door with a customer.}} {{c2|The man beside me, [[Abu Falah|PERSON]], fell down and did not move. Also a boy who carried bread, [[Murtadha|PERSON]], ten or eleven years. Altogether six people died, this is what we counted later at the hospital, six or seven.}} {{c3|I was cut in my arm and my neck, small pieces, I still have one here under the skin.}} [Interpreter: he is showing a scar on the left side of his neck]

Who fired? People said [[Daesh|ACTOR:Islamic State]] from the orchards on the north side, from [[Udhaim|PLACE]] direction, maybe. I did not see who fired. I only say what fell.

{{c1|My shop, the glass in front was all blown in and the gas bottles, thanks God they did not explode, but the ceiling had cracks everywhere after that. The shop of Hajji [[Nasser|PERSON]] next door, nothing left of it, the roof came down on the goods.}}

[[The next morning|DATE:2015-01-15]] the armed groups came into the streets, many cars, flags. All of them said they were [[Hashd|ACTOR:Popular Mobilization Forces]], but different flags, I cannot say who was who. {{c5|At the checkpoint at the entrance of [[Muqdadiya|PLACE]], on the road to [[Baqubah|PLACE]], they took my neighbour's two sons, [[Omar|PERSON]] and [[Yasser Hamid|PERSON]], and a third young man I did not know. My neighbour [[Umm Omar|PERSON]] told me, she was in the car with them, they made the boys get down and put them in a pickup.}} {{c6|Since [[that day|DATE:2015-01-15]], no news. Not from the police, not from anybody. [[Umm Omar|PERSON]] still goes every month to [[Baqubah|PLACE]] to ask.}}

Me, they stopped me also at that checkpoint, [[two days later|DATE:2015-01-17]]. They took my identity card, they looked at the name, they asked me about my cousins, one hour standing in the sun. Then an officer said go. Nothing happened to me, I want to be clear, they did not hit me.

{{c7|After that, in [[February|DATE:2015-02-01..2015-02-28]], I heard from people in the mosque that in our neighbourhood, [[al-Asri|PLACE]], more than ten houses were burned, the houses of families whose sons were accused.}} I did not see this myself because I was already in [[Baqubah|PLACE]] with my wife by then. {{c8|We left the house on [[the 20th|DATE:2015-01-20]], me, my wife, the four children, with one bag each.}}

There is a page on Facebook, a page of the people of [[Muqdadiya|PLACE]], and they put a list. {{c9|On that page they wrote that in [[January|DATE:2015-01-01..2015-01-31]] more than thirty men from the town were taken and not returned.}} I do not know if this number is correct. I know two of them, [[Omar|PERSON]] and [[Yasser|PERSON]].

Q from interviewer: was there fighting in your street after the [[mortars|WEAPON:MORTAR]]?
No. There was no fighting in our street, no shooting. Only the [[mortars|WEAPON:MORTAR]] [[that day|DATE:2015-01-14]] and then the checkpoints. The shop is closed now. My brother [[Karim|PERSON]] went to see it in [[the summer|DATE:2015-06-01..2015-08-31]]; he said the door is welded shut and somebody wrote a word on it. He did not say which word. I did not ask.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Muqdadiya" date=2015-01-14 named="Nasser" basis=WITNESSED incident=iq-muqdadiya-20150114-old-market-mortars
@@claim c2 harm=KILLED min=6 max=7 named="Abu Falah; Murtadha" weapon=MORTAR site="Muqdadiya" date=2015-01-14 basis=WITNESSED incident=iq-muqdadiya-20150114-old-market-mortars
@@claim c3 harm=INJURED min=1 max=1 weapon=MORTAR site="Muqdadiya" date=2015-01-14 basis=EXPERIENCED incident=iq-muqdadiya-20150114-old-market-mortars
@@claim c5 harm=DETAINED min=3 max=3 named="Omar; Yasser Hamid" actor="Popular Mobilization Forces" site="Muqdadiya" date=2015-01-15 basis=HEARSAY incident=iq-muqdadiya-20150115-entrance-checkpoint-arrests
@@claim c6 harm=MISSING min=2 max=2 named="Omar; Yasser Hamid" actor="Popular Mobilization Forces" site="Muqdadiya" date=2015-01-15 basis=HEARSAY incident=iq-muqdadiya-20150115-entrance-checkpoint-arrests
@@claim c7 harm=PROPERTY_DAMAGE min=11 max=null site="al-Asri" date=2015-02-01..2015-02-28 basis=HEARSAY incident=iq-muqdadiya-20150200-asri-houses-burned
@@claim c8 harm=DISPLACED min=6 max=6 site="Muqdadiya" date=2015-01-20 basis=EXPERIENCED incident=iq-muqdadiya-20150120-karkhi-family-flight
@@claim c9 harm=MISSING min=31 max=null site="Muqdadiya" date=2015-01-01..2015-01-31 basis=REPORTED incident=iq-muqdadiya-20150100-men-taken-list
@@witness iq-muqdadiya-sabah-jaafar
