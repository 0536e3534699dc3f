id: ua-izmail-1208
interview_date: 2023-09-05
place: Izmail, Odesa oblast
language: Ukrainian

Interviewer: Mr. [[Babenko|PERSON]], you work as a watchman at the port of [[Izmail|PLACE]], is that right?
Serhii: Yes, the security. Watchman, guard, whatever. At the gate number three, by the grain berths. Since [[2019|DATE:2019-01-01..2019-12-31]].
Interviewer: Can you tell me about [[the night you were injured|DATE:2023-08-02]]?
Serhii: It was [[the start of August|DATE:2023-08-01..2023-08-10]]. [[The night of the first to the second|DATE:2023-08-01..2023-08-02]]. [[Tuesday to Wednesday|DATE:2023-08-01..2023-08-02]]. I was alone in my booth, it is a small metal booth with a window. The alarm went, like always. I did not go to the shelter, because a guard cannot leave the gate, that is the rule, and also, honestly, we were used to it. In [[Izmayil|PLACE:Izmail]] nothing happened for a year and a half.
Interviewer: What happened next?
Serhii: I heard the motor sound. Everybody says it sounds like a moped. I looked up and I could not see anything, it was dark. {{c1|Then the first one hit the warehouse, maybe a hundred metres from me, and the window of my booth came in on me, all the glass.}}
Interviewer: Were you hurt?
Serhii: {{c2|My leg, the left leg, a big piece of metal from the roof of the warehouse and the glass. Here, from the knee to here. Twenty-eight stitches. And the ears, I did not hear for two days.}}
Interviewer: How many [[drones|WEAPON:DRONE_STRIKE]] were there, do you think?
Serhii: [[The Shaheds|WEAPON:DRONE_STRIKE]]? I don't know. People said ten, twelve. The police said something else. I heard maybe five explosions near me, but I was on the floor. I was not counting.
Interviewer: Was anyone else hurt?
Serhii: {{c3|Yes, three people of ours in the hospital. Me, the boy [[Dima|PERSON]] from the loaders, he burned his hands when he tried to open the hangar door, and a driver, [[Vitalii|PERSON]], a truck driver who was sleeping in his cabin waiting for the loading, he had a concussion.}} Nobody died. That is a miracle.
Interviewer: We spoke to [[Ivan Dimitrov|PERSON]], the crane operator. He said two were injured.
Serhii: [[Ivan|PERSON]] did not know about [[Vitalii|PERSON]] maybe, because [[Vitalii|PERSON]] is not ours, he is from a company from [[Reni|PLACE]]. He went to the hospital himself, in [[the morning|DATE:2023-08-02]]. So three.
Interviewer: What was damaged?
Serhii: {{c1|The grain hangar number two, burned completely. Part of the elevator. The administration windows. Some trucks at the parking, I think four trucks burned.}} The grain burned for a long time, the smell of bread everywhere, in all the town. Very strange, that smell.
Interviewer: Who was responsible, in your opinion?
Serhii: [[The Russian army|ACTOR:Russian armed forces in Ukraine]], obviously. They want to close the [[Danube|PLACE]] for our grain. After they left the grain deal they started with [[Odesa|PLACE]], and then they came to us.
Interviewer: Has the port been attacked again since then?
Serhii: Yes. On [[the 16th|DATE:2023-08-16]], [[two weeks after|DATE:2023-08-16]], again, at [[night|DATE:2023-08-16]]. I was not working [[that night|DATE:2023-08-16]], I was still at home with my leg. {{c5|My colleague told me [[the drones|WEAPON:DRONE_STRIKE]] hit the other side this time, the warehouses of the private company, near the river station, and some workers there were injured, I think two or three.}} That was a different night, a different place in the port.
Interviewer: Did you or your family think about leaving [[Izmail|PLACE]]?
Serhii: My wife wanted. She said, [[Serhii|PERSON]], let's go to her sister in [[Vinnytsia|PLACE]]. But there also they bomb. I said, where is safe? Nowhere is safe. So we stayed. Nobody from my family left.
Interviewer: Is there something you want to say at the end?
Serhii: The town is small. Everybody knows everybody. After this the people understood that the war is here also, not only in [[Kherson|PLACE]], not only in [[Zaporizhzhia|PLACE]]. My grandson asks me every night, grandpa, will the moped come? What can I tell him. [pause] I tell him no.
@@witness ua-izmail-serhii-babenko
@@claim c1 harm=PROPERTY_DAMAGE min=4 max=4 weapon=DRONE_STRIKE actor="Russian armed forces in Ukraine" site="Izmayil" date=2023-08-02 basis=WITNESSED incident=ua-izmail-20230802-port-grain-drones
@@claim c2 harm=INJURED min=1 max=1 weapon=DRONE_STRIKE actor="Russian armed forces in Ukraine" site="Izmayil" date=2023-08-02 basis=EXPERIENCED incident=ua-izmail-20230802-port-grain-drones
@@claim c3 harm=INJURED min=3 max=3 named="Dima; Vitalii" weapon=DRONE_STRIKE actor="Russian armed forces in Ukraine" site="Izmayil" date=2023-08-02 basis=WITNESSED incident=ua-izmail-20230802-port-grain-drones
@@claim c5 harm=INJURED min=2 max=3 weapon=DRONE_STRIKE site="Izmail" date=2023-08-16 basis=HEARSAY incident=ua-izmail-20230816-private-warehouses-drones
