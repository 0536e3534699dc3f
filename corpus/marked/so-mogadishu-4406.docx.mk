WITNESS INTERVIEW
Interview ID: SO-MGQ-4406
Date of interview: 2 November 2021
Place of interview: [[Mogadishu|PLACE]], [[Hodan|PLACE]] district, a private house
Language: Somali, interpreted into English
Interviewer: [[Clara Bettencourt|PERSON]]
Interpreter: [[Abshir Yuusuf Rooble|PERSON]]
Q: Please tell me your name and your work.
A: [[Hawo Cabdiraxmaan Cismaan|PERSON]]. I sell tea and sambuusa at [[Zoobe junction|PLACE]], under the big tree, since fifteen years. People there call me [[Hawo Shaah|PERSON]], Hawo of the tea.
Q: You were there in [[August|DATE:2021-08-01..2021-08-31]]?
A: Yes, [[the 17th|DATE:2021-08-17]], [[a Tuesday|DATE:2021-08-17]]. In [[the morning|DATE:2021-08-17]], [[around eight|DATE:2021-08-17]], the time the offices open and the traffic is very bad at [[Zobe|PLACE:Zoobe junction]].
A: The police pickup was coming from [[Maka al-Mukarama road|PLACE]], slowly, because of the traffic. {{c1|And the [[roadside bomb|WEAPON:IED]], it was on the side, in a cart for rubbish, near the minibus stop. It exploded when the pickup passed.}}
Q: Where were you exactly?
A: Twenty metres, maybe thirty. Behind my kettle. {{c2|Something hit me in the face and in the shoulder, I fell with the kettle on me, the hot tea burned my leg also.}} I still have the marks.
Q: What did you see then?
A: {{c3|When I lifted my head I saw the pickup on its side, burning. The policemen, two of them were on the ground, not moving. And the people at the minibus stop, I saw three, four lying there, one was a girl with a school bag.}}
A: {{c3|Five dead I saw with my eyes, five, with the policemen.}} How many died after in the hospital, I don't know.
Q: Did you know any of them?
A: {{c3|The boy [[Yaasiin|PERSON]], he sold phone cards next to me, he was maybe seventeen. He died there. His mother came running from [[Karaan|PLACE:Karan]] with no shoes.}}
Q: Were there others wounded?
A: {{c4|Many. Ten at least, people from the minibus, a man who sells shoes, the driver of a bajaj.}} The Aamin ambulances came very fast, thanks to God, they took everybody to [[Madina hospital|PLACE]] and to [[Erdogan hospital|PLACE]].
Q: Who put the [[bomb|WEAPON:IED]], in your opinion?
A: The [[Shabaab|ACTOR:al-Shabaab]]. Who else puts [[bombs|WEAPON:IED]] for the police. [[That night|DATE:2021-08-17]] on their radio they said it was them, my son heard it.
[Interpreter: she means Radio Andalus, the [[al-Shabaab|ACTOR:al-Shabaab]] station.]
Q: People told us that a second [[bomb|WEAPON:IED]] went off at the mosque near the junction [[that morning|DATE:2021-08-17]]. Is that right?
A: No. That is not true. People were shouting it in the crowd, another one, another one, everybody ran. But there was no second [[bomb|WEAPON:IED]]. The mosque has not one scratch, I pray there every day.
Q: What happened to your stall?
A: {{c5|Nothing left. The table, the kettles, the stools, the tree even lost its branches on that side.}} I started again with one thermos [[after three weeks|DATE:2021-09-07]]. The neighbours gave money.
Q: Did anything happen to your family after that?
A: My nephew, [[Xirsi|PERSON]]. I was not there when this happened, I was in the hospital with my face. My sister told me. {{c6|[[Four days after the bomb|DATE:2021-08-21]] the [[NISA|ACTOR:Somali forces]] came to [[Hodan|PLACE]] at [[night|DATE:2021-08-21]] and took [[Xirsi|PERSON]] and his friend [[Idiris|PERSON]] from the shop where they sleep.}} They said the boys watched the road for the [[Shabaab|ACTOR:al-Shabaab]]. The boys fix phones, that is all.
Q: Are they still held?
A: {{c7|[[Idiris|PERSON]] came out [[after one month|DATE]]. [[Xirsi|PERSON]] is still inside, they say in [[Godka Jilacow|PLACE]], but nobody is allowed to see him.}}
Q: You also have a daughter called [[Hodan|PERSON]]?
A: Yes, [[Hodan|PERSON]], like our district. [laughs] She is twelve. She was at school [[that day|DATE:2021-08-17]], thanks to God, she was not with me.
Q: Have there been other attacks near you?
A: In [[Karaan|PLACE:Karan]], where my sister lives, the [[mortars|WEAPON:MORTAR]] come at night sometimes, aimed at the police station, but they fall on the houses. {{c8|My sister says in [[Ramadan|DATE:2021-04-13..2021-05-12]] one fell in her neighbour's yard and broke the wall and the water tank.}} Nobody was hurt that time, she says. I did not see it, I only tell you.
@@witness so-mogadishu-hawo-cismaan
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor=al-Shabaab site="Zoobe junction" date=2021-08-17 basis=WITNESSED incident=so-mogadishu-20210817-zoobe-junction-roadside-bomb
@@claim c2 harm=INJURED min=1 max=1 named="Hawo Cabdiraxmaan Cismaan" weapon=IED actor=al-Shabaab site="Zoobe junction" date=2021-08-17 basis=EXPERIENCED incident=so-mogadishu-20210817-zoobe-junction-roadside-bomb
@@claim c3 harm=KILLED min=5 max=5 named="Yaasiin" weapon=IED actor=al-Shabaab site="Zoobe junction" date=2021-08-17 basis=WITNESSED incident=so-mogadishu-20210817-zoobe-junction-roadside-bomb
@@claim c4 harm=INJURED min=10 max=null weapon=IED actor=al-Shabaab site="Zoobe junction" date=2021-08-17 basis=WITNESSED incident=so-mogadishu-20210817-zoobe-junction-roadside-bomb
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor=al-Shabaab site="Zoobe junction" date=2021-08-17 basis=EXPERIENCED incident=so-mogadishu-20210817-zoobe-junction-roadside-bomb
@@claim c6 harm=DETAINED min=2 max=2 named="Xirsi; Idiris" actor="Somali forces" site="Hodan" date=2021-08-21 basis=HEARSAY incident=so-mogadishu-20210821-hodan-xirsi-idiris-arrest
@@claim c7 harm=DETAINED min=1 max=1 named="Xirsi" actor="Somali forces" site="Godka Jilacow" date=2021-08-21 basis=HEARSAY incident=so-mogadishu-20210821-hodan-xirsi-idiris-arrest
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Karaan" date=2021-04-13..2021-05-12 basis=HEARSAY incident=so-mogadishu-20210400-karan-neighbour-yard-mortar
