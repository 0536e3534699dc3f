@@encoding utf-16le
Interview ID: IQ-ANB-2708
Interview date: 2018-01-20
Place of interview: [[Baghdad|PLACE]], [[al-Adhamiya|PLACE]]
Language: Arabic
Interviewer: [[Leyla Demir|PERSON]]

[00:00:05] Q: Please, tell me your name and your relation to the family.
[00:00:11] A: [[Samira|PERSON]]. [[Samira Khalaf|PERSON]]. I am the wife of [[Mustafa|PERSON]], the eldest son of Hajji [[Salih al-Obeidi|PERSON]], people call him [[Abu Mustafa|PERSON]].
[00:00:30] Q: You were in [[Hit|PLACE]] in [[March 2016|DATE:2016-03-01..2016-03-31]]?
[00:00:34] A: In [[Heet|PLACE:Hit]], yes, in [[Hay al-Bakr|PLACE:al-Bakr]]. But [[that night|DATE:2016-03-22..2016-03-23]] I was not in the house. [[Mustafa|PERSON]] was in [[Ramadi|PLACE]] for work before [[Daesh|ACTOR:Islamic State]] closed the road, and I went with my two sons to sleep at my mother's, she had fever. Only because of her fever we are alive.
[00:01:02] Q: What do you remember of [[that night|DATE:2016-03-22..2016-03-23]]?
[00:01:06] A: It was [[Tuesday night|DATE:2016-03-22..2016-03-23]], [[the night before the 23rd|DATE:2016-03-22..2016-03-23]], I remember because [[the next day|DATE:2016-03-23]] the children had... no, there was no school then, eh. I heard [[the planes|WEAPON:AIRSTRIKE]], very low, and two big explosions. {{c2|The whole window came in on us.}} [crying]
[00:01:40] A: {{c1|In [[the morning|DATE:2016-03-23]], my brother came and told me. The house of my uncle-in-law, everything fell, eleven people under it. [[Abu Mustafa|PERSON]], [[Umm Mustafa|PERSON]], my sister-in-law [[Rasha|PERSON]] and her three, [[Yaqeen|PERSON]], [[Omar|PERSON]] and the small one [[Hiba|PERSON]], and the family of [[Qusay|PERSON]], the younger son.}}
[00:02:15] Q: Another neighbour told us nine people died.
[00:02:19] A: Eleven. I count them every night. Maybe the neighbour did not know [[Qusay|PERSON]]'s wife was there with the baby, they came [[the day before|DATE:2016-03-22]] from the farm.
[00:02:40] Q: Do you know who carried out the [[strike|WEAPON:AIRSTRIKE]]?
[00:02:43] A: They said [[the Americans|ACTOR:US-led coalition]], they said the [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]]. Later I saw on a Facebook page of [[Hit|PLACE]] news that [[the coalition|ACTOR:US-led coalition]] hit a [[Daesh|ACTOR:Islamic State]] headquarters. {{c2|The page said the house was destroyed and "civilians were killed", it did not say how many.}} There was no headquarters. There were no [[Daesh|ACTOR:Islamic State]] in our house, never.
[00:03:20] Q: What did you do after?
[00:03:24] A: {{c3|We ran away. [[Five days later|DATE:2016-03-28]], me, my sons, my mother, my brother's family, fifteen people, with a smuggler, in [[the night|DATE:2016-03-28]] through the desert to [[Haditha|PLACE]], because [[Haditha|PLACE]] was with [[the government|ACTOR:Iraqi forces]].}}
[00:03:50] A: {{c4|On the way a woman in our group, [[Umm Sabah|PERSON]], from [[Kubaisa|PLACE]], she stepped on a [[mine|WEAPON:LANDMINE]], in the dark, and she died there, we had to leave her under a blanket.}} {{c5|Her son [[Sabah|PERSON]] was hurt in the legs, we carried him.}}
[00:04:25] Q: Did you see that?
[00:04:27] A: I was three, four metres behind. I saw the light. Then I heard nothing for a long time, only a whistle in my ears.
[00:04:45] Q: How were you received in [[Haditha|PLACE]]?
[00:04:49] A: [[The army|ACTOR:Iraqi forces]] checked everybody. The men, they took them aside. [[Mustafa|PERSON]] had come from [[Ramadi|PLACE]] to meet us, they questioned him two hours because his name was on a list, a mistake, another [[Mustafa Salih|PERSON]], then the officer let him go.
[00:05:20] A: {{c6|But my brother [[Amer|PERSON]], him they kept, [[the Iraqi army|ACTOR:Iraqi forces]], twelve days in a room at the [[Haditha dam|PLACE]], because he was from [[Hit|PLACE]] and young.}} They let him out without anything, no charge.
[00:05:45] Q: Have you been back to [[Hit|PLACE]]?
[00:05:48] A: {{c7|Once, in [[the summer|DATE:2017-06-01..2017-08-31]]. The house of [[Abu Mustafa|PERSON]] is only a hill of stones, they took the bodies out, and our own house, the roof is there but the walls, cracks everywhere, you can see the street through them.}} [pause] My mother's house, nothing.
[00:06:15] A: Nobody paid us anything. No one from the government came. We only want a paper that says they were not [[Daesh|ACTOR:Islamic State]].
@@witness iq-hit-samira-khalaf
@@claim c1 harm=KILLED min=11 max=11 named="Abu Mustafa; Umm Mustafa; Rasha; Yaqeen; Omar; Hiba" weapon=AIRSTRIKE site="Hay al-Bakr" date=2016-03-23 basis=HEARSAY incident=iq-hit-20160323-bakr-obeidi-house-airstrike
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null actor="US-led coalition" site="Hit" date=2016-03-23 basis=REPORTED incident=iq-hit-20160323-bakr-obeidi-house-airstrike
@@claim c3 harm=DISPLACED min=15 max=15 site="Heet" date=2016-03-28 basis=EXPERIENCED incident=iq-hit-20160328-khalaf-family-desert-crossing
@@claim c4 harm=KILLED min=1 max=1 named="Umm Sabah" weapon=LANDMINE basis=WITNESSED date=2016-03-28 incident=iq-hit-20160328-khalaf-family-desert-crossing
@@claim c5 harm=INJURED min=1 max=1 named="Sabah" weapon=LANDMINE basis=WITNESSED date=2016-03-28 incident=iq-hit-20160328-khalaf-family-desert-crossing
@@claim c6 harm=DETAINED min=1 max=1 named="Amer" actor="Iraqi forces" site="Haditha dam" date=2016-03-28..2016-04-30 basis=WITNESSED incident=iq-haditha-20160300-dam-screening-amer-khalaf
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="Hit" date=2016-03-23 basis=WITNESSED incident=iq-hit-20160323-bakr-obeidi-house-airstrike
