TESTIMONY RECORD
Interview ID: ANB-3205
Date of interview: 2 October 2016
Place of interview: [[Amiriyat al-Fallujah|PLACE]] camp area, [[Anbar|PLACE]]
Language: Arabic
Interviewer: [[Nadia Ferreira|PERSON]]
Interpreter: [[Haitham Saleem|PERSON]]
Witness: [[Wadha Hammadi|PERSON]] ([[Umm Sufyan|PERSON]]), 52, widow, from the [[Jolan|PLACE]] neighbourhood of [[Fallujah|PLACE]]
Q: [[Umm Sufyan|PERSON]], how long did you stay in [[Fallujah|PLACE]] under [[Daesh|ACTOR:Islamic State]]?
A: All of it. Two years and a half. From the first days in [[2014 until June this year|DATE:2014-01-01..2016-06-30]]. Where would we go? My husband, God have mercy on him, was sick with his heart, he could not walk far.
Q: What was the hardest time?
A: [[The last winter|DATE:2015-12-01..2016-02-29]], and [[the spring|DATE:2016-03-01..2016-05-31]]. No flour. We ate dates and boiled grass, I am not exaggerating, grass from the river. And the [[shelling|WEAPON:EXPLOSIVE_UNSPECIFIED]] every day.
Q: Do you remember a day in particular?
A: [[A Friday in March|DATE:2016-03-01..2016-03-31]]. [[Friday|DATE:2016-03-01..2016-03-31]], because the men were coming out of the [[Hadra Muhammadiya mosque|PLACE]]. {{c1|[[The planes|WEAPON:AIRSTRIKE]] struck the house of the [[Issawi|PERSON]] family, opposite the bakery.}}
A: {{c1|Everything came down, all the house, three floors, like somebody folded it. The bakery also, the oven was cracked and the front was open to the street.}} {{c2|Two girls of the [[Issawi|PERSON]] family, [[Shahad|PERSON]] and [[Aya|PERSON]], they were under it. They brought them out at [[night|DATE:2016-03-01..2016-03-31]], dead.}} I saw the mother when they brought them out. I will not describe it to you.
Q: Do you know whose [[planes|WEAPON:AIRSTRIKE]] they were?
A: The [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]] or [[the Americans|ACTOR:US-led coalition]], we never knew. [[Daesh|ACTOR:Islamic State]] said [[the Americans|ACTOR:US-led coalition]]. [[Daesh|ACTOR:Islamic State]] say many things.
Q: Were you or your family ever taken by [[Daesh|ACTOR:Islamic State]]?
A: {{c3|My son [[Sufyan|PERSON]], yes, in [[2015|DATE:2015-01-01..2015-12-31]], the [[hisba|ACTOR:Islamic State]] took him because he had cigarettes in his pocket. Eleven days in their prison, under the old police station.}} When he came out his back was blue from the cable. {{c4,c10|And my brother's son, [[Ahmad Hammadi|PERSON]], they took him in [[the summer|DATE:2015-06-01..2015-08-31]], they said he talked on the phone with [[the army|ACTOR:Iraqi forces]]. He never came back. Some say they killed him, nobody saw a body.}}
Q: How did you leave [[Fallujah|PLACE]]?
A: When [[the army|ACTOR:Iraqi forces]] came close, in [[June|DATE:2016-06-01..2016-06-30]], [[Daesh|ACTOR:Islamic State]] wanted us to go with them to the middle of the city, like a wall. {{c8|We ran at [[night|DATE:2016-06-01..2016-06-30]] to the south, towards the river, the [[Euphrates|PLACE]], five of us, me, my husband, the two boys and my daughter [[Marwa|PERSON]], with nothing in our hands.}} {{c5|Their [[snipers|WEAPON:SMALL_ARMS]] were shooting at people who ran, I saw a young man fall down in the field in front of us, he did not get up.}}
Q: And then?
A: We reached [[the army|ACTOR:Iraqi forces]] [[the next morning|DATE:2016-06-01..2016-06-30]], near [[al-Nuaimiya|PLACE]]. [[The army|ACTOR:Iraqi forces]] gave water, thank God for them, I say what is true. But then they put the women on one side and the men on the other side. There were also men of the [[Hashd|ACTOR:Popular Mobilization Forces]], with their flags, on the trucks.
A: {{c6|From our group they took maybe forty men and boys. My two sons, [[Sufyan|PERSON]] and [[Ammar|PERSON]]. [[Ammar|PERSON]] is sixteen. I saw them put in a truck with the hands tied behind.}}
A: {{c7|[[Ammar|PERSON]] came back after nine days, they released him in [[Amiriya|PLACE:Amiriyat al-Fallujah]]. [[Sufyan|PERSON]], no. Four months now, no news. Not in the lists of the government, not in the lists of the prisons.}}
Q: Did anyone tell you where he might be?
A: A man who was released, he said he saw [[Sufyan|PERSON]] in a hall in [[Saqlawiya|PLACE:Saqlawiyah]], beaten. This was the last thing anyone said to me. I went to the provincial council, they wrote his name on a paper.
Q: And your husband?
A: My husband they searched and they let him, because he is old and sick. They took his card, they looked at the name on a computer, then they gave it back.
A: He died in the camp, in [[August|DATE:2016-08-01..2016-08-31]], of his heart. I tell you this only so you know.
Q: What happened to your house in [[Jolan|PLACE]]?
A: {{c9|My neighbour [[Umm Ziad|PERSON]] went back to look [[last month|DATE:2016-09-01..2016-09-30]]. She said the roof of our house has a hole, the kitchen burned, and the walls, cracks everywhere, everything that was worth anything was taken.}} I do not know who took it. I do not want to say.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Issawi" weapon=AIRSTRIKE site="Fallujah" date=2016-03-01..2016-03-31 basis=WITNESSED incident=iq-fallujah-20160300-issawi-house-strike
@@claim c2 harm=KILLED min=2 max=2 named="Shahad; Aya" weapon=AIRSTRIKE site="Fallujah" date=2016-03-01..2016-03-31 basis=WITNESSED incident=iq-fallujah-20160300-issawi-house-strike
@@claim c3 harm=DETAINED min=1 max=1 named="Sufyan" actor="Islamic State" site="Fallujah" date=2015-01-01..2015-12-31 basis=HEARSAY incident=iq-fallujah-20150000-sufyan-hisba-prison
@@claim c4 harm=DETAINED min=1 max=1 named="Ahmad Hammadi" actor="Islamic State" site="Fallujah" date=2015-06-01..2015-08-31 basis=HEARSAY incident=iq-fallujah-20150000-ahmad-hammadi-taken
@@claim c10 harm=MISSING min=1 max=1 named="Ahmad Hammadi" actor="Islamic State" site="Fallujah" date=2015-06-01..2015-08-31 basis=HEARSAY incident=iq-fallujah-20150000-ahmad-hammadi-taken
@@claim c5 harm=KILLED min=1 max=1 weapon=SMALL_ARMS actor="Islamic State" site="Fallujah" date=2016-06-01..2016-06-30 basis=WITNESSED incident=iq-fallujah-20160616-flight-south-snipers
@@claim c8 harm=DISPLACED min=5 max=5 named="Marwa" site="Fallujah" date=2016-06-01..2016-06-30 basis=EXPERIENCED incident=iq-fallujah-20160616-flight-south-snipers
@@claim c6 harm=DETAINED min=40 max=40 named="Sufyan; Ammar" site="al-Nuaimiya" date=2016-06-01..2016-06-30 basis=WITNESSED incident=iq-fallujah-20160617-nuaimiya-screening
@@claim c7 harm=MISSING min=1 max=1 named="Sufyan" site="al-Nuaimiya" date=2016-06-01..2016-06-30 basis=EXPERIENCED incident=iq-fallujah-20160617-nuaimiya-screening
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null site="Jolan" basis=HEARSAY incident=iq-fallujah-20160000-hammadi-house-jolan
@@witness iq-fallujah-wadha-hammadi
