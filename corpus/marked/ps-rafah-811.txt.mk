Interview ID: PS-RAF-811
Date of interview: 4 March 2024
Place of interview: [[al-Mawasi|PLACE]], [[Khan Younis|PLACE]], in a tent
Language: Arabic
Interviewer: [[Leila Haddad|PERSON]]
Interpreter: [[Basel Shurrab|PERSON]]

INTERVIEWER: Can you tell us your name and where you were living in [[Rafah|PLACE]]?
WITNESS: I am [[Umm Yousef|PERSON]]. [[Ibtisam|PERSON]]. We came from [[Gaza City|PLACE]], from [[al-Rimal|PLACE]], in [[November|DATE:2023-11-01..2023-11-30]], and we were staying in [[Tal al-Sultan|PLACE]], in the house of my husband's cousins, the [[Abu Lebda|PERSON]] family, on the ground floor.
INTERPRETER: She says the house was near the [[al-Huda mosque|PLACE]], the west side of [[Tal as-Sultan|PLACE:Tal al-Sultan]].
INTERVIEWER: What happened to the house?
WITNESS: It was [[Thursday|DATE:2024-02-22]], [[the night of the Thursday|DATE:2024-02-22]], around [[eleven|DATE:2024-02-22]]. There was no nour, no electricity, for months, so we were in the dark. The children were sleeping. My daughter [[Nour|PERSON]] was awake with me, she is nine, she was afraid of the sound of [[the zanana|WEAPON:DRONE_STRIKE]] all evening.
WITNESS: Then [[the plane|WEAPON:AIRSTRIKE]] hit. Two [[missiles|WEAPON:MISSILE]], I think, because there were two sounds, one after the other. The upper floors came down on the stairs.
INTERVIEWER: Was there any warning from [[the Israeli army|ACTOR:Israeli forces]], a call, a leaflet?
WITNESS: Nothing. No call. [[The occupation|ACTOR:Israeli forces]] calls sometimes, [[that night|DATE]] no.
INTERVIEWER: Were you hurt?
WITNESS: {{c1|The ceiling fell on the corner where I was, my leg was broken, and [[Nour|PERSON]] had cuts on her face.}} We were on the ground floor, so God saved us. [crying]
INTERPRETER: She needs a moment.
WITNESS: {{c2|Upstairs was [[Abu Lebda|PERSON]], Hajj [[Salem|PERSON]], with his sons and their wives and children. Fourteen of them died. Fourteen, I know the names.}} {{c2|[[Salem Abu Lebda|PERSON]], he was sixty-eight. His son [[Mahmoud|PERSON]], and [[Mahmoud|PERSON]]'s wife [[Amal|PERSON]], and their three children, [[Karim|PERSON]], [[Jana|PERSON]] and the small one [[Salam|PERSON]], who was two.}} The rest, the men dug for two days.
INTERVIEWER: Did anyone survive from the upper floors?
WITNESS: {{c3|One girl, [[Rahaf|PERSON]], twelve, they pulled her out in [[the morning|DATE]] with her arm crushed.}} She is in the [[Kuwaiti hospital|PLACE]] now, or she was, I don't know.
INTERVIEWER: Were there fighters in the house, or near it?
WITNESS: No. I swear. Hajj [[Salem|PERSON]] was a teacher, retired. There was nobody of [[Hamas|ACTOR:Hamas]] or anything in that house. Only families, maybe forty people in the building with the displaced.
INTERVIEWER: Was anything else hit [[that night|DATE]]?
WITNESS: {{c4,c6|[[The same night|DATE]] they hit also in [[Shaboura|PLACE]], near the [[al-Awda|PLACE]] square, a house of the [[Zu'rub|PERSON]], no, of the [[Barbakh|PERSON]] family, my cousin told me, and people died there also, I don't know how many.}} We heard it, but from far.
INTERVIEWER: And [[after that night|DATE:2024-02-23]], where did you go?
WITNESS: {{c5|After the hospital we came here to [[al-Mawasi|PLACE]], me and my four children, in a tent of nylon.}} My husband [[Abu Yousef|PERSON]] stayed in [[Rafah|PLACE]] to be near the graves.
INTERVIEWER: Is there something you want people to know?
WITNESS: We have no amal, no hope, only God. Write the names. [[Karim|PERSON]] was four. Allah karim, they say. Write the names.
@@witness ps-rafah-umm-yousef-ibtisam
@@claim c1 harm=INJURED min=2 max=2 named="Umm Yousef; Ibtisam; Nour" weapon=AIRSTRIKE actor="Israeli forces" site="Tal al-Sultan" date=2024-02-22 basis=EXPERIENCED incident=ps-rafah-20240222-tal-al-sultan-abu-lebda-house
@@claim c2 harm=KILLED min=14 max=14 named="Abu Lebda; Salem; Salem Abu Lebda; Mahmoud; Amal; Karim; Jana; Salam" weapon=AIRSTRIKE actor="Israeli forces" site="Tal al-Sultan" date=2024-02-22 basis=WITNESSED incident=ps-rafah-20240222-tal-al-sultan-abu-lebda-house
@@claim c3 harm=INJURED min=1 max=1 named="Rahaf" weapon=AIRSTRIKE actor="Israeli forces" site="Tal al-Sultan" date=2024-02-23 basis=WITNESSED incident=ps-rafah-20240222-tal-al-sultan-abu-lebda-house
@@claim c4 harm=KILLED min=null max=null site="Shaboura" date=2024-02-22 basis=HEARSAY incident=ps-rafah-20240222-shaboura-barbakh-house
@@claim c5 harm=DISPLACED min=5 max=5 named="Umm Yousef; Ibtisam" site="Tal al-Sultan" date=2024-02-23..2024-03-04 basis=EXPERIENCED incident=ps-rafah-20240223-umm-yousef-displaced
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="Shaboura" date=2024-02-22 basis=HEARSAY incident=ps-rafah-20240222-shaboura-barbakh-house
