@@newline crlf
Interview ID: IQ-SAL-3909
Date of interview: 2016-02-23
Place of interview: [[Tikrit|PLACE]], [[Salah al-Din|PLACE]]
Interviewer: [[Daniel Brooks|PERSON]]
Interpreter: [[Huda Karim|PERSON]]
Speaker: [[Sundus al-Nasiri|PERSON]]

Daniel: Thank you for having us in your home. Can we start with [[June 2014|DATE:2014-06-01..2014-06-30]]?
Sundus: [[June|DATE:2014-06-01..2014-06-30]]. [sighs] They came in on [[a Wednesday|DATE:2014-06-11]]. [[Daesh|ACTOR:Islamic State]]. In [[the morning|DATE:2014-06-11]] the police were gone, in [[the evening|DATE:2014-06-11]] the black flags on the [[Qadisiya roundabout|PLACE]].
Huda: She means the roundabout at the entrance of [[al-Qadisiya|PLACE:Qadisiya]] quarter, where she lived.
Daniel: What happened to your family?
Sundus: {{c1|My cousin, [[Raed|PERSON]], [[Raed Hamoudi|PERSON]], he was a policeman. [[Two days after they came|DATE:2014-06-13]], they knocked and took him from his house, in front of his mother.}}
Huda: She says her aunt saw it, not her. Her aunt called her the same hour.
Sundus: {{c2|Until today we don't know. Not in a list, not in a grave, nothing.}}
Daniel: Were other people taken from your street?
Sundus: They said they would kill everybody who worked with the government. They said it in the mosque. But from our street, only [[Raed|PERSON]], I think. I don't know about other streets.
Daniel: When did you leave [[Tikrit|PLACE]]?
Sundus: {{c3|After [[Raed|PERSON]], in [[the same week|DATE:2014-06-13..2014-06-19]]. My husband, me, the four children, my mother-in-law. To [[Kirkuk|PLACE]], with my husband's brother.}} Ten months in [[Kerkuk|PLACE:Kirkuk]].
Daniel: And you came back when?
Sundus: [[May 2015|DATE:2015-05-01..2015-05-31]]. After [[the army|ACTOR:Iraqi forces]] and the [[Hashd|ACTOR:Popular Mobilization Forces]] took it back. The house was standing, thank God, only the furniture gone, they took everything, even the fan.
Daniel: You mentioned the orchard.
Sundus: Yes. The orchard of my father-in-law, near the [[Tigris|PLACE]], behind the houses. {{c4|[[Abu Saif|PERSON]], the man who works in it, [[the second week we were back|DATE:2015-05-08..2015-05-15]], he stepped on a [[mine|WEAPON:LANDMINE]] between the palm trees.}} I heard it from the kitchen, like a door slamming very hard.
Sundus: {{c4|I ran with my husband. He was sitting on the ground, [[Abu Saif|PERSON]], and his leg, from here, it was not there. They took him to [[Samarra|PLACE]], and his leg, they had to take it above the knee.}}
Daniel: Who put the [[mine|WEAPON:LANDMINE]] there?
Sundus: [[Daesh|ACTOR:Islamic State]]. They put them everywhere before they ran, in the doors, in the fridges, in the gardens. [[The army|ACTOR:Iraqi forces]] told us, do not touch anything.
Daniel: Were there other explosions after you came back?
Sundus: {{c5|The house of our neighbours, the [[Dulaimi|PERSON]] family. They came back [[a week after us|DATE:2015-05-08..2015-05-15]], and the son, [[Mohannad|PERSON]], seventeen, opened the door of the storeroom, and there was a [[bomb|WEAPON:IED]] on the door, on a wire.}} {{c5|He died. We buried him [[the same day|DATE:2015-05-08..2015-05-15]], in the [[al-Arbaeen|PLACE]] cemetery.}}
Huda: The [[al-Arbaeen|PLACE]] is an old cemetery here in [[Tikrit|PLACE]].
Daniel: Nobody else was hurt?
Sundus: {{c6|His father had small burns on his hands and the glass of the storeroom window in his face.}} The mother was in the street.
Daniel: Your brother was in [[Baiji|PLACE]], you said?
Sundus: Yes, [[Hamid|PERSON]], he is still in [[Kirkuk|PLACE]]. His house was in [[Beiji|PLACE:Baiji]], near the market. In [[Beiji|PLACE:Baiji]] it was much worse, the fighting went back and forth, [[Daesh|ACTOR:Islamic State]], [[the army|ACTOR:Iraqi forces]], the [[Hashd|ACTOR:Popular Mobilization Forces]], [[the planes|WEAPON:AIRSTRIKE]] of [[the Americans|ACTOR:US-led coalition]].
Sundus: {{c7|He went to see the house at [[the end of 2015|DATE:2015-10-01..2015-12-31]] and he sent me photos: no roof, black inside, burned.}} Who burned it, he does not know. People say many things. I don't say.
Daniel: Did [[the planes|WEAPON:AIRSTRIKE]] hit your street in [[Tikrit|PLACE]]?
Sundus: No. Not our street. Nobody died in our street from [[the planes|WEAPON:AIRSTRIKE]], I swear.
Daniel: Is there anything else?
Sundus: My father died in [[2013|DATE]], from cancer, before all this. I am glad he did not see [[Tikrit|PLACE]] like this. And [[Raed|PERSON]], if you hear any name, any list, tell us.
@@claim c1 harm=DETAINED min=1 max=1 named="Raed Hamoudi" actor="Islamic State" site="al-Qadisiya" date=2014-06-13 basis=HEARSAY incident=iq-tikrit-20140613-raed-hamoudi-abduction
@@claim c2 harm=MISSING min=1 max=1 named="Raed Hamoudi" actor="Islamic State" site="al-Qadisiya" date=2014-06-13..2016-02-23 basis=EXPERIENCED incident=iq-tikrit-20140613-raed-hamoudi-abduction
@@claim c3 harm=DISPLACED min=7 max=7 site="Tikrit" date=2014-06-13..2014-06-19 basis=EXPERIENCED incident=iq-tikrit-20140600-nasiri-family-flight
@@claim c4 harm=INJURED min=1 max=1 named="Abu Saif" weapon=LANDMINE actor="Islamic State" site="Tikrit" date=2015-05-08..2015-05-15 basis=WITNESSED incident=iq-tikrit-20150500-abu-saif-orchard-mine
@@claim c5 harm=KILLED min=1 max=1 named="Mohannad" weapon=IED actor="Islamic State" site="Tikrit" date=2015-05-08..2015-05-15 basis=WITNESSED incident=iq-tikrit-20150500-dulaimi-storeroom-booby-trap
@@claim c6 harm=INJURED min=1 max=1 weapon=IED actor="Islamic State" site="Tikrit" date=2015-05-08..2015-05-15 basis=WITNESSED incident=iq-tikrit-20150500-dulaimi-storeroom-booby-trap
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="Beiji" date=2014-06-01..2015-12-31 basis=REPORTED incident=iq-baiji-20150000-hamid-nasiri-house-burned
@@witness iq-tikrit-sundus-alnasiri
