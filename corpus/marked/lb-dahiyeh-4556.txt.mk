Interview ID: LB-DAH-4556
Date of interview: 21 October 2026
Place of interview: [[Chiyah|PLACE]], [[Beirut|PLACE]]
Language: Arabic, some English
Interviewer: [[Marta Ruiz|PERSON]]
Interpreter: [[Rawan Haidar|PERSON]]

Q: Please tell me your name and a little about yourself.
A: [[Hussein Kamel Fakhreddine|PERSON]]. Fifty-six years. I drive a taxi, the airport line. I am from [[Nabatieh|PLACE]], from the family, but I live in [[Haret Hreik|PLACE]] since [[1998|DATE:1998-01-01..1998-12-31]]. {{c8|In [[2006|DATE:2006-01-01..2006-12-31]] also our flat was damaged, we fixed it.}} So this is the second time.
Q: You live near the [[Mrad|PERSON]] building?
A: Next to it. Our building and the [[Mrad|PERSON]] building, between them is only the small street, you can give a cup of coffee from the balcony.
Q: Tell me about [[the night|DATE:2024-10-06]] it was hit.
A: It was [[the night of the Saturday|DATE:2024-10-05..2024-10-06]], going to [[the Sunday|DATE:2024-10-06]]. [[The 6th of October|DATE:2024-10-06]]. [[One in the morning|DATE:2024-10-06]], more or less. We had come back to the flat [[that evening|DATE:2024-10-05]] only to take medicines for my wife, and we said, we sleep one night, it is quiet.
A: There was no warning for our street. The spokesman put maps for other buildings [[that night|DATE:2024-10-06]], for [[Burj al-Barajneh|PLACE]], not for us. I checked. I check everything.
Q: What did you hear?
A: [[The jets|WEAPON:AIRSTRIKE]], very high, you always hear them. Then [[the Israelis|ACTOR:Israeli forces]] sent two [[missiles|WEAPON:MISSILE]], one, and after a second, two. {{c1|The glass of our flat came in, the door of the kitchen flew, my wife [[Najwa|PERSON]] was cut on the face and the hand.}} I had nothing, God protected me.
Q: And the [[Mrad|PERSON]] building?
A: {{c2|I went down to the street. The building was not there. Seven floors, the [[Mrad|PERSON]]... it was a hill of stones, and the smoke.}}
A: {{c3|We pulled out [[Abu Hassan Mrad|PERSON]] with our hands, me and the young men of the street, he was alive, his legs were broken.}} The civil defence came [[after twenty minutes|DATE:2024-10-06]] maybe.
Q: Did you see anyone who was killed?
A: {{c4|Yes. I saw them bring out the small one, [[Zahraa|PERSON]], the granddaughter of [[Abu Hassan|PERSON]]. Six years. And his wife, Hajja [[Fatima|PERSON]].}} [pause] I knew them thirty years.
A: {{c5|The civil defence man, [[Ali|PERSON]], said to me in [[the morning|DATE:2024-10-06]], eleven. Eleven dead in that building.}} There were families from the south, they came to stay with [[Abu Hassan|PERSON]] because their villages were under the [[shelling|WEAPON:ARTILLERY]].
Q: Was there any military presence in the building?
A: Not that I know. I will tell you honestly: I don't know everybody's business. But [[Abu Hassan|PERSON]] sold spare parts for cars. The people sleeping there were women and children from [[Aitaroun|PLACE]] and [[Bint Jbeil|PLACE]].
Q: When did you leave [[Haret Hreik|PLACE]]?
A: {{c6|[[The same morning|DATE:2024-10-06]], with [[Najwa|PERSON]] bleeding still, we drove to [[Jbeil|PLACE]], to a school they opened for the people of the [[Dahiyeh|PLACE]]. Me, my wife, my two sons.}} We stayed there until the ceasefire.
Q: Did you go back before the ceasefire?
A: One time. [[The 17th|DATE:2024-10-17]], I came with my son to take clothes, in [[the morning|DATE:2024-10-17]] because in the day it was a little safer. {{c7|[[That day|DATE:2024-10-17]] they hit the [[Kanj|PERSON]] building, behind the [[Mrad|PERSON]], on the same street. I saw it from the corner, it came down in one minute.}}
A: That one they warned, there was the map on the phone, the people ran out. Nobody died in the [[Kanj|PERSON]] building. Only the building.
Q: You said your family is from [[Nabatieh|PLACE]]. Is your family there safe?
A: My brother [[Abbas|PERSON]] stayed in [[Nabatiyeh|PLACE:Nabatieh]] all the war. That is a long story. We can talk another day about it.
Q: Of course. Is there anything else for today?
A: Only that [[Zahraa|PERSON]] had a bicycle, pink. It is still under the stones, I think. Everybody in the street knows that bicycle.
@@witness lb-dahiyeh-hussein-fakhreddine
@@claim c1 harm=INJURED min=1 max=1 named="Najwa" weapon=MISSILE actor="Israeli forces" site="Haret Hreik" date=2024-10-06 basis=WITNESSED incident=lb-dahiyeh-20241006-harethreik-mrad-building
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Israeli forces" site="Haret Hreik" date=2024-10-06 basis=WITNESSED incident=lb-dahiyeh-20241006-harethreik-mrad-building
@@claim c3 harm=INJURED min=1 max=1 named="Abu Hassan Mrad" weapon=MISSILE actor="Israeli forces" site="Haret Hreik" date=2024-10-06 basis=WITNESSED incident=lb-dahiyeh-20241006-harethreik-mrad-building
@@claim c4 harm=KILLED min=2 max=2 named="Zahraa; Fatima" weapon=MISSILE actor="Israeli forces" site="Haret Hreik" date=2024-10-06 basis=WITNESSED incident=lb-dahiyeh-20241006-harethreik-mrad-building
@@claim c5 harm=KILLED min=11 max=11 site="Haret Hreik" date=2024-10-06 basis=HEARSAY incident=lb-dahiyeh-20241006-harethreik-mrad-building
@@claim c6 harm=DISPLACED min=4 max=4 named="Najwa" site="Haret Hreik" date=2024-10-06 basis=EXPERIENCED incident=lb-dahiyeh-20241006-fakhreddine-family-flight
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null actor="Israeli forces" site="Haret Hreik" date=2024-10-17 basis=WITNESSED incident=lb-dahiyeh-20241017-harethreik-kanj-building
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="Haret Hreik" date=2006-07-12..2006-08-14 basis=EXPERIENCED incident=lb-dahiyeh-20060000-flat-damage
