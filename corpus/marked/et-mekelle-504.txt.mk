@@newline crlf
WITNESS STATEMENT
Statement ID: ET-MEK-504
Date of interview: 3 March 2023
Place of interview: [[Mekelle|PLACE]]
Language: English and Tigrinya (the witness wrote parts of this statement herself)
Interviewer: [[Pieter Jansen|PERSON]]

My name is [[Tsega Araya|PERSON]]. I am a nurse. From [[2016|DATE:2016-01-01..2016-12-31]] I work in the surgical ward of [[Ayder hospital|PLACE]] in [[Mekelle|PLACE]]. During the siege I did not leave the city. I live in [[Adi Haqi|PLACE]], with my mother and my two sisters.

About [[the 18th of October 2021|DATE:2021-10-18]]. It was [[a Monday|DATE:2021-10-18]]. I was on the morning shift and I heard [[the jets|WEAPON:AIRSTRIKE]], two times, one in [[the morning|DATE:2021-10-18]] and one near [[midday|DATE:2021-10-18]]. {{c1|My sister called me: the second [[bomb|WEAPON:AIRSTRIKE]] fell two streets from our house in [[Adi Haqi|PLACE]], and our windows and the door of the kitchen were broken.}} {{c2|Three neighbours were injured by glass and metal, among them [[Abadi Woldu|PERSON]], the tailor, who lost two fingers.}} I saw them myself when they came to the emergency. There was no army camp in [[Adi Haqi|PLACE]], no weapons store, only houses and a small flour mill. The government radio said they hit a factory for the [[TPLF|ACTOR:Tigray Defense Forces]]. I don't know about a factory. I know the flour mill. {{c1|People in [[Adi Haqi|PLACE]] say [[the jets|WEAPON:AIRSTRIKE]] fired two [[missiles|WEAPON:MISSILE]] [[that day|DATE]], one on the road of the cement factory and one on our side; the [[missile|WEAPON:MISSILE]] on our side is the one that broke our windows.}}

The worst day for me was in [[December|DATE:2021-12-01..2021-12-31]], I think [[the 18th|DATE:2021-12-18]], [[a Saturday|DATE:2021-12-18]], market day in [[Wukro|PLACE]]. {{c9|The [[Ethiopian|ACTOR:Ethiopian National Defense Force]] [[planes|WEAPON:AIRSTRIKE]] struck the market in [[the morning|DATE:2021-12-18]].}} The injured arrived in [[the afternoon|DATE:2021-12-18]], on trucks, because there was no fuel for the ambulances. {{c3|We received twenty-six wounded from [[Wukro|PLACE]] in our hospital.}} {{c4|Nine of them died with us, in two days.}} {{c4|Among them a girl of six, [[Feven|PERSON]], and [[Gebru Teklu|PERSON]], an old farmer who came to sell his teff.}}

{{c5|Many children had many small wounds, ten, fifteen holes, on the legs and the back, as if somebody threw nails on them.}} A man from [[Wukro|PLACE]] who had been a soldier before told us these were [[cluster bombs|WEAPON:CLUSTER_MUNITION]], that the big [[bomb|WEAPON:CLUSTER_MUNITION]] opens in the air and the [[bomblets|WEAPON:CLUSTER_MUNITION]] fall like rain. He showed me one photo on his phone, a small round thing like a ball. I am not an expert. I only say what I saw in the bodies. {{c8|[[Two weeks later|DATE:2022-01-01]] a boy from [[Wukro|PLACE]], [[Kidus|PERSON]], nine years, came to us with his right hand destroyed by one of the [[bomblets|WEAPON:CLUSTER_MUNITION]] that he found in a field and picked up.}} The deminers who came in [[2023|DATE:2023-01-01..2023-12-31]] cleared more than a hundred [[submunitions|WEAPON:CLUSTER_MUNITION]] around the market, my cousin [[Haftom|PERSON]] told me.

{{c6|Some patients from [[that day|DATE]] also had burns that continued to smoke under the skin. Dr. [[Fasika|PERSON]] said maybe [[phosphorus|WEAPON:INCENDIARY]], [[white phosphorus|WEAPON:INCENDIARY]], maybe something else, we had no way to test.}} We had no gauze, no saline. We washed the wounds with boiled water and salt.

In [[January 2022|DATE:2022-01-01..2022-01-31]], on the day of [[Genna|DATE:2022-01-07]], our Christmas, my colleague [[Hiwet|PERSON]] called me from [[Shire|PLACE]]. {{c7|She said a [[drone|WEAPON:DRONE_STRIKE]] hit the camp for displaced people at [[Dedebit|PLACE]] in [[the night|DATE:2022-01-07]], and more than fifty were killed, women and children sleeping.}} Over [[Mekelle|PLACE]] also we heard [[the drones|WEAPON:DRONE_STRIKE]] almost every night that winter. I did not see the [[Dedebit|PLACE]] attack. I write it because she was crying on the phone and I want it to be written somewhere.

One more thing. In [[June 2021|DATE:2021-06-01..2021-06-30]], when [[the federal army|ACTOR:Ethiopian National Defense Force]] left [[Mekelle|PLACE]], some soldiers came into [[Ayder|PLACE:Ayder hospital]] and threatened to take the wounded soldiers of the other side. They said if we hide fighters they will burn the ward. They did not burn it. They left [[the same evening|DATE:2021-06-28]].

I give this statement with my own name. I am not afraid now. If [[the drones|WEAPON:DRONE_STRIKE]] come back, it will not matter if I used my name or not.
@@witness et-mekelle-tsega-araya
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Adi Haqi" date=2021-10-18 basis=HEARSAY incident=et-mekelle-20211018-adi-haqi-airstrike
@@claim c2 harm=INJURED min=3 max=3 named="Abadi Woldu" weapon=AIRSTRIKE site="Adi Haqi" date=2021-10-18 basis=WITNESSED incident=et-mekelle-20211018-adi-haqi-airstrike
@@claim c3 harm=INJURED min=26 max=26 weapon=AIRSTRIKE actor="Ethiopian National Defense Force" site="Wukro" date=2021-12-18 basis=WITNESSED incident=et-wukro-20211218-market-airstrike
@@claim c4 harm=KILLED min=9 max=9 named="Feven; Gebru Teklu" weapon=AIRSTRIKE actor="Ethiopian National Defense Force" site="Wukro" date=2021-12-18..2021-12-20 basis=WITNESSED incident=et-wukro-20211218-market-airstrike
@@claim c5 harm=INJURED min=null max=null weapon=CLUSTER_MUNITION actor="Ethiopian National Defense Force" site="Wukro" date=2021-12-18 basis=WITNESSED incident=et-wukro-20211218-market-airstrike
@@claim c6 harm=INJURED min=null max=null weapon=INCENDIARY actor="Ethiopian National Defense Force" site="Wukro" date=2021-12-18 basis=WITNESSED incident=et-wukro-20211218-market-airstrike
@@claim c7 harm=KILLED min=51 max=null weapon=DRONE_STRIKE site="Dedebit" date=2022-01-07 basis=HEARSAY incident=et-dedebit-20220107-camp-drone-strike
@@claim c8 harm=INJURED min=1 max=1 named="Kidus" weapon=CLUSTER_MUNITION site="Wukro" date=2022-01-01 basis=WITNESSED incident=et-wukro-20220101-kidus-bomblet
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Ethiopian National Defense Force" site="Wukro" date=2021-12-18 basis=HEARSAY incident=et-wukro-20211218-market-airstrike
