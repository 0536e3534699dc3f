Interview ID: SY-HMS-4301
Date of interview: 9 March 2019
Place of interview: [[Gaziantep|PLACE]], [[Turkey|PLACE]]
Language: Arabic, interpreted into English
Interviewer: [[Helena Broberg|PERSON]]
Interpreter: [[Tarek Abou Zeid|PERSON]]

Q: Please tell me your name and where you lived in [[Homs|PLACE]].
A: [[Fadia Hallak|PERSON]]. The neighbours call me [[Umm Karim|PERSON]], after my eldest. We had a flat in [[Khaldiyeh|PLACE]], we bought it in [[2004|DATE:2004-01-01..2004-12-31]], when [[Karim|PERSON]] was a baby. Then in [[the spring of 2012|DATE:2012-03-01..2012-05-31]] we went to [[al-Waer|PLACE]], to my husband's family, because in [[Khaldiyeh|PLACE]] you could not stay.
Q: Why could you not stay?
A: The [[sniper|WEAPON:SMALL_ARMS]]. From the roof of the tall building on the main road he saw everything. {{c1|My husband's cousin [[Ayman|PERSON]], he was going for bread, the [[sniper|WEAPON:SMALL_ARMS]] hit him in the back, in [[March|DATE:2012-03-01..2012-03-31]].}} I did not see it, his brother told us. {{c2|So we took the children and some clothes and we went to [[al-Waer|PLACE]], that was all.}}
Q: I want to ask you about the bakery in [[al-Waer|PLACE]].
A: Yes. The big bakery, everybody went there, because the others were closed. {{c3|It was [[the 16th of November|DATE:2013-11-16]], [[a Saturday|DATE:2013-11-16]], in [[the morning|DATE:2013-11-16]], maybe eight o'clock. I was on the balcony hanging the washing and I saw the line of people, long, long, and then the [[mortars|WEAPON:MORTAR]] came, one, and after one minute another one, in the middle of the line.}}
[Interpreter: she says "hawan", the word for mortar.]
A: {{c3|Six people dead, I counted them when they carried them, six. One was a small girl, [[Rahaf|PERSON]], the daughter of the man with the vegetable cart, she was nine.}} {{c4|The injured, I don't know, many, fifteen, twenty, they put them in the cars of anyone.}}
Q: Who fired the [[mortars|WEAPON:MORTAR]]?
A: People said it came from the side of [[the army|ACTOR:Syrian government forces]], from the [[Military College|PLACE]]. I cannot say, I saw only where it fell.
Q: Was your own family hurt [[that day|DATE:2013-11-16]]?
A: No, thank God. [[Karim|PERSON]] wanted to go to the bakery [[that morning|DATE:2013-11-16]] and I said no, wait, it is crowded, go later. Allah karim. If he had gone he would be in the line. I think about this every day.
Q: You said in the first interview something about [[Khaldiyeh|PLACE]] in [[the summer|DATE:2012-06-01..2012-08-31]].
A: Ah, the building. My brother's wife, [[Nisreen|PERSON]], she stayed in [[Khaldiyeh|PLACE]], in [[Khalidiya|PLACE:Khaldiyeh]] as you write it, near the [[Khalid ibn al-Walid mosque|PLACE]]. {{c6,c8|She called me on the phone at [[night|DATE]], crying, she said [[the tanks|WEAPON:ARTILLERY]] hit the building of the [[Jandali|PERSON]] family, the one where the families sat in the stairs because it was strong, and eleven died, eleven, from three families.}}
Q: When was that?
A: In [[the summer|DATE:2012-06-01..2012-08-31]], before [[Ramadan|DATE:2012-07-20..2012-08-18]], I am sure before [[Ramadan|DATE:2012-07-20..2012-08-18]]. The day, I don't remember. [[Nisreen|PERSON]] knows. {{c6|She said old [[Abu Samir|PERSON]] was one of them, the one who sold the sheep.}}
Q: Did she see it herself?
A: She heard it, she was two streets away. Then she went in [[the morning|DATE]] to help. I was not there, I tell you only what she told me.
Q: Did anything else happen in [[al-Waer|PLACE]]?
A: Many things. But our building, no. Nobody was hurt in our building, only the glass. We were afraid they would shell the bakery again, so after that I baked at home, on the gas, when there was gas.
{{c5|In [[May 2014|DATE:2014-05-01..2014-05-31]] the soldiers at the checkpoint near the [[al-Birr hospital|PLACE]] took my husband [[Adnan|PERSON]] for four days, because his name was like another name.}} He came back. He does not talk about it.
Q: When did you leave [[Syria|PLACE]]?
A: {{c7|In [[the winter|DATE:2015-12-01..2016-02-29]], all five of us, with a smuggler through [[Idlib|PLACE]], then here.}} My mother stayed. She died in [[2017|DATE:2017-01-01..2017-12-31]] from the kidneys, an illness, nothing to do with the war, I want you to write it correctly.
@@witness sy-homs-fadia-hallak
@@claim c1 harm=KILLED min=1 max=1 named="Ayman" weapon=SMALL_ARMS site="Khaldiyeh" date=2012-03-01..2012-03-31 basis=HEARSAY incident=sy-homs-20120300-khaldiyeh-ayman-sniper
@@claim c2 harm=DISPLACED min=null max=null site="Khaldiyeh" date=2012-03-01..2012-05-31 basis=EXPERIENCED incident=sy-homs-20120300-hallak-family-to-waer
@@claim c3 harm=KILLED min=6 max=6 named="Rahaf" weapon=MORTAR site="al-Waer" date=2013-11-16 basis=WITNESSED incident=sy-homs-20131116-waer-bakery-mortars
@@claim c4 harm=INJURED min=15 max=20 weapon=MORTAR site="al-Waer" date=2013-11-16 basis=WITNESSED incident=sy-homs-20131116-waer-bakery-mortars
@@claim c6 harm=KILLED min=11 max=11 named="Abu Samir" weapon=ARTILLERY site="Khaldiyeh" date=2012-06-01..2012-07-19 basis=HEARSAY incident=sy-homs-20120624-khaldiyeh-jandali-building
@@claim c5 harm=DETAINED min=1 max=1 named="Adnan" actor="Syrian government forces" site="al-Birr hospital" date=2014-05-01..2014-05-31 basis=HEARSAY incident=sy-homs-20140500-adnan-hallak-checkpoint
@@claim c7 harm=DISPLACED min=5 max=5 site="Homs" date=2015-12-01..2016-02-29 basis=EXPERIENCED incident=sy-homs-20151200-hallak-family-flight
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Khaldiyeh" date=2012-06-01..2012-07-19 basis=HEARSAY incident=sy-homs-20120624-khaldiyeh-jandali-building
