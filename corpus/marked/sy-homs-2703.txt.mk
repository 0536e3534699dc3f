Interview ID: SY-HMS-2703
Date: 14/06/2015
Location: [[Reyhanli|PLACE]], [[Turkey|PLACE]]
Language: Arabic
Interviewer: [[Dana Frei|PERSON]]
Interpreter: [[Bassam|PERSON]]

Q: Please introduce yourself.
A: My name is [[Hassan Abdel-Razzaq|PERSON]], but in [[Baba Amr|PLACE]] everybody calls me [[Abu Fadi|PERSON]]. I had a grocery on the main street, near the [[Kafr Aya|PLACE]] side.
Q: You were in [[Baba Amr|PLACE]] during the siege in [[February 2012|DATE:2012-02-01..2012-02-29]]?
A: All of it, from the first day until we ran out. The [[shelling|WEAPON:ARTILLERY]] started on [[a Friday|DATE:2012-02-03..2012-02-04]], [[the 3rd or the 4th|DATE:2012-02-03..2012-02-04]], I am not sure, at [[night|DATE:2012-02-03..2012-02-04]]. After that, every day, from the morning until the isha.
Q: You told my colleague about a clinic.
A: Yes. The field clinic, it was in a house, the ground floor, near the [[Abu Bakr mosque|PLACE]]. Young men brought the wounded there because nobody could go to the [[National hospital|PLACE]], [[the army|ACTOR:Syrian government forces]] was there. On [[the 9th|DATE:2012-02-09]], I think it was [[the 9th|DATE:2012-02-09]], the [[hawn|WEAPON:MORTAR]] started falling on that street, one, two, then many. I was coming with bread for them.
INTERPRETER: Hawn is what they call the mortar.
A: {{c1,c3|The last [[mortar round|WEAPON:MORTAR]] fell right at the door of the clinic.}} {{c1|Four died there, I saw them carried out, one of them was the nurse, [[Khaled al-Bitar|PERSON]], twenty-four, and one wounded man who was already on the bed.}} {{c2|Maybe twelve more were wounded, a dozen, people who were waiting outside.}} {{c3|The front of the house fell, the room with the medicines was gone, everything under the stones.}}
Q: Who was firing the [[mortars|WEAPON:MORTAR]]?
A: [[The army|ACTOR:Syrian government forces]], from the [[Kafr Aya|PLACE]] hill and from the [[Inshaat|PLACE]] side. There were no fighters in the clinic, only the wounded.
Q: What about the [[snipers|WEAPON:SMALL_ARMS]] people mention?
A: The [[sniper|WEAPON:SMALL_ARMS]] was on the tall building by the [[Jazmati roundabout|PLACE]]... the [[Jazmatti roundabout|PLACE:Jazmati roundabout]]. You had to run across the street. {{c4|My neighbour's girl, [[Nour|PERSON]], nine years old, she ran across to bring her cat, and the [[sniper|WEAPON:SMALL_ARMS]] hit her in the hip, I saw it from behind the wall, we pulled her with a rope.}} She lived, she walks with a stick. Her name means light, nour, she was the light of that house.
Q: Was your own house hit?
A: {{c5|[[The 15th|DATE:2012-02-15]], or the day after, our roof came down, a [[rocket|WEAPON:ROCKET]] or a [[shell|WEAPON:EXPLOSIVE_UNSPECIFIED]], I don't know which, and my wife and children were downstairs at my brother's, so thank God.}} {{c6|And the shop, nothing left of the shop, I went to look and there was only the scale, bent.}}
Q: When did you leave?
A: {{c7|On [[the 1st of March|DATE:2012-03-01]], when [[the Free Army|ACTOR:Syrian armed opposition]] pulled out, we left in [[the night|DATE:2012-03-01]] through the fields to [[al-Qusayr|PLACE]], forty people from our lane, children, old women.}} On [[that night|DATE:2012-03-01]] there was no [[shelling|WEAPON:ARTILLERY]], strange, very quiet.
Q: Did you go back to [[Homs|PLACE]] after that?
A: Yes, in [[2013|DATE:2013-01-01..2013-12-31]], to [[al-Khalidiya|PLACE]], to see my brother [[Yasser|PERSON]]. I was stopped at the checkpoint near the [[Khalid ibn al-Walid mosque|PLACE]], they took my ID, they asked me about [[Baba Amr|PLACE]] for an hour, and then an officer said go, go. I was lucky, truly.
A: {{c8|[[Yasser|PERSON]] was not lucky. [[Two weeks after Eid al-Adha|DATE:2013-10-29]], [[the security|ACTOR:Syrian government forces]] took him at the checkpoint of the [[Khalidiyeh|PLACE:al-Khalidiya]] bridge, with two other men from the bus, his friend [[Ammar Jouri|PERSON]] and a man called [[Salam|PERSON]].}} A man from the bus told us, he was sitting behind him.
Q: Have you heard anything about him since?
A: {{c9|Nothing. We paid a lawyer in [[Damascus|PLACE]], he said [[Yasser|PERSON]] is in [[Sednaya|PLACE]], then he said he is not. Until today we don't know where he is, if he is alive.}} My mother, [[Umm Hassan|PERSON]], she keeps his room like it was.
Q: Thank you, [[Abu Fadi|PERSON]].
A: Write his name correctly. [[Yasser Abdel-Razzaq|PERSON]]. With double s.
@@witness sy-homs-hassan-abdelrazzaq
@@claim c1 harm=KILLED min=4 max=4 named="Khaled al-Bitar" weapon=MORTAR actor="Syrian government forces" site="Abu Bakr mosque" date=2012-02-09 basis=WITNESSED incident=sy-homs-20120209-babaamr-field-clinic
@@claim c2 harm=INJURED min=12 max=12 weapon=MORTAR actor="Syrian government forces" site="Abu Bakr mosque" date=2012-02-09 basis=WITNESSED incident=sy-homs-20120209-babaamr-field-clinic
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Syrian government forces" site="Abu Bakr mosque" date=2012-02-09 basis=WITNESSED incident=sy-homs-20120209-babaamr-field-clinic
@@claim c4 harm=INJURED min=1 max=1 named="Nour" weapon=SMALL_ARMS site="Jazmatti roundabout" date=2012-02-01..2012-02-29 basis=WITNESSED incident=sy-homs-20120200-babaamr-jazmati-sniper-nour
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Baba Amr" date=2012-02-15..2012-02-16 basis=EXPERIENCED incident=sy-homs-20120215-babaamr-abdelrazzaq-house
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="Baba Amr" date=2012-02-01..2012-02-29 basis=EXPERIENCED incident=sy-homs-20120200-babaamr-abdelrazzaq-shop
@@claim c7 harm=DISPLACED min=40 max=40 site="Baba Amr" date=2012-03-01 basis=EXPERIENCED incident=sy-homs-20120301-babaamr-night-exodus-qusayr
@@claim c8 harm=DETAINED min=3 max=3 named="Yasser; Ammar Jouri; Salam" actor="Syrian government forces" site="Khalidiyeh" date=2013-10-29 basis=HEARSAY incident=sy-homs-20131029-khalidiya-bridge-checkpoint-yasser
@@claim c9 harm=MISSING min=1 max=1 named="Yasser" actor="Syrian government forces" site="Khalidiyeh" date=2013-10-29 basis=EXPERIENCED incident=sy-homs-20131029-khalidiya-bridge-checkpoint-yasser
