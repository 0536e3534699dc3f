@@newline crlf
Interview ID: CO-SRS-2309
Interview date: 9 May 2023
Place of interview: [[Bucaramanga|PLACE]]
Language: Spanish (transcribed in English translation)
Interviewer: [[Paula Mendivelso|PERSON]]

[00:00:05] Q: We are recording. Please say who you are.
[00:00:09] A: [[Néstor Iván Arrieta|PERSON]]. Miner. From [[Santa Rosa del Sur|PLACE]], in the south of [[Bolívar|PLACE]], the corregimiento [[Canelos|PLACE]]. We work the gold in the [[Serranía de San Lucas|PLACE]].
[00:00:31] Q: When did the problems start for you?
[00:00:35] A: The problems always were. But in [[2022|DATE:2022-01-01..2022-12-31]] the [[Gaitanistas|ACTOR:Clan del Golfo]] came up from the [[Magdalena|PLACE]] side, and the [[ELN|ACTOR:ELN]] did not want them in the serranía. So, war.
[00:01:02] Q: What did you see of that war?
[00:01:06] A: In [[July|DATE:2022-07-01..2022-07-31]], [[the 23rd|DATE:2022-07-23]], it was [[a Saturday of market|DATE:2022-07-23]], the [[elenos|ACTOR:ELN]] fired [[tatucos|WEAPON:MORTAR]], the homemade [[mortars|WEAPON:MORTAR]], at a house where they said [[the Clan|ACTOR:Clan del Golfo]] men were sleeping, in [[Canelos|PLACE]]. {{c2|They missed the house. Five houses around it had the roofs broken, and the wall of the chapel cracked from the top to the floor.}}
[00:01:40] A: {{c3|A woman, [[Nelly|PERSON]], [[Nelly Barrios|PERSON]], was in her kitchen, she got metal in the stomach. We took her in a truck to [[Santa Rosa|PLACE:Santa Rosa del Sur]], four hours.}} She lived, thanks to God.
[00:02:05] Q: Was anyone killed [[that day|DATE:2022-07-23]]?
[00:02:08] A: No. In [[Canelos|PLACE]] nobody died [[that day|DATE:2022-07-23]]. Only [[Nelly|PERSON]] hurt, and the houses.
[00:02:19] Q: You told me about your brother.
[00:02:23] A: [[Alirio|PERSON]]. [cough] Sorry. {{c4|[[Alirio Arrieta|PERSON]], my older brother. In [[October|DATE:2022-10-01..2022-10-31]], the [[ELN|ACTOR:ELN]] came to the mine at [[five in the morning|DATE:2022-10-01..2022-10-31]], six men with [[rifles|WEAPON:SMALL_ARMS]], and took him and [[Ubaldo|PERSON]], his partner, because they said we did not pay the quota for the machine.}} I was there. They put me on the ground with the face in the mud.
[00:02:58] A: {{c4|They kept [[Alirio|PERSON]] forty days in the mountain, tied at night to a tree. We paid. My mother sold the cows.}}
[00:03:15] Q: And [[Ubaldo|PERSON]]?
[00:03:18] A: {{c5|[[Ubaldo Pérez|PERSON]] never came back. [[Alirio|PERSON]] says they separated them [[the third day|DATE:2022-10-01..2022-10-31]]. His wife asks everybody, the priest, the Defensoría. Nothing. Seven months.}}
[00:03:40] Q: What about the mine itself?
[00:03:44] A: {{c6|When they took them, they also poured diesel on the entable, the mill where we grind the rock, and set fire. The mill was gutted, the motor, the drums, the roof of zinc, everything.}} They said, if you go to the police, next time we burn the houses. They did not burn the houses. Not yet.
[00:04:10] Q: Did you go to the police?
[00:04:12] A: [laughs] No.
[00:04:16] Q: Were there [[mines|WEAPON:LANDMINE]] in your area?
[00:04:20] A: {{c7|On the path from [[Canelos|PLACE]] to [[Fátima|PLACE]], yes. In [[December|DATE:2022-12-01..2022-12-31]] a soldier stepped on one, a [[quiebrapatas|WEAPON:LANDMINE]], they lost the leg.}} I did not see. The soldiers of [[the army|ACTOR:Colombian armed forces]] told us when they passed, after, angry.
[00:04:45] Q: Did [[the army|ACTOR:Colombian armed forces]] ever take anyone from [[Canelos|PLACE]]?
[00:04:49] A: {{c8|Yes, in [[January|DATE:2023-01-01..2023-01-31]], they arrested two young men, the sons of Doña [[Ofelia|PERSON]], saying they were militia of the [[ELN|ACTOR:ELN]]. They took them in the helicopter to [[Cartagena|PLACE]]. Still in the prison.}}
[00:05:12] A: Me too, they stopped me at the entrance of [[Santa Rosa|PLACE:Santa Rosa del Sur]], at the checkpoint, one hour, asking about my brother, about the quota, who I pay. Then they let me go.
[00:05:30] Q: Did you hear of [[the drones|WEAPON:DRONE_STRIKE]]?
[00:05:33] A: {{c9|On the radio, La Cariñosa... no, the radio of [[Santa Rosa|PLACE:Santa Rosa del Sur]], they said in [[March|DATE:2023-03-01..2023-03-31]] the [[ELN|ACTOR:ELN]] dropped [[explosives|WEAPON:DRONE_STRIKE]] from a [[drone|WEAPON:DRONE_STRIKE]] on the army base near [[Fátima|PLACE]], and four soldiers were injured.}} That is what the radio said.
[00:05:58] Q: Why did you leave [[Canelos|PLACE]]?
[00:06:02] A: {{c10|Because after [[Alirio|PERSON]] came back, they gave us a week. In [[April|DATE:2023-04-01..2023-04-30]] we came here to [[Bucaramanga|PLACE]], me, [[Alirio|PERSON]], our mother, and my wife [[Yaneth|PERSON]] with the baby. Five.}}
[00:06:25] Q: Anything else?
[00:06:28] A: The gold is still there. The people are not.
@@witness co-santarosa-nestor-ivan-arrieta
@@claim c2 harm=PROPERTY_DAMAGE min=6 max=6 weapon=MORTAR actor="ELN" site="Canelos" date=2022-07-23 basis=WITNESSED incident=co-santarosa-20220723-canelos-tatucos
@@claim c3 harm=INJURED min=1 max=1 named="Nelly; Nelly Barrios" weapon=MORTAR actor="ELN" site="Canelos" date=2022-07-23 basis=WITNESSED incident=co-santarosa-20220723-canelos-tatucos
@@claim c4 harm=DETAINED min=2 max=2 named="Alirio Arrieta; Alirio; Ubaldo" actor="ELN" site="Canelos" date=2022-10-01..2022-10-31 basis=WITNESSED incident=co-santarosa-20221000-arrieta-mine-kidnapping
@@claim c5 harm=MISSING min=1 max=1 named="Ubaldo Pérez" actor="ELN" site="Canelos" date=2022-10-01..2022-10-31 basis=HEARSAY incident=co-santarosa-20221000-arrieta-mine-kidnapping
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null actor="ELN" site="Canelos" date=2022-10-01..2022-10-31 basis=WITNESSED incident=co-santarosa-20221000-arrieta-mine-kidnapping
@@claim c7 harm=INJURED min=1 max=1 weapon=LANDMINE site="Fátima" date=2022-12-01..2022-12-31 basis=HEARSAY incident=co-santarosa-20221200-fatima-path-mine
@@claim c8 harm=DETAINED min=2 max=2 actor="Colombian armed forces" site="Canelos" date=2023-01-01..2023-01-31 basis=WITNESSED incident=co-santarosa-20230100-canelos-army-arrests
@@claim c9 harm=INJURED min=4 max=4 weapon=DRONE_STRIKE actor="ELN" site="Fátima" date=2023-03-01..2023-03-31 basis=REPORTED incident=co-santarosa-20230300-fatima-base-drone
@@claim c10 harm=DISPLACED min=5 max=5 named="Alirio; Yaneth" actor="ELN" site="Canelos" date=2023-04-01..2023-04-30 basis=EXPERIENCED incident=co-santarosa-20230400-arrieta-family-flight
