@@newline crlf
Interview ID: YE-AMR-715
Interview date: 11 April 2019
Place of interview: [[Marib|PLACE]] city
Language: Arabic
Interviewer: [[Tobias Engel|PERSON]]
Interpreter: [[Hind al-Maqtari|PERSON]]

INTERVIEWER: Thank you, Ustaz. You are from [[Amran|PLACE]]?
WITNESS: From [[Amran|PLACE]] city, yes. I taught Arabic in the secondary school for nineteen years. My name you can write, [[Mutahar Shamlan|PERSON]]. I am not afraid any more, I am here in [[Marib|PLACE]].
INTERVIEWER: Let us begin with [[2014|DATE:2014-01-01..2014-12-31]]. What did you see?
WITNESS: In [[2014|DATE:2014-01-01..2014-12-31]] the [[Houthis|ACTOR:Houthis]] came down on [[Amran|PLACE]] from the north, and [[the 310th Brigade|ACTOR:Yemeni government forces]] was inside the city, in its big camp. For weeks the [[Katyusha|WEAPON:ROCKET]] and the [[shells|WEAPON:ARTILLERY]] went over our heads, from both sides.
WITNESS: {{c1,c8|[[Two days before the city fell|DATE:2014-07-06]], [[the 6th of July|DATE:2014-07-06]], [[a Sunday|DATE:2014-07-06]], a [[shell|WEAPON:ARTILLERY]] hit the house of our neighbour [[Qaid Mulhi|PERSON]].}} {{c1|He died, his wife died, and his daughter [[Tahani|PERSON]], she was in my class, seventeen.}} [pause] I carried her out myself.
[Interpreter: he said "bint Qaid", the daughter of [[Qaid|PERSON]], and then her name.]
INTERVIEWER: Do you know who fired that [[shell|WEAPON:ARTILLERY]]?
WITNESS: No. Honestly, no. [[The brigade|ACTOR:Yemeni government forces]] fired from the camp, the [[Houthis|ACTOR:Houthis]] fired from the hills. Our street was between. I will not accuse without knowing.
INTERVIEWER: And after the [[Houthis|ACTOR:Houthis]] took the city?
WITNESS: Then [[2015|DATE:2015-01-01..2015-12-31]], [[the coalition|ACTOR:Saudi-led coalition]]. In the city itself [[the planes|WEAPON:AIRSTRIKE]] did not strike much in those months, mostly the camps and the mountains. But [[Raydah|PLACE]], north of us, the livestock market.
WITNESS: {{c2|It was [[the Thursday before Eid al-Adha|DATE:2015-09-17]], the big market day, when people buy the sheep for the sacrifice.}} {{c2,c3|[[The planes|WEAPON:AIRSTRIKE]] struck the market at [[noon|DATE:2015-09-17]], people said more than twenty died, and many sheep and cows.}}
WITNESS: {{c3|I went [[the next morning|DATE:2015-09-18]] with my cousin [[Abdulaziz|PERSON]] to look for his father-in-law, Hajj [[Muqbil|PERSON]]. The stalls were burned, the trucks turned over, and I saw the animals dead in the square.}} His father-in-law was alive, thanks God, he was late, his car broke.
[Interpreter: "Eid al-Adha" is the feast of the sacrifice.]
INTERVIEWER: Were there other weapons used near [[Amran|PLACE]]?
WITNESS: The [[cluster|WEAPON:CLUSTER_MUNITION]], yes. In the fields to the west. {{c4|In [[March 2016|DATE:2016-03-01..2016-03-31]] my nephew [[Zakariya|PERSON]], ten years, found a small [[bomblet|WEAPON:CLUSTER_MUNITION]], like a ball with a ribbon, and he brought it home to show his brother, and it exploded in the yard. I was in the next house, I heard it. [[Zakariya|PERSON]] lost his right hand, and his brother [[Osama|PERSON]] has pieces in his stomach still.}}
INTERVIEWER: You said you left [[Amran|PLACE]] because of your brother.
WITNESS: {{c5|My brother [[Hamid Shamlan|PERSON]]. In [[2017|DATE:2017-01-01..2017-12-31]], in [[Shaaban|DATE:2017-04-27..2017-05-26]], the [[Houthi|ACTOR:Houthis]] security came to the house at [[dawn|DATE:2017-04-27..2017-05-26]] and took him, because he wrote on Facebook against the [[Ansar Allah|ACTOR:Houthis]] supervisor of the district.}}
WITNESS: {{c6|Two years now. We do not know where he is, [[Sanaa|PLACE]], [[Dhamar|PLACE]], nobody tells us. My mother goes to the prisons with food and they say he is not here.}}
INTERVIEWER: And you?
WITNESS: They told me, if you talk to the organisations, we will take you also. {{c7|So in [[December|DATE:2018-12-01..2018-12-31]] I came to [[Marib|PLACE]] with my wife and four children, through the mountains, two days.}}
@@witness ye-amran-mutahar-shamlan
@@claim c1 harm=KILLED min=3 max=3 named="Qaid Mulhi; Tahani" weapon=ARTILLERY site="Amran" date=2014-07-06 basis=WITNESSED incident=ye-amran-20140706-mulhi-house-shell
@@claim c2 harm=KILLED min=21 max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="Raydah" date=2015-09-17 basis=HEARSAY incident=ye-raydah-20150917-livestock-market-airstrike
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="Raydah" date=2015-09-17 basis=WITNESSED incident=ye-raydah-20150917-livestock-market-airstrike
@@claim c4 harm=INJURED min=2 max=2 named="Zakariya; Osama" weapon=CLUSTER_MUNITION site="Amran" date=2016-03-01..2016-03-31 basis=WITNESSED incident=ye-amran-20160300-nephews-bomblet
@@claim c5 harm=DETAINED min=1 max=1 named="Hamid Shamlan" actor="Houthis" site="Amran" date=2017-04-27..2017-05-26 basis=WITNESSED incident=ye-amran-20170500-hamid-shamlan-detention
@@claim c6 harm=MISSING min=1 max=1 named="Hamid Shamlan" actor="Houthis" date=2017-04-27..2019-04-11 basis=WITNESSED incident=ye-amran-20170500-hamid-shamlan-detention
@@claim c7 harm=DISPLACED min=6 max=6 site="Amran" date=2018-12-01..2018-12-31 basis=EXPERIENCED incident=ye-amran-20181200-shamlan-family-displaced
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Amran" date=2014-07-06 basis=WITNESSED incident=ye-amran-20140706-mulhi-house-shell
