Interview ID: SS-MAL-905
Date: 2016-04-09
Location: [[Malakal|PLACE]] Protection of Civilians site, [[Upper Nile|PLACE]]
Language: Shilluk (Dhøg Cøllø) and English
Interviewer: [[Kevin Otieno|PERSON]]
Interpreter: [[Peter Ajang Odhok|PERSON]]

INT: Can you tell me who you are, and where you live?
RESP: My name is [[Ochan Nyikang Akwoch|PERSON]]. I am a teacher, before. Now I live in sector two of the PoC, here inside the UN place, since [[2014|DATE:2014-01-01..2014-12-31]].
INT: Why did you come to the PoC in [[2014|DATE:2014-01-01..2014-12-31]]?
RESP: {{c1,c12|Because in [[Malakal|PLACE]] town, in [[February 2014|DATE:2014-02-01..2014-02-28]], the fighting came, [[the White Army|ACTOR:White Army]] and the [[SPLA-IO|ACTOR:SPLA-IO]] entered the town, and they burned, they killed in [[Malakal Teaching Hospital|PLACE]].}} I did not see that inside the hospital. My friend [[Obwony|PERSON]] was working there, he told me. {{c2|He said they shot patients in the beds, more than ten.}}
{{c3|We ran to the UN, my wife and four children.}} {{c3,c13|Our house in [[Assosa|PLACE]] neighbourhood was burned.}}
INT: And then [[this year|DATE:2016-01-01..2016-12-31]], in [[February|DATE:2016-02-01..2016-02-29]], what happened in the PoC?
RESP: [[The 17th|DATE:2016-02-17]], at [[night|DATE:2016-02-17]]. Around [[ten in the night|DATE:2016-02-17]] there was a quarrel between the young people, Shilluk and Dinka, inside. Then, eh, [[the next morning|DATE:2016-02-18]] the men in uniform came from outside, through the fence.
INT: Which men?
RESP: Men in the uniform of the [[SPLA|ACTOR:South Sudan People's Defence Forces]], [[the government soldiers|ACTOR:South Sudan People's Defence Forces]]. Some people say they were youths in uniform. I saw the uniform, I cannot see inside a man.
{{c4|They were shooting with [[Kalashnikov|WEAPON:SMALL_ARMS]], and they put fire on the shelters of the Shilluk and Nuer sectors.}} {{c5|My shelter burned. Everything, the papers, the school certificates.}}
INT: Were people killed near you?
RESP: {{c6|Yes. I saw two, near the water tank. [[Abwol|PERSON]], a young man from my church, and an old woman, I think her name was [[Nyakwer|PERSON]].}} [pause] {{c7|My brother-in-law [[Agwet Deng Oyath|PERSON]] was shot in the arm.}} He is fine now.
INT: How many died overall, do you know?
RESP: {{c9|The people who counted said eighteen, then twenty-five, then the radio said maybe thirty.}} {{c8|I don't know, ten or twelve I saw bodies with my eyes in [[the morning after|DATE]].}} {{c10|Among the dead, people told me, [[Ajak Ogwal|PERSON]], the catechist of our chapel, and [[Ochor Ayik|PERSON]], and a nurse from the clinic, [[Nyibong|PERSON]].}} {{c11|Also, one of the men threw a [[grenade|WEAPON:EXPLOSIVE_UNSPECIFIED]] inside a shelter of the Nuer sector, and a family was hurt, I heard the children screaming.}}
INT: Were there any [[mortars|WEAPON:MORTAR]] or [[shells|WEAPON:ARTILLERY]]?
RESP: No. No [[shelling|WEAPON:ARTILLERY]], no [[mortars|WEAPON:MORTAR]] that time, only the [[guns|WEAPON:SMALL_ARMS]] and the fire. In [[2014|DATE:2014-01-01..2014-12-31]] yes, there were [[mortars|WEAPON:MORTAR]] near the river, but in [[February|DATE:2016-02-01..2016-02-29]] no.
INT: Do you feel safe now?
RESP: Not safe. The soldiers said they will come back and finish the Shilluk. If they come, where do we run? The river, only the river.
[Interpreter: He says "nam", the Nile, the river. [[Malakal|PLACE]] is on the [[White Nile|PLACE]].]
INT: Thank you, Mr. [[Ochan|PERSON]].
RESP: Thank you. Write my name correctly please, O-C-H-A-N.
@@witness ss-malakal-ochan-nyikang
@@claim c1 harm=KILLED min=null max=null actor="White Army" site="Malakal Teaching Hospital" date=2014-02-01..2014-02-28 basis=HEARSAY incident=ss-malakal-20140200-hospital-attack
@@claim c2 harm=KILLED min=11 max=null weapon=SMALL_ARMS actor="White Army" site="Malakal Teaching Hospital" date=2014-02-01..2014-02-28 basis=HEARSAY incident=ss-malakal-20140200-hospital-attack
@@claim c3 harm=DISPLACED min=6 max=6 site="Assosa" date=2014-02-01..2014-02-28 basis=EXPERIENCED incident=ss-malakal-20140200-hospital-attack
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=SMALL_ARMS actor="South Sudan People's Defence Forces" site="Malakal" date=2016-02-18 basis=WITNESSED incident=ss-malakal-20160217-poc-attack
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null actor="South Sudan People's Defence Forces" site="Malakal" date=2016-02-18 basis=EXPERIENCED incident=ss-malakal-20160217-poc-attack
@@claim c6 harm=KILLED min=2 max=2 named="Abwol; Nyakwer" weapon=SMALL_ARMS actor="South Sudan People's Defence Forces" site="Malakal" date=2016-02-18 basis=WITNESSED incident=ss-malakal-20160217-poc-attack
@@claim c7 harm=INJURED min=1 max=1 named="Agwet Deng Oyath" weapon=SMALL_ARMS actor="South Sudan People's Defence Forces" site="Malakal" date=2016-02-18 basis=WITNESSED incident=ss-malakal-20160217-poc-attack
@@claim c8 harm=KILLED min=10 max=12 actor="South Sudan People's Defence Forces" site="Malakal" date=2016-02-18 basis=WITNESSED incident=ss-malakal-20160217-poc-attack
@@claim c9 harm=KILLED min=18 max=30 actor="South Sudan People's Defence Forces" site="Malakal" date=2016-02-18 basis=HEARSAY incident=ss-malakal-20160217-poc-attack
@@claim c10 harm=KILLED min=3 max=null named="Ajak Ogwal; Ochor Ayik; Nyibong" actor="South Sudan People's Defence Forces" site="Malakal" date=2016-02-18 basis=HEARSAY incident=ss-malakal-20160217-poc-attack
@@claim c11 harm=INJURED min=null max=null weapon=EXPLOSIVE_UNSPECIFIED actor="South Sudan People's Defence Forces" site="Malakal" date=2016-02-18 basis=WITNESSED incident=ss-malakal-20160217-poc-attack
@@claim c12 harm=PROPERTY_DAMAGE min=null max=null actor="White Army" site="Malakal Teaching Hospital" date=2014-02-01..2014-02-28 basis=HEARSAY incident=ss-malakal-20140200-hospital-attack
@@claim c13 harm=PROPERTY_DAMAGE min=null max=null site="Assosa" date=2014-02-01..2014-02-28 basis=EXPERIENCED incident=ss-malakal-20140200-hospital-attack
