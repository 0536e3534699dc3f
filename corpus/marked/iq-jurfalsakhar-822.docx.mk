STATEMENT
Interview ID: JRF-822
Date of interview: 10 March 2024
Place of interview: [[Amiriyat al-Fallujah|PLACE]], [[Anbar|PLACE]]
Language: Arabic
Interviewer: [[Ellen Vasquez|PERSON]]
Interpreter: [[Muthanna Karim|PERSON]]
Q: Please tell me your name and where you are from.
A: [[Shakir Obeid al-Janabi|PERSON]]. From [[Jurf al-Sakhar|PLACE]], [[Babil|PLACE]] province. Now they call it [[Jurf al-Nasr|PLACE:Jurf al-Sakhar]]. For us it is [[Jurf al-Sakhar|PLACE]], the rock bank.
Q: When did you leave?
A: In [[the summer of 2014|DATE:2014-06-01..2014-08-31]], when [[Daesh|ACTOR:Islamic State]] came into the orchards, and [[the army|ACTOR:Iraqi forces]] was on the other side of the [[Euphrates|PLACE]]. We were between two fires.
Q: What happened that summer?
A: [[The helicopters|WEAPON:AIRSTRIKE]] of [[the government|ACTOR:Iraqi forces]] came, they dropped [[barrels|WEAPON:BARREL_BOMB]], yes, [[barrels|WEAPON:BARREL_BOMB]] like in [[Syria|PLACE]], on the farms where they thought [[Daesh|ACTOR:Islamic State]] was. {{c1,c7|In [[July|DATE:2014-07-01..2014-07-31]], in [[Ramadan|DATE:2014-06-29..2014-07-27]], a [[barrel|WEAPON:BARREL_BOMB]] fell on the house of my cousin [[Hatem|PERSON]] in [[al-Fadhiliya|PLACE]].}} {{c1|His wife [[Khalida|PERSON]] and two of the children, [[Zaid|PERSON]] and [[Ruqaya|PERSON]], died.}} [[Hatem|PERSON]] was in the fields, he lived.
Q: Were there [[Daesh|ACTOR:Islamic State]] fighters in the house?
A: No. No fighters in [[Hatem|PERSON]]'s house. [[Daesh|ACTOR:Islamic State]] were on the canal, in the orchards, one kilometre away.
Q: When did your family leave?
A: {{c2|In [[August|DATE:2014-08-01..2014-08-31]]. All of [[Jurf al-Sakhar|PLACE]] was leaving, tens of thousands, we went to [[Amiriyat al-Fallujah|PLACE]], to [[Baghdad|PLACE]], to [[Karbala|PLACE]] who could. My family, eleven people.}}
Q: Did anyone stay?
A: My brother [[Wahid|PERSON]] stayed with the sheep, he said I will come later. {{c3,c4|In [[October|DATE:2014-10-01..2014-10-31]], when the [[Hashd|ACTOR:Popular Mobilization Forces]] and [[the army|ACTOR:Iraqi forces]] took the area, a shepherd told us [[Kataib Hezbollah|ACTOR:Popular Mobilization Forces]] took [[Wahid|PERSON]] and other men from the farms, in a truck, 22 from our family alone. We never saw him again.}} Ten years. [crying]
Q: Have you tried to find him?
A: The ministry, the judges, the parliament. Everyone says, ask the [[Hashd|ACTOR:Popular Mobilization Forces]]. The [[Hashd|ACTOR:Popular Mobilization Forces]] say, we don't have him.
Q: Can people return to [[Jurf al-Sakhar|PLACE]] now?
A: Nobody. Ten years, nobody. It is closed. [[The factions|ACTOR:Popular Mobilization Forces]] use it, they have prisons there, factories, they say. No family has gone back, not one.
Q: Have you heard about the [[strikes|WEAPON:DRONE_STRIKE]] there [[this year|DATE:2024-01-01..2024-03-10]]?
A: Yes. My nephew lives in [[Musayyib|PLACE]], near. {{c5|He said in [[January|DATE:2024-01-01..2024-01-31]] [[the drones|WEAPON:DRONE_STRIKE]] came at [[night|DATE]] and hit buildings of [[the factions|ACTOR:Popular Mobilization Forces]] in [[Jurf al-Sakhar|PLACE]], big fire, all night.}} They say [[the Americans|ACTOR:US-led coalition]]. On the television they said [[the Americans|ACTOR:US-led coalition]] answered the attacks on their bases.
Q: Were civilians hurt?
A: There are no civilians in [[Jurf|PLACE:Jurf al-Sakhar]]. That is the point. Only fighters. If our families were there, the [[missiles|WEAPON:MISSILE]] of [[the drones|WEAPON:DRONE_STRIKE]] would kill them too.
Q: Is there something else?
A: Our orchards. {{c6|My nephew says the palms are dead, the canal is dry, and our house in [[al-Fadhiliya|PLACE]] was blown up, he saw it from the road.}} Also the [[roadside bombs|WEAPON:IED]] of [[Daesh|ACTOR:Islamic State]], in [[2014|DATE:2014-01-01..2014-12-31]], they put them in the orchards, maybe some are still there.
@@claim c1 harm=KILLED min=3 max=3 named="Khalida; Zaid; Ruqaya" weapon=BARREL_BOMB actor="Iraqi forces" site="al-Fadhiliya" date=2014-07-01..2014-07-27 basis=HEARSAY incident=iq-jurfalsakhar-20140700-hatem-house-barrel
@@claim c2 harm=DISPLACED min=20000 max=null site="Jurf al-Sakhar" date=2014-08-01..2014-08-31 basis=EXPERIENCED incident=iq-jurfalsakhar-20140800-district-exodus
@@claim c3 harm=DETAINED min=22 max=null named="Wahid" actor="Popular Mobilization Forces" site="Jurf al-Sakhar" date=2014-10-01..2014-10-31 basis=HEARSAY incident=iq-jurfalsakhar-20141000-farm-men-taken
@@claim c4 harm=MISSING min=1 max=1 named="Wahid" actor="Popular Mobilization Forces" site="Jurf al-Sakhar" date=2014-10-01..2014-10-31 basis=HEARSAY incident=iq-jurfalsakhar-20141000-farm-men-taken
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="US-led coalition" site="Jurf al-Sakhar" date=2024-01-01..2024-01-31 basis=HEARSAY incident=iq-jurfalsakhar-20240100-drone-strikes
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="al-Fadhiliya" date=2014-10-01..2024-03-10 basis=HEARSAY incident=iq-jurfalsakhar-20140000-janabi-house-demolished
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Iraqi forces" site="al-Fadhiliya" date=2014-07-01..2014-07-27 basis=HEARSAY incident=iq-jurfalsakhar-20140700-hatem-house-barrel
@@witness iq-jurfalsakhar-shakir-janabi
