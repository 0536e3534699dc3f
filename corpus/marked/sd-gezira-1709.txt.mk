@@encoding utf-16le
Interview ID: SD-GZR-1709
Date of interview: 3 September 2024
Location: [[Gedaref|PLACE]], [[Sudan|PLACE]]
Language: Arabic
Interviewer: [[Lina Haddad|PERSON]]
Format: audio, timestamps from the recording

[00:00:04] Q: Can you say your name, and where you lived before the war came to [[Gezira|PLACE]]?
[00:00:09] A: [[Ikram Elsir Mohamed|PERSON]]. I lived in [[Wad Madani|PLACE]], in [[al-Daraja|PLACE]], near the river. I was a nurse at the [[Wad Medani Teaching Hospital|PLACE]].
[00:00:21] Q: When did the [[RSF|ACTOR:Rapid Support Forces]] reach [[Wad Madani|PLACE]]?
[00:00:25] A: They crossed at [[Hantoub|PLACE]] in [[the middle of December|DATE:2023-12-15..2023-12-18]]. [[Friday|DATE:2023-12-15]] there was fighting. By [[the Monday|DATE:2023-12-18]] [[the army|ACTOR:Sudanese Armed Forces]] was gone, eh, just gone, and the [[Daam al-Sarie|ACTOR:Rapid Support Forces]] were in the streets.
[00:00:41] Q: What happened to your family [[that day|DATE:2023-12-18]]?
[00:00:44] A: {{c1|My brother [[Khalid|PERSON]], twenty-two, went with his friends to [[Hantoub|PLACE]] side to bring our aunt. At the bridge the [[RSF|ACTOR:Rapid Support Forces]] took all the young men who were there, some thirty, I heard, and drove them away.}} A man from our street was there and came back alone, because he is old. He told us.
[00:01:05] Q: Have you had any news of [[Khalid|PERSON]]?
[00:01:08] A: [pause] {{c2|No. From [[that Monday|DATE:2023-12-18]] until now, nine months. We don't know where he is. Not in a list, not in a prison that anybody knows.}} My mother, every day she asks.
[00:01:24] Q: Did you stay in [[Madani|PLACE:Wad Madani]]?
[00:01:27] A: Four days more. {{c3|They came into the hospital on [[the 20th|DATE:2023-12-20]], [[after the asr|DATE:2023-12-20]], they took the cars of the hospital and the oxygen, they broke the pharmacy, the windows of the children ward were all smashed.}} I saw this. {{c4|Dr. [[Nadir|PERSON]]... sorry, Doctor [[Nadir Babiker|PERSON]], the head of surgery, they beat him and took him with them in a car.}} Later he came back, [[after one week|DATE:2023-12-27]], I saw him in [[al-Hasaheisa|PLACE]] in [[January|DATE:2024-01-01..2024-01-31]].
[00:01:52] Q: Where did you go?
[00:01:55] A: {{c5|To [[Tabat|PLACE]], the village of my husband, north of [[Madani|PLACE:Wad Madani]]. We were eleven in one pick-up, the children on the sacks.}}
[00:02:06] Q: Was [[Tabat|PLACE]] safe?
[00:02:08] A: At first, yes. The [[RSF|ACTOR:Rapid Support Forces]] passed, they questioned my husband [[Mutasim|PERSON]] for one hour about his cousin in the army, they looked in his phone, and they let him go. We were lucky that time.
[00:02:22] A: {{c6|But in [[February|DATE:2024-02-01..2024-02-29]], I think [[the first week|DATE:2024-02-01..2024-02-07]], they came back angry, because somebody shot at them from the canal. They arrested the imam of the mosque, Sheikh [[Hassabo|PERSON]], with his two brothers, in front of the people [[after the dhuhr prayer|DATE:2024-02-01..2024-02-07]].}}
[00:02:40] A: {{c7|And they burned the mill of the village, the flour mill of the [[Elbashir|PERSON]] family. It was gutted, the machine black, the roof down.}} The next weeks we were grinding by hand like our grandmothers.
[00:02:55] Q: Did anything happen to your own house in [[Tabat|PLACE]]?
[00:02:59] A: {{c11|The [[RSF|ACTOR:Rapid Support Forces]] took the goats and smashed the solar panel on the roof.}} Nobody in our house was hurt, thank God. Nobody was killed in our street.
[00:03:10] Q: You mentioned something about smoke, before.
[00:03:13] A: Yes. This I did not see. {{c8|The family of my husband's sister, in [[al-Hosh|PLACE]], they said in [[April|DATE:2024-04-01..2024-04-30]] a [[plane|WEAPON:AIRSTRIKE]] dropped a [[bomb|WEAPON:AIRSTRIKE]] near the market and a yellow smoke came, with a smell like the cleaning powder, like [[chlorine|WEAPON:CHEMICAL]]. Her children coughed blood for days, the small one, [[Salam|PERSON]], they took her to the clinic with no breath.}}
[00:03:38] Q: Do you know who dropped it?
[00:03:40] A: Only [[the army|ACTOR:Sudanese Armed Forces]] has planes. But I do not say it was [[chlorine|WEAPON:CHEMICAL]], I say what they told me. I am a nurse, I know I must see before I say.
[00:03:52] Q: Were there other attacks?
[00:03:55] A: {{c9|There was [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] near [[al-Kamlin|PLACE]] in [[March|DATE:2024-03-01..2024-03-31]], the local committee put a list on Facebook, fourteen names killed.}} I knew none of them.
[00:04:08] Q: When did you leave [[Gezira|PLACE]]?
[00:04:11] A: {{c10|In [[June|DATE:2024-06-01..2024-06-30]], [[three days after the Eid|DATE:2024-06-19]], we walked, then a donkey cart, then a lorry, to [[Gedaref|PLACE]]. Six days.}} [[Mutasim|PERSON]] stayed to guard the land. Salam, I say to him on the phone. Salam, and nothing more, because the network is watched.
[00:04:30] Q: Thank you, [[Ikram|PERSON]].

@@witness sd-wadmadani-ikram-mohamed
@@claim c1 harm=DETAINED min=30 max=30 named="Khalid" actor="Rapid Support Forces" site="Hantoub" date=2023-12-18 basis=HEARSAY incident=sd-wadmadani-20231218-hantoub-bridge-men
@@claim c2 harm=MISSING min=1 max=1 named="Khalid" actor="Rapid Support Forces" site="Hantoub" date=2023-12-18 basis=EXPERIENCED incident=sd-wadmadani-20231218-hantoub-bridge-men
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null actor="Rapid Support Forces" site="Wad Medani Teaching Hospital" date=2023-12-20 basis=WITNESSED incident=sd-wadmadani-20231220-teaching-hospital-raid
@@claim c4 harm=DETAINED min=1 max=1 named="Nadir Babiker" actor="Rapid Support Forces" site="Wad Medani Teaching Hospital" date=2023-12-20 basis=WITNESSED incident=sd-wadmadani-20231220-teaching-hospital-raid
@@claim c5 harm=DISPLACED min=11 max=11 site="Wad Madani" date=2023-12-22 basis=EXPERIENCED incident=sd-wadmadani-20231222-mohamed-family-flight
@@claim c6 harm=DETAINED min=3 max=3 named="Hassabo" actor="Rapid Support Forces" site="Tabat" date=2024-02-01..2024-02-07 basis=WITNESSED incident=sd-tabat-20240200-imam-brothers-arrest
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null named="Elbashir" actor="Rapid Support Forces" site="Tabat" date=2024-02-01..2024-02-07 basis=WITNESSED incident=sd-tabat-20240200-imam-brothers-arrest
@@claim c8 harm=INJURED min=null max=null named="Salam" weapon=CHEMICAL site="al-Hosh" date=2024-04-01..2024-04-30 basis=HEARSAY incident=sd-hosh-20240400-yellow-smoke
@@claim c9 harm=KILLED min=14 max=14 weapon=EXPLOSIVE_UNSPECIFIED site="al-Kamlin" date=2024-03-01..2024-03-31 basis=REPORTED incident=sd-kamlin-20240300-bombing-list
@@claim c10 harm=DISPLACED min=null max=null site="Gezira" date=2024-06-19 basis=EXPERIENCED incident=sd-gezira-20240600-mohamed-family-flight
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null actor="Rapid Support Forces" site="Tabat" basis=EXPERIENCED incident=sd-tabat-20240000-mohamed-house-looted
