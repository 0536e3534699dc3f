@@encoding utf-16le
Interview ID: IQ-BGD-4308 (second session with the witness of IQ-BGD-4306)
Date: 20/06/2013
Location: [[Sadr City|PLACE]], [[Baghdad|PLACE]]
Interviewer: [[Pieter Moens|PERSON]]
Interpreter: [[Basma Rahim|PERSON]]

[00:00:04] Q: [[Abu Mustafa|PERSON]], thank you for seeing us again. Last time you told us about the [[Muthafar square|PLACE]].
[00:00:12] A: Yes, three years ago. I want to correct one thing. I said a white Opel. It was silver, grey-silver. I saw the photograph in the newspaper after, the engine of it, the colour on the door.
[00:00:31] Q: Do you still remember the date?
[00:00:35] A: Of course. [[Sunday, the 4th|DATE:2007-03-04]]. [[The 14th of Safar|DATE:2007-03-04]] in the Hijri. People were walking to [[Karbala|PLACE]] for the Arbaeen, the tents were on the road.
[00:00:52] A: {{c1|More than twenty I saw dead myself, I said this before and I say it again.}} {{c2|Later the lists in the hussainiya said thirty-one, and some say thirty-five, because the injured died after, in [[the days after|DATE:2007-03-05..2007-03-10]].}}
[00:01:14] Q: Is there anything new you remember about [[that day|DATE:2007-03-04]]?
[00:01:18] A: [[Haidar|PERSON]], my neighbour's son. I told you he died in the hospital. {{c6|His mother told me he said "water" and then he died.}} [pause] {{c6|They washed him and buried him in [[Najaf|PLACE]] [[the next day|DATE:2007-03-05]].}}
[00:01:40] Q: Last time you mentioned a checkpoint in [[Dora|PLACE]]. Can you tell it now?
[00:01:46] A: Yes, I did not have time. This was before the [[car bomb|WEAPON:IED]], in [[the winter|DATE:2006-12-01..2007-02-28]], [[December 2006|DATE:2006-12-01..2006-12-31]]. [[The first days of December|DATE:2006-12-01..2006-12-07]], I think [[the Saturday|DATE:2006-12-02]].
[00:02:02] A: I had a passenger to [[Doura|PLACE:Dora]], to the hospital there, an old woman. I did not like to go to [[Doura|PLACE:Dora]] in those days but she paid well.
[00:02:15] A: {{c3|On the highway, near the [[Dora refinery|PLACE]], there were two cars, no numbers, men in police clothes, and they stopped the minibus in front of me. I was maybe thirty metres behind.}}
[00:02:30] A: {{c3|They made four men come down from the minibus, they put them in the cars, with the hands behind, and they went towards [[Saydiya|PLACE]].}}
[00:02:44] A: One of the men, he was holding the door of the minibus and one of them fired the [[machine gun|WEAPON:SMALL_ARMS]] at the ground next to his feet. Nobody was hit, I think. The [[bullets|WEAPON:SMALL_ARMS]] went in the asphalt.
[00:02:58] Q: Did they stop you?
[00:03:01] A: No. They looked at my car and waved, go, go. My name is [[Kadhim|PERSON]], my face is from [[Sadr City|PLACE]], you understand. If my name was Omar I would not be here talking to you. [pause] I am ashamed of this. I drove away. I did not help them.
[00:03:22] Q: Do you know who the men were?
[00:03:25] A: In police clothes. Everybody said they were [[Jaysh|ACTOR:Mahdi Army]] men, some of them. I am from [[Sadr City|PLACE]], I am not ashamed to say it, there were bad people among them.
[00:03:41] Q: Did you ever learn the names of the four men?
[00:03:45] A: No. Never. I heard later one family from [[Adhamiya|PLACE]] searched for their son from that minibus, an engineer. I don't know his name.
[00:03:58] Q: Anything else from those years?
[00:04:02] A: My nephew [[Sajjad|PERSON]]. In [[2008|DATE:2008-01-01..2008-12-31]], the fighting in [[Sadr City|PLACE]], between the [[Jaysh|ACTOR:Mahdi Army]] and [[the Americans|ACTOR:US-led coalition]], he was with the [[Jaysh|ACTOR:Mahdi Army]] and he was killed fighting, in the street near the [[Jamila market|PLACE]]. He carried a gun, he chose it. This is a different thing.
[00:04:26] A: {{c5|But my other neighbour, [[Umm Zahraa|PERSON]], in the same fighting, in [[April|DATE:2008-04-01..2008-04-30]], a [[rocket|WEAPON:ROCKET]] from [[the helicopter|WEAPON:AIRSTRIKE]] hit her kitchen, and she lost her leg, she was only cooking.}}
[00:04:45] A: I saw her after, in the [[Imam Ali hospital|PLACE]]. I brought her sons in my taxi.
[00:04:52] Q: Thank you, [[Abu Mustafa|PERSON]].
@@witness iq-baghdad-kadhim-abd-al-hussein
@@claim c1 harm=KILLED min=21 max=null weapon=IED site="Muthafar square" date=2007-03-04 basis=WITNESSED incident=iq-baghdad-20070304-sadrcity-muthafar-car-bomb
@@claim c2 harm=KILLED min=31 max=35 weapon=IED site="Muthafar square" date=2007-03-04..2007-03-10 basis=REPORTED incident=iq-baghdad-20070304-sadrcity-muthafar-car-bomb
@@claim c3 harm=DETAINED min=4 max=4 site="Dora refinery" date=2006-12-02 basis=WITNESSED incident=iq-baghdad-20061202-dora-fake-checkpoint
@@claim c5 harm=INJURED min=1 max=1 named="Umm Zahraa" weapon=ROCKET site="Sadr City" date=2008-04-01..2008-04-30 basis=HEARSAY incident=iq-baghdad-20080400-sadrcity-umm-zahraa-kitchen
@@claim c6 harm=KILLED min=1 max=1 named="Haidar" weapon=IED site="Muthafar square" date=2007-03-04 basis=HEARSAY incident=iq-baghdad-20070304-sadrcity-muthafar-car-bomb
