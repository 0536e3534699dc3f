1
00:00:01,000 --> 00:00:05,700
INTERVIEWER: It is the 20th of April 2024, we are in [[Kunduz|PLACE]].
Please tell me your name.

2
00:00:06,300 --> 00:00:11,900
WITNESS: [[Najibullah|PERSON]], son of [[Sayed Akbar|PERSON]].
I sell mobile phones in the city, near the [[Spinzar roundabout|PLACE]].

3
00:00:12,500 --> 00:00:15,600
INTERVIEWER: Your uncle was Haji [[Nasrollah|PERSON]], from [[Gor Tapa|PLACE:Gor Tepa]]?

4
00:00:16,200 --> 00:00:23,000
WITNESS: Yes, my mother's brother. Hajji [[Nasrollah|PERSON]].
He had a big house by the canal, with a guest room for the whole village.

5
00:00:23,600 --> 00:00:27,100
INTERVIEWER: What do you remember about [[the night of the bombing|DATE:2018-06-07]]?

6
00:00:27,700 --> 00:00:32,800
WITNESS: I was not there. I was in the city,
I must say this first. [[Six years ago|DATE:2018-01-01..2018-12-31]], in [[Ramadan|DATE:2018-05-16..2018-06-14]].

7
00:00:33,400 --> 00:00:38,100
My cousin [[Rahmatullah|PERSON]] called me [[after midnight|DATE:2018-06-08]].
It was [[Friday morning|DATE:2018-06-08]], [[the 8th of June|DATE:2018-06-08]].

8
00:00:38,700 --> 00:00:45,500
{{c1,c2|He said, [[the planes|WEAPON:AIRSTRIKE]] hit our house, my father is dead,}}
{{c1|my brother is dead, come.}} Only this, and then the line was cut.

9
00:00:46,100 --> 00:00:48,600
INTERVIEWER: Did you go?

10
00:00:49,200 --> 00:00:53,900
WITNESS: The road was closed at night,
[[the police|ACTOR:Afghan forces]] did not let anybody go to [[Char Dara|PLACE:Chahar Dara]].

11
00:00:54,500 --> 00:00:57,800
I went at [[the first light|DATE:2018-06-08]], with my brother, on the motorbike.

12
00:00:58,400 --> 00:01:02,100
{{c2|When we came, the house was not a house, it was a hill of mud.}}

13
00:01:02,700 --> 00:01:07,200
{{c3|In the yard they had put them in a line, under blankets.
I counted fourteen.}}

14
00:01:07,800 --> 00:01:13,300
{{c3|My uncle, my cousin [[Zabiullah|PERSON]], his wife [[Marzia|PERSON]],
their girl [[Sana|PERSON]], she was six, and [[Bilal|PERSON]], four.}}

15
00:01:13,900 --> 00:01:18,200
{{c3|The others were the children of my other cousin, and two guests.}}
[pause]

16
00:01:18,800 --> 00:01:24,100
{{c3|We washed them and we buried them [[before noon|DATE:2018-06-08]], all together, in the graveyard by the canal.}}

17
00:01:24,700 --> 00:01:27,500
INTERVIEWER: Other people have told us eleven died.

18
00:01:28,100 --> 00:01:34,700
WITNESS: Eleven from the family. With the guests, fourteen.
Maybe they did not count the guests, they were from [[Baghlan|PLACE]].

19
00:01:35,300 --> 00:01:37,800
INTERVIEWER: Were there [[Taliban|ACTOR:Taliban]] in the house?

20
00:01:38,400 --> 00:01:45,000
WITNESS: This is what they said on the radio after.
No. My uncle did not let them inside, he argued with them many times.

21
00:01:45,600 --> 00:01:50,500
- Who did the [[bombing|WEAPON:AIRSTRIKE]], do you know?
- [[The Americans|ACTOR:US forces]] or [[the Afghan army|ACTOR:Afghan forces]], I cannot tell you.

22
00:01:51,100 --> 00:01:53,700
INTERVIEWER: You also lost your sister's husband.

23
00:01:54,300 --> 00:02:00,400
WITNESS: Yes. [[Sardar|PERSON]]. [[Sardar Mohammad|PERSON]], he had the tractor.
It was [[one week before Eid-e Qurban|DATE:2019-08-04]], [[the next summer|DATE:2019-06-01..2019-08-31]].

24
00:02:01,000 --> 00:02:08,300
My sister called me, crying, in [[the morning|DATE:2019-08-04]].
{{c4|She said, [[Sardar|PERSON]] is dead, a [[mine|WEAPON:LANDMINE]] on the canal road, the tractor is broken in two.}}

25
00:02:08,900 --> 00:02:14,600
{{c4|Later I heard four died with him, no, three with him, four in total.}}
People say different things.

26
00:02:15,200 --> 00:02:17,700
INTERVIEWER: Who put the [[mine|WEAPON:LANDMINE]] there?

27
00:02:18,300 --> 00:02:23,400
WITNESS: The [[Talibs|ACTOR:Taliban]]. It was for [[the army|ACTOR:Afghan forces]], not for farmers.
But they did not come to say sorry.

28
00:02:24,000 --> 00:02:26,600
INTERVIEWER: And in [[2021|DATE:2021-01-01..2021-12-31]], when [[Kunduz|PLACE]] city fell?

29
00:02:27,200 --> 00:02:32,200
WITNESS: [[The 8th of August|DATE:2021-08-08]].
The [[Taliban|ACTOR:Taliban]] came into the city from three sides, on motorbikes.

30
00:02:32,800 --> 00:02:38,900
There was [[gunfire|WEAPON:SMALL_ARMS]] in every street, the whole day.
And [[the jets|WEAPON:AIRSTRIKE]] of [[the government|ACTOR:Afghan forces]] came to hit them in the bazaar.

31
00:02:39,500 --> 00:02:45,000
{{c5|My shop burned in the bazaar, the phones, the cards, everything, the fire took the whole row.}}

32
00:02:45,600 --> 00:02:51,700
{{c6|We left [[the same night|DATE:2021-08-08]], eight of us, my wife, my mother and the children,
to [[Kabul|PLACE]], to my wife's brother.}}

33
00:02:52,300 --> 00:02:55,300
{{c6|One month we stayed in [[Kabul|PLACE]], then we came back.}}

34
00:02:55,900 --> 00:02:58,800
INTERVIEWER: Was anyone in your family hurt [[that day|DATE:2021-08-08]]?

35
00:02:59,400 --> 00:03:03,600
WITNESS: No, nobody, thanks to God.
Only the shop. A shop you can build again.
@@witness af-kunduz-najibullah-sayed-akbar
@@claim c1 harm=KILLED min=2 max=2 named="Nasrollah; Zabiullah" weapon=AIRSTRIKE site="Gor Tapa" date=2018-06-08 basis=HEARSAY incident=af-chahardara-20180607-gortepa-nasrullah-house
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Gor Tapa" date=2018-06-08 basis=WITNESSED incident=af-chahardara-20180607-gortepa-nasrullah-house
@@claim c3 harm=KILLED min=14 max=14 named="Nasrollah; Zabiullah; Marzia; Sana; Bilal" weapon=AIRSTRIKE site="Gor Tapa" date=2018-06-08 basis=WITNESSED incident=af-chahardara-20180607-gortepa-nasrullah-house
@@claim c4 harm=KILLED min=4 max=4 named="Sardar" weapon=LANDMINE actor=Taliban site="Char Dara" date=2019-08-04 basis=HEARSAY incident=af-chahardara-20190802-canal-road-tractor
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Kunduz" date=2021-08-08 basis=EXPERIENCED incident=af-kunduz-20210808-bazaar-fire
@@claim c6 harm=DISPLACED min=8 max=8 site="Kunduz" date=2021-08-08 basis=EXPERIENCED incident=af-kunduz-20210808-najibullah-family-flight
