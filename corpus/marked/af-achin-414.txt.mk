@@newline crlf
Interview ID: AF-NGR-414
Date of interview: 11 March 2019
Place of interview: [[Jalalabad|PLACE]], [[Nangarhar|PLACE]]
Language: Pashto, interpreted into English
Interviewer: [[Amina Yusufzai|PERSON]]
Interpreter: [[Khalid Shinwari|PERSON]]

INTERVIEWER: You are from [[Achin|PLACE]]?
WITNESS: From [[Pikha|PLACE:Pekha]], in [[Acheen|PLACE:Achin]]. I had a shop on the main road, sugar, tea, cigarettes, everything.
INTERVIEWER: I want to ask about the pickup that was hit during [[Ramadan last year|DATE:2018-05-16..2018-06-14]]. Were you there?
WITNESS: Yes, I was at my shop. It was in [[the first week of Ramadan|DATE:2018-05-16..2018-05-22]], maybe [[the Thursday|DATE:2018-05-17]]. [[Before iftar|DATE:2018-05-17]], [[the afternoon|DATE]]. [[The drones|WEAPON:DRONE_STRIKE]] were there all day, two, we heard them from [[the morning|DATE]].
INTERVIEWER: What did you see?
WITNESS: The pickup of [[Jan Agha|PERSON]] stopped at my shop. Two men were standing at the road, strangers, with long hair, and they asked him to take them up the valley. He could not say no to them, you understand.
INTERPRETER: He means they were [[Daesh|ACTOR:Islamic State]] men, and one does not refuse them.
WITNESS: {{c1|The pickup went maybe two hundred metres and then two [[missiles|WEAPON:MISSILE]] from [[the drone|WEAPON:DRONE_STRIKE]], one after the other, and seven people died, all of them, five from our village and the two strangers.}}
INTERVIEWER: Do you know the names of the five?
WITNESS: {{c2|[[Jan Agha|PERSON]], who had the pickup, and [[Hazrat Gul|PERSON]], the son of our neighbour, he was going to marry, and [[Sadiq|PERSON]], and two boys from the lower village, I knew their faces only.}}
INTERVIEWER: Another person told us five people died and that there were no fighters in the pickup.
WITNESS: I tell you what I saw. There were two strangers. But the five from our village were farmers, nothing else. For two [[Daesh|ACTOR:Islamic State]] men, they killed five farmers. Is it right?
INTERVIEWER: Did anything else happen in [[Pekha|PLACE]] after that?
WITNESS: Yes. Again [[the drone|WEAPON:DRONE_STRIKE]]. In [[the autumn|DATE:2018-09-23..2018-12-21]], [[the month of Mizan|DATE:2018-09-23..2018-10-22]], at [[night|DATE]]. {{c3,c7,c8|It hit the house of [[Sayed Rasul|PERSON]], near the mosque, and his wife and his daughter were killed, and he was wounded.}} This I did not see, I was in [[Jalalabad|PLACE]] for goods; my son [[Zabiullah|PERSON]] told me on the phone.
INTERPRETER: Mizan is the seventh month, from September to October.
INTERVIEWER: Is that why you left [[Achin|PLACE]]?
WITNESS: {{c4|After that, yes, I closed the shop and we came to [[Jalalabad|PLACE]], my wife, my mother, my five children.}} But [[Jalalabad|PLACE]] is also not safe.
INTERVIEWER: What do you mean?
WITNESS: {{c5|In [[February|DATE:2019-02-01..2019-02-28]], [[three weeks ago|DATE:2019-02-11..2019-02-25]], maybe four, a [[motorcycle bomb|WEAPON:IED]] exploded near [[Pashtunistan Watt|PLACE]], the big square, and my cousin [[Farid Ahmad|PERSON]] was wounded, in the back and the neck, he was buying medicine for his mother.}} {{c6|After the [[bombing|WEAPON:IED]], the television said four were killed.}}
INTERVIEWER: Do you know who was responsible?
WITNESS: [[Daesh|ACTOR:Islamic State]] said it was them, on their internet. Or the [[Taliban|ACTOR:Taliban]], I don't know, everybody says different things. The [[Taliban|ACTOR:Taliban]] said it was not them.
INTERVIEWER: Anything else?
WITNESS: If the two strangers had not asked for the lift, I think [[Jan Agha|PERSON]] would be alive. Maybe. Only God knows.
@@witness af-achin-w414
@@claim c1 harm=KILLED min=7 max=7 weapon=DRONE_STRIKE site="Pikha" date=2018-05-16..2018-05-22 basis=WITNESSED incident=af-achin-20180517-pekha-pickup
@@claim c2 harm=KILLED min=5 max=5 named="Jan Agha; Hazrat Gul; Sadiq" weapon=DRONE_STRIKE site="Pikha" date=2018-05-16..2018-05-22 basis=WITNESSED incident=af-achin-20180517-pekha-pickup
@@claim c3 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE site="Pekha" date=2018-09-23..2018-10-22 basis=HEARSAY incident=af-achin-20180000-pekha-house
@@claim c4 harm=DISPLACED min=8 max=8 site="Achin" date=2018-09-23..2019-03-11 basis=EXPERIENCED incident=af-achin-20180000-pekha-house
@@claim c5 harm=INJURED min=1 max=1 named="Farid Ahmad" weapon=IED site="Pashtunistan Watt" date=2019-02-01..2019-02-28 basis=HEARSAY incident=af-jalalabad-20190200-square-motorcycle-bomb
@@claim c6 harm=KILLED min=4 max=4 weapon=IED site="Pashtunistan Watt" date=2019-02-01..2019-02-28 basis=REPORTED incident=af-jalalabad-20190200-square-motorcycle-bomb
@@claim c7 harm=INJURED min=1 max=1 named="Sayed Rasul" weapon=DRONE_STRIKE site="Pekha" date=2018-09-23..2018-10-22 basis=HEARSAY incident=af-achin-20180000-pekha-house
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Pekha" date=2018-09-23..2018-10-22 basis=HEARSAY incident=af-achin-20180000-pekha-house
