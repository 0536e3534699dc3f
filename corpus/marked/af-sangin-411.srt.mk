1
00:00:00,800 --> 00:00:04,600
INTERVIEWER: Can you hear me well? Good.
Where are you from?

2
00:00:05,200 --> 00:00:10,900
WITNESS: From [[Sangin|PLACE]], in [[Helmand|PLACE]].
From a village on the east side of the river.

3
00:00:11,400 --> 00:00:15,200
I am a student, I was studying
in the madrasa in [[Sangeen|PLACE:Sangin]] bazaar.

4
00:00:15,800 --> 00:00:20,000
INTERVIEWER: You were in the bazaar
on the day of the [[airstrike|WEAPON:AIRSTRIKE]]?

5
00:00:20,600 --> 00:00:26,800
WITNESS: Yes. It was [[the first day of Asad|DATE:2019-07-23]].
I know because it was [[the first day of the month|DATE:2019-07-23]]

6
00:00:27,200 --> 00:00:31,000
and my teacher gave us the new lesson.

7
00:00:31,600 --> 00:00:37,500
- What time was it?
- [[Before noon|DATE:2019-07-23]], [[before the zuhr prayer|DATE:2019-07-23]], maybe [[half eleven|DATE:2019-07-23]].

8
00:00:38,000 --> 00:00:43,800
I was going to the shop of my uncle,
Haji [[Mirza Khan|PERSON]], he sells rice and oil.

9
00:00:44,300 --> 00:00:49,600
Then [[the jets|WEAPON:AIRSTRIKE]] came. Two [[jets|WEAPON:AIRSTRIKE]], I think.
They dropped [[bombs|WEAPON:AIRSTRIKE]], two, three.

10
00:00:50,100 --> 00:00:54,000
One on the shops of the bazaar
and one near the petrol station.

11
00:00:54,600 --> 00:01:00,400
INTERVIEWER: Where were you exactly
when the [[bombs|WEAPON:AIRSTRIKE]] fell?

12
00:01:00,900 --> 00:01:06,000
WITNESS: In the street behind,
maybe fifty metres. I fell down.

13
00:01:06,500 --> 00:01:11,800
{{c1|My ears, until now, this one, I cannot hear well.}}
The doctor said the drum is broken.

14
00:01:12,300 --> 00:01:18,600
{{c2|My uncle, Haji [[Mirza Khan|PERSON]], he was killed in his shop, sixty years old.}}

15
00:01:19,100 --> 00:01:25,000
{{c2|And his son, my cousin [[Rahmatullah|PERSON]], he was nineteen, he was killed with him.}}

16
00:01:25,500 --> 00:01:29,000
[crying]

17
00:01:32,000 --> 00:01:36,800
INTERVIEWER: I'm sorry. Do you know
how many people were killed?

18
00:01:37,300 --> 00:01:43,200
WITNESS: {{c3|More than twenty, I think. I saw many bodies in the road, I could not count.}}

19
00:01:43,700 --> 00:01:50,000
{{c4|From the [[Alizai|PERSON]] family, three brothers, [[Samiullah|PERSON]], [[Hayatullah|PERSON]] and [[Ezatullah|PERSON]], all three died.}}

20
00:01:50,500 --> 00:01:55,200
{{c5|And many wounded, thirty, forty, they took them to [[Lashkar Gah|PLACE]] in cars.}}

21
00:01:55,700 --> 00:02:01,000
INTERVIEWER: Some people say it was a [[missile|WEAPON:MISSILE]],
not a [[bomb|WEAPON:AIRSTRIKE]]. What do you think?

22
00:02:01,500 --> 00:02:07,500
WITNESS: I don't know the difference.
It came from the sky and everything broke.

23
00:02:08,000 --> 00:02:13,200
- Who was flying [[the planes|WEAPON:AIRSTRIKE]]?
- [[The government|ACTOR:Afghan forces]] and [[the Americans|ACTOR:US forces]], together.

24
00:02:13,700 --> 00:02:19,000
The [[Afghan|ACTOR:Afghan forces]] [[jets|WEAPON:AIRSTRIKE]] and the [[American|ACTOR:US forces]] [[jets|WEAPON:AIRSTRIKE]],
they work together in [[Helmand|PLACE]].

25
00:02:19,500 --> 00:02:25,000
After, [[the government|ACTOR:Afghan forces]] said on the radio
they killed [[Taliban|ACTOR:Taliban]] commanders in [[Sangin|PLACE]].

26
00:02:25,400 --> 00:02:31,000
But in the bazaar there was no commander.
My uncle was not a commander.

27
00:02:31,500 --> 00:02:36,500
INTERVIEWER: Did you stay in [[Sangin|PLACE]]
[[after that day|DATE]]?

28
00:02:37,000 --> 00:02:42,800
WITNESS: Two more weeks only. There was fighting
between the [[Taliban|ACTOR:Taliban]] and [[the army|ACTOR:Afghan forces]] near our village.

29
00:02:43,300 --> 00:02:49,500
{{c6|[[One night|DATE]] a [[mortar|WEAPON:MORTAR]] fell in the yard of our neighbour [[Faizullah|PERSON]], and his small daughter [[Shkula|PERSON]] was hurt in the legs.}}

30
00:02:50,000 --> 00:02:56,500
Who fired it, the [[Taliban|ACTOR:Taliban]] or [[the army|ACTOR:Afghan forces]],
nobody knows, both had [[mortars|WEAPON:MORTAR]].

31
00:02:57,000 --> 00:03:02,800
{{c7|Then my father said, we go, and we went to [[Kandahar|PLACE]], all the family, eleven people.}}

32
00:03:03,300 --> 00:03:07,000
INTERVIEWER: Thank you. Is there anything else?

33
00:03:07,500 --> 00:03:13,500
WITNESS: Yes. Please write the name of my uncle
correctly. Haji [[Mirza Khan|PERSON]]. He was a good man.
@@witness af-sangin-w411
@@claim c1 harm=INJURED min=1 max=1 weapon=AIRSTRIKE site="Sangeen" date=2019-07-23 basis=EXPERIENCED incident=af-sangin-20190723-bazaar
@@claim c2 harm=KILLED min=2 max=2 named="Mirza Khan; Rahmatullah" weapon=AIRSTRIKE site="Sangeen" date=2019-07-23 basis=WITNESSED incident=af-sangin-20190723-bazaar
@@claim c3 harm=KILLED min=21 max=null weapon=AIRSTRIKE site="Sangeen" date=2019-07-23 basis=WITNESSED incident=af-sangin-20190723-bazaar
@@claim c4 harm=KILLED min=3 max=3 named="Alizai; Samiullah; Hayatullah; Ezatullah" weapon=AIRSTRIKE site="Sangeen" date=2019-07-23 basis=WITNESSED incident=af-sangin-20190723-bazaar
@@claim c5 harm=INJURED min=30 max=40 weapon=AIRSTRIKE site="Sangeen" date=2019-07-23 basis=WITNESSED incident=af-sangin-20190723-bazaar
@@claim c6 harm=INJURED min=1 max=1 named="Shkula" weapon=MORTAR site="Sangin" date=2019-07-23..2019-08-06 basis=WITNESSED incident=af-sangin-20190000-village-mortar
@@claim c7 harm=DISPLACED min=11 max=11 site="Sangin" date=2019-08-06 basis=EXPERIENCED incident=af-sangin-20190000-village-mortar
