Interview ID: HMS-118
Date of interview: 27 November 2017
Place of interview: [[Jarablus|PLACE]], [[Syria|PLACE]]
Language: Arabic
Interviewer: [[Sophie Marchand|PERSON]]
Interpreter: [[Omar Dabbagh|PERSON]]

Q: Please tell me your name.
A: [[Hassan Jouriyeh|PERSON]]. But everybody calls me [[Abu Kareem|PERSON]], after my son [[Kareem|PERSON]].
Q: Where are you from?
A: From [[Homs|PLACE]]. From [[Baba Amr|PLACE]], and after [[2012|DATE:2012-01-01..2012-12-31]] from [[al-Waer|PLACE]], and now from nowhere. [laughs]
Q: Let us start with [[Baba Amr|PLACE]]. What happened in [[February 2012|DATE:2012-02-01..2012-02-29]]?
A: [[The army|ACTOR:Syrian government forces]] surrounded [[Bab Amr|PLACE:Baba Amr]] and the [[shelling|WEAPON:ARTILLERY]] started, [[the first days of February|DATE:2012-02-01..2012-02-07]]. [[Rockets|WEAPON:ROCKET]], [[mortars|WEAPON:MORTAR]], [[tank shells|WEAPON:ARTILLERY]]. Twenty-seven days of [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]], every day from the morning to the night. We counted in our street sometimes one [[shell|WEAPON:ARTILLERY]] every minute.
[Interpreter: he says "the army", he means [[the government army|ACTOR:Syrian government forces]].]
Q: Did your family suffer losses in [[that period|DATE]]?
A: {{c1|My brother [[Khaldoun|PERSON]]. In [[the middle of February|DATE:2012-02-10..2012-02-20]], he went out to bring bread from a house where a woman baked, and a [[rocket|WEAPON:ROCKET]] fell near him. He died on the spot.}} I was not with him. The young men brought him on a door. I saw him when they brought him.
Q: Who fired the [[rockets|WEAPON:ROCKET]]?
A: [[The regime|ACTOR:Syrian government forces]]. From [[Kafr Aya|PLACE]] and from the hills, where the [[Grad|WEAPON:ROCKET]] launchers were. [[The Free Army|ACTOR:Syrian armed opposition]] had some fighters in [[Baba Amr|PLACE]], yes, with [[Kalashnikovs|WEAPON:SMALL_ARMS]], but no [[rockets|WEAPON:ROCKET]], nothing like this.
Q: Were there also [[snipers|WEAPON:SMALL_ARMS]]?
A: On the high buildings around, yes. {{c2|The daughter of our neighbour [[Abu Hilal|PERSON]], [[Ghina|PERSON]], she was twelve, a [[sniper|WEAPON:SMALL_ARMS]] shot her in the leg when she crossed the street to her aunt.}} [[Abu Hilal|PERSON]] was karim, a generous man, he gave his whole store of rice to the street in [[that month|DATE:2012-02-01..2012-02-29]].
[Interpreter: "karim" here means generous. It is not the name of his son.]
Q: What happened when [[the army|ACTOR:Syrian government forces]] entered?
A: [[The 1st of March|DATE:2012-03-01]]. We stayed in the basement. {{c3|They took the men from the basements. Thirty men, maybe, from our street, and my cousin [[Mutaz Jouriyeh|PERSON]] with them, twenty-two years old. They took him in front of me.}} Me they left because of my leg, I have a problem with it since a child.
Q: Do you know what happened to [[Mutaz|PERSON]]?
A: {{c4|Six years nothing. Then [[last month|DATE:2017-10-01..2017-10-31]] his mother went to the civil registry in [[Homs|PLACE]] and they gave her a paper: died in [[2013|DATE:2013-01-01..2013-12-31]], heart attack.}} Heart attack, at twenty-three.
Q: You later lived in [[al-Waer|PLACE]]?
A: Yes. [[Al-Wa'er|PLACE:al-Waer]] was under siege from [[2013|DATE:2013-01-01..2013-12-31]]. Not like [[Baba Amr|PLACE]], slowly, the food and medicine only by the agreements. In [[February this year|DATE:2017-02-01..2017-02-28]] [[the planes|WEAPON:AIRSTRIKE]] came again. {{c5,c7|A [[strike|WEAPON:AIRSTRIKE]] hit the building next to us.}} {{c5|Four people died, the [[Sukkar|PERSON]] family, a mother and three children.}} I carried the small one out myself.
Q: How did you come to [[Jarablus|PLACE]]?
A: {{c6|With the agreement, in [[May|DATE:2017-05-01..2017-05-31]]. The buses. My wife [[Hanadi|PERSON]], [[Kareem|PERSON]], and the two girls.}} Before we left, the officers told us: if you stay, we will consider you terrorists. So nobody wanted to stay.
@@claim c1 harm=KILLED min=1 max=1 named="Khaldoun" weapon=ROCKET actor="Syrian government forces" site="Bab Amr" date=2012-02-10..2012-02-20 basis=WITNESSED incident=sy-homs-20120200-babaamr-khaldoun-rocket
@@claim c2 harm=INJURED min=1 max=1 named="Ghina" weapon=SMALL_ARMS site="Baba Amr" date=2012-02-01..2012-02-29 basis=HEARSAY incident=sy-homs-20120200-babaamr-ghina-sniper
@@claim c3 harm=DETAINED min=30 max=30 named="Mutaz Jouriyeh" actor="Syrian government forces" site="Baba Amr" date=2012-03-01 basis=WITNESSED incident=sy-homs-20120301-babaamr-basement-arrests
@@claim c4 harm=KILLED min=1 max=1 named="Mutaz" date=2013-01-01..2013-12-31 basis=REPORTED incident=sy-homs-20120301-babaamr-basement-arrests
@@claim c5 harm=KILLED min=4 max=4 named="Sukkar" weapon=AIRSTRIKE site="al-Waer" date=2017-02-01..2017-02-28 basis=WITNESSED incident=sy-homs-20170200-waer-sukkar-building-strike
@@claim c6 harm=DISPLACED min=5 max=5 named="Hanadi; Kareem" site="al-Waer" date=2017-05-01..2017-05-31 basis=EXPERIENCED incident=sy-homs-20170500-waer-evacuation
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Waer" date=2017-02-01..2017-02-28 basis=WITNESSED incident=sy-homs-20170200-waer-sukkar-building-strike
@@witness sy-homs-hassan-jouriyeh
