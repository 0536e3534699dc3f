Interview ID: IQ-SNJ-4907
Date of interview: 21 November 2022
Place of interview: [[Khanke|PLACE]] camp, [[Duhok|PLACE]] governorate
Language: Kurmanji, interpreted into English
Interviewer: [[Johanna Berg|PERSON]]
Interpreter: [[Rezan Khalil|PERSON]]

INTERVIEWER: Please tell us your name and your village.
WITNESS: [[Khero Shamo Elias|PERSON]]. Fifty-two years. I am from [[Gir Zerik|PLACE]], on the south side of the mountain.
INTERPRETER: [[Gir Zerik|PLACE]] is near [[Siba Sheikh Khidir|PLACE]], on the road from [[Sinjar|PLACE]] to [[Baaj|PLACE]].
INTERVIEWER: What happened in [[August 2014|DATE:2014-08-01..2014-08-31]]?
WITNESS: [[The 3rd of August|DATE:2014-08-03]], [[before the sun|DATE:2014-08-03]], we heard the [[mortars|WEAPON:MORTAR]] from the side of [[Baaj|PLACE]]. Then [[Daesh|ACTOR:Islamic State]] came with pickups, with [[machine guns|WEAPON:SMALL_ARMS]] on them.
WITNESS: The [[Peshmerga|ACTOR:Peshmerga]] were gone already. They went in [[the night|DATE:2014-08-02..2014-08-03]], they did not tell us. [[Two days before|DATE:2014-08-01]], their commander told the mukhtar, no attack will come, stay in your houses.
WITNESS: {{c1|Our young men went to the edge of the village with the old [[rifles|WEAPON:SMALL_ARMS]] of the house. My cousin [[Qasim|PERSON]] and two boys of the [[Hesso|PERSON]] family were at the water tank. The [[machine guns|WEAPON:SMALL_ARMS]] hit them there, I saw them fall from the roof of my house. We could not go to close their eyes.}}
INTERVIEWER: What did your family do?
WITNESS: {{c2|We left everything. Fourteen of us in the pickup of my brother [[Hadi|PERSON]], to the mountain.}} The whole village left, everybody who had a car or legs.
WITNESS: {{c3|My father [[Shamo|PERSON]], eighty, could not climb into the pickup, his knees were bad. He stayed in the house with my aunt [[Gule|PERSON]]. He said, they will not hurt an old man. Since [[that morning|DATE:2014-08-03]] we have not heard of them. Nothing, eight years.}}
INTERPRETER: He wants me to say that [[Shamo|PERSON]] is also his own second name; with Yazidis the father's name comes after yours.
INTERVIEWER: What happened on the mountain?
WITNESS: Seven days we were on [[Mount Sinjar|PLACE]]. No water, only what the helicopters threw down, and people fought for the bottles. {{c11|Dozens of children died up there from the thirst and the sun, everybody on the mountain was saying it.}}
WITNESS: {{c4|The daughter of my brother, [[Vian|PERSON]], ten months old. On [[the fourth day|DATE:2014-08-06]] she did not wake up. We buried her under the stones, there is no earth on the mountain to dig.}} [crying]
INTERVIEWER: We can stop for a moment.
WITNESS: No. It is better to finish.
INTERVIEWER: You said your sister was taken.
WITNESS: {{c5|My sister [[Shireen|PERSON]] and her three children were in the car of her husband, behind us. [[Daesh|ACTOR:Islamic State]] stopped them on the road near [[Siba Sheikh Khidir|PLACE]]. Her husband they took to one side. Her and the children they put in a truck.}} A man from [[Tel Ezer|PLACE]] who escaped from the same road told us this on the mountain.
WITNESS: {{c6|Her husband [[Dakhil|PERSON]], we never heard of him again.}}
WITNESS: [[Shireen|PERSON]] came back in [[the spring of 2017|DATE:2017-03-01..2017-05-31]]. We paid a smuggler eleven thousand dollars, she came from [[Raqqa|PLACE]] with two of the children. {{c7|The oldest boy, [[Sherzad|PERSON]], nine years then, they took him to their camp for the boys, to learn fighting. We are still waiting for him.}}
INTERVIEWER: You also mentioned something that happened [[this year|DATE:2022-01-01..2022-12-31]].
WITNESS: Yes. {{c8,c12|In [[June|DATE:2022-06-01..2022-06-30]] the [[Turkish|ACTOR:Turkish forces]] [[drone|WEAPON:DRONE_STRIKE]] hit a car on the road near [[Khanasor|PLACE]].}} {{c8|The radio said two men in the car died, men of the [[PKK|ACTOR:PKK]], they said.}}
WITNESS: {{c9|[[Faris|PERSON]], the son of my neighbour here in the camp, was behind them on his motorbike. A piece of metal went in his back, near the kidney. He was one month in the hospital in [[Duhok|PLACE]].}} His father told me, I was not there.
WITNESS: [[Faris|PERSON]] is not [[PKK|ACTOR:PKK]], nothing. He is seventeen, he sells cigarettes on the road.
INTERVIEWER: Has your family gone back to [[Gir Zerik|PLACE]]?
WITNESS: No. {{c10|My brother [[Hadi|PERSON]] went to see the house in [[2018|DATE:2018-01-01..2018-12-31]]. He said they burned it, the roof is fallen in, the olive trees are cut, and the well they filled with stones.}} I did not go. I don't want to see it.
WITNESS: We will not go back while there are drones in the sky and nobody has found my father.
INTERPRETER: He means he will not go back until his father's fate is known.
@@witness iq-girzerik-khero-shamo-elias
@@claim c1 harm=KILLED min=3 max=3 named="Qasim" weapon=SMALL_ARMS actor="Islamic State" site="Gir Zerik" date=2014-08-03 basis=WITNESSED incident=iq-girzerik-20140803-water-tank-defenders
@@claim c2 harm=DISPLACED min=14 max=14 named="Khero Shamo Elias; Hadi" actor="Islamic State" site="Gir Zerik" date=2014-08-03 basis=EXPERIENCED incident=iq-girzerik-20140803-khero-family-flight
@@claim c3 harm=MISSING min=2 max=2 named="Shamo; Gule" actor="Islamic State" site="Gir Zerik" date=2014-08-03 basis=EXPERIENCED incident=iq-girzerik-20140803-shamo-gule-missing
@@claim c4 harm=KILLED min=1 max=1 named="Vian" site="Mount Sinjar" date=2014-08-06 basis=WITNESSED incident=iq-sinjar-20140806-mountain-vian-thirst
@@claim c5 harm=DETAINED min=4 max=4 named="Shireen" actor="Islamic State" site="Siba Sheikh Khidir" date=2014-08-03 basis=HEARSAY incident=iq-sibasheikhkhidir-20140803-shireen-family-taken
@@claim c6 harm=MISSING min=1 max=1 named="Dakhil" actor="Islamic State" site="Siba Sheikh Khidir" date=2014-08-03 basis=EXPERIENCED incident=iq-sibasheikhkhidir-20140803-shireen-family-taken
@@claim c7 harm=MISSING min=1 max=1 named="Sherzad" actor="Islamic State" site="Siba Sheikh Khidir" date=2014-08-03 basis=EXPERIENCED incident=iq-sibasheikhkhidir-20140803-shireen-family-taken
@@claim c8 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE actor="Turkish forces" site="Khanasor" date=2022-06-01..2022-06-30 basis=REPORTED incident=iq-khanasor-20220600-road-car-drone
@@claim c9 harm=INJURED min=1 max=1 named="Faris" weapon=DRONE_STRIKE actor="Turkish forces" site="Khanasor" date=2022-06-01..2022-06-30 basis=HEARSAY incident=iq-khanasor-20220600-road-car-drone
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="Gir Zerik" basis=HEARSAY incident=iq-girzerik-20140000-khero-house-burned
@@claim c11 harm=KILLED min=24 max=null site="Mount Sinjar" date=2014-08-03..2014-08-10 basis=HEARSAY incident=iq-sinjar-20140800-mountain-children-thirst
@@claim c12 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Turkish forces" site="Khanasor" date=2022-06-01..2022-06-30 basis=REPORTED incident=iq-khanasor-20220600-road-car-drone
