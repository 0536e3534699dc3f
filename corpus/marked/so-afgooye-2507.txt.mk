WITNESS STATEMENT
Interview ID: SO-AFG-2507
Date of interview: 4 August 2020
Place of interview: [[Mogadishu|PLACE]], [[Hodan|PLACE]] district
Language: Somali, interpreted
Interviewer: [[Lena Okafor|PERSON]]
Interpreter: [[Abdiwali Hersi|PERSON]]

The witness, [[Faadumo Cabdi Warsame|PERSON]], aged about 45, sold tomatoes, onions and lemons in the main market of [[Afgooye|PLACE]] from [[2012 until 2020|DATE:2012-01-01..2020-12-31]]. She asked that her statement be written in her own words as far as possible.

"The market is on the side of the river, not far from the bridge, where the lorries come in from [[Shalambood|PLACE]] and [[Marka|PLACE]]. Thursday is the big day, everybody comes, the people of the farms, the women with milk.

[[The 14th of March|DATE:2019-03-14]], [[last year|DATE:2019-01-01..2019-12-31]], it was [[a Thursday|DATE:2019-03-14]] like that. [[Before the noon prayer|DATE:2019-03-14]], the market was full. I heard a whistle, then the first [[mortar|WEAPON:MORTAR]] fell behind the meat section. Then a second one, and a third, in the middle of the stalls, in less than one minute.

{{c1|Five people died in front of me. My neighbour in the market, [[Hawo Nuur|PERSON]], who sold bananas next to me for six years, and her little grandson, and three men I did not know.}} [[Hawo|PERSON]] was still holding her money in her hand. [crying]

{{c2|The wounded, I counted twelve that we carried to the cars, maybe more went on their own.}} {{c3|And the stalls, it was the plastic and the wood, they caught fire, half of our row burned, my stall with it, all the tomatoes, the scales, the umbrella, everything.}}

People said the [[Shabaab|ACTOR:al-Shabaab]] were firing at the soldiers' base near the bridge and the [[mortars|WEAPON:MORTAR]] fell short. I say: [[that day|DATE:2019-03-14]] there were no soldiers in the market, not one. Only the people who buy and sell.

[[After one hour|DATE:2019-03-14]], [[the soldiers|ACTOR:Somali forces]] came, [[the Somali army|ACTOR:Somali forces]] and the police. {{c4|They took young men from the market, eleven boys, my sister's son [[Mahad|PERSON]] also, they said you are [[Shabaab|ACTOR:al-Shabaab]], you showed them where to fire.}} {{c4|They kept them three days in the base.}} The elders went and they let them go, [[Mahad|PERSON]] came back with his shirt torn and a swollen eye.

My own son, [[Abdirahman|PERSON]], was stopped also [[that afternoon|DATE:2019-03-14]], at the checkpoint by the bridge. They took his phone and looked at the numbers, they shouted at him, one soldier said, we will take you to [[Mogadishu|PLACE]] and you will not come back. But his officer said, he is a child, let him go. He was sixteen.

Then in [[2020|DATE:2020-01-01..2020-12-31]], in [[February|DATE:2020-02-01..2020-02-29]], three weeks before the fighting at [[Janaale|PLACE]], [[Abdirahman|PERSON]] went with a lorry of onions to [[Jannaale|PLACE:Janaale]]. {{c5|On the road the [[Shabaab|ACTOR:al-Shabaab]] stopped the lorry and they took him and the driver's boy, to make them fighters.}} The driver came back and told me. {{c6|Since [[that day|DATE:2020-02-01..2020-02-29]] I have had no news of my son. Not a call. Nobody can tell me if he is alive.}}

I also want to say what happened to my cousin [[Cabdullahi|PERSON]], who farms near [[Janaale|PLACE]]. In [[2018|DATE:2018-01-01..2018-12-31]], I think [[September|DATE:2018-09-01..2018-09-30]], [[the Americans|ACTOR:US forces]] fired a [[missile|WEAPON:MISSILE]] from the air on his neighbour's farm, people said there were [[Shabaab|ACTOR:al-Shabaab]] sitting under the trees. {{c7,c9|[[Cabdullahi|PERSON]] told me two of the workers died, young men from [[Qoryooley|PLACE]], and the pump house of the farm was broken.}} I was not there. I only know what he told me when he came to [[Afgooye|PLACE]] for the funeral of an uncle.

Now I sell from a table in [[Bakaara market|PLACE]]. In [[Afgooye|PLACE]] I have nothing. The [[gunfire|WEAPON:SMALL_ARMS]] on the road, the [[Shabaab|ACTOR:al-Shabaab]] on one side, [[the soldiers|ACTOR:Somali forces]] on the other. {{c8|I left in [[April|DATE:2020-04-01..2020-04-30]] with my three daughters, because of [[Abdirahman|PERSON]], because I could not sleep in that house.}}"

[Interpreter's note: the witness uses "Jannaale" and "Janaale" for the same town.]
@@witness so-afgooye-faadumo-cabdi-warsame
@@claim c1 harm=KILLED min=5 max=5 named="Hawo Nuur" weapon=MORTAR actor=al-Shabaab site="Afgooye" date=2019-03-14 basis=WITNESSED incident=so-afgooye-20190314-market-mortars
@@claim c2 harm=INJURED min=12 max=null weapon=MORTAR actor=al-Shabaab site="Afgooye" date=2019-03-14 basis=WITNESSED incident=so-afgooye-20190314-market-mortars
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor=al-Shabaab site="Afgooye" date=2019-03-14 basis=EXPERIENCED incident=so-afgooye-20190314-market-mortars
@@claim c4 harm=DETAINED min=11 max=11 named="Mahad" actor="Somali forces" site="Afgooye" date=2019-03-14 basis=WITNESSED incident=so-afgooye-20190314-market-roundup
@@claim c5 harm=DETAINED min=2 max=2 named="Abdirahman" actor=al-Shabaab site="Jannaale" date=2020-02-01..2020-02-29 basis=HEARSAY incident=so-janaale-20200200-onion-lorry-abduction
@@claim c6 harm=MISSING min=1 max=1 named="Abdirahman" actor=al-Shabaab site="Jannaale" date=2020-02-01..2020-02-29 basis=WITNESSED incident=so-janaale-20200200-onion-lorry-abduction
@@claim c7 harm=KILLED min=2 max=2 weapon=MISSILE actor="US forces" site="Janaale" date=2018-09-01..2018-09-30 basis=HEARSAY incident=so-janaale-20180906-farm-missile
@@claim c8 harm=DISPLACED min=4 max=4 site="Afgooye" date=2020-04-01..2020-04-30 basis=EXPERIENCED incident=so-afgooye-20200400-faadumo-departure
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="US forces" site="Janaale" date=2018-09-01..2018-09-30 basis=HEARSAY incident=so-janaale-20180906-farm-missile
