1
00:00:00,800 --> 00:00:04,000
INTERVIEWER: Salaam. Please tell us your name.

2
00:00:04,600 --> 00:00:09,900
WITNESS: My name is [[Abdul Karim Safi|PERSON]]. People call me
[[Karim|PERSON]] the pharmacist, in [[Asadabad|PLACE]].

3
00:00:10,400 --> 00:00:14,000
INTERVIEWER: How long have you had the pharmacy?

4
00:00:14,500 --> 00:00:20,000
WITNESS: Eleven years. It is on the main road, near the
[[Pech|PLACE]] bridge, where the cars go to the valley.

5
00:00:20,600 --> 00:00:25,000
INTERVIEWER: We are interested in the [[rockets|WEAPON:ROCKET]] on [[Asadabad|PLACE]]
in [[2020|DATE:2020-01-01..2020-12-31]]. Were you there?

6
00:00:25,600 --> 00:00:31,200
WITNESS: Yes, I was there. It was [[the month of Ramadan|DATE:2020-04-24..2020-05-23]],
the [[Ramadan|DATE:2020-04-24..2020-05-23]] of the corona year.

7
00:00:31,800 --> 00:00:37,000
I think [[the fifteenth or the sixteenth day of fasting|DATE:2020-05-08..2020-05-09]],
[[a little before iftar|DATE:2020-05-08..2020-05-09]].

8
00:00:37,600 --> 00:00:43,500
{{c1|Three [[rockets|WEAPON:ROCKET]] came into the city,
one after the other, from the mountain side.}}

9
00:00:44,000 --> 00:00:50,000
{{c2|One fell on the road in front of my shop,
on the people who were buying bread for iftar.}}

10
00:00:50,600 --> 00:00:56,000
{{c3|I saw with my eyes, four people were lying on the road.
Two were dead already, a boy and an old man.}}

11
00:00:56,600 --> 00:01:02,000
{{c4|The boy was [[Samiullah|PERSON]], the son of the baker [[Mohammad Nabi|PERSON]],
he was maybe ten years old.}}

12
00:01:02,600 --> 00:01:08,000
The old man I did not know. Later they said his name was
Haji [[Lal Mohammad|PERSON]], from [[Chawkay|PLACE]].

13
00:01:08,600 --> 00:01:14,000
{{c5|The other two were wounded, and I gave them bandages in my shop
before the ambulance came.}} They were [[Fazal Rahim|PERSON]] and [[Noorullah|PERSON]].

14
00:01:14,600 --> 00:01:19,000
INTERVIEWER: And the other two [[rockets|WEAPON:ROCKET]]?

15
00:01:19,500 --> 00:01:26,000
WITNESS: {{c6|One fell near the governor's compound, I heard it,
people said a guard was injured there.}}

16
00:01:26,600 --> 00:01:32,000
The third one fell in the river, the [[Kunar|PLACE]] river.
Nobody was hurt by that one.

17
00:01:32,600 --> 00:01:37,000
INTERVIEWER: Who fired them?

18
00:01:37,600 --> 00:01:44,000
WITNESS: People said the [[Taliban|ACTOR:Taliban]], from the mountains
across the [[Pech|PLACE]]. The [[Talibs|ACTOR:Taliban]] did this many times.

19
00:01:44,600 --> 00:01:49,000
- Many times?
- Yes, maybe every month one or two [[rockets|WEAPON:ROCKET]].

20
00:01:49,600 --> 00:01:55,000
Usually they fall on the hills. [[That day|DATE:2020-05-08..2020-05-09]] they fell in the city.

21
00:01:55,600 --> 00:02:01,000
INTERVIEWER: Did anything else happen to you or your family?

22
00:02:01,600 --> 00:02:08,000
WITNESS: My cousin [[Gul Ahmad|PERSON]]. He was a policeman in [[Asadabad|PLACE]],
a traffic policeman, not a fighter.

23
00:02:08,600 --> 00:02:15,000
{{c7|In [[2018|DATE:2018-01-01..2018-12-31]], [[the winter|DATE]], a [[magnetic bomb|WEAPON:IED]] was put under his car
and he was killed when he started it in [[the morning|DATE]].}}

24
00:02:15,600 --> 00:02:21,000
I did not see it. My uncle called me, I came to the house,
and the car was still burning in front of the gate.

25
00:02:21,600 --> 00:02:26,000
INTERVIEWER: Was someone else in the car?

26
00:02:26,600 --> 00:02:32,000
WITNESS: No, he was alone, thank God. His children were inside the house.
If they had been in the car, they would all have died.

27
00:02:32,600 --> 00:02:38,000
INTERVIEWER: And after the [[rockets|WEAPON:ROCKET]] in [[2020|DATE:2020-01-01..2020-12-31]], did your family stay?

28
00:02:38,600 --> 00:02:45,000
WITNESS: We stayed. Where would we go? [[Jalalabad|PLACE]] is also dangerous.
I said, Allah is karim, we stay.

29
00:02:45,600 --> 00:02:50,000
[Interpreter: "Allah karim", he means God is generous, God will provide.]

30
00:02:50,600 --> 00:02:57,000
WITNESS: {{c10|But my brother-in-law took his family to [[Peshawar|PLACE]] after that.
Seven people.}} He said he cannot live under the [[rockets|WEAPON:ROCKET]].

31
00:02:57,600 --> 00:03:03,000
INTERVIEWER: Did the [[rockets|WEAPON:ROCKET]] damage your pharmacy?

32
00:03:03,600 --> 00:03:09,000
WITNESS: {{c1|The glass of the front, all the glass, and the shelves fell,
many medicines were broken.}} Maybe forty thousand afghanis of loss.

33
00:03:09,600 --> 00:03:15,000
INTERVIEWER: One more question. Some people mentioned a [[drone strike|WEAPON:DRONE_STRIKE]]
near [[Asadabad|PLACE]] [[the same year|DATE:2020-01-01..2020-12-31]].

34
00:03:15,600 --> 00:03:22,000
WITNESS: Yes, in [[Sarkano|PLACE]], not in the city. I heard only.
{{c9,c11|The people said [[the drone|WEAPON:DRONE_STRIKE]] hit a car and three men died.}}

35
00:03:22,600 --> 00:03:28,000
Some said they were [[Daesh|ACTOR:Islamic State]], some said they were
woodcutters. I don't know. I was not there.

36
00:03:28,600 --> 00:03:33,000
INTERVIEWER: Thank you, [[Karim|PERSON]]. Is there anything else?

37
00:03:33,600 --> 00:03:40,000
WITNESS: Only that the boy, [[Samiullah|PERSON]], he came to my shop every day
to buy sweets. Every day. I still remember his face.
@@witness af-asadabad-abdul-karim-safi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Taliban" site="Asadabad" date=2020-05-08..2020-05-09 basis=WITNESSED incident=af-asadabad-20200500-ramadan-rockets
@@claim c2 harm=INJURED min=null max=null weapon=ROCKET actor="Taliban" site="Asadabad" date=2020-05-08..2020-05-09 basis=WITNESSED incident=af-asadabad-20200500-ramadan-rockets
@@claim c3 harm=KILLED min=2 max=2 named="Lal Mohammad" weapon=ROCKET actor="Taliban" site="Asadabad" date=2020-05-08..2020-05-09 basis=WITNESSED incident=af-asadabad-20200500-ramadan-rockets
@@claim c4 harm=KILLED min=1 max=1 named="Samiullah" weapon=ROCKET actor="Taliban" site="Asadabad" date=2020-05-08..2020-05-09 basis=WITNESSED incident=af-asadabad-20200500-ramadan-rockets
@@claim c5 harm=INJURED min=2 max=2 weapon=ROCKET actor="Taliban" site="Asadabad" date=2020-05-08..2020-05-09 basis=WITNESSED incident=af-asadabad-20200500-ramadan-rockets
@@claim c6 harm=INJURED min=1 max=1 weapon=ROCKET actor="Taliban" site="Asadabad" date=2020-05-08..2020-05-09 basis=HEARSAY incident=af-asadabad-20200500-ramadan-rockets
@@claim c7 harm=KILLED min=1 max=1 named="Gul Ahmad" weapon=IED site="Asadabad" date=2018-01-01..2018-12-31 basis=HEARSAY incident=af-asadabad-20180000-policeman-magnetic-bomb
@@claim c9 harm=KILLED min=3 max=3 weapon=DRONE_STRIKE site="Sarkano" date=2020-01-01..2020-12-31 basis=HEARSAY incident=af-sarkano-20200000-car-drone
@@claim c10 harm=DISPLACED min=7 max=7 actor="Taliban" site="Asadabad" date=2020-05-01..2020-12-31 basis=WITNESSED incident=af-asadabad-20200500-ramadan-rockets
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Sarkano" date=2020-01-01..2020-12-31 basis=HEARSAY incident=af-sarkano-20200000-car-drone
