@@encoding utf-16le
Interview ID: TFS-814
Date of interview: 9 March 2023
Place of interview: [[Irbid|PLACE]], [[Jordan|PLACE]]
Language: Arabic
Interviewer: [[Rachel Amsel|PERSON]]
Interpreter: [[Yousef Qudah|PERSON]]

Q: Please tell me who you are.
A: [[Suhaib Zoubi|PERSON]]. From [[Tafas|PLACE]], west of [[Daraa|PLACE]]. I am a farmer, we grow olives and tomatoes, and my father has sheep.
Q: When did you come to [[Jordan|PLACE]]?
A: [[Last spring|DATE:2022-03-01..2022-05-31]]. After my brother.
[Interpreter: He means after his brother was killed. He asks to explain from the start.]
Q: Please, from the start.
A: After the settlement in [[2018|DATE:2018-01-01..2018-12-31]] we thought it is finished, the war. But in [[Tafas|PLACE]] it was never finished. In [[May 2020|DATE:2020-05-01..2020-05-31]], [[the Fourth Division|ACTOR:Syrian government forces]] came with tanks around the town, and the [[shelling|WEAPON:ARTILLERY]] started on the farms, two days. {{c1|One [[shell|WEAPON:ARTILLERY]] fell on the house of my uncle [[Abu Jihad|PERSON]] and the room of the guests was destroyed.}} Nobody was in it, thank God. Nobody was hurt in our family that time.
Q: Do you know the date?
A: [[The 27th of May|DATE:2020-05-27]], I think, or [[the 28th|DATE:2020-05-28]]. It was [[after Eid al-Fitr|DATE]], [[three or four days after the Eid|DATE:2020-05-27..2020-05-28]].
Q: And your brother?
A: [[Tarek|PERSON]]... no. [[Anas|PERSON]]. My brother is [[Anas Zoubi|PERSON]]. [[Tarek|PERSON]] is his son, sorry, I mix, it is hard. [pause]
A: {{c2|[[Anas|PERSON]] was killed in [[January 2022|DATE:2022-01-01..2022-01-31]], [[the 16th|DATE:2022-01-16]], on the road between [[Tafas|PLACE]] and [[Mzeirib|PLACE]]. A [[roadside bomb|WEAPON:IED]] exploded under his motorcycle, in [[the morning|DATE:2022-01-16]] when he went to the land.}} He was thirty-one.
Q: Did you see it?
A: No, a neighbour called. When I arrived they had covered him. The [[IED|WEAPON:IED]], the men said, was hidden in a water pipe beside the road.
Q: Who did it, in your opinion?
A: Allahu a'lam, God knows. [[The regime|ACTOR:Syrian government forces]] security, or [[Daesh|ACTOR:Islamic State]], or people who work for [[Hezbollah|ACTOR:Hezbollah]] in the drugs. [[Anas|PERSON]] was in [[the Free Army|ACTOR:Syrian armed opposition]] before [[2018|DATE:2018-01-01..2018-12-31]], then he did the settlement. Many of those men were killed, one after one.
Q: Were there other attacks like this in [[Tafas|PLACE]]?
A: {{c3|Many. In [[2021|DATE:2021-01-01..2021-12-31]] alone, I can count more than twenty men of [[Tafas|PLACE]] killed with [[gunfire|WEAPON:SMALL_ARMS]] from motorbikes or with [[bombs|WEAPON:IED]].}} Every week a funeral.
Q: Is there anything about [[mines|WEAPON:LANDMINE]] or unexploded things?
A: {{c4|Yes. The son of our neighbour, [[Louay|PERSON]], fourteen, in [[the summer of 2021|DATE:2021-06-01..2021-08-31]], found a small [[bomb|WEAPON:CLUSTER_MUNITION]] in the field, from the old [[cluster bombs|WEAPON:CLUSTER_MUNITION]], like a small can with a ribbon. It exploded in his hand, he lost three fingers.}} The fields near the old front line, near [[Tel al-Ash'ari|PLACE]], are full of these things.
Q: Why did you leave?
A: {{c5|After [[Anas|PERSON]], they sent a message to my father: the other son is next. So in [[April 2022|DATE:2022-04-01..2022-04-30]] I crossed to [[Jordan|PLACE]], with my wife and [[Tarek|PERSON]], my brother's boy.}} If I had stayed, you would be interviewing my father about me.
Q: Thank you, [[Suhaib|PERSON]].
A: [[Tafas|PLACE]] is beautiful, write that also. The water, the fields. [[Taffas|PLACE:Tafas]] we say in the dialect.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Abu Jihad" weapon=ARTILLERY actor="Syrian government forces" site="Tafas" date=2020-05-27..2020-05-28 basis=HEARSAY incident=sy-tafas-20200527-abu-jihad-house-shell
@@claim c2 harm=KILLED min=1 max=1 named="Anas" weapon=IED site="Tafas" date=2022-01-16 basis=WITNESSED incident=sy-tafas-20220116-anas-zoubi-roadside-bomb
@@claim c3 harm=KILLED min=21 max=null site="Tafas" date=2021-01-01..2021-12-31 basis=HEARSAY incident=sy-tafas-20210000-assassinations
@@claim c4 harm=INJURED min=1 max=1 named="Louay" weapon=CLUSTER_MUNITION site="Tafas" date=2021-06-01..2021-08-31 basis=HEARSAY incident=sy-tafas-20210000-louay-bomblet
@@claim c5 harm=DISPLACED min=3 max=3 named="Tarek" site="Tafas" date=2022-04-01..2022-04-30 basis=EXPERIENCED incident=sy-tafas-20220400-zoubi-family-flight
@@witness sy-tafas-suhaib-zoubi
