PHONE CALL NOTES
Interview ID: SJR-4008
Date: 9 November 2017
Researcher: [[Aino Virtanen|PERSON]]
Interpreter (on the line): [[Rezan Ali|PERSON]]
Witness: [[Khalaf Khudeda Saydo|PERSON]], Yazidi, 41, from [[Solagh|PLACE]], now in [[Khanke|PLACE]] camp, [[Duhok|PLACE]]

Call of about 50 minutes, Kurmanji with interpretation. Notes typed the same evening.

1. [[Khalaf|PERSON]] lived in [[Solagh|PLACE]] ([[Solakh|PLACE:Solagh]]) with his wife, five children and his mother. On [[3 August 2014|DATE:2014-08-03]], early, people from the south said [[Daesh|ACTOR:Islamic State]] was in [[Siba Sheikh Khidir|PLACE]] and the [[Peshmerga|ACTOR:Peshmerga]] had gone.

2. The family left in two cars, seventeen people, towards [[Mount Sinjar|PLACE]]. Near [[Sinjar|PLACE]] a pickup with a flag came out of a side road. {{c1|He said: "They fired the [[machine gun|WEAPON:SMALL_ARMS]] at the cars, at everybody on the road. My cousin [[Dakhil|PERSON]] was driving the second car, I saw his head fall on the wheel."}} {{c1|[[Dakhil Saydo|PERSON]] was 32. The car went into the ditch, and they left him there with the doors open.}} {{c3|[[Khairi|PERSON]], his aunt's son, was hit in the thigh, and the others carried him.}}

3. {{c4|The road was blocked, so the family left the other car and walked. He said it took them two days to reach the top of the mountain, with the children on their shoulders.}} He insisted that [[Khairi|PERSON]] is alive: "People in the camp said [[Khairi|PERSON]] died on the mountain. No. He is alive, he is in [[Germany|PLACE]] now."

4. His mother, [[Gulê|PERSON]], 67, could not walk far. She stayed in [[Solagh|PLACE]] with other old women. He did not see what happened to her. {{c5|In [[2015|DATE:2015-01-01..2015-12-31]] his cousin's wife, [[Nasrin|PERSON]], who escaped from [[Tal Afar|PLACE]], told him that the old women of [[Solagh|PLACE]] and of [[Kocho|PLACE]] were taken to the institute at [[Solagh|PLACE]] around [[the middle of August|DATE:2014-08-13..2014-08-18]] and killed there, and that his mother was among them.}}

5. {{c6|After [[Solagh|PLACE]] was freed in [[November 2015|DATE:2015-11-01..2015-11-30]], the Kurdish television said that the grave near [[Solagh|PLACE]] held between seventy and eighty women.}} He has given blood. "I want only her bones," he said.

6. Second matter. His uncle, [[Qasim Saydo|PERSON]], lived in [[Kojo|PLACE:Kocho]]. The uncle was in [[Duhok|PLACE]] in [[August 2014|DATE:2014-08-01..2014-08-31]], so he survived. After the [[Hashd|ACTOR:Popular Mobilization Forces]] took [[Kocho|PLACE]] back at [[the end of May|DATE:2017-05-25..2017-05-31]], the uncle went with his son to see the house, in [[June|DATE:2017-06-01..2017-06-30]].

7. {{c7|[[Khalaf|PERSON]] was not there; the uncle told him on the phone that a [[bomb|WEAPON:IED]] was hidden behind the door of the house, a wire to the handle, and that his son [[Nawaf|PERSON]] opened it and lost two fingers and the hearing of one ear.}} The researcher asked whether it was a [[landmine|WEAPON:LANDMINE]]. No, a [[booby trap|WEAPON:IED]] left by [[Daesh|ACTOR:Islamic State]], "inside, not in the ground". {{c8|The front room of the house was destroyed, he was told.}}

8. The fields around [[Kocho|PLACE]] are full of [[mines|WEAPON:LANDMINE]], he said. Nobody from his family was hurt by [[mines|WEAPON:LANDMINE]].

9. Agreed to a second call. Names in full, as he asked: [[Dakhil Hassan Saydo|PERSON]], [[Gulê Murad Khalaf|PERSON]].
@@witness iq-sinjar-khalaf-saydo
@@claim c1 harm=KILLED min=1 max=1 named="Dakhil; Dakhil Saydo" weapon=SMALL_ARMS actor="Islamic State" site="Sinjar" date=2014-08-03 basis=WITNESSED incident=iq-sinjar-20140803-solagh-cars-machinegun
@@claim c3 harm=INJURED min=1 max=1 named="Khairi" weapon=SMALL_ARMS actor="Islamic State" site="Sinjar" date=2014-08-03 basis=WITNESSED incident=iq-sinjar-20140803-solagh-cars-machinegun
@@claim c4 harm=DISPLACED min=17 max=17 site="Mount Sinjar" date=2014-08-03..2014-08-05 basis=EXPERIENCED incident=iq-sinjar-20140803-saydo-family-mountain-flight
@@claim c5 harm=KILLED min=1 max=null named="Gulê" actor="Islamic State" site="Solagh" date=2014-08-13..2014-08-18 basis=HEARSAY incident=iq-solagh-20140816-institute-older-women
@@claim c6 harm=KILLED min=70 max=80 site="Solagh" date=2014-08-13..2014-08-18 basis=REPORTED incident=iq-solagh-20140816-institute-older-women
@@claim c7 harm=INJURED min=1 max=1 named="Nawaf" weapon=IED actor="Islamic State" site="Kojo" date=2017-06-01..2017-06-30 basis=HEARSAY incident=iq-kocho-20170600-saydo-house-booby-trap
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="Kojo" date=2017-06-01..2017-06-30 basis=HEARSAY incident=iq-kocho-20170600-saydo-house-booby-trap
