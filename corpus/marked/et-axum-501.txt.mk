Interview ID: ET-AXM-501
Date of interview: 9 April 2021
Place of interview: [[Mekelle|PLACE]], [[Tigray|PLACE]]
Language: Tigrinya, interpreted into English
Interviewer: [[Johanna Lind|PERSON]]
Interpreter: [[Yared Tesfamariam|PERSON]]

INTERVIEWER: Thank you for coming. You lived in [[Axum|PLACE]] in [[November|DATE:2020-11-01..2020-11-30]]?
WITNESS: Yes, all my life in [[Axum|PLACE]]. In [[Hawelti|PLACE]], near the stelae field. I drive a bajaj, the small taxi. Now I have no bajaj.
INTERVIEWER: When did the war reach [[Axum|PLACE]]?
WITNESS: First the [[shelling|WEAPON:ARTILLERY]]. It was [[Hidar 10|DATE:2020-11-19]]... eh, for you, [[the 19th|DATE:2020-11-19]], [[a Thursday|DATE:2020-11-19]]. In [[the afternoon|DATE:2020-11-19]] the [[shells|WEAPON:ARTILLERY]] came from the side of [[Adwa|PLACE]] road, maybe two hours, without stop.
INTERPRETER: He is using the Ethiopian calendar. Hidar 10 is the 19th of November.
INTERVIEWER: Was anyone hurt?
WITNESS: {{c1|One [[shell|WEAPON:ARTILLERY]] fell in the compound of my neighbour, [[Weyni|PERSON]]. Her son [[Mulugeta|PERSON]], he was eleven, he died there, I carried him with my hands.}} {{c2|The back of my house also, the wall fell, and the kitchen.}} I don't know who fired. [[The Federal|ACTOR:Ethiopian National Defense Force]] and [[Shabia|ACTOR:Eritrean forces]] came together on that road, so I cannot say this one or that one.
INTERPRETER: Shabia is what he calls [[the Eritrean army|ACTOR:Eritrean forces]].
INTERVIEWER: What happened after [[the soldiers|ACTOR:Eritrean forces]] entered the town?
WITNESS: For one week it was, eh, quiet but not quiet. [[The Eritreans|ACTOR:Eritrean forces]] took the shops, the hotels, they took the cars from the garages. {{c3|My bajaj also, they took it from in front of my house, two soldiers, they drove it to the [[Shire|PLACE]] road.}}
INTERVIEWER: And on [[the 28th|DATE:2020-11-28]]?
WITNESS: [[Hidar 19|DATE:2020-11-28]], [[the Saturday|DATE:2020-11-28]]. [[Two days before Hidar Tsion|DATE:2020-11-28]], the big festival of [[Tsion Mariam church|PLACE]], so people from the countryside were already in the town. In [[the morning|DATE:2020-11-28]] there was [[shooting|WEAPON:SMALL_ARMS]] at [[Mai Koho|PLACE]], up on the hill. Some young men from the town had [[guns|WEAPON:SMALL_ARMS]], not many, maybe fifty, they attacked the camp of [[the Eritreans|ACTOR:Eritrean forces]] on the hill. They lost, they ran.
INTERVIEWER: What did you see yourself?
WITNESS: In [[the afternoon|DATE:2020-11-28]] [[the Eritrean soldiers|ACTOR:Eritrean forces]] came down into [[Hawelti|PLACE]] and to [[Arba'tu Ensessa|PLACE]]. They went house by house. Any man, any boy, they took him out. {{c4|My cousin [[Gebremeskel Hadgu|PERSON]], thirty-four, they shot him in front of his door. I was behind the window of my aunt's house. I saw it.}} [crying]
INTERPRETER: He needs a moment.
WITNESS: {{c5|[[Fitsum|PERSON]] and [[Goitom|PERSON]], the two sons of Haleka [[Berhe|PERSON]], seventeen and twenty, they shot them on the road near the bakery.}} {{c6|On [[Sunday morning|DATE:2020-11-29]] I went out with a white cloth. In our street and the next street I counted thirty-eight bodies. Maybe more, I stopped counting.}}
INTERVIEWER: Were there fighters in your street?
WITNESS: No. In our street there were no fighters, only families. The boys who went to [[Mai Koho|PLACE]] were from other parts. The people they killed in [[Hawelti|PLACE]] were a teacher, a priest's son, shopkeepers.
INTERVIEWER: How many people died in total, do you know?
WITNESS: {{c7|People say more than two hundred in [[Aksum|PLACE:Axum]]. I heard this from the deacons who did the burials at the church.}} I only know what I counted. [[The Eritreans|ACTOR:Eritrean forces]], for some days they did not let us take the bodies. The hyenas came at night. If we had gone out on [[Saturday night|DATE:2020-11-28]] they would have shot us also.
INTERVIEWER: Did you see anybody named [[Tesfay|PERSON]]? You mentioned a name before.
WITNESS: [[Tesfay|PERSON]] is my son, he is nine. [[That day|DATE:2020-11-28]] he was hiding under the bed with his mother [[Mebrat|PERSON]]. [[The Eritreans|ACTOR:Eritrean forces]] did not enter my aunt's house, I don't know why. God, I think.
INTERPRETER: [[Tesfay|PERSON]], the name, it comes from tesfa, hope. He says, only this hope is left to him.
INTERVIEWER: When did you leave [[Axum|PLACE]]?
WITNESS: {{c8|In [[January|DATE:2021-01-01..2021-01-31]], [[after the Christmas of Genna|DATE:2021-01-08..2021-01-31]]. Me, my wife, [[Tesfay|PERSON]] and my mother, four, in a lorry to [[Mekelle|PLACE]].}} We stay with my wife's sister in [[Kedamay Weyane|PLACE]]. I want to go back. But who will give me back the bajaj?
@@witness et-axum-kidane-abraha
@@claim c1 harm=KILLED min=1 max=1 named="Mulugeta" weapon=ARTILLERY site="Hawelti" date=2020-11-19 basis=WITNESSED incident=et-axum-20201119-shelling
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Hawelti" date=2020-11-19 basis=EXPERIENCED incident=et-axum-20201119-shelling
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null actor="Eritrean forces" site="Hawelti" date=2020-11-19..2020-11-27 basis=EXPERIENCED incident=et-axum-20201120-looting
@@claim c4 harm=KILLED min=1 max=1 named="Gebremeskel Hadgu" weapon=SMALL_ARMS actor="Eritrean forces" site="Hawelti" date=2020-11-28 basis=WITNESSED incident=et-axum-20201128-eritrean-killings
@@claim c5 harm=KILLED min=2 max=2 named="Fitsum; Goitom" weapon=SMALL_ARMS actor="Eritrean forces" site="Hawelti" date=2020-11-28 basis=WITNESSED incident=et-axum-20201128-eritrean-killings
@@claim c6 harm=KILLED min=38 max=null actor="Eritrean forces" site="Hawelti" date=2020-11-28..2020-11-29 basis=WITNESSED incident=et-axum-20201128-eritrean-killings
@@claim c7 harm=KILLED min=201 max=null actor="Eritrean forces" site="Aksum" date=2020-11-28..2020-11-29 basis=HEARSAY incident=et-axum-20201128-eritrean-killings
@@claim c8 harm=DISPLACED min=4 max=4 site="Axum" date=2021-01-08..2021-01-31 basis=EXPERIENCED incident=et-axum-20210100-kidane-family-flight
