Interview ID: NG-MDG-4803
Interview date: 14/03/2019
Location: [[Teachers Village|PLACE]] camp, [[Maiduguri|PLACE]]
Language: Kanuri, interpreted into English
Interviewer: [[Chiamaka Eze|PERSON]]
Interpreter: [[Aisha Waziri|PERSON]]

Q: Please tell me your name and what you did before.
A: [[Usman Bukar Kagu|PERSON]]. I sell fish, dried fish, smoked fish. From [[Baga|PLACE]], from [[Doron Baga|PLACE]], the fish side. My store was there twenty years.
Q: When did you leave [[Baga|PLACE]]?
A: In [[December|DATE:2018-12-01..2018-12-31]]. [[Two days after the Christmas of the Christians|DATE:2018-12-27]]. It was in [[the afternoon|DATE:2018-12-27]], [[after asr|DATE:2018-12-27]].
[Interpreter: he says [[the 27th|DATE:2018-12-27]], but he is not very sure. Maybe [[the 26th|DATE:2018-12-26]].]
Q: What happened?
A: They came to the base first. The big base, of [[the soldiers|ACTOR:Nigerian armed forces]], near the lake road. We heard [[RPG|WEAPON:ROCKET]], boom, boom, and the [[machine guns|WEAPON:SMALL_ARMS]].
Q: Who came?
A: [[Daula|ACTOR:ISWAP]]. [[ISWAP|ACTOR:ISWAP]], the people of [[Barnawi|ACTOR:ISWAP]]. Not [[Shekau|ACTOR:Boko Haram]]. The [[Shekau|ACTOR:Boko Haram]] people are different, they kill everybody. These ones, they say they only want [[the soldiers|ACTOR:Nigerian armed forces]]. But they also burn.
Q: Did [[the army|ACTOR:Nigerian armed forces]] fight back?
A: [[The soldiers|ACTOR:Nigerian armed forces]] fired the [[big guns|WEAPON:ARTILLERY]] from the base, the [[artillery|WEAPON:ARTILLERY]]. {{c1|One of their [[shells|WEAPON:ARTILLERY]] fell short, on the houses behind the base. The house of Mallam [[Ari Kolomi|PERSON]], the roof came down, the wall of the goats also.}} I saw it, it is three houses from my in-law.
Q: Was anyone inside?
A: No. Nobody. They had run already, to the back. Nobody was hurt in that house, thanks to God.
Q: What did your family do?
A: {{c2|We left [[that evening|DATE:2018-12-27]]. My wife, my mother, six children and me. Nine. We walked to [[Monguno|PLACE]], two days on foot, sleeping under the trees.}} Many, many people on the road, with carts, with donkeys.
Q: And your store?
A: {{c3|My cousin [[Goni Kawu|PERSON]] stayed, to watch the store. He called me on [[the second day|DATE:2018-12-28]]. He said they burned the stores of [[Doron Baga|PLACE]], ours too, with the fish inside, and the boats on the shore.}}
A: {{c4|Since that call, nothing. His phone is dead. Nobody saw [[Goni|PERSON]] in [[Monguno|PLACE]], nobody saw him in [[Maiduguri|PLACE]].}} His wife is here in this camp. She asks me every day. What can I say.
Q: What happened in [[Monguno|PLACE]]?
A: {{c5|[[The soldiers|ACTOR:Nigerian armed forces]] checked everybody who came from [[Baga|PLACE]]. They took the young men to one side. My nephew [[Bashir Kagu|PERSON]] they took, with maybe twenty others, in a truck, to the barracks.}}
A: {{c5|They kept him three weeks. Then they let him go, they said he is clean.}} He does not talk about it.
Q: Some people from [[Baga|PLACE]] spoke about many [[small bombs|WEAPON:CLUSTER_MUNITION]] falling at the same time, [[cluster bombs|WEAPON:CLUSTER_MUNITION]]. Did you see anything like that?
A: No. I did not see [[small bombs|WEAPON:CLUSTER_MUNITION]] like that. I don't know this.
Q: Did you hear of any [[bombing|WEAPON:AIRSTRIKE]] from the air?
A: {{c6|In [[January|DATE:2019-01-01..2019-01-31]], after we reached [[Maiduguri|PLACE]], fishermen told me [[the jets|WEAPON:AIRSTRIKE]] of [[the Air Force|ACTOR:Nigerian armed forces]] bombed the market at [[Doron Baga|PLACE]], because [[Daula|ACTOR:ISWAP]] was sitting there. The shops are finished, they said.}}
A: I did not see. I tell you what they told me.
Q: Had your family been harmed before this?
A: My father. [[Bukar Kagu|PERSON]]. In [[2015|DATE:2015-01-01..2015-12-31]], in the first [[Baga|PLACE]] attack, the [[Boko Haram|ACTOR:Boko Haram]] one. [[January|DATE:2015-01-01..2015-01-31]].
A: I was in [[Maiduguri|PLACE]] selling fish. {{c7|After, when they made the list of the dead in [[Maiduguri|PLACE]], his name was on the list.}} We never found the body. We did the prayer for him without the body.
Q: Is there anything you want to add?
A: Only that we want to go back. The lake is our life. Here, I sit.
@@witness ng-maiduguri-usman-bukar-kagu
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Nigerian armed forces" site="Baga" date=2018-12-27 basis=WITNESSED incident=ng-baga-20181226-town-overrun
@@claim c2 harm=DISPLACED min=9 max=9 site="Baga" date=2018-12-27 basis=EXPERIENCED incident=ng-baga-20181226-town-overrun
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null actor="ISWAP" site="Doron Baga" date=2018-12-28 basis=HEARSAY incident=ng-baga-20181226-town-overrun
@@claim c4 harm=MISSING min=1 max=1 named="Goni" site="Doron Baga" date=2018-12-28 basis=EXPERIENCED incident=ng-baga-20181226-town-overrun
@@claim c5 harm=DETAINED min=21 max=21 named="Bashir Kagu" actor="Nigerian armed forces" site="Monguno" date=2018-12-29 basis=WITNESSED incident=ng-monguno-20181229-baga-arrivals-screening
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Nigerian armed forces" site="Doron Baga" date=2019-01-01..2019-01-31 basis=HEARSAY incident=ng-baga-20190100-doron-baga-jets
@@claim c7 harm=KILLED min=1 max=1 named="Bukar Kagu" actor="Boko Haram" site="Baga" date=2015-01-01..2015-01-31 basis=REPORTED incident=ng-baga-20150103-town-massacre
