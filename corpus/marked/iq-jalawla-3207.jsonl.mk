id: iq-jalawla-3207
interview_date: 2016-03-22
place: Khanaqin, Diyala, Iraq
language: Arabic and Kurdish (Feyli), interpreted into English

INTERVIEWER: Thank you for receiving us. Please tell us who you are.
WITNESS: [[Nahida Salman|PERSON]]. People call me [[Umm Amal|PERSON]], after my eldest girl, [[Amal|PERSON]]. We are from [[Jalawla|PLACE]], the [[Tajneed|PLACE]] quarter, near the old railway.
INTERPRETER: She says [[Jalula|PLACE:Jalawla]], this is how they say it in Kurdish.
INTERVIEWER: When did [[Daesh|ACTOR:Islamic State]] come to [[Jalawla|PLACE]]?
WITNESS: In [[the summer of 2014|DATE:2014-06-01..2014-08-31]], in [[June|DATE:2014-06-01..2014-06-30]] first some of them, then in [[August|DATE:2014-08-01..2014-08-31]] all of them, when the [[Peshmerga|ACTOR:Peshmerga]] pulled back. We stayed because my mother-in-law was paralysed. We had no amal, no hope, but we stayed.
INTERVIEWER: What happened to your husband?
WITNESS: {{c1|[[The 11th of August|DATE:2014-08-11]], I am sure, because it was the day our cow gave birth, they came in two cars, [[Daesh|ACTOR:Islamic State]], and took my husband [[Hadi Abbas|PERSON]] and his two brothers, [[Jasim|PERSON]] and [[Akram|PERSON]], from the yard.}} {{c1|I was at the window of the kitchen, I saw them push him with the rifle.}}
WITNESS: They said only questions, one hour, they will come back. {{c2|Nineteen months now. We do not know if he is alive or in the ground. Not him, not his brothers.}}
INTERVIEWER: Did anyone tell you anything about them later?
WITNESS: {{c3|A woman in the market told me they took more than thirty men [[that week|DATE:2014-08-11..2014-08-17]] from [[Jalawla|PLACE]], Arabs and Kurds, anyone with a brother in the police.}} {{c4|And on the Facebook page of the displaced of [[Jalawla|PLACE]] there is a list, forty-two names, my husband is number seventeen, the brothers eighteen and nineteen.}}
INTERVIEWER: When did you leave?
WITNESS: {{c5|We left in [[September|DATE:2014-09-01..2014-09-30]], me and the four children and my mother-in-law on a cart, to [[Khanaqin|PLACE]], by the back roads.}} My mother-in-law died here, in [[the winter|DATE:2014-12-01..2015-02-28]], of the cold and the sadness.
INTERVIEWER: Did you go back to [[Jalawla|PLACE]] after it was retaken in [[November|DATE:2014-11-01..2014-11-30]]?
WITNESS: Once, in [[January 2015|DATE:2015-01-01..2015-01-31]]. With my nephew [[Karim|PERSON]], my sister's son, to see the house.
WITNESS: {{c6|Oh, the street. The whole market street, where the vegetable shops were, eleven shops, flattened, the iron shutters twisted like paper.}} {{c7|People told us [[the coalition|ACTOR:US-led coalition]] [[planes|WEAPON:AIRSTRIKE]] hit it when [[Daesh|ACTOR:Islamic State]] were inside, before the [[Hashd|ACTOR:Popular Mobilization Forces]] and the [[Peshmerga|ACTOR:Peshmerga]] came in.}}
WITNESS: {{c8|Our house was standing, but the water well in the yard was ruined, they threw a car battery and oil into it, and all the doors were gone.}}
INTERVIEWER: And your nephew?
WITNESS: [crying] [[Karim|PERSON]]. Allah karim, they say, God is generous. {{c9|He went to the house of our neighbour [[Abu Sarmad|PERSON]], next to us, to get the gas cylinder for us, and the door had a [[bomb|WEAPON:IED]], a wire. I was in our yard, I heard it and I saw the smoke from the door. He was twenty-two.}}
INTERPRETER: She means the house was booby-trapped, with an [[IED|WEAPON:IED]], the [[Daesh|ACTOR:Islamic State]] left many like this.
WITNESS: {{c10|The front room of [[Abu Sarmad|PERSON]] fell down on him. The men dug him out after an hour.}}
INTERVIEWER: Was anyone else in your family stopped or detained, after [[Jalawla|PLACE]] was retaken?
WITNESS: My son [[Mustafa|PERSON]], sixteen. At the [[Peshmerga|ACTOR:Peshmerga]] checkpoint on the [[Khanaqin|PLACE]] road, [[the same day|DATE:2015-01-01..2015-01-31]], they wanted to take him because our name is Arab. The mukhtar of our quarter, Hajj [[Shukur|PERSON]], was with us in the car and he talked to the officer, and they let us go. [[Mustafa|PERSON]] was shaking the whole way home.
INTERVIEWER: Nobody was hurt at the checkpoint?
WITNESS: No, nobody. They did not hit anybody. They were only hard with the words.
@@claim c1 harm=DETAINED min=3 max=3 named="Hadi Abbas; Jasim; Akram" actor="Islamic State" site="Tajneed" date=2014-08-11 basis=WITNESSED incident=iq-jalawla-20140811-hadi-abbas-brothers-taken
@@claim c2 harm=MISSING min=3 max=3 named="Hadi Abbas; Jasim; Akram" actor="Islamic State" site="Tajneed" date=2014-08-11 basis=EXPERIENCED incident=iq-jalawla-20140811-hadi-abbas-brothers-taken
@@claim c3 harm=DETAINED min=31 max=null actor="Islamic State" site="Jalawla" date=2014-08-11..2014-08-17 basis=HEARSAY incident=iq-jalawla-20140800-men-taken-list
@@claim c4 harm=MISSING min=42 max=42 site="Jalawla" basis=REPORTED incident=iq-jalawla-20140800-men-taken-list
@@claim c5 harm=DISPLACED min=6 max=6 site="Jalawla" date=2014-09-01..2014-09-30 basis=EXPERIENCED incident=iq-jalawla-20140900-salman-family-flight
@@claim c6 harm=PROPERTY_DAMAGE min=11 max=11 site="Jalawla" date=2014-11-01..2014-11-30 basis=WITNESSED incident=iq-jalawla-20141100-market-street-strikes
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US-led coalition" site="Jalawla" date=2014-11-01..2014-11-30 basis=HEARSAY incident=iq-jalawla-20141100-market-street-strikes
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="Tajneed" basis=WITNESSED incident=iq-jalawla-20140000-salman-house-well
@@claim c9 harm=KILLED min=1 max=1 named="Karim" weapon=IED actor="Islamic State" site="Tajneed" date=2015-01-01..2015-01-31 basis=WITNESSED incident=iq-jalawla-20150100-abu-sarmad-house-booby-trap
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null named="Abu Sarmad" weapon=IED site="Tajneed" date=2015-01-01..2015-01-31 basis=WITNESSED incident=iq-jalawla-20150100-abu-sarmad-house-booby-trap
@@witness iq-jalawla-nahida-salman
