RECORD OF INTERVIEW
Interview ID: BF-SOL-4507
Date of interview: 10 July 2021
Place of interview: [[Dori|PLACE]], [[Sahel|PLACE]] region, [[Burkina Faso|PLACE]]
Language: Gourmantchéma and French, interpreted into English
Interviewer: [[Hélène Sanou|PERSON]]
Interpreter: [[Dieudonné Yaméogo|PERSON]]
Q: Please tell me your name and what you did in [[Solhan|PLACE]].
A: My name is [[Salamata Yonli|PERSON]]. In [[Solhan|PLACE]] I had a small shop in the market, rice, oil, sugar, the cards for the telephone. My husband [[Moussa Lompo|PERSON]] worked at the gold site, he washed the earth.
Q: What do you remember of [[the night of the attack|DATE:2021-06-05]]?
A: It was [[the night of Friday to Saturday|DATE:2021-06-04..2021-06-05]], [[the 5th of June|DATE:2021-06-05]]. I woke up, maybe [[two o'clock|DATE:2021-06-05]], because of the [[shooting|WEAPON:SMALL_ARMS]], very much [[shooting|WEAPON:SMALL_ARMS]], first on the side of the post of the [[VDP|ACTOR:VDP]].
A: The [[VDP|ACTOR:VDP]] fought, eh, some of them, for maybe one hour. Then it was quiet on that side and the motorbikes came into the quarters.
A: {{c1|[[Moussa|PERSON]] went to the door to look. They shot him on the doorstep. I saw it from behind the curtain. He did not say anything, he fell.}}
Q: I am very sorry. Did they come into the house?
A: Two of them came into the courtyard. They had [[Kalashnikovs|WEAPON:SMALL_ARMS]] and cans of petrol. They said to me, woman, go out with the children. We went out and they did not touch us. {{c2|They poured the petrol on the rooms and on the granary, and everything burned, our house, the millet, the clothes.}}
Q: Who were these men?
A: I don't know them. They spoke Fulfulde, and one spoke Hausa I think. Some people say it was the [[JNIM|ACTOR:JNIM]] people, some people say it was another group. The radio did not say.
Q: What happened to your shop?
A: {{c3|In [[the morning|DATE:2021-06-05]] when the sun came, I went to the market with my sister-in-law [[Poko|PERSON]]. There was nothing left of the market. My shop, the shop of [[Poko|PERSON]], all the shops in the row, burned, the roof fell in.}} {{c4|People said more than forty shops burned.}}
Q: Were your neighbours harmed?
A: {{c5|Our neighbours, the [[Ouoba|PERSON]] family. The two big boys, [[Issaka|PERSON]] and [[Ali|PERSON]], the men put them on a motorbike and drove to the bush. That was the last time.}} {{c6|Their mother [[Kadiatou|PERSON]] has asked everybody. We have no news of them, not in [[Sebba|PLACE]], not in [[Dori|PLACE]].}}
Q: How many people died in [[Solhan|PLACE]] [[that night|DATE:2021-06-05]]?
A: {{c7|We buried in [[the morning|DATE:2021-06-05]] and the whole day. In our quarter alone, I counted eleven.}} {{c8|The government said on the radio one hundred and thirty-two, in [[Solhan|PLACE]].}} {{c9|But people in [[Sebba|PLACE]] say more than one hundred and sixty.}}
Q: Did they attack the mosque or the church?
A: No. The mosque, they did not touch it. People were hiding in it and nobody went in.
Q: When did you leave [[Solhan|PLACE]]?
A: {{c10|[[The same Saturday|DATE:2021-06-05]], [[after the burial|DATE:2021-06-05]]. Everybody left. I walked to [[Sebba|PLACE]] with my seven children and [[Poko|PERSON]] and her three. We walked from [[midday|DATE:2021-06-05]] until the night.}}
A: {{c11|In [[Sebba|PLACE]] we slept in the yard of the school with hundreds of people from [[Solhan|PLACE]].}} {{c12|Then [[two weeks later|DATE:2021-06-19]] my brother came with a car and brought us here to [[Dori|PLACE]].}}
Q: Do you want to go back one day?
A: If there is peace. If there is no peace, to go back is to die. I am afraid they will come to [[Dori|PLACE]] also. Everybody says they will come.
@@witness bf-solhan-salamata-yonli
@@claim c1 harm=KILLED min=1 max=1 named="Moussa" weapon=SMALL_ARMS site="Solhan" date=2021-06-05 basis=WITNESSED incident=bf-solhan-20210605-night-attack
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null site="Solhan" date=2021-06-05 basis=EXPERIENCED incident=bf-solhan-20210605-night-attack
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null site="Solhan" date=2021-06-05 basis=WITNESSED incident=bf-solhan-20210605-night-attack
@@claim c4 harm=PROPERTY_DAMAGE min=41 max=null site="Solhan" date=2021-06-05 basis=HEARSAY incident=bf-solhan-20210605-night-attack
@@claim c5 harm=DETAINED min=2 max=2 named="Issaka; Ali" site="Solhan" date=2021-06-05 basis=WITNESSED incident=bf-solhan-20210605-night-attack
@@claim c6 harm=MISSING min=2 max=2 site="Solhan" date=2021-06-05 basis=HEARSAY incident=bf-solhan-20210605-night-attack
@@claim c7 harm=KILLED min=11 max=11 site="Solhan" date=2021-06-05 basis=WITNESSED incident=bf-solhan-20210605-night-attack
@@claim c8 harm=KILLED min=132 max=132 site="Solhan" date=2021-06-05 basis=REPORTED incident=bf-solhan-20210605-night-attack
@@claim c9 harm=KILLED min=161 max=null site="Solhan" date=2021-06-05 basis=HEARSAY incident=bf-solhan-20210605-night-attack
@@claim c10 harm=DISPLACED min=12 max=12 named="Poko" site="Solhan" date=2021-06-05 basis=EXPERIENCED incident=bf-solhan-20210605-town-exodus
@@claim c11 harm=DISPLACED min=200 max=null site="Solhan" date=2021-06-05 basis=WITNESSED incident=bf-solhan-20210605-town-exodus
@@claim c12 harm=DISPLACED min=null max=null site="Sebba" date=2021-06-19 basis=EXPERIENCED incident=bf-sebba-20210600-yonli-move-to-dori
