Interview ID: LY-ABS-4201
Interview date: 14/03/2020
Place of interview: [[Abu Salim|PLACE]], [[Tripoli|PLACE]]
Language: Arabic (Libyan), interpreted into English
Interviewer: [[Helen Rutherford|PERSON]]
Interpreter: [[Mabrouka Shibani|PERSON]]

Q: Thank you for receiving us. Can you say your name, and where you lived before the war?
A: [[Khadija Ramadan al-Fitouri|PERSON]]. [[Ramadan|PERSON]] is my father, God have mercy on him. Before, we lived in [[Ain Zara|PLACE]], behind the vegetable market, near the road to [[Khallat al-Furjan|PLACE]].
Q: When did you leave [[Ain Zara|PLACE]]?
A: The war started [[the 4th|DATE:2019-04-04]], on the radio they said [[Haftar|ACTOR:Libyan National Army]] is coming to [[Tripoli|PLACE]]. {{c1|We stayed two nights only. [[The Saturday|DATE:2019-04-06]] we left, me and the four children and my mother-in-law, in the car of my brother, with nothing, the blankets and the papers.}}
[Interpreter: She says she thought it was for one week. It became one year.]
A: We came here, to [[Abu Salim|PLACE]], to the flat of my brother [[Tawfiq|PERSON]], in [[Hay al-Akwakh|PLACE]]. Second floor.
Q: I would like to ask about [[December|DATE:2019-12-01..2019-12-31]]. What happened in [[Hay al-Akwakh|PLACE]]?
A: [[The 14th|DATE:2019-12-14]]. [[A Saturday|DATE:2019-12-14]] also, strange, no? Always Saturday for us. It was [[after the isha prayer|DATE:2019-12-14]], the children were watching cartoons on the phone because the electricity was cut.
A: {{c2|I was in the corridor, we sit in the corridor because it has no windows. I did not see anything. I heard it hit. One, and then another one, very close, the whole building shook and the glass came in from the kitchen.}}
Q: What did you do then?
A: {{c3|My daughter [[Amal|PERSON]] was in the kitchen, she went to bring water. The glass went into her face, here, and here, near the eye.}} [crying]
[Interpreter: She asks to stop a moment.]
A: Go on. [[Amal|PERSON]], she is eleven. {{c3|They took out the glass at the hospital, fourteen stitches. The eye is fine, thanks God.}}
[Interpreter: Amal, it means hope. She says she chose the name herself.]
Q: Was anyone else hurt?
A: {{c4,c2|[[After maybe ten minutes|DATE:2019-12-14]] I went down to the street, and the house in front of us, the house of the [[Shteiwi|PERSON]] family, the front was open like a box.}} {{c4|The men were carrying out people. They carried out three. I saw them on the ground, under blankets.}}
A: {{c4|The grandmother, Hajja [[Mabrouka|PERSON]], and the small boy [[Moataz|PERSON]], nine years, and a cousin who was visiting from [[Janzour|PLACE]], I don't know his name.}}
Q: Do you know what hit the house?
A: My son, he is fifteen, he says it was [[hawn|WEAPON:MORTAR]], not [[Grad|WEAPON:ROCKET]], because there was no whistle. My brother says [[Grad|WEAPON:ROCKET]]. I don't know these things. It came from the south, from where the men of [[Haftar|ACTOR:Libyan National Army]] were, this everybody says.
Q: Were there fighters in your street?
A: No. No [[Wifaq|ACTOR:Government of National Accord forces]], no checkpoint, nothing. Families. And nobody was hurt in our building, only [[Amal|PERSON]]. Only the windows.
A: I want to go back to the [[Shteiwi|PERSON]] house. I said three. {{c5|But the father, [[Nuri Shteiwi|PERSON]], he was taken to the [[Abu Salim hospital|PLACE]] with his legs, and he died there after twelve days.}} So it is four from that house. His wife told me at the funeral.
Q: How did people react afterwards?
A: {{c2|People said the school was hit also, the [[Ibn Khaldun school|PLACE]], because the children were crying there [[the next morning|DATE:2019-12-15]].}} But it was not hit, I passed by it myself. Nothing. They were crying because of what happened.
A: We were afraid they would shell again, every night after that. I made the children sleep in the corridor, all of them, with the mattresses.
Q: Did they?
A: {{c6|In [[January|DATE:2020-01-01..2020-01-31]] again. Near the bakery, at the end of [[Hay al-Akwakh|PLACE]], one [[rocket|WEAPON:ROCKET]] fell in the parking. The car of the baker burned completely, I saw it black in [[the morning|DATE:2020-01-01..2020-01-31]].}} Nobody died that time, thanks God, it was [[after midnight|DATE:2020-01-01..2020-01-31]] and the street was empty.
Q: Is there anything else you want to tell us?
A: My husband, [[Saleh|PERSON]], he died before all this, in [[2016|DATE:2016-01-01..2016-12-31]], an accident on the airport road, a truck. So I am alone with them. If [[the planes|WEAPON:AIRSTRIKE]] had come to our street like they came to [[Tajoura|PLACE]], we would all be dead, I think. [[Amal|PERSON]] says she wants to be a doctor now.
@@witness ly-abusalim-khadija-fitouri
@@claim c1 harm=DISPLACED min=6 max=6 site="Ain Zara" date=2019-04-06 basis=EXPERIENCED incident=ly-tripoli-20190406-ainzara-fitouri-flight
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null actor="Libyan National Army" site="Hay al-Akwakh" date=2019-12-14 basis=EXPERIENCED incident=ly-tripoli-20191214-abusalim-akwakh-street-grad
@@claim c3 harm=INJURED min=1 max=1 named="Amal" actor="Libyan National Army" site="Hay al-Akwakh" date=2019-12-14 basis=WITNESSED incident=ly-tripoli-20191214-abusalim-akwakh-street-grad
@@claim c4 harm=KILLED min=3 max=3 named="Mabrouka; Moataz" actor="Libyan National Army" site="Hay al-Akwakh" date=2019-12-14 basis=WITNESSED incident=ly-tripoli-20191214-abusalim-akwakh-street-grad
@@claim c5 harm=KILLED min=1 max=1 named="Nuri Shteiwi" actor="Libyan National Army" site="Hay al-Akwakh" date=2019-12-14 basis=HEARSAY incident=ly-tripoli-20191214-abusalim-akwakh-street-grad
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Hay al-Akwakh" date=2020-01-01..2020-01-31 basis=WITNESSED incident=ly-tripoli-20200100-abusalim-akwakh-bakery-rocket
