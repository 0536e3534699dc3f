Interview ID: YE-TAZ-206
Date of interview: 18 February 2024
Place of interview: [[Taiz|PLACE]], [[Yemen|PLACE]] (school office, [[al-Masbah|PLACE]])
Language: Arabic
Interviewer: [[Omar Farouk|PERSON]]

[00:00:04] Q: Ustaz [[Mukhtar|PERSON]], you are a teacher here in [[Ta'izz|PLACE:Taiz]]. How long?
[00:00:09] A: Twenty-two years. Nineteen of them before the war, and... eh, the rest. The rest is a different job. Teacher, nurse, guard.
[00:00:21] Q: You wanted to talk about three things. Let's start with the road.
[00:00:26] A: Yes. In the years of the siege, the only way in and out of the city was the mountain road, through [[al-Aqroudh|PLACE]]. Hours and hours, a road for goats. In [[2016|DATE:2016-01-01..2016-12-31]], I think [[October|DATE:2016-10-01..2016-10-31]], I was coming back from [[al-Turbah|PLACE]] in a minibus, fourteen people, and a [[sniper|WEAPON:SMALL_ARMS]] fired on us at the turn above the valley.
[00:01:02] A: {{c1|The driver, [[Nashwan|PERSON]], the [[bullet|WEAPON:SMALL_ARMS]] came in his head. He died with his hands on the wheel.}} The bus went on the stones, it did not fall, God is great. {{c2|Two women in the back were injured, one, [[Wafa|PERSON]], in the shoulder, one... I don't know where, there was a lot of blood.}}
[00:01:31] Q: Where did the [[shots|WEAPON:SMALL_ARMS]] come from?
[00:01:34] A: From the hill where the [[Houthis|ACTOR:Houthis]] were, on the left side. Everybody on that road knew that turn. They called it "the turn of death". We waited for the night to pass it after that.
[00:01:52] Q: The second thing?
[00:01:55] A: The school. Not this school, the old one in [[Kalaba|PLACE]]. [[The 12th of March 2019|DATE:2019-03-12]]. It was the break, [[ten in the morning|DATE:2019-03-12]], the children were in the yard. A [[hawn|WEAPON:MORTAR]] fell in the yard. Hawn is the mortar, we say hawn.
[00:02:20] A: {{c3|One boy died, [[Yousef Abdulwahid|PERSON]], eleven years old, from my class. [[Yusuf|PERSON]]. He was a good boy, he wanted to be an engineer.}} [pause] {{c4|Seven were injured. Seven children. I carried two of them myself to [[al-Rawda hospital|PLACE]].}}
[00:02:48] Q: Were there fighters near the school?
[00:02:51] A: No. The nearest position of [[the National Army|ACTOR:Yemeni government forces]] was on the hill, one kilometre, more. There was nothing at the school, no soldiers, no [[guns|WEAPON:SMALL_ARMS]]. I say this in front of God. The [[Houthis|ACTOR:Houthis]] had threatened on their radio to hit the schools that "teach the ideas of [[the aggression|ACTOR:Saudi-led coalition]]". But they did not say which school, and we did not believe they would do it.
[00:03:20] Q: And the third?
[00:03:23] A: [[The drone|WEAPON:DRONE_STRIKE]]. [[Last spring|DATE:2023-03-01..2023-05-31]], in [[April|DATE:2023-04-01..2023-04-30]], during the truce. A truce, they say. [[After the fajr prayer|DATE:2023-04-01..2023-04-30]] I heard a sound like a motorbike in the sky, small. [[The drone|WEAPON:DRONE_STRIKE]]. Then an explosion in the street behind us, in [[Sala|PLACE]].
[00:03:44] A: {{c5,c6|It hit the house of the [[Shaibani|PERSON]] family, on the roof.}} {{c5|[[Mona|PERSON]], the wife of [[Taha al-Shaibani|PERSON]], and her two boys were injured.}} I ran there with my neighbour [[Abu Ghassan|PERSON]]. {{c5|[[Mona|PERSON]] had glass in her face. The small boy, [[Adeeb|PERSON]], his foot.}} [[Taha|PERSON]] was at the mosque, he was not hurt.
[00:04:10] Q: Are you sure it was a [[drone|WEAPON:DRONE_STRIKE]], and not a [[mortar|WEAPON:MORTAR]]?
[00:04:13] A: I heard it, the motor. And the people of [[Sala|PLACE]] found the pieces, wings, a small engine. It was a [[drone|WEAPON:DRONE_STRIKE]] with a [[bomb|WEAPON:DRONE_STRIKE]] under it, these ones that [[Ansar Allah|ACTOR:Houthis]] fly over the front. I am sure. [inaudible] ...not the big ones, the [[Qasef|WEAPON:DRONE_STRIKE]], the small ones.
[00:04:37] Q: Is there anything else you want to add?
[00:04:40] A: There is no [[shelling|WEAPON:ARTILLERY]] [[this month|DATE:2024-02-01..2024-02-29]], thank God, maybe they are tired. But the [[snipers|WEAPON:SMALL_ARMS]] are still there. My students ask me, ustaz, when can we go to the mountain? I tell them: when the [[snipers|WEAPON:SMALL_ARMS]] go. If [[Yousef|PERSON]] had been in the classroom, not in the yard, he would be in the tenth grade now.
@@witness ye-taiz-mukhtar-al-shamiri
@@claim c1 harm=KILLED min=1 max=1 named="Nashwan" weapon=SMALL_ARMS actor="Houthis" site="al-Aqroudh" date=2016-10-01..2016-10-31 basis=WITNESSED incident=ye-taiz-20161000-aqroudh-minibus
@@claim c2 harm=INJURED min=2 max=2 named="Wafa" weapon=SMALL_ARMS actor="Houthis" site="al-Aqroudh" date=2016-10-01..2016-10-31 basis=WITNESSED incident=ye-taiz-20161000-aqroudh-minibus
@@claim c3 harm=KILLED min=1 max=1 named="Yousef Abdulwahid; Yusuf; Yousef" weapon=MORTAR site="Kalaba" date=2019-03-12 basis=WITNESSED incident=ye-taiz-20190312-kalaba-school
@@claim c4 harm=INJURED min=7 max=7 weapon=MORTAR site="Kalaba" date=2019-03-12 basis=WITNESSED incident=ye-taiz-20190312-kalaba-school
@@claim c5 harm=INJURED min=3 max=3 named="Mona; Adeeb" weapon=DRONE_STRIKE actor="Houthis" site="Sala" date=2023-04-01..2023-04-30 basis=WITNESSED incident=ye-taiz-20230400-sala-shaibani-house
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Houthis" site="Sala" date=2023-04-01..2023-04-30 basis=WITNESSED incident=ye-taiz-20230400-sala-shaibani-house
