@@encoding utf-16le
Interview ID: UA-KHE-4704
Interview date: 26 January 2023
Place of interview: [[Kherson|PLACE]], a church hall on [[Perekopska|PLACE:Perekopska street]]
Language: Ukrainian
Interviewer: [[Hélène Marchetti|PERSON]]
Interpreter: [[Dmytro Savchuk|PERSON]]

Q: Could you say your name and your work?
A: [[Oksana Melnychuk|PERSON]]. Fifty-one. I am a nurse in surgery, at the regional hospital, twenty-two years now. I live in [[Shumenskyi|PLACE]], in the panel houses, fifth floor.
Q: You stayed in [[Kherson|PLACE]] through the occupation?
A: Yes. Who would work in the hospital otherwise? Half of the doctors left. We stayed, the old ones.
Q: Your family?
A: My son, [[Taras|PERSON]]. He is twenty-six. [pause] I will tell you, but slowly.
Q: Take your time.
A: {{c1|In [[August|DATE:2022-08-01..2022-08-31]], [[the 14th|DATE:2022-08-14]], he went to [[Chornobaivka|PLACE]] to get potatoes from his friend's garden. At the checkpoint by the airport, the friend, [[Yurii Lavrenko|PERSON]], was with him in the car. [[Yurii|PERSON]] came back. [[Taras|PERSON]] did not. [[Yurii|PERSON]] says [[the soldiers|ACTOR:Russian armed forces in Ukraine]] looked in the phone, took [[Taras|PERSON]] out, put the bag on his head and drove him away in a jeep without numbers.}} {{c7|Since then, nothing. Not in the lists of the exchange, not in the lists of the dead.}}
Q: Did you see [[Yurii|PERSON]] himself after?
A: [[The same evening|DATE:2022-08-14]], he came to my door white like a wall. What he told I told you. I was not at the checkpoint, I was in the hospital on shift.
[Interpreter: she says "checkpoint" with the Russian word, blokpost.]
Q: Who were [[the soldiers|ACTOR:Russian armed forces in Ukraine]] at that checkpoint?
A: [[Rosgvardia|ACTOR:Russian armed forces in Ukraine]], [[Yurii|PERSON]] says, by the patches. [[The occupiers|ACTOR:Russian armed forces in Ukraine]], anyway.
Q: [[After the liberation|DATE]], what happened in [[Shumenskyi|PLACE]]?
A: {{c2|The [[shelling|WEAPON:ARTILLERY]] from the left bank. The worst for us, [[the 19th of December|DATE:2022-12-19]], in [[the morning, at eight|DATE:2022-12-19]]. I was putting on my coat for the shift, the [[Grad|WEAPON:ROCKET]] came along our street, one, two, five, I stopped counting. The kitchen wall of my flat fell outside, into the yard. The fridge stood at the edge and looked down.}}
Q: Were you hurt?
A: Not a scratch. The coat saved me, I think [laughs]. No, I was in the corridor. That is the luck.
A: {{c3|On the stairs, on the third floor, lay [[Valentyna Hrek|PERSON]], my neighbour, with the bags, she was going to the market. Already gone. I am a nurse, I looked, there was nothing to do.}} {{c4|In the yard two men cut by the glass, I bandaged them with the sheets from my bed.}}
Q: Do you know the number of people killed in the district [[that day|DATE:2022-12-19]]?
A: {{c5|The city administration said three in [[Shumenskyi|PLACE]], I read it on their channel.}} I only know [[Valentyna|PERSON]].
Q: Did the hospital come under fire?
A: They wrote on their Telegram, the Russian ones, that they will make the hospital flat because soldiers are treated there. It did not happen, the hospital is standing. In our building nobody was killed, only the windows, from the [[shelling|WEAPON:ARTILLERY]] near.
Q: Did you see other patients from attacks?
A: Every day. {{c6|One I remember, [[just after New Year|DATE:2023-01-01..2023-01-10]], [[Serhii|PERSON]], from [[Antonivka|PLACE]], sixty. He told me, on the table, a [[drone|WEAPON:DRONE_STRIKE]] followed his bicycle on the road near the bridge, the small one with the [[grenade|WEAPON:DRONE_STRIKE]], and dropped it when he stopped. His legs were full of metal, we took it out for two hours.}}
Q: Did anybody else tell you of [[the drones|WEAPON:DRONE_STRIKE]] in [[Antonivka|PLACE]]?
A: All of them say it. They hunt people there. But I was never in [[Antonivka|PLACE]] after, I tell you what the patients said.
Q: Is there something you want to say at the end?
A: If somebody sees my [[Taras|PERSON]], in a list, in a video, in anything, I have this number for thirty years, it will not change.
@@witness ua-kherson-oksana-melnychuk
@@claim c1 harm=DETAINED min=1 max=1 named="Taras" actor="Russian armed forces in Ukraine" site="Chornobaivka" date=2022-08-14 basis=HEARSAY incident=ua-kherson-20220814-chornobaivka-checkpoint-taras
@@claim c7 harm=MISSING min=1 max=1 named="Taras" actor="Russian armed forces in Ukraine" site="Chornobaivka" date=2022-08-14..2023-01-26 basis=EXPERIENCED incident=ua-kherson-20220814-chornobaivka-checkpoint-taras
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Shumenskyi" date=2022-12-19 basis=EXPERIENCED incident=ua-kherson-20221219-shumenskyi-grad
@@claim c3 harm=KILLED min=1 max=1 named="Valentyna Hrek" weapon=ROCKET site="Shumenskyi" date=2022-12-19 basis=WITNESSED incident=ua-kherson-20221219-shumenskyi-grad
@@claim c4 harm=INJURED min=2 max=2 weapon=ROCKET site="Shumenskyi" date=2022-12-19 basis=WITNESSED incident=ua-kherson-20221219-shumenskyi-grad
@@claim c5 harm=KILLED min=3 max=3 site="Shumenskyi" date=2022-12-19 basis=REPORTED incident=ua-kherson-20221219-shumenskyi-grad
@@claim c6 harm=INJURED min=1 max=1 named="Serhii" weapon=DRONE_STRIKE site="Antonivka" date=2023-01-01..2023-01-10 basis=HEARSAY incident=ua-antonivka-20230100-bridge-road-drone-serhii
