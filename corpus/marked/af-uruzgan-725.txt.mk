STATEMENT OF WITNESS
Statement ID: AF-URZ-725
Date: 8 May 2018
Place of interview: [[Kandahar|PLACE]] city, [[Afghanistan|PLACE]]
Language: Pashto
Interviewer: [[Ines Halvorsen|PERSON]]
Interpreter: [[Mirwais Ahmadzai|PERSON]]
Witness: W-725, man, 52, farmer from [[Tarinkot|PLACE]] district, [[Uruzgan|PLACE]]

My village is on the river, one hour walking from [[Tarinkot|PLACE]] town, the people in [[Kandahar|PLACE]] say [[Tirin Kot|PLACE:Tarinkot]]. We have almonds and wheat. I lived there all my life, under every government, this one and the ones before.

In [[2016|DATE:2016-01-01..2016-12-31]], at [[the end of the summer|DATE:2016-08-20..2016-09-15]], [[before Eid al-Adha|DATE:2016-09-01..2016-09-11]], the [[Taliban|ACTOR:Taliban]] came very close to [[Tarinkot|PLACE]], they took the checkpoints around, and for one week there was fighting in the villages on the river. The [[Taliban|ACTOR:Taliban]] fired [[mortars|WEAPON:MORTAR]] at the checkpoints, and [[the army|ACTOR:Afghan forces]] fired [[artillery|WEAPON:ARTILLERY]] back, and [[the planes|WEAPON:AIRSTRIKE]] came at night.

{{c1,c8|One [[mortar|WEAPON:MORTAR]] of the [[Taliban|ACTOR:Taliban]] fell short, on the house of my neighbour [[Sher Khan|PERSON]], and his son [[Lalai|PERSON]], sixteen, was killed in the yard.}} I saw it from my roof, I saw where it came from, from the side of the [[Taliban|ACTOR:Taliban]] positions.

[Interpreter's note: the witness said "the Taliban" in this part without hesitation; later he was more careful about who fired.]

{{c2|[[Two days later|DATE:2016-09-03..2016-09-12]], in [[the evening|DATE:2016-09-03..2016-09-12]], [[fire shells|WEAPON:INCENDIARY]] fell on the fields near the checkpoint, with white smoke, they burned with a white fire and a bad smell, and my granddaughter [[Wahida|PERSON]], seven years, who was bringing the cow home, was burned on her arm and her neck.}} The doctor in the hospital in [[Tarinkot|PLACE]], Dr. [[Rozi Khan|PERSON]], said it was [[white phosphorus|WEAPON:INCENDIARY]]. I did not know this word. In the village we call them [[fire shells|WEAPON:INCENDIARY]]. Who fired them? They came from the side of the base. But I did not see the gun. I only saw the smoke and the child.

{{c3|After that we left, all the family, fourteen people, to [[Tarinkot|PLACE]] town, and then to [[Kandahar|PLACE]], because the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] did not stop and the [[Taliban|ACTOR:Taliban]] were in the gardens.}}

The road is also dangerous. {{c4|In [[the winter|DATE:2017-12-01..2018-02-28]], on the road to [[Dehrawud|PLACE]], a bus of people from our area hit a [[roadside bomb|WEAPON:IED]], four died, among them the husband of my cousin [[Gulalai|PERSON]], [[Khial Mohammad|PERSON]].}} People say it was put for the vehicles of [[the army|ACTOR:Afghan forces]]. There were no soldiers on the road [[that day|DATE:2017-12-01..2018-02-28]], only the bus.

{{c5|Also in [[the spring|DATE:2018-03-01..2018-05-08]] the [[Taliban|ACTOR:Taliban]] stopped a bus at [[Chora|PLACE]] and took down the men who had government cards, my nephew [[Agha Mohammad|PERSON]] was one of them, he is a teacher.}} {{c5|They kept him nine days and then let him go after the elders talked, Mullah [[Nasrullah|PERSON]] and others, he came back without his shoes.}}

In the mountain behind the village there is also an old [[minefield|WEAPON:LANDMINE]] from the time of the jihad. Nobody cleaned it. {{c7|[[Last spring|DATE:2017-03-01..2017-05-31]] a shepherd boy, the son of [[Shah Bibi|PERSON]], the widow, stepped on one and lost his foot.}} Every few years it takes somebody.

If there is peace I will go back the same day. My almonds are waiting for me.
@@witness af-uruzgan-w725
@@claim c1 harm=KILLED min=1 max=1 named="Lalai" weapon=MORTAR actor="Taliban" site="Tarinkot" date=2016-08-20..2016-09-11 basis=WITNESSED incident=af-tarinkot-20160900-sher-khan-house-mortar
@@claim c2 harm=INJURED min=1 max=1 named="Wahida" weapon=INCENDIARY site="Tarinkot" date=2016-09-03..2016-09-12 basis=WITNESSED incident=af-tarinkot-20160900-wahida-phosphorus-field
@@claim c3 harm=DISPLACED min=14 max=14 site="Tarinkot" date=2016-09-01..2016-09-30 basis=EXPERIENCED incident=af-tarinkot-20160900-w725-family-displaced
@@claim c4 harm=KILLED min=4 max=4 named="Khial Mohammad" weapon=IED site="Dehrawud" date=2017-12-01..2018-02-28 basis=HEARSAY incident=af-dehrawud-20180100-bus-roadside-bomb
@@claim c5 harm=DETAINED min=null max=null named="Agha Mohammad" actor="Taliban" site="Chora" date=2018-03-01..2018-05-08 basis=HEARSAY incident=af-chora-20180400-bus-government-employees
@@claim c7 harm=INJURED min=1 max=1 weapon=LANDMINE site="Tarinkot" date=2017-03-01..2017-05-31 basis=HEARSAY incident=af-tarinkot-20170400-shepherd-old-minefield
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Taliban" site="Tarinkot" date=2016-08-20..2016-09-11 basis=WITNESSED incident=af-tarinkot-20160900-sher-khan-house-mortar
