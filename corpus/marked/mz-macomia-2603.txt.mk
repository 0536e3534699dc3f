WITNESS STATEMENT
Statement ID: MZ-MAC-2603
Date of interview: 14 October 2020
Place of interview: [[Pemba|PLACE]], [[Paquitequete|PLACE]] neighbourhood
Language: Kimwani, interpreted into Portuguese and English
Interviewer: [[Helena Cossa|PERSON]]
Interpreter: [[Abdala Muemede|PERSON]]

My name is [[Rukia Momade|PERSON]]. I am thirty-four years old, I sell capulanas and soap. I lived in [[Macomia|PLACE]] town, in the bairro near the market, with my husband [[Sualehe Bacar|PERSON]] and our four children, until [[May|DATE:2020-05-01..2020-05-31]].

We knew [[the insurgents|ACTOR:Ahlu Sunna Wal Jama'a]] were near. Since [[March|DATE:2020-03-01..2020-03-31]] people came from [[Quissanga|PLACE]] and [[Mucojo|PLACE]] saying the [[machababos|ACTOR:Ahlu Sunna Wal Jama'a]] burn everything. But in [[Macomia|PLACE]] the [[FDS|ACTOR:Mozambican defence forces]] had their base, so we stayed.

They came on [[a Thursday|DATE:2020-05-28]], [[early in the morning|DATE:2020-05-28]], [[after the first prayer|DATE:2020-05-28]]. I was heating water. Then the [[shooting|WEAPON:SMALL_ARMS]], from the side of the road to [[Chai|PLACE]], very strong. My husband said take the children and go to the bush, go now. [Interpreter's note: "bush" here is the cashew and cassava fields behind the houses.]

We ran with many people. From the edge of the fields I could still see the road. {{c1|I saw them set fire to the shops on the main road, first the shop of [[Abudo|PERSON]] the Somali trader, then the one beside it, all of that row. The smoke was black, black.}} {{c1|Later I saw also the health centre burning. The roof fell in, I heard it go down.}}

{{c3|We stayed three nights in the fields. [[The second day|DATE:2020-05-29]] a group of them passed near us. They took two boys who were with us, [[Issa|PERSON]] and [[Faizal|PERSON]], sons of my neighbour [[Mwanaisha|PERSON]]. Fifteen and sixteen years. They tied their hands with a cloth and walked them away to the north.}} {{c4|Those two, until now nobody knows where they are. [[Mwanaisha|PERSON]] is in [[Metuge|PLACE]] now, she asks everyone who comes from the bush.}}

My husband I did not see for those days. He hid in the mosque with other men. [[The insurgents|ACTOR:Ahlu Sunna Wal Jama'a]] did not touch the mosque, they went in and prayed and came out. [[Sualehe|PERSON]] says they did not hurt anybody inside.

There were also [[the helicopters|WEAPON:AIRSTRIKE]]. [Interpreter's note: she means [[the helicopters|WEAPON:AIRSTRIKE]] of the private company that were flying for the government.] {{c5|[[The helicopter|WEAPON:AIRSTRIKE]] came low over the market and shot [[rockets|WEAPON:ROCKET]]. One hit the bakery of Senhor [[Chale|PERSON]] and the bakery caught fire, the oven, the sacks of flour, everything.}} {{c6|An old man who sold firewood near there, Bwana [[Saide|PERSON]], was hit by the pieces and died there, my husband saw his body.}} The people say [[the white men|ACTOR:Dyck Advisory Group]] shoot at everything, from up there they cannot see who is a fighter and who is only a trader.


When the [[FDS|ACTOR:Mozambican defence forces]] came back into the town, [[after four or five days|DATE:2020-06-01..2020-06-02]], we came out of the fields. {{c1|In our house nobody was hurt, thanks to God, but the door was broken and they took the rice and the solar panel.}} {{c7|Along our street I counted nine houses with the grass roofs burned to the ground, only the poles standing.}}

We decided to leave. At the checkpoint of [[Chai|PLACE]] the [[FDS|ACTOR:Mozambican defence forces]] made all the men come down from the truck. They asked my husband many questions, one hour, where were you, why you did not run with [[the army|ACTOR:Mozambican defence forces]]. They looked at his shoulders for marks of the gun strap. Then they let him climb back. {{c8|But my brother [[Amisse Momade|PERSON]], who travelled with us, they kept him. They said he had a machete in his bag like [[the insurgents|ACTOR:Ahlu Sunna Wal Jama'a]]. They put him in the container at the post, him and five other young men.}} {{c9|My mother went to [[Macomia|PLACE]] three times to ask, and the commander said he was sent to [[Mueda|PLACE]]. Since [[June|DATE:2020-06-01..2020-06-30]] we have no word from [[Amisse|PERSON]].}}

{{c10|We reached [[Pemba|PLACE]] by chapa and on foot, eleven of us with my husband's family, and now we live in the house of his uncle in [[Paquitequete|PLACE]].}}

{{c11|Here in [[Pemba|PLACE]] we heard on the radio that in [[Macomia|PLACE]] more than forty people died in [[those days|DATE:2020-05-28..2020-06-02]].}} Myself I saw only the old man. I cannot say forty.

@@witness mz-macomia-rukia-momade
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null actor="Ahlu Sunna Wal Jama'a" site="Macomia" date=2020-05-28 basis=WITNESSED incident=mz-macomia-20200528-town-occupation
@@claim c3 harm=DETAINED min=2 max=2 named="Issa; Faizal" actor="Ahlu Sunna Wal Jama'a" site="Macomia" date=2020-05-29 basis=WITNESSED incident=mz-macomia-20200528-town-occupation
@@claim c4 harm=MISSING min=2 max=2 named="Issa; Faizal" actor="Ahlu Sunna Wal Jama'a" site="Macomia" date=2020-05-29 basis=HEARSAY incident=mz-macomia-20200528-town-occupation
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Dyck Advisory Group" site="Macomia" date=2020-05-28..2020-06-02 basis=WITNESSED incident=mz-macomia-20200528-dag-helicopter
@@claim c6 harm=KILLED min=1 max=1 named="Saide" weapon=ROCKET actor="Dyck Advisory Group" site="Macomia" date=2020-05-28..2020-06-02 basis=HEARSAY incident=mz-macomia-20200528-dag-helicopter
@@claim c7 harm=PROPERTY_DAMAGE min=9 max=9 site="Macomia" date=2020-05-28..2020-06-02 basis=WITNESSED incident=mz-macomia-20200528-town-occupation
@@claim c8 harm=DETAINED min=6 max=6 named="Amisse Momade" actor="Mozambican defence forces" site="Chai" date=2020-06-01..2020-06-30 basis=WITNESSED incident=mz-chai-20200600-checkpoint-arrests
@@claim c9 harm=MISSING min=1 max=1 named="Amisse" actor="Mozambican defence forces" site="Chai" date=2020-06-01..2020-06-30 basis=EXPERIENCED incident=mz-chai-20200600-checkpoint-arrests
@@claim c10 harm=DISPLACED min=11 max=11 site="Macomia" basis=EXPERIENCED incident=mz-macomia-20200528-town-occupation
@@claim c11 harm=KILLED min=41 max=null site="Macomia" date=2020-05-28..2020-06-02 basis=REPORTED incident=mz-macomia-20200528-town-occupation
