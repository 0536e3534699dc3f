Interview ID: LY-TRH-3804
Interview date: 2021-04-06
Location: [[Bani Walid|PLACE]], [[Libya|PLACE]]
Language: Arabic; interpreter [[Salah Gweider|PERSON]]
Interviewer: [[Ingrid Solberg|PERSON]]
Speaker: [[Mabrouk Salem al-Ferjani|PERSON]], taxi driver from [[Tarhouna|PLACE:Tarhuna]]

Ingrid: [[Mabrouk|PERSON]], you drove a taxi between [[Tarhuna|PLACE]] and [[Tripoli|PLACE]]?
Mabrouk: Fifteen years. A Hyundai, seven seats. [[Tarhouna|PLACE:Tarhuna]] to [[Gasr Ben Ghashir|PLACE]], [[Souq al-Jumaa|PLACE:Souq al-Juma]], anywhere. People know my car.
Ingrid: Do you remember a young man called [[Walid Ghaith|PERSON]]?
Mabrouk: Of course. I think about him every time I pass that place. It was [[the fourth day of Ramadan|DATE:2019-05-09]], [[two years ago|DATE:2019-01-01..2019-12-31]]. I was bringing him from [[Tripoli|PLACE]] to his grandmother, she was sick. Five passengers.
Mabrouk: On the [[Sawani|PLACE]] road, after the bridge, there was a checkpoint, a container and two technicals. Soldiers from the east, [[Haftar's army|ACTOR:Libyan National Army]], and with them young men from [[Tarhuna|PLACE]] that I knew by face, [[Kaniyat|ACTOR:al-Kaniyat]] boys.
Mabrouk: They collected the cards of everybody. {{c1|When they saw [[Walid|PERSON]]'s card, born in [[Misurata|PLACE:Misrata]], and the card of another boy, [[Anis|PERSON]] from [[Zawiya|PLACE]], they pulled the two of them out of my car and put them in the back of the technical.}}
Ingrid: You saw this yourself?
Mabrouk: {{c1|From one metre. The officer said, these two come with us, you go. [[Walid|PERSON]] looked at me.}} [pause] I could do nothing. They had [[PK machine guns|WEAPON:SMALL_ARMS]] on the technicals.
Ingrid: And you, were you held?
Mabrouk: They took me behind the container and asked me maybe half an hour, why do I carry people from [[Misrata|PLACE]], how much they pay me. Then they gave me my card and said go, and don't come back with such people. So I went. I went to [[Walid|PERSON]]'s uncle and I told him.
Ingrid: Did you ever hear what happened to them?
Mabrouk: {{c2|[[Anis|PERSON]], his family told me, came back after four months from a prison in [[Tarhuna|PLACE]], they broke his teeth.}} {{c3|[[Walid|PERSON]], no. Nobody has heard of him since the checkpoint, not even a rumour.}} When they opened the graves in [[Tarhuna|PLACE]] [[last year|DATE:2020-01-01..2020-12-31]], his family gave blood for DNA. Until now nothing.
Ingrid: Let us talk about [[2020|DATE:2020-01-01..2020-12-31]]. You were still in [[Tarhuna|PLACE]]?
Mabrouk: Yes, until [[June|DATE:2020-06-01..2020-06-30]]. In the last weeks [[the drones|WEAPON:DRONE_STRIKE]] of the [[Wifaq|ACTOR:Government of National Accord forces]] came every day. The [[Turkish|ACTOR:Turkish forces]] [[drones|WEAPON:DRONE_STRIKE]], you hear them all night.
Mabrouk: {{c4|[[One morning at the end of May|DATE:2020-05-25..2020-05-31]], a [[drone|WEAPON:DRONE_STRIKE]] hit the petrol station at the entrance of the town, near the roundabout of the [[Tarhuna hospital|PLACE]], and the station burned to nothing, the pumps, the little shop, four cars.}} {{c5|I saw one man burned, the boy who fills the tanks, [[Jamal|PERSON]], they carried him to the hospital in a pickup.}}
Ingrid: Was there military at the station?
Mabrouk: One technical of the [[Kaniyat|ACTOR:al-Kaniyat]] was filling diesel, yes. It was also destroyed. But my own street, no, [[the drone|WEAPON:DRONE_STRIKE]] did not hit houses in our street. We were lucky.
Ingrid: Why did you leave in [[June|DATE:2020-06-01..2020-06-30]]?
Mabrouk: {{c6|When the [[Kaniyat|ACTOR:al-Kaniyat]] ran away, [[the 5th of June|DATE:2020-06-05]], everybody who was afraid of revenge ran with them, or before them. We left [[that night|DATE:2020-06-05]], nine people in my taxi, my wife, my mother, the children of my brother, to [[Bani Walid|PLACE]].}}
Mabrouk: I had nothing to do with them, with the [[Kaniyat|ACTOR:al-Kaniyat]]. But I am from [[Tarhuna|PLACE]]. That is enough for some people.
Ingrid: Has your house been affected?
Mabrouk: {{c7|My cousin [[Jamila|PERSON]] went to see it in [[the winter|DATE:2020-12-01..2021-02-28]]. She told me the door was broken, the furniture taken, and somebody wrote on the wall "Kaniyat dogs".}} Jamila, jamila, beautiful name, she cried when she told me.
Ingrid: Is there anything else you want to say?
Mabrouk: Only one more thing. My neighbour's sons, the [[Harouda|PERSON]] family, {{c8|the [[Kaniyat|ACTOR:al-Kaniyat]] took three of them from their farm in [[autumn 2019|DATE:2019-09-01..2019-11-30]] because one brother was with the [[GNA|ACTOR:Government of National Accord forces]] in [[Tripoli|PLACE]].}} {{c9|Three brothers. They were found in the graves. Their mother told my wife.}}
Ingrid: Thank you, [[Mabrouk|PERSON]].
@@witness ly-tarhuna-mabrouk-ferjani
@@claim c1 harm=DETAINED min=2 max=2 named="Walid; Anis" actor="Libyan National Army" site="Sawani" date=2019-05-09 basis=WITNESSED incident=ly-tripoli-20190509-sawani-checkpoint-walid-ghaith
@@claim c2 harm=INJURED min=1 max=1 named="Anis" actor="Libyan National Army" site="Tarhuna" date=2019-05-09..2019-09-30 basis=HEARSAY incident=ly-tripoli-20190509-sawani-checkpoint-walid-ghaith
@@claim c3 harm=MISSING min=1 max=1 named="Walid" actor="Libyan National Army" site="Sawani" date=2019-05-09 basis=HEARSAY incident=ly-tripoli-20190509-sawani-checkpoint-walid-ghaith
@@claim c4 harm=PROPERTY_DAMAGE min=4 max=null weapon=DRONE_STRIKE actor="Government of National Accord forces" site="Tarhuna" date=2020-05-25..2020-05-31 basis=WITNESSED incident=ly-tarhuna-20200500-petrol-station-drone
@@claim c5 harm=INJURED min=1 max=1 named="Jamal" weapon=DRONE_STRIKE actor="Government of National Accord forces" site="Tarhuna" date=2020-05-25..2020-05-31 basis=WITNESSED incident=ly-tarhuna-20200500-petrol-station-drone
@@claim c6 harm=DISPLACED min=9 max=9 site="Tarhuna" date=2020-06-05 basis=EXPERIENCED incident=ly-tarhuna-20200605-ferjani-family-flight
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="Tarhuna" date=2020-06-05..2021-02-28 basis=HEARSAY incident=ly-tarhuna-20200600-ferjani-house-looted
@@claim c8 harm=DETAINED min=3 max=3 named="Harouda" actor=al-Kaniyat site="Tarhuna" date=2019-09-01..2019-11-30 basis=HEARSAY incident=ly-tarhuna-20190900-harouda-brothers-taken
@@claim c9 harm=KILLED min=3 max=3 named="Harouda" actor=al-Kaniyat site="Tarhuna" date=2019-09-01..2020-06-30 basis=HEARSAY incident=ly-tarhuna-20190900-harouda-brothers-taken
