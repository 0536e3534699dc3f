INTERVIEW RECORD
Interview ID: MM-SGG-1406
Date of interview: 2023-05-22
Place of interview: [[Mae Sot|PLACE]], [[Thailand|PLACE]]
Language: Burmese; interpreter [[Ma Thiri|PERSON]]
Interviewer: [[Jonas Berg|PERSON]]
Q: Please tell me your name and what you did before.
A: I am [[Daw Khin Myat Noe|PERSON]]. I was a primary teacher in [[Budalin|PLACE]] township, in [[Sagaing|PLACE]] Region, in the village [[Ywathit|PLACE]]. After the coup I joined the CDM, I stopped going to the school, like many teachers.
Q: Were you arrested because of that?
A: {{c1|Yes. In [[August 2021|DATE:2021-08-01..2021-08-31]], [[the soldiers|ACTOR:Tatmadaw]] came to my house at [[night|DATE:2021-08-01..2021-08-31]] and arrested me and another teacher, [[Ma Hnin Wai|PERSON]].}} {{c1|They held us for two months in the [[Monywa prison|PLACE]], and for the first ten days in the interrogation centre, with the eyes covered.}}
Q: I am sorry. Were you charged?
A: Under 505A. Then they let me go in the amnesty in [[October|DATE:2021-10-01..2021-10-31]]. {{c2|[[Ma Hnin Wai|PERSON]] they did not let go, she is still inside, three years they gave her.}}
Q: What happened in [[Ywathit|PLACE]] after you came back?
A: {{c3|[[Two days before Thingyan|DATE:2022-04-11]], in [[April 2022|DATE:2022-04-01..2022-04-30]], the [[Sit-Tat|ACTOR:Tatmadaw]] came into the village, maybe a hundred soldiers, and they took nine men from the houses, they tied them with rope at the monastery.}} I saw from the bamboo behind my house.
Q: Do you know who the nine men were?
A: {{c3|My husband, [[Ko Zaw Min Htet|PERSON]], was one. Also [[U Tin Shwe|PERSON]], the village elder, sixty-eight, and his son.}}
Q: What happened to them?
A: {{c4|Three they released [[the next morning|DATE:2022-04-12]], the old ones. Six, they took with them when they left.}} {{c5|My husband was with the six. Nobody knows where they are.}}
Q: Have you heard anything about him since then?
A: {{c5|Nothing. One year and one month.}} Some people say they used them to carry the ammunition boxes, like porters, in front of the column. I do not know if this is true.
Q: Did [[the soldiers|ACTOR:Tatmadaw]] do anything else in the village [[that day|DATE:2022-04-11]]?
A: {{c6|When they left, they burned the houses on the east side of the village, more than thirty houses, and the rice stores.}} I watched the smoke from the field, with my children.
Q: Was anyone killed [[that day|DATE:2022-04-11]]?
A: In [[Ywathit|PLACE]], no. Nobody was killed in our village [[that day|DATE:2022-04-11]]. They said, if you hide the [[PDF|ACTOR:People's Defence Force]], next time we burn everything and kill everybody. {{c7|But in [[Nyaung Kone|PLACE]], the next village, my cousin told me they shot two farmers in the field, [[Ko Aung Myo|PERSON]] and his brother-in-law.}}
Q: Where did you go after the burning?
A: {{c8|We ran to the forest, all the village, and then to the monastery of [[Kyaukka|PLACE]], we stayed there four months, more than three hundred people.}}
Q: Was that area attacked?
A: {{c9|In [[September|DATE:2022-09-01..2022-09-30]], [[the jets|WEAPON:AIRSTRIKE]] bombed near [[Kyaukka|PLACE]], two [[bombs|WEAPON:AIRSTRIKE]], and one novice monk, a boy of twelve, [[Ko Lin|PERSON]], was injured in the stomach.}} I saw him after, the monks carried him on a bamboo stretcher.
Q: Have you learned anything from the news about the people who were taken?
A: {{c10|On the radio, in [[December 2022|DATE:2022-12-01..2022-12-31]], they said that in [[Budalin|PLACE]] township [[the military|ACTOR:Tatmadaw]] arrested more than one hundred and fifty villagers in that year.}} {{c11|And on the Facebook page of the [[Budalin|PLACE]] [[PDF|ACTOR:People's Defence Force]], there was a list of names of the men still missing from the villages, twenty-two names, and my husband is in the list.}}
Q: Is there anything more you want to say?
A: My daughter is nine. Every day she asks if her father is coming back. I do not know what to tell her.

@@witness mm-budalin-khin-myat-noe
@@claim c1 harm=DETAINED min=2 max=2 named="Daw Khin Myat Noe; Ma Hnin Wai" actor="Tatmadaw" site="Monywa prison" date=2021-08-01..2021-10-31 basis=EXPERIENCED incident=mm-budalin-20210800-ywathit-teachers-arrest
@@claim c2 harm=DETAINED min=1 max=1 named="Ma Hnin Wai" actor="Tatmadaw" site="Monywa prison" date=2021-08-01..2023-05-22 basis=WITNESSED incident=mm-budalin-20210800-ywathit-teachers-arrest
@@claim c3 harm=DETAINED min=9 max=9 named="Ko Zaw Min Htet; U Tin Shwe" actor="Tatmadaw" site="Ywathit" date=2022-04-11 basis=WITNESSED incident=mm-budalin-20220411-ywathit-raid
@@claim c4 harm=DETAINED min=6 max=6 actor="Tatmadaw" site="Ywathit" date=2022-04-11..2022-04-12 basis=WITNESSED incident=mm-budalin-20220411-ywathit-raid
@@claim c5 harm=MISSING min=6 max=6 named="Ko Zaw Min Htet" actor="Tatmadaw" site="Ywathit" date=2022-04-12 basis=WITNESSED incident=mm-budalin-20220411-ywathit-raid
@@claim c6 harm=PROPERTY_DAMAGE min=31 max=null actor="Tatmadaw" site="Ywathit" date=2022-04-11 basis=WITNESSED incident=mm-budalin-20220411-ywathit-raid
@@claim c7 harm=KILLED min=2 max=2 named="Ko Aung Myo" weapon=SMALL_ARMS actor="Tatmadaw" site="Nyaung Kone" date=2022-04-11 basis=HEARSAY incident=mm-budalin-20220411-nyaungkone-farmers-shot
@@claim c8 harm=DISPLACED min=301 max=null site="Ywathit" date=2022-04-11 basis=EXPERIENCED incident=mm-budalin-20220411-ywathit-flight-kyaukka
@@claim c9 harm=INJURED min=1 max=1 named="Ko Lin" weapon=AIRSTRIKE actor="Tatmadaw" site="Kyaukka" date=2022-09-01..2022-09-30 basis=WITNESSED incident=mm-budalin-20220900-kyaukka-monastery-jets
@@claim c10 harm=DETAINED min=151 max=null actor="Tatmadaw" site="Budalin" date=2022-01-01..2022-12-31 basis=REPORTED incident=mm-budalin-20220000-radio-arrest-toll
@@claim c11 harm=MISSING min=22 max=22 named="Ko Zaw Min Htet" actor="Tatmadaw" site="Budalin" date=2022-04-11..2022-12-31 basis=REPORTED incident=mm-budalin-20220000-pdf-page-missing-list
