Interview ID: MM-BTD-4359 (second interview, see MM-TLT-4358)
Interview date: 2018-03-14
Location: [[Kutupalong|PLACE]], [[Bangladesh|PLACE]]
Interviewer: [[Clara Weiss|PERSON]]
Speaker: [[Mohammed Ayub|PERSON]]
Interpreter: [[Salim Uddin|PERSON]]

Clara: Thank you for meeting us again. Last time you told us about [[Tula Toli|PLACE]]. Is there anything you want to correct?
Ayub: One thing. I said [[the first day they came|DATE:2017-08-27..2017-08-28]] was [[the Sunday|DATE:2017-08-27]]. My wife says it was [[the Monday|DATE:2017-08-28]], [[the 28th|DATE:2017-08-28]]. She is right, she is always right about days. The rest is the same.
Clara: And the three young men?
Ayub: {{c1|Still nothing. [[Shafiullah|PERSON]]'s mother paid a man in the camp, a broker, he said [[Shafiullah|PERSON]] is in the jail in [[Sittwe|PLACE]], then he took the money and said, no, he is not there.}} Lies. People sell hope here like fish.
Clara: Today you wanted to talk about your uncle in [[Buthidaung|PLACE]].
Ayub: Yes. [[Nur Hossain|PERSON]], the brother of my father. He lives in [[Taung Bazar|PLACE]], in [[Buthidaung|PLACE]] township, north side.
Ayub: {{c2|In [[September|DATE:2017-09-01..2017-09-30]], [[the second week|DATE:2017-09-08..2017-09-14]], [[the military|ACTOR:Tatmadaw]] took him from the market with five other men. They said these men help the fighters.}} He is a cloth seller, sixty years old.
Ayub: There was no [[ARSA|ACTOR:Arakan Rohingya Salvation Army]] in [[Tula Toli|PLACE]], I swear on the Quran, and in [[Taung Bazar|PLACE]] also I never heard of it.
Salim: He means he never heard of [[ARSA|ACTOR:Arakan Rohingya Salvation Army]] people in his uncle's village.
Clara: Where is your uncle now?
Ayub: {{c3|In the jail of [[Buthidaung|PLACE]]. A Rakhine man who sells in the jail phoned my aunt in [[January|DATE:2018-01-01..2018-01-31]], he says he saw him, thin, alive.}} So he is alive, maybe. Alhamdulillah, maybe.
Clara: And your aunt?
Ayub: {{c4|My aunt [[Rahima|PERSON]] and her six children came to [[Balukhali|PLACE]] in [[October|DATE:2017-10-01..2017-10-31]]. They walked eleven days, they told me, through the hills of [[Buthidaung|PLACE]], then the boat.}}
Ayub: {{c5|She says before they left, [[the helicopter|WEAPON:AIRSTRIKE]] fired on the paddy near [[Taung Bazar|PLACE]], and a boy of her neighbours, [[Sayed Alam|PERSON]], twelve, was hit in the stomach.}} He lived, she says. I did not see it.
Clara: Did anything happen to your brother [[Kalim|PERSON]]?
Ayub: [[Kalim|PERSON]], no, thanks to God. One time, in [[2016|DATE:2016-01-01..2016-12-31]], the [[BGP|ACTOR:Myanmar Border Guard Police]] at the gate of [[Buthidaung|PLACE]] town stopped him, and he paid fifty thousand kyat, there on the road, and they let him go the same minute. That is normal for us, that is not arrest.
Ayub: He is in [[Malaysia|PLACE]] now. He left by the boat before all this.
Clara: Is there anything else?
Ayub: Write that I said [[the Monday|DATE:2017-08-28]]. Not [[the Sunday|DATE:2017-08-27]]. If the paper is wrong, people will say I lie about everything.
@@witness mm-tulatoli-mohammed-ayub
@@claim c1 harm=MISSING min=1 max=1 named="Shafiullah" actor="Tatmadaw" site="Tula Toli" date=2017-08-28 basis=HEARSAY incident=mm-tulatoli-20170827-three-men-taken
@@claim c2 harm=DETAINED min=6 max=6 named="Nur Hossain" actor="Tatmadaw" site="Taung Bazar" date=2017-09-08..2017-09-14 basis=HEARSAY incident=mm-buthidaung-20170910-taungbazar-market-arrests
@@claim c3 harm=DETAINED min=1 max=1 named="Nur Hossain" actor="Tatmadaw" site="Buthidaung" date=2017-09-08..2017-09-14 basis=HEARSAY incident=mm-buthidaung-20170910-taungbazar-market-arrests
@@claim c4 harm=DISPLACED min=7 max=7 named="Rahima" site="Buthidaung" date=2017-10-01..2017-10-31 basis=HEARSAY incident=mm-buthidaung-20171000-rahima-family-flight
@@claim c5 harm=INJURED min=1 max=1 named="Sayed Alam" weapon=AIRSTRIKE actor="Tatmadaw" site="Taung Bazar" date=2017-09-01..2017-10-31 basis=HEARSAY incident=mm-buthidaung-20170900-taungbazar-paddy-helicopter
