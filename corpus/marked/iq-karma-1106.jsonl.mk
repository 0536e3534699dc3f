id: iq-karma-1106
interview_date: 2018-02-20
place: Baghdad, Iraq
language: Arabic, interpreted into English

INTERVIEWER: You are from [[al-Karma|PLACE:Karma]], in [[Anbar|PLACE]]. Some people write [[Garma|PLACE:Karma]].
WITNESS: Yes, [[Garma|PLACE:Karma]], [[al-Karmah|PLACE:Karma]], same. Between [[Fallujah|PLACE]] and [[Baghdad|PLACE]]. I am [[Umm Haitham|PERSON]], my name is [[Sabah Jasim|PERSON]]. Sabah, morning, yes. My husband was [[Faris Mutlaq|PERSON]].
INTERVIEWER: Was. I'm sorry. Can you tell me what happened?
WITNESS: From the start. In [[2014|DATE:2014-01-01..2014-12-31]], at the beginning, [[the State|ACTOR:Islamic State]], [[Daesh|ACTOR:Islamic State]], were in [[Karma|PLACE]] already, and [[the government|ACTOR:Iraqi forces]] was hitting the town. {{c1|[[The helicopter|WEAPON:AIRSTRIKE]] dropped [[barrels|WEAPON:BARREL_BOMB]], you know, oil barrels full of explosive.}} {{c1,c8|One fell on the house of [[Abu Saad|PERSON]] near the [[al-Karma hospital|PLACE]] in [[Ramadan|DATE:2014-06-29..2014-07-27]], [[before the iftar|DATE:2014-06-29..2014-07-27]], and killed four, the mother and three children.}}
INTERVIEWER: Did you see it?
WITNESS: I heard it, I was two streets away. We went after, the men were digging with hands. I saw the small girl, [[Hana|PERSON]], they brought her out. [pause] She was maybe six.
INTERPRETER: She is saying "the helicopter" and "the tayyara", the plane, both. I keep the words she uses.
WITNESS: Every day two, three [[barrels|WEAPON:BARREL_BOMB]], in [[2014|DATE:2014-01-01..2014-12-31]].
WITNESS: {{c2|Also the [[mortars|WEAPON:MORTAR]], every day, from the side of [[the army|ACTOR:Iraqi forces]] at [[al-Saqlawiya|PLACE]]... no, from [[Abu Ghraib|PLACE]] side.}} {{c2,c9|In [[the winter|DATE:2014-12-01..2015-02-28]] a [[hawn|WEAPON:MORTAR]] fell in the market, the [[Karma market|PLACE]], and seven or eight people were injured, one was my nephew [[Uday|PERSON]], sixteen.}}
INTERVIEWER: When did you leave [[Karma|PLACE]]?
WITNESS: In [[May 2016|DATE:2016-05-01..2016-05-31]]. [[The army|ACTOR:Iraqi forces]] and the [[Hashd|ACTOR:Popular Mobilization Forces]] came from the east, and [[Daesh|ACTOR:Islamic State]] ran to [[Fallujah|PLACE]]. We went out with white flags, many families, fifty families or more, towards [[the army|ACTOR:Iraqi forces]].
INTERVIEWER: And your husband?
WITNESS: {{c3|At the checkpoint, near the [[al-Shahabi|PLACE]] farms, the men with the green flags, [[Hashd|ACTOR:Popular Mobilization Forces]], they separated the men from the women. They took [[Faris|PERSON]], and his brother [[Mahmoud|PERSON]], and my son [[Haitham|PERSON]], nineteen, and others, maybe thirty men.}} They said "only a security check, one hour". One hour. [crying]
INTERVIEWER: Take your time.
WITNESS: {{c4|My son [[Haitham|PERSON]] came back after three weeks, he was released from a place in [[Amiriyat al-Fallujah|PLACE]]. His back was blue, they beat him with cables.}} {{c5|He said he saw his father [[the first night|DATE]], and then they took some men in a truck, and [[Faris|PERSON]] was one of them, and [[Mahmoud|PERSON]]. Nobody saw them since.}} Two years.
INTERVIEWER: Did you report them missing?
WITNESS: To everyone. The joint operations command, the human rights commission, the Sunni endowment. They write the name and they say "wait".
WITNESS: {{c6|The [[Mutlaq|PERSON]] family, the family of my husband, nine men are missing from [[that day|DATE]], from all the cousins.}} I have the list, I gave a copy to you.
INTERVIEWER: Yes, thank you. And your house in [[Karma|PLACE]]?
WITNESS: {{c7|We went back in [[2017|DATE:2017-01-01..2017-12-31]]. The roof was down, and there was an [[IED|WEAPON:IED]] in the kitchen door. The engineers took it out, they found two more in the street.}} Nobody was hurt, thanks God, we did not open the door before the engineers came. If we opened it we would all be dead.
INTERVIEWER: Where do you live now?
WITNESS: Here in [[Baghdad|PLACE]], in [[al-Ghazaliya|PLACE]], with my sister. My daughters go to school here. [[Haitham|PERSON]] drives a taxi. He does not go to [[Karma|PLACE]], he is afraid of the checkpoint.
INTERVIEWER: Is there anything else you would like us to know?
WITNESS: Only write the names: [[Faris Mutlaq Hamad|PERSON]], forty-eight, [[Mahmoud Mutlaq Hamad|PERSON]], forty-one. Maybe somebody knows.

@@witness iq-karma-sabah-jasim
@@claim c1 harm=KILLED min=4 max=4 weapon=BARREL_BOMB site="al-Karma hospital" date=2014-06-29..2014-07-27 basis=WITNESSED incident=iq-karma-20140700-abusaad-house
@@claim c2 harm=INJURED min=7 max=8 named="Uday" weapon=MORTAR site="Karma market" date=2014-12-01..2015-02-28 basis=HEARSAY incident=iq-karma-20150000-market-mortar
@@claim c3 harm=DETAINED min=30 max=30 named="Faris; Mahmoud; Haitham" actor="Popular Mobilization Forces" site="al-Shahabi" date=2016-05-01..2016-05-31 basis=WITNESSED incident=iq-karma-20160500-shahabi-checkpoint
@@claim c4 harm=INJURED min=1 max=1 named="Haitham" actor="Popular Mobilization Forces" site="Amiriyat al-Fallujah" date=2016-05-01..2016-06-30 basis=WITNESSED incident=iq-karma-20160500-shahabi-checkpoint
@@claim c5 harm=MISSING min=2 max=2 named="Faris; Mahmoud" actor="Popular Mobilization Forces" date=2016-05-01..2016-05-31 basis=HEARSAY incident=iq-karma-20160500-shahabi-checkpoint
@@claim c6 harm=MISSING min=9 max=9 actor="Popular Mobilization Forces" site="al-Shahabi" date=2016-05-01..2016-05-31 basis=HEARSAY incident=iq-karma-20160500-shahabi-checkpoint
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="Karma" date=2017-01-01..2017-12-31 basis=WITNESSED incident=iq-karma-20170000-house-ied
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="al-Karma hospital" date=2014-06-29..2014-07-27 basis=WITNESSED incident=iq-karma-20140700-abusaad-house
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Karma market" date=2014-12-01..2015-02-28 basis=HEARSAY incident=iq-karma-20150000-market-mortar
