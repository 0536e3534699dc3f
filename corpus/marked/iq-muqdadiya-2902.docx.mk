WITNESS INTERVIEW RECORD
Interview ID: DYL-2902
Interview date: 2015-11-22
Location: [[Khanaqin|PLACE]], [[Diyala|PLACE]] governorate
Language: Arabic (Iraqi dialect)
Interviewer: [[Marta Lindqvist|PERSON]]
Q: Can you say your name and where you come from?
A: [[Jamila Abd al-Wahid|PERSON]], [[Umm Mustafa|PERSON]]. From [[Saadiya|PLACE]] first, then we lived in [[Muqdadiyah|PLACE:Muqdadiya]] with my sister, because [[Saadiya|PLACE]] was under [[ISIS|ACTOR:Islamic State]] from [[the summer of 2014|DATE:2014-06-01..2014-08-31]].
Q: Why did you leave [[Saadiya|PLACE]]?
A: {{c1|They came in [[June|DATE:2014-06-01..2014-06-30]], I think [[the end of June|DATE:2014-06-21..2014-06-30]], and they took my husband's brother [[Faris|PERSON]] from the house, they dragged him out by the shirt because he worked before with the municipality.}} {{c2|We never saw him again. Somebody said he is in [[Hawija|PLACE]], somebody said he is dead, nobody knows.}} {{c3|So we left, all of us, eleven people in two cars, to [[Muqdadiya|PLACE]].}}
Q: And when [[Saadiya|PLACE]] was taken back in [[November|DATE:2014-11-01..2014-11-30]]?
A: My husband [[Abd al-Karim|PERSON]] went back [[one week after|DATE:2014-11-30..2014-12-06]] with the [[Peshmerga|ACTOR:Peshmerga]] permission, to look at the house. {{c4|There was a [[bomb|WEAPON:IED]] in the kitchen, under the gas cooker, they had left it for whoever opens. His friend [[Jabbar|PERSON]] opened the door of the kitchen and it went off. [[Jabbar|PERSON]] lost his leg.}} My husband was in the garden, he was not hurt, only his ears for a week. {{c5|And the house, eh, the kitchen wall is gone and half of the roof, we cannot live there.}}
Q: Were you in [[Muqdadiya|PLACE]] in [[January 2015|DATE:2015-01-01..2015-01-31]]?
A: Yes. This is the day of the market. [[A Wednesday in January|DATE:2015-01-14]], [[the middle of the month|DATE:2015-01-14]]. I was buying shoes for my small one, [[Nour|PERSON]]. I was maybe two hundred metres from the fish street.
Q: What happened?
A: I heard it first, a whistle, then the sound. I did not see the first [[shell|WEAPON:MORTAR]], I only heard. {{c6|Then the second one I saw, the smoke and the people falling down near the minibuses, and the glass of the shops came out on the street.}} {{c7|People say eight died [[that day|DATE:2015-01-14]]. My sister's neighbour [[Hussein Abbas|PERSON]], sixty years, he sold onions, he was one of them.}} {{c8|Many were wounded, twenty, more, they took them in pickups to the hospital.}} [crying] I'm sorry.
Q: Take your time. Do you know who fired?
A: [[Hawn|WEAPON:MORTAR]], they said, from [[Daesh|ACTOR:Islamic State]], from the farms. This is what the radio said [[the same evening|DATE:2015-01-14]]. I don't know.
Q: What happened after the market?
A: [[The next day|DATE:2015-01-15]] everybody was afraid. The [[Hashd|ACTOR:Popular Mobilization Forces]] came and they closed the roads. {{c9|At the checkpoint near the bridge they took young men out of the minibuses, I saw this myself from our minibus, four or five boys, hands behind.}} They took my son [[Mustafa|PERSON]] out also, he is nineteen. They looked at his card a long time, they asked where is your father, where is your uncle. Then an old man in our minibus, Hajji... no, not Hajji, [[Abu Sattar|PERSON]], he knew one of them, he talked to them and they let [[Mustafa|PERSON]] come back in. Nothing happened to him, thanks God.
Q: Did your house in [[Muqdadiya|PLACE]] suffer?
A: No, nothing happened to my sister's house, no [[shelling|WEAPON:EXPLOSIVE_UNSPECIFIED]] on our street. But we left anyway. {{c10|At [[the end of January|DATE:2015-01-21..2015-01-31]] we came here to [[Khanaqin|PLACE]], because my husband said next time they will not let [[Mustafa|PERSON]] go.}}
Q: Is there anything else you want to say?
A: Only [[Faris|PERSON]]. If somebody knows anything about [[Faris Abd al-Wahid|PERSON]], from [[Saadiya|PLACE]], [[al-Saadiyah|PLACE:Saadiya]], please. His mother is waiting. She is eighty, she cannot walk to the offices herself, so my husband goes for her. That's all.
@@claim c1 harm=DETAINED min=1 max=1 named="Faris" actor="Islamic State" site="Saadiya" date=2014-06-21..2014-06-30 basis=WITNESSED incident=iq-saadiya-20140600-faris-taken
@@claim c2 harm=MISSING min=1 max=1 named="Faris" actor="Islamic State" site="Saadiya" date=2014-06-21..2014-06-30 basis=EXPERIENCED incident=iq-saadiya-20140600-faris-taken
@@claim c3 harm=DISPLACED min=11 max=11 site="Saadiya" date=2014-06-21..2014-07-31 basis=EXPERIENCED incident=iq-saadiya-20140600-abd-al-wahid-family-flight
@@claim c4 harm=INJURED min=1 max=1 named="Jabbar" weapon=IED actor="Islamic State" site="Saadiya" date=2014-11-30..2014-12-06 basis=HEARSAY incident=iq-saadiya-20141200-kitchen-booby-trap
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Saadiya" date=2014-11-30..2014-12-06 basis=HEARSAY incident=iq-saadiya-20141200-kitchen-booby-trap
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Muqdadiya" date=2015-01-14 basis=WITNESSED incident=iq-muqdadiya-20150114-old-market-mortars
@@claim c7 harm=KILLED min=8 max=8 named="Hussein Abbas" site="Muqdadiya" date=2015-01-14 basis=HEARSAY incident=iq-muqdadiya-20150114-old-market-mortars
@@claim c8 harm=INJURED min=20 max=null site="Muqdadiya" date=2015-01-14 basis=WITNESSED incident=iq-muqdadiya-20150114-old-market-mortars
@@claim c9 harm=DETAINED min=4 max=5 actor="Popular Mobilization Forces" site="Muqdadiya" date=2015-01-15 basis=WITNESSED incident=iq-muqdadiya-20150115-entrance-checkpoint-arrests
@@claim c10 harm=DISPLACED min=null max=null site="Muqdadiya" date=2015-01-21..2015-01-31 basis=EXPERIENCED incident=iq-muqdadiya-20150100-abd-al-wahid-second-flight
@@witness iq-muqdadiya-jamila-abd-al-wahid
