Interview ID: IQ-MSL-621
Date of interview: 10 December 2016
Place of interview: [[Hasansham|PLACE]] camp, [[Nineveh|PLACE]] plains
Language: Arabic, Maslawi dialect
Interviewer: [[Fiona MacLeod|PERSON]]
Interpreter: [[Dhuha Saeed|PERSON]]

INTERVIEWER: Thank you for agreeing to talk. What is your name?
WITNESS: [[Wijdan Sabri|PERSON]]. I am forty. From [[al-Zuhur|PLACE]], in the left side of [[Mosul|PLACE]], near the [[al-Zuhur mosque|PLACE]]... no, near the school, the mosque is further.
INTERPRETER: The left side means the east bank of the [[Tigris|PLACE]].
INTERVIEWER: When did the fighting reach [[al-Zuhur|PLACE]]?
WITNESS: In [[November|DATE:2016-11-01..2016-11-30]]. [[The golden division|ACTOR:Iraqi forces]] came from [[Gogjali|PLACE]] side, from the east. Before them, for one week, [[Daesh|ACTOR:Islamic State]] was in every street, they dug holes in the walls between the houses, they put cars with [[explosives|WEAPON:IED]] in the garages.
INTERVIEWER: Was your house used by fighters?
WITNESS: No. There was no [[Daesh|ACTOR:Islamic State]] in our house, never, my husband stood at the door and said no. They used the empty house at the corner, the house of a police officer who ran away in [[2014|DATE:2014-01-01..2014-12-31]].
INTERVIEWER: What happened when [[the army|ACTOR:Iraqi forces]] entered your street?
WITNESS: [[The army|ACTOR:Iraqi forces]] came on [[a Thursday|DATE:2016-11-17]], I think [[the middle of the month|DATE:2016-11-10..2016-11-20]]. [[Daesh|ACTOR:Islamic State]] went back two streets and from there they fired the [[mortar rounds|WEAPON:MORTAR]] on us, because now we were with [[the army|ACTOR:Iraqi forces]], you understand, for them we became the enemy. {{c1|[[The next day|DATE:2016-11-18]] a [[mortar|WEAPON:MORTAR]] fell in the yard of our neighbour, [[Abu Shaker|PERSON]]. His son [[Shaker|PERSON]], seventeen, was killed.}} {{c2|His wife was hurt in the leg.}} I heard it and I went over the wall. [crying]
INTERVIEWER: We can take a break.
WITNESS: No, go on. [pause] There was also a [[sniper|WEAPON:SMALL_ARMS]] of [[Daesh|ACTOR:Islamic State]] on the water tank, on the high building. {{c3|My brother-in-law [[Thaer|PERSON]]... no, my brother-in-law [[Muhannad|PERSON]], I mix the names, he went to bring water and the [[sniper|WEAPON:SMALL_ARMS]] hit him in the shoulder.}} He is in [[Erbil|PLACE]] now, in the hospital.
INTERVIEWER: When did you leave [[al-Zuhur|PLACE]]?
WITNESS: [[The army|ACTOR:Iraqi forces]] said, the families who want to go, go to [[Gogjali|PLACE]], there are buses to the camps. So we walked, [[the end of November|DATE:2016-11-24..2016-11-30]], I think [[a Sunday|DATE:2016-11-27]]. At the checkpoint of [[Gogjali|PLACE]], near the entrance, there were many families waiting for the buses, hundreds, and [[soldiers|ACTOR:Iraqi forces]] checking the men. Then a car came fast from the side road, a [[suicide car|WEAPON:IED]], [[the soldiers|ACTOR:Iraqi forces]] shot at it, and it exploded near the people.
INTERVIEWER: Did you see it?
WITNESS: I saw the car. Then I was on the ground. {{c5|More than fifteen died, women, children, also soldiers.}} {{c6|Many wounded. My daughter [[Tabarak|PERSON]], eleven, had a cut on her head, and a small piece of metal in her hand.}} [[The soldiers|ACTOR:Iraqi forces]] put us in a truck and brought us here.
INTERVIEWER: Who sent the car?
WITNESS: [[Daesh|ACTOR:Islamic State]]. Who else sends cars? {{c8|They said on their radio they killed apostates in [[Gogjali|PLACE]].}} We are the apostates, me and [[Tabarak|PERSON]].
INTERVIEWER: How is your family now?
WITNESS: {{c7|We are five here in one tent, me, my husband, and our three children.}} My mother stayed in [[al-Zuhur|PLACE]], she said she will not leave her house. If [[Daesh|ACTOR:Islamic State]] comes back to the street, they will kill her, she knows. She stays. When we walked to [[Gogjali|PLACE]] we heard the [[gunfire|WEAPON:SMALL_ARMS]] of [[Daesh|ACTOR:Islamic State]] behind us, and the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] everywhere, but we did not look back.
@@claim c1 harm=KILLED min=1 max=1 named="Shaker" weapon=MORTAR actor="Islamic State" site="al-Zuhur" date=2016-11-18 basis=WITNESSED incident=iq-mosul-20161118-zuhur-abu-shaker-yard-mortar
@@claim c2 harm=INJURED min=1 max=1 weapon=MORTAR actor="Islamic State" site="al-Zuhur" date=2016-11-18 basis=WITNESSED incident=iq-mosul-20161118-zuhur-abu-shaker-yard-mortar
@@claim c3 harm=INJURED min=1 max=1 named="Muhannad" weapon=SMALL_ARMS actor="Islamic State" site="al-Zuhur" date=2016-11-17..2016-11-30 basis=WITNESSED incident=iq-mosul-20161100-zuhur-water-tank-sniper
@@claim c5 harm=KILLED min=16 max=null weapon=IED actor="Islamic State" site="Gogjali" date=2016-11-27 basis=WITNESSED incident=iq-gogjali-20161127-checkpoint-svbied
@@claim c6 harm=INJURED min=null max=null named="Tabarak" weapon=IED actor="Islamic State" site="Gogjali" date=2016-11-27 basis=WITNESSED incident=iq-gogjali-20161127-checkpoint-svbied
@@claim c8 harm=KILLED min=null max=null weapon=IED actor="Islamic State" site="Gogjali" date=2016-11-27 basis=REPORTED incident=iq-gogjali-20161127-checkpoint-svbied
@@claim c7 harm=DISPLACED min=5 max=5 site="al-Zuhur" date=2016-11-27 basis=EXPERIENCED incident=iq-mosul-20161127-sabri-family-flight
@@witness iq-mosul-wijdan-sabri
