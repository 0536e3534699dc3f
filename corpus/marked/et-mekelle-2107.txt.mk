@@newline crlf
Interview ID: TGR-MKL-2107
Date of interview: 2022-03-15
Location: [[Shire|PLACE]], by video call
Language: Tigrinya, interpreted
Interviewer: [[Sophie Marchetti|PERSON]]
Interpreter: [[Tesfay Abraha|PERSON]]

[00:00:04] Q: Selam. Can you hear me well?
[00:00:07] A: Selam, selam, yes. The line is weak but I hear you.
[00:00:12] Q: Please tell me your name.
[00:00:15] A: [[Hiwet Gebremedhin|PERSON]]. I lived in [[Mekelle|PLACE]], in [[Kedamay Weyane|PLACE]], near the [[Enda Gabriel church|PLACE]].
[00:00:26] Q: You wanted to tell us about [[November 2020|DATE:2020-11-01..2020-11-30]].
[00:00:30] A: Yes. {{c1|The day [[the federal army|ACTOR:Ethiopian National Defense Force]] entered [[Mekele|PLACE:Mekelle]], [[the 28th|DATE:2020-11-28]], [[a Saturday|DATE:2020-11-28]], from [[the morning|DATE:2020-11-28]] the [[artillery|WEAPON:ARTILLERY]] was falling on the city, on our side of the city.}} The [[TPLF|ACTOR:Tigray Defense Forces]] had left already, people said, to the mountains. There were no fighters in our street.
[00:01:02] Q: What happened in your street?
[00:01:05] A: {{c2|About [[eleven|DATE:2020-11-28]] a [[shell|WEAPON:ARTILLERY]] fell in the compound of our neighbours, the [[Kiros|PERSON]] family. Three of them died, [[Kiros Berhe|PERSON]] the father, and his two girls, [[Selam|PERSON]] and [[Mulu|PERSON]], nine and five years.}} [crying]
[00:01:31] [Interpreter: she needs a moment.]
[00:01:48] A: I am sorry. [[Selam|PERSON]] was my student in the Sunday school. {{c3|I saw them. I ran there with my husband. The mother, [[Letay|PERSON]], was sitting in the dust with her arm, the bone was out.}}
[00:02:10] Q: Did your own house suffer?
[00:02:13] A: {{c1|The wall of our compound fell, and the tin roof of the kitchen had holes like a sieve.}} {{c5|Our neighbour on the other side, his small shop, nothing was left, the fridge, the shelves, everything burned.}}
[00:02:29] Q: How many [[shells|WEAPON:ARTILLERY]] fell [[that day|DATE:2020-11-28]], do you think?
[00:02:33] A: Many. Twenty, thirty? I did not count, we were lying on the floor. {{c6|The radio of Dimtsi Weyane said later that in [[Mekelle|PLACE]] twenty-seven civilians were killed in [[those days|DATE:2020-11-28..2020-11-29]].}} I don't know if it is true, they were also fighting with words.
[00:02:55] Q: Did something happen to your family later?
[00:02:59] A: {{c7|My brother [[Haftom|PERSON]], he was working in [[Addis Ababa|PLACE]], a taxi driver. In [[November 2021|DATE:2021-11-01..2021-11-30]], after the emergency was declared, the police took him from the taxi station in [[Bole|PLACE]], only because his ID says Tigrayan.}} {{c8|They kept him with hundreds of Tigrayans in a warehouse, in [[Semera|PLACE]] or somewhere, his wife does not know, for four months.}}
[00:03:30] Q: Is he free now?
[00:03:33] A: He came out [[last week|DATE:2022-03-07..2022-03-13]], thanks to God. His friend from the same station, [[Amanuel Tekle|PERSON]], was taken [[the same day|DATE:2021-11-01..2021-11-30]]. {{c9|[[Amanuel|PERSON]] is still not found, no one knows if he is in a camp or dead.}}
[00:03:52] Q: Were you or your husband ever arrested?
[00:03:56] A: In [[Mekelle|PLACE]], no. Soldiers came [[one night|DATE:2021-01-01..2021-01-31]] in [[January|DATE:2021-01-01..2021-01-31]], they looked for weapons, they opened everything, the sacks of teff, and they went. They said they will come back for my husband. They did not come back.
[00:04:18] Q: When did you leave [[Mekelle|PLACE]]?
[00:04:21] A: {{c10|In [[December|DATE:2021-12-01..2021-12-31]]. Because of [[the drones|WEAPON:DRONE_STRIKE]]. A [[drone|WEAPON:DRONE_STRIKE]] hit the garage of [[Gidey|PERSON]] near the bus station, [[a Thursday|DATE:2021-12-01..2021-12-31]], at [[lunch time|DATE:2021-12-01..2021-12-31]].}} {{c11|Two mechanics died, boys, I knew only one, [[Yonas|PERSON]].}} {{c10|The garage, the minibuses inside, all black, melted.}}
[00:04:50] Q: Did you see it?
[00:04:52] A: I heard it. I was in the market, two hundred metres. I saw the smoke. The bodies I did not see, my husband went.
[00:05:04] Q: And then you left.
[00:05:06] A: {{c12|After [[the drone|WEAPON:DRONE_STRIKE]], yes. Me, my husband and the four children, we went to my mother in [[Shire|PLACE]]. [[Endaselassie|PLACE:Shire]], it is the same.}}
[00:05:12] Q: Your husband's family, you said before, is from [[Axum|PLACE]].
[00:05:16] A: From [[Aksum|PLACE:Axum]], yes. {{c13,c14|His cousin [[Tsegay Asmelash|PERSON]], a teacher, [[the Eritrean soldiers|ACTOR:Eritrean forces]] took him from the road near the stadium in [[January 2021|DATE:2021-01-01..2021-01-31]], with two other young men, they pushed them into a truck. Since then, nothing. We asked the church, we asked the Red Cross, we do not know where he is.}} His mother says he is alive. I don't argue with her.
[00:05:58] Q: Is there anything else you want to say?
[00:06:01] A: Only the names. [[Kiros|PERSON]], [[Selam|PERSON]], [[Mulu|PERSON]]. Please write them.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Ethiopian National Defense Force" site="Kedamay Weyane" date=2020-11-28 basis=EXPERIENCED incident=et-mekelle-20201128-kedamay-weyane-shelling
@@claim c2 harm=KILLED min=3 max=3 named="Kiros Berhe; Selam; Mulu" weapon=ARTILLERY actor="Ethiopian National Defense Force" site="Kedamay Weyane" date=2020-11-28 basis=WITNESSED incident=et-mekelle-20201128-kedamay-weyane-shelling
@@claim c3 harm=INJURED min=1 max=1 named="Letay" weapon=ARTILLERY actor="Ethiopian National Defense Force" site="Kedamay Weyane" date=2020-11-28 basis=WITNESSED incident=et-mekelle-20201128-kedamay-weyane-shelling
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Ethiopian National Defense Force" site="Kedamay Weyane" date=2020-11-28 basis=WITNESSED incident=et-mekelle-20201128-kedamay-weyane-shelling
@@claim c6 harm=KILLED min=27 max=27 weapon=ARTILLERY actor="Ethiopian National Defense Force" site="Mekelle" date=2020-11-28..2020-11-29 basis=REPORTED incident=et-mekelle-20201128-kedamay-weyane-shelling
@@claim c7 harm=DETAINED min=1 max=1 named="Haftom" site="Bole" date=2021-11-01..2021-11-30 basis=HEARSAY incident=et-addisababa-20211100-bole-taxi-station-arrests
@@claim c8 harm=DETAINED min=200 max=null site="Semera" date=2021-11-01..2022-03-13 basis=HEARSAY incident=et-addisababa-20211100-bole-taxi-station-arrests
@@claim c9 harm=MISSING min=1 max=1 named="Amanuel" site="Bole" date=2021-11-01..2021-11-30 basis=HEARSAY incident=et-addisababa-20211100-bole-taxi-station-arrests
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Mekelle" date=2021-12-01..2021-12-31 basis=WITNESSED incident=et-mekelle-20211200-bus-station-garage-drone
@@claim c11 harm=KILLED min=2 max=2 named="Yonas" weapon=DRONE_STRIKE site="Mekelle" date=2021-12-01..2021-12-31 basis=HEARSAY incident=et-mekelle-20211200-bus-station-garage-drone
@@claim c12 harm=DISPLACED min=6 max=6 site="Mekelle" date=2021-12-01..2021-12-31 basis=EXPERIENCED incident=et-mekelle-20211200-gebremedhin-family-flight
@@claim c13 harm=DETAINED min=3 max=3 named="Tsegay Asmelash" actor="Eritrean forces" site="Aksum" date=2021-01-01..2021-01-31 basis=HEARSAY incident=et-axum-20210100-stadium-road-arrests
@@claim c14 harm=MISSING min=1 max=1 named="Tsegay Asmelash" actor="Eritrean forces" site="Aksum" date=2021-01-01..2021-01-31 basis=EXPERIENCED incident=et-axum-20210100-stadium-road-arrests
@@witness et-mekelle-hiwet-gebremedhin
