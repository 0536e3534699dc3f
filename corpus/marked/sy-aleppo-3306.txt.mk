@@newline crlf
Interview ID: SY-ALP-3306
Interview date: 02/04/2017
Place of interview: [[Gaziantep|PLACE]], [[Turkey|PLACE]]
Language: Arabic (Aleppo dialect), interpreted
Interviewer: [[Ingrid Halvorsen|PERSON]]
Interpreter: [[Rami Zaher|PERSON]]

Q: Can you tell me who you are and where you lived?
A: My name is [[Mahmoud Qassab|PERSON]], people call me [[Abu Firas|PERSON]]. I am a plumber. I lived in [[Masaken Hanano|PLACE]], in [[Halab|PLACE:Aleppo]], the east side, from 1995 until we left.
Q: You told my colleague about the [[barrel bombs|WEAPON:BARREL_BOMB]] in [[Masakin Hananu|PLACE:Masaken Hanano]]. When was that?
A: The worst was in [[the winter of 2014|DATE:2014-01-01..2014-02-28]]. It was [[a Saturday|DATE:2014-02-08]], [[the 8th of February|DATE:2014-02-08]], I am sure because my son had his exam [[the day after|DATE:2014-02-09]]. [[After the noon prayer|DATE:2014-02-08]].
A: {{c1|[[The helicopter|WEAPON:AIRSTRIKE]] came very high, you hear it but you don't see it, and it threw two [[barrels|WEAPON:BARREL_BOMB]] on the blocks near the [[Omar ibn al-Khattab mosque|PLACE]], and three buildings came down, one on top of the other, like a cake.}}
[Interpreter: He says "like a cake", the layers falling.]
Q: Where were you at that moment?
A: In the street, two hundred metres maybe, with my tools. I saw the dust, the dust was orange, and then I run there, everybody run there.
A: {{c2|I carried myself four dead from under the stones. Fourteen people died in those buildings, fourteen, I counted with the men who dug.}} {{c2|From the [[Bakkar|PERSON]] family, [[Umm Samer|PERSON]] and her three daughters, the small one [[Nour|PERSON]] was five.}} [crying] Sorry.
Q: Take your time.
A: {{c3|And injured, a lot, more than twenty, we took them in cars to the field hospital in [[al-Shaar|PLACE]].}}
Q: Were there fighters in those buildings?
A: No, no. There was no base there, no weapons. [[The Free Army|ACTOR:Syrian armed opposition]] had the checkpoint at the roundabout, five hundred metres away, not in the houses. In the houses were families.
Q: Who dropped the [[barrels|WEAPON:BARREL_BOMB]]?
A: [[The regime|ACTOR:Syrian government forces]]. Only [[the regime|ACTOR:Syrian government forces]] has helicopters. [[The Russians|ACTOR:Russian forces]] came later, in [[2015|DATE:2015-01-01..2015-12-31]]. In [[2014|DATE:2014-01-01..2014-12-31]] it was [[Bashar|ACTOR:Syrian government forces]] alone.
Q: You mentioned your brother.
A: Yes. {{c4|My brother [[Anas|PERSON]], he was a student of engineering. In [[August 2012|DATE:2012-08-01..2012-08-31]], in [[Ramadan|DATE:2012-07-20..2012-08-18]], he went to the university in the west side, and at the checkpoint in [[al-Ramouseh|PLACE]] the mukhabarat of [[the Air Force|ACTOR:Syrian government forces]] took him off the bus.}} A man from the bus, [[Hassan Darwich|PERSON]], came to our house and told us, he saw it.
A: {{c5|Since [[that day|DATE:2012-08-01..2012-08-18]] we have no news. Nothing. We paid a lawyer, we paid a man who said he is an officer, two thousand dollars. Nothing. We still do not know where he is.}}
Q: Was anyone else in your family detained?
A: Me, no. Once at the checkpoint of [[the Free Army|ACTOR:Syrian armed opposition]] in [[Bustan al-Basha|PLACE]] they took my ID, asked me where I go, searched the car, and [[after half an hour|DATE]] they said "khalas, go". Normal. They wanted to take my cousin [[Karim|PERSON]] for the fighting, to be with them, but his father talked to the commander and they left him.
Q: Did anything else happen to your home?
A: {{c6|In [[2015|DATE:2015-01-01..2015-12-31]], [[the summer|DATE:2015-06-01..2015-08-31]], a [[hawn shell|WEAPON:MORTAR]] fell on our roof. The water tanks on the roof were finished, and the ceiling of the children's room, cracks everywhere, you could see the sky from the bed.}} Thank God, the children were at their grandmother, nobody was hurt.
Q: When did you leave [[Aleppo|PLACE]]?
A: {{c7|In [[June 2016|DATE:2016-06-01..2016-06-30]], [[two weeks before|DATE:2016-06-01..2016-06-30]] they closed the [[Castello road|PLACE]], with my wife and the four children, in the car of my uncle.}} If we stayed one more month, we were inside the siege. God is kind, Allah karim.
Q: Is there something you want people to know?
A: The name of the small one. [[Nour Bakkar|PERSON]]. Five years old. Write it.
@@witness sy-aleppo-mahmoud-qassab
@@claim c1 harm=PROPERTY_DAMAGE min=3 max=3 weapon=BARREL_BOMB actor="Syrian government forces" site="Omar ibn al-Khattab mosque" date=2014-02-08 basis=WITNESSED incident=sy-aleppo-20140208-masakenhanano-barrels
@@claim c2 harm=KILLED min=14 max=14 named="Umm Samer; Nour" weapon=BARREL_BOMB actor="Syrian government forces" site="Masakin Hananu" date=2014-02-08 basis=WITNESSED incident=sy-aleppo-20140208-masakenhanano-barrels
@@claim c3 harm=INJURED min=21 max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Masakin Hananu" date=2014-02-08 basis=WITNESSED incident=sy-aleppo-20140208-masakenhanano-barrels
@@claim c4 harm=DETAINED min=1 max=1 named="Anas" actor="Syrian government forces" site="al-Ramouseh" date=2012-08-01..2012-08-18 basis=HEARSAY incident=sy-aleppo-20120800-ramouseh-checkpoint-anas
@@claim c5 harm=MISSING min=1 max=1 named="Anas" actor="Syrian government forces" site="al-Ramouseh" date=2012-08-01..2012-08-18 basis=EXPERIENCED incident=sy-aleppo-20120800-ramouseh-checkpoint-anas
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Masaken Hanano" date=2015-06-01..2015-08-31 basis=EXPERIENCED incident=sy-aleppo-20150000-qassab-roof-hawn
@@claim c7 harm=DISPLACED min=6 max=6 site="Aleppo" date=2016-06-01..2016-06-30 basis=EXPERIENCED incident=sy-aleppo-20160600-qassab-family-flight
