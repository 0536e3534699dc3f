WEBVTT

NOTE
Interview ID: UA-CHN-312
Interview date: 2022-07-07
Location: Chernihiv, Ukraine
Interviewer: Lukas Brandt; interpreter: Olena Yarosh
The witness asked to be named by her first name only.

1
00:00:01.000 --> 00:00:05.000
<v Interviewer>[[Nataliia|PERSON]], you stayed in [[Chernihiv|PLACE]] for the whole siege?

2
00:00:05.500 --> 00:00:11.000
<v Nataliia>The whole, yes. From [[the 24th until the end of March|DATE:2022-02-24..2022-03-31]],
when [[the Russians|ACTOR:Russian armed forces in Ukraine]] went away back to [[Belarus|PLACE]].

3
00:00:11.500 --> 00:00:17.000
<v Nataliia>We live in the north of the city, near [[Liubetska street|PLACE]],
in a private house with a cellar for potatoes. That cellar saved us.

4
00:00:17.500 --> 00:00:21.000
<v Interviewer>What was the worst day for your street?

5
00:00:21.500 --> 00:00:28.000
<v Nataliia>[[Forgiveness Sunday|DATE:2022-03-06]]. Before Lent, you know, when
you ask everybody for forgiveness. [[The 6th of March|DATE:2022-03-06]].

6
00:00:28.500 --> 00:00:35.000
<v Nataliia>In [[the morning|DATE]] [[the planes|WEAPON:AIRSTRIKE]] came, two, very low,
and dropped [[bombs|WEAPON:AIRSTRIKE]] on our street and the next one.

7
00:00:35.500 --> 00:00:42.000
<v Nataliia>{{c1|Five houses were destroyed, just gone, and the house of
the [[Kovalchuk|PERSON]] family was one of them.}}

8
00:00:42.500 --> 00:00:48.000
<v Nataliia>{{c2|[[Vira Kovalchuk|PERSON]] and her husband [[Anatolii|PERSON]] died,
and their grandson [[Bohdanchyk|PERSON]], four years. All three of them.}}

9
00:00:48.500 --> 00:00:54.000
<v Nataliia>I saw them take out [[Vira|PERSON]].
I lost my vira [[that day|DATE:2022-03-06]]. My faith.

10
00:00:54.500 --> 00:01:00.000
<v Interpreter>She is playing on the name: "Vira" means "faith".
"Bohdanchyk" is a little name for Bohdan.

11
00:01:00.500 --> 00:01:05.000
<v Interviewer>Was anyone else in your street hurt [[that day|DATE:2022-03-06]]?

12
00:01:05.500 --> 00:01:12.000
<v Nataliia>{{c3|Yes, seven or eight wounded, I think, the neighbours from both sides,
[[Stepan Ivanovych|PERSON]], his daughter [[Olesia|PERSON]], glass and walls on them.}}

13
00:01:12.500 --> 00:01:17.000
<v Nataliia>In my house, nobody, thank God, we were in the cellar,
only the windows and the roof.

14
00:01:17.500 --> 00:01:22.000
<v Interviewer>Was there anything military in that street?

15
00:01:22.500 --> 00:01:29.000
<v Nataliia>Nothing. There is a school, a shop, houses with gardens.
The nearest soldiers were at the ring road, far.

16
00:01:29.500 --> 00:01:34.000
<v Interviewer>How did you get food and water during the siege?

17
00:01:34.500 --> 00:01:41.000
<v Nataliia>Water from the well of my godmother [[Paraska|PERSON]], my neighbour [[Taisiia|PERSON]] carried it with me. Bread, there was a queue
at the bakery, but we were afraid of the queues, because of the [[shelling|WEAPON:ARTILLERY]].

18
00:01:41.500 --> 00:01:48.000
<v Nataliia>{{c4|My son [[Yehor|PERSON]] was wounded in a queue for water,
in [[Desnianskyi|PLACE]] district, [[the 19th or the 20th|DATE:2022-03-19..2022-03-20]].}}

19
00:01:48.500 --> 00:01:55.000
<v Nataliia>{{c4|Small [[bomblets|WEAPON:CLUSTER_MUNITION]] fell on the road, many at one time,
he has a piece in his knee still.}}

20
00:01:55.500 --> 00:02:01.000
<v Nataliia>{{c5|He says one man died there, an old man
with two canisters, he saw him.}}

21
00:02:01.500 --> 00:02:06.000
<v Interviewer>Did you try to leave the city?

22
00:02:06.500 --> 00:02:13.000
<v Nataliia>{{c6|We could not. The bridge over the [[Desna|PLACE]] to [[Kyiv|PLACE]] was broken by
[[the planes|WEAPON:AIRSTRIKE]], people said, [[the 23rd|DATE:2022-03-23]], I think.}} After that only the footbridge.

23
00:02:13.500 --> 00:02:19.000
<v Nataliia>And on the footbridge they were shooting.
People crossed with bags, running, under the fire.

24
00:02:19.500 --> 00:02:24.000
<v Nataliia>If we went with my mother, eighty-three years,
we would die on that bridge. So we stayed.

25
00:02:24.500 --> 00:02:29.000
<v Interviewer>Who do you hold responsible?

26
00:02:29.500 --> 00:02:35.000
<v Nataliia>[[Russia|ACTOR:Russian armed forces in Ukraine]]. Their [[planes|WEAPON:AIRSTRIKE]], their [[cannons|WEAPON:ARTILLERY]], their [[rockets|WEAPON:ROCKET]].
They came from [[Belarus|PLACE]] and from [[Horodnia|PLACE]] side.

27
00:02:35.500 --> 00:02:41.000
<v Nataliia>I want them to know the names. [[Vira|PERSON]], [[Anatolii|PERSON]], [[Bohdanchyk|PERSON]].
Write the names, not numbers.
@@witness ua-chernihiv-nataliia-312
@@claim c1 harm=PROPERTY_DAMAGE min=5 max=5 weapon=AIRSTRIKE site="Liubetska street" date=2022-03-06 basis=WITNESSED incident=ua-chernihiv-20220306-liubetska-airstrike
@@claim c2 harm=KILLED min=3 max=3 named="Vira Kovalchuk; Anatolii; Bohdanchyk" weapon=AIRSTRIKE site="Liubetska street" date=2022-03-06 basis=WITNESSED incident=ua-chernihiv-20220306-liubetska-airstrike
@@claim c3 harm=INJURED min=7 max=8 named="Stepan Ivanovych; Olesia" weapon=AIRSTRIKE site="Liubetska street" date=2022-03-06 basis=WITNESSED incident=ua-chernihiv-20220306-liubetska-airstrike
@@claim c4 harm=INJURED min=1 max=1 named="Yehor" weapon=CLUSTER_MUNITION site="Desnianskyi" date=2022-03-19..2022-03-20 basis=HEARSAY incident=ua-chernihiv-20220319-water-queue-cluster
@@claim c5 harm=KILLED min=1 max=1 weapon=CLUSTER_MUNITION site="Desnianskyi" date=2022-03-19..2022-03-20 basis=HEARSAY incident=ua-chernihiv-20220319-water-queue-cluster
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Desna" date=2022-03-23 basis=HEARSAY incident=ua-chernihiv-20220323-desna-bridge
