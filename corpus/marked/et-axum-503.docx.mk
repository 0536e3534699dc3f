WITNESS INTERVIEW
Interview ID: ET-AXM-503
Date of interview: 16/05/2023
Place of interview: [[Addis Ababa|PLACE]], [[Ethiopia|PLACE]]
Language: Tigrinya and English
Interviewer: [[Martha Kebede|PERSON]]
Interpreter: none
Q: You served at the church in [[Aksum|PLACE:Axum]] during the war?
A: Yes, I am a deacon of [[Tsion Mariam church|PLACE]], since I was a boy. In [[2020|DATE:2020-01-01..2020-12-31]] I was twenty-eight. I helped the priests, I rang the bell, I kept the keys of the old treasury.
Q: What do you remember about the first attack on the town?
A: The [[artillery|WEAPON:ARTILLERY]] came on [[Hidar 10|DATE:2020-11-19]]. From our side we heard it like thunder that does not stop. {{c1|People told me that about ten people died in the town [[that day|DATE:2020-11-19]], in [[Hawelti|PLACE]] and near the bus station.}} {{c2|In the church compound nobody was hurt, but the [[shells|WEAPON:ARTILLERY]] broke the windows of the new church and a piece of the wall of the school of the priests.}}
Q: And after [[the soldiers|ACTOR:Eritrean forces]] entered?
A: [[The Ethiopian army|ACTOR:Ethiopian National Defense Force]] stayed maybe one or two days and went on to [[Adwa|PLACE]] and [[Shire|PLACE]]. Then it was [[the Eritreans|ACTOR:Eritrean forces]] in the town. They were everywhere.
Q: Can you tell me about [[the 28th and 29th of November|DATE:2020-11-28..2020-11-29]]?
A: [[That Saturday|DATE:2020-11-28]] the town was full. People came for [[Hidar Tsion|DATE:2020-11-30]], on [[the Monday|DATE:2020-11-30]]. Pilgrims from the villages, they slept in the church compound, on the ground. After the fighting on the hill, [[the afternoon|DATE:2020-11-28]] and all [[the night|DATE:2020-11-28]] we heard [[shooting|WEAPON:SMALL_ARMS]] from the streets. The priests told us, close the gates, nobody goes out.
Q: Did soldiers come into the church compound?
A: No. They did not enter the church compound [[that day|DATE:2020-11-28]]. {{c3|But outside the gate, on the road to [[Arba'tu Insesa|PLACE:Arba'tu Ensessa]], they shot the pilgrims who were going back to their villages. I saw it from the bell tower, on [[Sunday morning|DATE:2020-11-29]]. Eight, nine people, with their white netela.}}
Q: When did the burials happen?
A: [[Monday|DATE:2020-11-30]], [[the feast day|DATE:2020-11-30]]. Instead of the feast we dug. The soldiers said if we bury before [[Monday|DATE:2020-11-30]] they will shoot us, and they also said if we take photos they will shoot us. {{c4|In three days we buried in the grounds of the church, I counted with Abba [[Haile|PERSON]], three hundred and twelve people. Three hundred and twelve, I remember, because we wrote it on the back of a calendar.}}
Q: Did you know some of them?
A: {{c5|Many. [[Gebre Meskel|PERSON]], the son of [[Hadgu|PERSON]], the electrician from [[Hawelti|PLACE]]. The old man [[Alem Desta|PERSON]], who sold candles at the gate, he was seventy-one. Two brothers, [[Yemane|PERSON]] and [[Berhane Gidey|PERSON]], students at the university.}}
Q: Some people say there were more dead than that.
A: Yes. {{c6|Other churches buried also, at [[Abune Aregawi|PLACE]] and at the cemetery near the stadium. In the town they say seven hundred, eight hundred.}} I only wrote my number.
Q: What happened to you after?
A: {{c7|In [[February|DATE:2021-02-01..2021-02-28]], [[one night|DATE:2021-02-01..2021-02-28]], they came for the young deacons. They took me and four others, among them [[Yonas|PERSON]] and [[Mesfin Gebru|PERSON]], to the camp at the airport. Eleven days. They beat us with cables and asked where are the weapons of the [[TPLF|ACTOR:Tigray Defense Forces]].}} There were no weapons in the church. There were only the tabots and the old books.
Q: Is there anything you want to add?
A: The name of the candle seller, write it well: [[Alem Desta|PERSON]]. His family could not come, they are in [[Shire|PLACE]]. I buried him for them.
@@witness et-axum-deacon-gebremedhin
@@claim c1 harm=KILLED min=10 max=10 weapon=ARTILLERY site="Hawelti" date=2020-11-19 basis=HEARSAY incident=et-axum-20201119-shelling
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Tsion Mariam church" date=2020-11-19 basis=WITNESSED incident=et-axum-20201119-shelling
@@claim c3 harm=KILLED min=8 max=9 weapon=SMALL_ARMS actor="Eritrean forces" site="Arba'tu Insesa" date=2020-11-29 basis=WITNESSED incident=et-axum-20201128-eritrean-killings
@@claim c4 harm=KILLED min=312 max=312 actor="Eritrean forces" site="Tsion Mariam church" date=2020-11-28..2020-11-29 basis=WITNESSED incident=et-axum-20201128-eritrean-killings
@@claim c5 harm=KILLED min=4 max=4 named="Gebre Meskel; Alem Desta; Yemane; Berhane Gidey" actor="Eritrean forces" site="Aksum" date=2020-11-28..2020-11-29 basis=WITNESSED incident=et-axum-20201128-eritrean-killings
@@claim c6 harm=KILLED min=700 max=800 actor="Eritrean forces" site="Aksum" date=2020-11-28..2020-11-29 basis=HEARSAY incident=et-axum-20201128-eritrean-killings
@@claim c7 harm=DETAINED min=5 max=5 named="Yonas; Mesfin Gebru" actor="Eritrean forces" site="Aksum" date=2021-02-01..2021-02-28 basis=EXPERIENCED incident=et-axum-20210200-deacons-detained
