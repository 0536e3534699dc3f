1
00:00:00,800 --> 00:00:06,300
INTERVIEWER: We are recording. Today is the 15th of July 2023,
in [[Beledweyne|PLACE]]. Can you say your name?

2
00:00:06,900 --> 00:00:12,500
WITNESS: [[Ubax Cali Warsame|PERSON]]. I am thirty-three.
I sold milk in the animal market of [[Bulo Burte|PLACE:Buulobarde]].

3
00:00:13,100 --> 00:00:18,400
INTERVIEWER: You were in the market on the day of the [[mortars|WEAPON:MORTAR]]?

4
00:00:19,000 --> 00:00:25,600
WITNESS: Yes. It was [[ten days before Ramadan|DATE:2023-03-13]], in [[the morning|DATE:2023-03-13]].
I had my thermoses on the table, and my son [[Cabdiraxmaan|PERSON]] with me.

5
00:00:26,200 --> 00:00:31,000
He is eight. There was no school [[that day|DATE:2023-03-13]], the teacher was sick.

6
00:00:31,600 --> 00:00:37,900
Then the [[Xarakada|ACTOR:al-Shabaab]] started to shoot from outside,
the [[mortars|WEAPON:MORTAR]], three, one after the other.

7
00:00:38,500 --> 00:00:43,800
INTERPRETER: Xarakada is the movement.
She means [[al-Shabaab|ACTOR:al-Shabaab]].

8
00:00:44,400 --> 00:00:51,200
WITNESS: {{c1|A piece went into the stomach of [[Cabdiraxmaan|PERSON]]. Here.
He has a scar now from here to here, like a snake.}}

9
00:00:51,800 --> 00:00:57,300
{{c1|We took him in a car to [[Beledweyne|PLACE]], to the hospital.
Nineteen days he was in the hospital.}}

10
00:00:57,900 --> 00:01:02,400
INTERVIEWER: Did you see other people hurt?

11
00:01:03,000 --> 00:01:10,100
WITNESS: {{c2|The boy [[Liban|PERSON]], the nephew of the goat trader [[Cabdullahi|PERSON]],
he was by the water trough, not moving. His neck... [crying]}}

12
00:01:10,700 --> 00:01:14,200
INTERVIEWER: Take your time.

13
00:01:14,800 --> 00:01:21,600
WITNESS: {{c3|People said six died in the market. Some say eight.
I did not count, I was holding my son.}}

14
00:01:22,200 --> 00:01:28,000
{{c4|My table, the thermoses, all the milk on the ground.
The stall is finished, the roof of sticks fell.}}

15
00:01:28,600 --> 00:01:33,100
INTERVIEWER: Were there soldiers in the market?

16
00:01:33,700 --> 00:01:39,400
WITNESS: No, no soldiers. Only us, the women with milk,
the men with the goats, the camels. The soldiers stay at their base by the river.

17
00:01:40,000 --> 00:01:44,500
INTERVIEWER: Did anything happen to your family after the attack?

18
00:01:45,100 --> 00:01:51,900
WITNESS: {{c5|The brother of my husband, [[Xuseen|PERSON]]. [[Two days after|DATE:2023-03-15]],
[[the government soldiers|ACTOR:Somali forces]] took him at the checkpoint by the bridge.}}

19
00:01:52,500 --> 00:01:59,300
{{c5|They said he showed the [[Shabaab|ACTOR:al-Shabaab]] where to shoot,
because he sells phone credit near the market. They kept him nine days.}}

20
00:01:59,900 --> 00:02:04,800
Then the elders went to the commander and he came out.
My husband told me this, I was in [[Beledweyne|PLACE]] with the boy.

21
00:02:05,400 --> 00:02:10,000
INTERVIEWER: When did you leave [[Bulo Burte|PLACE:Buulobarde]]?

22
00:02:10,600 --> 00:02:16,900
WITNESS: {{c6|In [[April|DATE:2023-04-01..2023-04-30]], [[after the Eid|DATE:2023-04-21..2023-04-30]]. Me and my four children.
My husband stays there with his mother.}}

23
00:02:17,500 --> 00:02:23,300
INTERVIEWER: Has the market been hit again since then?

24
00:02:23,900 --> 00:02:30,700
WITNESS: {{c7|My husband said in [[June|DATE:2023-06-01..2023-06-30]] one [[mortar|WEAPON:MORTAR]] fell at [[night|DATE:2023-06-01..2023-06-30]] on the pens,
it broke the fence and one cow died.}}

25
00:02:31,300 --> 00:02:36,000
That time nobody was hurt, it was night,
nobody sleeps in the market.

26
00:02:36,600 --> 00:02:42,400
INTERVIEWER: Did you ever hear threats against the market?

27
00:02:43,000 --> 00:02:49,500
WITNESS: They say on their radio they will burn the market if the traders sell to the soldiers.
They said it many times. They did not burn it.

28
00:02:50,100 --> 00:02:55,700
- And now?
- Now the boy is better. [inaudible] He runs again, a little.
But when he hears a door close hard, he hides under the bed.

29
00:02:56,300 --> 00:03:00,800
INTERVIEWER: Thank you, [[Ubax|PERSON]].
@@witness so-buloburte-ubax-cali-warsame
@@claim c1 harm=INJURED min=1 max=1 named="Cabdiraxmaan" weapon=MORTAR actor=al-Shabaab site="Bulo Burte" date=2023-03-13 basis=WITNESSED incident=so-buloburte-20230312-livestock-market-mortars
@@claim c2 harm=KILLED min=1 max=1 named="Liban" weapon=MORTAR actor=al-Shabaab site="Bulo Burte" date=2023-03-13 basis=WITNESSED incident=so-buloburte-20230312-livestock-market-mortars
@@claim c3 harm=KILLED min=6 max=8 weapon=MORTAR actor=al-Shabaab site="Bulo Burte" date=2023-03-13 basis=HEARSAY incident=so-buloburte-20230312-livestock-market-mortars
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor=al-Shabaab site="Bulo Burte" date=2023-03-13 basis=EXPERIENCED incident=so-buloburte-20230312-livestock-market-mortars
@@claim c5 harm=DETAINED min=1 max=1 named="Xuseen" actor="Somali forces" site="Bulo Burte" date=2023-03-15 basis=HEARSAY incident=so-buloburte-20230315-bridge-checkpoint-xuseen
@@claim c6 harm=DISPLACED min=5 max=5 named="Ubax Cali Warsame" site="Bulo Burte" date=2023-04-21..2023-04-30 basis=EXPERIENCED incident=so-buloburte-20230400-warsame-family-to-beledweyne
@@claim c7 harm=PROPERTY_DAMAGE min=1 max=1 weapon=MORTAR site="Bulo Burte" date=2023-06-01..2023-06-30 basis=HEARSAY incident=so-buloburte-20230600-livestock-market-night-mortar
