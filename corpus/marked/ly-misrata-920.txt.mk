@@newline crlf
Interview ID: LY-MSR-920
Date of interview: 14 November 2019
Place of interview: [[Misrata|PLACE]], [[Zawiyat al-Mahjoub|PLACE]]
Language: Arabic, with interpreter
Interviewer: [[Claire Dubois|PERSON]]
Interpreter: [[Omar Ben Halim|PERSON]]

INTERVIEWER: You have lived in [[Misrata|PLACE]] all your life?
WITNESS: All my life. [[Abdelhakim Swehli|PERSON]], pharmacist. My pharmacy was on [[Tripoli Street|PLACE]], you know, the street of the war in [[2011|DATE:2011-01-01..2011-12-31]].
INTERVIEWER: What do you remember of the siege?
WITNESS: Everything. [[Qaddafi's forces|ACTOR:Gaddafi forces]] had the tall buildings on [[Tripoli Street|PLACE]], the [[snipers|WEAPON:SMALL_ARMS]] on the insurance building. {{c1|In [[March|DATE:2011-03-01..2011-03-31]] a [[sniper|WEAPON:SMALL_ARMS]] shot my assistant [[Nouri Abushagur|PERSON]] in the neck, at the door of the pharmacy.}} He was twenty-three. He died before we reached the [[Hikma hospital|PLACE:al-Hikma hospital]].
INTERPRETER: He means [[al-Hikma hospital|PLACE]], the private clinic that became the main hospital then.
INTERVIEWER: Did you see other kinds of weapons?
WITNESS: The [[Grad|WEAPON:ROCKET]], every day. And in [[April|DATE:2011-04-01..2011-04-30]] the [[cluster bombs|WEAPON:CLUSTER_MUNITION]]. They fired them from the [[mortars|WEAPON:MORTAR]], I learned after, a shell that opens and throws small bombs.
{{c2|On [[the 14th or 15th of April|DATE:2011-04-14..2011-04-15]], in [[Ghiran|PLACE]] quarter, the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] fell on the houses near the bread queue. I saw the small ones on the road, like a battery with a ribbon.}} {{c3|Three people died in the queue, one was a woman, [[Umm Fathi|PERSON]], who sold bread to me every morning.}} {{c4|A dozen wounded. I put bandages on four or five of them myself.}}
INTERVIEWER: The [[cluster munitions|WEAPON:CLUSTER_MUNITION]], who fired them, in your understanding?
WITNESS: Only the [[kataib|ACTOR:Gaddafi forces]] had these, the brigades of [[Khamis|PERSON]]. The rebels had nothing like this, only old rifles and what they took.
[Interpreter: "Kataib" means brigades; he means the Gaddafi government units.]
INTERVIEWER: Was your pharmacy damaged?
WITNESS: {{c5|On [[the 20th of April|DATE:2011-04-20]], a [[Grad rocket|WEAPON:ROCKET]] fell on the roof. The roof, the shelves, the medicines, all finished.}} Nobody was inside, thank God, we had closed [[after the asr prayer|DATE:2011-04-20]].
INTERVIEWER: You also mentioned something in [[2019|DATE:2019-01-01..2019-12-31]].
WITNESS: Yes. [[This summer|DATE:2019-06-01..2019-08-31]], [[Haftar's forces|ACTOR:Libyan National Army]] were striking the [[Misurata|PLACE:Misrata]] airport and the [[Air College|PLACE]] with [[drones|WEAPON:DRONE_STRIKE]]. {{c6,c7|In [[August|DATE:2019-08-01..2019-08-31]], a [[missile|WEAPON:MISSILE]] missed the [[Air College|PLACE]] and fell in the farms beside it, near my brother's farm.}} {{c6|A worker from [[Niger|PLACE]], [[Ibrahim|PERSON]], was injured, the leg.}}
INTERVIEWER: Did you see that?
WITNESS: No, my brother called me, I drove there in [[the evening|DATE]] and saw the hole and the broken greenhouse. {{c7|The greenhouse was destroyed, two greenhouses.}}
INTERVIEWER: Do people in [[Misrata|PLACE]] still find [[unexploded munitions|WEAPON:EXPLOSIVE_UNSPECIFIED]] from [[2011|DATE:2011-01-01..2011-12-31]]?
WITNESS: Less now. But my nephew found a small [[bomblet|WEAPON:CLUSTER_MUNITION]] in the sand in [[2013|DATE:2013-01-01..2013-12-31]], he brought it to the police. He was lucky. Not everybody was lucky.
@@witness ly-misrata-abdelhakim-swehli
@@claim c1 harm=KILLED min=1 max=1 named="Nouri Abushagur" weapon=SMALL_ARMS actor="Gaddafi forces" site="Tripoli Street" date=2011-03-01..2011-03-31 basis=WITNESSED incident=ly-misrata-20110300-pharmacy-sniper
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION actor="Gaddafi forces" site="Ghiran" date=2011-04-14..2011-04-15 basis=WITNESSED incident=ly-misrata-20110414-ghiran-bread-queue-cluster
@@claim c3 harm=KILLED min=3 max=3 named="Umm Fathi" weapon=CLUSTER_MUNITION actor="Gaddafi forces" site="Ghiran" date=2011-04-14..2011-04-15 basis=WITNESSED incident=ly-misrata-20110414-ghiran-bread-queue-cluster
@@claim c4 harm=INJURED min=12 max=12 weapon=CLUSTER_MUNITION actor="Gaddafi forces" site="Ghiran" date=2011-04-14..2011-04-15 basis=WITNESSED incident=ly-misrata-20110414-ghiran-bread-queue-cluster
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Gaddafi forces" site="Tripoli Street" date=2011-04-20 basis=EXPERIENCED incident=ly-misrata-20110420-pharmacy-grad
@@claim c6 harm=INJURED min=1 max=1 named="Ibrahim" weapon=MISSILE actor="Libyan National Army" site="Misurata" date=2019-08-01..2019-08-31 basis=HEARSAY incident=ly-misrata-20190800-air-college-farm-missile
@@claim c7 harm=PROPERTY_DAMAGE min=2 max=2 weapon=MISSILE actor="Libyan National Army" site="Misurata" date=2019-08-01..2019-08-31 basis=WITNESSED incident=ly-misrata-20190800-air-college-farm-missile
