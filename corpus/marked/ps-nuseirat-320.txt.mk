@@newline crlf
WITNESS STATEMENT

Statement ID: PS-NUS-320
Date of interview: 2 May 2024
Place of interview: [[Deir al-Balah|PLACE]], [[Gaza|PLACE]]
Language: Arabic (Syrian and Gazan dialects)
Interviewer: [[Tariq Mansour|PERSON]]
Witness: W-320, man, 47, Palestinian refugee from [[Syria|PLACE]]

I am Palestinian, but I was born in [[Syria|PLACE]], in [[Yarmouk|PLACE]] camp, in [[Damascus|PLACE]]. My grandfather came from [[Safad|PLACE]] in [[1948|DATE:1948-01-01..1948-12-31]]. So I am a refugee two times, now maybe three times. I want to tell both, because for me it is one story.

In [[Yarmouk|PLACE]] the war came in [[December 2012|DATE:2012-12-01..2012-12-31]]. The fighters came into the camp, and then [[the regime|ACTOR:Syrian government forces]] put the siege. {{c1|[[The planes|WEAPON:AIRSTRIKE]], [[the MiG|WEAPON:AIRSTRIKE]], hit near the mosque in the middle of the camp, at [[noon|DATE]], where displaced people were sleeping, and I saw with my eyes maybe twenty dead, maybe more, I carried two of them.}} {{c8|After that we left, me, my wife [[Rasha|PERSON]], and our son [[Salam|PERSON]], he was two years old then.}} We went to [[Lebanon|PLACE]], then by sea to [[Egypt|PLACE]], and in [[2013|DATE:2013-01-01..2013-12-31]] through the tunnels to [[Rafah|PLACE]], because my wife's family is from [[Nuseirat|PLACE]]. People thought I was crazy. From the war to [[Gaza|PLACE]]!

My brother [[Abu Wassim|PERSON]] stayed in [[Yarmouk|PLACE]] with his wife [[Umm Wassim|PERSON]]. He told me about the hunger in the siege, and about the [[barrels|WEAPON:BARREL_BOMB]]. {{c2|In [[April 2015|DATE:2015-04-01..2015-04-30]], when [[Daesh|ACTOR:Islamic State]] entered the camp, [[the helicopters|WEAPON:AIRSTRIKE]] of [[the regime|ACTOR:Syrian government forces]] dropped [[barrel bombs|WEAPON:BARREL_BOMB]] on [[Yarmouk|PLACE]], on the houses, not on [[Daesh|ACTOR:Islamic State]] only.}} {{c3,c9|One [[barrel|WEAPON:BARREL_BOMB]] fell on the building of his neighbour, on [[Lubya street|PLACE]], and the neighbour's wife and daughter died, he told me on WhatsApp [[the same night|DATE]].}} I never saw the [[barrels|WEAPON:BARREL_BOMB]] myself, I was already here. But I know his voice when he is lying, and he was not lying.

Now [[Gaza|PLACE]]. We live in [[Nuseirat|PLACE]] camp, block 2, near the market, since [[2013|DATE:2013-01-01..2013-12-31]]. My son [[Salam|PERSON]] is now thirteen. When people here greet me with "salam", peace, I think: there is no salam, only the name of my son.

{{c4|On [[the 8th of June|DATE:2024-06-08]]... no, sorry, I am confusing. It was [[the 8th of November|DATE:2023-11-08]], in [[the morning|DATE]], [[the planes|WEAPON:AIRSTRIKE]] hit the house of the [[Abu Hasira|PERSON]] family, next to the market, two houses from us.}} There was no warning. {{c5,c7|Eleven people died, the neighbours counted eleven, and my son [[Salam|PERSON]] was injured by the glass of our window, in the face and the arm.}} We took him to the [[al-Awda hospital|PLACE]] in [[Nuseirat|PLACE]], and then to the [[al-Aqsa hospital|PLACE]] in [[Deir al-Balah|PLACE]], because [[al-Awda|PLACE:al-Awda hospital]] had no place.

{{c6|In [[January|DATE:2024-01-01..2024-01-31]], the [[shelling|WEAPON:ARTILLERY]] from the east came close, to [[Nuseirat|PLACE]] and [[al-Bureij|PLACE]], and we left again, to [[Deir al-Balah|PLACE]], to a tent near the sea.}} My wife says: [[Yarmouk|PLACE]], [[Nuseirat|PLACE]], the tent. What is next, the sea?

I am asked always if there were fighters near our house. I will say the truth. In [[Yarmouk|PLACE]], yes, there were fighters in the camp, everybody knows. In [[Nuseirat|PLACE]], in the house of [[Abu Hasira|PERSON]], I do not know of any fighter, he sold vegetables, and his sons were students. If there was a fighter, I would know, we lived wall to wall.

I have seen the [[barrel|WEAPON:BARREL_BOMB]] of [[the helicopter|WEAPON:AIRSTRIKE]] in my brother's stories and the [[bomb|WEAPON:AIRSTRIKE]] of [[the F-16|WEAPON:AIRSTRIKE]] with my own eyes. I can tell you they are not the same. The [[barrel|WEAPON:BARREL_BOMB]] is a dirty thing, full of nails and scrap. The [[bomb|WEAPON:AIRSTRIKE]] here cuts a building in half like a knife. But the mother who cries, she cries the same in [[Damascus|PLACE]] and in [[Nuseirat|PLACE]].

I ask one thing: write the names. {{c5|[[Umm Nidal Abu Hasira|PERSON]], who gave my son sweets every Friday, she is one of the eleven.}}
@@witness ps-nuseirat-witness-320
@@claim c1 harm=KILLED min=20 max=null weapon=AIRSTRIKE site="Yarmouk" date=2012-12-01..2012-12-31 basis=WITNESSED incident=sy-yarmouk-20121200-mosque-airstrike
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Yarmouk" date=2015-04-01..2015-04-30 basis=HEARSAY incident=sy-yarmouk-20150400-barrel-bombs
@@claim c3 harm=KILLED min=2 max=2 weapon=BARREL_BOMB actor="Syrian government forces" site="Lubya street" date=2015-04-01..2015-04-30 basis=HEARSAY incident=sy-yarmouk-20150400-lubya-street-barrel
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Nuseirat" date=2023-11-08 basis=WITNESSED incident=ps-nuseirat-20231108-abu-hasira-house
@@claim c5 harm=KILLED min=11 max=11 named="Umm Nidal Abu Hasira" weapon=AIRSTRIKE site="Nuseirat" date=2023-11-08 basis=HEARSAY incident=ps-nuseirat-20231108-abu-hasira-house
@@claim c7 harm=INJURED min=1 max=1 named="Salam" weapon=AIRSTRIKE site="Nuseirat" date=2023-11-08 basis=WITNESSED incident=ps-nuseirat-20231108-abu-hasira-house
@@claim c6 harm=DISPLACED min=3 max=3 weapon=ARTILLERY site="Nuseirat" date=2024-01-01..2024-01-31 basis=EXPERIENCED incident=ps-nuseirat-20240100-witness-320-displaced
@@claim c8 harm=DISPLACED min=3 max=3 named="Rasha; Salam" site="Yarmouk" date=2012-12-01..2012-12-31 basis=EXPERIENCED incident=sy-yarmouk-20121200-witness-320-displaced
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Lubya street" date=2015-04-01..2015-04-30 basis=HEARSAY incident=sy-yarmouk-20150400-lubya-street-barrel
