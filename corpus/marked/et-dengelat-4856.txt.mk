WITNESS STATEMENT
Interview ID: ET-DNG-4856
Date: 2024-03-18
Location: [[Mekelle|PLACE]], [[Tigray|PLACE]]
Language: Tigrinya, interpreted into English
Interviewer: [[Hannah Ruiz|PERSON]]
Interpreter: [[Yohannes Berhe Tesema|PERSON]]

My name is [[Mebrat Gebrehiwet|PERSON]]. I am forty-one. I was born in [[Dengelat|PLACE]], near [[Idaga Hamus|PLACE:Edaga Hamus]], and I married there in [[2006|DATE:2006-01-01..2006-12-31]], to [[Kiros Hailu|PERSON]]. He had a small grinding mill and I sold tella and injera from the house. We had four children. Now I live in [[Mekelle|PLACE]] with three of them, in a rented room in [[Kedamay Weyane|PLACE]].

When the war started, in [[Tikimt|DATE:2020-10-11..2020-11-09]], no, in [[Hidar|DATE:2020-11-10..2020-12-09]], [[the Federal|ACTOR:Ethiopian National Defense Force]] came on the road from [[Adigrat|PLACE]]. For some days we heard the [[heavy weapons|WEAPON:ARTILLERY]] on the hills, far, like thunder without rain. Nothing fell on our village in those days. Nobody in [[Dengelat|PLACE]] was hurt by the [[heavy weapons|WEAPON:ARTILLERY]], I want to say this clearly.

My brother [[Tesfay|PERSON]] was in [[Humera|PLACE]] then, with the sesame. {{c1|He called me [[the 9th of November|DATE:2020-11-09]], before the phones were cut, and he said [[rockets|WEAPON:ROCKET]] were falling on [[Humera|PLACE]] from the side of [[Eritrea|PLACE]], one fell on the store of his neighbour and burned it.}} After that call I heard nothing from him for eight months. He is alive, he is in [[Sudan|PLACE]] now. Tesfay means "my hope", and he is still my hope.

Then the feast of [[Tsion Maryam|DATE:2020-11-30]]. [[Hidar 21|DATE:2020-11-30]]. For us in [[Dengelat|PLACE]] this is the big day, people come from all the villages around to the church of [[Maryam Dengelat|PLACE]]. Many people had come [[the day before|DATE:2020-11-29]] and slept in the compound.

In [[the morning|DATE:2020-11-30]] soldiers came, [[Eritrean soldiers|ACTOR:Eritrean forces]], we know them by the language and by their shoes, the plastic sandals. [[The Eritreans|ACTOR:Eritrean forces]]. They had been in the area two, three days already. At first they only took things. Then [[around noon|DATE:2020-11-30]] they started shooting.

{{c2|My husband [[Kiros|PERSON]] and his brother [[Haftom Hailu|PERSON]] were standing near the gate of the church. They took them with other men behind the wall and shot them. I heard the [[shooting|WEAPON:SMALL_ARMS]], I was inside the compound with the women, and in [[the evening|DATE:2020-11-30]] I found them. [[Kiros|PERSON]] was on his face.}}

[Interpreter's note: the witness asked to stop. The interview continued after about ten minutes.]

{{c3|I saw more than twenty bodies near the gate and on the path down to the river. I did not count well, I was looking for my own.}} {{c4|The people say eighty, some say more than a hundred, from all the villages together, in [[Dengelat|PLACE]] in [[those two days|DATE:2020-11-30..2020-12-01]].}} I cannot say. I know twenty I saw.

[[The soldiers|ACTOR:Eritrean forces]] did not let us bury for one day. On [[the Tuesday evening|DATE:2020-12-01]] we buried [[Kiros|PERSON]] and [[Haftom|PERSON]] in one grave, without a priest, because Kesis [[Gebremeskel|PERSON]] was hiding. They said they would come back and burn the church if anybody complained. They did not burn it.

{{c5|The same day, [[Hidar 21|DATE:2020-11-30]], my cousin told me, in [[Idaga Hamus|PLACE:Edaga Hamus]] [[the soldiers|ACTOR:Eritrean forces]] shot three men at the bus place, young men waiting for a car.}} I was not there. I only heard.

{{c6|In [[Tir|DATE:2021-01-09..2021-02-07]] I took the children and we left for [[Mekelle|PLACE]]. We walked to [[Wukro|PLACE]] and from there a truck took us.}} My eldest, [[Selam|PERSON]], stayed with my mother. Her name is [[Selam|PERSON]], peace, but she saw what she saw, there is no selam for her now.

In [[Mekelle|PLACE]] I thought we were safe. Then [[the jets|WEAPON:AIRSTRIKE]] came, in [[Tikimt|DATE:2021-10-11..2021-11-09]] of the next year. {{c7,c8|[[The 20th of October|DATE:2021-10-20]], in [[the morning|DATE:2021-10-20]], [[the jets|WEAPON:AIRSTRIKE]] hit near the [[Planet Hotel|PLACE]], two streets from our room. The glass of all our windows broke and the son of our neighbour, [[Awet|PERSON]], twelve, was cut on his face and arm by the glass.}} [[The Ethiopian air force|ACTOR:Ethiopian National Defense Force]], everybody knows, nobody else has planes.

People said the [[Ayder hospital|PLACE]] was also hit [[that day|DATE:2021-10-20]]. It was not true, I went there [[the same afternoon|DATE:2021-10-20]] with [[Awet|PERSON]] and the hospital was standing. After, the children found small round things in the next compound, like balls, [[cluster bombs|WEAPON:CLUSTER_MUNITION]], the men said. Nobody touched them, the militia took them away.

I have said what I saw and what I heard. I ask that [[Kiros Hailu|PERSON]] and [[Haftom Hailu|PERSON]] are written with their full names.
@@witness et-dengelat-mebrat-gebrehiwet
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Humera" date=2020-11-09 basis=HEARSAY incident=et-humera-20201109-neighbour-store-rocket
@@claim c2 harm=KILLED min=2 max=2 named="Kiros; Haftom Hailu" weapon=SMALL_ARMS actor="Eritrean forces" site="Maryam Dengelat" date=2020-11-30 basis=WITNESSED incident=et-dengelat-20201130-tsion-maryam-killings
@@claim c3 harm=KILLED min=21 max=null actor="Eritrean forces" site="Maryam Dengelat" date=2020-11-30 basis=WITNESSED incident=et-dengelat-20201130-tsion-maryam-killings
@@claim c4 harm=KILLED min=80 max=null actor="Eritrean forces" site="Dengelat" date=2020-11-30..2020-12-01 basis=HEARSAY incident=et-dengelat-20201130-tsion-maryam-killings
@@claim c5 harm=KILLED min=3 max=3 weapon=SMALL_ARMS actor="Eritrean forces" site="Idaga Hamus" date=2020-11-30 basis=HEARSAY incident=et-edagahamus-20201130-bus-place-shooting
@@claim c6 harm=DISPLACED min=4 max=4 site="Dengelat" date=2021-01-09..2021-02-07 basis=EXPERIENCED incident=et-dengelat-20210100-mebrat-family-flight
@@claim c7 harm=INJURED min=1 max=1 named="Awet" weapon=AIRSTRIKE actor="Ethiopian National Defense Force" site="Planet Hotel" date=2021-10-20 basis=WITNESSED incident=et-mekelle-20211020-planet-hotel-airstrike
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Ethiopian National Defense Force" site="Planet Hotel" date=2021-10-20 basis=EXPERIENCED incident=et-mekelle-20211020-planet-hotel-airstrike
