Interview ID: IQ-MSL-4905
Interview date: 02/12/2017
Location: [[Hammam al-Alil|PLACE]] camp, [[Nineveh|PLACE]]
Language: Arabic
Interviewer: [[Helen Marsh|PERSON]]
Interpreter: [[Yasmin Talal|PERSON]]
Speaker: [[Rahma Younis|PERSON]]

Helen: Thank you, [[Rahma|PERSON]]. Where did you live before?
Rahma: In the old city of [[Mosul|PLACE]], in [[al-Midan|PLACE:al-Maydan]], near the river. My husband died before the war, from the sugar illness. I lived with my son [[Bakr|PERSON]], my daughter [[Ruqaya|PERSON]] and my mother-in-law.
Yasmin: Her name means mercy. She says people in the camp make a joke of it, there is no rahma in this war. [laughs]
Helen: You told me [[Bakr|PERSON]] is not with you.
Rahma: {{c1|In [[November|DATE:2016-11-01..2016-11-30]], [[the end of 2016|DATE:2016-10-01..2016-12-31]], [[Daesh|ACTOR:Islamic State]] came to the house and took [[Bakr|PERSON]]. He was seventeen. They wanted boys to fight on the left side, when [[the army|ACTOR:Iraqi forces]] came to [[Gogjali|PLACE]]. He said no, and they took him by force, two of them, I was holding his shirt.}}
Rahma: {{c2|He never came back. Not a telephone, not a paper, nothing. One man said he was killed in the fighting in [[al-Zuhur|PLACE]], another man said they have him in a prison. I don't know. I am waiting.}}
Helen: I am sorry. What happened to your house?
Rahma: {{c3|In [[the first days of Ramadan|DATE:2017-05-27..2017-06-02]] the [[shells|WEAPON:ARTILLERY]] hit the upper floor. The room of [[Bakr|PERSON]] fell down into the yard.}} I think it was [[the army|ACTOR:Iraqi forces]], the [[shells|WEAPON:ARTILLERY]] came from their side, from the river. We moved to the room under the stairs.
Helen: Tell me about the day you left.
Rahma: [[The Sunday|DATE:2017-06-18]], [[the 23rd of Ramadan|DATE:2017-06-18]]. I am sure, because [[the night before|DATE:2017-06-17]] we stayed awake for the prayer. [[Early, before the sun|DATE:2017-06-18]], we went out with the families of our street, thirty people, maybe more, toward the river where [[the soldiers|ACTOR:Iraqi forces]] were.
Rahma: {{c4|The [[snipers|WEAPON:SMALL_ARMS]] of [[Daesh|ACTOR:Islamic State]] shot at us from the old houses. My daughter [[Ruqaya|PERSON]], the [[bullet|WEAPON:SMALL_ARMS]] went into her shoulder and out from the back.}} {{c4|Now she is fourteen and she cannot lift her arm above her head. She combs her hair with the other hand.}}
Helen: Did anyone else get hurt?
Rahma: {{c5|I saw the boy [[Mustafa|PERSON]], the son of our neighbour [[Umm Mustafa|PERSON]], on the ground, and [[Umm Saad|PERSON]] near him, with her face in the dust. They were not breathing.}}
Rahma: {{c6|The others, the people told me after. With the old man, Hajji [[Sabri|PERSON]], who died at the hospital, seven people died there.}}
Yasmin: She says "al-Midan". It is the same area, near the old bridge, some people say [[al-Maydan|PLACE]].
Helen: Who was shooting, do you know?
Rahma: [[Daesh|ACTOR:Islamic State]]. Who else? [[The soldiers|ACTOR:Iraqi forces]] were calling us, come, come. The [[bullets|WEAPON:SMALL_ARMS]] came from behind.
Helen: Was anything else hit near that place?
Rahma: {{c7|[[The next day|DATE:2017-06-19]], at the same place by the river, a [[mortar|WEAPON:MORTAR]] fell on another group that was going out. My neighbour's sister was in that group, she told me here in the camp. Four died, a mother and her three children.}}
Helen: Who fired the [[mortar|WEAPON:MORTAR]]?
Rahma: She did not know. [[Daesh|ACTOR:Islamic State]], maybe. Maybe a mistake of somebody. [inaudible] In that place everything was falling.
Helen: Where did [[the soldiers|ACTOR:Iraqi forces]] take you?
Rahma: {{c8|To here, to [[Hammam al-Alil|PLACE]]. Four of us: my mother-in-law, [[Ruqaya|PERSON]], me, and the small girl of my sister, who was with us.}} My sister was in [[al-Zanjili|PLACE]], she came out [[one week later|DATE:2017-06-25]].
Helen: Have you been back to [[al-Midan|PLACE:al-Maydan]]?
Rahma: No. People say there is nothing, the houses are stones and there are still bodies under them. I will not go until they take out the bodies.
Helen: Is there anything you want to say?
Rahma: Write the name of [[Bakr|PERSON]], [[Bakr Younis|PERSON]]. If he is in a prison, maybe somebody reads it.
@@witness iq-mosul-rahma-younis
@@claim c1 harm=DETAINED min=1 max=1 named="Bakr" actor="Islamic State" site="al-Midan" date=2016-11-01..2016-11-30 basis=WITNESSED incident=iq-mosul-20161100-bakr-younis-taken
@@claim c2 harm=MISSING min=1 max=1 named="Bakr" actor="Islamic State" site="al-Midan" date=2016-11-01..2016-11-30 basis=EXPERIENCED incident=iq-mosul-20161100-bakr-younis-taken
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Iraqi forces" site="al-Midan" date=2017-05-27..2017-06-02 basis=EXPERIENCED incident=iq-mosul-20170500-midan-younis-house-shells
@@claim c4 harm=INJURED min=1 max=1 named="Ruqaya" weapon=SMALL_ARMS actor="Islamic State" site="al-Midan" date=2017-06-18 basis=WITNESSED incident=iq-mosul-20170617-maydan-crossing-snipers
@@claim c5 harm=KILLED min=2 max=2 named="Mustafa; Umm Saad" weapon=SMALL_ARMS actor="Islamic State" site="al-Midan" date=2017-06-18 basis=WITNESSED incident=iq-mosul-20170617-maydan-crossing-snipers
@@claim c6 harm=KILLED min=7 max=7 named="Sabri" weapon=SMALL_ARMS actor="Islamic State" site="al-Midan" date=2017-06-18 basis=HEARSAY incident=iq-mosul-20170617-maydan-crossing-snipers
@@claim c7 harm=KILLED min=4 max=4 weapon=MORTAR site="al-Midan" date=2017-06-19 basis=HEARSAY incident=iq-mosul-20170619-maydan-crossing-mortar
@@claim c8 harm=DISPLACED min=4 max=4 named="Rahma Younis; Ruqaya" site="al-Midan" date=2017-06-18 basis=EXPERIENCED incident=iq-mosul-20170618-younis-family-flight
