@@newline crlf
Interview ID: SY-MYD-1307
Interview date: 2 April 2019
Location: [[Shaddadi|PLACE]], [[Hasakah|PLACE]] countryside
Language: Arabic
Interviewer: [[Leila Sorensen|PERSON]]

[00:00:12] Q: Thank you for agreeing. Tell me your name and your town.
[00:00:18] A: [[Husayn al-Dandal|PERSON]], [[Abu Firas|PERSON]]. From [[al-Mayadeen|PLACE:al-Mayadin]], the [[Hay al-Mahata|PLACE]] side, near the station. I had a mobile phone shop.
[00:00:31] Q: What do you remember of [[October 2017|DATE:2017-10-01..2017-10-31]], when [[the regime|ACTOR:Syrian government forces]] entered [[al-Mayadin|PLACE]]?
[00:00:38] A: Before they entered, eh, maybe three weeks of [[bombing|WEAPON:AIRSTRIKE]]. The worst was the [[Russian|ACTOR:Russian forces]] [[airstrikes|WEAPON:AIRSTRIKE]]. Day and night. People stayed in the basements.
[00:01:02] A: {{c1|[[The 3rd of October|DATE:2017-10-03]], I remember because it was the day after my daughter's birthday, [[the jets|WEAPON:AIRSTRIKE]] hit the [[al-Hal market|PLACE]], the vegetable market.}}
[00:01:15] Q: Were you there?
[00:01:17] A: Not in the market. My shop is, was, two streets away. I ran there after.
[00:01:26] A: {{c2|I saw maybe fifteen, twenty bodies. I don't know exactly. Between fifteen and twenty.}} {{c3|My friend [[Anwar Shlash|PERSON]], he sold tomatoes, he was dead. And [[Jamal|PERSON]], the boy who helped him, twelve years old.}}
[00:01:48] Q: [[Anwar|PERSON]], what was his full name?
[00:01:51] A: [[Anwar Mohammed al-Shlash|PERSON]]. Thirty-five, thirty-six.
[00:02:00] A: [pause] Sorry.
[00:02:14] Q: Were there also injured?
[00:02:16] A: {{c4|Many, many. Dozens.}} {{c5|The hospital, the [[al-Mayadin national hospital|PLACE]], was already hit before, so they took people to houses, to a doctor who worked in his house.}}
[00:02:34] Q: You said the hospital was hit before. When?
[00:02:37] A: {{c5|[[End of September|DATE:2017-09-20..2017-09-30]]. A [[missile|WEAPON:MISSILE]], or two, I heard them. The building stayed but the second floor was finished.}} I did not go in.
[00:02:52] Q: Who, in your opinion?
[00:02:55] A: [[The Russians|ACTOR:Russian forces]]. Always [[the Russians|ACTOR:Russian forces]] at that time. [[The coalition|ACTOR:US-led coalition]] was on the other side, they were hitting [[Daesh|ACTOR:Islamic State]] around [[Hajin|PLACE]] and [[al-Shaafa|PLACE:al-Shafa]].
[00:03:10] Q: What did [[Daesh|ACTOR:Islamic State]] do in [[those days|DATE]]?
[00:03:13] A: They were leaving, but slowly. Before they left, they put [[mines|WEAPON:LANDMINE]] at the exits, on the road to [[Deir ez-Zor|PLACE]] and near the bridge.
[00:03:25] A: {{c6|Two brothers from the [[Ayed|PERSON]] family, [[Firas|PERSON]] and [[Muhannad|PERSON]], they tried to go out on a motorbike on [[the 12th|DATE:2017-10-12]], and the [[mine|WEAPON:LANDMINE]] exploded under them. Both killed.}}
[Transcriber note: recording unclear for 4 seconds.]
[00:03:44] A: ... not my family, no. My family, nobody died, thank God. Only the house.
[00:03:50] Q: What happened to your house?
[00:03:52] A: {{c7|[[Regime|ACTOR:Syrian government forces]] [[mortars|WEAPON:MORTAR]], when they were fighting in the streets, [[around the 13th, the 14th|DATE:2017-10-13..2017-10-14]]. The roof fell in the kitchen.}} We were in the basement of [[Abu Saad|PERSON]], our neighbour.
[00:04:08] Q: Were you detained when [[the regime forces|ACTOR:Syrian government forces]] came in?
[00:04:12] A: Me, no. {{c8|But my cousin [[Muhammad al-Dandal|PERSON]], they took him at the checkpoint at the entrance of [[Mayadin|PLACE:al-Mayadin]], [[two days after they entered|DATE:2017-10-16]].}} {{c9|Until today we do not know where he is. [[Mohamad|PERSON]], twenty-eight, he has two small children.}}
[00:04:31] Q: Was he with [[Daesh|ACTOR:Islamic State]]?
[00:04:33] A: Never. He was a nurse. They said his name was on a list. Everybody's name is on some list.
[00:04:44] Q: When did you leave?
[00:04:46] A: {{c10|In [[November|DATE:2017-11-01..2017-11-30]], with my wife and four children, across the river in a small boat, to the [[SDF|ACTOR:Syrian Democratic Forces]] side.}} The boatman was a man called [[Sabri|PERSON]], we paid him a hundred dollars for each person.
[00:05:05] Q: Was the crossing safe?
[00:05:07] A: [[That night|DATE]], yes. No shooting. But [[the week before|DATE]], people told me, [[the regime|ACTOR:Syrian government forces]] [[sniper|WEAPON:SMALL_ARMS]] on the bank shot at a boat. I did not see this, so I don't count it.
[00:05:24] Q: Thank you, [[Husayn|PERSON]]. Anything more?
[00:05:27] A: Write the name of my cousin. [[Muhammad al-Dandal|PERSON]]. With two m's or one, as you like, but write it.

@@witness sy-mayadin-husayn-aldandal
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="al-Hal market" date=2017-10-03 basis=WITNESSED incident=sy-mayadin-20171003-hal-market-strike
@@claim c2 harm=KILLED min=15 max=20 weapon=AIRSTRIKE actor="Russian forces" site="al-Hal market" date=2017-10-03 basis=WITNESSED incident=sy-mayadin-20171003-hal-market-strike
@@claim c3 harm=KILLED min=2 max=2 named="Anwar Shlash; Jamal" weapon=AIRSTRIKE actor="Russian forces" site="al-Hal market" date=2017-10-03 basis=WITNESSED incident=sy-mayadin-20171003-hal-market-strike
@@claim c4 harm=INJURED min=24 max=null weapon=AIRSTRIKE actor="Russian forces" site="al-Hal market" date=2017-10-03 basis=WITNESSED incident=sy-mayadin-20171003-hal-market-strike
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="al-Mayadin national hospital" date=2017-09-20..2017-09-30 basis=WITNESSED incident=sy-mayadin-20170900-national-hospital-missile
@@claim c6 harm=KILLED min=2 max=2 named="Firas; Muhannad" weapon=LANDMINE actor="Islamic State" date=2017-10-12 basis=HEARSAY incident=sy-mayadin-20171012-ayed-brothers-mine
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Syrian government forces" site="Hay al-Mahata" date=2017-10-13..2017-10-14 basis=EXPERIENCED incident=sy-mayadin-20171013-dandal-house-mortar
@@claim c8 harm=DETAINED min=1 max=1 named="Muhammad al-Dandal" actor="Syrian government forces" site="Mayadin" date=2017-10-16 basis=HEARSAY incident=sy-mayadin-20171016-muhammad-dandal-arrest
@@claim c9 harm=MISSING min=1 max=1 named="Mohamad" actor="Syrian government forces" date=2017-10-16 basis=EXPERIENCED incident=sy-mayadin-20171016-muhammad-dandal-arrest
@@claim c10 harm=DISPLACED min=6 max=6 site="al-Mayadin" date=2017-11-01..2017-11-30 basis=EXPERIENCED incident=sy-mayadin-20171100-dandal-family-flight
