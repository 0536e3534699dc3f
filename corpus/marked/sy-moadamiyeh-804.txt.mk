Interview ID: MDM-804
Interview date: 2 April 2019
Location: [[Azaz|PLACE]], northern [[Aleppo|PLACE]] countryside
Language: Arabic
Interviewer: [[Marit Lindqvist|PERSON]]
Interpreter: [[Tarek Sabbagh|PERSON]]

Q: What is your name, and where are you from?
A: [[Fadia Rifai|PERSON]]. From [[Moadamiyet al-Sham|PLACE:Moadamiyeh]], [[Mouadamiya|PLACE:Moadamiyeh]], people write it many ways. West of [[Damascus|PLACE]].
Q: What do you want to tell us first?
A: [[The night of the chemical|DATE:2013-08-21]]. I will never forget. It was [[the Wednesday night|DATE:2013-08-20..2013-08-21]], [[the 21st of August|DATE:2013-08-21]] it became, eh, [[after midnight|DATE:2013-08-21]]. No, [[before the dawn|DATE:2013-08-21]], around four, because my mother-in-law was awake for the prayer.
[Interpreter: She says her mother-in-law, Hajja [[Samiha|PERSON]], was awake for the fajr prayer.]
Q: What happened?
A: We heard the [[rockets|WEAPON:ROCKET]], three or four, on the south side, near the [[al-Rawda mosque|PLACE]]. Then a smell, like, I don't know, like onion and bleach together. {{c1|My husband [[Majed|PERSON]] went out to help and he came back on the shoulders of his brother, shaking, he could not breathe.}} I took the children on the roof because someone shouted, go up, the [[gas|WEAPON:CHEMICAL]] is heavy, it stays down.
Q: Did your husband survive?
A: He survived, alhamdulillah. He lived. But his lungs, until today. {{c2|His brother [[Wael|PERSON]] and [[Wael|PERSON]]'s son [[Rami|PERSON]], fourteen years, they died [[that morning|DATE:2013-08-21]], both of them.}} Hajja [[Samiha|PERSON]] also, the mother. {{c2|She died in [[the afternoon|DATE:2013-08-21]].}}
Q: How many people died in [[Moadamiyeh|PLACE]] [[that night|DATE:2013-08-21]]?
A: {{c3|We buried more than eighty in two days. Some say a hundred.}} They were in rows in the mosque. I saw the rows when I went to look for [[Wael|PERSON]].
Q: Who fired the [[rockets|WEAPON:ROCKET]]?
A: From the mountain, from [[Qasioun|PLACE]] or from the [[Mezzeh|PLACE]] airport, this is what the men said, [[the regime|ACTOR:Syrian government forces]]. Nobody else had this [[gas|WEAPON:CHEMICAL]].
Q: After that, what was life like?
A: The siege. From [[October|DATE:2013-10-01..2013-10-31]] nothing came in, no flour, no milk. {{c4|The baby of my neighbour [[Umm Omar|PERSON]], [[Sidra|PERSON]], she died from the hunger in [[November|DATE:2013-11-01..2013-11-30]], she was eight months.}} The mother had no milk in her breast.
Q: Was there [[shooting|WEAPON:SMALL_ARMS]] at the edges of the town?
A: {{c5|Yes, the [[snipers|WEAPON:SMALL_ARMS]] at the checkpoint. In [[the winter|DATE:2013-12-01..2014-02-28]] my cousin [[Khaldoun|PERSON]] went to the fields to bring olives and a [[sniper|WEAPON:SMALL_ARMS]] killed him.}} We could not bring his body until [[the next day|DATE]], at [[night|DATE]].
Q: Were you shelled during the siege?
A: The [[shelling|WEAPON:ARTILLERY]] was every day, from [[the Fourth Division|ACTOR:Syrian government forces]] on the hills. But on [[the day of the truce|DATE:2013-12-25]] there was no [[shelling|WEAPON:ARTILLERY]], we went out and the children saw the sun. [pause] After the truce, the bread came, little, little.
Q: When did you leave?
A: {{c6|In [[October 2016|DATE:2016-10-01..2016-10-31]], after [[Darayya|PLACE]] fell, they made the agreement with us also. My family, five people, to [[Idlib|PLACE]], then to [[Azaz|PLACE]].}} My husband wanted to stay. If we had stayed, they would have taken him to the army. So we left.
@@claim c1 harm=INJURED min=1 max=1 named="Majed" weapon=CHEMICAL actor="Syrian government forces" site="Moadamiyet al-Sham" date=2013-08-21 basis=WITNESSED incident=sy-moadamiyeh-20130821-sarin-rockets
@@claim c2 harm=KILLED min=3 max=3 named="Wael; Rami; Samiha" weapon=CHEMICAL actor="Syrian government forces" site="Moadamiyet al-Sham" date=2013-08-21 basis=WITNESSED incident=sy-moadamiyeh-20130821-sarin-rockets
@@claim c3 harm=KILLED min=81 max=null weapon=CHEMICAL site="Moadamiyet al-Sham" date=2013-08-21..2013-08-22 basis=WITNESSED incident=sy-moadamiyeh-20130821-sarin-rockets
@@claim c4 harm=KILLED min=1 max=1 named="Sidra" site="Moadamiyet al-Sham" date=2013-11-01..2013-11-30 basis=WITNESSED incident=sy-moadamiyeh-20131100-sidra-starvation
@@claim c5 harm=KILLED min=1 max=1 named="Khaldoun" weapon=SMALL_ARMS actor="Syrian government forces" site="Moadamiyet al-Sham" date=2013-12-01..2014-02-28 basis=HEARSAY incident=sy-moadamiyeh-20140000-khaldoun-sniper
@@claim c6 harm=DISPLACED min=5 max=5 site="Moadamiyet al-Sham" date=2016-10-01..2016-10-31 basis=EXPERIENCED incident=sy-moadamiyeh-20161000-rifai-family-evacuation
@@witness sy-moadamiyeh-fadia-rifai
