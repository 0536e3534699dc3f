Interview ID: SY-DRA-4305
Date of interview: 2023-05-03
Place of interview: [[Reyhanli|PLACE]], [[Hatay|PLACE]]
Language: Arabic, some English
Interviewer: [[Corinne Masset|PERSON]]

INT: Thank you for agreeing. Tell me about your work in [[Daraa|PLACE]].
RESP: I am [[Duaa al-Akrad|PERSON]], I am a nurse. I studied in [[Damascus|PLACE]], I finished in [[2009|DATE:2009-01-01..2009-12-31]]. From [[2014 to 2018|DATE:2014-01-01..2018-12-31]] I worked in the field hospital in [[Daraa al-Balad|PLACE]], [[Dar'a al-Balad|PLACE:Daraa al-Balad]], we say "al-Balad" only. In a basement, under a house, three rooms.
INT: You wrote to us about a day in [[Ramadan|DATE:2017-05-27..2017-06-25]].
RESP: Yes, the [[barrels|WEAPON:BARREL_BOMB]] day, [[a Sunday in Ramadan|DATE:2017-06-11]], [[the 11th of June|DATE:2017-06-11]]. I checked the date in my notebook before you came. [[Before iftar|DATE:2017-06-11]], the table was ready in the back room, dates and water, and then the radio of the observatory said [[helicopter|WEAPON:AIRSTRIKE]] over [[al-Balad|PLACE:Daraa al-Balad]], take cover.
INT: What did you see?
RESP: I heard two, very close to us, the walls moved. And then after maybe fifteen minutes they started to bring them. {{c1|Fourteen wounded we received, I wrote them, fourteen, most from the area near the [[Omari|PLACE:Omari mosque]], children also, a boy with no... his foot, below the knee.}} {{c2|Five dead came to us. Five I saw. [[Abu Fares|PERSON]] I knew, everybody knew him, the juice man, he was already gone when they brought him.}}
INT: We heard other numbers.
RESP: {{c3|Yes. In [[the evening|DATE:2017-06-11]] Dr. [[Munir|PERSON]] read the names on the loudspeaker of the mosque, seven names, because two died in [[the night|DATE:2017-06-11]] in another point, not ours.}} I did not see those two. So I say five I saw and seven on the list.
INT: Was it [[barrels|WEAPON:BARREL_BOMB]], are you sure?
RESP: The [[barrel|WEAPON:BARREL_BOMB]] makes a hole like a room, and the smell of the TNT. Yes. From [[the regime|ACTOR:Syrian government forces]] [[helicopter|WEAPON:AIRSTRIKE]].
INT: Did anything else happen [[that day|DATE:2017-06-11]]?
RESP: [[One hour later|DATE:2017-06-11]], maybe more, after we broke the fast, one more [[barrel|WEAPON:BARREL_BOMB]] fell in the camp, [[Mukhayyam Daraa|PLACE]], the Palestinian camp, next to us. {{c5|A family of three injured, a mother and two girls, cuts, they came walking.}} Nobody died there, thanks God. People mix the two, they think it was one attack. It was two places.
INT: When did you leave [[Daraa|PLACE]]?
RESP: Wait, first about [[Tafas|PLACE]], because my family is from [[Tafas|PLACE]], Tafs we say. In [[June 2018|DATE:2018-06-01..2018-06-30]], after [[Eid|DATE:2018-06-15..2018-06-17]], the [[Russian|ACTOR:Russian forces]] [[jets|WEAPON:AIRSTRIKE]] came. Not the helicopters now, [[the jets|WEAPON:AIRSTRIKE]], high, you hear and you don't see.
RESP: They dropped the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] over the fields on the west of [[Tafas|PLACE]]. [[The 26th|DATE:2018-06-26]], I think, it was [[a Tuesday|DATE:2018-06-26]]. {{c7|[[Two days later|DATE:2018-06-28]] my nephew [[Ibrahim|PERSON]], ten years old, he found one of the small [[bomblets|WEAPON:CLUSTER_MUNITION]] in the wheat, like a ball, and he took it.}} {{c7|His hand. Three fingers. And the eye, the left.}} My brother called me on the phone, screaming, and I went to [[Tafs|PLACE:Tafas]] in a car in [[the night|DATE:2018-06-28]], the road was very dangerous.
INT: Did you treat him?
RESP: I cleaned it, I stopped the blood. Then they took him to the border, to [[Jordan|PLACE]], and the Jordanians let him in, he had surgery in [[Ramtha|PLACE]]. He lives. He is fifteen now, he writes with the left hand.
RESP: {{c8|Also the fire. [[The jets|WEAPON:AIRSTRIKE]] dropped something with fire, [[napalm|WEAPON:INCENDIARY]] people said, and the wheat of my brother burned, all the field, before the harvest.}}
INT: You said [[the jets|WEAPON:AIRSTRIKE]]. Were there also [[rockets|WEAPON:ROCKET]]?
RESP: In [[2017|DATE:2017-01-01..2017-12-31]] yes, the [[Fil|WEAPON:ROCKET]], the elephant, very loud, on [[al-Balad|PLACE:Daraa al-Balad]]. But [[that day|DATE:2018-06-26]] in [[Tafas|PLACE]], no, I did not hear [[rockets|WEAPON:ROCKET]]. Only [[the planes|WEAPON:AIRSTRIKE]].
INT: And you left after that?
RESP: {{c9|In [[July|DATE:2018-07-01..2018-07-31]], when the agreement came, I went north on the buses, to [[Idlib|PLACE]], because for a nurse of a field hospital to stay was dangerous.}} If they had found my name, they would take me. Many nurses they took. I left alone, my husband stayed with his mother.
INT: Is there something you want to add?
RESP: Write that the hospital was not hit [[that day|DATE:2017-06-11]]. People on Facebook said the field hospital of [[al-Balad|PLACE:Daraa al-Balad]] was destroyed. It was not, we worked all the night.
@@witness sy-daraa-duaa-al-akrad
@@claim c1 harm=INJURED min=14 max=14 weapon=BARREL_BOMB actor="Syrian government forces" site="Omari" date=2017-06-11 basis=WITNESSED incident=sy-daraa-20170611-omari-mosque-barrels
@@claim c2 harm=KILLED min=5 max=5 named="Abu Fares" weapon=BARREL_BOMB actor="Syrian government forces" site="Omari" date=2017-06-11 basis=WITNESSED incident=sy-daraa-20170611-omari-mosque-barrels
@@claim c3 harm=KILLED min=7 max=7 weapon=BARREL_BOMB actor="Syrian government forces" site="Omari" date=2017-06-11 basis=REPORTED incident=sy-daraa-20170611-omari-mosque-barrels
@@claim c5 harm=INJURED min=3 max=3 weapon=BARREL_BOMB actor="Syrian government forces" site="Mukhayyam Daraa" date=2017-06-11 basis=WITNESSED incident=sy-daraa-20170611-camp-barrel
@@claim c7 harm=INJURED min=1 max=1 named="Ibrahim" weapon=CLUSTER_MUNITION actor="Russian forces" site="Tafas" date=2018-06-28 basis=WITNESSED incident=sy-tafas-20180628-ibrahim-bomblet
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Russian forces" site="Tafas" date=2018-06-01..2018-06-30 basis=HEARSAY incident=sy-tafas-20180600-akrad-wheat-fire
@@claim c9 harm=DISPLACED min=1 max=1 site="Daraa al-Balad" date=2018-07-01..2018-07-31 basis=EXPERIENCED incident=sy-daraa-20180700-duaa-akrad-north
