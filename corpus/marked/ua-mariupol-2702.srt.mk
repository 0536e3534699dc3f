1
00:00:01,000 --> 00:00:04,200
INTERVIEWER: Could you say your name and where you lived?

2
00:00:04,900 --> 00:00:10,300
WITNESS: [[Andriy Holub|PERSON]]. I worked in the port, in [[Mariupol|PLACE]],
crane operator, nineteen years.

3
00:00:10,900 --> 00:00:16,000
We lived in [[Cheryomushki|PLACE]], but my sister is on the left bank,
in [[Livoberezhny|PLACE:Livoberezhnyi]], so in March I was going there often.

4
00:00:16,700 --> 00:00:21,000
INTERVIEWER: What happened in the port area?

5
00:00:21,600 --> 00:00:27,400
WITNESS: In [[the first week|DATE:2022-03-01..2022-03-07]], maybe [[the 5th or the 6th|DATE:2022-03-05..2022-03-06]],
[[the planes|WEAPON:AIRSTRIKE]] came over the sea, low, and dropped.

6
00:00:28,000 --> 00:00:34,500
{{c1|Our warehouse, number four, with the grain, it was torn open like a tin,
the roof was lying on the sacks and the grain was burning three days.}}

7
00:00:35,100 --> 00:00:39,000
{{c1|Two of the cranes fell, one into the water.}}

8
00:00:39,600 --> 00:00:44,800
Nobody of our shift was killed there, we were already in the shelter
under the administration building.

9
00:00:45,400 --> 00:00:49,000
INTERVIEWER: And in [[Cheryomushki|PLACE]] itself?

10
00:00:49,600 --> 00:00:55,200
WITNESS: Later, on [[the 10th|DATE:2022-03-10]], I think, the [[cluster|WEAPON:CLUSTER_MUNITION]],
[[small bombs|WEAPON:CLUSTER_MUNITION]], they fall everywhere like peas, pop-pop-pop.

11
00:00:55,800 --> 00:01:02,000
{{c3|My neighbour [[Vasyl Mykolayovych|PERSON]] was going to the water point
and he got the pieces in his legs, both legs, I pulled him inside.}}

12
00:01:02,600 --> 00:01:07,000
- Did you see who fired?
- How can I see? It comes from the sky.

13
00:01:07,600 --> 00:01:13,000
But it was from [[the Russians|ACTOR:Russian armed forces in Ukraine]], they were in [[Sartana|PLACE]] and [[Talakivka|PLACE]],
everybody knew.

14
00:01:13,600 --> 00:01:19,200
INTERVIEWER: You mentioned your sister. You were there in [[the middle of March|DATE:2022-03-11..2022-03-20]]?

15
00:01:19,800 --> 00:01:25,400
WITNESS: Yes. I walked there on [[a Monday in the middle of March|DATE:2022-03-14]],
with a bag of potatoes for her.

16
00:01:26,000 --> 00:01:32,000
In the yard on [[Azovstalskaya street|PLACE:Azovstalska street]] people were cooking,
and I was maybe two hundred metres away when the [[rockets|WEAPON:ROCKET]] fell.

17
00:01:32,600 --> 00:01:38,800
{{c4|When I came there five people were dead already, lying near the fires,
one woman still had the spoon in her hand.}}

18
00:01:39,400 --> 00:01:44,000
{{c5|Many were wounded, I cannot say how many, ten maybe.}}

19
00:01:44,600 --> 00:01:50,000
- Five? Another person told us three.
- I counted five. Maybe two died later, after, I don't know.

20
00:01:50,600 --> 00:01:56,400
INTERVIEWER: Were you ever stopped by soldiers yourself?

21
00:01:57,000 --> 00:02:03,200
WITNESS: In [[April|DATE:2022-04-01..2022-04-30]] they came to our building, they checked every flat,
they questioned me one hour, about the port, about the boats, and they let me go.

22
00:02:03,800 --> 00:02:09,600
{{c6|But [[Vitaliy|PERSON]], from flat 31, they dragged him out of the flat,
in slippers, because he was in the territorial defence before.}}

23
00:02:10,200 --> 00:02:14,000
{{c7|He is not back. His wife calls everybody, nobody knows where he is.}}

24
00:02:14,600 --> 00:02:20,800
{{c8|And my father-in-law, [[Petro Zaitsev|PERSON]], sixty-three years,
they held him in a basement in [[Dokuchaievsk|PLACE]] for five weeks.}}

25
00:02:21,400 --> 00:02:26,000
They let him out in [[June|DATE:2022-06-01..2022-06-30]]. He does not speak about it.

26
00:02:26,600 --> 00:02:32,000
INTERVIEWER: What about the fires in the city? Some people talked about [[phosphorus|WEAPON:INCENDIARY]].

27
00:02:32,600 --> 00:02:38,800
WITNESS: My colleague [[Roman|PERSON]] told me, near the [[Azovstal|PLACE]] plant
they saw the white fire falling, [[phosphorus|WEAPON:INCENDIARY]], at night.

28
00:02:39,400 --> 00:02:43,000
I did not see it. I only saw the smoke from far.

29
00:02:43,600 --> 00:02:49,400
{{c9|From the same colleague: a [[missile|WEAPON:MISSILE]] hit the drama theatre area,
no, the [[Neptune swimming pool|PLACE]], it was broken, the walls cracked all through.}}

30
00:02:50,000 --> 00:02:54,600
I never went there after, I cannot say exactly what.

31
00:02:55,200 --> 00:03:01,000
INTERVIEWER: How did you get out of [[Mariupol|PLACE]]?

32
00:03:01,600 --> 00:03:08,000
WITNESS: With my sister, at [[the end of April|DATE:2022-04-24..2022-04-30]], by foot to [[Nikolske|PLACE]],
then buses, then through [[Vasylivka|PLACE]] to our side.

33
00:03:08,600 --> 00:03:14,000
{{c10|From our entrance in [[Cheryomushki|PLACE]] maybe twenty families left,
the building was half empty already.}}

34
00:03:14,600 --> 00:03:19,200
- Is there anything you want to add?
- [pause] The cranes. I want to see them one more time.
@@witness ua-mariupol-andriy-holub
@@claim c1 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE site="Mariupol" date=2022-03-05..2022-03-06 basis=WITNESSED incident=ua-mariupol-20220305-port-grain-warehouse-air
@@claim c3 harm=INJURED min=1 max=1 named="Vasyl Mykolayovych" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Cheryomushki" date=2022-03-10 basis=WITNESSED incident=ua-mariupol-20220310-cheryomushki-water-point-cluster
@@claim c4 harm=KILLED min=5 max=5 weapon=ROCKET site="Azovstalskaya street" date=2022-03-14 basis=WITNESSED incident=ua-mariupol-20220314-azovstalska-courtyard-fires
@@claim c5 harm=INJURED min=10 max=10 weapon=ROCKET site="Azovstalskaya street" date=2022-03-14 basis=WITNESSED incident=ua-mariupol-20220314-azovstalska-courtyard-fires
@@claim c6 harm=DETAINED min=1 max=1 named="Vitaliy" site="Cheryomushki" date=2022-04-01..2022-04-30 basis=WITNESSED incident=ua-mariupol-20220400-cheryomushki-flat-searches
@@claim c7 harm=MISSING min=1 max=1 named="Vitaliy" site="Cheryomushki" date=2022-04-01..2022-04-30 basis=HEARSAY incident=ua-mariupol-20220400-cheryomushki-flat-searches
@@claim c8 harm=DETAINED min=1 max=1 named="Petro Zaitsev" site="Dokuchaievsk" basis=HEARSAY incident=ua-dokuchaievsk-20220400-petro-zaitsev-basement
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Neptune swimming pool" basis=HEARSAY incident=ua-mariupol-20220300-neptune-pool-missile
@@claim c10 harm=DISPLACED min=20 max=20 site="Cheryomushki" date=2022-04-24..2022-04-30 basis=WITNESSED incident=ua-mariupol-20220400-cheryomushki-entrance-flight
