WEBVTT

NOTE
Interview YE-SAN-202, recorded by video call on 20 March 2018.
The witness was in Sanaa; the interviewer in Beirut. Language: Arabic.
Captions are the English of the interpreter, Rania Khoury.

1
00:00:01.000 --> 00:00:05.500
<v Interviewer>[[Arwa|PERSON]], can you hear me well? The connection is slow.

2
00:00:06.200 --> 00:00:10.800
<v Arwa>Yes, yes, I hear you. Sometimes it cuts, but I hear.

3
00:00:11.500 --> 00:00:17.000
<v Interviewer>You live in [[al-Hasabah|PLACE:al-Hasaba]], in [[Sanaa|PLACE]]. Were you at home on [[the night|DATE:2017-09-19]] of the [[strike|WEAPON:AIRSTRIKE]]?

4
00:00:17.800 --> 00:00:25.400
<v Arwa>At home, yes. Our house is in the same lane as the house of [[Abd al-Karim al-Roqaimi|PERSON]],
may God have mercy on him.

5
00:00:26.000 --> 00:00:33.000
<v Arwa>It was late, [[after midnight|DATE:2017-09-20]] I think. So it was [[Wednesday|DATE:2017-09-20]] already, not [[Tuesday|DATE:2017-09-19]].
People say [[Tuesday|DATE:2017-09-19]], but I looked at the clock.

6
00:00:33.600 --> 00:00:39.000
<v Arwa>{{c1|The first [[rocket|WEAPON:AIRSTRIKE]] from [[the plane|WEAPON:AIRSTRIKE]] fell on their house and brought it down.}}
Our door flew into the room.

7
00:00:39.800 --> 00:00:43.200
<v Interviewer>You say "rocket". Did you see a [[plane|WEAPON:AIRSTRIKE]]?

8
00:00:44.000 --> 00:00:52.500
<v Arwa>I heard it, the sound of [[the plane|WEAPON:AIRSTRIKE]], it goes round and round.
We all say rocket, sarukh, for what falls from [[the planes|WEAPON:AIRSTRIKE]].

9
00:00:53.000 --> 00:01:01.000
<v Arwa>My nephew [[Bassam|PERSON]] ran out with the other boys to dig.
I shouted at him, come back, come back. He did not hear me.

10
00:01:01.800 --> 00:01:09.000
<v Arwa>{{c2|Then the second one came. I was at the door and I saw them carry [[Bassam|PERSON]], his leg was open, here, to the bone.}}

11
00:01:09.600 --> 00:01:14.500
<v Arwa>He is seventeen. He is alive, praise God,
but he walks with a stick now.

12
00:01:15.000 --> 00:01:19.200
<v Interviewer>How many people died, do you know?

13
00:01:20.000 --> 00:01:29.500
<v Arwa>{{c3|At the funeral the women said fourteen, maybe fifteen, with the boys who were digging.}}
I did not count. I did not go near, I was with [[Bassam|PERSON]].

14
00:01:30.000 --> 00:01:38.000
<v Arwa>{{c3|The whole family of [[Abd al-Karim|PERSON]] except the daughter in [[Taiz|PLACE]]. His wife, [[Yahia|PERSON]], the little ones. [[Noor|PERSON]] and [[Ruqayya|PERSON]].}}

15
00:01:38.500 --> 00:01:43.000
<v Interviewer>Were there any armed men in that house?

16
00:01:43.800 --> 00:01:51.500
<v Arwa>Never. The [[Roqaimi|PERSON]] family are simple people.
On the television of the [[Houthis|ACTOR:Houthis]] they said it was a house of civilians,

17
00:01:52.000 --> 00:01:59.500
<v Arwa>and on the Saudi television they said it was a weapons store.
There was no store. I lived next to them eleven years.

18
00:02:00.000 --> 00:02:05.000
<v Interviewer>Has anything else happened to your family in the war?

19
00:02:05.800 --> 00:02:13.000
<v Arwa>My sister, in [[Dhamar|PLACE]]. In [[Ramadan|DATE:2016-06-06..2016-07-05]], [[the year before|DATE:2016-01-01..2016-12-31]],
{{c7|[[the planes|WEAPON:AIRSTRIKE]] hit the petrol station on the main road, near her house.}}

20
00:02:13.600 --> 00:02:21.500
<v Arwa>{{c4|Her husband [[Abdo|PERSON]] was filling the car. He was burned, his hands and his face.}}
She told me on the phone, I was not there.

21
00:02:22.000 --> 00:02:28.000
<v Arwa>{{c5|She said three men died at the station, the workers.}}
{{c6|Ten or twelve were hurt.}} Maybe more, I don't know.

22
00:02:28.800 --> 00:02:33.000
<v Interviewer>Was there anything military near that station?

23
00:02:33.600 --> 00:02:40.500
<v Arwa>She says trucks of fuel passed there, for everybody.
I cannot say more, I was not there, I am telling you what she told me.

24
00:02:41.000 --> 00:02:46.500
<v Interviewer>Thank you, [[Arwa|PERSON]]. Is there something you want people to know?

25
00:02:47.000 --> 00:02:55.000
<v Arwa>That [[Noor|PERSON]] used to bring us bread in the mornings.
[[Sabah|PERSON]], her mother, sent it. {{c3|[[Sabah|PERSON]] died with her.}}

26
00:02:55.500 --> 00:03:00.000
<v Arwa>Every sabah I wait for the knock on the door. [crying]
@@witness ye-sanaa-arwa-al-hubaishi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Hasabah" date=2017-09-20 basis=WITNESSED incident=ye-sanaa-20170919-ruqaimi-house
@@claim c2 harm=INJURED min=1 max=1 named="Bassam" weapon=AIRSTRIKE site="al-Hasabah" date=2017-09-20 basis=WITNESSED incident=ye-sanaa-20170919-ruqaimi-house
@@claim c3 harm=KILLED min=14 max=15 named="Abd al-Karim; Yahia; Noor; Ruqayya; Sabah" weapon=AIRSTRIKE site="al-Hasabah" date=2017-09-20 basis=HEARSAY incident=ye-sanaa-20170919-ruqaimi-house
@@claim c4 harm=INJURED min=1 max=1 named="Abdo" weapon=AIRSTRIKE site="Dhamar" date=2016-06-06..2016-07-05 basis=HEARSAY incident=ye-dhamar-20160000-petrol-station
@@claim c5 harm=KILLED min=3 max=3 weapon=AIRSTRIKE site="Dhamar" date=2016-06-06..2016-07-05 basis=HEARSAY incident=ye-dhamar-20160000-petrol-station
@@claim c6 harm=INJURED min=10 max=12 weapon=AIRSTRIKE site="Dhamar" date=2016-06-06..2016-07-05 basis=HEARSAY incident=ye-dhamar-20160000-petrol-station
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Dhamar" date=2016-06-06..2016-07-05 basis=HEARSAY incident=ye-dhamar-20160000-petrol-station
