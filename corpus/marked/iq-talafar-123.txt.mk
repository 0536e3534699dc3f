Interview ID: TAF-123
Interview date: 5 December 2017
Place of interview: [[Tal Afar|PLACE]], [[Nineveh|PLACE]]
Language: Turkmen, with interpretation
Interviewer: [[Eva Novak|PERSON]]
Interpreter: [[Murat Aydın|PERSON]]

Interviewer: Thank you for receiving us in your home. Can you introduce yourself?
Witness: [[Nergiz Bayatli|PERSON]]. I am forty. I was born here in [[Tel Afar|PLACE:Tal Afar]], in [[al-Qadisiya|PLACE]] neighbourhood. My husband is [[Turan|PERSON]], we have three children, [[Nour|PERSON]], [[Selim|PERSON]] and the small one.
Interviewer: You stayed in the city when [[Daesh|ACTOR:Islamic State]] came in [[2014|DATE:2014-01-01..2014-12-31]]?
Witness: Yes. In [[June|DATE:2014-06-01..2014-06-30]], in [[the middle of the month|DATE:2014-06-10..2014-06-20]]. {{c1|Our Shia neighbours ran away [[that night|DATE:2014-06-10..2014-06-20]], all of them, the [[Kazimi|PERSON]] family, the family of Hajji [[Riza|PERSON]], they left with nothing.}} We are Sunni, so we stayed. They called themselves [[the State|ACTOR:Islamic State]], and they said the Sunnis have nothing to fear. Where would we go?
Interpreter: She says "we are Sunni" to explain why they were not in danger at first.
Interviewer: What was life like under [[Daesh|ACTOR:Islamic State]]?
Witness: Prison. Outside prison, but prison. {{c2|My brother [[Kamal|PERSON]], they found a phone with him, in [[2015|DATE:2015-01-01..2015-12-31]]. Forty days in their prison, the [[hisba|ACTOR:Islamic State]].}} He came out and he did not speak for a month.
Interviewer: When did the fighting come to [[Tal Afar|PLACE]]?
Witness: From [[the winter|DATE:2016-11-01..2017-02-28]], the [[Hashd|ACTOR:Popular Mobilization Forces]] was at the airport, outside. The [[Katyusha|WEAPON:ROCKET]] fell on the city sometimes. And [[the planes|WEAPON:AIRSTRIKE]], more and more. People said [[Daesh|ACTOR:Islamic State]] had [[mustard gas|WEAPON:CHEMICAL]] for the [[Hashd|ACTOR:Popular Mobilization Forces]]. I never saw this. I only heard.
Interviewer: And in [[August|DATE:2017-08-01..2017-08-31]]?
Witness: {{c3|[[The 21st|DATE:2017-08-21]], I think, [[the second day of the attack|DATE:2017-08-21]], a [[hawn|WEAPON:MORTAR]] fell in our yard. My father-in-law Hajji [[Izzet|PERSON]] was sitting under the vine. He died there.}} [crying]
Interviewer: Please, take your time.
Witness: [pause] [[Nour|PERSON]] saw it. She was ten. Now she does not sit in the yard.
Interviewer: Do you know who fired that [[mortar|WEAPON:MORTAR]]?
Witness: How do I know? Both were firing. [[Daesh|ACTOR:Islamic State]] from inside, [[the army|ACTOR:Iraqi forces]] from outside. There was no [[Daesh|ACTOR:Islamic State]] position in our street, I know this.
Interviewer: Did you leave the city during the battle?
Witness: {{c4|[[The next morning|DATE:2017-08-22]] we left, all eight of us, with white cloths, to the side of [[the army|ACTOR:Iraqi forces]].}} There was no electricity in the city for weeks, no nour. We walked in the dark [[before the sun|DATE:2017-08-22]].
Interpreter: "Nour" means light. Her daughter is also called [[Nour|PERSON]].
Witness: {{c5,c6|On the road [[Daesh|ACTOR:Islamic State]] fired at the people who were running. A [[sniper|WEAPON:SMALL_ARMS]], from the silo. A young man in front of us fell, I don't know his name. And an old woman was hit in the arm.}}
Interviewer: Where did you go?
Witness: To [[Badush|PLACE]], then a camp, then we came back here in [[October|DATE:2017-10-01..2017-10-31]]. Our house is standing. {{c7|The houses of the [[Kazimi|PERSON]] family are burned, [[Daesh|ACTOR:Islamic State]] burned them in [[2014|DATE:2014-01-01..2014-12-31]].}}
Interviewer: Is there anything you want to add?
Witness: Write Hajji [[Izzet|PERSON]]. He planted this vine in [[1980|DATE:1980-01-01..1980-12-31]].
@@claim c1 harm=DISPLACED min=null max=null named="Kazimi; Riza" actor="Islamic State" site="Tel Afar" date=2014-06-10..2014-06-20 basis=WITNESSED incident=iq-talafar-20140600-shia-families-flight
@@claim c2 harm=DETAINED min=1 max=1 named="Kamal" actor="Islamic State" site="Tel Afar" date=2015-01-01..2015-12-31 basis=HEARSAY incident=iq-talafar-20150000-kamal-hisba-detention
@@claim c3 harm=KILLED min=1 max=1 named="Izzet" weapon=MORTAR site="al-Qadisiya" date=2017-08-21 basis=WITNESSED incident=iq-talafar-20170821-qadisiya-yard-mortar
@@claim c4 harm=DISPLACED min=8 max=8 site="Tal Afar" date=2017-08-22 basis=EXPERIENCED incident=iq-talafar-20170822-bayatli-family-flight
@@claim c5 harm=KILLED min=1 max=1 weapon=SMALL_ARMS actor="Islamic State" site="Tal Afar" date=2017-08-22 basis=WITNESSED incident=iq-talafar-20170822-silo-road-sniper
@@claim c6 harm=INJURED min=1 max=1 weapon=SMALL_ARMS actor="Islamic State" site="Tal Afar" date=2017-08-22 basis=WITNESSED incident=iq-talafar-20170822-silo-road-sniper
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null actor="Islamic State" site="Tal Afar" date=2014-01-01..2014-12-31 basis=WITNESSED incident=iq-talafar-20140000-kazimi-houses-burned
@@witness iq-talafar-nergiz-bayatli
