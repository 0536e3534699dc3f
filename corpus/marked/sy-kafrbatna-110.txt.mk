@@newline crlf
Interview ID: EG-110
Date of interview: 11 June 2018
Place of interview: [[Afrin|PLACE]], [[Aleppo|PLACE]] governorate
Language: Arabic
Interviewer: [[Nadia Ferrante|PERSON]]
Interpreter: [[Tarek Zein|PERSON]]

Q: Can you tell me your name?
A: [[Khadija Mardini|PERSON]]. In the camp they call me [[Umm Adnan|PERSON]].
Q: Where did you live before you came here?
A: In [[Kfar Batna|PLACE:Kafr Batna]], in the [[Ghouta|PLACE:Eastern Ghouta]]. All my life. My husband's family had a building of four floors near the mosque, we lived on the second.
Q: How many of you lived there?
A: Me, my husband [[Samir|PERSON]], our three children, my husband's father, and the families of his two brothers. When the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] became very strong, in [[February|DATE:2018-02-01..2018-02-28]], we all went down to the basement. With the neighbours we were forty, maybe more.
Q: Was your building hit?
A: {{c1|Yes. A [[barrel|WEAPON:BARREL_BOMB]] fell on it at [[the end of February|DATE:2018-02-20..2018-02-28]]. The third and fourth floors came down.}} We were in the basement, so nobody was hurt that time. Only dust.
Q: I want to ask about [[the night|DATE:2018-03-07]] when people say there was [[gas|WEAPON:CHEMICAL]].
A: Yes. It was [[the first week of March|DATE:2018-03-01..2018-03-07]]. [[A Wednesday|DATE:2018-03-07]], because [[Wednesday morning|DATE:2018-03-07]] my husband went to bring water from the well and he came back and said there is no water.
[Interpreter: she says the day of the week because the water came on Wednesdays.]
A: At [[night|DATE:2018-03-07]] we heard [[the helicopter|WEAPON:AIRSTRIKE]], and then a noise, not like the [[barrels|WEAPON:BARREL_BOMB]], smaller. Then somebody shouted from the stairs, [[gas|WEAPON:CHEMICAL]], [[gas|WEAPON:CHEMICAL]]! The smell came down into the basement. Heavy, it goes down, it does not go up. The people who were lying on the floor, the old ones, the small ones, they suffocated first.
Q: What did you do?
A: We ran up. Up, to the street, to the roof of the neighbours. My son [[Adnan|PERSON]], ten years, he was coughing and coughing, his eyes closed. {{c2|My husband carried him to the hospital, they put water on him and oxygen. He lived, thank God, but for one month he coughed.}}
Q: Did anybody die?
A: {{c3|Six. Six people choked in our basement and the basement next to us. My father-in-law, Hajj [[Mahmoud Mardini|PERSON]], and the twins of our neighbour [[Umm Tarek|PERSON]], two boys, four years old.}} [crying] {{c7|I saw the twins. I saw them.}} [pause] The other three I did not see, the neighbours told me.
Q: What do you think it was?
A: [[Chlorine|WEAPON:CHEMICAL]], everybody said, yellow [[chlorine|WEAPON:CHEMICAL]]. It was in a [[cylinder|WEAPON:CHEMICAL]], the men found the [[cylinder|WEAPON:CHEMICAL]] in [[the morning|DATE:2018-03-08]] on the roof of the house of the [[al-Sheikh|PERSON]] family.
Q: Were there fighters or weapons in your building?
A: No. There were no fighters in our building. Families only. [[Faylaq|ACTOR:Syrian armed opposition]] had a headquarters, yes, but far, near [[Jisreen|PLACE]].
Q: Had your family known the [[gas|WEAPON:CHEMICAL]] before?
A: My brother [[Ayham|PERSON]] was in [[Zamalka|PLACE]] in [[2013|DATE:2013-01-01..2013-12-31]], in the big one, the [[sarin|WEAPON:CHEMICAL]]. In [[the summer|DATE:2013-06-01..2013-08-31]], [[two weeks after Eid|DATE:2013-08-18..2013-08-26]]. {{c4|He survived, but his neighbours, the [[Taha|PERSON]] family, seven people, died in their sleep. This he told me.}}
Q: How did you leave [[Kafr Batna|PLACE]]?
A: [[The 15th of March|DATE:2018-03-15]], through the corridor, in [[Hamouriyah|PLACE]], to the side of [[the regime|ACTOR:Syrian government forces]]. We walked with white cloths. They took us to the shelter in [[Adra|PLACE]]. {{c5|There, at the gate, [[the army|ACTOR:Syrian government forces]] took my husband [[Samir|PERSON]], with all the men under forty. I saw them put him in the bus.}} I don't know where he is. Nobody tells me.
Q: I am very sorry.
A: {{c6|His brother [[Bilal|PERSON]] also disappeared, in [[2012|DATE:2012-01-01..2012-12-31]], at the checkpoint of [[Harasta|PLACE]]. We never heard one word.}} If they had taken me also, who would stay with the children? So I thank God for that at least. Then from the shelter we came here, to [[Afrin|PLACE]], with my sister.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Kfar Batna" date=2018-02-20..2018-02-28 basis=EXPERIENCED incident=sy-kafrbatna-20180200-mardini-building-barrel
@@claim c2 harm=INJURED min=1 max=1 named="Adnan" weapon=CHEMICAL site="Kfar Batna" date=2018-03-07 basis=WITNESSED incident=sy-kafrbatna-20180307-chlorine
@@claim c3 harm=KILLED min=6 max=6 named="Mahmoud Mardini" weapon=CHEMICAL site="Kfar Batna" date=2018-03-07 basis=HEARSAY incident=sy-kafrbatna-20180307-chlorine
@@claim c4 harm=KILLED min=7 max=7 named="Taha" weapon=CHEMICAL site="Zamalka" date=2013-08-18..2013-08-26 basis=HEARSAY incident=sy-zamalka-20130800-sarin
@@claim c5 harm=DETAINED min=1 max=null named="Samir" actor="Syrian government forces" site="Adra" date=2018-03-15 basis=WITNESSED incident=sy-adra-20180315-shelter-men-detained
@@claim c6 harm=MISSING min=1 max=1 named="Bilal" site="Harasta" date=2012-01-01..2012-12-31 basis=HEARSAY incident=sy-harasta-20120000-bilal-disappearance
@@claim c7 harm=KILLED min=2 max=2 weapon=CHEMICAL site="Kfar Batna" date=2018-03-07 basis=WITNESSED incident=sy-kafrbatna-20180307-chlorine
@@witness sy-kafrbatna-khadija-mardini
