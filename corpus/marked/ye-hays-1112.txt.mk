Interview ID: YE-HYS-1112
Interview date: 2019-03-05
Place of interview: [[al-Khokha|PLACE:al-Khawkha]] IDP settlement
Language: Arabic
Interviewer: [[Lucia Ferri|PERSON]]
Interpreter: [[Hisham Ba'abbad|PERSON]]

Q: Please tell me your name.
A: [[Abdulkarim Hasan Zaid|PERSON]]. People call me [[Abu Wael|PERSON]]. I am from [[Hays|PLACE]], [[Hais|PLACE:Hays]], the town of pottery, south of [[Hodeidah|PLACE]].
Q: When did you leave [[Hays|PLACE]]?
A: [[Last spring|DATE:2018-03-01..2018-05-31]], [[2018|DATE:2018-01-01..2018-12-31]]. When the front came. [[The army|ACTOR:Yemeni government forces]] and [[the Giants|ACTOR:Yemeni government forces]] on one side, the [[Houthis|ACTOR:Houthis]] in the hills on the other side. Our quarter was between.
Q: What happened before you left?
A: {{c1,c7|The [[Houthis|ACTOR:Houthis]] were firing [[mortar rounds|WEAPON:MORTAR]] into the town, on the market, every evening after the maghrib. One [[mortar|WEAPON:MORTAR]] fell on the pottery workshop of my cousin [[Hassan Zaid|PERSON]], it broke the kiln and the roof, and his worker, [[Mabkhout|PERSON]], a young man, was killed.}}
Q: Did you see this?
A: I was in the mosque, the [[Hays Great Mosque|PLACE]], for [[the maghrib prayer|DATE]]. I heard it, and I went after. I saw [[Mabkhout|PERSON]] on the ground.
Q: Was that the only time?
A: No, many times. {{c2|[[The drone|WEAPON:DRONE_STRIKE]] also, [[the zanana|WEAPON:DRONE_STRIKE]], we call it zanana because of the noise, zzzzz.}} {{c2,c8|In [[April|DATE:2018-04-01..2018-04-30]], a [[drone|WEAPON:DRONE_STRIKE]] hit a car at the junction of the [[al-Jarrahi road|PLACE]], two men in the car died.}} I don't know who they were, fighters or not. People said fighters.
Q: Whose [[drone|WEAPON:DRONE_STRIKE]]?
A: [[The coalition|ACTOR:Saudi-led coalition]] has drones, the [[Houthis|ACTOR:Houthis]] have drones. In [[Hays|PLACE]] everybody says it was the [[Houthi|ACTOR:Houthis]] [[drone|WEAPON:DRONE_STRIKE]], because the car was from the army side. I did not see [[the drone|WEAPON:DRONE_STRIKE]], only the car burning.
Q: What made you leave in the end?
A: {{c3|[[The fourth of May|DATE:2018-05-04]], I think, or [[the fifth|DATE:2018-05-05]]. The [[shelling|WEAPON:ARTILLERY]] was very heavy, the big [[guns|WEAPON:ARTILLERY]], from the hills. A [[shell|WEAPON:ARTILLERY]] fell in our yard. My wife [[Khadija|PERSON]] was hurt in the leg, and my daughter [[Salma|PERSON]], eight, in the face, small cuts.}}
A: {{c4|We left [[that night|DATE]], my wife, six children, my mother. Nine. We walked to [[al-Khawkha|PLACE]], twenty-five kilometres, at [[night|DATE]], so the [[sniper|WEAPON:SMALL_ARMS]] doesn't see us.}}
Q: Did anything happen on the way?
A: {{c5|On the way we passed the place where a [[landmine|WEAPON:LANDMINE]] killed a shepherd, [[Ali Hadi|PERSON]], [[a week before|DATE:2018-04-27..2018-04-28]], with his sheep. His family told us, they were walking with us.}} So we walked only on the tracks of the cars. If we had walked in the fields, maybe I would not be here talking to you.
Q: Were your houses damaged?
A: {{c6|My house, yes, my brother says the roof is gone. And the school next to it, the [[al-Nasr school|PLACE]], where my children studied, half destroyed.}}
Q: Have you been able to go back?
A: Not yet. It is still the front line. They say, when the agreement of [[Hodeidah|PLACE]] is done, we will go back. It has been a year.
Q: How are you living here in [[al-Khawkha|PLACE]]?
A: In tents. Eighty families. No work. The organisations bring flour sometimes. Water is a problem. My son [[Wael|PERSON]] goes fishing with the men of [[al-Khawkha|PLACE]], he earns a little. I tell him be careful, the boats have been hit before.
Q: Do you want to say anything else?
A: Only that [[Hays|PLACE]] was a peaceful town. We made pots, water jars. The whole [[Tihama|PLACE]] bought from us. Now the kilns are cold.

@@witness ye-hays-abdulkarim-zaid
@@claim c1 harm=KILLED min=1 max=1 named="Mabkhout" weapon=MORTAR actor="Houthis" site="Hays" date=2018-03-01..2018-05-04 basis=WITNESSED incident=ye-hays-20180000-pottery-workshop
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null named="Hassan Zaid" weapon=MORTAR actor="Houthis" site="Hays" date=2018-03-01..2018-05-04 basis=WITNESSED incident=ye-hays-20180000-pottery-workshop
@@claim c2 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE actor="Houthis" site="al-Jarrahi road" date=2018-04-01..2018-04-30 basis=HEARSAY incident=ye-hays-20180400-jarrahi-road-drone
@@claim c3 harm=INJURED min=2 max=2 named="Khadija; Salma" weapon=ARTILLERY site="Hays" date=2018-05-04..2018-05-05 basis=WITNESSED incident=ye-hays-20180504-zaid-house
@@claim c4 harm=DISPLACED min=9 max=9 site="Hays" date=2018-05-04..2018-05-05 basis=EXPERIENCED incident=ye-hays-20180504-zaid-house
@@claim c5 harm=KILLED min=1 max=1 named="Ali Hadi" weapon=LANDMINE date=2018-04-27..2018-04-28 basis=HEARSAY incident=ye-hays-20180400-shepherd-mine
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="Hays" basis=HEARSAY incident=ye-hays-20180504-zaid-house
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Houthis" site="al-Jarrahi road" date=2018-04-01..2018-04-30 basis=HEARSAY incident=ye-hays-20180400-jarrahi-road-drone
