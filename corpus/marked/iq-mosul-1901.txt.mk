Interview ID: IQ-MSL-1901
Date of interview: 9 December 2017
Place of interview: [[Hammam al-Alil|PLACE]] camp, [[Nineveh|PLACE]]
Language: Arabic (Maslawi), interpreted into English
Interviewer: [[Helen Marsh|PERSON]]
Interpreter: [[Firas Younan|PERSON]]

INTERVIEWER: Can you say your name and where you lived in [[Mosul|PLACE]]?
WITNESS: [[Ghanim Salih al-Jubouri|PERSON]], they call me [[Abu Raed|PERSON]]. I lived in [[al-Zanjili|PLACE]], near the [[Zanjili roundabout|PLACE]], sixty-one years. I had a shop of spare parts for generators.
INTERVIEWER: When did the fighting reach [[al-Zanjili|PLACE]]?
WITNESS: In [[May|DATE:2017-05-01..2017-05-31]]. But before, eh, before that [[Daesh|ACTOR:Islamic State]] made our life a prison already.
INTERVIEWER: What do you mean?
WITNESS: {{c1|In [[March|DATE:2017-03-01..2017-03-31]], at the checkpoint of [[Bab Sinjar|PLACE]], the [[hisba|ACTOR:Islamic State]] stopped me and my son [[Raed|PERSON]], they found a SIM card in the lining of his jacket, and they put both of us in the basement of a house they used, nineteen days.}} Nineteen. They beat [[Raed|PERSON]] more than me because he is young. My brother [[Younis|PERSON]] was with us in the car, they searched him, they looked at his phone, and they let him go home. He had nothing on him, God protected him.
INTERPRETER: He says the basement was under a clinic, he is not sure of the street.
INTERVIEWER: And after the nineteen days?
WITNESS: A man from the tribe spoke for us, we paid, they let us out. They said next time they cut our heads. I mean, they said they would kill us, they did not do it, thanks to God.
INTERVIEWER: Tell me about [[May|DATE:2017-05-01..2017-05-31]], in [[al-Zanjili|PLACE]].
WITNESS: {{c2|It was [[four days before Ramadan|DATE:2017-05-23]], [[the 23rd|DATE:2017-05-23]] I think, [[after the maghrib prayer|DATE:2017-05-23]], [[the planes|WEAPON:AIRSTRIKE]] hit the house of Hajj [[Fathi|PERSON]]... [[Fathi Tutunji|PERSON]], across the lane from me.}} [pause] {{c3|Eleven of them died. [[Fathi|PERSON]] himself, seventy years, his two sons, the wives, and the children, [[Hiba|PERSON]], who was nine, and the small boy [[Sabah|PERSON]].}} I saw it, I was on my roof because of the heat. {{c2|The house folded like paper, I mean, it sat down on itself.}}
INTERVIEWER: Was it [[the coalition|ACTOR:US-led coalition]] or [[Iraqi forces|ACTOR:Iraqi forces]]?
WITNESS: Who else has planes? [[The Americans|ACTOR:US-led coalition]], [[the coalition|ACTOR:US-led coalition]]. {{c2|The two houses beside it, the house of [[Umm Nabil|PERSON]] and an empty house, they cracked from top to bottom and the front of them fell in the street.}} {{c5|My own windows, every glass blew into the rooms, and the door of the shop was thrown across the lane.}}
INTERVIEWER: Were there [[Daesh|ACTOR:Islamic State]] fighters in the [[Tutunji|PERSON]] house?
WITNESS: No. No. There was no [[Daesh|ACTOR:Islamic State]] inside the house of [[Fathi|PERSON]], I swear by God. There was one of them with a [[machine gun|WEAPON:SMALL_ARMS]] on a roof further, maybe four houses, five houses. {{c2|They hit the wrong house, or they did not care, I don't know.}}
INTERVIEWER: How many people did you pull out?
WITNESS: [crying] We took out [[Hiba|PERSON]]. The others we could not reach until [[the morning|DATE:2017-05-24]], because of the [[sniper|WEAPON:SMALL_ARMS]].
INTERVIEWER: When did you leave?
WITNESS: {{c6|[[The first days of Ramadan|DATE:2017-05-27..2017-05-31]], at [[the suhoor time|DATE:2017-05-27..2017-05-31]], thirty people from our lane, we ran toward [[al-Shifa|PLACE]] and then to the lines of [[the army|ACTOR:Iraqi forces]] at [[al-Yarmouk|PLACE]].}} {{c7|On the way, in [[al-Shifa|PLACE]], a [[Daesh|ACTOR:Islamic State]] [[sniper|WEAPON:SMALL_ARMS]] hit my nephew [[Karim|PERSON]] in the leg, fifteen years old.}} I carried him. God is karim, he lived.
INTERVIEWER: What happened at the line of [[the army|ACTOR:Iraqi forces]]?
WITNESS: {{c8|At the screening intelligence men of [[the army|ACTOR:Iraqi forces]] took my other nephew, [[Mahmoud Younis|PERSON]], twenty-four, because his name is like a name on their computer.}} They questioned me also, one hour, about my shop, who I sold to. Then they said go, go to the bus.
INTERVIEWER: Has [[Mahmoud|PERSON]] been released?
WITNESS: {{c9|No. We asked in [[Hammam al-Alil|PLACE]], we asked in [[Qayyarah|PLACE]], his father went to [[Baghdad|PLACE]]. Nobody says he is with them and nobody says he is not. Six months now, no news.}}
INTERVIEWER: Did anything else happen to your family in [[al-Zanjili|PLACE]]?
WITNESS: {{c10|My cousin [[Abdulsattar|PERSON]], the neighbours told me, he was killed by a [[mortar|WEAPON:MORTAR]] in front of the [[Zinjili|PLACE:al-Zanjili]] bakery [[two days after we left|DATE:2017-05-29..2017-06-02]].}} I did not see it. I believe them, they buried him in the garden.
INTERVIEWER: Is there anything else?
WITNESS: Write the name of [[Fathi|PERSON]]. Eleven people. Nobody from the government came to ask.

@@witness iq-mosul-ghanim-aljubouri
@@claim c1 harm=DETAINED min=2 max=2 named="Raed" actor="Islamic State" site="Bab Sinjar" date=2017-03-01..2017-03-31 basis=EXPERIENCED incident=iq-mosul-20170300-babsinjar-jubouri-hisba-basement
@@claim c2 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE actor="US-led coalition" site="al-Zanjili" date=2017-05-23 basis=WITNESSED incident=iq-mosul-20170523-zanjili-tutunji-house
@@claim c3 harm=KILLED min=11 max=11 named="Fathi; Hiba; Sabah" weapon=AIRSTRIKE actor="US-led coalition" site="al-Zanjili" date=2017-05-23 basis=WITNESSED incident=iq-mosul-20170523-zanjili-tutunji-house
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US-led coalition" site="al-Zanjili" date=2017-05-23 basis=EXPERIENCED incident=iq-mosul-20170523-zanjili-tutunji-house
@@claim c6 harm=DISPLACED min=30 max=30 site="al-Shifa" date=2017-05-27..2017-05-31 basis=EXPERIENCED incident=iq-mosul-20170527-zanjili-lane-flight
@@claim c7 harm=INJURED min=1 max=1 named="Karim" weapon=SMALL_ARMS actor="Islamic State" site="al-Shifa" date=2017-05-27..2017-05-31 basis=WITNESSED incident=iq-mosul-20170527-zanjili-lane-flight
@@claim c8 harm=DETAINED min=1 max=1 named="Mahmoud Younis" actor="Iraqi forces" site="al-Yarmouk" date=2017-05-27..2017-05-31 basis=WITNESSED incident=iq-mosul-20170527-yarmouk-screening-mahmoud
@@claim c9 harm=MISSING min=1 max=1 named="Mahmoud" actor="Iraqi forces" site="al-Yarmouk" date=2017-05-27..2017-05-31 basis=WITNESSED incident=iq-mosul-20170527-yarmouk-screening-mahmoud
@@claim c10 harm=KILLED min=1 max=1 named="Abdulsattar" weapon=MORTAR site="Zinjili" date=2017-05-29..2017-06-02 basis=HEARSAY incident=iq-mosul-20170529-zanjili-bakery-mortar
