Interview ID: SY-HMA-418
Date of interview: 27 November 2017
Place of interview: [[Reyhanli|PLACE]], [[Hatay|PLACE]], [[Turkey|PLACE]]
Language: Arabic, interpreted into English
Interviewer: [[Mark Ellison|PERSON]]
Interpreter: [[Hiba Khatib|PERSON]]

INTERVIEWER: Please introduce yourself, as much as you are comfortable with.
WITNESS: People call me [[Abu Hamza|PERSON]]. I am from [[al-Lataminah|PLACE:Latamneh]], in the northern countryside of [[Hama|PLACE]]. I was a teacher of mathematics, then the school closed, then I was a farmer, pistachio.
INTERVIEWER: You left [[Latamneh|PLACE]] when?
WITNESS: {{c9|In [[January|DATE:2017-01-01..2017-01-31]], [[this year|DATE:2017-01-01..2017-12-31]]. Because of the children. After the school road, my wife said, enough.}}
INTERVIEWER: Tell me about the school road.
WITNESS: It was [[the day after Ashura|DATE:2016-10-12]], [[a Wednesday|DATE:2016-10-12]], in [[October last year|DATE:2016-10-01..2016-10-31]]. [[Around half past twelve|DATE:2016-10-12]], when the small children come out of the primary school. The school is on the road to [[Kafr Zita|PLACE]], at the edge of the town.
WITNESS: I was in my field, maybe four hundred metres. Two [[jets|WEAPON:AIRSTRIKE]]. [[The Russians|ACTOR:Russian forces]], we know the sound, they are higher than [[the regime|ACTOR:Syrian government forces]] [[planes|WEAPON:AIRSTRIKE]], and they come in pairs. They dropped the [[cluster bombs|WEAPON:CLUSTER_MUNITION]], the ones that open, and the small [[bomblets|WEAPON:CLUSTER_MUNITION]] came down on the road like rain, pop pop pop pop.
INTERVIEWER: What did you do?
WITNESS: I ran to the road. [pause] {{c1|I saw seven children dead, on the road and in the ditch, and two women, mothers who came to take their children.}} {{c2|[[Yaman|PERSON]], ten years, and his sister [[Rahaf|PERSON]], eight, the children of my neighbour [[Abu Fadi|PERSON]], they were together, holding hands.}} [crying]
INTERPRETER: He needs a minute.
WITNESS: {{c3|More than twenty were wounded, the clinic was full, they took some to [[Bab al-Hawa|PLACE]].}} {{c4|My niece [[Amal|PERSON]], nine years, a piece in her leg, she walks now but with pain.}} [[After that day|DATE]], I tell you, there was no amal. No hope.
INTERPRETER: "Amal" is also the word for hope. He is making the connection with his niece's name.
INTERVIEWER: Were there fighters or military positions near the school?
WITNESS: No. The fighters were at the front, at [[Maan|PLACE]] and [[Souran|PLACE]], many kilometres. Near the school only houses and fields. If there were fighters there, I would not send my own children to that school, would I?
INTERVIEWER: After the [[strike|WEAPON:AIRSTRIKE]], were there unexploded [[bomblets|WEAPON:CLUSTER_MUNITION]]?
WITNESS: Many. In the fields, in the olive trees. The civil defence came with a red flag for each one, they found more than forty. For weeks nobody could harvest.
INTERVIEWER: Before that, how was [[Latamneh|PLACE]] targeted?
WITNESS: The [[barrels|WEAPON:BARREL_BOMB]], the [[helicopter bombs|WEAPON:BARREL_BOMB]], we call them. Since [[2014|DATE:2014-01-01..2014-12-31]], [[the helicopters|WEAPON:AIRSTRIKE]] of [[the regime|ACTOR:Syrian government forces]] dropped [[barrels|WEAPON:BARREL_BOMB]] almost every week. {{c5,c6|In [[Ramadan last year|DATE:2016-06-06..2016-07-05]], [[before iftar|DATE]], a [[barrel bomb|WEAPON:BARREL_BOMB]] fell on the house of the [[Hamdo|PERSON]] family, two houses from mine, and [[Umm Ahmad|PERSON]] and her son [[Ahmad Hamdo|PERSON]], who was fifteen, died under the roof.}} {{c6|Also my house lost the second floor [[that day|DATE]].}}
INTERVIEWER: Do you know about the [[chemical|WEAPON:CHEMICAL]] attack [[this year|DATE:2017-01-01..2017-12-31]]?
WITNESS: I was already here in [[Turkey|PLACE]]. My cousin told me. {{c7|[[The end of March|DATE:2017-03-25..2017-03-31]], [[the regime|ACTOR:Syrian government forces]] [[planes|WEAPON:AIRSTRIKE]] dropped [[sarin|WEAPON:CHEMICAL]] near the town, in [[the morning|DATE]], and his wife, [[Umm Ayham|PERSON]], she died in the hospital in [[Turkey|PLACE]] [[after two days|DATE]].}} {{c8|He says dozens could not breathe, with the foam on the mouth, children too.}}
INTERVIEWER: How did he know it was [[sarin|WEAPON:CHEMICAL]]?
WITNESS: The doctors said. And the smell, it was not like the [[chlorine|WEAPON:CHEMICAL]] before, [[chlorine|WEAPON:CHEMICAL]] smells like the swimming pool. This had no smell, he said.
@@witness sy-latamneh-abu-hamza
@@claim c1 harm=KILLED min=9 max=9 weapon=CLUSTER_MUNITION actor="Russian forces" site="al-Lataminah" date=2016-10-12 basis=WITNESSED incident=sy-latamneh-20161012-school-road
@@claim c2 harm=KILLED min=2 max=2 named="Yaman; Rahaf" weapon=CLUSTER_MUNITION actor="Russian forces" site="al-Lataminah" date=2016-10-12 basis=WITNESSED incident=sy-latamneh-20161012-school-road
@@claim c3 harm=INJURED min=21 max=null weapon=CLUSTER_MUNITION actor="Russian forces" site="al-Lataminah" date=2016-10-12 basis=WITNESSED incident=sy-latamneh-20161012-school-road
@@claim c4 harm=INJURED min=1 max=1 named="Amal" weapon=CLUSTER_MUNITION actor="Russian forces" site="al-Lataminah" date=2016-10-12 basis=WITNESSED incident=sy-latamneh-20161012-school-road
@@claim c5 harm=KILLED min=2 max=2 named="Umm Ahmad; Ahmad Hamdo" weapon=BARREL_BOMB actor="Syrian government forces" site="Latamneh" date=2016-06-06..2016-07-05 basis=WITNESSED incident=sy-latamneh-20160000-hamdo-house
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Latamneh" date=2016-06-06..2016-07-05 basis=EXPERIENCED incident=sy-latamneh-20160000-hamdo-house
@@claim c7 harm=KILLED min=1 max=1 named="Umm Ayham" weapon=CHEMICAL actor="Syrian government forces" site="Latamneh" date=2017-03-25..2017-03-31 basis=HEARSAY incident=sy-latamneh-20170300-sarin
@@claim c8 harm=INJURED min=24 max=null weapon=CHEMICAL actor="Syrian government forces" site="Latamneh" date=2017-03-25..2017-03-31 basis=HEARSAY incident=sy-latamneh-20170300-sarin
@@claim c9 harm=DISPLACED min=null max=null site="Latamneh" date=2017-01-01..2017-01-31 basis=EXPERIENCED incident=sy-latamneh-20170100-abu-hamza-family-displaced
