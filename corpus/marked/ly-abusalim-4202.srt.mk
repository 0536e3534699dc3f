1
00:00:01,000 --> 00:00:04,600
INTERVIEWER: You have the grocery on the corner in [[Akwakh|PLACE:Hay al-Akwakh]]?

2
00:00:05,100 --> 00:00:10,300
WITNESS: Yes, since 2009. [[Mahmoud Ben Ghalbon|PERSON]].
Everybody calls me [[Abu Ziyad|PERSON]], the shop is "[[Ziyad market|PLACE]]".

3
00:00:10,800 --> 00:00:16,100
INTERVIEWER: And you were in the shop [[the night|DATE:2019-12-14]]
the [[rockets|WEAPON:ROCKET]] fell in [[Abu Sleem|PLACE:Abu Salim]], in [[December|DATE:2019-12-01..2019-12-31]]?

4
00:00:16,600 --> 00:00:21,800
WITNESS: I was closing. It was [[the Saturday|DATE:2019-12-14]], in [[the middle of December|DATE:2019-12-10..2019-12-20]],
[[around eight in the evening|DATE:2019-12-14]]. I was pulling down the shutter.

5
00:00:22,300 --> 00:00:27,600
WITNESS: Eh, the first one I did not see, only the sound,
like a plate of iron falling from the sky. Then the second,

6
00:00:28,100 --> 00:00:33,500
WITNESS: {{c1|the second one I saw. It fell on the house of [[Shteiwi|PERSON]],
just opposite, thirty metres. Fire and dust.}}

7
00:00:34,000 --> 00:00:37,700
- Were you hurt?
- {{c2|A little. The shutter saved me. My ear, it still whistles.}}

8
00:00:38,200 --> 00:00:44,500
WITNESS: {{c3|Two young men were sitting on the step of my shop, drinking tea.
[[Anis|PERSON]] and his friend, the one they call [[Bouzo|PERSON]].}}

9
00:00:45,000 --> 00:00:49,800
{{c3|[[Anis|PERSON]] died on the step.
[[Bouzo|PERSON]] died in the ambulance.}}

10
00:00:50,300 --> 00:00:55,600
{{c4|And from the house, three. [[Umm Nuri|PERSON]], the old lady,
the little [[Moutaz|PERSON]], and a young man, a cousin.}}

11
00:00:56,100 --> 00:00:59,800
INTERVIEWER: So five people died [[that night|DATE:2019-12-14]]?

12
00:01:00,300 --> 00:01:05,900
WITNESS: {{c7|Five. I washed [[Anis|PERSON]] myself for the burial.}}
{{c6|Some people say six, with [[Nuri|PERSON]], the son, who died later.}} I say five [[that night|DATE:2019-12-14]].

13
00:01:06,400 --> 00:01:11,700
INTERVIEWER: Who fired them?
WITNESS: From [[Wadi al-Rabie|PLACE]] side. [[Haftar|ACTOR:Libyan National Army]].

14
00:01:12,200 --> 00:01:18,400
WITNESS: Their men said on the television they will throw [[barrels|WEAPON:BARREL_BOMB]] on [[Tripoli|PLACE]],
like [[Bashar|ACTOR:Syrian government forces]] in [[Syria|PLACE]]. Thanks God, this did not happen.

15
00:01:18,900 --> 00:01:24,700
WITNESS: Eh, my nephew was with the [[Wifaq|ACTOR:Government of National Accord forces]] at the front, in [[Salah al-Din|PLACE]].
He was wounded in the fighting in [[October|DATE:2019-10-01..2019-10-31]], in the shoulder.

16
00:01:25,200 --> 00:01:28,900
WITNESS: That is war, he had a [[gun|WEAPON:SMALL_ARMS]], he chose it.
I don't count him with these people.

17
00:01:29,400 --> 00:01:35,400
WITNESS: {{c8|But the son of my neighbour, [[Ayoub|PERSON]], twelve, in [[Salah al-Din|PLACE]],
he picked up a [[bomblet|WEAPON:CLUSTER_MUNITION]] from the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] in the field.}}

18
00:01:35,900 --> 00:01:41,300
{{c8|It took two fingers. This was in [[January|DATE:2020-01-01..2020-01-31]], his father told me.}}

19
00:01:41,800 --> 00:01:46,900
INTERVIEWER: You also told me about [[Ein Zara|PLACE:Ain Zara]],
after the [[LNA|ACTOR:Libyan National Army]] withdrew.

20
00:01:47,400 --> 00:01:52,200
WITNESS: Yes. [[June|DATE:2020-06-01..2020-06-30]], after they left, we went to see the farm
of my cousin [[Jumaa|PERSON]], olive trees, in [[Ain Zara|PLACE]], on the [[Furjan|PLACE:Khallat al-Furjan]] side.

21
00:01:52,700 --> 00:01:58,200
WITNESS: [[The 21st|DATE:2020-06-21]], I think, [[a Sunday|DATE:2020-06-21]]. {{c5|His son [[Absalam|PERSON]], seventeen,
went first into the storeroom, and the [[mine|WEAPON:LANDMINE]] was under the door.}}

22
00:01:58,700 --> 00:02:03,400
{{c5|I was behind, by the car. We buried him [[the same day|DATE:2020-06-21]].}}
[crying]

23
00:02:03,900 --> 00:02:10,000
WITNESS: The men from the demining came after, they found
more [[mines|WEAPON:LANDMINE]] in the garden, and a [[grenade|WEAPON:IED]] tied to the water pump.

24
00:02:10,500 --> 00:02:16,100
WITNESS: People say [[the Russians|ACTOR:Wagner Group]] put them, [[Wagner|ACTOR:Wagner Group]].
They were in that area. I did not see them, I say what people say.

25
00:02:16,600 --> 00:02:21,100
- Did you go back to the farm?
- No. Never. Let the olives fall.
@@witness ly-abusalim-mahmoud-benghalbon
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Shteiwi" weapon=ROCKET actor="Libyan National Army" site="Akwakh" date=2019-12-14 basis=WITNESSED incident=ly-tripoli-20191214-abusalim-akwakh-street-grad
@@claim c2 harm=INJURED min=1 max=1 weapon=ROCKET actor="Libyan National Army" site="Akwakh" date=2019-12-14 basis=EXPERIENCED incident=ly-tripoli-20191214-abusalim-akwakh-street-grad
@@claim c3 harm=KILLED min=2 max=2 named="Anis; Bouzo" weapon=ROCKET actor="Libyan National Army" site="Akwakh" date=2019-12-14 basis=WITNESSED incident=ly-tripoli-20191214-abusalim-akwakh-street-grad
@@claim c4 harm=KILLED min=3 max=3 named="Umm Nuri; Moutaz" weapon=ROCKET actor="Libyan National Army" site="Akwakh" date=2019-12-14 basis=WITNESSED incident=ly-tripoli-20191214-abusalim-akwakh-street-grad
@@claim c5 harm=KILLED min=1 max=1 named="Absalam" weapon=LANDMINE actor="Wagner Group" site="Ain Zara" date=2020-06-21 basis=WITNESSED incident=ly-tripoli-20200621-ainzara-jumaa-farm-mine
@@claim c6 harm=KILLED min=6 max=6 named="Nuri" weapon=ROCKET actor="Libyan National Army" site="Akwakh" date=2019-12-14 basis=HEARSAY incident=ly-tripoli-20191214-abusalim-akwakh-street-grad
@@claim c7 harm=KILLED min=5 max=5 named="Anis" weapon=ROCKET actor="Libyan National Army" site="Akwakh" date=2019-12-14 basis=WITNESSED incident=ly-tripoli-20191214-abusalim-akwakh-street-grad
@@claim c8 harm=INJURED min=1 max=1 named="Ayoub" weapon=CLUSTER_MUNITION site="Salah al-Din" date=2020-01-01..2020-01-31 basis=HEARSAY incident=ly-tripoli-20200100-salahaldin-ayoub-bomblet
