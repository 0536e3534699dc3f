INTERVIEW RECORD
Interview ID: DRY-803
Date of interview: 19/11/2018
Place of interview: [[Reyhanli|PLACE]], [[Hatay|PLACE]], [[Turkey|PLACE]]
Language: Arabic, notes translated into English
Interviewer: [[Jonas Ekberg|PERSON]]
Q: Please introduce yourself.
A: [[Ammar Habbal|PERSON]]. I was a nursing student in [[Damascus|PLACE]] university, third year, when it started. In [[Darayya|PLACE]] I worked in the field hospital from [[2012|DATE:2012-01-01..2012-12-31]] to the end, [[August 2016|DATE:2016-08-01..2016-08-31]].
Q: You also worked with people from [[Moadamiyeh|PLACE]]?
A: [[Muadamiyat al-Sham|PLACE:Moadamiyeh]] is the next town, you can walk. In the first years the two towns were one front. The wounded came from both sides.
Q: Tell me about [[August 2013|DATE:2013-08-01..2013-08-31]].
A: The [[chemical|WEAPON:CHEMICAL]]. [[The 21st|DATE:2013-08-21]], [[before the fajr|DATE:2013-08-21]]. We heard [[rockets|WEAPON:ROCKET]] fall on [[Moadamiyeh|PLACE]] but the sound was small, no big explosion, and we thought, good, they did not explode. [[After half an hour|DATE:2013-08-21]] the people started to come.
Q: What did you see?
A: {{c1|People with foam at the mouth, the eyes, the pupils very small, like a point. Children shaking. We had no atropine, only a few ampoules. In our point we received dozens of people from [[Moadamiyeh|PLACE]] in the first hours, more than fifty I think, and some of them died in front of us.}} I remember a man, [[Abu Khaled Shaker|PERSON]], he brought his two daughters and he fell down himself at the door.
Q: Do you know what the substance was?
A: Later the inspectors said [[sarin|WEAPON:CHEMICAL]]. Then we didn't know the name. We washed people with water, we took off their clothes, this is what we knew.
Q: How many died, as far as you know?
A: {{c2|Between us and the other points, I heard around eighty from [[Moadamiyeh|PLACE]], maybe more. The people of [[Moadamiyeh|PLACE]] will tell you better.}} In eastern [[Ghouta|PLACE]] it was much more, hundreds, but that is another place.
Q: Let us go to [[February 2015|DATE:2015-02-01..2015-02-28]]. The [[Mustafa mosque|PLACE]].
A: Yes. I was on duty. {{c3,c6|It was [[the afternoon|DATE:2015-02-14]], the [[barrel|WEAPON:BARREL_BOMB]] hit the house beside the mosque, the basement, and we received the dead, more than ten, and many wounded.}} The people said twelve but I counted the bodies in the hospital, I think ten or eleven came to us, the others were taken direct to the cemetery.
Q: Do you remember names?
A: A boy called [[Hassan|PERSON]], I knew his face from the mosque. And an old man from the [[Naqqash|PERSON]] family, [[Abu Sami Naqqash|PERSON]]. We could not save him, the head.
Q: Were you yourself hurt during the siege?
A: {{c4|In [[2016|DATE:2016-01-01..2016-12-31]], in [[May|DATE:2016-05-01..2016-05-31]], a [[sniper|WEAPON:SMALL_ARMS]] from the side of the airport shot me in the leg when I crossed the street to the hospital.}} There was a curtain across the street to hide, but the wind opened it. [[Karim|PERSON]], the ambulance driver, pulled me in. God is karim, I walked again after four months.
Q: Who was at the airport?
A: The [[Mezzeh|PLACE]] military airport, [[the Fourth Division|ACTOR:Syrian government forces]] and [[Air Force Intelligence|ACTOR:Syrian government forces]]. It is theirs.
Q: Was the hospital ever hit?
A: {{c5|[[The planes|WEAPON:AIRSTRIKE]] and [[the helicopters|WEAPON:AIRSTRIKE]] hit near it many times, and one time in [[January 2016|DATE:2016-01-01..2016-01-31]] a [[barrel|WEAPON:BARREL_BOMB]] destroyed the entrance and the pharmacy room.}} Nobody inside died, we were in the lower floor. If we were upstairs, we would have died.
@@claim c1 harm=INJURED min=51 max=null weapon=CHEMICAL site="Moadamiyeh" date=2013-08-21 basis=WITNESSED incident=sy-moadamiyeh-20130821-sarin-rockets
@@claim c2 harm=KILLED min=80 max=null weapon=CHEMICAL site="Moadamiyeh" date=2013-08-21 basis=HEARSAY incident=sy-moadamiyeh-20130821-sarin-rockets
@@claim c3 harm=KILLED min=11 max=null named="Hassan; Abu Sami Naqqash" weapon=BARREL_BOMB site="Mustafa mosque" date=2015-02-14 basis=WITNESSED incident=sy-darayya-20150214-mustafa-mosque-barrel
@@claim c4 harm=INJURED min=1 max=1 weapon=SMALL_ARMS actor="Syrian government forces" site="Darayya" date=2016-05-01..2016-05-31 basis=EXPERIENCED incident=sy-darayya-20160500-ammar-habbal-sniper
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Darayya" date=2016-01-01..2016-01-31 basis=WITNESSED incident=sy-darayya-20160100-field-hospital-barrel
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Mustafa mosque" date=2015-02-14 basis=WITNESSED incident=sy-darayya-20150214-mustafa-mosque-barrel
@@witness sy-darayya-ammar-habbal
