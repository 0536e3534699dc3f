Interview ID: SO-BAY-219
Date of interview: 15 June 2021
Place of interview: [[Baidoa|PLACE]], [[Bay|PLACE]] region
Language: Maay Maay, interpreted into English
Interviewer: [[Sofia Lindgren|PERSON]]
Interpreter: [[Abdirahim Nur Adan|PERSON]]

[00:00:06] INTERVIEWER: [[Maryan|PERSON]], where is your village?
[00:00:11] WITNESS: [[Goofgaduud|PLACE]]. Between [[Baydhabo|PLACE:Baidoa]] and [[Buurhakaba|PLACE]]. We had sorghum and goats. My husband [[Aden Mursal|PERSON]] and me, and seven children, the oldest is [[Aliyow|PERSON]].
[00:00:29] INTERPRETER: Baydhabo is how she says [[Baidoa|PLACE]].
[00:00:33] INTERVIEWER: Who controlled the village?
[00:00:36] WITNESS: [[Al-Shabaab|ACTOR:al-Shabaab]]. For many years. They take zakat, from the harvest, from the goats. If you don't give, they take your son, or your husband.
[00:00:55] INTERVIEWER: Did something happen to someone in the village?
[00:00:59] WITNESS: {{c1|In [[the Gu rains|DATE:2020-04-01..2020-06-30]], [[last year|DATE:2020-01-01..2020-12-31]], they brought a man to the market, [[Maxamed Nuur|PERSON]], a shopkeeper. They said he gave phone numbers to the government. They shot him in front of everybody.}} I was there. They made us all come and look.
[00:01:24] INTERPRETER: The Gu is the long rains, April to June.
[00:01:29] INTERVIEWER: Why did you leave?
[00:01:32] WITNESS: No rain, then the fighting. {{c2|[[The Somali army|ACTOR:Somali forces]] came to take the [[Buurhakaba|PLACE]] road, and the [[Shabaab|ACTOR:al-Shabaab]] fought them near our village, three days, the [[mortars|WEAPON:MORTAR]] going over the houses. We left on [[the second day|DATE:2020-11-01..2020-11-30]], all nine of us, on a donkey cart.}}
[00:02:01] INTERVIEWER: When was that?
[00:02:03] WITNESS: After [[the Deyr rains|DATE:2020-10-01..2020-12-31]] started. [[November|DATE:2020-11-01..2020-11-30]], I think.
[00:02:10] INTERVIEWER: On the road, were you in danger?
[00:02:13] WITNESS: {{c3|Yes. In front of us on the road, a minibus hit a [[roadside bomb|WEAPON:IED]]. Five died, I saw them taken out, two women and three men.}} {{c4|Our neighbour's girl, [[Hamdi|PERSON]], she was on that minibus, she lost her foot.}}
[00:02:38] INTERVIEWER: Do you know who placed the [[bomb|WEAPON:IED]]?
[00:02:41] WITNESS: The people said [[Shabaab|ACTOR:al-Shabaab]], they put them for the trucks of [[the army|ACTOR:Somali forces]]. But [[that day|DATE:2020-11-01..2020-11-30]] no [[army|ACTOR:Somali forces]] truck passed. Only us.
[00:02:55] INTERVIEWER: Has anything happened here in [[Baidoa|PLACE]] since you arrived?
[00:02:59] WITNESS: {{c5|The [[mortars|WEAPON:MORTAR]]. In [[Ramadan|DATE:2021-04-13..2021-05-12]], at [[night|DATE:2021-04-13..2021-05-12]], three fell near the camp, near the road to the airport.}} {{c5,c7|One fell on the shelter of a family from [[Dinsoor|PLACE]], and a child died.}} They were shooting at the airport, people say, and missing.
[00:03:25] INTERPRETER: She uses the word "hoobiye", mortar.
[00:03:29] INTERVIEWER: Did you hear of any [[air strikes|WEAPON:AIRSTRIKE]] near your area?
[00:03:33] WITNESS: {{c6|My brother [[Sharif|PERSON]] told me, from [[Diinsoor|PLACE:Dinsoor]] side.}} {{c6,c8|He said an [[American|ACTOR:US forces]] [[drone|WEAPON:DRONE_STRIKE]] hit a car near the wells in [[March|DATE:2021-03-01..2021-03-31]], and three herders died, and the radio said they were [[al-Shabaab|ACTOR:al-Shabaab]].}} My brother says they were herders, he knew one, [[Abukar Idow|PERSON]]. I did not see it.
[00:04:00] INTERVIEWER: Who do you think carried it out?
[00:04:02] WITNESS: [[The Americans|ACTOR:US forces]], people say. Only [[the Americans|ACTOR:US forces]] have these drones there. But I don't know these things, I am a farmer.
[00:04:17] INTERVIEWER: Is there anything you want to add?
[00:04:20] WITNESS: Our sorghum is in the ground in [[Goofgaduud|PLACE]], nobody to cut it. If the rain comes this year and we are not there, it is for the birds.
@@witness so-baidoa-maryan-aden
@@claim c1 harm=KILLED min=1 max=1 named="Maxamed Nuur" weapon=SMALL_ARMS actor="al-Shabaab" site="Goofgaduud" date=2020-04-01..2020-06-30 basis=WITNESSED incident=so-goofgaduud-20200000-market-execution
@@claim c2 harm=DISPLACED min=9 max=9 site="Goofgaduud" date=2020-11-01..2020-11-30 basis=EXPERIENCED incident=so-goofgaduud-20201100-fighting-flight
@@claim c3 harm=KILLED min=5 max=5 weapon=IED actor="al-Shabaab" site="Buurhakaba" date=2020-11-01..2020-11-30 basis=WITNESSED incident=so-buurhakaba-20201100-minibus-ied
@@claim c4 harm=INJURED min=1 max=1 named="Hamdi" weapon=IED actor="al-Shabaab" site="Buurhakaba" date=2020-11-01..2020-11-30 basis=WITNESSED incident=so-buurhakaba-20201100-minibus-ied
@@claim c5 harm=KILLED min=1 max=1 weapon=MORTAR site="Baidoa" date=2021-04-13..2021-05-12 basis=WITNESSED incident=so-baidoa-20210000-camp-mortars
@@claim c6 harm=KILLED min=3 max=3 named="Abukar Idow" weapon=DRONE_STRIKE actor="US forces" site="Diinsoor" date=2021-03-01..2021-03-31 basis=HEARSAY incident=so-dinsoor-20210300-wells-drone-strike
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Baidoa" date=2021-04-13..2021-05-12 basis=WITNESSED incident=so-baidoa-20210000-camp-mortars
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="US forces" site="Diinsoor" date=2021-03-01..2021-03-31 basis=HEARSAY incident=so-dinsoor-20210300-wells-drone-strike
