STATEMENT
Statement ID: IQ-KRK-424
Date of interview: 5 April 2018
Place of interview: [[Erbil|PLACE]], [[Kurdistan|PLACE]] Region, [[Iraq|PLACE]]
Language: Sorani Kurdish, interpreted into English
Interviewer: [[Helen Carter|PERSON]]
Interpreter: [[Aram Salih|PERSON]]

My name is [[Hemin Rashid|PERSON]]. I am forty-one, Kurdish, an electrician. I lived in [[Kirkuk|PLACE]] all my life, in [[Rahimawa|PLACE]], until [[October of last year|DATE:2017-10-01..2017-10-31]]. I want to tell about three things.

The first is the attack of [[Daesh|ACTOR:Islamic State]] on [[Kirkuk|PLACE]]. It was [[21 October 2016|DATE:2016-10-21]], [[a Friday|DATE:2016-10-21]], [[before dawn|DATE:2016-10-21]]. They came inside the city, fifty, sixty men, nobody knows how, some say in the uniforms of [[the police|ACTOR:Iraqi forces]]. We woke up from [[gunfire|WEAPON:SMALL_ARMS]] everywhere. Some of them went into an unfinished building at the end of our street, and from the top a [[sniper|WEAPON:SMALL_ARMS]] was shooting at everything that moved. {{c1|My neighbour, Kak [[Hama|PERSON]], fifty-five, went out to bring his son from the bakery and the [[sniper|WEAPON:SMALL_ARMS]] killed him in front of his door, I saw it from my window.}}

[Interpreter's note: "Kak" means brother, a polite way to address a man. Hama here is a name, a short form of Muhammad, common among Kurds, not the Syrian city of Hama.]

The fighting in our street was two days. {{c2|On [[the second day|DATE:2016-10-22]] [[the coalition|ACTOR:US-led coalition]] [[planes|WEAPON:AIRSTRIKE]] fired two [[missiles|WEAPON:MISSILE]] at the building, and the house next to it, of the [[Tahir|PERSON]] family, was half destroyed.}} The family had left [[the day before|DATE:2016-10-21]], thanks to God. In the next street, one of the [[Daesh|ACTOR:Islamic State]] men exploded his [[suicide belt|WEAPON:IED]] when [[the police|ACTOR:Iraqi forces]] came close. {{c3|My cousin [[Karwan|PERSON]], he was with the volunteers helping [[the police|ACTOR:Iraqi forces]], he was wounded in the legs by that [[suicide belt|WEAPON:IED]].}} {{c4|The television said that in all the city dozens were killed, police and civilians.}}

The second thing is about my wife's family. They live in a village south of [[Kirkuk|PLACE]], near [[Daquq|PLACE]]. In [[the spring of 2016|DATE:2016-03-20..2016-06-20]], before the attack on the city, [[Daesh|ACTOR:Islamic State]] fired [[rockets|WEAPON:ROCKET]] from their side on the villages, and some [[rockets|WEAPON:ROCKET]] had [[chemical|WEAPON:CHEMICAL]] inside. The doctors said [[mustard|WEAPON:CHEMICAL]]. {{c5|My wife's nephew, [[Soran|PERSON]], eight years old, had blisters on his arms and his neck, and his eyes were closed for two weeks, and his grandmother also.}} I saw him in the hospital in [[Kirkuk|PLACE]]. {{c9|People from the village say more than one hundred were affected; I did not count.}}

[Interpreter's note: Soran is a boy's name here. There is also a town called Soran in [[Erbil|PLACE]] governorate.]

The third thing is the siege of [[Amerli|PLACE]], in [[the summer of 2014|DATE:2014-06-01..2014-08-31]]. I did not see it, but my colleague [[Abbas|PERSON]] at the electricity department is Turkmen from [[Amirli|PLACE:Amerli]]. For almost three months [[Daesh|ACTOR:Islamic State]] surrounded the town. There was [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] every day, [[mortars|WEAPON:MORTAR]], the "[[hawn|WEAPON:MORTAR]]" as they say. {{c6|[[Abbas|PERSON]] told me his daughter [[Zahraa|PERSON]], twelve, was killed by a [[mortar|WEAPON:MORTAR]] in the yard of their house in [[August|DATE:2014-08-01..2014-08-31]], [[a few days before the siege was broken|DATE]].}} Until today he keeps her school bag.

Last, about myself. {{c10|After [[16 October of last year|DATE:2017-10-16]], when [[the Iraqi army|ACTOR:Iraqi forces]] and the [[Hashd|ACTOR:Popular Mobilization Forces]] came into [[Kirkuk|PLACE]], many Kurds left.}} There was no fighting in our neighbourhood [[that day|DATE:2017-10-16]], nobody was hurt in our street. But people were afraid. {{c7|I left with my wife [[Shilan|PERSON]] and our three children to [[Erbil|PLACE]], five people, in one car.}} {{c8|My brother [[Rebwar|PERSON]] lives in [[Tuz Khurmatu|PLACE]]; [[the same week|DATE:2017-10-16..2017-10-22]], his house was burned, he says by men of the [[Hashd|ACTOR:Popular Mobilization Forces]], because he is Kurdish.}} I have not gone back. If I go back, maybe nothing happens. Maybe something. I cannot know.
@@witness iq-kirkuk-hemin-rashid
@@claim c1 harm=KILLED min=1 max=1 named="Hama" weapon=SMALL_ARMS actor="Islamic State" site="Rahimawa" date=2016-10-21 basis=WITNESSED incident=iq-kirkuk-20161021-daesh-infiltration
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="US-led coalition" site="Rahimawa" date=2016-10-22 basis=WITNESSED incident=iq-kirkuk-20161022-rahimawa-airstrike
@@claim c3 harm=INJURED min=1 max=1 named="Karwan" weapon=IED actor="Islamic State" site="Rahimawa" date=2016-10-21..2016-10-22 basis=HEARSAY incident=iq-kirkuk-20161021-daesh-infiltration
@@claim c4 harm=KILLED min=24 max=null site="Kirkuk" date=2016-10-21..2016-10-22 basis=REPORTED incident=iq-kirkuk-20161021-daesh-infiltration
@@claim c5 harm=INJURED min=2 max=2 named="Soran" weapon=CHEMICAL actor="Islamic State" site="Daquq" date=2016-03-20..2016-06-20 basis=WITNESSED incident=iq-daquq-20160000-mustard-rockets
@@claim c6 harm=KILLED min=1 max=1 named="Zahraa" weapon=MORTAR actor="Islamic State" site="Amirli" date=2014-08-01..2014-08-31 basis=HEARSAY incident=iq-amerli-20140800-mortar-yard
@@claim c7 harm=DISPLACED min=5 max=5 site="Kirkuk" date=2017-10-16..2017-10-31 basis=EXPERIENCED incident=iq-kirkuk-20171016-kurdish-displacement
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null actor="Popular Mobilization Forces" site="Tuz Khurmatu" date=2017-10-16..2017-10-22 basis=HEARSAY incident=iq-tuzkhurmatu-20171000-house-burning
@@claim c9 harm=INJURED min=101 max=null weapon=CHEMICAL actor="Islamic State" site="Daquq" date=2016-03-20..2016-06-20 basis=HEARSAY incident=iq-daquq-20160000-mustard-rockets
@@claim c10 harm=DISPLACED min=null max=null site="Kirkuk" date=2017-10-16..2017-10-31 basis=WITNESSED incident=iq-kirkuk-20171016-kurdish-displacement
