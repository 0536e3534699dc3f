WITNESS INTERVIEW
Interview ID: YE-DHY-4605
Date of interview: 21 July 2019
Place of interview: [[Saada|PLACE]] city
Language: Arabic, English notes by the interpreter
Interviewer: [[Kerttu Lahtinen|PERSON]]
Interpreter: [[Mutahhar Sharaf al-Din|PERSON]]
Q: Please introduce yourself.
A: My name is [[Taha Ali Ghamdan|PERSON]], I am forty-one. I have a pharmacy in [[Dahyan|PLACE]], on the market street, the [[Shifa pharmacy|PLACE]]. I studied in [[Sanaa|PLACE]] and came back to my town.
Q: When did the [[strikes|WEAPON:AIRSTRIKE]] in [[Dahyan|PLACE]] start, as you remember?
A: From the first months. [[The spring of 2015|DATE:2015-03-01..2015-05-31]]. At first it was the mountains around, the positions. Then the town.
Q: You told us about a family.
A: The [[Hamran|PERSON]] family. Our neighbours, the wall of their yard touches our yard. {{c1|It was [[the night of the 17th|DATE:2015-10-17]], in [[October|DATE:2015-10-01..2015-10-31]], [[2015|DATE:2015-01-01..2015-12-31]]. [[The planes|WEAPON:AIRSTRIKE]] hit their house with two [[bombs|WEAPON:AIRSTRIKE]], maybe three, and the house came down on them.}}
A: {{c2|Fourteen people from one family. Hajj [[Saleh Hamran|PERSON]], he was seventy, his two sons, the wives, the children. The smallest, [[Nour|PERSON]], was two years.}} I helped to dig with the men until [[the morning|DATE:2015-10-18]]. We found [[Nour|PERSON]] last.
A: {{c3|Only one lived, [[Ibrahim|PERSON]], the middle son, because he was sleeping on the roof for the heat. He fell with the roof and broke his back.}} Today he sits in a wheelchair.
Q: Were there any fighters in the house or near it?
A: No. I swear to you, no. Hajj [[Saleh|PERSON]] was a farmer of grapes. Nobody from [[Ansar Allah|ACTOR:Houthis]] lived there. People say maybe a car stopped near the house [[that evening|DATE:2015-10-17]]. Maybe, I didn't see a car.
Q: What happened to your family [[after that night|DATE:2015-10-18]]?
A: {{c4|My wife said we cannot sleep beside this. We went to my brother's house in [[Saada|PLACE]] city, twelve people, for four months.}} Then we came back, because the city was not safer, so what is the difference.
Q: You mentioned your brother was arrested.
A: My brother [[Abdulkarim|PERSON]]. He had a telephone shop. {{c5|In [[2017|DATE:2017-01-01..2017-12-31]], [[after Eid al-Fitr|DATE:2017-06-26..2017-07-10]], men of the security of the [[Houthis|ACTOR:Houthis]] came and took him from the shop, they said he sends coordinates to [[the coalition|ACTOR:Saudi-led coalition]].}} Because he sells SIM cards! This is all his crime.
A: {{c6|Five months we did not know where he was.}} Then they let him go in an exchange through the sheikhs. {{c7|He came out thin, with marks on his feet from the beating. He told us they hung him from his arms.}}
Q: Did you see him taken?
A: No, the boy who works in the shop saw it and ran to tell me. I was in the pharmacy.
Q: Was your pharmacy damaged?
A: {{c8|Yes, [[last March|DATE:2019-03-01..2019-03-31]], at [[night|DATE:2019-03-01..2019-03-31]], there was a [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] on the market street. The glass, the shelves, the fridge of the insulin, everything fell.}} I did not hear a plane. Some said it was [[rockets|WEAPON:ROCKET]] from the border, some said [[the plane|WEAPON:AIRSTRIKE]] was very high. I don't know, I cannot tell you which.
A: Nobody died in our street [[that night|DATE:2019-03-01..2019-03-31]]. The market was empty, thanks God.
Q: Did the people of [[Dahyan|PLACE]] fear for the schools?
A: People said [[the coalition|ACTOR:Saudi-led coalition]] would hit the school where the displaced from [[Dhahyan|PLACE:Dahyan]] valley were sleeping. Everybody was afraid for weeks. It did not happen.
Q: What do you need now?
A: Medicines. And for [[Ibrahim Hamran|PERSON]], a better chair.
@@witness ye-dahyan-taha-ghamdan
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Hamran" weapon=AIRSTRIKE site="Dahyan" date=2015-10-17 basis=WITNESSED incident=ye-dahyan-20151017-hamran-family-house
@@claim c2 harm=KILLED min=14 max=14 named="Saleh Hamran; Nour" weapon=AIRSTRIKE site="Dahyan" date=2015-10-17 basis=WITNESSED incident=ye-dahyan-20151017-hamran-family-house
@@claim c3 harm=INJURED min=1 max=1 named="Ibrahim" weapon=AIRSTRIKE site="Dahyan" date=2015-10-17 basis=WITNESSED incident=ye-dahyan-20151017-hamran-family-house
@@claim c4 harm=DISPLACED min=12 max=12 site="Dahyan" date=2015-10-18 basis=EXPERIENCED incident=ye-dahyan-20151018-ghamdan-family-flight-saada
@@claim c5 harm=DETAINED min=1 max=1 named="Abdulkarim" actor=Houthis site="Dahyan" date=2017-06-26..2017-07-10 basis=HEARSAY incident=ye-dahyan-20170700-abdulkarim-ghamdan-taken
@@claim c6 harm=MISSING min=1 max=1 named="Abdulkarim" actor=Houthis site="Dahyan" date=2017-06-26..2017-12-10 basis=EXPERIENCED incident=ye-dahyan-20170700-abdulkarim-ghamdan-taken
@@claim c7 harm=INJURED min=1 max=1 named="Abdulkarim" actor=Houthis date=2017-06-26..2017-12-10 basis=HEARSAY incident=ye-dahyan-20170700-abdulkarim-ghamdan-taken
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Dahyan" date=2019-03-01..2019-03-31 basis=EXPERIENCED incident=ye-dahyan-20190300-market-street-shifa-pharmacy
