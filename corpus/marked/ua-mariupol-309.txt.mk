@@newline crlf
Interview ID: UA-MRP-309 (second interview with the witness of UA-MRP-308)
Date of interview: 10 May 2023
Place of interview: video call, witness in [[Lviv|PLACE]]
Language: Russian
Interviewer: [[Claire Dubois|PERSON]]
Interpreter: [[Iryna Sokolenko|PERSON]]

[00:00:04] Q: Thank you for speaking with us again, one year later. How are you and [[Tymur|PERSON]]?
[00:00:11] A: We are alive. [[Tymur|PERSON]] goes to school here in [[Lviv|PLACE]], he learns Ukrainian, he corrects me now. [laughs] The [[missiles|WEAPON:MISSILE]] come also to [[Lviv|PLACE]], the [[Kalibr|WEAPON:MISSILE]], but after [[Mariupol|PLACE]] a siren is nothing.
[00:00:22] Q: Last time you told us about [[the tank|WEAPON:ARTILLERY]] that fired at your building on [[Morskyi boulevard|PLACE]]. I want to check some details. Do you remember the date?
[00:00:35] A: I said [[the 12th|DATE:2022-03-12]], yes? I thought about it a lot. Now I think it was [[the 13th|DATE:2022-03-13]], [[Sunday|DATE:2022-03-13]]. Because a woman in the basement, [[Zinaida|PERSON]], said "today is [[Sunday|DATE:2022-03-13]], the church would be full", and she cried.
[00:00:58] Q: And what happened [[that day|DATE:2022-03-13]]?
[00:01:03] A: {{c1|[[The tank|WEAPON:ARTILLERY]] shot at the building, many times, the upper floors, our flat also. The fire was on the seventh, the eighth.}} {{c2,c9|[[Nadiya|PERSON]] from the fifth floor died on the stairs, I told you. And also, I did not say it last time, an old man from the next entrance, [[Ivan Mykolaiovych|PERSON]], he was wounded in the leg, in his kitchen.}}
[00:01:31] Q: Thank you. Was there any other attack near your building you want to add?
[00:01:37] A: Yes. [pause] The water. On [[the 20th|DATE:2022-03-20]], maybe [[the 21st|DATE:2022-03-21]], we were cooking in the yard on the fire, six, seven people. {{c3|A [[mortar|WEAPON:MORTAR]], or a small [[shell|WEAPON:ARTILLERY]], I don't know, fell next to the fire. [[Pavlo|PERSON]], from the second floor, about seventy, was killed at once.}} {{c4|Two women were wounded, one was my mother, in the arm, a small piece. She is fine now.}}
[00:02:10] Q: I am sorry. Did you see who fired?
[00:02:14] A: No. You never see. It comes from somewhere. But [[the Russians|ACTOR:Russian armed forces in Ukraine]] were already in the next streets, at [[Cheryomushky|PLACE]]. There was no fighting in our yard, nobody shooting from there.
[00:02:31] Q: Last time you said your husband [[Vadym|PERSON]] was held at [[Bezymenne|PLACE:Bezimenne]]. Is there any news?
[00:02:39] A: {{c5|In [[January|DATE:2023-01-01..2023-01-31]] the Red Cross wrote to me that he is registered as a prisoner, in [[Taganrog|PLACE]], in [[Russia|PLACE]].}} That is all they can say. They cannot visit him.
[00:02:55] A: {{c6|So for eight months he was missing, from [[April until January|DATE:2022-04-01..2023-01-31]], nobody knew anything, not alive, not dead.}}
[00:03:08] Q: Did you see or hear anything about the fighting at [[Azovstal|PLACE]]?
[00:03:14] A: Only on the phone, on Telegram, when we were already in [[Zaporizhzhia|PLACE]]. {{c7|In [[May|DATE:2022-05-01..2022-05-31]] there were videos of the fire falling on [[Azovstal|PLACE]], white, like fireworks, they said it was [[phosphorus|WEAPON:INCENDIARY]], and the boys inside were burned.}} I do not know who filmed it. {{c10|My husband's friend [[Taras Hurov|PERSON]] was there, a marine. He is also a prisoner now, his mother told me.}}
[00:03:40] Q: Did you see [[incendiary weapons|WEAPON:INCENDIARY]] used near your home?
[00:03:43] A: No. Only the news about [[Azovstal|PLACE]]. Near us it was [[shells|WEAPON:ARTILLERY]] and [[bombs|WEAPON:AIRSTRIKE]], not fire from the sky.
[00:03:46] Q: Is there anything from the first interview that you want to correct?
[00:03:51] A: The date, I told you. And the number in the basement, I said fifty, it was less, maybe thirty-five. In the dark every number is bigger.
[00:04:05] Q: And your home in [[Mariupol|PLACE]]?
[00:04:09] A: {{c8|A neighbour who stayed sent me a video in [[the winter|DATE]]: they demolished our building, all of it, with an excavator. There is nothing now.}} They will build new houses for [[the Russians|ACTOR:Russian armed forces in Ukraine]] there, she says.
[00:04:28] Q: Would you go back?
[00:04:31] A: If [[Mariupol|PLACE]] is Ukrainian again, yes. Tomorrow. If not... [pause] no.
@@witness ua-mariupol-olha-s
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Morskyi boulevard" date=2022-03-13 basis=EXPERIENCED incident=ua-mariupol-20220312-morskyi-tank
@@claim c2 harm=KILLED min=1 max=1 named="Nadiya" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Morskyi boulevard" date=2022-03-13 basis=WITNESSED incident=ua-mariupol-20220312-morskyi-tank
@@claim c9 harm=INJURED min=1 max=1 named="Ivan Mykolaiovych" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Morskyi boulevard" date=2022-03-13 basis=WITNESSED incident=ua-mariupol-20220312-morskyi-tank
@@claim c3 harm=KILLED min=1 max=1 named="Pavlo" weapon=MORTAR site="Morskyi boulevard" date=2022-03-20..2022-03-21 basis=WITNESSED incident=ua-mariupol-20220320-morskyi-yard-fire
@@claim c4 harm=INJURED min=2 max=2 weapon=MORTAR site="Morskyi boulevard" date=2022-03-20..2022-03-21 basis=WITNESSED incident=ua-mariupol-20220320-morskyi-yard-fire
@@claim c5 harm=DETAINED min=1 max=1 named="Vadym" actor="Russian armed forces in Ukraine" site="Taganrog" basis=REPORTED incident=ua-mariupol-20220415-bezimenne-filtration-vadym
@@claim c6 harm=MISSING min=1 max=1 named="Vadym" date=2022-04-15..2023-01-31 basis=WITNESSED incident=ua-mariupol-20220415-bezimenne-filtration-vadym
@@claim c7 harm=INJURED min=null max=null weapon=INCENDIARY site="Azovstal" date=2022-05-01..2022-05-31 basis=REPORTED incident=ua-mariupol-20220500-azovstal-incendiary
@@claim c10 harm=DETAINED min=1 max=1 named="Taras Hurov" actor="Russian armed forces in Ukraine" site="Azovstal" basis=HEARSAY incident=ua-mariupol-20220500-azovstal-hurov-captivity
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="Morskyi boulevard" basis=HEARSAY incident=ua-mariupol-20220000-morskyi-building-demolished
