Interview ID: ALP-NW-3906
Date: 2017-01-19
Location: [[Azaz|PLACE]]
Language: Arabic, with interpreter
Interviewer: [[Ingrid Solberg|PERSON]]
Interpreter: [[Bashar Moualem|PERSON]]

[00:00:04] Q: Can you start with your name and your work?
[00:00:09] A: [[Khaled Abdulkader|PERSON]]. I was driver of ambulance for the civil defence centre in [[Haritan|PLACE:Hraytan]], then also [[Anadan|PLACE]], we covered both.
[00:00:21] Q: For how long?
[00:00:23] A: From [[2014|DATE]] until we left, [[December|DATE:2016-12-01..2016-12-31]].
[00:00:31] Q: I want to ask about [[the summer|DATE:2016-06-01..2016-08-31]]. What do you remember?
[00:00:36] A: [laughs] Everything and nothing. Every day something. But two things I will never forget.
[00:00:49] A: First, the car of [[Mustafa|PERSON]]. [[Mustafa Haj Omar|PERSON]], he was my colleague, paramedic, twenty-nine years. It was [[the 27th of July|DATE:2016-07-27]], in [[the morning|DATE:2016-07-27]], I am sure because it was the day they closed the [[Castello road|PLACE]] completely.
[00:01:10] A: {{c1|He went with the small ambulance to bring two wounded from the edge of [[Anadan|PLACE]]. On the way back a guided [[missile|WEAPON:MISSILE]] hit the car.}} I was at the centre, I heard it on the radio, somebody shouting "[[Mustafa|PERSON]], [[Mustafa|PERSON]]", and then nothing.
[00:01:31] Q: Did you go there?
[00:01:33] A: {{c2|Yes, after maybe half an hour, when they stopped.}} {{c2,c1|The car was on its side and burned.}} {{c2|[[Mustafa|PERSON]] and the two wounded, all three, dead. We took them out in pieces, I am sorry to say it.}}
[00:01:52] INTERPRETER: He says the [[missile|WEAPON:MISSILE]] came from [[the regime|ACTOR:Syrian government forces]] positions at the [[Mallah farms|PLACE]], he is pointing north.
[00:01:58] A: From [[the regime|ACTOR:Syrian government forces]] at the [[Mallah|PLACE:Mallah farms]], yes, this kind of [[missile|WEAPON:MISSILE]] you see it coming, it has a small light.
[00:02:10] Q: Do you know the names of the two wounded?
[00:02:13] A: One was [[Abu Rahmo|PERSON]], from [[Anadan|PLACE]]. The other one a young man, I don't know, a displaced one from [[Hama|PLACE]].
[00:02:25] Q: Were they fighters?
[00:02:27] A: [[Abu Rahmo|PERSON]] no, he is a farmer, he was hit in his field. The other, I don't know. Honestly I don't know.
[00:02:38] Q: And the second thing?
[00:02:40] A: The fire in [[Hraytan|PLACE]]. [[The 7th of August, or the 8th|DATE:2016-08-07..2016-08-08]], at [[night|DATE:2016-08-07..2016-08-08]]. The [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]], they dropped the [[phosphorus|WEAPON:INCENDIARY]], the white, it comes down like rain of light, very beautiful, I swear, and then everything burns.
[00:03:05] A: {{c3|It fell on the houses near the [[al-Rahman mosque|PLACE]]. Four houses burned, and the olive trees behind, I saw them burning until the sabah, the morning.}}
[00:03:18] Q: Was anyone hurt?
[00:03:20] A: {{c4|A woman, [[Sabah|PERSON]], [[Sabah Kurdi|PERSON]], fifty, her legs and her back burned. We took her to the hospital in [[Dar Taizzah|PLACE]].}} She lived, I think. I think.
[00:03:39] A: {{c5|And her husband, he was on the roof trying to put it out with sand, he died. [[Abu Jamal|PERSON]]. We buried him [[the next day|DATE:2016-08-08..2016-08-09]].}}
[00:03:52] Q: Was your centre ever hit?
[00:03:55] A: Near it, many times. But nobody of us was hurt in the centre. Only [[Mustafa|PERSON]], on the road.
[00:04:07] Q: Were there fighters in [[Hraytan|PLACE]] at that time?
[00:04:10] A: Of course, on the front, at the [[Castello|PLACE:Castello road]] and at [[Handarat|PLACE]]. Two young men from our street were killed in the fighting there, with the [[Zinki|ACTOR:Syrian armed opposition]]. That is war, I don't count them with the others. But in the houses, no fighters.
[00:04:31] Q: When did you leave?
[00:04:33] A: {{c6|After [[Aleppo|PLACE]] fell, [[the middle of December|DATE:2016-12-10..2016-12-20]]. Me and my wife and our three children, to [[Azaz|PLACE]]. The centre was already destroyed.}}
[00:04:46] A: We were afraid the planes would follow the buses. They did not. Thank God.
[00:04:52] Q: Is there anything you want to correct?
[00:04:55] A: Yes. I said [[the 7th|DATE:2016-08-07]] for the fire. My wife says it was [[the night before the big attack|DATE:2016-08-05]], the one on [[Ramouseh|PLACE]]. So maybe [[the 5th|DATE:2016-08-05]]. Write both. The [[phosphorus|WEAPON:INCENDIARY]] I am sure, the date not.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Syrian government forces" site="Anadan" date=2016-07-27 basis=HEARSAY incident=sy-anadan-20160727-mustafa-ambulance-missile
@@claim c2 harm=KILLED min=3 max=3 named="Mustafa Haj Omar; Abu Rahmo" weapon=MISSILE actor="Syrian government forces" site="Anadan" date=2016-07-27 basis=WITNESSED incident=sy-anadan-20160727-mustafa-ambulance-missile
@@claim c3 harm=PROPERTY_DAMAGE min=4 max=4 weapon=INCENDIARY actor="Russian forces" site="al-Rahman mosque" date=2016-08-05..2016-08-08 basis=WITNESSED incident=sy-hraytan-20160800-rahman-mosque-phosphorus
@@claim c4 harm=INJURED min=1 max=1 named="Sabah Kurdi" weapon=INCENDIARY actor="Russian forces" site="al-Rahman mosque" date=2016-08-05..2016-08-08 basis=WITNESSED incident=sy-hraytan-20160800-rahman-mosque-phosphorus
@@claim c5 harm=KILLED min=1 max=1 named="Abu Jamal" weapon=INCENDIARY actor="Russian forces" site="al-Rahman mosque" date=2016-08-05..2016-08-08 basis=WITNESSED incident=sy-hraytan-20160800-rahman-mosque-phosphorus
@@claim c6 harm=DISPLACED min=5 max=5 site="Hraytan" date=2016-12-10..2016-12-20 basis=EXPERIENCED incident=sy-hraytan-20161200-abdulkader-family-flight
@@witness sy-hraytan-khaled-abdulkader
