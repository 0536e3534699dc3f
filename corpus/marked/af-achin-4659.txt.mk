Interview ID: AF-ACH-4659 (second interview, see AF-JLB-4658)
Date: 2020-02-10
Location: [[Jalalabad|PLACE]]
Language: Pashto
Interviewer: [[Tobias Renner|PERSON]]
Interpreter: [[Fawad Shinwari|PERSON]]

[00:00:04] Q: Last year you told my colleague about your nephew [[Rahmat|PERSON]]. Is there any news?
[00:00:11] A: Yes. Bad news. [pause] {{c1|In [[the summer|DATE:2019-06-01..2019-08-31]] a man came to my brother, a man [[Daesh|ACTOR:Islamic State]] had kept in the mountain and then let go. He said he was with [[Rahmat|PERSON]] in the cave prison.}}
[00:00:29] A: {{c2|He said they shot [[Rahmat|PERSON]] and six others in [[the winter|DATE:2017-12-01..2018-02-28]], near the snow. He said [[Rahmat|PERSON]] was praying before.}} {{c2|My brother did the prayer for the dead without the body. We have no grave.}}
[00:00:52] Q: Did you go back to [[Abdul Khel|PLACE]]?
[00:00:56] A: Once. In [[the autumn|DATE:2019-09-23..2019-11-21]], in [[Mizan|DATE:2019-09-23..2019-10-22]], after [[the army|ACTOR:Afghan forces]] pushed [[Daesh|ACTOR:Islamic State]] out of the valley. There was no fighting in [[Abdulkhel|PLACE:Abdul Khel]] when we went. It was quiet like a grave.
[00:01:14] A: {{c3|Our house was as they left it in [[2017|DATE:2017-01-01..2017-12-31]]. Black. Only the walls, no roof, no doors.}}
[00:01:26] A: {{c4|And the water channel for the fields was broken in two places, from the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] when [[the army|ACTOR:Afghan forces]] came up.}}
[00:01:38] A: {{c5|My brother says the wheat there burned from the [[white phosphorus|WEAPON:INCENDIARY]], the [[shells|WEAPON:INCENDIARY]] with the white smoke. I did not see it burning, only the black field.}}
[00:01:52] Q: Were there [[mines|WEAPON:LANDMINE]]?
[00:01:55] A: Many. [inaudible] everywhere near the houses. {{c6|The son of my cousin, [[Irfan|PERSON]], fourteen, went to the spring for water on [[the second day|DATE:2019-09-23..2019-10-22]]. A [[mine|WEAPON:LANDMINE]]. I was in the yard, I heard it and ran.}}
[00:02:15] A: {{c6|We put him on a door and carried him to the road. He did not reach [[Jalalabad|PLACE]]. He died in the car, near [[Ghani Khel|PLACE]].}}
[00:02:30] Q: Who put the [[mines|WEAPON:LANDMINE]]?
[00:02:33] A: [[Daesh|ACTOR:Islamic State]]. They put them when they ran, everybody knows.
[00:02:40] Q: You mentioned a [[drone|WEAPON:DRONE_STRIKE]] last time. Can you tell me about it?
[00:02:45] A: I did not mention, maybe my brother. But yes. In [[Asad|DATE:2018-07-23..2018-08-22]], [[two years ago|DATE:2018-01-01..2018-12-31]]. {{c7|[[The drone|WEAPON:DRONE_STRIKE]] of [[the Americans|ACTOR:US forces]] fired a [[missile|WEAPON:MISSILE]] on a pickup on the road below [[Abdul Khel|PLACE]]. The radio said four [[Daesh|ACTOR:Islamic State]] died.}}
[00:03:04] A: {{c8|But the people say two were shepherds who took a ride. One of them was [[Sami|PERSON]], from the [[Momand|PERSON]] family, his father went to the district office many times, because he says they will give money if he was not [[Daesh|ACTOR:Islamic State]].}}
[00:03:24] Q: Will your family go back?
[00:03:27] A: I wanted to go back for Eid, for a few days, to show the children. I did not go. The school is not open, the clinic is not open. Maybe in the spring.
@@witness af-achin-wazir-gul
@@claim c1 harm=DETAINED min=2 max=2 named="Rahmat" actor="Islamic State" site="Abdul Khel" basis=HEARSAY incident=af-achin-20170400-abdulkhel-rahmat-abduction
@@claim c2 harm=KILLED min=7 max=7 named="Rahmat" weapon=SMALL_ARMS actor="Islamic State" date=2017-12-01..2018-02-28 basis=HEARSAY incident=af-achin-20170400-abdulkhel-rahmat-abduction
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null actor="Islamic State" site="Abdul Khel" date=2017-01-01..2017-12-31 basis=WITNESSED incident=af-achin-20170400-abdulkhel-wazir-gul-houses
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED actor="Afghan forces" site="Abdulkhel" date=2017-01-01..2017-12-31 basis=WITNESSED incident=af-achin-20170000-abdulkhel-valley-bombardment
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Abdulkhel" date=2017-01-01..2017-12-31 basis=HEARSAY incident=af-achin-20170000-abdulkhel-valley-bombardment
@@claim c6 harm=KILLED min=1 max=1 named="Irfan" weapon=LANDMINE actor="Islamic State" site="Abdulkhel" date=2019-09-23..2019-10-22 basis=WITNESSED incident=af-achin-20191000-abdulkhel-spring-mine-irfan
@@claim c7 harm=KILLED min=4 max=4 weapon=MISSILE actor="US forces" site="Abdul Khel" date=2018-07-23..2018-08-22 basis=REPORTED incident=af-achin-20180800-abdulkhel-pickup-drone
@@claim c8 harm=KILLED min=2 max=2 named="Sami" weapon=MISSILE actor="US forces" site="Abdul Khel" date=2018-07-23..2018-08-22 basis=HEARSAY incident=af-achin-20180800-abdulkhel-pickup-drone
