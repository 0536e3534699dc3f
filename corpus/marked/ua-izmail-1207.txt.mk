Interview ID: UA-ODS-1207
Interview date: 2023-08-21
Place of interview: [[Izmail|PLACE]], [[Odesa|PLACE]] oblast
Language: Russian, with some Ukrainian
Interviewer: [[Tom Hale|PERSON]]
Interpreter: [[Oksana Melnyk|PERSON]]

[00:00:04] INTERVIEWER: Could you start by telling us your name and your work?
[00:00:09] WITNESS: [[Ivan Dimitrov|PERSON]]. I am a crane operator at the port, the [[Izmail|PLACE]] port, twenty-two years already. My family is Bulgarian, from [[Bolhrad|PLACE]] side, but I live in [[Izmail|PLACE]] all my life.
[00:00:31] INTERVIEWER: Where were you on [[the night of the attack|DATE:2023-08-02]]?
[00:00:35] WITNESS: I was on the night shift. It was, eh, [[the second of August|DATE:2023-08-02]], [[the night from the first to the second|DATE:2023-08-01..2023-08-02]]. [[Wednesday morning|DATE:2023-08-02]], very early. We were loading a barge with grain, with wheat, for the [[Danube|PLACE]], for [[Romania|PLACE]] side.
[00:01:02] INTERVIEWER: What did you hear?
[00:01:05] WITNESS: First the air alarm, [[around two o'clock|DATE:2023-08-02]]. We have an order, during the alarm we go to the shelter. But the alarm in [[Izmail|PLACE]] was always, and nothing ever came here, because we are on the border, the [[Dunai|PLACE:Danube]] is there, [[Romania|PLACE]] is there. So some of us went, some stayed.
[00:01:33] INTERVIEWER: Where were you?
[00:01:35] WITNESS: I went down from the crane, to the shelter near the administration building. And then I heard it. The sound, like a moped, a motorcycle, in the sky. Brr-rrr. It is [[the Shahed|WEAPON:DRONE_STRIKE]], everybody knows this sound now.
[00:01:58] INTERPRETER: He is making the noise of the drone.
[00:02:03] WITNESS: {{c1|Then the explosions. One, two, then more, I counted maybe eight or nine. [[The drones|WEAPON:DRONE_STRIKE]] hit the grain elevator and the warehouses by the berth.}}
[00:02:21] INTERVIEWER: Did you see the damage?
[00:02:24] WITNESS: {{c1|When we came out, maybe at [[four|DATE:2023-08-02]], [[after the all-clear|DATE:2023-08-02]], there was fire everywhere. The silos, the hangar where we keep the grain, it burned until the afternoon.}} {{c1|My crane also, the glass of the cabin was gone, all the windows of the administration building broken.}}
[00:02:51] INTERVIEWER: Was anyone hurt?
[00:02:54] WITNESS: {{c4|Yes. Two of our guys were injured. [[Serhii|PERSON]], the watchman, [[Serhii Babenko|PERSON]], he stayed in his booth near the gate, and his leg was cut very bad by the glass and metal. And a young one, from the loading brigade, [[Dmytro|PERSON]], burns on his hands.}}
[00:03:20] WITNESS: Nobody was killed. Thank God. If the shift had been in the warehouse at that moment, I think five, six people would be dead. There was nobody inside, only grain.
[00:03:38] INTERVIEWER: Who do you think launched [[the drones|WEAPON:DRONE_STRIKE]]?
[00:03:41] WITNESS: Who else? [[The Russians|ACTOR:Russian armed forces in Ukraine]]. From the sea, from [[Crimea|PLACE]], they fly over the water and then along the [[Danube|PLACE]]. People on the [[Romania|PLACE]] side also heard them.
[00:04:02] INTERVIEWER: Had there been any attacks on the port before this?
[00:04:06] WITNESS: On the port, no. Before that there was nothing in [[Izmail|PLACE]]. {{c7|In [[Odesa|PLACE]] port, yes, in [[July|DATE:2023-07-01..2023-07-31]], [[the occupiers|ACTOR:Russian armed forces in Ukraine]] hit the grain terminals in [[Odesa|PLACE]] and [[Chornomorsk|PLACE]] many times, [[after the grain deal ended|DATE:2023-07-17..2023-07-31]].}} My daughter [[Nadia|PERSON]] lives in [[Odesa|PLACE]], she told me every night it is [[rockets|WEAPON:ROCKET]] and [[drones|WEAPON:DRONE_STRIKE]]. {{c5,c8|In one of those nights a [[missile|WEAPON:MISSILE]] hit near the house of her friend [[Larysa|PERSON]] in the [[Prymorskyi|PLACE]] district, and the windows fell in, and [[Larysa|PERSON]] was cut on the face.}}
[00:04:47] INTERVIEWER: When was that?
[00:04:49] WITNESS: [[The 20th of July|DATE:2023-07-20]], I think. Or [[the 19th|DATE:2023-07-19]]. My daughter would know better.
[00:04:58] INTERVIEWER: After the attack on the port, did people leave?
[00:05:02] WITNESS: Some families with children went to [[Moldova|PLACE]], to [[Romania|PLACE]]. Most stayed. Where to go? The port is our work. {{c6|But my neighbour [[Halyna Ivanova|PERSON]] took her grandchildren to [[Galați|PLACE]] [[the same week|DATE:2023-08-02..2023-08-08]], she said she would not wait for the next one.}}
[00:05:28] INTERVIEWER: How did the port work after this?
[00:05:31] WITNESS: Two days, three days, and we were working again. Not the burned part. The burned part is still black, you can see it. We load from the other berths.
[00:05:48] INTERVIEWER: Is there anything you want to add?
[00:05:51] WITNESS: Only that it was grain. Wheat. For Africa, for [[Egypt|PLACE]], for whoever. There was no weapon in that warehouse. I loaded it myself, I know what was inside.
[00:06:07] INTERVIEWER: Thank you, [[Ivan|PERSON]].
@@witness ua-izmail-ivan-dimitrov
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Russian armed forces in Ukraine" site="Izmail" date=2023-08-02 basis=WITNESSED incident=ua-izmail-20230802-port-grain-drones
@@claim c4 harm=INJURED min=2 max=2 named="Serhii Babenko; Dmytro" weapon=DRONE_STRIKE actor="Russian armed forces in Ukraine" site="Izmail" date=2023-08-02 basis=WITNESSED incident=ua-izmail-20230802-port-grain-drones
@@claim c5 harm=INJURED min=1 max=1 named="Larysa" weapon=MISSILE actor="Russian armed forces in Ukraine" site="Prymorskyi" date=2023-07-19..2023-07-20 basis=HEARSAY incident=ua-odesa-20230720-prymorskyi-missile
@@claim c6 harm=DISPLACED min=3 max=null named="Halyna Ivanova" site="Izmail" date=2023-08-02..2023-08-08 basis=WITNESSED incident=ua-izmail-20230802-port-grain-drones
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null actor="Russian armed forces in Ukraine" site="Odesa" date=2023-07-17..2023-07-31 basis=HEARSAY incident=ua-odesa-20230700-grain-terminals
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Russian armed forces in Ukraine" site="Prymorskyi" date=2023-07-19..2023-07-20 basis=HEARSAY incident=ua-odesa-20230720-prymorskyi-missile
