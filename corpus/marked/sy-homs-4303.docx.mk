Interview ID: SY-HMS-4303
Interview date: 21/08/2016
Location: [[Tripoli|PLACE]], [[Lebanon|PLACE]]
Language: Arabic (Homsi dialect), interpreted
Interviewer: [[Jonas Ekwall|PERSON]]
Interpreter: [[Lina Sfeir|PERSON]]
Q: Can you tell us your name and where you are from?
A: [[Ghassan Jandali|PERSON]], forty-six. From [[Khalidiya|PLACE:Khaldiyeh]], in [[Homs|PLACE]]. My father built our building in [[1985|DATE:1985-01-01..1985-12-31]], four floors, all the [[Jandali|PERSON]] family lived in it, brothers, uncles.
Q: We are told something happened to your building in [[2012|DATE:2012-01-01..2012-12-31]].
A: Yes. [[The 24th of June|DATE:2012-06-24]]. I will never forget this date, it is the birthday of my daughter [[Amal|PERSON]]. She was turning six and we had no cake, nothing, only the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]].
Q: Why were people in your building?
A: Because it is concrete, strong, and the stairs are in the middle, no windows. So the neighbours came to sit with us in the stairs when the [[shelling|WEAPON:ARTILLERY]] was heavy. The [[Deeb|PERSON]] family, the family of [[Umm Hassan|PERSON]], maybe forty people on the stairs.
Q: What happened?
A: {{c1|Around [[the maghrib|DATE:2012-06-24]], [[the tank|WEAPON:ARTILLERY]] on the [[Cairo street|PLACE]] side fired, I know the sound of [[the tank|WEAPON:ARTILLERY]], it is short, not like the [[mortar|WEAPON:MORTAR]]. Two [[shells|WEAPON:ARTILLERY]]. The first one hit the third floor and the second came in the door of the stairs, low.}}
A: {{c2|Nine people died. Nine. My uncle [[Mahmoud|PERSON]], [[Abu Samir|PERSON]], sixty-eight. [[Umm Hassan|PERSON]] and her two sons, [[Hassan|PERSON]] and [[Bilal|PERSON]]. Three from the [[Deeb|PERSON]] family. A boy from the street, [[Nour|PERSON]], twelve, and my cousin [[Sabah|PERSON]].}}
A: {{c3|Many were injured, I don't know how many, maybe fifteen. I had the small wound here, on the head, it is nothing.}}
Q: Some people say eleven people died in your building.
A: {{c9|Some people count [[Fuad Deeb|PERSON]] and his wife who died in [[Lebanon|PLACE]] later from their wounds.}} Maybe they count them, I don't know. I say nine because I buried nine.
Q: Who was firing?
A: [[The army|ACTOR:Syrian government forces]]. They were at the [[Cairo street|PLACE]] and at the [[Khaldiyeh roundabout|PLACE]], with [[the tanks|WEAPON:ARTILLERY]]. There were no fighters in our building, nobody with a gun. [[The Free Army|ACTOR:Syrian armed opposition]] was at [[Deir Baalba|PLACE]] side, far.
Q: Were there clashes [[that day|DATE:2012-06-24]]?
A: At [[Deir Baalba|PLACE]], yes. Two of the young men of [[the Free Army|ACTOR:Syrian armed opposition]] were killed in the fighting there, [[that week|DATE:2012-06-18..2012-06-24]]. That was a battle, that is a different thing from our stairs.
Q: What did you do after?
A: {{c2|We buried them in the park, because to go to the cemetery was impossible, the [[sniper|WEAPON:SMALL_ARMS]] was on the road.}} {{c5|And we left the building [[the next morning|DATE:2012-06-25]], all of us who were alive, to [[al-Waer|PLACE]] first, then in [[the autumn|DATE:2012-09-01..2012-11-30]] to here.}}
A: {{c1|The building, later I saw a photograph, the front is open, you see the rooms like a doll house.}}
Q: Did anything else happen to your family?
A: {{c7|My brother [[Tamer|PERSON]], he stayed to look after the building. In [[January 2013|DATE:2013-01-01..2013-01-31]] they arrested him at the checkpoint of the [[Officers' Club|PLACE]].}} {{c8|Since [[that day|DATE:2013-01-01..2013-01-31]] we know nothing. Three years and a half.}}
Q: Have you asked about him?
A: Everybody. We paid a lawyer in [[Damascus|PLACE]] two times. Nothing.
Q: Is there anything you want to add?
A: Only that the people who say there were weapons in our building, it is not true. If there were weapons there, the men with weapons would be dead, not the children.
@@witness sy-homs-ghassan-jandali
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Syrian government forces" site="Khalidiya" date=2012-06-24 basis=WITNESSED incident=sy-homs-20120624-khaldiyeh-jandali-building
@@claim c2 harm=KILLED min=9 max=9 named="Mahmoud; Abu Samir; Umm Hassan; Hassan; Bilal; Nour; Sabah" weapon=ARTILLERY actor="Syrian government forces" site="Khalidiya" date=2012-06-24 basis=WITNESSED incident=sy-homs-20120624-khaldiyeh-jandali-building
@@claim c3 harm=INJURED min=15 max=15 weapon=ARTILLERY actor="Syrian government forces" site="Khalidiya" date=2012-06-24 basis=WITNESSED incident=sy-homs-20120624-khaldiyeh-jandali-building
@@claim c5 harm=DISPLACED min=null max=null site="Khalidiya" date=2012-06-25 basis=EXPERIENCED incident=sy-homs-20120625-jandali-family-flight
@@claim c7 harm=DETAINED min=1 max=1 named="Tamer" actor="Syrian government forces" site="Officers' Club" date=2013-01-01..2013-01-31 basis=HEARSAY incident=sy-homs-20130100-tamer-jandali-officers-club
@@claim c8 harm=MISSING min=1 max=1 named="Tamer" site="Officers' Club" date=2013-01-01..2013-01-31 basis=EXPERIENCED incident=sy-homs-20130100-tamer-jandali-officers-club
@@claim c9 harm=KILLED min=2 max=2 named="Fuad Deeb" weapon=ARTILLERY actor="Syrian government forces" site="Khalidiya" date=2012-06-24 basis=HEARSAY incident=sy-homs-20120624-khaldiyeh-jandali-building
