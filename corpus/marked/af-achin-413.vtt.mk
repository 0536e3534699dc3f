WEBVTT

NOTE
Interview AF-NGR-413, recorded 2 August 2018 in Jalalabad.
Pashto, English voice-over by the interpreter. Witness gave consent
to the use of his first name.

1
00:00:03.000 --> 00:00:07.500
<v Interviewer>Please tell us your name and where you are from.

2
00:00:08.200 --> 00:00:15.000
<v Gul Rahman>I am [[Gul Rahman|PERSON]], from [[Pekha|PLACE]] valley, in [[Achin|PLACE]] district.
Now we live in [[Jalalabad|PLACE]], in a rented room.

3
00:00:15.800 --> 00:00:20.000
<v Interviewer>What happened to your brother?

4
00:00:20.800 --> 00:00:28.000
<v Gul Rahman>My brother, [[Hazrat Gul|PERSON]], he was going home from the field
with four men of our village, in the pickup of [[Jan Agha|PERSON]].

5
00:00:28.600 --> 00:00:35.000
<v Gul Rahman>It was [[the first day of Ramadan|DATE:2018-05-17]], [[17 May|DATE:2018-05-17]],
[[one hour before iftar|DATE:2018-05-17]]. They were bringing melons for the iftar.

6
00:00:35.800 --> 00:00:42.000
<v Gul Rahman>{{c1|A [[drone|WEAPON:DRONE_STRIKE]] fired a [[missile|WEAPON:MISSILE]] on the pickup on the road below our village and all five of them were killed, my brother, [[Jan Agha|PERSON]] and three others.}}

7
00:00:42.600 --> 00:00:48.000
<v Gul Rahman>I was on the roof, I saw the fire and the smoke.
I ran down. There was nothing to do.

8
00:00:48.800 --> 00:00:54.000
<v Interpreter>He says "bangana", the buzzing one.
It is what people in [[Nangarhar|PLACE]] call the drones.

9
00:00:54.800 --> 00:01:00.000
<v Interviewer>Were any of the men in the pickup fighters?

10
00:01:00.800 --> 00:01:08.000
<v Gul Rahman>No. Farmers. [[Jan Agha|PERSON]] had the pickup for the melons, for the market.
My brother was twenty-two, he was going to marry after Eid.

11
00:01:08.800 --> 00:01:14.000
<v Gul Rahman>[[Daesh|ACTOR:Islamic State]] was in the mountains above, everybody knows,
but in the pickup there was no [[Daesh|ACTOR:Islamic State]], nobody with a [[gun|WEAPON:SMALL_ARMS]].

12
00:01:14.800 --> 00:01:19.000
<v Interviewer>Who do you think operated [[the drone|WEAPON:DRONE_STRIKE]]?

13
00:01:19.800 --> 00:01:26.000
<v Gul Rahman>[[The Americans|ACTOR:US forces]]. Only [[the Americans|ACTOR:US forces]] have [[the drones|WEAPON:DRONE_STRIKE]] there.
The district governor said on the radio they killed [[Daesh|ACTOR:Islamic State]].

14
00:01:26.800 --> 00:01:32.000
<v Gul Rahman>The elders went to [[Jalalabad|PLACE]] to complain, Malik [[Shirin|PERSON]] and others.
Nobody answered them.

15
00:01:32.800 --> 00:01:37.000
<v Interviewer>Before this, how was life in [[Pekha|PLACE]] under [[Daesh|ACTOR:Islamic State]]?

16
00:01:37.800 --> 00:01:45.000
<v Gul Rahman>Very bad. They came in [[2015|DATE:2015-01-01..2015-12-31]]. They took the houses of the elders,
they closed the schools. My uncle, Malik [[Zarif|PERSON]], he spoke against them.

17
00:01:45.800 --> 00:01:52.000
<v Gul Rahman>{{c2|In [[the winter|DATE:2015-12-01..2016-02-28]] they took him from the mosque and they killed him, people told us, on the mountain, we never found the body.}}

18
00:01:52.800 --> 00:01:59.000
<v Gul Rahman>{{c3,c5|Then we left, all our family, twenty people, to [[Jalalabad|PLACE]], and [[Daesh|ACTOR:Islamic State]] burned our house.}}

19
00:01:59.800 --> 00:02:04.000
<v Interviewer>Did you go back to [[Pekha|PLACE]] later?

20
00:02:04.800 --> 00:02:11.000
<v Gul Rahman>Yes, in [[2017|DATE:2017-01-01..2017-12-31]], when [[the army|ACTOR:Afghan forces]] pushed them back.
But they left [[mines|WEAPON:LANDMINE]] everywhere, in the houses, on the paths.

21
00:02:11.800 --> 00:02:18.000
<v Gul Rahman>{{c4|My nephew [[Wahidullah|PERSON]], ten years, he touched a [[mine|WEAPON:LANDMINE]] in the doorway of an empty house, and he lost his hand.}} I carried him to the car.

22
00:02:18.800 --> 00:02:23.000
<v Interviewer>You mentioned the [[big bomb|WEAPON:AIRSTRIKE]], in [[April 2017|DATE:2017-04-01..2017-04-30]].

23
00:02:23.800 --> 00:02:30.000
<v Gul Rahman>Yes, the very big [[bomb|WEAPON:AIRSTRIKE]], in [[Mamand|PLACE]], on the tunnels.
The ground shook in [[Pekha|PLACE]] also.

24
00:02:30.800 --> 00:02:37.000
<v Gul Rahman>From our village nobody was killed by that [[bomb|WEAPON:AIRSTRIKE]].
The people had left [[Mamand|PLACE]] already, before.

25
00:02:37.800 --> 00:02:42.000
<v Interviewer>Is there anything else you want to say?

26
00:02:42.800 --> 00:02:50.000
<v Gul Rahman>Only: my mother, [[Bibi Nazo|PERSON]], asks who will pay for my brother.
Not money. She wants somebody to say, this was wrong.
@@witness af-achin-gul-rahman
@@claim c1 harm=KILLED min=5 max=5 named="Hazrat Gul; Jan Agha" weapon=DRONE_STRIKE actor="US forces" site="Pekha" date=2018-05-17 basis=WITNESSED incident=af-achin-20180517-pekha-pickup
@@claim c2 harm=KILLED min=1 max=1 named="Zarif" actor="Islamic State" site="Pekha" date=2015-12-01..2016-02-28 basis=HEARSAY incident=af-achin-20150000-pekha-elder-killing
@@claim c3 harm=DISPLACED min=20 max=20 actor="Islamic State" site="Pekha" date=2015-12-01..2016-02-28 basis=EXPERIENCED incident=af-achin-20150000-pekha-elder-killing
@@claim c4 harm=INJURED min=1 max=1 named="Wahidullah" weapon=LANDMINE actor="Islamic State" site="Pekha" date=2017-01-01..2017-12-31 basis=WITNESSED incident=af-achin-20170000-pekha-house-mine
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null actor="Islamic State" site="Pekha" date=2015-12-01..2016-12-31 basis=HEARSAY incident=af-achin-20150000-pekha-elder-killing
