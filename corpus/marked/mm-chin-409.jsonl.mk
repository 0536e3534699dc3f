id: mm-chin-409
interview_date: 2023-11-20
place: Champhai, Mizoram, India
language: Hakha Chin, interpreted into English

INT: Thank you. Please start with where you come from.
RESP: I am from [[Thantlang|PLACE]], in [[Chin|PLACE]] State. Some people write it Htantlang. It is a small town on the ridge, near the border with [[Mizoram|PLACE]]. My father, [[Sang Hlei Thang|PERSON]], is an elder in the Baptist church there, and my mother was [[Hniang Tin Par|PERSON]].
INT: When did the fighting reach [[Thantlang|PLACE]]?
RESP: In [[September 2021|DATE:2021-09-01..2021-09-30]]. Before that there were protests, then [[the junta|ACTOR:Tatmadaw]] sent more [[soldiers|ACTOR:Tatmadaw]] and there was fighting outside the town. Most people ran to [[Mizoram|PLACE]] already in [[September|DATE:2021-09-01..2021-09-30]]. I stayed with my father, to look after the church.
INT: What happened on [[the 18th of September|DATE:2021-09-18]]?
RESP: [[The 18th|DATE:2021-09-18]], yes. In [[the afternoon|DATE:2021-09-18]] [[the soldiers|ACTOR:Tatmadaw]] fired the [[artillery|WEAPON:ARTILLERY]] from their camp into the town, many [[shells|WEAPON:ARTILLERY]]. {{c2|One hit a house in our quarter and it started to burn, and the fire went to the next houses, they are wood houses.}} {{c1|Our neighbour, [[Pu Thawng Za|PERSON]], he was more than eighty and could not walk, he died inside his house, we could not reach him because of the [[shelling|WEAPON:ARTILLERY]].}} Pu is like "grandfather", we say it for old men.
INT: How many houses burned [[that day|DATE:2021-09-18]]?
RESP: {{c2|[[That day|DATE:2021-09-18]], I counted with my father in [[the evening|DATE:2021-09-18]], nineteen houses, maybe twenty.}} The church was not touched [[that day|DATE:2021-09-18]].
INT: And after that?
RESP: We left to [[Mizoram|PLACE]] [[two days later|DATE:2021-09-20]], I and my father, walking through the forest. {{c3|Nearly all the town was empty then, ten thousand people went to [[Mizoram|PLACE]], people say.}} On [[29 October|DATE:2021-10-29]] [[the soldiers|ACTOR:Tatmadaw]] came back into [[Thantlang|PLACE]]. I was not there. {{c4|On Facebook, the Chin news pages showed photos, and they wrote that more than two hundred houses were burned [[that day|DATE:2021-10-29]], and two churches, one of them is our church.}} My father cried when he saw it. He is seventy.
INT: Do you know who burned them?
RESP: In the town at that time there were only [[the military council soldiers|ACTOR:Tatmadaw]]. The people were all gone. So who else? But I did not see it myself, I want to be clear.
INT: You said you also have family in [[Hakha|PLACE]] and [[Falam|PLACE]].
RESP: Yes. My cousin, [[Biak Tha Mawi|PERSON]], lives in [[Haka|PLACE:Hakha]]. {{c5|[[Last year|DATE:2022-01-01..2022-12-31]], in [[March|DATE:2022-03-01..2022-03-31]], a [[shell|WEAPON:ARTILLERY]] from the army camp on the hill fell near her house and she was hurt in the back, her husband [[Ngun Hlei Sung|PERSON]] took her to [[Mizoram|PLACE]] for the operation.}} Now she is okay, but she cannot carry water.
INT: And [[Falam|PLACE]]?
RESP: My uncle's son, [[Van Bawi Lian|PERSON]], he works with a relief group near [[Falam|PLACE]]. He told me that in [[April this year|DATE:2023-04-01..2023-04-30]] [[the jets|WEAPON:AIRSTRIKE]] dropped a [[bomb|WEAPON:CLUSTER_MUNITION]] that opens in the air and many small [[bombs|WEAPON:CLUSTER_MUNITION]] come out, "[[cluster bombs|WEAPON:CLUSTER_MUNITION]]", he said. {{c6|He said two farmers were killed in the field by those small [[bombs|WEAPON:CLUSTER_MUNITION]], and some [[bomblets|WEAPON:CLUSTER_MUNITION]] did not explode, they are still in the field.}} He sent me a photo of one, it is like a small ball with a ribbon. I did not see the attack. I tell you what he told me.
INT: Did you or your father lose anything else?
RESP: {{c7|The house, the church, the rice we stored.}} But we are alive. My mother died before all this, in [[2019|DATE:2019-01-01..2019-12-31]], from sickness. My father says, it is good she did not see it.
INT: Is there anything you want to add?
RESP: The people in [[Thantlang|PLACE]] were not fighters. There was no fighting inside the town when the houses burned the first time, only the [[shells|WEAPON:ARTILLERY]]. We want to go back, but there is nothing to go back to.
@@witness mm-thantlang-w409
@@claim c1 harm=KILLED min=1 max=1 named="Pu Thawng Za" weapon=ARTILLERY actor=Tatmadaw site="Thantlang" date=2021-09-18 basis=WITNESSED incident=mm-thantlang-20210918-shelling-fire
@@claim c2 harm=PROPERTY_DAMAGE min=19 max=20 weapon=ARTILLERY actor=Tatmadaw site="Thantlang" date=2021-09-18 basis=WITNESSED incident=mm-thantlang-20210918-shelling-fire
@@claim c3 harm=DISPLACED min=10000 max=10000 site="Thantlang" date=2021-09-01..2021-09-30 basis=HEARSAY incident=mm-thantlang-20210918-shelling-fire
@@claim c4 harm=PROPERTY_DAMAGE min=201 max=null site="Thantlang" date=2021-10-29 basis=REPORTED incident=mm-thantlang-20211029-town-burning
@@claim c5 harm=INJURED min=1 max=1 named="Biak Tha Mawi" weapon=ARTILLERY actor=Tatmadaw site="Haka" date=2022-03-01..2022-03-31 basis=HEARSAY incident=mm-hakha-20220300-shell
@@claim c6 harm=KILLED min=2 max=2 weapon=CLUSTER_MUNITION site="Falam" date=2023-04-01..2023-04-30 basis=HEARSAY incident=mm-falam-20230400-cluster-field
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="Thantlang" date=2021-10-29 basis=HEARSAY incident=mm-thantlang-20211029-town-burning
