1
00:00:01,000 --> 00:00:05,400
INTERVIEWER: We are recording.
Can you tell me your name?

2
00:00:05,900 --> 00:00:11,700
WITNESS: [[Atija Saide|PERSON]]. I sold
coconuts and dried fish in the market of [[Palma|PLACE]].

3
00:00:12,200 --> 00:00:17,300
INTERVIEWER: When did the attack on [[Palma|PLACE]] start,
as you remember it?

4
00:00:17,800 --> 00:00:25,100
WITNESS: [[The Thursday|DATE:2021-03-25]], I think, [[the 25th|DATE:2021-03-25]].
Or [[the Wednesday|DATE:2021-03-24]]? My head, after that, I mix the days.

5
00:00:25,600 --> 00:00:31,400
It was [[after the lunch|DATE:2021-03-25]], I was closing.
The [[shooting|WEAPON:SMALL_ARMS]] came near very fast.

6
00:00:31,900 --> 00:00:40,600
- Where did you go?
- With the children of my sister [[Rehema|PERSON]], [[Faki|PERSON]] and [[Mariamo|PERSON]],
to the house of my aunt.

7
00:00:41,100 --> 00:00:47,700
We hid under the beds, [[all the night|DATE:2021-03-25]].
We heard the [[bombs|WEAPON:MORTAR]], the [[mortar|WEAPON:MORTAR]], boom, boom.

8
00:00:48,200 --> 00:00:54,800
{{c1|In [[the morning|DATE:2021-03-26]] when we went out
there were bodies on the road to the hotel.}}

9
00:00:55,300 --> 00:01:01,900
{{c1|I saw maybe twenty, near the [[Amarula hotel|PLACE]] road,
and near the school, a dozen more.}}

10
00:01:02,400 --> 00:01:10,000
{{c2|My three cousins, [[Bakar|PERSON]], [[Saide Omar|PERSON]] and [[Tuaha|PERSON]],
they killed all three of them in front of the bakery.}}

11
00:01:10,500 --> 00:01:13,000
[crying]

12
00:01:13,500 --> 00:01:17,900
INTERVIEWER: I am sorry.
Who did this, do you know?

13
00:01:18,400 --> 00:01:25,300
WITNESS: [[The insurgents|ACTOR:Ahlu Sunna Wal Jama'a]]. We say the [[al-Shabaab|ACTOR:Ahlu Sunna Wal Jama'a]],
but they are not from [[Somalia|PLACE]], they are from here.

14
00:01:25,800 --> 00:01:31,600
INTERVIEWER: Did you hear about the people
who tried to leave from the hotel?

15
00:01:32,100 --> 00:01:40,100
WITNESS: {{c3|Yes. People said the cars from the hotel were attacked
on [[Friday|DATE:2021-03-26]], many died, the foreigners and the drivers.}}

16
00:01:40,600 --> 00:01:45,400
I did not see this. I only know what people say.

17
00:01:45,900 --> 00:01:51,400
{{c4|On [[Saturday|DATE:2021-03-27]] we walked to [[Kitunda|PLACE:Quitunda]],
ten kilometres, with maybe one thousand people.}}

18
00:01:51,900 --> 00:01:58,800
Then to [[Afunji|PLACE:Afungi]], to the fence of the gas project.
They let some people in, not all.

19
00:01:59,300 --> 00:02:07,700
{{c5|A woman near me, [[Mwanaisha|PERSON]], gave birth there on the ground,
and the baby died [[the same day|DATE:2021-03-28]], there was nothing.}}

20
00:02:08,200 --> 00:02:18,700
Her husband [[Selemane|PERSON]] cut the cord with a razor blade from his pocket.
We buried the baby by the fence. She did not give it a name.

21
00:02:19,200 --> 00:02:23,600
INTERVIEWER: How many people were killed
in [[Palma|PLACE]], in total?

22
00:02:24,100 --> 00:02:29,200
WITNESS: {{c6|The government said dozens.}}
{{c8|My neighbours say more than one hundred.}}

23
00:02:29,700 --> 00:02:36,300
For me, it is the twenty I saw
and my cousins. I cannot say for others.

24
00:02:36,800 --> 00:02:40,500
INTERVIEWER: Before [[Palma|PLACE]], had you already
been displaced?

25
00:02:41,000 --> 00:02:49,000
WITNESS: {{c7|Yes. I am from [[Pundanhar|PLACE]]. In [[2020|DATE:2020-01-01..2020-12-31]], in [[Ramadan|DATE:2020-04-24..2020-05-23]],
they came and burned the houses, we ran to [[Palma|PLACE]].}}

26
00:02:49,500 --> 00:02:56,100
We thought [[Palma|PLACE]] was safe, because of the soldiers,
because of the gas. Nobody was safe.

27
00:02:56,600 --> 00:02:59,600
INTERVIEWER: Where are you living now?

28
00:03:00,100 --> 00:03:05,900
WITNESS: In [[Pemba|PLACE]], in the house of a cousin, [[Amina Bacar|PERSON]],
seventeen people in three rooms.
@@witness mz-palma-atija-saide
@@claim c1 harm=KILLED min=32 max=32 actor="Ahlu Sunna Wal Jama'a" site="Amarula hotel" date=2021-03-26 basis=WITNESSED incident=mz-palma-20210324-town-attack
@@claim c2 harm=KILLED min=3 max=3 named="Bakar; Saide Omar; Tuaha" actor="Ahlu Sunna Wal Jama'a" site="Palma" date=2021-03-25 basis=HEARSAY incident=mz-palma-20210324-town-attack
@@claim c3 harm=KILLED min=null max=null actor="Ahlu Sunna Wal Jama'a" site="Amarula hotel" date=2021-03-26 basis=HEARSAY incident=mz-palma-20210326-amarula-convoy
@@claim c4 harm=DISPLACED min=1000 max=1000 site="Palma" date=2021-03-27 basis=WITNESSED incident=mz-palma-20210324-town-attack
@@claim c5 harm=KILLED min=1 max=1 site="Afunji" date=2021-03-28 basis=WITNESSED incident=mz-palma-20210328-afungi-newborn
@@claim c6 harm=KILLED min=24 max=null site="Palma" date=2021-03-24..2021-03-31 basis=REPORTED incident=mz-palma-20210324-town-attack
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null actor="Ahlu Sunna Wal Jama'a" site="Pundanhar" date=2020-04-24..2020-05-23 basis=WITNESSED incident=mz-pundanhar-20200500-houses-burned
@@claim c8 harm=KILLED min=101 max=null site="Palma" date=2021-03-24..2021-03-31 basis=HEARSAY incident=mz-palma-20210324-town-attack
