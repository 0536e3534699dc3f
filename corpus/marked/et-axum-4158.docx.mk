INTERVIEW RECORD
Interview ID: ET-AXM-4158
Date of interview: 3 September 2021
Place of interview: [[Mekelle|PLACE]], [[Tigray|PLACE]]
Language: Tigrinya, with an interpreter
Interviewer: [[Solveig Rønning|PERSON]]
Interpreter: [[Kiflemariam Asgedom|PERSON]]
Q: Please tell us your name and where you lived.
A: [[Atsede Berihu|PERSON]]. Forty-five. I had a small coffee house in [[Axum|PLACE]], in [[Hawelti|PLACE]], near the road to the obelisks. My husband [[Weldegiorgis|PERSON]] is a tailor.
Q: What happened to your home when the war came to [[Axum|PLACE]]?
A: The [[shelling|WEAPON:ARTILLERY]] on [[Hidar 10|DATE:2020-11-19]], from the side of [[Shire|PLACE]]. {{c1|One [[shell|WEAPON:ARTILLERY]] fell in our compound. The kitchen wall came down, and the roof of the coffee house, the sheets flew into the street.}} Nobody in our house was hurt. We were all in the back room, praying.
Q: And after [[the soldiers|ACTOR:Eritrean forces]] entered the town?
A: The killings [[before Hidar Tsion|DATE:2020-11-28..2020-11-29]], I did not see. I was inside with my daughters, the door locked. {{c2|My cousin [[Gebrehiwot|PERSON]] helped to bury. He told me they buried hundreds, in the churches, in the fields.}}
Q: You told my colleague that men were taken from your street.
A: Yes. This is what I want to say. {{c3|It was [[the 5th of December|DATE:2020-12-05]], [[a Saturday|DATE:2020-12-05]], [[early in the morning|DATE:2020-12-05]]. [[The Eritreans|ACTOR:Eritrean forces]] came house by house. They took my husband [[Weldegiorgis|PERSON]] and both my sons, [[Kiflom|PERSON]] and [[Yemane Weldegiorgis|PERSON]].}}
A: {{c4|From our street they took eleven men, I counted them in the line, old and young, with their hands on their heads.}}
Q: How did you know they were [[Eritrean soldiers|ACTOR:Eritrean forces]]?
A: The accent. The sandals, the shida. And they called each other names we do not use. And one said to my husband, "your [[TPLF|ACTOR:Tigray Defense Forces]] killed our people". We have no fighters, he is a tailor.
Q: Where were they taken?
A: {{c5|To the compound near the airport. My husband was kept there three weeks. He came back [[one week before Christmas|DATE:2020-12-31]], our Christmas, with a broken hand.}}
[Interpreter: She means Genna, the Ethiopian Christmas, on the 7th of January.]
A: {{c6|[[Yemane|PERSON]] came back in [[January|DATE:2021-01-01..2021-01-31]]. He was very thin, he does not sleep at night.}}
Q: And [[Kiflom|PERSON]]?
A: [crying] {{c7|[[Kiflom|PERSON]] did not come back. My husband saw him [[the first week|DATE:2020-12-05..2020-12-12]], then [[one morning|DATE:2020-12-05..2020-12-31]] [[the soldiers|ACTOR:Eritrean forces]] took a group in a truck and [[Kiflom|PERSON]] was not there any more.}}
A: {{c7|Some say they took them across to [[Eritrea|PLACE]], to a prison there. Some say [[Shire|PLACE]]. I went to the camp near the airport every day with bread until they chased me. Nobody has seen my son since [[that winter|DATE:2020-12-01..2021-02-28]].}}
Q: Were you or your daughters ever stopped?
A: My daughter [[Hiwet Weldegiorgis|PERSON]], yes, at the checkpoint near the stadium. They took her phone, they looked at the photos, they asked about her brothers. After maybe twenty minutes they gave the phone back and let her walk home. Only that.
Q: What happened to the coffee house?
A: {{c8|When they took the men, [[the Eritrean soldiers|ACTOR:Eritrean forces]] also emptied the coffee house. They carried out the two refrigerators and the generator, and what they could not carry, the cups, the chairs, they broke in the street.}}
Q: Did your family leave [[Aksum|PLACE:Axum]]?
A: {{c9|In [[February|DATE:2021-02-01..2021-02-28]], me and my two daughters went to my sister in [[Adwa|PLACE]]. We walked, because [[the soldiers|ACTOR:Eritrean forces]] took every car. One day and a half.}} My husband stayed, to wait for [[Kiflom|PERSON]].
A: {{c10|In [[January|DATE:2021-01-01..2021-01-31]], [[the day before Timket|DATE:2021-01-18]], they came back to our street and took the son of my neighbour [[Letemariam|PERSON]], [[Berhe|PERSON]]. He came back [[after four days|DATE:2021-01-22]].}} That was another day. Not the same as my sons.
Q: Did [[the soldiers|ACTOR:Eritrean forces]] ever come to the coffee house again?
A: No. There was nothing left to come for.
Q: Have you returned since?
A: In [[June|DATE:2021-06-01..2021-06-30]], when [[the Tigray forces|ACTOR:Tigray Defense Forces]] came back into [[Mekele|PLACE:Mekelle]], we came here, to [[Mekelle|PLACE]]. Not to [[Axum|PLACE]]. The coffee house is empty, and [[the Eritreans|ACTOR:Eritrean forces]] are still near, at the border. If they come back to [[Axum|PLACE]], they will take my husband again, I am sure.
Q: Thank you. Is there anything you want to add?
A: My son's full name: [[Kiflom Weldegiorgis|PERSON]], born [[1998|DATE:1998-01-01..1998-12-31]]. Nineteen... no, twenty-two years old. Please write it correctly.
@@witness et-axum-atsede-berihu
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Hawelti" date=2020-11-19 basis=EXPERIENCED incident=et-axum-20201119-shelling
@@claim c2 harm=KILLED min=200 max=null site="Axum" date=2020-11-28..2020-11-29 basis=HEARSAY incident=et-axum-20201128-eritrean-killings
@@claim c3 harm=DETAINED min=3 max=3 named="Weldegiorgis; Kiflom; Yemane Weldegiorgis" actor="Eritrean forces" site="Hawelti" date=2020-12-05 basis=WITNESSED incident=et-axum-20201205-hawelti-house-raids
@@claim c4 harm=DETAINED min=11 max=11 actor="Eritrean forces" site="Hawelti" date=2020-12-05 basis=WITNESSED incident=et-axum-20201205-hawelti-house-raids
@@claim c5 harm=DETAINED min=1 max=1 named="Weldegiorgis" actor="Eritrean forces" site="Axum" date=2020-12-05..2020-12-31 basis=EXPERIENCED incident=et-axum-20201205-hawelti-house-raids
@@claim c6 harm=DETAINED min=1 max=1 named="Yemane" actor="Eritrean forces" site="Axum" date=2020-12-05..2021-01-31 basis=EXPERIENCED incident=et-axum-20201205-hawelti-house-raids
@@claim c7 harm=MISSING min=1 max=1 named="Kiflom" actor="Eritrean forces" site="Axum" date=2020-12-05..2020-12-31 basis=EXPERIENCED incident=et-axum-20201205-hawelti-house-raids
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null actor="Eritrean forces" site="Hawelti" date=2020-12-05 basis=WITNESSED incident=et-axum-20201205-hawelti-house-raids
@@claim c9 harm=DISPLACED min=3 max=3 actor="Eritrean forces" site="Axum" date=2021-02-01..2021-02-28 basis=EXPERIENCED incident=et-axum-20210200-atsede-family-flight
@@claim c10 harm=DETAINED min=1 max=1 named="Berhe" actor="Eritrean forces" site="Hawelti" date=2021-01-18 basis=WITNESSED incident=et-axum-20210118-ketera-neighbour-arrest
