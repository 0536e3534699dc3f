Interview ID: BGZ-4503
Date: 2019-04-12
Location: [[al-Hol|PLACE]] camp, annex, [[Hasakah|PLACE]] governorate
Language: Arabic (Deir ez-Zor dialect)
Interviewer: [[Tom Hale|PERSON]]
Interpreter: [[Dima Naser|PERSON]]

[00:00:05] Q: Can you tell me your name?
[00:00:09] A: [[Khadija Ouda al-Shallash|PERSON]]. They call me [[Umm Omar|PERSON]]. I am from [[Hajin|PLACE]], but the last months we were in [[Baghouz|PLACE:Baghuz]], in the tents.
[00:00:31] Q: How did you end up in [[Baghuz|PLACE]]?
[00:00:35] A: {{c1|We left [[Hajin|PLACE]] in [[December|DATE:2018-12-01..2018-12-31]] when the [[shelling|WEAPON:ARTILLERY]] came close, to [[al-Sousa|PLACE:al-Susah]], then [[after maybe three weeks|DATE:2018-12-20..2019-01-31]] to [[al-Baghuz|PLACE:Baghuz]]. We moved like this three times, with the tent on the car.}}
[00:01:02] Q: Who was with you?
[00:01:05] A: My husband [[Ahmad|PERSON]], my son [[Omar|PERSON]] who is sixteen, my two daughters, [[Sabah|PERSON]] and [[Rahaf|PERSON]], and my sister [[Samira|PERSON]] with her children.
[00:01:24] Q: And your husband, what happened to him?
[00:01:29] A: {{c2|[[Ahmad|PERSON]] went out in [[the sabah|DATE:2019-02-20..2019-02-28]], early, [[one morning at the end of February|DATE:2019-02-20..2019-02-28]], with two jerrycans, to bring water from the river. He did not come back. Never. We waited all day, all night.}}
[00:01:58] A: {{c2|A man from [[al-Shafa|PLACE]] told me later he saw [[Ahmad|PERSON]] taken by the [[hisba|ACTOR:Islamic State]] near the river, because they thought he wanted to cross to the other side. Another man said no, it was a [[sniper|WEAPON:SMALL_ARMS]]. I don't know. Nobody brought me a body.}}
[00:02:30] Q: I'm sorry. Did you ask anyone?
[00:02:33] A: I asked everybody. I asked the [[SDF|ACTOR:Syrian Democratic Forces]] when we came out, I gave his name. They wrote it. [pause] They did not answer.
[00:02:51] Q: What was it like in the tents in [[March|DATE:2019-03-01..2019-03-31]]?
[00:02:56] A: Hunger. And the [[air strikes|WEAPON:AIRSTRIKE]] every night. {{c3|[[One night|DATE:2019-03-01..2019-03-15]], in the beginning of [[March|DATE:2019-03-01..2019-03-31]], [[the planes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:US-led coalition]] dropped the fire that comes down slowly, white, like rain of fire. [[White phosphorus|WEAPON:INCENDIARY]], people said. Our tent burned, and the tent of [[Samira|PERSON]], the two tents, and the blankets and the flour, everything.}}
[00:03:34] A: {{c4|[[Omar|PERSON]] pulled the small one out and his arm burned, here, to the elbow.}} [shows her arm] Until now the skin is like this.
[00:03:50] Q: Was anyone killed in that attack?
[00:03:54] A: In our row of tents, no. Nobody died there. Further down, I heard screaming, but I did not go, I don't know.
[00:04:10] Q: Were there [[Daesh|ACTOR:Islamic State]] fighters near your tents?
[00:04:15] A: They were everywhere, but not in our tents. In the tents there were women and children and old men. [[Daesh|ACTOR:Islamic State]] had their positions on the hill.
[00:04:34] Q: How did you get out?
[00:04:38] A: On [[the 11th or 12th of March|DATE:2019-03-11..2019-03-12]], there was a pause and the trucks came. We walked to the point. The [[SDF|ACTOR:Syrian Democratic Forces]] told us walk in line, on the track only, because of the [[mines|WEAPON:LANDMINE]].
[00:04:58] A: {{c5|A young man in front of us, maybe twenty metres, stepped off the track and there was a [[mine|WEAPON:LANDMINE]]. His foot, from here, it was gone. They carried him on a blanket.}}
[00:05:20] A: The [[SDF|ACTOR:Syrian Democratic Forces]] were very afraid of [[car bombs|WEAPON:IED]], so nobody could come near with a car. Everybody walked.
[00:05:34] Q: What happened at the screening point?
[00:05:38] A: {{c6|They separated the men and the boys. [[Omar|PERSON]] is sixteen, but he is tall, so they took him with the men. They took him to the prison in [[Hasakah|PLACE]]. Five months he was there, I saw him again only in [[August|DATE:2019-08-01..2019-08-31]].}}
[00:06:02] Q: Excuse me, [[August|DATE:2019-08-01..2019-08-31]]? We are in April now.
[00:06:07] INTERPRETER: Sorry, my mistake. She says he has been there five weeks. Five weeks, not months. She has not seen him again yet.
[00:06:16] A: {{c6|Five weeks, yes. Five weeks he is in the prison, and they did not tell me anything.}}
[00:06:25] A: My brother [[Jumaa|PERSON]], they checked him also, they looked at his hands and his shoulders, for the marks of the [[gun|WEAPON:SMALL_ARMS]]. They let him go the same hour. He was lucky.
[00:06:44] Q: Do you want to go back to [[Hajin|PLACE]]?
[00:06:48] A: {{c7|Our house in [[Hajin|PLACE]], my neighbour says it is flat.}} {{c8|And [[two days before we left|DATE:2018-12-01..2018-12-31]], the [[air strike|WEAPON:AIRSTRIKE]] on [[al-Souq street|PLACE]] took the three shops of my husband's family, I saw them burning.}} Where will I go back to? I will wait for [[Omar|PERSON]] and for [[Ahmad|PERSON]]. If [[Ahmad|PERSON]] were alive, somebody would have told me.
@@witness sy-hajin-khadija-alshallash
@@claim c1 harm=DISPLACED min=null max=null site="Hajin" date=2018-12-01..2018-12-31 basis=EXPERIENCED incident=sy-hajin-20181200-alshallash-family-flight
@@claim c2 harm=MISSING min=1 max=1 named="Ahmad" site="Baghuz" date=2019-02-20..2019-02-28 basis=EXPERIENCED incident=sy-baghuz-20190200-ahmad-river-missing
@@claim c3 harm=PROPERTY_DAMAGE min=2 max=2 weapon=INCENDIARY actor="US-led coalition" site="Baghuz" date=2019-03-01..2019-03-15 basis=EXPERIENCED incident=sy-baghuz-20190300-tents-white-phosphorus
@@claim c4 harm=INJURED min=1 max=1 named="Omar" weapon=INCENDIARY actor="US-led coalition" site="Baghuz" date=2019-03-01..2019-03-15 basis=WITNESSED incident=sy-baghuz-20190300-tents-white-phosphorus
@@claim c5 harm=INJURED min=1 max=1 weapon=LANDMINE site="Baghuz" date=2019-03-11..2019-03-12 basis=WITNESSED incident=sy-baghuz-20190311-exit-track-mine
@@claim c6 harm=DETAINED min=1 max=1 named="Omar" actor="Syrian Democratic Forces" date=2019-03-11..2019-03-12 basis=EXPERIENCED incident=sy-baghuz-20190311-omar-screening-detention
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="Hajin" basis=HEARSAY incident=sy-hajin-20190000-alshallash-house
@@claim c8 harm=PROPERTY_DAMAGE min=3 max=3 weapon=AIRSTRIKE site="al-Souq street" date=2018-12-01..2018-12-31 basis=WITNESSED incident=sy-hajin-20181200-souq-street-shops-strike
