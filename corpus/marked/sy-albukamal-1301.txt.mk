Interview ID: SY-BKM-1301
Date of interview: 3 March 2018
Place of interview: [[al-Hol|PLACE]] camp, [[Hasakah|PLACE]]
Language: Arabic, interpreted
Interviewer: [[Ines Wahlberg|PERSON]]
Interpreter: [[Rami Haddad|PERSON]]

INTERVIEWER: You told me you are from [[Albu Kamal|PLACE]]. Which part?
WITNESS: From [[al-Hamdan|PLACE]], near the town, but my house was inside [[Abu Kamal|PLACE:Albu Kamal]] in the [[al-Jamiya|PLACE]] quarter. I am [[Khalaf Obeid|PERSON]], people call me [[Abu Shehab|PERSON]].
INTERVIEWER: When did the fighting come to your street?
WITNESS: Eh, it was [[the beginning of November|DATE:2017-11-01..2017-11-10]], maybe [[the first week|DATE:2017-11-01..2017-11-07]]. [[Daesh|ACTOR:Islamic State]] was still in the town, they did not let anybody leave. They said whoever leaves is an apostate.
[Interpreter: he says "murtadd", apostate.]
WITNESS: {{c1|[[The night before the big attack|DATE:2017-11-07]], [[the planes|WEAPON:AIRSTRIKE]] hit the street behind the [[al-Kabir mosque|PLACE]]. Three houses fell, the house of the [[Jaber|PERSON]] family and two more.}} I went with the men to dig. {{c2|We took out [[Zahra Jaber|PERSON]], she was maybe ten, and her grandmother [[Umm Fawzi|PERSON]]. Both of them were dead.}} {{c3|The father, [[Fawzi|PERSON]], he was alive but his legs, I mean, his legs were crushed.}}
INTERVIEWER: Whose [[planes|WEAPON:AIRSTRIKE]], do you know?
WITNESS: People said the [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]], because [[the regime|ACTOR:Syrian government forces]] was coming from [[al-Mayadin|PLACE]] side and [[the Russians|ACTOR:Russian forces]] help them. But at night who can see? I heard them, I did not see them. Maybe [[the coalition|ACTOR:US-led coalition]] also, I cannot say for sure.
INTERVIEWER: What happened after that?
WITNESS: {{c4|[[Two days later|DATE:2017-11-09]] the [[shelling|WEAPON:ARTILLERY]] started from the desert side, from [[the regime|ACTOR:Syrian government forces]]. Big [[artillery|WEAPON:ARTILLERY]], the whole day. My cousin [[Saleh|PERSON]] was killed in front of his shop on [[al-Souq street|PLACE]].}} I did not see it, my nephew [[Ahmad|PERSON]] ran to tell me.
[pause]
WITNESS: [[Saleh|PERSON]] was forty, forty-two. He had five children.
INTERVIEWER: Was anyone in your own house hurt?
WITNESS: No. Thank God, nobody in my house was hurt, we were in the basement of my brother-in-law. [[That day|DATE]] nothing fell on our street, the [[shells|WEAPON:ARTILLERY]] fell on the other side, by the river.
INTERVIEWER: Did you try to leave?
WITNESS: {{c5|We left [[the 10th|DATE:2017-11-10]], in [[the morning|DATE]] after [[fajr|DATE:2017-11-10]]. Eighteen people from my family, on two pickups, to the river, to cross to the other side, to [[al-Bagouz|PLACE:Baghuz]].}} The [[Daesh|ACTOR:Islamic State]] men at the checkpoint saw us.
{{c6|[[Daesh|ACTOR:Islamic State]] fighters shot at the second pickup with a [[machine gun|WEAPON:SMALL_ARMS]]. My son [[Hamoud|PERSON]] was hit in the shoulder, and a woman from our neighbours, [[Amal Hussein|PERSON]], in the leg.}} We did not stop. If we had stopped they would have taken the men, all of us.
INTERVIEWER: Where did you go after [[Baghuz|PLACE]]?
WITNESS: We stayed in [[Hajin|PLACE]] some weeks, then the desert, then here. My other son, [[Mahmoud|PERSON]]... {{c7|[[Daesh|ACTOR:Islamic State]] took him from the house in [[Hajin|PLACE]], in [[December|DATE:2017-12-01..2017-12-31]], they said he was talking on the phone with the [[SDF|ACTOR:Syrian Democratic Forces]].}} Until now we do not know where he is.
[crying]
INTERPRETER: He asks if you can write his son's name, [[Mahmoud Khalaf Obeid|PERSON]], nineteen years.
INTERVIEWER: Yes, I have written it. [[Mahmoud Khalaf Obeid|PERSON]]. Take your time.
WITNESS: {{c8|[[Mahmoud|PERSON]] is missing since then. Nobody saw him after.}} A man in this camp, [[Abu Hamza|PERSON]] from [[Gharanij|PLACE]], he said he saw him in a prison of theirs in [[al-Susah|PLACE]], but this was only talk.
INTERVIEWER: Going back to the first [[strike|WEAPON:AIRSTRIKE]] near the mosque. How many died in total, [[that night|DATE]]?
WITNESS: In the three houses, I think eleven, or twelve. I saw six bodies myself. {{c9|The others, the neighbours told me, eleven or twelve together, with [[Zahra|PERSON]] and the old woman.}} People from the [[Jaber|PERSON]] family and people who were sleeping there because their houses were in the front line.
INTERVIEWER: And the shop of [[Saleh|PERSON]], was it damaged?
WITNESS: {{c10|The shop was finished, and the two shops next to it. Burned.}} He sold spare parts for motorcycles.
INTERVIEWER: Thank you, [[Abu Shehab|PERSON]]. Is there anything you want to add?
WITNESS: Only that they should look for [[Mahmoud|PERSON]]. And that the people of [[Abu Kamal|PLACE:Albu Kamal]], nobody asked them anything. Everybody bombed us, and [[Daesh|ACTOR:Islamic State]] in the middle.

@@witness sy-albukamal-khalaf-obeid
@@claim c1 harm=PROPERTY_DAMAGE min=3 max=3 weapon=AIRSTRIKE actor="Russian forces" site="al-Kabir mosque" date=2017-11-07 basis=WITNESSED incident=sy-albukamal-20171107-jaber-houses
@@claim c2 harm=KILLED min=2 max=2 named="Zahra Jaber; Umm Fawzi" weapon=AIRSTRIKE actor="Russian forces" site="al-Kabir mosque" date=2017-11-07 basis=WITNESSED incident=sy-albukamal-20171107-jaber-houses
@@claim c3 harm=INJURED min=1 max=1 named="Fawzi" weapon=AIRSTRIKE actor="Russian forces" site="al-Kabir mosque" date=2017-11-07 basis=WITNESSED incident=sy-albukamal-20171107-jaber-houses
@@claim c4 harm=KILLED min=1 max=1 named="Saleh" weapon=ARTILLERY actor="Syrian government forces" site="al-Souq street" date=2017-11-09 basis=HEARSAY incident=sy-albukamal-20171109-souq-shelling
@@claim c5 harm=DISPLACED min=18 max=18 site="Abu Kamal" date=2017-11-10 basis=EXPERIENCED incident=sy-albukamal-20171110-obeid-family-flight
@@claim c6 harm=INJURED min=2 max=2 named="Hamoud; Amal Hussein" weapon=SMALL_ARMS actor="Islamic State" date=2017-11-10 basis=WITNESSED incident=sy-albukamal-20171110-checkpoint-shooting
@@claim c7 harm=DETAINED min=1 max=1 named="Mahmoud" actor="Islamic State" site="Hajin" date=2017-12-01..2017-12-31 basis=WITNESSED incident=sy-hajin-20171200-mahmoud-obeid-abduction
@@claim c8 harm=MISSING min=1 max=1 named="Mahmoud" actor="Islamic State" site="Hajin" date=2017-12-01..2017-12-31 basis=EXPERIENCED incident=sy-hajin-20171200-mahmoud-obeid-abduction
@@claim c9 harm=KILLED min=11 max=12 named="Zahra; Umm Fawzi" weapon=AIRSTRIKE actor="Russian forces" site="al-Kabir mosque" date=2017-11-07 basis=HEARSAY incident=sy-albukamal-20171107-jaber-houses
@@claim c10 harm=PROPERTY_DAMAGE min=3 max=3 weapon=ARTILLERY actor="Syrian government forces" site="al-Souq street" date=2017-11-09 basis=HEARSAY incident=sy-albukamal-20171109-souq-shelling
