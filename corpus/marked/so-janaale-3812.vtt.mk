WEBVTT

NOTE
Interview SO-LSH-3812, recorded 2020-02-27 in Afgooye.
Somali, interpreted into English on the recording. Speaker: farm owner from the Janaale area.

q01
00:00:02.000 --> 00:00:06.500
<v Interviewer>Thank you for coming. You farm near [[Jannaale|PLACE:Janaale]], on the [[Shabelle|PLACE]] river?

q02
00:00:07.100 --> 00:00:14.000
<v Axmed Ciise Jimcaale>Yes, twelve hectares, my father's land. Sesame, maize, some lemons. Near the bridge of [[Janaale|PLACE]], towards [[Marka|PLACE]].

q03
00:00:14.600 --> 00:00:19.800
<v Interviewer>I want to ask about the [[strike|WEAPON:DRONE_STRIKE]] on the farm next to yours.

q04
00:00:20.400 --> 00:00:27.500
<v Axmed Ciise Jimcaale>It was [[a Monday|DATE:2019-03-18]]. [[The 18th of March|DATE:2019-03-18]], I wrote it in my book because we had just started to cut the sesame.

q05
00:00:28.100 --> 00:00:35.000
<v Axmed Ciise Jimcaale>[[Around midday|DATE:2019-03-18]], the workers of [[Cali Dheere|PERSON]] sat under the big tamarind tree for lunch. I was at my pump, one field away, maybe two hundred metres.

q06
00:00:35.600 --> 00:00:41.200
<v Axmed Ciise Jimcaale>All morning we heard [[the drone|WEAPON:DRONE_STRIKE]] going round. We know that sound, it is like a small generator in the sky.

q07
00:00:41.800 --> 00:00:48.900
<v Axmed Ciise Jimcaale>{{c1|Then it fired. Two times. I saw the smoke at the tree and I saw the men on the ground. Four men died there.}}

q08
00:00:49.500 --> 00:00:56.000
<v Axmed Ciise Jimcaale>{{c1|[[Ismaaciil|PERSON]], he was forty, [[Abukar Cali Dheere|PERSON]], the son of the owner, and two boys from [[Qoryooley|PLACE]] whose names I did not know.}}

q09
00:00:56.600 --> 00:01:02.400
<v Interviewer>Some people say five were killed.

q10
00:01:03.000 --> 00:01:10.500
<v Axmed Ciise Jimcaale>Four I saw. A fifth one, [[Nuur|PERSON]], was hurt in the stomach, and people say he died in [[Marka|PLACE]] [[two days later|DATE:2019-03-20]]. I do not know it.

q11
00:01:11.100 --> 00:01:12.900
<v Axmed Ciise Jimcaale>{{c2|But he was hurt, that I saw.}}

q12
00:01:13.500 --> 00:01:20.000
<v Interviewer>Was there damage to the farms?

q13
00:01:20.600 --> 00:01:28.000
<v Axmed Ciise Jimcaale>{{c3|The pump of [[Cali Dheere|PERSON]] was torn open, the little store where he kept the sesame sacks burned with all the harvest inside.}}

q14
00:01:28.600 --> 00:01:34.200
<v Axmed Ciise Jimcaale>{{c4|And my own canal, the wall of the canal broke and the water went into the road. My lemons dried that season.}}

q15
00:01:34.800 --> 00:01:40.500
<v Interviewer>Who do you think fired?

q16
00:01:41.100 --> 00:01:48.600
<v Axmed Ciise Jimcaale>[[The Americans|ACTOR:US forces]]. Everyone says it. The radio of the government said [[AFRICOM|ACTOR:US forces]] killed terrorists at [[Janaale|PLACE]]. Terrorists! They were cutting sesame.

q17
00:01:49.200 --> 00:01:55.500
<v Axmed Ciise Jimcaale>There were no [[Shabaab|ACTOR:al-Shabaab]] on that farm [[that day|DATE:2019-03-18]]. In the town yes, the [[Shabaab|ACTOR:al-Shabaab]] were in the town, but not under that tree.

q18
00:01:56.100 --> 00:02:01.000
<v Interviewer>Did [[al-Shabaab|ACTOR:al-Shabaab]] do anything to your family?

q19
00:02:01.600 --> 00:02:09.000
<v Axmed Ciise Jimcaale>{{c5|Yes. In [[the Gu rains|DATE:2019-04-01..2019-06-30]], [[the same year|DATE:2019-01-01..2019-12-31]], they came to the village and they took the men away, seven men, for the zakat.}}

q20
00:02:09.600 --> 00:02:16.400
<v Axmed Ciise Jimcaale>{{c5|My brother [[Yuusuf|PERSON]] was one of them. They kept them in a house in [[Janaale|PLACE]] town for nine days, until each family paid.}}

q21
00:02:17.000 --> 00:02:23.100
<v Axmed Ciise Jimcaale>They wanted to take my son also, for their fighters, he is fifteen. But the old men of the village stood in front of them and said he is a child. They left him.

q22
00:02:23.700 --> 00:02:28.000
<v Interviewer>You are now in [[Afgooye|PLACE]]. Why did you leave?

q23
00:02:28.600 --> 00:02:36.500
<v Axmed Ciise Jimcaale>{{c6|When [[the army|ACTOR:Somali forces]] came to take [[Janaale|PLACE]], in [[August|DATE:2019-08-01..2019-08-31]], there was fighting three days, and we left, the whole family, eleven people, on a donkey cart and a tuk-tuk.}}

q24
00:02:37.100 --> 00:02:44.000
<v Axmed Ciise Jimcaale>[[The army|ACTOR:Somali forces]], [[the Somali army|ACTOR:Somali forces]] and the [[African Union|ACTOR:African Union forces]] soldiers. The [[mortars|WEAPON:MORTAR]] came from both sides.

q25
00:02:44.600 --> 00:02:52.000
<v Axmed Ciise Jimcaale>{{c7|Our neighbour [[Xaawo|PERSON]], an old woman, was killed in her house by a [[mortar|WEAPON:MORTAR]] on [[the second day of the fighting|DATE:2019-08-01..2019-08-31]].}} {{c7|My wife washed her body.}}

q26
00:02:52.600 --> 00:02:58.900
<v Interviewer>Do you know who fired that [[mortar|WEAPON:MORTAR]]?

q27
00:02:59.500 --> 00:03:05.200
<v Axmed Ciise Jimcaale>No. God knows. I will not say a name for something I do not know.

q28
00:03:05.800 --> 00:03:12.600
<v Axmed Ciise Jimcaale>{{c8|My cousin in [[Merka|PLACE:Marka]] told me that [[the same month|DATE:2019-08-01..2019-08-31]] the [[Shabaab|ACTOR:al-Shabaab]] fired [[mortars|WEAPON:MORTAR]] at the base in [[Marka|PLACE]] and they fell on the fish market, the roof of the market fell.}}

q29
00:03:13.200 --> 00:03:19.800
<v Interviewer>Have you been back to the farm?

q30
00:03:20.400 --> 00:03:28.000
<v Axmed Ciise Jimcaale>Once. At the checkpoint [[the soldiers|ACTOR:Somali forces]] searched me, they read my card, they looked in my bag, then they let me pass. It is normal.

q31
00:03:28.600 --> 00:03:36.500
<v Axmed Ciise Jimcaale>{{c9|The house on the farm has no roof, the doors are gone, somebody took even the window frames.}} The tamarind tree is still there. Nobody sits under it now.
@@witness so-janaale-axmed-ciise-jimcaale
@@claim c1 harm=KILLED min=4 max=4 named="Ismaaciil; Abukar Cali Dheere" weapon=DRONE_STRIKE actor="US forces" site="Janaale" date=2019-03-18 basis=WITNESSED incident=so-janaale-20190318-sesame-farm-drone-strike
@@claim c2 harm=INJURED min=1 max=1 named="Nuur" weapon=DRONE_STRIKE actor="US forces" site="Janaale" date=2019-03-18 basis=WITNESSED incident=so-janaale-20190318-sesame-farm-drone-strike
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null named="Cali Dheere" weapon=DRONE_STRIKE actor="US forces" site="Janaale" date=2019-03-18 basis=WITNESSED incident=so-janaale-20190318-sesame-farm-drone-strike
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="US forces" site="Janaale" date=2019-03-18 basis=EXPERIENCED incident=so-janaale-20190318-sesame-farm-drone-strike
@@claim c5 harm=DETAINED min=7 max=7 named="Yuusuf" actor=al-Shabaab site="Janaale" date=2019-04-01..2019-06-30 basis=WITNESSED incident=so-janaale-20190400-zakat-men-taken
@@claim c6 harm=DISPLACED min=11 max=11 site="Janaale" date=2019-08-01..2019-08-31 basis=EXPERIENCED incident=so-janaale-20190800-retaking-jimcaale-family-flight
@@claim c7 harm=KILLED min=1 max=1 named="Xaawo" weapon=MORTAR site="Janaale" date=2019-08-01..2019-08-31 basis=HEARSAY incident=so-janaale-20190800-xaawo-house-mortar
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor=al-Shabaab site="Marka" date=2019-08-01..2019-08-31 basis=HEARSAY incident=so-marka-20190800-fish-market-mortars
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null site="Janaale" date=2019-08-01..2020-02-27 basis=WITNESSED incident=so-janaale-20190800-jimcaale-farmhouse-looted
