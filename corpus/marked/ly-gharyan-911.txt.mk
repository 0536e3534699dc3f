@@newline crlf
Interview ID: LY-GHR-911
Date of interview: 2 October 2019
Place of interview: [[Tripoli|PLACE]], [[Souq al-Jumaa|PLACE]]
Language: Arabic (Libyan), interpreted
Interviewer: [[Anna Kowalczyk|PERSON]]
Interpreter: [[Marwan Ettir|PERSON]]

INTERVIEWER: You are from [[Gharyan|PLACE]]. Can you tell us your name?
WITNESS: [[Salem Ali Abuzaid|PERSON]]. They call me [[Abu Nasser|PERSON]]. I have olive trees in [[Gharian|PLACE:Gharyan]], on the mountain, near [[Tighsat|PLACE]].
INTERVIEWER: When did the war reach [[Gharyan|PLACE]]?
WITNESS: [[The beginning of April|DATE:2019-04-01..2019-04-07]]. [[Haftar's forces|ACTOR:Libyan National Army]] came in without fighting, really, the people in charge opened the road to them. They made [[Gharyan|PLACE]] their base for the attack on [[Tripoli|PLACE]].
INTERVIEWER: Were civilians harmed in [[that period|DATE]]?
WITNESS: In the beginning, no. Nobody was hurt in our area in [[April|DATE:2019-04-01..2019-04-30]], they only took the school and the houses of people who were against them. Then in [[May|DATE:2019-05-01..2019-05-31]] [[the planes|WEAPON:AIRSTRIKE]] started, from both sides.
INTERVIEWER: Both sides?
WITNESS: Yes. The [[Wifaq|ACTOR:Government of National Accord forces]] sent [[the drones|WEAPON:DRONE_STRIKE]] on the [[LNA|ACTOR:Libyan National Army]] positions, on the camp, on the airfield. {{c1,c2|One [[missile|WEAPON:MISSILE]] fell wrong, near the [[al-Qawasim|PLACE]] junction, on a house, in [[Ramadan|DATE:2019-05-06..2019-06-03]], [[before the iftar|DATE:2019-05-06..2019-06-03]].}} {{c1|The owner, [[Masoud|PERSON]], his wife was killed.}} I did not see, I heard it, the whole town heard.
INTERPRETER: He said [[al-Qawasim|PLACE]], it is a part of [[Gharyan|PLACE]].
INTERVIEWER: Did you see that house yourself?
WITNESS: After. {{c2|I went [[the next day|DATE:2019-05-06..2019-06-03]], the front room was gone, all the kitchen.}} [pause] Sorry, I mean, it was finished.
INTERVIEWER: What happened when [[the GNA forces|ACTOR:Government of National Accord forces]] came back into [[Gharyan|PLACE]]?
WITNESS: [[The 26th of June|DATE:2019-06-26]]. That was the big day. {{c3|The [[LNA|ACTOR:Libyan National Army]] [[jets|WEAPON:AIRSTRIKE]], or [[the drones|WEAPON:DRONE_STRIKE]], I don't know which, they hit the town [[the same evening|DATE:2019-06-26]] and [[the next days|DATE:2019-06-27..2019-06-30]], they wanted to punish us.}} {{c4|My neighbour's son [[Ayman|PERSON]], twenty-two, he was killed by a [[missile|WEAPON:MISSILE]] in his car, on [[the 28th|DATE:2019-06-28]].}} {{c7|I saw the car, it was black, burned, I saw them take him out.}}
INTERVIEWER: Were there other victims?
WITNESS: {{c5|At the hospital, [[Gharyan Hospital|PLACE]], they told me six or seven people were wounded in [[those days|DATE]], and some fighters also, of course.}} I cannot tell you fighters, I was not counting fighters.
INTERVIEWER: Did you stay in [[Gharyan|PLACE]]?
WITNESS: {{c6|No. [[Early July|DATE:2019-07-01..2019-07-10]] I took my family to [[Tripoli|PLACE]], to my brother. Nine people in one car.}} We thought, the [[LNA|ACTOR:Libyan National Army]] will come back to take revenge and bomb everything. They said that on their TV. They did not come back, but we did not want to wait.
INTERVIEWER: Is there anything else?
WITNESS: Only that I want my trees. Three hundred olive trees. Nobody is watering them.
@@witness ly-gharyan-salem-abuzaid
@@claim c1 harm=KILLED min=1 max=1 weapon=MISSILE actor="Government of National Accord forces" site="al-Qawasim" date=2019-05-06..2019-06-03 basis=HEARSAY incident=ly-gharyan-20190500-qawasim-house-strike
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Government of National Accord forces" site="al-Qawasim" date=2019-05-06..2019-06-03 basis=WITNESSED incident=ly-gharyan-20190500-qawasim-house-strike
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Libyan National Army" site="Gharyan" date=2019-06-26..2019-06-30 basis=WITNESSED incident=ly-gharyan-20190626-retaliation-strikes
@@claim c4 harm=KILLED min=1 max=1 named="Ayman" weapon=MISSILE actor="Libyan National Army" site="Gharyan" date=2019-06-28 basis=WITNESSED incident=ly-gharyan-20190628-car-missile
@@claim c5 harm=INJURED min=6 max=7 actor="Libyan National Army" site="Gharyan Hospital" date=2019-06-26..2019-06-30 basis=HEARSAY incident=ly-gharyan-20190626-retaliation-strikes
@@claim c6 harm=DISPLACED min=9 max=9 site="Gharyan" date=2019-07-01..2019-07-10 basis=EXPERIENCED incident=ly-gharyan-20190626-retaliation-strikes
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Libyan National Army" site="Gharyan" date=2019-06-28 basis=WITNESSED incident=ly-gharyan-20190628-car-missile
