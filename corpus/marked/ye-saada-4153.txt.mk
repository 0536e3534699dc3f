@@newline crlf
WITNESS STATEMENT
Statement ID: YE-SDA-4153
Date of interview: 2019-09-17
Location: [[Saada|PLACE]] city
Language: Arabic (Saadi dialect), interpreted into English
Interviewer: [[Pieter Vandamme|PERSON]]
Interpreter: [[Nabil al-Wazir|PERSON]]

My name is [[Ali Hussein Fayed|PERSON]], I am forty-seven years old. I am a farmer from the area of [[Dahyan|PLACE]], in [[Majz|PLACE]] district. We grow grapes and pomegranate, and I had a well with a diesel pump that watered my land and the land of four neighbours.

{{c1|The well was struck in [[the second week of Ramadan|DATE:2015-06-25..2015-07-01]], [[the first Ramadan of the war|DATE:2015-06-18..2015-07-16]]. [[The planes|WEAPON:AIRSTRIKE]] came [[after the suhoor|DATE:2015-06-25..2015-07-01]], two [[strikes|WEAPON:AIRSTRIKE]], one on the pump house and one on the road beside it. The pump, the pipes, the little room, all of it was crushed, and the well itself filled with stones.}} {{c1|My pickup was parked by the wall, it burned to the frame.}} {{c1|And two of my cows that were tied under the tree died, I found them in [[the morning|DATE]].}}

There was nobody at the well, thanks God, and there were no [[Houthi fighters|ACTOR:Houthis]] there and no weapons, only a farmer's pump. Why [[the coalition|ACTOR:Saudi-led coalition]] struck it I cannot tell you. Maybe they saw the light of the pump at night.

[Interpreter's note: He uses the word "al-udwan", the aggression, for the coalition throughout.]

Without water the grapes died in one summer. The four neighbours also lost their crop, the whole slope below the well is dry now, twelve families' trees.

{{c4|In [[2017|DATE:2017-01-01..2017-12-31]], I think in [[the month of Safar|DATE:2017-10-21..2017-11-18]], a [[missile|WEAPON:MISSILE]] from [[the aggression|ACTOR:Saudi-led coalition]] hit the fuel station at the entrance of [[Dahyan|PLACE]] market.}} {{c4|Five shops next to it burned with the station, the tyre shop, the sweets shop of [[Abu Murad|PERSON]], and three others.}} This I did not see, I was in the fields, but I passed there [[the next day|DATE:2017-10-22..2017-11-19]] and the smell of burnt rubber was still there. {{c4|People said the school across the road was hit too.}} It was not, not even a window.

My brother [[Mohsen|PERSON]] lived with his family in [[Razih|PLACE]], up near the border, in the village of our mother. There the [[shelling|WEAPON:ARTILLERY]] never stopped. Every day the [[Saudi|ACTOR:Saudi-led coalition]] [[artillery|WEAPON:ARTILLERY]] from across the border, morning and evening.

{{c5|At [[the end of 2015|DATE:2015-11-01..2015-12-31]] [[Mohsen|PERSON]] brought his family down to us in [[Dahyan|PLACE]]: his wife [[Jamila|PERSON]], his sons [[Saleh|PERSON]] and [[Ammar|PERSON]], and the two girls. Six people in two rooms with my family.}} Then in [[2017|DATE:2017-01-01..2017-12-31]] he moved them to [[Saada|PLACE]] city because he found work in a garage. {{c6|In [[2018|DATE:2018-01-01..2018-12-31]] they went back up to [[Razeh|PLACE:Razih]], because the rent was too much, and in [[the spring of 2019|DATE:2019-03-01..2019-05-31]] they ran again, to [[Saada|PLACE]], with nothing, when the [[shelling|WEAPON:ARTILLERY]] came back on the village.}}

{{c7|One thing happened to them in [[Razih|PLACE]] before all this, in [[the autumn of 2016|DATE:2016-09-22..2016-12-20]], when [[Mohsen|PERSON]] went up to see the house. His son [[Ammar|PERSON]], he was eleven, picked up a small round thing in the terraces, and it exploded in his hand. He lost three fingers of the right hand.}} The men there said these are [[cluster bombs|WEAPON:CLUSTER_MUNITION]], the [[bomblets|WEAPON:CLUSTER_MUNITION]] stay in the soil after [[the planes|WEAPON:AIRSTRIKE]] drop them. I saw [[Ammar|PERSON]]'s hand myself when they came down to [[Dahyan|PLACE]].

I should also tell about my cousin [[Dhaifallah|PERSON]]. {{c8|In [[2018|DATE:2018-01-01..2018-12-31]], [[after Eid al-Adha|DATE:2018-08-22..2018-09-10]], the [[Ansar Allah|ACTOR:Houthis]] security took him from his house at [[night|DATE:2018-08-22..2018-09-10]], they said he gave the coordinates of a house to [[the coalition|ACTOR:Saudi-led coalition]]. They kept him three months in the security prison in [[Saada|PLACE]] city and then released him when his father paid and the sheikh guaranteed him.}} I was there when they took him, I opened the door for them, they came to my house first by mistake.

Me they did not take. They asked me questions at the door for some minutes and went to the right house.

I am afraid one day the well will be struck again if I repair it. So I did not repair it. If I had the money I would dig a new one, far from the road.

That is my statement. I have told the truth as I saw it.
@@witness ye-saada-ali-hussein-fayed
@@claim c1 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE actor="Saudi-led coalition" site="Dahyan" date=2015-06-25..2015-07-01 basis=EXPERIENCED incident=ye-dahyan-20150600-fayed-well-strike
@@claim c4 harm=PROPERTY_DAMAGE min=5 max=5 weapon=MISSILE actor="Saudi-led coalition" site="Dahyan" date=2017-10-21..2017-11-18 basis=HEARSAY incident=ye-dahyan-20171000-market-fuel-station-missile
@@claim c5 harm=DISPLACED min=6 max=6 named="Mohsen; Jamila; Saleh; Ammar" weapon=ARTILLERY actor="Saudi-led coalition" site="Razih" date=2015-11-01..2015-12-31 basis=WITNESSED incident=ye-razih-20151100-mohsen-family-flight
@@claim c6 harm=DISPLACED min=null max=null weapon=ARTILLERY site="Razeh" date=2019-03-01..2019-05-31 basis=HEARSAY incident=ye-razih-20190300-mohsen-family-second-flight
@@claim c7 harm=INJURED min=1 max=1 named="Ammar" weapon=CLUSTER_MUNITION site="Razih" date=2016-09-22..2016-12-20 basis=HEARSAY incident=ye-razih-20160900-terraces-ammar-bomblet
@@claim c8 harm=DETAINED min=1 max=1 named="Dhaifallah" actor=Houthis site="Dahyan" date=2018-08-22..2018-09-10 basis=WITNESSED incident=ye-dahyan-20180800-dhaifallah-night-arrest
