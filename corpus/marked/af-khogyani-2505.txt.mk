@@encoding utf-16le
Interviewer: [[Ingrid Bauer|PERSON]]
Interpreter: [[Farhad Momand|PERSON]]
Date of interview: 20 November 2019
Place of interview: [[Jalalabad|PLACE]]

Ingrid: Can you start by telling me who you are?
Zalmai: I am [[Zalmai|PERSON]], the son of [[Mir Alam|PERSON]]. I drive a truck, [[Jalalabad|PLACE]] to [[Torkham|PLACE]], sometimes to [[Kabul|PLACE]]. My family is from [[Wazir Tangi|PLACE]], in [[Khogyani|PLACE]].
Ingrid: And you came to talk about your cousin.
Zalmai: Yes, [[Nasrat|PERSON]]. [[Nasratullah|PERSON]], but we call him [[Nasrat|PERSON]]. [pause] He was like my brother, we grew up in one yard.
Farhad: He is saying they had the same grandfather.
Ingrid: What happened?
Zalmai: This was [[two days after the Eid|DATE:2019-08-13]], the Eid of the sacrifice. [[Nasrat|PERSON]] and two friends were going in his car, a white Corolla, to bring a sheep from the other village, a little late, for the Eid guests.
Zalmai: {{c1,c2|On the road below [[Wazir|PLACE:Wazir Tangi]] [[the drone|WEAPON:DRONE_STRIKE]] hit the car, and all three died there, [[Nasrat|PERSON]], and [[Hikmat|PERSON]], and the boy [[Ajmal|PERSON]] who was sixteen.}}
Ingrid: Were you there?
Zalmai: I was in [[Jalalabad|PLACE]] with the truck. My uncle called me at [[maghrib|DATE:2019-08-13]]. I drove there in [[the night|DATE:2019-08-13]], I arrived at [[the first light|DATE:2019-08-14]].
Zalmai: {{c2|The car, I mean, there was no car. The metal had melted, the seats were gone, the tyres had run like black water onto the road.}} We knew [[Ajmal|PERSON]] only from his shoes.
Ingrid: Who do people say [[the drone|WEAPON:DRONE_STRIKE]] belonged to?
Zalmai: [[The Americans|ACTOR:US forces]], of course. Who else has them there? The district governor said three [[Daesh|ACTOR:Islamic State]] were killed. I say to you: there were no [[Daesh|ACTOR:Islamic State]] in that car, no [[Taliban|ACTOR:Taliban]], no guns. There was a rope for the sheep.
Ingrid: I'm very sorry.
Zalmai: Allah is merciful. But [[the drone|WEAPON:DRONE_STRIKE]] is not.
Ingrid: You also mentioned your nephews.
Zalmai: Yes, [[the spring before last|DATE:2018-03-21..2018-06-21]]. In the hills behind our village there are still old things from the first American war, from [[2001|DATE:2001-01-01..2001-12-31]], when they bombed [[Tora Bora|PLACE]]. Small yellow things, like a can of drink, with a little parachute.
Farhad: He means the [[cluster bomblets|WEAPON:CLUSTER_MUNITION]]. He is describing them.
Zalmai: {{c3|My brother's sons, [[Idris|PERSON]] and [[Yunus|PERSON]], were taking the goats and [[Yunus|PERSON]] picked up one of these yellow [[bomblets|WEAPON:CLUSTER_MUNITION]], and it went off, and [[Idris|PERSON]] lost two fingers and [[Yunus|PERSON]] has pieces in his stomach until now.}}
Ingrid: Did you see it?
Zalmai: No, my brother told me, on the phone. I saw them after, in the hospital in [[Jalalabad|PLACE]].
Ingrid: I understand you also have family in [[Achin|PLACE]].
Zalmai: My wife is from [[Mohmand Dara|PLACE]], [[Mohmand Darah|PLACE:Mohmand Dara]]. Her brother, [[Gulab|PERSON]]. When [[Daesh|ACTOR:Islamic State]] ruled there, in the [[Ramadan|DATE:2017-05-27..2017-06-25]] of [[2017|DATE:2017-01-01..2017-12-31]], I think [[the 10th of June|DATE:2017-06-10]], they came at [[night|DATE:2017-06-10]].
Zalmai: {{c4|They took ten men from the village, my wife's brother with them, they said these men are working for the government.}} My wife's mother told us this, she saw it from the roof.
Zalmai: {{c5|[[Gulab|PERSON]] came back after four months, only three came back, he and two others. The rest, still, nobody knows where they are.}}
Ingrid: Ten men? Another person told us eight.
Zalmai: Maybe eight, maybe ten. I was not there. My mother-in-law says ten. She counted her neighbours.
Ingrid: Have you yourself ever been arrested?
Zalmai: Not arrested. Stopped. [[Last month|DATE:2019-10-01..2019-10-31]] at the police post at [[Pashtunistan Watt|PLACE]], in [[Jalalabad|PLACE]]. They saw [[Khogyani|PLACE]] on my taskira and they took me in the room and asked me questions, one hour, more. Who do you know in [[Wazir Tangi|PLACE]], who do you carry in your truck. Then they gave me my card and said go.
Zalmai: It is like this for us. [[Daesh|ACTOR:Islamic State]] says you are government, the government says you are [[Daesh|ACTOR:Islamic State]].
Ingrid: Is there anything you want written down that we did not ask?
Zalmai: Write that [[Nasrat|PERSON]] had two daughters. The small one is called [[Amal|PERSON]]. He chose a hopeful name. Now she asks where is the car of her father.
@@witness af-khogyani-zalmai-truck-driver
@@claim c1 harm=KILLED min=3 max=3 named="Nasrat; Hikmat; Ajmal" weapon=DRONE_STRIKE actor="US forces" site="Wazir" date=2019-08-13 basis=HEARSAY incident=af-khogyani-20190813-wazir-tangi-corolla-drone
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="US forces" site="Wazir" date=2019-08-13 basis=WITNESSED incident=af-khogyani-20190813-wazir-tangi-corolla-drone
@@claim c3 harm=INJURED min=2 max=2 named="Idris; Yunus" weapon=CLUSTER_MUNITION site="Wazir Tangi" date=2018-03-21..2018-06-21 basis=HEARSAY incident=af-khogyani-20180000-yellow-bomblet
@@claim c4 harm=DETAINED min=10 max=10 named="Gulab" actor="Islamic State" site="Mohmand Dara" date=2017-06-10 basis=HEARSAY incident=af-achin-20170610-mohmanddara-abductions
@@claim c5 harm=MISSING min=7 max=7 actor="Islamic State" site="Mohmand Dara" date=2017-06-10 basis=HEARSAY incident=af-achin-20170610-mohmanddara-abductions
