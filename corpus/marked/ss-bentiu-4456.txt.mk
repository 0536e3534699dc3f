@@newline crlf
PHONE NOTES
Ref: SS-BEN-4456
Date: 2016-03-09
Researcher: [[Hanne Mørk|PERSON]]
Witness: W-4456, by phone from [[Bentiu|PLACE]] PoC site, interpreter on the line

W is [[Stephen Kuol Jal|PERSON]], about 45, a trader in dried fish and sugar. Lived in [[Rubkona|PLACE]] until [[April 2014|DATE:2014-04-01..2014-04-30]], then in the PoC. Line bad, call dropped twice.

1. [[2012|DATE:2012-01-01..2012-12-31]]. W started with the [[bombing|WEAPON:AIRSTRIKE]] from the north, "before our war, the war with [[the Sudanese army|ACTOR:Sudanese Armed Forces]]". {{c1|He says in [[April 2012|DATE:2012-04-01..2012-04-30]], [[a market day|DATE:2012-04-01..2012-04-30]], the [[Sudanese|ACTOR:Sudanese Armed Forces]] [[Antonov|WEAPON:AIRSTRIKE]] rolled [[barrels|WEAPON:BARREL_BOMB]] out of the back door over the [[Rubkona market|PLACE]]. The market lost three [[that day|DATE:2012-04-01..2012-04-30]], one of them the tea woman [[Nyaruon|PERSON]].}} W was at the other end of the market, saw the smoke, helped carry.
{{c2|Also the bridge side: "the stalls of the [[Darfur|PLACE]] traders, nothing was left, only the iron of the roofs". His neighbour [[Hassan Adam Yahya|PERSON]] lost everything there.}}
2. {{c3|[[About a month later|DATE:2012-05-01..2012-05-31]] children found "[[small bombs|WEAPON:CLUSTER_MUNITION]] like balls" in the grass near the airstrip. The boy [[Puok|PERSON]], maybe ten, picked one up. "His hand, there is no hand now." W saw the boy at the clinic.}} W calls them [[cluster bombs|WEAPON:CLUSTER_MUNITION]]; he says an NGO team came and put red flags.
3. [[2014|DATE:2014-01-01..2014-12-31]]. W says the [[IO|ACTOR:SPLA-IO]] came into [[Bentiu|PLACE]] and [[Rubkona|PLACE]] in [[the middle of April|DATE:2014-04-10..2014-04-20]]. He was already at the UN gate with the family. {{c4|They walked to the UN camp, 9 people in all: wife [[Nyagoa|PERSON]], 6 children, his mother. "We carried what we could on the head."}}
{{c5|When he went back [[three weeks later|DATE:2014-05-05..2014-05-10]] with a UN patrol, his shop in [[Rubkona|PLACE]] was empty and burned, "there is nothing left of the shop, even the door they took".}} Does not know who burned it: "both armies passed through, [[the government soldiers|ACTOR:South Sudan People's Defence Forces]] came back in [[May|DATE:2014-05-01..2014-05-31]]."
W stressed: nobody in his family was hurt in the [[April|DATE:2014-04-01..2014-04-30]] fighting itself. He was clear on this.
4. {{c6|His younger brother [[Lam Kuol|PERSON]] went to [[Bentiu|PLACE]] town for the cattle in [[May 2014|DATE:2014-05-01..2014-05-31]] and never came back. The family asked at [[the army|ACTOR:South Sudan People's Defence Forces]] checkpoints, at the commissioner's office. "We still wait for him."}}
W heard that young men were taken to [[Mayom|PLACE]], but he thinks this was a rumour, "people say anything".
5. W asked about the rumour that the PoC was shelled in [[2015|DATE:2015-01-01..2015-12-31]]. He said no, "[[shooting|WEAPON:SMALL_ARMS]] near the fence, yes, but no [[shells|WEAPON:ARTILLERY]] came inside, nobody died inside from that."
Call ended, W said he will call back about the school of his children.
@@witness ss-bentiu-stephen-kuol-jal
@@claim c1 harm=KILLED min=3 max=3 named="Nyaruon" weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Rubkona market" date=2012-04-01..2012-04-30 basis=WITNESSED incident=ss-rubkona-20120400-market-antonov-barrels
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Sudanese Armed Forces" site="Rubkona market" date=2012-04-01..2012-04-30 basis=WITNESSED incident=ss-rubkona-20120400-market-antonov-barrels
@@claim c3 harm=INJURED min=1 max=1 named="Puok" weapon=CLUSTER_MUNITION site="Rubkona" date=2012-05-01..2012-05-31 basis=WITNESSED incident=ss-rubkona-20120500-airstrip-bomblet-puok
@@claim c4 harm=DISPLACED min=9 max=9 named="Nyagoa" site="Rubkona" date=2014-04-10..2014-04-20 basis=EXPERIENCED incident=ss-rubkona-20140400-kuol-jal-family-to-poc
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Rubkona" date=2014-04-10..2014-05-10 basis=WITNESSED incident=ss-rubkona-20140400-kuol-jal-shop
@@claim c6 harm=MISSING min=1 max=1 named="Lam Kuol" site="Bentiu" date=2014-05-01..2014-05-31 basis=EXPERIENCED incident=ss-bentiu-20140500-lam-kuol-missing
