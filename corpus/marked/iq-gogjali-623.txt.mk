Interview ID: IQ-GOG-623
Interview date: 14 February 2017
Place of interview: [[Gogjali|PLACE]], east of [[Mosul|PLACE]]
Language: Arabic and Shabaki, interpreted
Interviewer: [[Claudia Rossi|PERSON]]
Interpreter: [[Shno Aziz|PERSON]]
Speaker: [[Salem Ghadban|PERSON]]

Claudia: Thank you for letting us into your workshop. Can you tell me who you are?
Salem: [[Salem Ghadban|PERSON]]. I am Shabak, from [[Gogjeli|PLACE:Gogjali]], born here. I am a mechanic, trucks and tractors. This workshop was my father's.
Shno: He says [[Gogjeli|PLACE:Gogjali]], the people here say it like that.
Claudia: When did you leave [[Gogjali|PLACE]]?
Salem: {{c1|In [[August 2014|DATE:2014-08-01..2014-08-31]], when [[Daesh|ACTOR:Islamic State]] came to [[Bartella|PLACE]] and here. All the Shabak families ran, we were twenty-three people from my father's house, in two cars, to [[Erbil|PLACE]].}} {{c2|My uncle Hajji [[Qanbar|PERSON]]... sorry, my uncle [[Qanbar|PERSON]] stayed to guard his shop, he was old. [[Daesh|ACTOR:Islamic State]] shot him in front of the shop with a [[Kalashnikov|WEAPON:SMALL_ARMS]], a neighbour told us, a Sunni man, a good man, he buried him.}}
Claudia: When did you come back?
Salem: [[The army|ACTOR:Iraqi forces]] took [[Gogjali|PLACE]] at [[the beginning of November|DATE:2016-11-01..2016-11-04]]. I came back in [[the middle of the month|DATE:2016-11-10..2016-11-20]], to repair the vehicles of [[the army|ACTOR:Iraqi forces]], the Humvees, because they had no mechanics here.
Claudia: Were you here on the day of the [[car bomb|WEAPON:IED]] at the checkpoint?
Salem: Yes. [[Monday|DATE:2016-11-28]], [[the 28th of November|DATE:2016-11-28]]. [[About eleven|DATE:2016-11-28]]. There were many families at the checkpoint, from [[al-Zuhur|PLACE]], from [[al-Qadisiya|PLACE]], waiting for the buses. I was here, three hundred metres. I saw the car come from the side of the industrial area, a big car, a pickup with metal plates on it, like armour. A [[mufakhakha|WEAPON:IED]].
Shno: Mufakhakha is a car made into a bomb, a car bomb.
Salem: [[The soldiers|ACTOR:Iraqi forces]] fired the [[machine gun|WEAPON:SMALL_ARMS]] at it from the Humvee. It exploded maybe thirty metres from the people.
Claudia: What did you see after the explosion?
Salem: {{c3|I ran there. I counted, because I was helping to carry. Eight civilians dead, two of them children, and four soldiers, twelve.}} {{c4|The wounded, I don't know, thirty, forty, the trucks of [[the army|ACTOR:Iraqi forces]] took them.}} {{c5|A woman, I remember, she had a girl with blood on the head, and she was shouting her name, [[Tabarak|PERSON]], [[Tabarak|PERSON]].}}
Claudia: Another witness told us it was [[a Sunday|DATE:2016-11-27]], [[the 27th|DATE:2016-11-27]].
Salem: No, [[Monday|DATE:2016-11-28]]. [[Monday|DATE:2016-11-28]] I am sure, because on Monday the officer brings me the papers for the repairs. But maybe I am wrong. In those weeks every day was the same.
Claudia: What has happened since then?
Salem: {{c6|In [[December|DATE:2016-12-01..2016-12-31]], my cousin [[Ali Ghadban|PERSON]] went back to his house near the school. [[Daesh|ACTOR:Islamic State]] had put a [[bomb|WEAPON:IED]] behind the door, a [[booby trap|WEAPON:IED]], with a wire. He opened the door and he died.}} Nobody had checked the house. The engineers of [[the army|ACTOR:Iraqi forces]] were not enough for all the houses.
Salem: And the fields also. Around [[Bazwaya|PLACE]] the farms are full of [[mines|WEAPON:LANDMINE]]. {{c7|[[Two weeks ago|DATE:2017-01-28..2017-02-03]] a shepherd boy from [[Bazwaya|PLACE]], [[Hassanein|PERSON]], lost his leg on a [[mine|WEAPON:LANDMINE]] with his sheep.}} Nobody came to clear it yet.
Claudia: Is your house damaged?
Salem: {{c8|The house, [[Daesh|ACTOR:Islamic State]] burned it. They wrote "property of [[the Islamic State|ACTOR:Islamic State]]" on the door and then they burned it when they left.}} The workshop they used for their cars, they left it. So I work.
@@claim c1 harm=DISPLACED min=23 max=23 actor="Islamic State" site="Gogjeli" date=2014-08-01..2014-08-31 basis=EXPERIENCED incident=iq-gogjali-20140800-shabak-families-flight
@@claim c2 harm=KILLED min=1 max=1 named="Qanbar" weapon=SMALL_ARMS actor="Islamic State" site="Gogjeli" date=2014-08-01..2014-08-31 basis=HEARSAY incident=iq-gogjali-20140800-qanbar-killing
@@claim c3 harm=KILLED min=12 max=12 weapon=IED actor="Islamic State" site="Gogjali" date=2016-11-28 basis=WITNESSED incident=iq-gogjali-20161127-checkpoint-svbied
@@claim c4 harm=INJURED min=30 max=40 weapon=IED actor="Islamic State" site="Gogjali" date=2016-11-28 basis=WITNESSED incident=iq-gogjali-20161127-checkpoint-svbied
@@claim c5 harm=INJURED min=1 max=1 named="Tabarak" weapon=IED actor="Islamic State" site="Gogjali" date=2016-11-28 basis=WITNESSED incident=iq-gogjali-20161127-checkpoint-svbied
@@claim c6 harm=KILLED min=1 max=1 named="Ali Ghadban" weapon=IED actor="Islamic State" site="Gogjali" date=2016-12-01..2016-12-31 basis=HEARSAY incident=iq-gogjali-20161200-ali-ghadban-door-booby-trap
@@claim c7 harm=INJURED min=1 max=1 named="Hassanein" weapon=LANDMINE site="Bazwaya" date=2017-01-28..2017-02-03 basis=HEARSAY incident=iq-bazwaya-20170200-hassanein-mine
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null actor="Islamic State" site="Gogjali" date=2016-10-25..2016-11-04 basis=WITNESSED incident=iq-gogjali-20161100-ghadban-house-burned
@@witness iq-gogjali-salem-ghadban
