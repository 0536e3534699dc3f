Interview ID: NG-KDG-507
Date: 2 August 2019
Place: [[Maiduguri|PLACE]], [[Borno|PLACE]] State
Language: Kanuri and Hausa, interpreted into English
Interviewer: [[Claire Dumont|PERSON]]
Interpreter: [[Aliyu Bello|PERSON]]

[00:00:04] Q: Can you say your name and where you come from?
[00:00:09] A: [[Kolo Mustapha|PERSON]]. From [[Konduga|PLACE]], I sell fish, smoked fish, from the lake side. I was born there.
[00:00:21] Q: You were in [[Konduga|PLACE]] on [[16 June|DATE:2019-06-16]]?
[00:00:25] A: Yes. It was [[Sunday|DATE:2019-06-16]], [[after Sallah|DATE:2019-06-06..2019-06-16]], maybe ten days after. In [[the night|DATE:2019-06-16]], [[after isha|DATE:2019-06-16]], around nine, many young men went to the viewing centre near the tea sellers, they show the football there on the generator.
[00:01:02] Interpreter: Sallah is the Eid, the end of Ramadan.
[00:01:08] A: I was outside, at the tea stall of Malam [[Isa|PERSON]], maybe twenty steps. My small brother [[Shettima Modu|PERSON]] was inside, watching.
[00:01:19] Q: What happened?
[00:01:22] A: A girl came, with a hijab, big, long. The boys from the [[CJTF|ACTOR:Civilian JTF]], the [[yan gora|ACTOR:Civilian JTF]], they stopped her at the door. She said she wants to charge a phone. Then, boom. [pause] After, maybe one minute, another one, inside.
[00:01:48] Interpreter: He says two [[suicide bombers|WEAPON:IED]]. Yan gora is the local name for [[the vigilantes|ACTOR:Civilian JTF]].
[00:01:55] Q: What did you see after?
[00:01:59] A: {{c1|Bodies. Everywhere. I think twenty dead, maybe more, I did not count, I was looking only for [[Shettima|PERSON]].}} {{c2|I found him near the wall, his legs full of metal, the ball bearings, and his ear bleeding.}} {{c3|[[Adamu Gana|PERSON]], the owner of the centre, was dead, and the boy who sold the tickets, [[Bukar|PERSON]], thirteen years old. And [[Musa Ajiri|PERSON]], the [[yan gora|ACTOR:Civilian JTF]] boy who stopped the girl at the door.}}
[00:02:40] Q: Was there a third explosion?
[00:02:43] A: People say a third girl came near the fish sellers, but her [[bomb|WEAPON:IED]] did not explode properly and nobody was hurt there. I did not see it.
[00:02:55] Q: Who sent them, do you know?
[00:02:58] A: [[Boko Haram|ACTOR:Boko Haram]]. Everybody knows. [[Shekau's people|ACTOR:Boko Haram]] use girls like that. The girls don't want, they are forced.
[00:03:12] Q: Were soldiers at the viewing centre?
[00:03:15] A: No, no soldier. The soldiers are at the barracks at the entrance of the town. There, only boys watching football.
[00:03:31] Q: Where is [[Shettima|PERSON]] now?
[00:03:34] A: In the [[State Specialist Hospital|PLACE]] in [[Maiduguri|PLACE]], three weeks. He will walk, the doctor says, if God wants.
[00:03:50] Q: Before this, had you been forced to leave [[Konduga|PLACE]]?
[00:03:55] A: {{c4|Yes. In [[2014|DATE:2014-01-01..2014-12-31]], [[September|DATE:2014-09-01..2014-09-30]], [[Boko Haram|ACTOR:Boko Haram]] came many times to [[Konduga|PLACE]] on motorcycles, shooting. They burned the market and the houses near the mosque.}} {{c5|We ran to [[Maiduguri|PLACE]], to [[Bakassi|PLACE]] camp, my mother, my wife, the children, nine people.}}
[00:04:20] A: We came back in [[2017|DATE:2017-01-01..2017-12-31]].
[00:04:26] Q: Did anyone die in your family in [[2014|DATE:2014-01-01..2014-12-31]]?
[00:04:30] A: {{c6|My uncle, [[Modu Kolo|PERSON]]. They killed him with a [[gun|WEAPON:SMALL_ARMS]] on the farm, near [[Mairamri|PLACE]]. We found him [[the next day|DATE:2014-09-01..2014-09-30]].}} [crying]
[00:04:52] Q: Do you want to stop?
[00:04:55] A: No. Write it. [[Modu Kolo|PERSON]], a farmer, he had no [[gun|WEAPON:SMALL_ARMS]], he had a hoe.
[00:05:07] Q: Are you going back to [[Konduga|PLACE]]?
[00:05:10] A: My wife says no. The fish trade is in [[Konduga|PLACE]], so I must go. If there is another [[bomb|WEAPON:IED]], then I will not go.
@@witness ng-konduga-kolo-mustapha
@@claim c1 harm=KILLED min=20 max=null weapon=IED actor="Boko Haram" site="Konduga" date=2019-06-16 basis=WITNESSED incident=ng-konduga-20190616-viewing-centre-bombing
@@claim c2 harm=INJURED min=1 max=1 named="Shettima" weapon=IED actor="Boko Haram" site="Konduga" date=2019-06-16 basis=WITNESSED incident=ng-konduga-20190616-viewing-centre-bombing
@@claim c3 harm=KILLED min=3 max=3 named="Adamu Gana; Bukar; Musa Ajiri" weapon=IED actor="Boko Haram" site="Konduga" date=2019-06-16 basis=WITNESSED incident=ng-konduga-20190616-viewing-centre-bombing
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null actor="Boko Haram" site="Konduga" date=2014-09-01..2014-09-30 basis=WITNESSED incident=ng-konduga-20140900-boko-haram-raids
@@claim c5 harm=DISPLACED min=9 max=9 actor="Boko Haram" site="Konduga" date=2014-09-01..2014-09-30 basis=EXPERIENCED incident=ng-konduga-20140900-boko-haram-raids
@@claim c6 harm=KILLED min=1 max=1 named="Modu Kolo" weapon=SMALL_ARMS actor="Boko Haram" site="Mairamri" date=2014-09-01..2014-09-30 basis=WITNESSED incident=ng-konduga-20140900-boko-haram-raids
