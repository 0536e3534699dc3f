@@newline crlf
WITNESS STATEMENT
Statement ID: IQ-FLJ-4251
Date of interview: 12 March 2019
Place of interview: [[Baghdad|PLACE]], [[al-Ameriya|PLACE]]
Language: Arabic, interpreted into English
Interviewer: [[Helen Marsh|PERSON]]
Interpreter: [[Duraid Salman|PERSON]]

My name is [[Khalid Jassim al-Issawi|PERSON]]. In the neighbourhood they call me [[Abu Raed|PERSON]], after my eldest. I was born in [[Falluja|PLACE:Fallujah]] in 1968, in [[al-Jolan|PLACE]], and I had a shop for car batteries near the old bridge, the iron one.

About the first fighting, in [[April 2004|DATE:2004-04-01..2004-04-30]]. We stayed in the house because my father, Hajj [[Jassim|PERSON]], did not want to leave. {{c1|My cousin [[Ahmed Fayyadh|PERSON]], he was twenty-two, he went up to the roof to bring down the water tank hose, and the [[sniper|WEAPON:SMALL_ARMS]] of [[the Americans|ACTOR:US-led coalition]] was on the tall building by the river. I was on the stairs. He fell back on me. We washed him and prayed over him in the garden, because nobody could reach the cemetery, and we put him in the ground by the lemon tree.}} Later, when things were quiet, we moved him to the martyrs' cemetery. In [[April|DATE:2004-04-01..2004-04-30]] nobody else in our street was hurt, I want to be exact, [[the planes|WEAPON:AIRSTRIKE]] hit other areas then, not ours.

[Interpreter's note: the witness says "the sniper" in English.]

The second time was in [[Ramadan|DATE:2004-10-15..2004-11-13]]. {{c2|We left [[about ten days before the big attack|DATE:2004-10-28]], I think [[the 28th of October|DATE:2004-10-28]], me, my wife [[Nadia|PERSON]], the five children and my sister [[Salwa|PERSON]], in two cars, with what we had on our bodies, nothing else. We went to my wife's family in [[Amiriyat al-Fallujah|PLACE]], then to [[Habbaniya|PLACE]], and we stayed there until [[the spring|DATE:2005-03-01..2005-05-31]].}} My father said he was too old to sleep in somebody else's house. He stayed with our neighbour, Hajj [[Hamad al-Mahamdi|PERSON]], because their house had a strong basement. If we had stayed, we would all be under that roof with him. I say this every day.

{{c3,c8|Hajj [[Hamad|PERSON]]'s house, the [[Mahamdi|PERSON]] house, it came down on them on [[the second or third night|DATE:2004-11-09..2004-11-10]] of the attack. [[The planes|WEAPON:AIRSTRIKE]], they say. Seven people were inside: my father, Hajj [[Hamad|PERSON]], his wife, his two sons and two of the grandchildren.}} I was not there. {{c4|[[Abu Sattar|PERSON]], the man from the house behind, he was the only one who came out of that basement. He told me everything in [[Habbaniya|PLACE]] in [[December|DATE:2004-12-01..2004-12-31]]. His leg was crushed, he walks with a stick since then.}}

{{c3|When we came back in [[January|DATE:2005-01-01..2005-01-31]], with the cards they gave us at the checkpoint, the cemetery had got seven more from our street.}} My father I buried myself, the second time, you understand, because the first time the neighbours buried him quickly. I am sorry. [pause]

{{c5|Our own house was just a hole, the back wall and the stairs, nothing. And the shop, there was nothing left of the shop, only the shutter, twisted like paper.}} I don't know what hit it. Everything around was [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]], [[shells|WEAPON:ARTILLERY]] and [[planes|WEAPON:AIRSTRIKE]] for weeks.

People talk about the [[white phosphorus|WEAPON:INCENDIARY]] in [[al-Jolan|PLACE]]. I did not see it myself, I was in [[Habbaniya|PLACE]]. {{c6|But my friend [[Mahmoud Turki|PERSON]], who stayed to guard his brother's house, he showed me his arms in [[2005|DATE:2005-01-01..2005-12-31]], the skin was like melted plastic, and he said it was the white smoke that burns, the one that kept burning when you put water on it.}} Some said it killed many in [[Jolan|PLACE:al-Jolan]]. I have no number, I will not give you a number I do not know.

About [[2016|DATE:2016-01-01..2016-12-31]] you asked me also. That time I was already in [[Baghdad|PLACE]]. {{c7|My sister's husband, [[Ziyad|PERSON]], [[Ziyad Mutlak|PERSON]], he came out of [[Fallujah|PLACE]] in [[June 2016|DATE:2016-06-01..2016-06-30]] with the families, at [[Saqlawiya|PLACE]] they separated the men. Since then, no news, nothing. We still wait for him.}} My sister asked at every office, every checkpoint. They say the name is not there.

I give this statement so that the names of my father and of [[Ahmed|PERSON]] are written somewhere.
@@witness iq-fallujah-khalid-issawi
@@claim c1 harm=KILLED min=1 max=1 named="Ahmed Fayyadh" weapon=SMALL_ARMS actor="US-led coalition" site="al-Jolan" date=2004-04-01..2004-04-30 basis=WITNESSED incident=iq-fallujah-20040400-jolan-ahmed-fayyadh-sniper
@@claim c2 harm=DISPLACED min=8 max=8 named="Nadia; Salwa" site="Falluja" date=2004-10-28 basis=EXPERIENCED incident=iq-fallujah-20041028-issawi-family-flight
@@claim c3 harm=KILLED min=7 max=7 named="Jassim; Hamad" weapon=AIRSTRIKE site="al-Jolan" date=2004-11-09..2004-11-10 basis=HEARSAY incident=iq-fallujah-20041109-jolan-mahamdi-house
@@claim c4 harm=INJURED min=1 max=1 named="Abu Sattar" weapon=AIRSTRIKE site="al-Jolan" date=2004-11-09..2004-11-10 basis=HEARSAY incident=iq-fallujah-20041109-jolan-mahamdi-house
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="al-Jolan" date=2004-11-01..2004-12-31 basis=WITNESSED incident=iq-fallujah-20041100-jolan-issawi-house-shop
@@claim c6 harm=INJURED min=1 max=1 named="Mahmoud Turki" weapon=INCENDIARY site="al-Jolan" date=2004-11-01..2004-11-30 basis=HEARSAY incident=iq-fallujah-20041100-jolan-mahmoud-turki-burns
@@claim c7 harm=MISSING min=1 max=1 named="Ziyad; Ziyad Mutlak" site="Saqlawiya" date=2016-06-01..2016-06-30 basis=HEARSAY incident=iq-saqlawiyah-20160600-ziyad-mutlak-missing
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Jolan" date=2004-11-09..2004-11-10 basis=HEARSAY incident=iq-fallujah-20041109-jolan-mahamdi-house
