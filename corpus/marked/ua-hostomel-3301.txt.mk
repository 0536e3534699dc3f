@@newline crlf
Interview ID: UA-HOS-3301
Date of interview: 18 May 2022
Place of interview: [[Hostomel|PLACE]], [[Kyiv|PLACE]] oblast
Language: Ukrainian
Interviewer: [[Fiona Gallagher|PERSON]]
Interpreter: [[Yaroslav Kuzmenko|PERSON]]

INTERVIEWER: Please say your name and where you live.
WITNESS: [[Larysa Hnatiuk|PERSON]], sixty-one. I live on [[Ozerna street|PLACE]] in [[Hostomel|PLACE]], the private houses near the lake, since 1984. My husband [[Petro|PERSON]] and me.
INTERVIEWER: When did the fighting reach your street?
WITNESS: [[The first day|DATE:2022-02-24]] we saw helicopters going to the airport, very low, like big insects, but they did not touch us. The [[shelling|WEAPON:ARTILLERY]] on the houses started later, from [[the 27th|DATE:2022-02-27]] maybe. {{c1|On [[the 3rd of March|DATE:2022-03-03]], in [[the morning|DATE:2022-03-03]], a [[shell|WEAPON:ARTILLERY]] came into our yard and, eh, the roof came down into the kitchen, and the back wall is cracked from the top to the ground, you can put your hand through.}} We were in the potato cellar under the garage, so nobody was hurt in our house. Thank God.
WITNESS: {{c2|The house of the [[Melnychuk|PERSON]] family, across the road, it burned [[the same day|DATE:2022-03-03]], all of it. Only the chimney is standing, you saw it when you came.}}
INTERVIEWER: Who was firing?
WITNESS: From where, I cannot tell you. [[Our boys|ACTOR:Ukrainian armed forces]] said from the airport side. Then on [[the 5th|DATE:2022-03-05]] [[the Russians|ACTOR:Russian armed forces in Ukraine]] came onto our street themselves, with their vehicles, and painted the letter V on the gates.
INTERVIEWER: Tell me about [[the 7th of March|DATE:2022-03-07]].
WITNESS: [pause] Yes. It was [[a Monday|DATE:2022-03-07]], [[before lunch|DATE:2022-03-07]]. {{c3|[[The Russians|ACTOR:Russian armed forces in Ukraine]] went from house to house and they dragged the men out, five men from our end of [[Ozerna|PLACE:Ozerna street]], with the hands tied with that brown tape.}} I watched from the cellar, there is a small window at the ground. {{c3|My son-in-law [[Oleh Tymchenko|PERSON]], thirty-four, and our neighbour [[Serhii Bondar|PERSON]], and [[Mykola|PERSON]] from number twelve, the electrician, these three I know for sure. They put them in a van and drove towards the airport.}}
INTERVIEWER: And your husband?
WITNESS: [[Petro|PERSON]] they also pulled out to the gate. They looked at his passport, they looked at his shoulders and his fingers, for marks from a rifle, I think, and a young one said "ded, go home". Grandpa, go home. He came back down into the cellar white like paper. They took my phone also, they looked at the photos and said if they find soldiers in it they will burn the house with us inside. They gave it back.
INTERVIEWER: Did the men come back?
WITNESS: {{c3|[[Mykola|PERSON]] and [[Serhii|PERSON]] came back [[after three weeks|DATE:2022-03-28]], when [[the Russians|ACTOR:Russian armed forces in Ukraine]] were going, they were kept all that time in some basement near the airport.}} {{c4|[[Serhii|PERSON]] came with broken ribs, they beat him there with a rifle, with the back of it, he told me himself in the shop.}}
WITNESS: {{c5|[[Oleh|PERSON]] did not come back. Nobody saw him after the van. We still do not know where he is, alive, not alive, nothing.}} [crying] My daughter [[Nataliia|PERSON]] writes to the police, to the ombudsman, every week.
INTERPRETER: She asks to stop for one minute.
INTERVIEWER: Of course.
WITNESS: {{c6|The council of [[Hostomel|PLACE]] put a list on its page in [[April|DATE:2022-04-01..2022-04-30]], the people missing from the town, and there were more than forty names. [[Oleh|PERSON]] is number twenty-three.}}
INTERVIEWER: What happened after [[the Russians|ACTOR:Russian armed forces in Ukraine]] left?
WITNESS: They left on [[the 30th or the 31st|DATE:2022-03-30..2022-03-31]], at [[night|DATE:2022-03-30..2022-03-31]], quietly. After that everything they touched was dangerous. {{c7|[[Anatolii Hrytsenko|PERSON]], from the next street, [[Lisova|PLACE:Lisova street]], he opened his garage in [[the first days of April|DATE:2022-04-01..2022-04-05]], and there was a [[grenade on a wire|WEAPON:IED]], a [[tripwire|WEAPON:IED]], on the door. He lost three fingers and one eye.}} {{c8|And the garage, the door flew into the street and his old Lada is finished, only good for metal.}} His sister [[Zoia|PERSON]] told me all this, I did not go there, I was afraid to walk.
INTERVIEWER: Did you leave [[Hostomel|PLACE]] at any point?
WITNESS: No. {{c9|My daughter with the two children left on [[the 10th|DATE:2022-03-10]], when they made the corridor, to [[Bilohorodka|PLACE]] and then to [[Vinnytsia|PLACE]], I put them in the car of [[Vasyl|PERSON]] the neighbour myself.}} If they had stayed, I do not want to think. [[Petro|PERSON]] and me stayed, who would feed the dog and the chickens?
INTERVIEWER: Is there anything else?
WITNESS: Write the name, please. [[Oleh Tymchenko|PERSON]]. Maybe somebody reads it who was in the same place.
@@witness ua-hostomel-larysa-hnatiuk
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Ozerna street" date=2022-03-03 basis=EXPERIENCED incident=ua-hostomel-20220303-ozerna-shelling
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null site="Ozerna street" date=2022-03-03 basis=WITNESSED incident=ua-hostomel-20220303-ozerna-shelling
@@claim c3 harm=DETAINED min=5 max=5 named="Oleh Tymchenko; Serhii Bondar; Mykola; Serhii" actor="Russian armed forces in Ukraine" site="Ozerna" date=2022-03-07 basis=WITNESSED incident=ua-hostomel-20220307-ozerna-men-taken
@@claim c4 harm=INJURED min=1 max=1 named="Serhii" actor="Russian armed forces in Ukraine" site="Hostomel" date=2022-03-07..2022-03-28 basis=HEARSAY incident=ua-hostomel-20220307-ozerna-men-taken
@@claim c5 harm=MISSING min=1 max=1 named="Oleh" actor="Russian armed forces in Ukraine" site="Ozerna" date=2022-03-07 basis=EXPERIENCED incident=ua-hostomel-20220307-ozerna-men-taken
@@claim c6 harm=MISSING min=41 max=null named="Oleh" site="Hostomel" date=2022-04-01..2022-04-30 basis=REPORTED incident=ua-hostomel-20220300-council-missing-list
@@claim c7 harm=INJURED min=1 max=1 named="Anatolii Hrytsenko" weapon=IED site="Lisova" date=2022-04-01..2022-04-05 basis=HEARSAY incident=ua-hostomel-20220400-lisova-garage-tripwire
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Lisova" date=2022-04-01..2022-04-05 basis=HEARSAY incident=ua-hostomel-20220400-lisova-garage-tripwire
@@claim c9 harm=DISPLACED min=3 max=3 site="Hostomel" date=2022-03-10 basis=WITNESSED incident=ua-hostomel-20220310-hnatiuk-daughter-flight
