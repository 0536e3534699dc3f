WITNESS INTERVIEW
Interview ID: AZ-TRT-613
Date of interview: 8 July 2021
Place of interview: [[Tartar|PLACE]], [[Azerbaijan|PLACE]]
Language: Azerbaijani and Russian
Interviewer: [[Joost Mulder|PERSON]]
Interpreter: [[Leyla Sadigova|PERSON]]
Q: Please tell me your name and your work.
A: [[Kamran Guliyev|PERSON]], forty-seven. I have a repair shop for cars on the main road of [[Terter|PLACE:Tartar]]. The city is eight, nine kilometres from the old line.
Q: When did the [[shelling|WEAPON:ARTILLERY]] of the city begin?
A: [[The first day|DATE]], [[27 September|DATE:2020-09-27]], in [[the morning|DATE:2020-09-27]]. And then every day, forty-four days, almost without stop. [[Artillery|WEAPON:ARTILLERY]], [[Grad|WEAPON:ROCKET]], sometimes [[mortars|WEAPON:MORTAR]] on the villages near the line. The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] came from three sides. We say [[Tartar|PLACE]] got more [[shells|WEAPON:ARTILLERY]] than any city, ten thousand, people say.
Q: Was your family hurt?
A: {{c1|My uncle [[Alakbar|PERSON]], sixty-six. On [[the 2nd of October|DATE:2020-10-02]], in [[the morning|DATE:2020-10-02]], he was giving water to his cow in the yard, and a [[shell|WEAPON:ARTILLERY]] fell in the yard. He died there.}} {{c2|His house lost the roof and one wall.}} I came [[after half an hour|DATE:2020-10-02]], when it was a little quiet.
Q: Who fired the [[shells|WEAPON:ARTILLERY]]?
A: [[The Armenian army|ACTOR:Armenian forces]], from the hills, from the side of [[Aghdara|PLACE]]. [[The Armenians|ACTOR:Armenian forces]] could see the whole city from there.
Q: Did your family leave the city?
A: {{c3|The women and the children, yes. On [[the 5th|DATE:2020-10-05]] I sent my wife, my mother and our three children to my brother in [[Yevlakh|PLACE]].}} I stayed with the shop, and with the old people who did not want to go.
Q: I want to ask you about [[the 28th of October|DATE:2020-10-28]]. Where were you [[that day|DATE]]?
A: Here, in [[Tartar|PLACE]]. [[That day|DATE]] the city was also shelled, in [[the afternoon|DATE:2020-10-28]]. {{c4|One [[shell|WEAPON:ARTILLERY]] fell on the street of the cemetery and the shop of [[Natig|PERSON]] burned, everything inside.}} In our area nobody died [[that day|DATE]], thank God. Only [[Natig|PERSON]]'s shop.
Q: And [[Barda|PLACE]]?
A: My sister [[Gulnar|PERSON]] lives in [[Bərdə|PLACE:Barda]]. She called me, crying. {{c5|She said the [[cluster rockets|WEAPON:CLUSTER_MUNITION]] fell in the centre, near the shops, at [[lunch time|DATE:2020-10-28]], and fourteen people died there, one of them her colleague, the teacher [[Matanat|PERSON]].}} {{c6|She said many were wounded, dozens.}} I did not go, I could not leave the shop, the road was under [[shelling|WEAPON:ARTILLERY]] also.
Q: Did [[the Armenian forces|ACTOR:Armenian forces]] say anything about [[Barda|PLACE]]?
A: I don't know what they said. I know that in [[Barda|PLACE]] there were no soldiers in the centre, only people buying and selling.
Q: What has happened since the war ended?
A: The villages that were taken back are full of [[mines|WEAPON:LANDMINE]]. {{c7|My cousin [[Orkhan|PERSON]], twenty-nine, was driving a truck with construction material to [[Sugovushan|PLACE]] in [[June|DATE:2021-06-01..2021-06-30]], and the truck went on an anti-tank [[mine|WEAPON:LANDMINE]] at the side of the road. He died.}} {{c8|The man with him, [[Ilkin|PERSON]], lost his leg.}}
Q: Do you know who laid that [[mine|WEAPON:LANDMINE]]?
A: [[The Armenians|ACTOR:Armenian forces]], before they left, everybody says. It was their side for thirty years. But I did not see anybody put it, so I say what people say.
Q: Is there anything else you want to add?
A: Only that [[Tartar|PLACE]] is standing. The windows we put back. The people we cannot put back.
@@claim c1 harm=KILLED min=1 max=1 named="Alakbar" weapon=ARTILLERY actor="Armenian forces" site="Terter" date=2020-10-02 basis=WITNESSED incident=az-tartar-20201002-alakbar-yard-shell
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Armenian forces" site="Terter" date=2020-10-02 basis=WITNESSED incident=az-tartar-20201002-alakbar-yard-shell
@@claim c3 harm=DISPLACED min=5 max=5 site="Tartar" date=2020-10-05 basis=EXPERIENCED incident=az-tartar-20201005-guliyev-family-flight
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Tartar" date=2020-10-28 basis=WITNESSED incident=az-tartar-20201028-cemetery-street-shell
@@claim c5 harm=KILLED min=14 max=14 named="Matanat" weapon=CLUSTER_MUNITION site="Bərdə" date=2020-10-28 basis=HEARSAY incident=az-barda-20201028-centre-cluster-rockets
@@claim c6 harm=INJURED min=24 max=null weapon=CLUSTER_MUNITION site="Bərdə" date=2020-10-28 basis=HEARSAY incident=az-barda-20201028-centre-cluster-rockets
@@claim c7 harm=KILLED min=1 max=1 named="Orkhan" weapon=LANDMINE actor="Armenian forces" site="Sugovushan" date=2021-06-01..2021-06-30 basis=HEARSAY incident=az-sugovushan-20210600-orkhan-truck-mine
@@claim c8 harm=INJURED min=1 max=1 named="Ilkin" weapon=LANDMINE actor="Armenian forces" site="Sugovushan" date=2021-06-01..2021-06-30 basis=HEARSAY incident=az-sugovushan-20210600-orkhan-truck-mine
@@witness az-tartar-kamran-guliyev
