STATEMENT OF A WITNESS (translated from Mooré)
Statement ID: BF-BSL-521
Date of interview: 17 October 2024
Place of interview: [[Kaya|PLACE]], [[Burkina Faso|PLACE]]
Language: Mooré
Interviewer: [[Thomas Kéré|PERSON]]
Interpreter: [[Awa Ilboudo|PERSON]]

I am [[Noufou Sawadogo|PERSON]], forty-one years old, a farmer. My village is [[Foubé|PLACE]]. In [[2020|DATE:2020-01-01..2020-12-31]] the armed men came to [[Foubé|PLACE]] and told everybody to leave in three days, or they would kill the men. {{c1|We left, all the village, and went to [[Barsalogho|PLACE]], my family was nine people.}} We lived in [[Barsalogho|PLACE]] for four years, in a house we rented near the health centre.

In [[August|DATE:2024-08-01..2024-08-31]] [[the army|ACTOR:Burkinabè armed forces]] told the population to dig a trench around the town, to protect the town from attack. Every family had to send men. The soldiers and the [[VDP|ACTOR:VDP]] came to the houses to take the men. Some people were afraid, because [[the jihadists|ACTOR:JNIM]] had said on their phones that they would kill anyone who dug.

[Interpreter's note: the witness uses the Mooré word for "the people of the bush", which is how many people in the area refer to [[JNIM|ACTOR:JNIM]] fighters.]

On [[Saturday|DATE:2024-08-24]], [[the 24th|DATE:2024-08-24]], I was digging on the side of the road to [[Kaya|PLACE]], with my cousin [[Adama Sawadogo|PERSON]] and maybe two hundred, three hundred other people, men and boys, also some women bringing water. [[Around ten in the morning|DATE:2024-08-24]] the attackers came, on motorbikes, from the bush side. Many, I cannot say how many. They shot at us with [[machine guns|WEAPON:SMALL_ARMS]] and [[Kalashnikovs|WEAPON:SMALL_ARMS]]. We were in the trench. Some tried to run, they shot them running.

{{c2|I was shot in the shoulder and I fell in the trench and stayed under the body of a man. I did not move until they left, maybe two hours.}} {{c3|My cousin [[Adama|PERSON]] died next to me. He was thirty-three years.}}

{{c4|When I came out, I saw the dead along the trench, in a line, like a field that was cut. More than a hundred, I am sure. I did not count more because I was bleeding.}} {{c5|Among them [[Saïdou Kaboré|PERSON]], a teacher from [[Dablo|PLACE]], and two boys of my neighbour [[Rasmané|PERSON]], fifteen and seventeen.}}

{{c6|Later, in the camp in [[Kaya|PLACE]], people said four hundred died, some said more.}} {{c7|[[The jihadists|ACTOR:JNIM]] said on their audio that they killed three hundred soldiers and [[VDP|ACTOR:VDP]], but these were not soldiers, they were farmers with hoes.}} {{c10|There were some [[VDP|ACTOR:VDP]] with us, guarding, maybe ten. They were the first to be killed, their chief [[Aristide Ouédraogo|PERSON]] first of all.}} {{c9|From the [[Sawadogo|PERSON]] family of [[Foubé|PLACE]], my own family, 14 men died [[that day|DATE]].}}

[[The army|ACTOR:Burkinabè armed forces]] was not near us when it started. They came later, from the camp. If they had been with us, maybe it would be different, I don't know.

The people of the health centre took me to [[Kaya|PLACE]] [[two days later|DATE:2024-08-26]] with the other wounded, in the convoy. {{c8|My wife [[Rasmata|PERSON]] and the seven children came after, in [[September|DATE:2024-09-01..2024-09-30]].}} We are in [[Kaya|PLACE]] now. My arm does not lift above here.

I want to say that nobody obliged me with a [[gun|WEAPON:SMALL_ARMS]] to dig. But if I had refused, they would have said I am with [[the jihadists|ACTOR:JNIM]]. So what choice.
@@witness bf-barsalogho-noufou-sawadogo
@@claim c1 harm=DISPLACED min=9 max=9 site="Foubé" date=2020-01-01..2020-12-31 basis=EXPERIENCED incident=bf-foube-20200000-village-expelled
@@claim c2 harm=INJURED min=1 max=1 weapon=SMALL_ARMS actor="JNIM" site="Barsalogho" date=2024-08-24 basis=EXPERIENCED incident=bf-barsalogho-20240824-trench-massacre
@@claim c3 harm=KILLED min=1 max=1 named="Adama" weapon=SMALL_ARMS actor="JNIM" site="Barsalogho" date=2024-08-24 basis=WITNESSED incident=bf-barsalogho-20240824-trench-massacre
@@claim c4 harm=KILLED min=101 max=null actor="JNIM" site="Barsalogho" date=2024-08-24 basis=WITNESSED incident=bf-barsalogho-20240824-trench-massacre
@@claim c5 harm=KILLED min=3 max=3 named="Saïdou Kaboré" actor="JNIM" site="Barsalogho" date=2024-08-24 basis=WITNESSED incident=bf-barsalogho-20240824-trench-massacre
@@claim c6 harm=KILLED min=400 max=null actor="JNIM" site="Barsalogho" date=2024-08-24 basis=HEARSAY incident=bf-barsalogho-20240824-trench-massacre
@@claim c7 harm=KILLED min=300 max=300 actor="JNIM" site="Barsalogho" date=2024-08-24 basis=REPORTED incident=bf-barsalogho-20240824-trench-massacre
@@claim c8 harm=DISPLACED min=8 max=8 named="Rasmata" site="Barsalogho" date=2024-09-01..2024-09-30 basis=EXPERIENCED incident=bf-barsalogho-20240824-trench-massacre
@@claim c9 harm=KILLED min=14 max=14 actor="JNIM" site="Barsalogho" date=2024-08-24 basis=HEARSAY incident=bf-barsalogho-20240824-trench-massacre
@@claim c10 harm=KILLED min=10 max=10 named="Aristide Ouédraogo" actor="JNIM" site="Barsalogho" date=2024-08-24 basis=WITNESSED incident=bf-barsalogho-20240824-trench-massacre
