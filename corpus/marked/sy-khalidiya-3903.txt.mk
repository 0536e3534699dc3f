@@encoding utf-16le
Interview ID: SY-HMS-3903
Interview date: 14/11/2014
Location: [[Gaziantep|PLACE]], [[Turkey|PLACE]]
Language: Arabic
Interviewer: [[Leyla Arslan|PERSON]]

Q: What is your name?
A: [[Jamila Hassoun|PERSON]]. [[Umm Omar|PERSON]].
Q: Where did you live?
A: [[Khalidiya|PLACE:al-Khalidiya]]. In [[Homs|PLACE]]. Behind the [[Khalid ibn al-Walid mosque|PLACE]].
Q: How long did you stay there?
A: Until [[summer 2013|DATE:2013-06-01..2013-08-31]].
Q: Your son. Can you tell me what happened to him?
A: [[Bilal|PERSON]]. [pause] He was twenty. {{c1|In [[April 2012|DATE:2012-04-01..2012-04-30]], [[the middle of April|DATE:2012-04-10..2012-04-20]], he went to buy medicine for his father and they took him at the checkpoint by the [[Dablan street|PLACE]].}}
Q: Who took him?
A: {{c1|[[The Air Force Intelligence|ACTOR:Syrian government forces]]. The boy who was with him, [[Mazen|PERSON]], they let him go, and he came to tell me.}}
[Interpreter: She says the friend was released [[the same evening|DATE:2012-04-10..2012-04-20]] because he was fourteen.]
Q: Have you heard anything from [[Bilal|PERSON]] since?
A: {{c2|Nothing. Two years and a half. I paid a lawyer in [[Damascus|PLACE]], he said [[Saydnaya|PLACE]], then he said no, not [[Saydnaya|PLACE]]. I don't know if he is alive.}}
Q: Was anyone else in the family taken at that time?
A: No. Only [[Bilal|PERSON]].
Q: You mentioned [[the jets|WEAPON:AIRSTRIKE]].
A: Yes. {{c3|In [[July|DATE:2013-07-01..2013-07-31]], in [[Ramadan|DATE:2013-07-09..2013-08-07]], [[the MiG|WEAPON:AIRSTRIKE]] hit the building across from us.}} {{c4|The [[Qabbani|PERSON]] family. Five. The mother, the grandmother, three children.}}
Q: Did you see that?
A: {{c5|I saw them take out the children, dead. [[Nour|PERSON]], the small one, four years, I used to give her sweets.}} {{c4|The others I did not see, my husband saw.}}
Q: What day was it?
A: [[A Thursday|DATE:2013-07-25]], I think. {{c3|[[Before iftar|DATE:2013-07-25]], the [[bomb|WEAPON:AIRSTRIKE]] fell and their building sat down, the top floors on the bottom.}}
[Interpreter: She uses the word for the jet, "the MiG", for all the planes.]
Q: Was your building damaged?
A: {{c6|The windows, all. The door of the kitchen flew.}} If we were upstairs we would be dead, all of us. We were on the ground floor, thank God, in the nour of the candle.
Q: Was the mosque hit?
A: {{c7|Later, yes. The [[Khalid ibn al-Walid|PLACE:Khalid ibn al-Walid mosque]] was hit by the [[shelling|WEAPON:ARTILLERY]], [[the same month|DATE:2013-07-01..2013-07-31]], the dome and the tomb.}} I saw it from the street when we left, it was black.
Q: People told us the bakery on your street was hit also.
A: No. People said this, but it was not the bakery, it was the shop next to it, the shop of [[Abu Adel|PERSON]], and it was closed, nobody was there.
Q: When did you leave?
A: {{c8|[[The end of July|DATE:2013-07-25..2013-07-31]]. [[The army|ACTOR:Syrian government forces]] was in [[Khaldiyeh|PLACE:al-Khalidiya]] already. We went out, me, my husband, my two daughters, through the old city, at [[night|DATE]].}}
Q: Your brother, you said he died also?
A: My brother [[Ziad|PERSON]], yes, but in [[2006|DATE]], a car accident on the road to [[Damascus|PLACE]]. Not the war.
@@claim c1 harm=DETAINED min=1 max=1 named="Bilal" actor="Syrian government forces" site="Dablan street" date=2012-04-10..2012-04-20 basis=HEARSAY incident=sy-homs-20120400-bilal-hassoun-checkpoint
@@claim c2 harm=MISSING min=1 max=1 named="Bilal" actor="Syrian government forces" site="Dablan street" date=2012-04-10..2014-11-14 basis=EXPERIENCED incident=sy-homs-20120400-bilal-hassoun-checkpoint
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Khalidiya" date=2013-07-25 basis=WITNESSED incident=sy-homs-20130725-qabbani-building-airstrike
@@claim c4 harm=KILLED min=5 max=5 weapon=AIRSTRIKE site="Khalidiya" date=2013-07-25 basis=HEARSAY incident=sy-homs-20130725-qabbani-building-airstrike
@@claim c5 harm=KILLED min=3 max=3 named="Nour" weapon=AIRSTRIKE site="Khalidiya" date=2013-07-25 basis=WITNESSED incident=sy-homs-20130725-qabbani-building-airstrike
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Khalidiya" date=2013-07-25 basis=EXPERIENCED incident=sy-homs-20130725-qabbani-building-airstrike
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Khalid ibn al-Walid" date=2013-07-01..2013-07-31 basis=WITNESSED incident=sy-homs-20130700-khalid-mosque-shelling
@@claim c8 harm=DISPLACED min=4 max=4 actor="Syrian government forces" site="Khaldiyeh" date=2013-07-25..2013-07-31 basis=EXPERIENCED incident=sy-homs-20130700-hassoun-family-flight
@@witness sy-homs-jamila-hassoun
