WITNESS STATEMENT
Statement ID: SY-RQA-4903
Date: 3 April 2018
Place: [[Ain Issa|PLACE]] camp, [[Raqqa|PLACE]] governorate
Statement taken by: [[Ruth Okafor|PERSON]]
Interpreter: [[Bassel Haddad|PERSON]]
Language: Arabic

My name is [[Hanan Khalaf|PERSON]]. I am thirty-eight years old. I was born in [[Raqqa|PLACE]], in the [[al-Rumaila|PLACE]] neighbourhood, not far from [[Bab Baghdad|PLACE]]. I am a seamstress. My husband [[Muhannad|PERSON]] drove a minibus between [[Raqqa|PLACE]] and [[Tabqa|PLACE]].

When [[Daesh|ACTOR:Islamic State]] took the whole city in [[January 2014|DATE:2014-01-01..2014-01-31]], my brother [[Jassem|PERSON]] had a shop for mobile phones near the [[Clock roundabout|PLACE]]. {{c1|In [[the summer of 2014|DATE:2014-06-01..2014-08-31]] they came for him. The man of the shop next to his told us he saw them put [[Jassem|PERSON]] in a car with his hands behind him. They said he had worked with [[the Free Army|ACTOR:Syrian armed opposition]].}} My mother went every week to the office of the [[hisba|ACTOR:Islamic State]], and every week they said go and ask the security.

{{c2|We never saw [[Jassem|PERSON]] again. In [[2015|DATE:2015-01-01..2015-12-31]] a man who had been in their prison told my mother that he saw my brother in [[Point 11|PLACE]], under the stadium, for some months. After that nobody knows anything.}}

[Interpreter's note: the witness stopped here for a few minutes.]

{{c3|In [[Ramadan 2016|DATE:2016-06-06..2016-07-05]] the [[hisba|ACTOR:Islamic State]] took my husband from the door of our house, because they found cigarettes in the minibus. I was at the window, I saw them push him into the car. They kept him twenty-three days. When he came back his back was full of lines from the lashes.}}

In [[July 2017|DATE:2017-07-01..2017-07-31]] the [[SDF|ACTOR:Syrian Democratic Forces]] were already inside the old city and we could not go out. Our house had no basement, so we went down with other families to the ground floor of the building of the [[Fayyad|PERSON]] family, four floors, two streets from us.

{{c4|On [[the 8th of July|DATE:2017-07-08]], [[a Saturday|DATE:2017-07-08]], at [[dawn|DATE:2017-07-08]], I heard [[the planes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:US-led coalition]], and then the building came down on us.}} I will say the truth, two men of [[Daesh|ACTOR:Islamic State]] had a room on the top floor [[the week before|DATE:2017-07-01..2017-07-07]], but they had left. I do not know if [[the planes|WEAPON:AIRSTRIKE]] knew that.

{{c5|My mother [[Khadija|PERSON]], sixty-three, was sleeping by the wall on the side of the street. She did not wake up. We took her out in [[the afternoon|DATE:2017-07-08]] with our hands.}} {{c6|My right arm was under a beam, it broke, and the bone came out here, above the wrist.}}

{{c7|Our neighbour [[Abu Fayez|PERSON]] said that between 10 and 15 people died under that building, from three families.}} {{c8|Later, in the camp, my cousin sent me on WhatsApp a report of an organisation, in English, and Mr [[Bassel|PERSON]] read it to me: twelve civilians were killed in an [[air strike|WEAPON:AIRSTRIKE]] on a building in [[al-Rumaila|PLACE]] on [[8 July|DATE:2017-07-08]].}} I think it is our building. Twelve or fifteen, I do not know. I know one, my mother.

{{c9|[[Three days later|DATE:2017-07-11]] we left with a smuggler, at [[night|DATE:2017-07-11]]. Twelve of us: me with my arm tied to my chest, my husband, my four children, my sister and her children. We walked toward the [[SDF|ACTOR:Syrian Democratic Forces]] lines in the east, to [[al-Mashlab|PLACE]].}} [[Daesh|ACTOR:Islamic State]] had said they would shoot anybody who tried to leave, and they had put [[mines|WEAPON:LANDMINE]] on the roads out of the city.

{{c10|Near the railway the man walking in front of us stepped on a [[mine|WEAPON:LANDMINE]]. He was from [[Deir ez-Zor|PLACE]], I did not know his name. He did not get up again.}} The smuggler said do not look, walk in the footsteps. None of my children was hurt, thanks to God.

{{c11|At the point of the [[SDF|ACTOR:Syrian Democratic Forces]] they kept my husband four days for questioning, because of the minibus. They said he drove for [[Daesh|ACTOR:Islamic State]].}} Then they let him come to us in the camp.

{{c12|In [[February|DATE:2018-02-01..2018-02-28]] my husband went back to see our house in [[al-Rumaila|PLACE]]. He says it has no roof and no walls inside, the sewing machines are under the stones.}} We are still in [[Ain Issa|PLACE]]. I cannot sew with this arm.

This statement was read back to me in Arabic and it is correct.
@@witness sy-raqqa-hanan-khalaf
@@claim c1 harm=DETAINED min=1 max=1 named="Jassem" actor="Islamic State" site="Clock roundabout" date=2014-06-01..2014-08-31 basis=HEARSAY incident=sy-raqqa-20140000-jassem-khalaf-taken
@@claim c2 harm=MISSING min=1 max=1 named="Jassem" actor="Islamic State" site="Point 11" date=2015-01-01..2015-12-31 basis=EXPERIENCED incident=sy-raqqa-20140000-jassem-khalaf-taken
@@claim c3 harm=DETAINED min=1 max=1 named="Muhannad" actor="Islamic State" site="al-Rumaila" date=2016-06-06..2016-07-05 basis=WITNESSED incident=sy-raqqa-20160600-muhannad-hisba-detention
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US-led coalition" site="al-Rumaila" date=2017-07-08 basis=EXPERIENCED incident=sy-raqqa-20170708-rumaila-fayyad-building
@@claim c5 harm=KILLED min=1 max=1 named="Khadija" weapon=AIRSTRIKE actor="US-led coalition" site="al-Rumaila" date=2017-07-08 basis=WITNESSED incident=sy-raqqa-20170708-rumaila-fayyad-building
@@claim c6 harm=INJURED min=1 max=1 named="Hanan Khalaf" weapon=AIRSTRIKE actor="US-led coalition" site="al-Rumaila" date=2017-07-08 basis=EXPERIENCED incident=sy-raqqa-20170708-rumaila-fayyad-building
@@claim c7 harm=KILLED min=10 max=15 weapon=AIRSTRIKE actor="US-led coalition" site="al-Rumaila" date=2017-07-08 basis=HEARSAY incident=sy-raqqa-20170708-rumaila-fayyad-building
@@claim c8 harm=KILLED min=12 max=12 weapon=AIRSTRIKE site="al-Rumaila" date=2017-07-08 basis=REPORTED incident=sy-raqqa-20170708-rumaila-fayyad-building
@@claim c9 harm=DISPLACED min=12 max=12 named="Hanan Khalaf" site="al-Rumaila" date=2017-07-11 basis=EXPERIENCED incident=sy-raqqa-20170711-khalaf-family-flight
@@claim c10 harm=KILLED min=1 max=1 weapon=LANDMINE actor="Islamic State" site="Raqqa" date=2017-07-11 basis=WITNESSED incident=sy-raqqa-20170711-railway-path-mine
@@claim c11 harm=DETAINED min=1 max=1 named="Muhannad" actor="Syrian Democratic Forces" site="al-Mashlab" date=2017-07-11..2017-07-12 basis=WITNESSED incident=sy-mashlab-20170711-muhannad-sdf-screening
@@claim c12 harm=PROPERTY_DAMAGE min=null max=null site="al-Rumaila" basis=HEARSAY incident=sy-raqqa-20170000-khalaf-house-destroyed
