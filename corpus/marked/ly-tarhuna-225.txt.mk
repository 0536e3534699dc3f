STATEMENT

Interview ID: LY-TRH-225
Date of interview: 2 March 2021
Place of interview: [[Tarhuna|PLACE]], [[Libya|PLACE]]
Language: Arabic
Interviewer: [[Dalia Omran|PERSON]]
Witness: woman, 58, widow

I am [[Umm Ayman|PERSON]]. Everybody in [[Tarhouna|PLACE:Tarhuna]] knows me by this name, so write it. My husband was [[Miloud Abu Ras|PERSON]], a farmer, olives and almonds, on the road to [[Bani Walid|PLACE]].

In [[2019|DATE:2019-01-01..2019-12-31]], when [[Haftar's forces|ACTOR:Libyan National Army]] came to [[Tarhuna|PLACE]] to attack [[Tripoli|PLACE]], [[al-Kaniyat|ACTOR:al-Kaniyat]] were already the masters of the town. They opened the town to [[Haftar|ACTOR:Libyan National Army]], and after that nobody could say one word. Anybody they suspected to be with the [[Wifaq|ACTOR:Government of National Accord forces]], they took.

{{c1|On [[the night of 14 September 2019|DATE:2019-09-14]], they came to our house, six or seven cars. They took [[Miloud|PERSON]] and my two sons, [[Ayman|PERSON]], twenty-nine, and [[Abdelmoneim|PERSON]], twenty-two.}} They did not say why. One of the [[Kaniyat|ACTOR:al-Kaniyat]] said to me, if you make noise, we come back for the girls. {{c2|[[The same night|DATE:2019-09-14]] they took a dozen men from our street, [[Jumaa|PERSON]], the brother of my husband, and [[Ramadan Ghnewa|PERSON]], our neighbour, and his son among them.}}

I went to everybody. To the prison in the town, to the sheikhs, to the police. Everybody said we don't know. For nine months I did not know if they were alive.

In [[Ramadan|DATE:2020-04-24..2020-05-23]], the [[Wifaq|ACTOR:Government of National Accord forces]] started to hit [[Tarhuna|PLACE]] with the [[Turkish|ACTOR:Turkish forces]] [[drones|WEAPON:DRONE_STRIKE]]. {{c3|[[The first Friday of Ramadan|DATE:2020-04-24]] a [[drone|WEAPON:DRONE_STRIKE]] hit a car of the [[Kaniyat|ACTOR:al-Kaniyat]] near the market, and a boy who was selling bread, [[Adel Gaddour|PERSON]], fourteen, was burned on his arms and his face.}} I saw him, he is my neighbour's grandson.

{{c4|On [[the 5th of June|DATE:2020-06-05]], the [[Wifaq|ACTOR:Government of National Accord forces]] entered [[Tarhuna|PLACE]], and [[al-Kaniyat|ACTOR:al-Kaniyat]] ran away to the east with [[Haftar's men|ACTOR:Libyan National Army]]. Half the town ran with them, the families who were with them, they were afraid.}} Then they found the graves.

{{c5|The graves were in the land near the [[al-Rabt|PLACE]] project, and in other places, many. In [[October|DATE:2020-10-01..2020-10-31]] the committee of the missing called me. They had found [[Ayman|PERSON]] by the DNA. In [[January|DATE:2021-01-01..2021-01-31]] they found [[Miloud|PERSON]].}} [[Abdelmoneim|PERSON]] they have not found yet. {{c6|The committee says more than one hundred bodies have been taken out of the graves in [[Tarhuna|PLACE]] until now.}}

[Interviewer's note: the witness showed the identification letters from the authority for the missing for both men. Several bodies had bound hands.]

{{c7|[[Jumaa|PERSON]] they found also, in the same place as [[Ayman|PERSON]].}} {{c8|[[Ramadan Ghnewa|PERSON]] and his son, they are still missing.}} His wife, [[Ibtisam|PERSON]], goes every week to the committee.

There were also [[mines|WEAPON:LANDMINE]] after, on the farms south of the town, from the [[Wagner|ACTOR:Wagner Group]], people say. On our farm, thanks God, the engineers found nothing. Nobody was hurt on our farm. But I cannot go there. The almonds are there, [[Miloud|PERSON]]'s trees. I sent my nephew [[Fathi Dhaw|PERSON]] to harvest them [[last autumn|DATE:2020-09-01..2020-11-30]].

I want [[Abdelmoneim|PERSON]]. Even bones. I want to know where to stand when I pray for him.
@@witness ly-tarhuna-umm-ayman
@@claim c1 harm=DETAINED min=3 max=3 named="Miloud Abu Ras; Miloud; Ayman; Abdelmoneim" actor="al-Kaniyat" site="Tarhuna" date=2019-09-14 basis=WITNESSED incident=ly-tarhuna-20190914-abu-ras-abductions
@@claim c2 harm=DETAINED min=12 max=12 named="Jumaa; Ramadan Ghnewa" actor="al-Kaniyat" site="Tarhuna" date=2019-09-14 basis=HEARSAY incident=ly-tarhuna-20190914-abu-ras-abductions
@@claim c3 harm=INJURED min=1 max=1 named="Adel Gaddour" weapon=DRONE_STRIKE actor="Government of National Accord forces" site="Tarhuna" date=2020-04-24 basis=WITNESSED incident=ly-tarhuna-20200424-market-drone
@@claim c4 harm=DISPLACED min=null max=null site="Tarhuna" date=2020-06-05 basis=WITNESSED incident=ly-tarhuna-20200605-kaniyat-flight
@@claim c5 harm=KILLED min=2 max=2 named="Ayman; Miloud" actor="al-Kaniyat" site="al-Rabt" date=2019-09-14..2020-06-05 basis=REPORTED incident=ly-tarhuna-20190914-abu-ras-abductions
@@claim c6 harm=KILLED min=101 max=null actor="al-Kaniyat" site="Tarhuna" date=2019-04-01..2020-06-05 basis=REPORTED incident=ly-tarhuna-20200600-mass-graves
@@claim c7 harm=KILLED min=1 max=1 named="Jumaa" actor="al-Kaniyat" site="al-Rabt" date=2019-09-14..2020-06-05 basis=REPORTED incident=ly-tarhuna-20190914-abu-ras-abductions
@@claim c8 harm=MISSING min=2 max=2 named="Ramadan Ghnewa" actor="al-Kaniyat" site="Tarhuna" date=2019-09-14 basis=HEARSAY incident=ly-tarhuna-20190914-abu-ras-abductions
