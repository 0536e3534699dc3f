Interview ID: LB-NAB-607
Date: 2024-11-30
Location: [[Nabatieh|PLACE]], [[Lebanon|PLACE]]
Language: English, some Arabic
Interviewer: [[Sophie Achterberg|PERSON]]

[00:00:03] Q: Please introduce yourself.
[00:00:06] A: [[Nazih Jaber|PERSON]], I am an emergency doctor at the [[Nabatieh Governmental Hospital|PLACE]]. Eleven years now. During the war I also went sometimes to help at [[Ragheb Harb hospital|PLACE]], in [[Toul|PLACE]], when they had too many.
[00:00:24] Q: When did things become very bad in [[Nabatiyeh|PLACE:Nabatieh]]?
[00:00:29] A: From [[the 23rd of September|DATE:2024-09-23]]. Before that, one year of [[drones|WEAPON:DRONE_STRIKE]], a car here, a motorbike there. From [[that Monday|DATE:2024-09-23]] it was [[air strikes|WEAPON:AIRSTRIKE]] everywhere, every hour. {{c1,c7|[[That first day|DATE]] we received sixty-something wounded in our emergency, I think 64, and 9 dead, from [[Nabatieh|PLACE]] and the villages around.}}
[00:00:55] Q: You said you wanted to talk about the market.
[00:00:58] A: Yes. It was [[a Monday|DATE:2024-10-14]] in [[October|DATE:2024-10-01..2024-10-31]], [[the 14th|DATE:2024-10-14]] I believe, [[around four in the afternoon|DATE:2024-10-14]]. [[The planes|WEAPON:AIRSTRIKE]] hit the street of the old market, near the vegetable shops. Many people had come back [[that day|DATE]] to take things from their shops, because it was quiet for some hours. [pause] I did not see the [[strike|WEAPON:AIRSTRIKE]]. We heard it from the hospital, it is not far.
[00:01:27] A: {{c2|In the next hour we received twenty-seven wounded from the market, I know the number because I made the list on the wall.}} {{c3|And six dead arrived, and two more died with us in [[the night|DATE]], so eight. One of the dead was Hajj [[Abu Samih Tarraf|PERSON]], he had the shop of spices.}} Everybody in [[Nabatieh|PLACE]] knew him.
[00:01:52] Q: Were there any fighters among the casualties?
[00:01:56] A: Not that I saw. Shopkeepers, a woman with her son, two Syrian workers. I am a doctor, I do not ask people for their cards. But in my list, no, nobody came in uniform from the market.
[00:02:10] Q: Was the hospital itself ever hit?
[00:02:14] A: The hospital, no. There was no [[strike|WEAPON:AIRSTRIKE]] on the building itself, thank God. {{c8|But on [[the 11th|DATE:2024-10-11]], a [[strike|WEAPON:AIRSTRIKE]] near the entrance of [[Ragheb Harb hospital|PLACE]] broke the windows of the emergency, and we moved patients to the corridor.}} {{c4|Nobody was killed there, but [[Zeina|PERSON]], one of the nurses, was cut in the face by glass.}} I was there [[that day|DATE]], I stitched her myself.
[00:02:40] Q: You also mentioned paramedics.
[00:02:43] A: Yes. [[Issa Kassir|PERSON]] and [[Mohsen Tarraf|PERSON]], from the civil defence centre in [[Kfar Roummane|PLACE]]. They brought us patients every day, every day. {{c5,c9|On [[the 3rd of November|DATE:2024-11-03]], their ambulance was going to a house that was hit, and [[the drone|WEAPON:DRONE_STRIKE]] hit the ambulance on the road.}} {{c5|Both of them died.}} I did not see it. Their colleagues brought them to us. I knew [[Issa|PERSON]] from school.
[00:03:12] Q: Who do you think carried out these attacks?
[00:03:15] A: [[The Israeli army|ACTOR:Israeli forces]]. In this war there is nobody else in the sky over [[Nabatieh|PLACE]]. [[Hezbollah|ACTOR:Hezbollah]] was firing [[rockets|WEAPON:ROCKET]] to the south, everybody knows, but from the fields, not from the market and not from an ambulance.
[00:03:35] Q: Is there a patient you remember especially?
[00:03:38] A: A girl, [[Sabah|PERSON]], nine years, from [[Kfar Tebnit|PLACE]]. {{c6,c10|Her house was hit in [[the night|DATE]] and she came to us in [[the morning|DATE]] with burns on her legs and her hands.}} She came at sabah, in the morning, like her name. She is in [[Beirut|PLACE]] now, in a burns unit. Her mother calls me sometimes. [pause] I am sorry. I did not sleep well for two months.
[00:04:05] Q: Thank you, Doctor. We can stop here.
@@claim c1 harm=INJURED min=64 max=64 weapon=AIRSTRIKE actor="Israeli forces" site="Nabatieh" date=2024-09-23 basis=WITNESSED incident=lb-nabatieh-20240923-first-day-strikes
@@claim c2 harm=INJURED min=27 max=27 weapon=AIRSTRIKE actor="Israeli forces" site="Nabatieh" date=2024-10-14 basis=WITNESSED incident=lb-nabatieh-20241014-old-market
@@claim c3 harm=KILLED min=8 max=8 named="Abu Samih Tarraf" weapon=AIRSTRIKE actor="Israeli forces" site="Nabatieh" date=2024-10-14..2024-10-15 basis=WITNESSED incident=lb-nabatieh-20241014-old-market
@@claim c4 harm=INJURED min=1 max=1 named="Zeina" weapon=AIRSTRIKE actor="Israeli forces" site="Ragheb Harb hospital" date=2024-10-11 basis=WITNESSED incident=lb-toul-20241011-raghebharb-hospital-entrance
@@claim c5 harm=KILLED min=2 max=2 named="Issa Kassir; Mohsen Tarraf" weapon=DRONE_STRIKE actor="Israeli forces" site="Kfar Roummane" date=2024-11-03 basis=HEARSAY incident=lb-kfarroummane-20241103-ambulance-drone
@@claim c6 harm=INJURED min=1 max=1 named="Sabah" site="Kfar Tebnit" basis=WITNESSED incident=lb-kfartebnit-20240000-sabah-house
@@claim c7 harm=KILLED min=9 max=9 weapon=AIRSTRIKE actor="Israeli forces" site="Nabatieh" date=2024-09-23 basis=WITNESSED incident=lb-nabatieh-20240923-first-day-strikes
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="Ragheb Harb hospital" date=2024-10-11 basis=WITNESSED incident=lb-toul-20241011-raghebharb-hospital-entrance
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Israeli forces" site="Kfar Roummane" date=2024-11-03 basis=HEARSAY incident=lb-kfarroummane-20241103-ambulance-drone
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="Kfar Tebnit" basis=WITNESSED incident=lb-kfartebnit-20240000-sabah-house
@@witness lb-nabatieh-nazih-jaber
