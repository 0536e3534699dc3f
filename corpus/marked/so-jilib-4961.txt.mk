Interview ID: SO-JLB-4961
Date: 2023-09-18
Place: [[Kismayo|PLACE]], [[Lower Juba|PLACE]], a camp for displaced people
Language: Somali (Maay), interpreted into English
Interviewer: R-31
Interpreter: [[Xaliimo Sheekh Aadan|PERSON]]

INT: Please tell me your name and where you come from.
RESP: [[Caasha Maxamed Nuur|PERSON]]. From a farming village near [[Jilib|PLACE]], in [[Middle Juba|PLACE]]. We grow maize and sesame by the river.
INT: Who controls your village?
RESP: The [[Shabaab|ACTOR:al-Shabaab]]. All the area of [[Jilib|PLACE]] is theirs, for many years. They take the zakat from the harvest, they judge the people, everything.
INT: You wanted to tell us about the farm.
RESP: Yes. [[Last spring|DATE:2023-03-01..2023-05-31]]. [[The third day of Ramadan|DATE:2023-03-25]]. My husband's two brothers, [[Cali|PERSON]] and [[Yuusuf|PERSON]], went to the farm in [[the morning|DATE:2023-03-25]] to open the water to the maize.
RESP: I was at home. I heard [[the drone|WEAPON:DRONE_STRIKE]], mmm, all the morning, the sound like a big mosquito. Then two explosions from the side of the farms.
RESP: {{c1|They did not come home. In [[the evening|DATE:2023-03-25]] the people of the next farm brought them on a donkey cart. [[Cali|PERSON]] was twenty-six, [[Yuusuf|PERSON]] twenty-two. We buried them [[the same night|DATE:2023-03-25]].}}
RESP: {{c2|The small house of the farm was broken, and the pump for the water, the people said it was in pieces.}} I did not go to see. Women do not go there now.
INT: Who do you think did this?
RESP: Some say [[the Americans|ACTOR:US forces]]. Some say the [[Turkish|ACTOR:Turkish forces]] [[drone|WEAPON:DRONE_STRIKE]], for the government. We cannot see who is in the sky.
INT: Were [[Cali|PERSON]] and [[Yuusuf|PERSON]] with the [[Shabaab|ACTOR:al-Shabaab]]?
RESP: No. They were farmers. [[Yuusuf|PERSON]] paid the zakat like everybody, that is all. But the [[Shabaab|ACTOR:al-Shabaab]] had a car on the road near the farms [[that morning|DATE:2023-03-25]], people said. Maybe the car was the target. I don't know.
INTERPRETER: She says "the car", she means a pickup of the fighters.
INT: What happened to your family after that?
RESP: My son [[Maxamed|PERSON]]. Fourteen.
RESP: {{c3|[[After the Eid|DATE:2023-04-21..2023-05-31]], the [[Shabaab|ACTOR:al-Shabaab]] came to the village with a paper, a list. They said each family must give one boy for the training. They took [[Maxamed|PERSON]] and three other boys of our village in their car.}}
RESP: I saw it. I held his shirt. They pushed me away.
RESP: {{c4|Since [[that day|DATE:2023-04-21..2023-05-31]] I have not heard his voice. Four months. Nobody can tell me where he is, in which camp.}} [crying]
INTERPRETER: She asks if your organisation can find the training camps. I told her I do not think so.
INT: I'm very sorry. When did you leave the village?
RESP: {{c5|[[Two weeks later|DATE:2023-05-05..2023-06-14]]. I was afraid for my small son, he is eleven, they would take him also. We left at [[night|DATE:2023-05-05..2023-06-14]], me, my mother-in-law and four children, walking to the side of [[Kismayo|PLACE]]. Six days.}}
RESP: On the road the [[Shabaab|ACTOR:al-Shabaab]] stopped us one time, they asked where we go. We said to a wedding in [[Jamaame|PLACE]]. They let us pass.
INT: Did you hear about other attacks near [[Jilib|PLACE]]?
RESP: {{c6|The radio said, Radio Kulmiye, in [[August|DATE:2023-08-01..2023-08-31]] an [[American|ACTOR:US forces]] [[air strike|WEAPON:AIRSTRIKE]] killed eleven [[Shabaab|ACTOR:al-Shabaab]] near [[Saakow|PLACE]].}} That is not my village. I only heard it.
INT: Is it safe for you here in [[Kismayo|PLACE]]?
RESP: Here there is no [[shelling|WEAPON:ARTILLERY]], no [[drone|WEAPON:DRONE_STRIKE]] over the head. But there is no work, and the rain did not come. If I go back, they will take my small son also. So I stay.
INT: Is there anything you want to add?
RESP: Write the name of my son. [[Maxamed Cumar Xasan|PERSON]]. If somebody sees him, tell him his mother is in [[Kismayo|PLACE]].
@@witness so-jilib-caasha-maxamed-nuur
@@claim c1 harm=KILLED min=2 max=2 named="Cali; Yuusuf" weapon=DRONE_STRIKE site="Jilib" date=2023-03-25 basis=WITNESSED incident=so-jilib-20230325-maize-farm-drone-strike
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Jilib" date=2023-03-25 basis=HEARSAY incident=so-jilib-20230325-maize-farm-drone-strike
@@claim c3 harm=DETAINED min=4 max=4 named="Maxamed" actor=al-Shabaab site="Jilib" date=2023-04-21..2023-05-31 basis=WITNESSED incident=so-jilib-20230500-boys-taken-for-training
@@claim c4 harm=MISSING min=1 max=1 named="Maxamed" actor=al-Shabaab site="Jilib" date=2023-04-21..2023-05-31 basis=EXPERIENCED incident=so-jilib-20230500-boys-taken-for-training
@@claim c5 harm=DISPLACED min=6 max=6 named="Caasha Maxamed Nuur" site="Jilib" date=2023-05-05..2023-06-14 basis=EXPERIENCED incident=so-jilib-20230500-nuur-family-flight-kismayo
@@claim c6 harm=KILLED min=11 max=11 weapon=AIRSTRIKE actor="US forces" site="Saakow" date=2023-08-01..2023-08-31 basis=REPORTED incident=so-saakow-20230800-us-strike-radio-kulmiye
