id: ML-OGS-2605
interview_date: 2020-03-06
place: Sévaré, Mopti region, Mali
language: Fulfulde, interpreted into French

INTERVIEWER: Madame, thank you. Please tell me your name and your village.
WITNESS: [[Aïssata Cissé|PERSON]]. I am from [[Ogossagou|PLACE]], the Peul part, [[Ogossagou-Peul|PLACE:Ogossagou]] they say. In [[Bankass|PLACE]] circle.
INTERVIEWER: You were there in [[March 2019|DATE:2019-03-01..2019-03-31]], during the first attack?
WITNESS: Yes. I was there. [pause] {{c1|It was [[a Saturday|DATE:2019-03-23]], at [[dawn|DATE:2019-03-23]]. They came with [[guns|WEAPON:SMALL_ARMS]] and with fire. My husband [[Hamadoun Barry|PERSON]] was killed in front of our door, I saw him fall.}} {{c2|They burned the granaries with the millet inside. They burned our hut with the goats tied beside it.}}
INTERVIEWER: Who were they?
WITNESS: [[The Dogon hunters|ACTOR:Dan Na Ambassagou]], the [[dozos|ACTOR:Dan Na Ambassagou]]. I know some of them, they are from the villages around, we sold them milk before.
INTERVIEWER: How many people died [[that day|DATE:2019-03-23]]?
WITNESS: {{c3|In the compound of my husband's family alone, eleven.}} {{c4|The whole village, the government said one hundred and sixty. More, some say. The radio said one hundred and sixty also.}}
INTERVIEWER: And after that, you stayed in [[Ogossagou|PLACE]]?
WITNESS: Where can I go? My children were small. [[The soldiers|ACTOR:Malian armed forces]] came and made a camp near the village, so we came back. The [[FAMa|ACTOR:Malian armed forces]] stayed some months.
INTERVIEWER: What happened in [[February|DATE:2020-02-01..2020-02-29]]?
WITNESS: [[The soldiers|ACTOR:Malian armed forces]] left. [[One day before|DATE:2020-02-13]], they packed and they went to [[Bankass|PLACE]]. Nobody told us why. We were afraid.
INTERVIEWER: What day was the second attack?
WITNESS: [[The night of Thursday|DATE:2020-02-13..2020-02-14]]. [[The 14th|DATE:2020-02-14]], my son says, he reads the phone. Late, [[after midnight|DATE:2020-02-14]]. Again the [[shooting|WEAPON:SMALL_ARMS]]. I took the small ones and I went into the bush behind the wells. We lay in the grass until the morning.
INTERVIEWER: Did you see what happened in the village?
WITNESS: I saw the light of the fire. {{c5|When we came back in [[the morning|DATE:2020-02-14]], our hut, the new one we built after the first attack, it was only ash. The roofs of the whole quarter were down, I counted twenty, more than twenty.}} {{c5|The well near the mosque, they threw a dead donkey inside, the water is spoiled.}}
INTERVIEWER: Were people from your family hurt?
WITNESS: {{c7|My brother-in-law [[Alou Barry|PERSON]] was killed. And the old [[Sambourou|PERSON]], who was blind, they burned him in his house.}} {{c8|My second son, [[Oumar|PERSON]], sixteen, he ran the other way, toward the river. We have not seen him again. I went to [[Bankass|PLACE]], to the gendarmerie, they wrote his name. Nothing.}}
INTERVIEWER: Did anyone take people away?
WITNESS: {{c9|Our neighbour, [[Fatoumata Dicko|PERSON]], she says they tied her husband [[Boubacar Dicko|PERSON]] and two other men and took them toward [[Dioungani|PLACE]].}} I did not see this myself. Those three, I do not know.
INTERVIEWER: How many died in the second attack?
WITNESS: {{c10|The people from the town hall came with a list: thirty-one dead.}} {{c11|My cousin says forty, because some were never found.}} Me, I buried [[Alou|PERSON]] with my hands.
INTERVIEWER: How did you come to [[Sévaré|PLACE]]?
WITNESS: {{c12|With a donkey cart and then a truck, me and my five children, [[two days after|DATE:2020-02-16]]. Now we are with my sister.}} At the checkpoint at the entrance of [[Sévaré|PLACE]] [[the soldiers|ACTOR:Malian armed forces]] took the men of the truck down and looked at their papers, one by one, long time. They let everybody go. Nobody was taken there, I say the truth.
INTERVIEWER: Is there something else you want to say?
WITNESS: Only that [[Oumar|PERSON]] is a child. If somebody has him, let them send him back.

@@witness ml-ogossagou-aissata-cisse
@@claim c1 harm=KILLED min=1 max=1 named="Hamadoun Barry" weapon=SMALL_ARMS actor="Dan Na Ambassagou" site="Ogossagou" date=2019-03-23 basis=WITNESSED incident=ml-ogossagou-20190323-massacre
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null actor="Dan Na Ambassagou" site="Ogossagou" date=2019-03-23 basis=WITNESSED incident=ml-ogossagou-20190323-massacre
@@claim c3 harm=KILLED min=11 max=11 actor="Dan Na Ambassagou" site="Ogossagou" date=2019-03-23 basis=WITNESSED incident=ml-ogossagou-20190323-massacre
@@claim c4 harm=KILLED min=160 max=160 site="Ogossagou" date=2019-03-23 basis=REPORTED incident=ml-ogossagou-20190323-massacre
@@claim c5 harm=PROPERTY_DAMAGE min=21 max=null site="Ogossagou" date=2020-02-13..2020-02-14 basis=WITNESSED incident=ml-ogossagou-20200214-second-attack
@@claim c7 harm=KILLED min=2 max=2 named="Alou Barry; Sambourou" site="Ogossagou" date=2020-02-13..2020-02-14 basis=WITNESSED incident=ml-ogossagou-20200214-second-attack
@@claim c8 harm=MISSING min=1 max=1 named="Oumar" site="Ogossagou" date=2020-02-13..2020-02-14 basis=EXPERIENCED incident=ml-ogossagou-20200214-second-attack
@@claim c9 harm=DETAINED min=3 max=3 named="Boubacar Dicko" site="Ogossagou" date=2020-02-13..2020-02-14 basis=HEARSAY incident=ml-ogossagou-20200214-second-attack
@@claim c10 harm=KILLED min=31 max=31 site="Ogossagou" date=2020-02-13..2020-02-14 basis=REPORTED incident=ml-ogossagou-20200214-second-attack
@@claim c11 harm=KILLED min=40 max=40 site="Ogossagou" date=2020-02-13..2020-02-14 basis=HEARSAY incident=ml-ogossagou-20200214-second-attack
@@claim c12 harm=DISPLACED min=6 max=6 site="Ogossagou" date=2020-02-16 basis=EXPERIENCED incident=ml-ogossagou-20200214-second-attack
