@@newline crlf
Interview ID: KNB-1805
Date: 2 August 2019
Place of interview: [[Atmeh|PLACE]] camp, [[Idlib|PLACE]] governorate
Language: Arabic, with interpreter
Interviewer: [[Tom Ashby|PERSON]]
Interpreter: [[Razan Dib|PERSON]]
Speaker: [[Khadija al-Ahmad|PERSON]]

Tom: [[Khadija|PERSON]], thank you. Start wherever you like.
Khadija: I start with the mill, because everybody in [[Kafr Nabouda|PLACE:Kafr Nabudah]] knows the mill.
Razan: She means the flour mill of the [[Sweidan|PERSON]] family, in the centre of [[Kafr Nabudah|PLACE]].
Khadija: It was in [[the first days of Ramadan|DATE:2019-05-06..2019-05-10]], [[the second day|DATE:2019-05-07]] of the fasting. [[Before suhoor|DATE:2019-05-07]], maybe [[three in the night|DATE:2019-05-07]]. [[The planes|WEAPON:AIRSTRIKE]] were the whole night over us, the [[Russian|ACTOR:Russian forces]] and [[the regime|ACTOR:Syrian government forces]], the two together. {{c1|I heard it hit, and in [[the morning|DATE:2019-05-07]] I went with my sister, and the mill, it was gutted, the machines twisted, the big wheel on the ground, the roof in the sacks of wheat.}}
Tom: Was anyone inside?
Khadija: {{c2|The son of [[Abu Mustafa Sweidan|PERSON]], [[Ayham|PERSON]], he slept there to guard it. They took him out dead at [[noon|DATE:2019-05-07]], I saw them carry him.}} He was twenty, I think. Maybe twenty-one.
Tom: Were there other [[strikes|WEAPON:AIRSTRIKE]] [[that night|DATE:2019-05-07]]?
Khadija: Everywhere. {{c3|My house, the second room fell, the one for the guests, and all the glass of the windows.}} {{c4|People said eight houses in our quarter were finished [[that night|DATE:2019-05-07]].}} I did not count. I was holding the children.
Razan: She says "the planes" but she also heard [[barrels|WEAPON:BARREL_BOMB]] before, from [[the helicopters|WEAPON:AIRSTRIKE]], in [[the same week|DATE:2019-05-06..2019-05-12]]. She is not sure which one hit the mill.
Tom: Understood. What happened after?
Khadija: We did not stay. We were afraid of the [[chlorine|WEAPON:CHEMICAL]] also, like people said in the old years, we kept wet cloths near the door. Thank God no [[chlorine|WEAPON:CHEMICAL]] came to us. {{c5|[[That same evening|DATE:2019-05-07]], [[a Tuesday|DATE:2019-05-07]], after the iftar, we left, thirteen people in the pickup of my brother [[Saeed|PERSON]], to here, [[Atmeh|PLACE]].}}
Tom: Your brother had land in [[Kafr Zita|PLACE]]?
Khadija: Yes, wheat. Forty dunums near the road to [[al-Latamneh|PLACE:Latamneh]]. He went back alone at [[the end of May|DATE:2019-05-25..2019-05-31]] to see if he can harvest anything. {{c6|He told me [[the jets|WEAPON:AIRSTRIKE]] dropped the [[fire bombs|WEAPON:INCENDIARY]], the [[incendiary|WEAPON:INCENDIARY]] ones, that burn on the ground, and all the wheat of [[Kafr Zeita|PLACE:Kafr Zita]] burned, his forty dunums and the fields of the neighbours, black to the horizon.}} {{c6|The tractor also, the tyres melted, only the iron stayed.}}
Tom: Was your brother hurt?
Khadija: No. He was in the olive trees, far. Nobody was in the fields, the farmers were afraid. It was to burn the bread of the people, nothing else.
Tom: You mentioned your nephew on the phone.
Khadija: [[Karam|PERSON]]. [crying] [[Karam|PERSON]], the son of [[Saeed|PERSON]]. Twelve years old. In [[April|DATE:2019-04-01..2019-04-30]], before we left, the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] fell in the olive groves between us and [[Latamneh|PLACE]]. The small ones, like a ball, some of them don't explode. {{c8|[[Two days later|DATE]] [[Karam|PERSON]] found one in the grass, he picked it up, and it exploded in his hand. He lost two fingers, and the face, small holes in his face.}}
Tom: Did you see that?
Khadija: I heard it, and I ran, I was the first. I tied his hand with my scarf.
Tom: Where is he now?
Khadija: Here with us. He does not want to go to the school, the children look at his hand. Allah karim, the teacher is a good man, he comes to the tent to teach him.
Razan: She says "Allah karim", God is generous. The teacher in the camp is also called [[Karim|PERSON]].
Tom: Is there anything you want to add?
Khadija: {{c9|Only that our village is empty. Who is left, the old ones, [[Umm Walid|PERSON]] and her husband, they refused to leave, and since [[the army|ACTOR:Syrian government forces]] entered in [[May|DATE:2019-05-01..2019-05-31]] we have no news of them.}} The phone is closed. Nobody knows.
@@witness sy-kafrnabudah-khadija-al-ahmad
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Sweidan" weapon=AIRSTRIKE site="Kafr Nabouda" date=2019-05-07 basis=WITNESSED incident=sy-kafrnabudah-20190507-sweidan-mill
@@claim c2 harm=KILLED min=1 max=1 named="Ayham" weapon=AIRSTRIKE site="Kafr Nabouda" date=2019-05-07 basis=WITNESSED incident=sy-kafrnabudah-20190507-sweidan-mill
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Kafr Nabouda" date=2019-05-07 basis=EXPERIENCED incident=sy-kafrnabudah-20190507-sweidan-mill
@@claim c4 harm=PROPERTY_DAMAGE min=8 max=8 weapon=AIRSTRIKE site="Kafr Nabouda" date=2019-05-07 basis=HEARSAY incident=sy-kafrnabudah-20190507-sweidan-mill
@@claim c5 harm=DISPLACED min=13 max=13 named="Saeed" site="Kafr Nabudah" date=2019-05-07 basis=EXPERIENCED incident=sy-kafrnabudah-20190507-al-ahmad-family-flight
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Kafr Zeita" date=2019-05-25..2019-05-31 basis=HEARSAY incident=sy-kafrzita-20190500-saeed-wheat-incendiary
@@claim c8 harm=INJURED min=1 max=1 named="Karam" weapon=CLUSTER_MUNITION site="Latamneh" date=2019-04-01..2019-04-30 basis=WITNESSED incident=sy-latamneh-20190400-karam-bomblet
@@claim c9 harm=MISSING min=2 max=2 named="Umm Walid" actor="Syrian government forces" site="Kafr Nabudah" date=2019-05-01..2019-05-31 basis=WITNESSED incident=sy-kafrnabudah-20190500-umm-walid-missing
