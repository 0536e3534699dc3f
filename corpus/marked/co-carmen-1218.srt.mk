1
00:00:00,500 --> 00:00:03,800
INTERVIEWER: Good afternoon. Can you tell us who you are?

2
00:00:04,400 --> 00:00:10,000
WITNESS: I am [[Aurelio Dumasa|PERSON]], governor of the cabildo
of my community, Emberá people, in [[Carmen del Darién|PLACE]].

3
00:00:10,600 --> 00:00:15,000
The community is on the [[Curbaradó|PLACE]] river, upriver,
two days by canoe from the town.

4
00:00:15,600 --> 00:00:19,000
INTERVIEWER: What has happened in the community [[this year|DATE]]?

5
00:00:19,600 --> 00:00:25,000
WITNESS: Since [[January|DATE:2022-01-01..2022-01-31]] we are confined.
The armed group does not let us go to hunt, to fish, to the fields.

6
00:00:25,600 --> 00:00:30,000
INTERVIEWER: Which armed group?

7
00:00:30,600 --> 00:00:36,000
WITNESS: The [[Gaitanistas|ACTOR:Clan del Golfo]], the [[AGC|ACTOR:Clan del Golfo]].
The people say [[the Clan|ACTOR:Clan del Golfo]]. They are in all the territory.

8
00:00:36,600 --> 00:00:42,000
And the [[ELN|ACTOR:ELN]] comes from the [[Atrato|PLACE]] side,
and they fight between them in our forest.

9
00:00:42,600 --> 00:00:48,000
They put [[mines|WEAPON:LANDMINE]] on the paths, so the other group
cannot pass. But we are the ones who walk the paths.

10
00:00:48,600 --> 00:00:53,000
INTERVIEWER: Has anyone been hurt by the [[mines|WEAPON:LANDMINE]]?

11
00:00:53,600 --> 00:01:00,000
WITNESS: {{c1|Yes. In [[April|DATE:2022-04-01..2022-04-30]], the child [[Wilson Carupia|PERSON]],
eleven years old, stepped on a [[mine|WEAPON:LANDMINE]] going to the banana field.}}

12
00:01:00,600 --> 00:01:06,000
{{c2|He lost the leg, the right one. And his uncle [[Jairo|PERSON]]
who was with him, the fragments hit his face and his chest.}}

13
00:01:06,600 --> 00:01:12,000
We carried the boy two days in the canoe to [[Riosucio|PLACE]],
to the hospital. He lived. God wanted.
The doctor said if we had come one day later, he would have died. One more day and we lose him.

14
00:01:12,600 --> 00:01:18,000
- Who placed that [[mine|WEAPON:LANDMINE]]?
- We do not know. The two groups put them. We cannot say.

15
00:01:18,600 --> 00:01:24,000
INTERVIEWER: Was there other fighting near the community?

16
00:01:24,600 --> 00:01:30,000
WITNESS: Yes, in [[June|DATE:2022-06-01..2022-06-30]], around [[the 20th|DATE:2022-06-20]],
there was combat, [[gunfire|WEAPON:SMALL_ARMS]] all the night, very close.

17
00:01:30,600 --> 00:01:37,000
{{c3|The [[bullets|WEAPON:SMALL_ARMS]] went through the walls of three houses,
the houses are wood, the [[bullets|WEAPON:SMALL_ARMS]] go through.}}

18
00:01:37,600 --> 00:01:43,000
{{c4|A woman, [[Rosalba|PERSON]], was hit in the arm
while she was lying on the floor with her children.}}

19
00:01:43,600 --> 00:01:49,000
Nobody died in that combat, of the community.
Of the fighters, I don't know, they took their dead.

20
00:01:49,600 --> 00:01:55,000
INTERVIEWER: After that, did the community leave?

21
00:01:55,600 --> 00:02:02,000
WITNESS: {{c5|Yes. [[Three days after the combat|DATE:2022-06-23]], we decided.
All the community went down the river, forty-two families.}}

22
00:02:02,600 --> 00:02:08,000
{{c5|Two hundred and thirty people, more or less,
we arrived in [[Riosucio|PLACE]] and they put us in the coliseum.}}

23
00:02:08,600 --> 00:02:14,000
INTERVIEWER: Has [[the army|ACTOR:Colombian armed forces]] come to the area?

24
00:02:14,600 --> 00:02:21,000
WITNESS: [[The army|ACTOR:Colombian armed forces]] came after. They bombed a camp
of the [[Gaitanistas|ACTOR:Clan del Golfo]] in the mountain, with [[the planes|WEAPON:AIRSTRIKE]], in [[August|DATE:2022-08-01..2022-08-31]].

25
00:02:21,600 --> 00:02:27,000
That was far from our houses, maybe five hours walking.
Nobody of the community was there. No community person was hurt.

26
00:02:27,600 --> 00:02:33,000
But the young men were afraid, because [[the army|ACTOR:Colombian armed forces]]
thinks that every indigenous is with the armed group.

27
00:02:33,600 --> 00:02:39,000
INTERVIEWER: Have any young people from the community been taken?

28
00:02:39,600 --> 00:02:46,000
WITNESS: {{c6|Yes, two boys, [[Yeison Bailarín|PERSON]] and his cousin [[Edilson|PERSON]],
in [[March|DATE:2022-03-01..2022-03-31]], the [[Gaitanistas|ACTOR:Clan del Golfo]] took them to be fighters.}}

29
00:02:46,600 --> 00:02:52,000
{{c7|They were fifteen and sixteen years old.
We don't know where they are now.}}

30
00:02:52,600 --> 00:02:58,000
Their mother, [[Clementina|PERSON]], cries every day in the coliseum, with [[Arnulfo Domicó|PERSON]] and [[Leonidas Carupia|PERSON]], the elders. She is the sister of my wife.
She wants to go back to look for them.

31
00:02:58,600 --> 00:03:04,000
INTERVIEWER: What does the community need now?

32
00:03:04,600 --> 00:03:11,000
WITNESS: To go back, with guarantees. Without [[mines|WEAPON:LANDMINE]]. The territory is our life.
Here in [[Riosucio|PLACE]] the children are sick, there is no food of ours.

33
00:03:11,600 --> 00:03:17,000
The mayor says wait. We are waiting since [[June|DATE:2022-06-01..2022-06-30]]. If we go back now,
the [[mines|WEAPON:LANDMINE]] are still there, and the two groups also.

34
00:03:17,600 --> 00:03:21,000
INTERVIEWER: Thank you, governor.
@@witness co-carmen-aurelio-dumasa
@@claim c1 harm=INJURED min=1 max=1 named="Wilson Carupia" weapon=LANDMINE site="Carmen del Darién" date=2022-04-01..2022-04-30 basis=WITNESSED incident=co-carmendeldarien-20220400-banana-path-mine
@@claim c2 harm=INJURED min=1 max=1 named="Jairo" weapon=LANDMINE site="Carmen del Darién" date=2022-04-01..2022-04-30 basis=WITNESSED incident=co-carmendeldarien-20220400-banana-path-mine
@@claim c3 harm=PROPERTY_DAMAGE min=3 max=3 weapon=SMALL_ARMS site="Curbaradó" date=2022-06-20 basis=WITNESSED incident=co-carmendeldarien-20220620-curbarado-combat
@@claim c4 harm=INJURED min=1 max=1 named="Rosalba" weapon=SMALL_ARMS site="Curbaradó" date=2022-06-20 basis=WITNESSED incident=co-carmendeldarien-20220620-curbarado-combat
@@claim c5 harm=DISPLACED min=230 max=230 site="Curbaradó" date=2022-06-23 basis=EXPERIENCED incident=co-carmendeldarien-20220620-curbarado-combat
@@claim c6 harm=DETAINED min=2 max=2 named="Yeison Bailarín; Edilson" actor="Clan del Golfo" site="Curbaradó" date=2022-03-01..2022-03-31 basis=WITNESSED incident=co-carmendeldarien-20220300-boys-recruited
@@claim c7 harm=MISSING min=2 max=2 named="Yeison Bailarín; Edilson" actor="Clan del Golfo" site="Curbaradó" date=2022-03-01..2022-03-31 basis=EXPERIENCED incident=co-carmendeldarien-20220300-boys-recruited
