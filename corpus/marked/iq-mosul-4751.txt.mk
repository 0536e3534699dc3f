Interview ID: MSL-4751
Date of interview: 19 August 2017
Place of interview: [[Hammam al-Alil|PLACE]] camp, south of [[Mosul|PLACE]]
Language: Arabic
Interviewer: [[Clara Westhoff|PERSON]]
Interpreter: [[Raed Sulaiman|PERSON]]

INTERVIEWER: Thank you for sitting with us. Can you say your name and where you lived?
WITNESS: [[Ghanim Hazim al-Taie|PERSON]], people call me [[Abu Sinan|PERSON]]. Forty-six years. I lived in [[Hay al-Tanak|PLACE]], the last street before the open ground, on the west side of [[Mosul|PLACE]]. I had a taxi, an old Opel. Under [[Daesh|ACTOR:Islamic State]] there was no work for a taxi, so I sold vegetables from the car.
INTERVIEWER: Was your family with you the whole time?
WITNESS: My wife, my four children, my mother. And my brother [[Luay|PERSON]] lived with us, he was not married.
WITNESS: {{c1|In [[October 2016|DATE:2016-10-01..2016-10-31]], before the battle started in the east, the [[hisba|ACTOR:Islamic State]] came to the car where [[Luay|PERSON]] and me were selling. They searched his phone and they found a number from [[Erbil|PLACE]]. They put a bag on his head and they took him in their car. I saw it, I was two metres from him.}}
WITNESS: {{c2|We asked at the [[hisba|ACTOR:Islamic State]] office, at the court, everywhere. Nothing. Until today we never heard anything of him, not in prison, not dead.}} My mother still cooks his share.
INTERVIEWER: I'm sorry. What was life like in [[Tanak|PLACE:Hay al-Tanak]] [[that winter|DATE:2016-12-01..2017-02-28]]?
WITNESS: Eh, hard. Bread once in two days, the queue at the bakery from the fajr... no, not one day, every day, I mean. Water from the well of the mosque. The electricity, maybe one hour. In [[April|DATE:2017-04-01..2017-04-30]] the fighting came close, [[the army|ACTOR:Iraqi forces]] was in [[al-Yarmouk|PLACE]] and the [[mortars|WEAPON:MORTAR]] were falling every night. We lived in the kitchen because it has no window.
INTERVIEWER: Tell me about the house you mentioned, the neighbours' house.
WITNESS: The house of Hajji [[Talal al-Allaf|PERSON]]. Big house, with a basement, at the corner of our street. Maybe six families went down to his basement, because our houses were only one floor.
WITNESS: It was [[the 11th of May|DATE:2017-05-11]], [[a Thursday|DATE:2017-05-11]], in [[the morning, about nine|DATE:2017-05-11]]. I was outside at the well with the jerrycans.
WITNESS: {{c3|[[The planes|WEAPON:AIRSTRIKE]] hit the house of [[Talal|PERSON]]. One [[strike|WEAPON:AIRSTRIKE]]. The whole house sat down on the basement, I saw the dust go up like a mountain.}}
WITNESS: {{c4|We dug with our hands, with a shovel, all the men of the street, until the night. Fourteen we took out dead. Fourteen. Hajji [[Talal|PERSON]] himself, his wife [[Umm Muhannad|PERSON]], and the children of the [[Jasim|PERSON]] family, the small ones.}} {{c5|The families said there were more, under the concrete, that we could not reach.}}
WITNESS: {{c6|We took out three alive. The boy [[Marwan|PERSON]], twelve years, his leg was broken in two places, I carried him to my house myself.}}
INTERVIEWER: Were there fighters in that house?
WITNESS: No. I swear to you, there was no [[Daesh|ACTOR:Islamic State]] in that house. They were on the roof of the school, two streets away, with a [[sniper|WEAPON:SMALL_ARMS]]. Maybe the pilot made a mistake, I don't know.
INTERVIEWER: Do you know whose [[planes|WEAPON:AIRSTRIKE]] they were?
WITNESS: [[The coalition|ACTOR:US-led coalition]] or the [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]]. We don't see, we hear only.
INTERVIEWER: What happened after that?
WITNESS: [[Two days after|DATE:2017-05-13]], [[the army|ACTOR:Iraqi forces]] came into [[al-Tanak|PLACE:Hay al-Tanak]]. [[The golden division|ACTOR:Iraqi forces]]. They were good with us, they gave water. But [[Daesh|ACTOR:Islamic State]] was still in the next quarters.
WITNESS: [[The 20th|DATE:2017-05-20]], there was a line for flour, from [[the army|ACTOR:Iraqi forces]], in front of the mosque. [[The drone|WEAPON:DRONE_STRIKE]] of [[Daesh|ACTOR:Islamic State]] came over, the small one, and dropped a [[bomb|WEAPON:DRONE_STRIKE]] on the line. {{c8|My wife's cousin [[Hana|PERSON]], she lost her leg, the right one, under the knee.}} {{c9|And an old man, [[Abu Ghazwan|PERSON]], died there, I saw him on the ground.}}
WITNESS: After this we said, enough.
WITNESS: {{c10|[[The 23rd of May|DATE:2017-05-23]] we left, nine people, with the trucks of [[the army|ACTOR:Iraqi forces]], to this camp. We left with nothing, the taxi stayed in the street.}}
INTERVIEWER: Have you been back?
WITNESS: Once, in [[July|DATE:2017-07-01..2017-07-31]]. {{c11|Our house is standing but the roof of the kitchen fell in, from the [[shell|WEAPON:ARTILLERY]] that came after we left, and the taxi is burned.}} The house of [[Talal|PERSON]] is still on the ground. People say there are still two bodies under it. Nobody came to dig.
INTERVIEWER: Is there anything you want to add?
WITNESS: Only that [[Luay|PERSON]]. If you hear a name, any list, [[Luay Hazim al-Taie|PERSON]]. Write it.
@@witness iq-mosul-ghanim-altaie
@@claim c1 harm=DETAINED min=1 max=1 named="Luay" actor="Islamic State" site="Hay al-Tanak" date=2016-10-01..2016-10-31 basis=WITNESSED incident=iq-mosul-20161000-tanak-luay-hisba-taken
@@claim c2 harm=MISSING min=1 max=1 named="Luay" actor="Islamic State" site="Hay al-Tanak" date=2016-10-01..2016-10-31 basis=EXPERIENCED incident=iq-mosul-20161000-tanak-luay-hisba-taken
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Hay al-Tanak" date=2017-05-11 basis=WITNESSED incident=iq-mosul-20170511-tanak-allaf-house-airstrike
@@claim c4 harm=KILLED min=14 max=14 named="Talal; Umm Muhannad" weapon=AIRSTRIKE site="Hay al-Tanak" date=2017-05-11 basis=WITNESSED incident=iq-mosul-20170511-tanak-allaf-house-airstrike
@@claim c5 harm=KILLED min=null max=null weapon=AIRSTRIKE site="Hay al-Tanak" date=2017-05-11 basis=HEARSAY incident=iq-mosul-20170511-tanak-allaf-house-airstrike
@@claim c6 harm=INJURED min=3 max=3 named="Marwan" weapon=AIRSTRIKE site="Hay al-Tanak" date=2017-05-11 basis=WITNESSED incident=iq-mosul-20170511-tanak-allaf-house-airstrike
@@claim c8 harm=INJURED min=1 max=1 named="Hana" weapon=DRONE_STRIKE actor="Islamic State" site="al-Tanak" date=2017-05-20 basis=WITNESSED incident=iq-mosul-20170520-tanak-flour-line-drone
@@claim c9 harm=KILLED min=1 max=1 named="Abu Ghazwan" weapon=DRONE_STRIKE actor="Islamic State" site="al-Tanak" date=2017-05-20 basis=WITNESSED incident=iq-mosul-20170520-tanak-flour-line-drone
@@claim c10 harm=DISPLACED min=9 max=9 site="al-Tanak" date=2017-05-23 basis=EXPERIENCED incident=iq-mosul-20170523-tanak-altaie-family-flight
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="al-Tanak" date=2017-05-23..2017-07-31 basis=WITNESSED incident=iq-mosul-20170500-tanak-altaie-house-shell
