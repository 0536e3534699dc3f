Interview ID: HYN-809
Date of interview: 2016-04-22
Place of interview: [[Bab al-Salama|PLACE]] camp, near [[Azaz|PLACE]]
Language: Arabic
Interviewer: [[Nadine Carver|PERSON]]
Interpreter: [[Mazen Ojeh|PERSON]]

[00:00:04] Q: We are recording. Please tell me your name.
[00:00:09] A: [[Omar Sheikh Ali|PERSON]]. I had a pharmacy in [[Hayan|PLACE]], on the main street, by the market.
[00:00:17] Q: [[Hayan|PLACE]], north of [[Aleppo|PLACE]]?
[00:00:20] A: Yes, [[Hayyan|PLACE:Hayan]], between [[Anadan|PLACE]] and [[Bayanoun|PLACE]]. Small town, farmers.
[00:00:31] Q: What happened in [[February|DATE:2016-02-01..2016-02-29]]?
[00:00:35] A: [[The Russians|ACTOR:Russian forces]] came. I mean their [[planes|WEAPON:AIRSTRIKE]]. From [[the first of February|DATE:2016-02-01]] they did not stop. [[The regime|ACTOR:Syrian government forces]] wanted to reach [[Nubl|PLACE]] and [[Zahraa|PLACE]], and we were on the way.
[00:00:52] Q: Tell me about the market.
[00:00:55] A: It was [[Wednesday|DATE:2016-02-03]]. [[The third|DATE:2016-02-03]]. Around [[ten in the morning|DATE:2016-02-03]]. People were buying because they knew the road will close. {{c1|The [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]] hit the market two times, one [[strike|WEAPON:AIRSTRIKE]], then after five minutes another, when people came to help.}}
[00:01:18] Q: Where were you?
[00:01:20] A: In the pharmacy. Sixty metres. {{c2|The glass and the shelves fell on me, I had cuts in my head, not serious.}} I went out and eh, I don't know how to say it. Meat. Everywhere.
[00:01:38] Q: Take your time.
[00:01:52] A: {{c3|Fourteen died. Maybe fifteen, one died in [[the night|DATE]] in [[Azaz|PLACE]]. I knew most of them. [[Abu Jamil Hajj Omar|PERSON]], he sold vegetables, and his grandson [[Jamil|PERSON]], seven years old. [[Rimas Kanjo|PERSON]], a teacher. The butcher [[Yahya|PERSON]]. And [[Fatoum|PERSON]], the wife of [[Abu Hussein Qadri|PERSON]].}}
[00:02:19] Q: And wounded?
[00:02:22] A: {{c4|Many. Thirty, more. I gave bandages until nothing was left.}}
[00:02:30] Q: How do you know [[the planes|WEAPON:AIRSTRIKE]] were [[Russian|ACTOR:Russian forces]]?
[00:02:34] A: The sound is different, higher, and they fly in pairs. And the observatories on the radio said [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]]. The [[Syrian|ACTOR:Syrian government forces]] [[helicopters|WEAPON:AIRSTRIKE]] were also there but they bombed the fields with [[barrels|WEAPON:BARREL_BOMB]], not the market.
[00:02:51] Q: Were there fighters in the market?
[00:02:55] A: No fighters in the market. [[The Free Army|ACTOR:Syrian armed opposition]] base was outside, on the road to [[Tal Rifaat|PLACE]]. The market was only people.
[00:03:05] Q: What happened after?
[00:03:08] A: {{c5|[[Two days later|DATE:2016-02-05]], they threw the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] on the west of the town, the small ones, [[bomblets|WEAPON:CLUSTER_MUNITION]], like a ball. A shepherd boy, from the [[Hilal|PERSON]] family, picked one up in the olive field and it exploded in his hands.}} He lost his hand. His father told me, I gave him the medicine.
[00:03:31] Q: When did you leave?
[00:03:34] A: {{c6|On [[the sixth|DATE:2016-02-06]]. Everyone. [[Hayan|PLACE]] became empty in two days. Maybe five thousand people, all towards [[Azaz|PLACE]] and the border.}}
[00:03:47] Q: Your pharmacy?
[00:03:49] A: {{c7|My cousin went back in [[March|DATE:2016-03-01..2016-03-31]], for one hour. The pharmacy was burned, and the shop of my brother [[Maher|PERSON]] beside it also.}}
[00:04:02] Q: Is there anything else you want to say?
[00:04:05] A: Only, they say they hit terrorists. [[Jamil|PERSON]] was seven. Write that.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="Hayan" date=2016-02-03 basis=WITNESSED incident=sy-hayan-20160203-market-airstrike
@@claim c2 harm=INJURED min=1 max=1 weapon=AIRSTRIKE actor="Russian forces" site="Hayan" date=2016-02-03 basis=EXPERIENCED incident=sy-hayan-20160203-market-airstrike
@@claim c3 harm=KILLED min=14 max=15 named="Abu Jamil Hajj Omar; Jamil; Rimas Kanjo; Yahya; Fatoum" weapon=AIRSTRIKE actor="Russian forces" site="Hayan" date=2016-02-03 basis=WITNESSED incident=sy-hayan-20160203-market-airstrike
@@claim c4 harm=INJURED min=30 max=null weapon=AIRSTRIKE actor="Russian forces" site="Hayan" date=2016-02-03 basis=WITNESSED incident=sy-hayan-20160203-market-airstrike
@@claim c5 harm=INJURED min=1 max=1 named="Hilal" weapon=CLUSTER_MUNITION site="Hayan" date=2016-02-05 basis=HEARSAY incident=sy-hayan-20160205-olive-field-bomblet
@@claim c6 harm=DISPLACED min=5000 max=5000 site="Hayan" date=2016-02-06 basis=WITNESSED incident=sy-hayan-20160206-town-exodus
@@claim c7 harm=PROPERTY_DAMAGE min=2 max=2 site="Hayan" date=2016-02-03..2016-03-31 basis=HEARSAY incident=sy-hayan-20160000-pharmacy-burned
@@witness sy-hayan-omar-sheikhali
