id: HWJ-124
interview_date: 2016-11-03
place: Debaga camp, Erbil governorate, Iraq
language: Arabic

INT: Please tell me your name and where you are from.
RESP: [[Khalaf Hussein al-Obeidi|PERSON]], [[Abu Tahseen|PERSON]]. From [[al-Hawija|PLACE:Hawija]], in [[Kirkuk|PLACE]] governorate. I was a farmer, wheat and some sheep.
INT: How was life in [[Hawija|PLACE]] [[this year|DATE:2016-01-01..2016-11-03]]?
RESP: Very bad. No work, no salaries, and [[Daesh|ACTOR:Islamic State]] took everything, the wheat, the money, the young men. And [[the planes|WEAPON:AIRSTRIKE]] came often, the [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]] and [[the coalition|ACTOR:US-led coalition]], on the offices of [[Daesh|ACTOR:Islamic State]] but also near the houses.
INT: Did anything happen near you?
RESP: {{c1|In [[the spring|DATE:2016-03-01..2016-05-31]], a [[drone|WEAPON:DRONE_STRIKE]] hit a car of [[Daesh|ACTOR:Islamic State]] in front of the bakery in [[al-Riyadh street|PLACE]]. The boy of the baker, [[Amjad|PERSON]], was injured in the leg.}} {{c7|The men in the car, they died, but they were [[Daesh|ACTOR:Islamic State]], I don't know their names.}}
INT: Why did you decide to leave?
RESP: Because [[Daesh|ACTOR:Islamic State]] wanted my son [[Tahseen|PERSON]], sixteen, for their training. And because they killed people who wanted to leave. {{c2|In [[the summer|DATE:2016-06-01..2016-08-31]] they announced on their radio that they executed twelve men from [[Hawija|PLACE]] for trying to escape to the [[Peshmerga|ACTOR:Peshmerga]].}}
INT: How did you leave?
RESP: With a smuggler, [[Abu Jadaan|PERSON]]. [[The first night of Eid al-Adha|DATE:2016-09-11..2016-09-12]], because [[Daesh|ACTOR:Islamic State]] were busy with the Eid. {{c8|We were thirty-two people, four families. We walked at [[night|DATE:2016-09-11..2016-09-12]], into the [[Hamrin|PLACE]] mountains, eight hours.}}
INT: What happened on the way?
RESP: {{c3|Near the end, the woman in front of me, [[Umm Hazem|PERSON]], stepped on something. A [[roadside bomb|WEAPON:IED]], or a [[mine|WEAPON:LANDMINE]], I don't know, in the path. She died, and her son [[Hazem|PERSON]] with her.}} {{c4|Three others were wounded, one of them my daughter [[Ghofran|PERSON]], in the face and the hand.}}
INT: I am sorry. Is your daughter here with you?
RESP: Yes. She lost two fingers. She is alive, thank God. [pause] [[After the explosion|DATE:2016-09-11..2016-09-12]] [[Daesh|ACTOR:Islamic State]] heard us and they fired from the hill, [[machine gun|WEAPON:SMALL_ARMS]]. Nobody was hit by the [[gunfire|WEAPON:SMALL_ARMS]], God protected us, we ran down to the valley.
INT: Where did you arrive?
RESP: At [[Maktab Khalid|PLACE]], at the line of the [[Peshmerga|ACTOR:Peshmerga]]. An officer, Kak [[Rebwar|PERSON]], took [[Ghofran|PERSON]] to the hospital in [[Kirkuk|PLACE]] in his car. {{c5|The men they kept two days for the security check, in a school, me and [[Tahseen|PERSON]] also.}} Then they brought us here to [[Debaga|PLACE]].
INT: Is there family still in [[Hawija|PLACE]]?
RESP: {{c6|My brother [[Nawaf|PERSON]]. He tried to come out with another smuggler [[one month after us|DATE:2016-10-01..2016-10-31]]. Since then, nothing.}} Nobody knows if [[Daesh|ACTOR:Islamic State]] took him or he is on the mountain. We ask every new family that arrives.
INT: Did people in [[Hawija|PLACE]] also suffer from the [[shelling|WEAPON:ARTILLERY]]?
RESP: Sometimes from [[the army|ACTOR:Iraqi forces]] side, from far, the [[artillery|WEAPON:ARTILLERY]] near [[al-Fatha|PLACE]]. Not like the [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] in [[Mosul|PLACE]] now. But I heard on the radio that when the big attack comes, they will use everything. If they come with everything, the people inside will die with [[Daesh|ACTOR:Islamic State]]. This is my fear for [[Nawaf|PERSON]].
@@claim c1 harm=INJURED min=1 max=1 named="Amjad" weapon=DRONE_STRIKE site="al-Riyadh street" date=2016-03-01..2016-05-31 basis=WITNESSED incident=iq-hawija-20160000-riyadh-bakery-drone
@@claim c2 harm=KILLED min=12 max=12 actor="Islamic State" site="Hawija" date=2016-06-01..2016-08-31 basis=REPORTED incident=iq-hawija-20160000-twelve-men-executed
@@claim c3 harm=KILLED min=2 max=2 named="Umm Hazem; Hazem" site="Hamrin" date=2016-09-11..2016-09-12 basis=WITNESSED incident=iq-hawija-20160911-hamrin-escape-path-blast
@@claim c4 harm=INJURED min=3 max=3 named="Ghofran" site="Hamrin" date=2016-09-11..2016-09-12 basis=WITNESSED incident=iq-hawija-20160911-hamrin-escape-path-blast
@@claim c5 harm=DETAINED min=2 max=null named="Tahseen" actor="Peshmerga" site="Maktab Khalid" date=2016-09-12..2016-09-14 basis=EXPERIENCED incident=iq-maktabkhalid-20160912-screening
@@claim c6 harm=MISSING min=1 max=1 named="Nawaf" site="Hawija" date=2016-10-01..2016-10-31 basis=HEARSAY incident=iq-hawija-20161000-nawaf-missing
@@claim c7 harm=KILLED min=null max=null weapon=DRONE_STRIKE site="al-Riyadh street" date=2016-03-01..2016-05-31 basis=WITNESSED incident=iq-hawija-20160000-riyadh-bakery-drone
@@claim c8 harm=DISPLACED min=32 max=32 site="Hawija" date=2016-09-11..2016-09-12 basis=EXPERIENCED incident=iq-hawija-20160911-smuggler-flight
@@witness iq-hawija-khalaf-obeidi
