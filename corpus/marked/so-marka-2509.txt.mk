Phone call notes
Interview ID: SO-MRK-2509
Date: 2020-09-29
Interviewer: [[Camille Ferrand|PERSON]] (by phone from [[Nairobi|PLACE]])
Interpreter: [[Xamse Aadan|PERSON]] (on the line)
Location of witness: [[Marka|PLACE]], [[Lower Shabelle|PLACE]]

Notes written up the same day. The line dropped twice; the interpreter called back each time.

The witness is [[Sahra Mursal Ibraahim|PERSON]], about 38, married to [[Maxamed Cali|PERSON]], a farmer. Until [[March 2020|DATE:2020-03-01..2020-03-31]] the family farmed bananas and sesame on land their family owns on the canal south-east of [[Janaale|PLACE]], [[Jannaale|PLACE:Janaale]] on some maps. She now lives in [[Marka|PLACE]] ([[Merca|PLACE:Marka]]) with her husband's relatives.

She was asked first about the [[strike|WEAPON:DRONE_STRIKE]] on the neighbouring farm in [[2018|DATE:2018-01-01..2018-12-31]]. She dated it to [[the Thursday after the first rains|DATE:2018-09-06]], early [[September|DATE:2018-09-01..2018-09-30]], "in [[the morning, when the workers take tea|DATE:2018-09-06]]". She was at her own house, some three hundred metres away, and says she saw the smoke before she heard the noise. Her words as interpreted: "It came from the [[plane you cannot see|WEAPON:DRONE_STRIKE]], the one that buzzes."

{{c1,c2|She says a [[missile|WEAPON:MISSILE]] hit the shelter where the farm workers were sitting, and that three of them died: [[Cumar|PERSON]], [[Shuceyb|PERSON]], and an older man she knew only as Abti [[Nuur|PERSON]].}} [Interpreter: "abti" is "uncle on the mother's side", she used it as a respectful name.] She went there [[within the hour|DATE:2018-09-06]] with other women. {{c8|The list kept by the village committee, which her husband photographed and later sent to us, gives four dead from the farm.}}

{{c2|The well of that farm was ruined, the pump house cracked open and the engine thrown out into the bananas, she said, and the water was black with diesel for weeks.}} Our other witness (cousin of the farm owner, see [[Afgooye|PLACE]] statement) gave two dead, not three. Asked, she said the third man died [[the next day|DATE:2018-09-07]] in [[Marka|PLACE]].

She said "the radio said [[the Americans|ACTOR:US forces]] killed [[Shabaab|ACTOR:al-Shabaab]]". She said there had been [[al-Shabaab|ACTOR:al-Shabaab]] men on the farm [[the week before|DATE:2018-08-30..2018-09-05]], collecting zakat, but not [[that morning|DATE:2018-09-06]]: "[[That morning|DATE:2018-09-06]] there were only workers."

On [[al-Shabaab|ACTOR:al-Shabaab]] in [[Janaale|PLACE]]: they collected a share of every harvest. In [[2019|DATE:2019-01-01..2019-12-31]], when her husband refused to pay for the sesame, a [[Shabaab|ACTOR:al-Shabaab]] judge sent word that he would be arrested and taken to their court. Elders intervened and the family paid half. He was not taken. {{c3|His brother [[Axmed Cali|PERSON]] was less lucky: in [[the month before Ramadan|DATE:2019-04-06..2019-05-05]] he was taken from the field by four armed men and held in a house in the town for sixteen days, until the family paid.}} She did not see this herself; her husband's mother told her.

On the fighting of [[March 2020|DATE:2020-03-01..2020-03-31]], when [[the Somali army|ACTOR:Somali forces]] and [[AMISOM|ACTOR:African Union forces]] took [[Janaale|PLACE]] back: she describes [[shelling|WEAPON:ARTILLERY]] "from the [[big guns|WEAPON:ARTILLERY]] of [[the Ugandans|ACTOR:African Union forces]]" for two nights, "[[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]] falling on every side", and [[gunfire|WEAPON:SMALL_ARMS]] in the streets. She could not say who fired what. {{c4|"The school of our village, the one with the blue door, was flattened, nothing, you would not know there was a school."}} {{c5|Her own house lost its roof and the back wall; "the rooms are open to the sky".}} {{c6|On [[the second night|DATE]] the family left on a donkey cart, eleven people, for [[Marka|PLACE]].}}

Asked whether anyone in her family was hurt in the fighting, she said no: "nobody in our house was hurt, God protected us". She said a neighbour's boy was wounded by a [[bullet|WEAPON:SMALL_ARMS]] but did not know his name; not recorded as a claim.

{{c7|She added that her younger brother, [[Cabdiwahaab|PERSON]], who went to [[Baardheere|PLACE]] in [[Gedo|PLACE]] in [[2017|DATE:2017-01-01..2017-12-31]] to trade camels, has not been heard from since [[the Eid of that year|DATE:2017-06-25..2017-06-27]].}} She does not know who, if anyone, is holding him. She has asked the [[Jubaland|PLACE]] security office in [[Kismaayo|PLACE]] through a relative and was told there is no record. "If he was with the [[Shabaab|ACTOR:al-Shabaab]], someone would tell me. If he is dead, someone would tell me. Nobody tells me anything."

Follow-up: ask [[Xamse|PERSON]] to find the farm owner's name; check with the [[Afgooye|PLACE]] witness's cousin [[Cabdullahi|PERSON]] whether he is the same owner.
@@witness so-janaale-sahra-mursal
@@claim c1 harm=KILLED min=3 max=3 named="Cumar; Shuceyb; Nuur" weapon=MISSILE actor="US forces" site="Janaale" date=2018-09-06 basis=WITNESSED incident=so-janaale-20180906-farm-missile
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="US forces" site="Janaale" date=2018-09-06 basis=WITNESSED incident=so-janaale-20180906-farm-missile
@@claim c3 harm=DETAINED min=1 max=1 named="Axmed Cali" actor=al-Shabaab site="Janaale" date=2019-04-06..2019-05-05 basis=HEARSAY incident=so-janaale-20190400-axmed-cali-abduction
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null site="Janaale" date=2020-03-01..2020-03-31 basis=WITNESSED incident=so-janaale-20200300-retaking-fighting
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Janaale" date=2020-03-01..2020-03-31 basis=EXPERIENCED incident=so-janaale-20200300-retaking-fighting
@@claim c6 harm=DISPLACED min=11 max=11 site="Janaale" date=2020-03-01..2020-03-31 basis=EXPERIENCED incident=so-janaale-20200300-retaking-fighting
@@claim c7 harm=MISSING min=1 max=1 named="Cabdiwahaab" site="Baardheere" date=2017-06-25..2017-06-27 basis=WITNESSED incident=so-baardheere-20170600-cabdiwahaab-missing
@@claim c8 harm=KILLED min=4 max=4 weapon=MISSILE actor="US forces" site="Janaale" date=2018-09-06 basis=REPORTED incident=so-janaale-20180906-farm-missile
