id: ua-bilozerka-2806
interview_date: 2023-02-21
place: Kherson, Ukraine
language: Ukrainian, interpreted

INT: We are recording. Could you say your name?
RESP: [[Hennadii Shevchuk|PERSON]]. [[Gena|PERSON]], everybody says. {{c1|I am the, eh, I was the head of the water station in [[Bilozerka|PLACE]], now I am nobody, the station is broken.}}
INT: How was it broken?
RESP: {{c1|This was [[the 27th of December|DATE:2022-12-27]], after the liberation, when [[the Russians|ACTOR:Russian armed forces in Ukraine]] were already on the left bank and firing across the [[Dnipro|PLACE]]. A [[Grad|WEAPON:ROCKET]] package, maybe twenty [[rockets|WEAPON:ROCKET]], came on [[Bilozerka|PLACE]] and three fell on the station. The pump house, the roof is in the pump, the pipes torn like paper. The whole village without water for five weeks.}}
INT: Were you there when it happened?
RESP: {{c2|I was there. I was inside, in the control room. The glass came in on me, my back, my ear, I do not hear well on this side now.}} [[Mykhailo|PERSON]], my colleague, was outside by the gate. {{c3|He was killed. He was forty-one. [[Mykhailo Tereshchenko|PERSON]]. A good electrician.}}
INT: I am sorry.
RESP: [pause] Yes.
INT: Were there other people hurt in the village [[that day|DATE:2022-12-27]]?
RESP: {{c4,c1|The administration said on their Telegram four wounded in the village, and two houses burned on [[Shkilna street|PLACE]].}} I did not see this, I was in the hospital in [[Kherson|PLACE]] already.
INT: You mentioned before the interview something about burning.
RESP: Yes, this is another thing. At [[New Year|DATE:2022-12-31..2023-01-01]], in [[the night|DATE:2022-12-31..2023-01-01]], they fired the [[incendiary|WEAPON:INCENDIARY]], the [[thermite|WEAPON:INCENDIARY]] I think, it comes down like a rain of fire, very beautiful and very terrible.
RESP: {{c5|My sister [[Tamara|PERSON]] lives near the lake, [[Bilozerske|PLACE:Bilozerka]] side, and her barn and the hay, and the greenhouse where she grows tomatoes, everything burned, the plastic melted on the frames.}} {{c6|She was not hurt, but the neighbour's dog... and the old man [[Kuzma|PERSON]], his hands were burned when he tried to put out the fire, she told me.}}
INT: So that was [[the night of the 31st|DATE:2022-12-31]]?
RESP: Or [[the 1st|DATE:2023-01-01]], [[after midnight|DATE:2023-01-01]]. New Year anyway. They like the holidays.
INT: And before the liberation, during the occupation, what happened to you?
RESP: In the occupation I was still working, because water is water, for everyone. They needed me. So they did not take me. They came to the station, in [[April|DATE:2022-04-01..2022-04-30]], with the [[automatics|WEAPON:SMALL_ARMS]], they questioned me for one hour, about my son, about the [[ZSU|ACTOR:Ukrainian armed forces]], and they went away. Only the phone they took.
RESP: {{c7|But my son-in-law, [[Vitalii Horbenko|PERSON]], they took him from the checkpoint at the entrance to [[Kherson|PLACE]], in [[June|DATE:2022-06-01..2022-06-30]], because of a tattoo with the trident. They held him in the [[Kherson|PLACE]] detention centre on [[Teploenergetykiv street|PLACE]], my daughter learned this from a woman who was released.}}
RESP: {{c8|He came home only [[after liberation|DATE:2022-11-11]], in [[November|DATE:2022-11-01..2022-11-30]], no, he came before, they let him go at [[the end of October|DATE:2022-10-31]], I am confusing. Thin like a stick.}}
INT: Did anything else happen in [[Bilozerka|PLACE]] during the occupation?
RESP: {{c9|In [[the summer|DATE:2022-06-01..2022-08-31]] a [[missile|WEAPON:MISSILE]] hit the school where [[the Russians|ACTOR:Russian armed forces in Ukraine]] had their soldiers sleeping. The school was flattened, only the gym is standing.}} I do not know whose [[missile|WEAPON:MISSILE]], ours probably, I will not lie to you. The soldiers in the school, I do not know how many died, they took them away in trucks at [[night|DATE:2022-06-01..2022-08-31]]. Nobody from the village was in the school.
INT: Is there anything you would like to add?
RESP: My son-in-law has a Syrian friend from the university in [[Kharkiv|PLACE]], from [[Aleppo|PLACE]]. He says, "In [[Aleppo|PLACE]] we had the [[barrel bombs|WEAPON:BARREL_BOMB]] from [[helicopters|WEAPON:AIRSTRIKE]], here you have the [[Grads|WEAPON:ROCKET]]. Same thing, they want nobody to live." I think about this.

@@witness ua-bilozerka-hennadii-shevchuk
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Russian armed forces in Ukraine" site="Bilozerka" date=2022-12-27 basis=EXPERIENCED incident=ua-bilozerka-20221227-grad-water-station
@@claim c2 harm=INJURED min=1 max=1 named="Gena" weapon=ROCKET actor="Russian armed forces in Ukraine" site="Bilozerka" date=2022-12-27 basis=EXPERIENCED incident=ua-bilozerka-20221227-grad-water-station
@@claim c3 harm=KILLED min=1 max=1 named="Mykhailo Tereshchenko; Mykhailo" weapon=ROCKET actor="Russian armed forces in Ukraine" site="Bilozerka" date=2022-12-27 basis=WITNESSED incident=ua-bilozerka-20221227-grad-water-station
@@claim c4 harm=INJURED min=4 max=4 weapon=ROCKET actor="Russian armed forces in Ukraine" site="Bilozerka" date=2022-12-27 basis=REPORTED incident=ua-bilozerka-20221227-grad-water-station
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null named="Tamara" weapon=INCENDIARY actor="Russian armed forces in Ukraine" site="Bilozerske" date=2022-12-31..2023-01-01 basis=HEARSAY incident=ua-bilozerka-20230101-incendiary-lake
@@claim c6 harm=INJURED min=1 max=1 named="Kuzma" weapon=INCENDIARY actor="Russian armed forces in Ukraine" site="Bilozerske" date=2022-12-31..2023-01-01 basis=HEARSAY incident=ua-bilozerka-20230101-incendiary-lake
@@claim c7 harm=DETAINED min=1 max=1 named="Vitalii Horbenko" actor="Russian armed forces in Ukraine" site="Teploenergetykiv street" date=2022-06-01..2022-06-30 basis=HEARSAY incident=ua-kherson-20220600-horbenko-checkpoint
@@claim c8 harm=DETAINED min=1 max=1 named="Vitalii Horbenko" actor="Russian armed forces in Ukraine" site="Teploenergetykiv street" date=2022-06-01..2022-10-31 basis=HEARSAY incident=ua-kherson-20220600-horbenko-checkpoint
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Bilozerka" date=2022-06-01..2022-08-31 basis=HEARSAY incident=ua-bilozerka-20220600-school-missile
