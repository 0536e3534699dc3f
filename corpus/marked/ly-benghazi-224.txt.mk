Interview ID: LY-BEN-224
Date of interview: 11 October 2018
Place of interview: [[Tunis|PLACE]], [[Tunisia|PLACE]]
Language: Arabic (Libyan)
Interviewer: [[Clara Jensen|PERSON]]
Interpreter: [[Sanad Elmahdi|PERSON]]

Interviewer: [[Hanan|PERSON]], you stayed in [[Ganfouda|PLACE]] during the siege?
Witness: Until the end. Until [[January 2017|DATE:2017-01-01..2017-01-31]]. We were maybe one hundred and fifty families in [[Qanfuda|PLACE:Ganfouda]] at the end, with the fighters. Not because we loved the fighters. Because there was no road out.
Interviewer: What attacks did you live through?
Witness: Everything. The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] never stopped. [[The planes|WEAPON:AIRSTRIKE]] every day, the [[shelling|WEAPON:ARTILLERY]], and from [[2016|DATE:2016-01-01..2016-12-31]] [[the helicopter|WEAPON:AIRSTRIKE]] with the [[barrels|WEAPON:BARREL_BOMB]]. It flies high, you hear it, then it drops the [[barrel|WEAPON:BARREL_BOMB]] and you wait to see whose house.
[Interpreter: she says "birmeel", a barrel, for the [[bombs|WEAPON:BARREL_BOMB]] that [[the helicopter|WEAPON:AIRSTRIKE]] drops.]
Interviewer: Do you remember one attack in particular?
Witness: {{c1|The house of the [[Bukhatwa|PERSON]] family, in [[July|DATE:2016-07-01..2016-07-31]], [[the night of the 27th of Ramadan|DATE:2016-07-02]]. The [[barrel|WEAPON:BARREL_BOMB]] from [[the helicopter|WEAPON:AIRSTRIKE]] fell on it. Hajja [[Fatima Bukhatwa|PERSON]] died, and her grandchildren [[Yasmin|PERSON]] and [[Idris|PERSON]].}} We pulled [[Yasmin|PERSON]] out with our hands. [crying] She was eleven.
Interviewer: Who was flying [[the helicopter|WEAPON:AIRSTRIKE]]?
Witness: [[Haftar's forces|ACTOR:Libyan National Army]]. The [[Karama|ACTOR:Libyan National Army]]. Nobody else had helicopters over [[Benghazi|PLACE]].
Interviewer: Were the fighters near that house?
Witness: Their positions were at the edge, near the sea and near the road. Not in the houses of the old people. I am not defending them. I say where they were.
Interviewer: You also told me about your nephew.
Witness: {{c2|[[Bilal|PERSON]], the son of my sister [[Najwa|PERSON]]. In [[October|DATE:2016-10-01..2016-10-31]], a [[sniper|WEAPON:SMALL_ARMS]] from the [[Gwarsha|PLACE]] side shot him in the thigh when he went to bring water from the well.}} He lived. He is in [[Misrata|PLACE]] now.
Interviewer: And [[the night|DATE:2016-12-01..2016-12-31]] you mentioned, with the fire?
Witness: {{c3|In [[December|DATE:2016-12-01..2016-12-31]], before the end, [[one night|DATE:2016-12-01..2016-12-31]] the [[shells|WEAPON:ARTILLERY]] made white fire, sparks everywhere, on the roofs, on the cars. Two houses burned and the car of [[Mansour al-Obeidi|PERSON]].}} People said it was [[phosphorus|WEAPON:INCENDIARY]], [[white phosphorus|WEAPON:INCENDIARY]]. I don't know the name. I know it burned, and water did not stop it.
Interviewer: How did you leave [[Ganfouda|PLACE]]?
Witness: In [[January|DATE:2017-01-01..2017-01-31]], when the fighting came inside, there was an agreement for the families to go out, through [[Gwarsha|PLACE]]. {{c4|At the checkpoint the [[Karama|ACTOR:Libyan National Army]] took the men, all the men over fifteen. My husband [[Abdelsalam|PERSON]] and my brother [[Marwan|PERSON]].}} {{c5|[[Abdelsalam|PERSON]] they released after three months, from [[Gernada prison|PLACE]].}} {{c6|[[Marwan|PERSON]], until now, nothing. Not a name on a list, nothing.}}
Interviewer: Do you have family in [[Derna|PLACE]]?
Witness: My sister [[Zeinab|PERSON]]. [[Derna|PLACE]] is under siege now, since [[May|DATE:2018-05-01..2018-05-31]]. {{c7,c8|She told me on the phone in [[June|DATE:2018-06-01..2018-06-30]] that a [[shell|WEAPON:ARTILLERY]] hit the house of her neighbours in [[al-Maghar|PLACE]], and the mother and a baby died.}} She said there are [[fire bombs|WEAPON:INCENDIARY]] also in [[Darna|PLACE:Derna]], like we had. I believe her, but I was not there.
Interviewer: Is there anything you want to add?
Witness: If [[Marwan|PERSON]] is alive, somebody knows. That is all. Somebody knows.
@@witness ly-benghazi-hanan
@@claim c1 harm=KILLED min=3 max=3 named="Fatima Bukhatwa; Yasmin; Idris" weapon=BARREL_BOMB actor="Libyan National Army" site="Ganfouda" date=2016-07-02 basis=WITNESSED incident=ly-benghazi-20160702-bukhatwa-house
@@claim c2 harm=INJURED min=1 max=1 named="Bilal" weapon=SMALL_ARMS site="Gwarsha" date=2016-10-01..2016-10-31 basis=WITNESSED incident=ly-benghazi-20161000-ganfouda-well-sniper
@@claim c3 harm=PROPERTY_DAMAGE min=3 max=3 weapon=INCENDIARY site="Ganfouda" date=2016-12-01..2016-12-31 basis=WITNESSED incident=ly-benghazi-20161200-ganfouda-white-fire
@@claim c4 harm=DETAINED min=2 max=null named="Abdelsalam; Marwan" actor="Libyan National Army" site="Gwarsha" date=2017-01-01..2017-01-31 basis=WITNESSED incident=ly-benghazi-20170100-gwarsha-checkpoint-men
@@claim c5 harm=DETAINED min=1 max=1 named="Abdelsalam" actor="Libyan National Army" site="Gernada prison" date=2017-01-01..2017-04-30 basis=EXPERIENCED incident=ly-benghazi-20170100-gwarsha-checkpoint-men
@@claim c6 harm=MISSING min=1 max=1 named="Marwan" actor="Libyan National Army" site="Gwarsha" date=2017-01-01..2017-01-31 basis=EXPERIENCED incident=ly-benghazi-20170100-gwarsha-checkpoint-men
@@claim c7 harm=KILLED min=2 max=2 weapon=ARTILLERY site="al-Maghar" date=2018-06-01..2018-06-30 basis=HEARSAY incident=ly-derna-20180600-maghar-house-shell
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="al-Maghar" date=2018-06-01..2018-06-30 basis=HEARSAY incident=ly-derna-20180600-maghar-house-shell
