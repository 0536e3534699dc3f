WITNESS INTERVIEW
Interview ID: CD-BNI-513
Date of interview: 2 March 2020
Place of interview: [[Beni|PLACE]], [[North Kivu|PLACE]], [[DRC|PLACE]]
Language: French and Swahili
Interviewer: [[Pascal Lemaire|PERSON]]
Interpreter: none
Q: You are a volunteer for body collection in [[Beni|PLACE]]?
A: Yes, since [[2015|DATE:2015-01-01..2015-12-31]]. We are a team of twelve, with [[Katembo|PERSON]] and [[Mbambu Syalembereka|PERSON]] who started with me. We go after the attacks, we take the bodies, we write the names if the family is there. My name is [[Muhindo Vagheni|PERSON]], you can write it.
Q: I want to ask about [[Boikene|PLACE]], in [[November 2019|DATE:2019-11-01..2019-11-30]].
A: [[The night of the 5th to the 6th|DATE:2019-11-05..2019-11-06]]. The call came at [[ten at night|DATE:2019-11-05]], but the soldiers said nobody goes until the morning, it is too dangerous. We went at [[six|DATE:2019-11-06]], [[Wednesday morning|DATE:2019-11-06]].
Q: What did you find?
A: {{c1|In [[Boyikene|PLACE:Boikene]] and the edge of [[Rwangoma|PLACE]] we collected seventeen bodies. Seventeen. Men, women, two children. Most with machete wounds, some with [[bullets|WEAPON:SMALL_ARMS]].}} We put them in the truck. I remember a mechanic, at the door of his house, with his overalls, and an old couple in the same bed.
Q: Did you know any of them?
A: {{c2|The old man, [[Kambale Mbusa|PERSON]], he was a retired teacher, he taught me in primary. His wife [[Masika|PERSON]] also.}} {{c3|And a boy of twelve, [[Baraka|PERSON]], from the house on the corner.}} [pause] Baraka means a blessing. His mother kept saying this word, baraka, baraka, like a question.
Q: Other people give different numbers. Fifteen, eight.
A: Yes. Each person sees his own avenue. We did the whole quarter, so seventeen. Maybe some families took bodies before us.
Q: Who attacked, in your opinion?
A: The [[ADF|ACTOR:ADF]]. The way, with the machetes, at night, quietly, it is their way. [[The army|ACTOR:FARDC]] had started operations in [[October|DATE:2019-10-01..2019-10-31]], and every time there is an operation, they come for the civilians.
Q: Were you in [[Rwangoma|PLACE]] in [[2016|DATE:2016-01-01..2016-12-31]] also?
A: Yes. That was the worst. [[August 2016|DATE:2016-08-01..2016-08-31]], [[the 13th|DATE:2016-08-13]], [[a Saturday night|DATE:2016-08-13]]. {{c4|We collected more than forty bodies in [[Rwangoma|PLACE]] in two days. I stopped counting after 42.}} {{c5|My colleague [[Saambili|PERSON]], a volunteer like me, he lost his mother and his sister there.}}
Q: Were there military positions in [[Rwangoma|PLACE]]?
A: There was a position of the [[FARDC|ACTOR:FARDC]] maybe one kilometre away. They did not come. People were angry, there were protests after.
Q: Have you been threatened for this work?
A: {{c6|In [[2020|DATE:2020-01-01..2020-12-31]], [[January|DATE:2020-01-01..2020-01-31]], [[the military intelligence|ACTOR:FARDC]] took me and two volunteers for one day and one night at the [[Mavivi|PLACE]] camp. They said we give information to the [[ADF|ACTOR:ADF]] because we go everywhere.}} They let us go [[the next day|DATE:2020-01-01..2020-01-31]] when the coordinator came.
Q: Was anybody hurt?
A: No, they did not beat us. Only they shouted. Nobody was hurt.
Q: Is there anything you want to add?
A: In [[Beni|PLACE]] we bury, and after one week we bury again. Write that the volunteers are tired. And write the names of [[Boikene|PLACE]], the families have a list at the parish of [[Paida|PLACE]].
@@witness cd-beni-muhindo-vagheni
@@claim c1 harm=KILLED min=17 max=17 weapon=SMALL_ARMS actor="ADF" site="Boyikene" date=2019-11-05..2019-11-06 basis=WITNESSED incident=cd-beni-20191105-boikene-raid
@@claim c2 harm=KILLED min=2 max=2 named="Kambale Mbusa; Masika" actor="ADF" site="Boyikene" date=2019-11-05..2019-11-06 basis=WITNESSED incident=cd-beni-20191105-boikene-raid
@@claim c3 harm=KILLED min=1 max=1 named="Baraka" actor="ADF" site="Boyikene" date=2019-11-05..2019-11-06 basis=WITNESSED incident=cd-beni-20191105-boikene-raid
@@claim c4 harm=KILLED min=42 max=null site="Rwangoma" date=2016-08-13..2016-08-14 basis=WITNESSED incident=cd-beni-20160813-rwangoma-massacre
@@claim c5 harm=KILLED min=2 max=2 site="Rwangoma" date=2016-08-13 basis=HEARSAY incident=cd-beni-20160813-rwangoma-massacre
@@claim c6 harm=DETAINED min=3 max=3 actor="FARDC" site="Mavivi" date=2020-01-01..2020-01-31 basis=EXPERIENCED incident=cd-beni-20200100-volunteers-detained
