Interview ID: IQ-RMD-1903
Date of interview: 22/05/2016
Place of interview: [[Khalidiya|PLACE]], rented house of the witness's in-laws
Language: Arabic, interpreted into English
Interviewer: [[Lotte Verhaegen|PERSON]]
Interpreter: [[Muhannad Saleh|PERSON]]
Q: Please tell me your name and what you did before.
A: [[Hazim Awad al-Nimrawi|PERSON]]. I had a flour mill in [[al-Sufiya|PLACE]], on the road by the river, east of [[Ramadi|PLACE]]. My father built it, eh, in the seventies.
Q: You told my colleague the mill was damaged. When was that?
A: {{c1|In [[April 2015|DATE:2015-04-01..2015-04-30]], before [[Daesh|ACTOR:Islamic State]] took all the city, [[the helicopter|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Iraqi forces]] came over [[al-Sufiya|PLACE]] and threw a [[barrel|WEAPON:BARREL_BOMB]] on our mill.}} I think because [[Daesh|ACTOR:Islamic State]] parked a truck near the silo [[the night before|DATE:2015-04-01..2015-04-30]].
Q: What did the [[barrel|WEAPON:BARREL_BOMB]] do?
A: {{c1|The mill was gutted. The machines, the belts, the roof of iron, all of it down inside. Twelve tonnes of wheat spoiled in the rain after.}} {{c2|And the guard, [[Abu Shihab|PERSON]], he was sleeping in the small room, he was burned on his arms and his face.}} I saw him in [[the morning|DATE:2015-04-01..2015-04-30]], we took him to [[Khalidiya|PLACE]].
Q: Were people killed?
A: No, thanks to God, not that time. Only [[Abu Shihab|PERSON]] was hurt.
Q: What happened after [[Daesh|ACTOR:Islamic State]] took [[Ramadi|PLACE]] in [[May|DATE:2015-05-01..2015-05-31]]?
A: {{c3|My brother [[Marwan|PERSON]], he tried to take his family out through the desert road in [[June|DATE:2015-06-01..2015-06-30]], and [[Daesh|ACTOR:Islamic State]] arrested him at their checkpoint at [[al-Husaybah|PLACE]], him and his two sons.}} The women they sent back to the house.
Q: How do you know this?
A: His wife, [[Umm Anas|PERSON]], told me. She was in the car.
Q: Were they released?
A: {{c4|The boys came back after forty days, very thin. [[Marwan|PERSON]], no. Until today we don't know where [[Marwan|PERSON]] is, if he is alive, if he is in a grave somewhere.}}
Q: I'm sorry. You stayed in [[al-Sufiya|PLACE]]?
A: We moved inside the city, to my wife's family in [[al-Tamim|PLACE]], because [[al-Sufiya|PLACE]] was the front line then.
Q: And in [[al-Tamim|PLACE]]?
A: {{c5|On [[the 19th of November|DATE:2015-11-19]], [[a Thursday|DATE:2015-11-19]], [[the morning|DATE:2015-11-19]], there was [[shelling|WEAPON:ARTILLERY]] from [[the army|ACTOR:Iraqi forces]] side, [[artillery|WEAPON:ARTILLERY]], and one [[shell|WEAPON:ARTILLERY]] fell on the people waiting at the [[al-Hurriya bakery|PLACE]].}} {{c6|Seven died. I counted seven, I carried two of them, one was a boy, [[Ayham|PERSON]], twelve years old, the son of the baker.}} {{c7|And many injured, fifteen, twenty, I cannot say.}}
Q: Were there any [[Daesh|ACTOR:Islamic State]] fighters at the bakery?
A: No. There was nobody of them at the bakery. They had a position near the water tower, far, maybe half a kilometre.
Q: What did it do to the bakery?
A: {{c5|The front of the bakery, the oven side, all broken, the glass, the door. They did not bake for one month after.}}
Q: When did you leave [[al-Tamim|PLACE]]?
A: {{c9|In [[December|DATE:2015-12-01..2015-12-31]], [[the day after the big bridge was blown|DATE]], we walked to the lines of [[the army|ACTOR:Iraqi forces]], eleven of us.}}
Q: What happened at the lines?
A: {{c10|The [[Counter Terrorism Service|ACTOR:Iraqi forces]] took me and my two cousins, [[Yasin|PERSON]] and [[Bashar|PERSON]], to a school they used, and we stayed there nine days.}} They asked about the mill, about who I sold flour to, did I sell to [[Daesh|ACTOR:Islamic State]]. Everybody sold to everybody, what could we do.
Q: Were you mistreated?
A: Questions, questions. Some slaps. My uncle, Hajj [[Dhiab|PERSON]]... eh, he is old, they checked his papers at the same place and they let him pass after one hour.
Q: Have you been back to [[al-Sufiya|PLACE]]?
A: {{c11|In [[March|DATE:2016-03-01..2016-03-31]], I went with the permission. The mill I knew already. But our house, they left a [[bomb|WEAPON:IED]] in the water heater, and when my cousin [[Jabbar|PERSON]] opened the tap, it exploded.}} {{c12|[[Jabbar|PERSON]] lost three fingers.}} {{c11|The bathroom and the kitchen are gone.}}
Q: Did you see this?
A: I was outside in the garden. I heard it and I ran in.
Q: Is there anything else you want recorded?
A: {{c13|The houses around the mill, eleven houses of the [[Nimrawi|PERSON]] family, the engineers of the municipality told us in [[April|DATE:2016-04-01..2016-04-30]], all of them must be demolished, the walls have cracks from the ground to the roof.}}

@@witness iq-ramadi-hazim-nimrawi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Iraqi forces" site="al-Sufiya" date=2015-04-01..2015-04-30 basis=EXPERIENCED incident=iq-ramadi-20150400-sufiya-nimrawi-mill-barrel
@@claim c2 harm=INJURED min=1 max=1 named="Abu Shihab" weapon=BARREL_BOMB actor="Iraqi forces" site="al-Sufiya" date=2015-04-01..2015-04-30 basis=WITNESSED incident=iq-ramadi-20150400-sufiya-nimrawi-mill-barrel
@@claim c3 harm=DETAINED min=3 max=3 named="Marwan" actor="Islamic State" site="al-Husaybah" date=2015-06-01..2015-06-30 basis=HEARSAY incident=iq-ramadi-20150600-husaybah-checkpoint-marwan
@@claim c4 harm=MISSING min=1 max=1 named="Marwan" actor="Islamic State" site="al-Husaybah" date=2015-06-01..2015-06-30 basis=HEARSAY incident=iq-ramadi-20150600-husaybah-checkpoint-marwan
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Iraqi forces" site="al-Hurriya bakery" date=2015-11-19 basis=WITNESSED incident=iq-ramadi-20151119-tamim-bakery-queue-shelling
@@claim c6 harm=KILLED min=7 max=7 named="Ayham" weapon=ARTILLERY actor="Iraqi forces" site="al-Hurriya bakery" date=2015-11-19 basis=WITNESSED incident=iq-ramadi-20151119-tamim-bakery-queue-shelling
@@claim c7 harm=INJURED min=15 max=20 weapon=ARTILLERY actor="Iraqi forces" site="al-Hurriya bakery" date=2015-11-19 basis=WITNESSED incident=iq-ramadi-20151119-tamim-bakery-queue-shelling
@@claim c9 harm=DISPLACED min=11 max=11 site="al-Tamim" date=2015-12-01..2015-12-31 basis=EXPERIENCED incident=iq-ramadi-20151200-tamim-nimrawi-family-flight
@@claim c10 harm=DETAINED min=3 max=3 named="Yasin; Bashar" actor="Iraqi forces" site="al-Tamim" date=2015-12-01..2015-12-31 basis=EXPERIENCED incident=iq-ramadi-20151200-tamim-cts-screening-nimrawi
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="al-Sufiya" date=2016-03-01..2016-03-31 basis=WITNESSED incident=iq-ramadi-20160300-sufiya-water-heater-ied
@@claim c12 harm=INJURED min=1 max=1 named="Jabbar" weapon=IED site="al-Sufiya" date=2016-03-01..2016-03-31 basis=WITNESSED incident=iq-ramadi-20160300-sufiya-water-heater-ied
@@claim c13 harm=PROPERTY_DAMAGE min=11 max=11 site="al-Sufiya" basis=REPORTED incident=iq-ramadi-20150000-sufiya-nimrawi-houses-cracked
