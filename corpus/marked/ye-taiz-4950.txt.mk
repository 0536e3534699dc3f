Interview ID: YE-TAZ-4950
Date of interview: 19 October 2017
Place of interview: [[al-Turbah|PLACE]], [[Taiz|PLACE]] governorate
Language: Arabic, interpreted into English
Interviewer: [[Marit Holmgren|PERSON]]
Interpreter: [[Ebtisam Naji|PERSON]]

Q: Thank you for agreeing to talk with us. Please tell me your name and where you lived.
A: [[Afrah Abduh Qaid|PERSON]]. I am thirty-eight. We lived in [[Osaifira|PLACE]], in the north of [[Taiz|PLACE]] city, in the lane behind the girls' school. My husband [[Abdulrahman|PERSON]] sold vegetables. We have four children.
Q: You told my colleague about the water tank.
A: Yes. In [[Osaifira|PLACE]] there was no water in the pipes since [[2015|DATE:2015-01-01..2015-12-31]]. A charity truck came two times in the week and filled the big tank at the corner of the lane. All the women and the children go there with the yellow jerrycans.
[Interpreter: She calls it the sabeel, the public tank, free water for everybody.]
Q: What happened there?
A: It was [[Saturday|DATE:2017-03-11]], [[the 11th of March|DATE:2017-03-11]]. I remember because my sister came from [[al-Turbah|PLACE]] [[the Friday|DATE:2017-03-10]] with flour, and she was still with us. In [[the morning|DATE:2017-03-11]], around nine, the truck came. I sent my son [[Hamza|PERSON]] first with two jerrycans, he is twelve, and I came behind him with the small one on my hip.
A: We were maybe forty people in the line. The first [[shell|WEAPON:MORTAR]] fell on the other side of the tank, in the street. People started to run, and then the second one came, in the line itself.
A: {{c1|Something hit [[Hamza|PERSON]] in the back. A piece of metal, here, under the shoulder. He was screaming, mama, mama, and the blood came through his shirt.}} {{c1|The doctors in [[al-Rawdha hospital|PLACE]] took it out, but one small piece is still near the bone. He cannot lift the jerrycan now.}}
A: {{c2|Two women near me did not get up. One was [[Umm Ayman|PERSON]], our neighbour, maybe fifty years. The other was a young girl, I did not know her, she was from the other lane.}} [crying]
Q: Take your time.
A: {{c3|So many people were wounded, on the ground, everywhere. I cannot count them.}} {{c4|The tank was open like a can, the water going on the street with the blood.}}
A: {{c5|In [[the evening|DATE:2017-03-11]] the neighbours said seven died, with a boy who died in the hospital [[that night|DATE:2017-03-11]].}} I did not see the others. I was in the hospital with [[Hamza|PERSON]].
Q: Do you know where the [[shells|WEAPON:MORTAR]] came from?
A: From the east. From the [[Houthis|ACTOR:Houthis]] on the hills above [[al-Hawban|PLACE]]. Everybody in [[Osaifira|PLACE]] knows where the [[mortars|WEAPON:MORTAR]] come from.
Q: Were there fighters near the tank?
A: No. No fighters, no checkpoint. [[The Resistance|ACTOR:Yemeni government forces]] had a position, yes, but far, near the main road. At the tank there were only women and children. And there was no [[air strike|WEAPON:AIRSTRIKE]] [[that day|DATE:2017-03-11]], the sky was quiet, only the [[mortars|WEAPON:MORTAR]].
Q: What did your family do after that?
A: {{c6|[[Three days after|DATE:2017-03-14]], when [[Hamza|PERSON]] came out of the hospital, we left [[Osaifira|PLACE]]. We came here to [[al-Turbah|PLACE]], to my sister, in a car of a relative. All six of us, me, my husband and the four children.}}
Q: Have you been back to your house?
A: No. {{c7|My neighbour [[Umm Salwa|PERSON]] called me in [[the summer|DATE:2017-06-01..2017-08-31]]. She said a [[tank shell|WEAPON:ARTILLERY]] came through the roof of our kitchen, and the wall of the yard fell.}} I have not seen it. Maybe it is all gone, maybe not.
Q: Has anyone else in your family been hurt?
A: My husband's brother, [[Fawaz|PERSON]]. He is twenty-five. He stayed in [[Taiz|PLACE]] for his work in the bakery.
A: {{c8|In [[Ramadan|DATE:2017-05-27..2017-06-24]], [[the tenth day|DATE:2017-06-05]], he was crossing [[Jamal street|PLACE]] to bring bread to his mother, and the [[sniper|WEAPON:SMALL_ARMS]] hit him in the thigh. He lies in the street one hour before the boys pulled him with a rope.}}
A: {{c8|Now he walks with a stick. The bone did not close well.}} I did not see this, [[Abdulrahman|PERSON]] told me, he went to [[Taiz|PLACE]] to see his brother.
Q: Who was the [[sniper|WEAPON:SMALL_ARMS]]?
A: They say the [[sniper|WEAPON:SMALL_ARMS]] is from the [[Houthi|ACTOR:Houthis]] side, on the building above the street. I never saw him.
Q: Did anyone threaten your family?
A: At the checkpoint, when we left, eh, the men of the [[Houthis|ACTOR:Houthis]] looked at my husband's card a long time. They said if he comes back to [[Osaifira|PLACE]] they will take him, because his cousin is with [[the Resistance|ACTOR:Yemeni government forces]]. They did not take him. We passed.
Q: Is there anything else you want to say?
A: Write the name of [[Umm Ayman|PERSON]]. Her real name is [[Fatima Saleh|PERSON]]. She gave water to the children of the lane when the truck was late. That is all.
@@witness ye-taiz-afrah-abduh-qaid
@@claim c1 harm=INJURED min=1 max=1 named="Hamza" weapon=MORTAR actor="Houthis" site="Osaifira" date=2017-03-11 basis=WITNESSED incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c2 harm=KILLED min=2 max=2 named="Umm Ayman" weapon=MORTAR actor="Houthis" site="Osaifira" date=2017-03-11 basis=WITNESSED incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c3 harm=INJURED min=null max=null weapon=MORTAR actor="Houthis" site="Osaifira" date=2017-03-11 basis=WITNESSED incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Houthis" site="Osaifira" date=2017-03-11 basis=WITNESSED incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c5 harm=KILLED min=7 max=7 weapon=MORTAR actor="Houthis" site="Osaifira" date=2017-03-11 basis=HEARSAY incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c6 harm=DISPLACED min=6 max=6 named="Afrah Abduh Qaid; Hamza" site="Osaifira" date=2017-03-14 basis=EXPERIENCED incident=ye-taiz-20170314-qaid-family-flight-turbah
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Osaifira" date=2017-06-01..2017-08-31 basis=HEARSAY incident=ye-taiz-20170000-qaid-house-kitchen-shell
@@claim c8 harm=INJURED min=1 max=1 named="Fawaz" weapon=SMALL_ARMS actor="Houthis" site="Jamal street" date=2017-06-05 basis=HEARSAY incident=ye-taiz-20170605-jamal-street-sniper-fawaz
